import { parse, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { QUIZ_PHRASES } from '../language/phrases';
import { exportTestModules, syntaxModule } from '../../testing/export-modules';
import { moodleQuestions, readMoodleQuestion } from '../../testing/moodle-xml-reader';
import { expectedLmsQuestion, squash, type LmsQuestion } from '../../testing/lms-questions';
import { buildQuestionBank, exportBank, type QuestionBank } from '.';

/**
 * GIFT read back by gift-pegjs (a GIFT grammar maintained by others), question by question,
 * against the module; and against the same bank's Moodle XML, which must say the same.
 */

/**
 * gift-pegjs shows a missing word as " _____ " whatever stands around it ("„ _____ ”"): its
 * layout, not the file's. Cloze texts are compared with the gap's spaces taken out.
 */
function tightGap(text: string): string {
	return text.replace(/\s*_____\s*/, '_____');
}

function readGiftQuestion(question: GIFTQuestion): LmsQuestion {
	if (question.type === 'Category' || question.type === 'Description' || question.type === 'Essay')
		throw new Error(`unexpected ${question.type}`);
	const base = {
		name: question.title ?? '',
		text: squash(question.stem.text),
		feedback: question.globalFeedback?.text ?? ''
	};
	expect(question.stem.format).toBe('plain');
	switch (question.type) {
		case 'Numerical': {
			const choices = question.choices;
			if (Array.isArray(choices) || choices.type !== 'range')
				throw new Error('expected one range answer');
			return {
				...base,
				type: 'numeric',
				answers: [{ text: String(choices.number), percent: 100 }],
				tolerance: choices.range ?? 0
			};
		}
		case 'MC': {
			const weighted = question.choices.some((choice) => choice.weight !== null);
			return {
				...base,
				type: weighted ? 'multiple-response' : 'single-choice',
				answers: question.choices.map((choice) => ({
					text: choice.text.text,
					percent: weighted ? (choice.weight ?? 0) : choice.isCorrect ? 100 : 0
				}))
			};
		}
		case 'TF':
			return {
				...base,
				type: 'true-false',
				answers: [
					{ text: 'true', percent: question.isTrue ? 100 : 0 },
					{ text: 'false', percent: question.isTrue ? 0 : 100 }
				]
			};
		case 'Short':
			expect(question.choices.every((choice) => choice.isCorrect)).toBe(true);
			return {
				...base,
				text: question.hasEmbeddedAnswers ? tightGap(base.text) : base.text,
				type: question.hasEmbeddedAnswers ? 'cloze' : 'short-answer',
				answers: question.choices.map((choice) => ({ text: choice.text.text, percent: 100 }))
			};
		case 'Matching':
			return {
				...base,
				type: 'matching',
				answers: [],
				pairs: question.matchPairs.map((pair) => [pair.subquestion.text, pair.subanswer])
			};
	}
}

async function giftText(bank: QuestionBank) {
	const result = await exportBank('gift', bank);
	if (result.file.kind !== 'text') throw new Error('GIFT is text');
	return { result, text: result.file.text };
}

describe.each(exportTestModules())('GIFT of %s', (_name, module) => {
	const bank = buildQuestionBank(module);

	it('parses with gift-pegjs: one category, then every question GIFT can express', async () => {
		const { result, text } = await giftText(bank);
		const [category, ...questions] = parse(text);
		expect(category).toEqual(expect.objectContaining({ type: 'Category' }));
		expect(category?.title).toBe(`$course$/top/${squash(bank.title).replace(/\//g, '//')}`);
		expect(questions).toHaveLength(
			bank.questions.filter((entry) => entry.question.type !== 'ordering').length
		);
		expect(result.included).toBe(questions.length);
	});

	it('leaves out ordering, which GIFT cannot express, and says so', async () => {
		const { result } = await giftText(bank);
		const orderings = bank.questions.filter((entry) => entry.question.type === 'ordering');
		expect(result.omitted.map((omission) => omission.questionId)).toEqual(
			orderings.map((entry) => entry.question.id)
		);
		for (const omission of result.omitted)
			expect(omission.reason).toEqual({ code: 'type-not-supported' });
	});

	it('says each question, its keys, credit and tolerance as the module does', async () => {
		const { text } = await giftText(bank);
		const read = parse(text).slice(1).map(readGiftQuestion);
		const expected = bank.questions
			.filter((entry) => entry.question.type !== 'ordering')
			.map((entry) => {
				const question = expectedLmsQuestion(module, entry);
				const text = squash(question.text);
				return { ...question, text: question.type === 'cloze' ? tightGap(text) : text };
			});
		expect(read).toEqual(expected);
	});

	it('holds the same questions and keys as the Moodle XML of the same bank', async () => {
		const { text } = await giftText(bank);
		const gift = parse(text).slice(1).map(readGiftQuestion);
		const { questions } = await moodleQuestions(bank);
		const moodle = questions
			.slice(1)
			.map((question) => readMoodleQuestion(question, QUIZ_PHRASES[bank.language].gap))
			.filter((question) => question.type !== 'ordering')
			.map((question) => {
				const text = squash(question.text);
				return { ...question, text: question.type === 'cloze' ? tightGap(text) : text };
			});
		expect(gift).toEqual(moodle);
	});
});

describe('an answer holding "->"', () => {
	it('is left out of GIFT, where Moodle would read it as a matching pair, and reported', async () => {
		const module = syntaxModule();
		const entity = module.entities[0];
		if (!entity) throw new Error('the seed module has entities');
		entity.name = 'Północ -> Południe';
		const bank = buildQuestionBank(module);
		const answersOf = ({ question, acceptedAnswers }: (typeof bank.questions)[number]) => [
			...acceptedAnswers,
			...('choices' in question ? question.choices.map((choice) => choice.text) : [])
		];
		const holding = bank.questions.filter((entry) =>
			answersOf(entry).some((answer) => answer.includes('->'))
		);
		expect(holding.length).toBeGreaterThan(0);
		const { result, text } = await giftText(bank);
		expect(result.omitted.filter((omission) => omission.type !== 'ordering')).toEqual(
			holding.map((entry) => ({
				questionId: entry.question.id,
				name: entry.name,
				type: entry.question.type,
				reason: { code: 'unescapable', text: '->' }
			}))
		);
		const read = parse(text);
		expect(read.length).toBe(result.included + 1);
		// An arrow in a question's text is no answer: those questions stay what they were.
		expect(read.filter((question) => question.type === 'Matching').length).toBe(
			bank.questions.filter((entry) => entry.question.type === 'matching').length
		);
		const moodle = await exportBank('moodle-xml', bank);
		expect(moodle.omitted).toEqual([]);
	});
});
