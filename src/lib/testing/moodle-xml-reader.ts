import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';
import { exportBank, type QuestionBank } from '../quiz/export';
import type { LmsQuestion } from './lms-questions';

/**
 * Moodle XML as fast-xml-parser reads it, and each question as an LMS holds it: what the
 * Moodle XML and GIFT tests compare with the module and with each other.
 */

export type Node = Record<string, unknown>;

export const moodleXmlParser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	isArray: (name) => ['question', 'answer', 'subquestion', 'unit'].includes(name)
});

export function str(node: unknown): string {
	if (typeof node === 'string') return node;
	if (node && typeof node === 'object' && 'text' in node) return str((node as Node).text);
	if (node === undefined || node === '') return '';
	throw new Error(`expected text, got ${JSON.stringify(node)}`);
}

export function answersOf(node: Node): Node[] {
	return (node.answer as Node[] | undefined) ?? [];
}

/** Reads one embedded answer {1:SHORTANSWER:=a~=b} as Moodle's multianswer parser does. */
function readCloze(text: string, gap: string): { text: string; answers: string[] } {
	const match = /\{1:SHORTANSWER:((?:\\.|[^\\}])*)\}/.exec(text);
	if (!match) throw new Error(`no embedded answer in ${text}`);
	const answers = (match[1] ?? '').split(/(?<!\\)~/).map((answer) => {
		expect(answer.startsWith('=')).toBe(true);
		return answer.slice(1).replace(/\\(.)/g, '$1');
	});
	return { text: text.replace(match[0], gap), answers };
}

export function readMoodleQuestion(node: Node, gap: string): LmsQuestion {
	const type = str(node['@type']);
	const base = {
		name: str(node.name),
		text: str(node.questiontext),
		feedback: str(node.generalfeedback)
	};
	const percentOf = (answer: Node) => Number(answer['@fraction']);
	switch (type) {
		case 'numerical': {
			const [answer] = answersOf(node);
			if (!answer) throw new Error('numerical without an answer');
			return {
				...base,
				type: 'numeric',
				answers: [{ text: str(answer), percent: percentOf(answer) }],
				tolerance: Number(str(answer.tolerance))
			};
		}
		case 'multichoice':
			return {
				...base,
				type: str(node.single) === 'true' ? 'single-choice' : 'multiple-response',
				answers: answersOf(node).map((answer) => ({
					text: str(answer),
					percent: percentOf(answer)
				}))
			};
		case 'truefalse':
			return {
				...base,
				type: 'true-false',
				answers: answersOf(node).map((answer) => ({
					text: str(answer),
					percent: percentOf(answer)
				}))
			};
		case 'shortanswer':
			return {
				...base,
				type: 'short-answer',
				answers: answersOf(node).map((answer) => ({
					text: str(answer).replace(/\\\*/g, '*'),
					percent: percentOf(answer)
				}))
			};
		case 'multianswer': {
			const cloze = readCloze(base.text, gap);
			return {
				...base,
				type: 'cloze',
				text: cloze.text,
				answers: cloze.answers.map((text) => ({ text, percent: 100 }))
			};
		}
		case 'matching':
			return {
				...base,
				type: 'matching',
				answers: [],
				pairs: (node.subquestion as Node[]).map((sub) => [str(sub), str(answersOf(sub)[0])])
			};
		case 'ordering':
			return {
				...base,
				type: 'ordering',
				answers: answersOf(node).map((answer) => ({
					text: str(answer),
					percent: percentOf(answer)
				}))
			};
		default:
			throw new Error(`unexpected Moodle question type ${type}`);
	}
}

export async function moodleQuestions(bank: QuestionBank) {
	const result = await exportBank('moodle-xml', bank);
	if (result.file.kind !== 'text') throw new Error('Moodle XML is text');
	expect(XMLValidator.validate(result.file.text)).toBe(true);
	const quiz = (moodleXmlParser.parse(result.file.text) as { quiz: { question: Node[] } }).quiz;
	return { result, questions: quiz.question };
}
