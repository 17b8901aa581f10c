import { describe, expect, it } from 'vitest';
import { QUIZ_PHRASES } from '../language/phrases';
import type { QuizModule } from '../module';
import { QUESTION_TYPES, type QuestionType } from '../question';
import { scoreQuestion } from '../score';
import { exportTestModules } from '../../testing/export-modules';
import { expectedLmsQuestion, squash } from '../../testing/lms-questions';
import {
	answersOf,
	moodleQuestions,
	readMoodleQuestion,
	str,
	type Node
} from '../../testing/moodle-xml-reader';
import { buildQuestionBank } from '.';

/**
 * Moodle publishes no schema for its XML format: each question is checked, element by
 * element, against the format as docs.moodle.org/en/Moodle_XML_format documents it (and
 * qtype_ordering's import_from_xml for ordering), after fast-xml-parser has read the file.
 */

const COMMON = ['name', 'questiontext', 'generalfeedback', 'defaultgrade', 'penalty', 'hidden'];
/** The elements each Moodle question type documents: required ones, then optional ones. */
const DOCUMENTED: Record<string, { required: string[]; optional: string[] }> = {
	category: { required: ['category'], optional: ['info'] },
	numerical: {
		required: [...COMMON, 'answer'],
		optional: ['idnumber', 'units', 'unitgradingtype', 'unitpenalty', 'showunits', 'unitsleft']
	},
	multichoice: {
		required: [...COMMON, 'single', 'shuffleanswers', 'answernumbering', 'answer'],
		optional: ['idnumber']
	},
	truefalse: { required: [...COMMON, 'answer'], optional: ['idnumber'] },
	shortanswer: { required: [...COMMON, 'usecase', 'answer'], optional: ['idnumber'] },
	matching: { required: [...COMMON, 'shuffleanswers', 'subquestion'], optional: ['idnumber'] },
	multianswer: { required: [...COMMON], optional: ['idnumber'] },
	ordering: {
		required: [
			...COMMON,
			'layouttype',
			'selecttype',
			'selectcount',
			'gradingtype',
			'showgrading',
			'numberingstyle',
			'answer'
		],
		optional: ['idnumber']
	}
};
const MOODLE_TYPE: Record<QuestionType, string> = {
	numeric: 'numerical',
	'single-choice': 'multichoice',
	'multiple-response': 'multichoice',
	'true-false': 'truefalse',
	'short-answer': 'shortanswer',
	cloze: 'multianswer',
	matching: 'matching',
	ordering: 'ordering'
};

describe.each(exportTestModules())('Moodle XML of %s', (_name, module) => {
	const bank = buildQuestionBank(module);
	const gap = QUIZ_PHRASES[bank.language].gap;

	it('holds every question of the bank, none left out', async () => {
		const { result, questions } = await moodleQuestions(bank);
		expect(result.omitted).toEqual([]);
		expect(questions).toHaveLength(bank.questions.length + 1);
	});

	it('opens with one category for the module', async () => {
		const { questions } = await moodleQuestions(bank);
		const [category, ...rest] = questions;
		expect(category?.['@type']).toBe('category');
		expect(str(category?.category)).toBe(`$course$/top/${squash(bank.title).replace(/\//g, '//')}`);
		expect(rest.every((question) => question['@type'] !== 'category')).toBe(true);
	});

	it('uses only the elements Moodle documents for each type, and all it requires', async () => {
		const { questions } = await moodleQuestions(bank);
		for (const question of questions) {
			const documented = DOCUMENTED[str(question['@type'])];
			if (!documented) throw new Error(`undocumented type ${String(question['@type'])}`);
			// The line breaks between elements are text nodes of their own: layout, not content.
			expect(str(question['#text']).trim()).toBe('');
			const elements = Object.keys(question).filter(
				(key) => !key.startsWith('@') && key !== '#text'
			);
			for (const element of documented.required) expect(elements).toContain(element);
			for (const element of elements)
				expect([...documented.required, ...documented.optional]).toContain(element);
			for (const field of ['questiontext', 'generalfeedback'] as const) {
				if (field in question) expect((question[field] as Node)['@format']).toBe('plain_text');
			}
		}
	});

	it('says each question, its keys and credit as the module does', async () => {
		const { questions } = await moodleQuestions(bank);
		const read = questions.slice(1).map((question) => readMoodleQuestion(question, gap));
		const expected = bank.questions.map((entry) => expectedLmsQuestion(module, entry));
		expect(read).toEqual(expected);
		for (const [index, entry] of bank.questions.entries()) {
			expect(str(questions[index + 1]?.['@type'])).toBe(MOODLE_TYPE[entry.question.type]);
		}
	});

	it('gives multiple response fractions that sum to 100, wrong ones negative', async () => {
		const { questions } = await moodleQuestions(bank);
		const multiple = questions.filter((question) => str(question.single) === 'false');
		expect(multiple.length).toBe(
			bank.questions.filter((entry) => entry.question.type === 'multiple-response').length
		);
		for (const question of multiple) {
			const fractions = answersOf(question).map((answer) => Number(answer['@fraction']));
			const right = fractions.filter((fraction) => fraction > 0);
			expect(right.reduce((sum, fraction) => sum + fraction, 0)).toBeCloseTo(100, 3);
			expect(fractions.filter((fraction) => fraction <= 0).every((fraction) => fraction < 0)).toBe(
				true
			);
		}
	});

	it('keeps numeric tolerance absolute, from the fact’s accepted range', async () => {
		const { questions } = await moodleQuestions(bank);
		for (const [index, entry] of bank.questions.entries()) {
			const { question } = entry;
			if (question.type !== 'numeric') continue;
			const answer = answersOf(questions[index + 1] as Node)[0] as Node;
			const value = Number(str(answer));
			const tolerance = Number(str(answer.tolerance));
			const scale = entry.figure?.unit === '%' ? 100 : 1;
			// The edges of Moodle's range are answers factquiz's scorer accepts too.
			for (const edge of [value - tolerance, value + tolerance]) {
				const answerText = String(Math.round((edge / scale) * 1e6) / 1e6);
				expect(scoreQuestion(module, question, answerText).credit).toBe(1);
			}
		}
	});
});

describe.each(exportTestModules().slice(0, 2))('the typed answers of %s', (_name, module) => {
	it('are only what factquiz’s scorer gives full credit', () => {
		for (const entry of buildQuestionBank(module).questions) {
			for (const answer of entry.acceptedAnswers)
				expect(scoreQuestion(module, entry.question, answer).credit, answer).toBe(1);
		}
	});
});

it('the seed module’s Moodle XML has every question type', () => {
	const [[, seed]] = exportTestModules() as [[string, QuizModule]];
	const types = new Set(buildQuestionBank(seed).questions.map((entry) => entry.question.type));
	expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
});
