import type { BankQuestion, QuestionBank } from './bank';
import type { Exporter } from './format';
import { QUESTION_TYPES } from '../question';
import {
	categoryPath,
	choicePercents,
	clozeParts,
	generalFeedback,
	matchedPairs,
	orderedItems,
	percent
} from './lms';

/**
 * Moodle XML (docs.moodle.org/en/Moodle_XML_format): one category for the module, then one
 * <question> per bank question. Texts are plain_text, so Moodle shows them as written and
 * nothing in an article can turn into markup.
 */

function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

const text = (value: string) => `<text>${escapeXml(value)}</text>`;
const plain = (tag: string, value: string) => `<${tag} format="plain_text">${text(value)}</${tag}>`;
const element = (tag: string, value: string | number) =>
	`<${tag}>${escapeXml(String(value))}</${tag}>`;

function answer(fraction: number, value: string, extra = ''): string {
	return `<answer fraction="${percent(fraction)}" format="plain_text">${text(value)}${plain('feedback', '')}${extra}</answer>`;
}

/** A shortanswer's answer is a pattern in which `*` matches anything: a literal one is `\*`. */
function shortAnswerText(value: string): string {
	return value.replace(/\*/g, '\\*');
}

/** Inside an embedded (cloze) answer these characters are syntax unless backslashed. */
function clozeAnswerText(value: string): string {
	return value.replace(/[\\}#~/"]/g, (character) => `\\${character}`);
}

/** Moodle's idnumber holds 100 characters; a longer fact-id chain is better left out. */
const MAX_ID_NUMBER = 100;

function header(type: string, entry: BankQuestion, questionText: string): string[] {
	const id = entry.question.id;
	return [
		`<question type="${type}">`,
		`<name>${text(entry.name)}</name>`,
		plain('questiontext', questionText),
		plain('generalfeedback', generalFeedback(entry)),
		element('defaultgrade', 1),
		element('penalty', 0),
		element('hidden', 0),
		...(id.length <= MAX_ID_NUMBER ? [element('idnumber', id)] : [])
	];
}

function questionBody(bank: QuestionBank, entry: BankQuestion): string[] {
	const { question } = entry;
	switch (question.type) {
		case 'numeric': {
			const figure = entry.figure ?? { value: question.key.value, tolerance: 0 };
			const percentUnit = figure.unit === '%';
			return [
				...header('numerical', entry, question.prompt),
				answer(100, String(figure.value), element('tolerance', figure.tolerance)),
				// A proportion is asked in per cent: "50" and "50%" both answer it.
				...(percentUnit
					? [
							`<units><unit>${element('multiplier', 1)}${element('unit_name', '%')}</unit></units>`,
							element('unitgradingtype', 0),
							element('unitpenalty', 0),
							element('showunits', 0),
							element('unitsleft', 0)
						]
					: [
							element('unitgradingtype', 0),
							element('unitpenalty', 0),
							element('showunits', 3),
							element('unitsleft', 0)
						])
			];
		}
		case 'single-choice':
		case 'multiple-response': {
			const single = question.type === 'single-choice';
			const percents =
				question.type === 'multiple-response'
					? choicePercents(question)
					: new Map<string, number>();
			return [
				...header('multichoice', entry, question.prompt),
				element('single', single ? 'true' : 'false'),
				element('shuffleanswers', 'true'),
				element('answernumbering', 'abc'),
				...question.choices.map((choice) =>
					answer(
						single
							? question.key.choiceIds.includes(choice.id)
								? 100
								: 0
							: (percents.get(choice.id) ?? 0),
						choice.text
					)
				)
			];
		}
		case 'true-false': {
			const isTrue = question.key.choiceIds[0] === 'true';
			return [
				...header('truefalse', entry, question.prompt),
				answer(isTrue ? 100 : 0, 'true'),
				answer(isTrue ? 0 : 100, 'false')
			];
		}
		case 'short-answer':
			return [
				...header('shortanswer', entry, question.prompt),
				element('usecase', 0),
				...entry.acceptedAnswers.map((value) => answer(100, shortAnswerText(value)))
			];
		case 'cloze': {
			const { before, after } = clozeParts(bank, question);
			const answers = entry.acceptedAnswers.map((value) => `=${clozeAnswerText(value)}`).join('~');
			return header('multianswer', entry, `${before}{1:SHORTANSWER:${answers}}${after}`);
		}
		case 'matching':
			return [
				...header('matching', entry, question.prompt),
				element('shuffleanswers', 'true'),
				...matchedPairs(question).map(
					({ item, choice }) =>
						`<subquestion format="plain_text">${text(item)}<answer>${text(choice)}</answer></subquestion>`
				)
			];
		case 'ordering':
			// qtype_ordering (in Moodle since 4.4) takes the answers in the right order.
			return [
				...header('ordering', entry, question.prompt),
				element('layouttype', 'VERTICAL'),
				element('selecttype', 'ALL'),
				element('selectcount', 0),
				element('gradingtype', 'RELATIVE_ALL_PREVIOUS_AND_NEXT'),
				element('showgrading', 'SHOW'),
				element('numberingstyle', 'none'),
				...orderedItems(question).map(
					(item, index) =>
						`<answer fraction="${index + 1}" format="plain_text">${text(item)}</answer>`
				)
			];
	}
}

export function serializeMoodleXml(bank: QuestionBank): string {
	const category = [
		'<question type="category">',
		`<category>${text(categoryPath(bank))}</category>`,
		plain('info', `${bank.title} — ${bank.source} (${bank.date})`),
		'</question>'
	];
	const questions = bank.questions.map((entry) => [...questionBody(bank, entry), '</question>']);
	const lines = [category, ...questions].flatMap((block) =>
		block.map((line, index) =>
			index === 0 || index === block.length - 1 ? `  ${line}` : `    ${line}`
		)
	);
	return ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>', ...lines, '</quiz>', ''].join('\n');
}

export const moodleXmlExporter: Exporter = {
	title: 'Moodle XML',
	supportedTypes: QUESTION_TYPES,
	destination: {
		pl: 'Moodle: Bank pytań → Import → Format XML Moodle',
		en: 'Moodle: Question bank → Import → Moodle XML format'
	},
	serialize: (bank) => ({
		kind: 'text',
		text: serializeMoodleXml(bank),
		mediaType: 'application/xml; charset=utf-8',
		extension: 'xml'
	})
};
