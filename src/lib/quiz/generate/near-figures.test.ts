import { describe, expect, it } from 'vitest';
import { checkQuiz } from '../check';
import type { Fact } from '../content';
import type { QuizModule } from '../module';
import type { QuestionWithKey } from '../question';
import { seedModule, gappedFigureFact } from '../../testing/seed-module';
import { generateQuiz } from './index';
import { checkContext } from './quality';

/**
 * An airport reading asked "almost 1.1 million" passengers while another question of the quiz
 * printed the exact total, and the other way round.
 */
const rounded = 'The harbour ferries carried almost 2.4 million passengers last year, a record.';
const exact = 'Ticket counts put the total at 2,371,850 passengers, with 48,000 cars.';

const facts = [
	gappedFigureFact('passengers-rounded', 2_400_000, rounded, '2.4 million', 'passengers', true),
	gappedFigureFact('passengers-exact', 2_371_850, exact, '2,371,850', 'passengers'),
	gappedFigureFact('cars', 48_000, exact, '48,000', 'cars')
];

const module: QuizModule = {
	...seedModule(),
	id: 'ferries',
	language: 'en',
	article: { blocks: [rounded, exact].map((text) => ({ type: 'paragraph' as const, text })) },
	facts,
	entities: []
};

describe('a figure and its approximate statement in one quiz', () => {
	it('are one answer: a quiz asks or shows only one of them', () => {
		for (let seed = 0; seed < 30; seed++) {
			const { questions } = generateQuiz(module, { count: 10 }, seed);
			const asked = new Set(questions.flatMap((question) => question.factIds));
			expect(asked.has('passengers-rounded') && asked.has('passengers-exact')).toBe(false);
			if (asked.has('passengers-rounded'))
				for (const question of questions)
					expect(question.prompt, `seed ${seed}`).not.toContain('2,371,850');
			expect(checkQuiz(questions, checkContext(module))).toEqual([]);
		}
	});

	it('are one answer when the exact figure is no fact, only printed ("The total of…")', () => {
		const total = 'The total of 2,371,850 was a record, with 48,000 cars.';
		const printed: QuizModule = {
			...module,
			article: { blocks: [rounded, total].map((text) => ({ type: 'paragraph' as const, text })) },
			facts: [facts[0] as Fact, gappedFigureFact('cars', 48_000, total, '48,000', 'cars')]
		};
		let both = 0;
		for (let seed = 0; seed < 30; seed++) {
			const { questions } = generateQuiz(printed, { count: 10 }, seed);
			const asked = questions.some((question) => question.factIds.includes('passengers-rounded'));
			const shown = questions.some((question) => question.prompt.includes('2,371,850'));
			if (asked && shown) both++;
		}
		expect(both).toBe(0);
	});

	it('leave figures of another unit alone', () => {
		const asked = new Set(
			Array.from({ length: 30 }, (_, seed) => generateQuiz(module, { count: 10 }, seed))
				.flatMap((quiz) => quiz.questions)
				.flatMap((question) => question.factIds)
		);
		expect(asked.has('cars')).toBe(true);
	});

	it('are caught by the quiz check when an approximate key is printed exactly elsewhere', () => {
		const asksRounded: QuestionWithKey = {
			id: 'numeric.passengers-rounded',
			type: 'numeric',
			factIds: ['passengers-rounded'],
			prompt: 'How many passengers did the harbour ferries carry last year?',
			unit: 'passengers',
			evidence: [rounded],
			key: { value: 2_400_000, min: 2_160_000, max: 2_640_000 }
		};
		const printsExact: QuestionWithKey = {
			id: 'cloze.cars',
			type: 'cloze',
			factIds: ['cars'],
			prompt: 'Fill the gap: Ticket counts put the total at 2,371,850 passengers, with _____ cars.',
			evidence: [exact],
			key: { value: '48,000' }
		};
		expect(checkQuiz([asksRounded, printsExact], checkContext(module))).toEqual([
			{ index: 0, issue: 'answer-shown-elsewhere', other: 1 }
		]);
	});
});

describe('one figure counted by two nouns in two sentences', () => {
	const grew = 'The choir grew from 40 to 260 singers after the festival, the organisers said.';
	const seats = 'All 260 seats of the town hall were sold for the winter concert.';
	const choir: QuizModule = {
		...seedModule(),
		id: 'choir',
		language: 'en',
		article: { blocks: [grew, seats].map((text) => ({ type: 'paragraph' as const, text })) },
		facts: [
			gappedFigureFact('singers', 260, grew, '260', 'singers'),
			gappedFigureFact('seats', 260, seats, '260', 'seats')
		],
		entities: []
	};

	it('is one answer: a quiz asks only one of them', () => {
		for (let seed = 0; seed < 20; seed++) {
			const { questions } = generateQuiz(choir, { count: 10 }, seed);
			const asked = new Set(questions.flatMap((question) => question.factIds));
			expect(asked.has('singers') && asked.has('seats'), `seed ${seed}`).toBe(false);
		}
	});
});
