import { describe, expect, it } from 'vitest';
import { checkQuestion } from '../check';
import type { Entity, Fact } from '../content';
import type { QuizModule } from '../module';
import type { QuestionWithKey } from '../question';
import { seedModule } from '../../testing/seed-module';
import { everyQuestion } from '../../testing/questions';
import { availableItems, generateQuiz } from '.';

/** A Polish module of the given paragraphs (one line each), facts and entities. */
function moduleOf(paragraphs: string[], facts: Fact[], entities: Entity[] = []): QuizModule {
	return {
		...seedModule(),
		id: 'quality',
		language: 'pl',
		article: { blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, text })) },
		facts,
		entities
	};
}

const SEEDS = Array.from({ length: 20 }, (_, index) => index + 1);

function keys(module: QuizModule, type: 'short-answer' | 'single-choice'): string[] {
	return everyQuestion(module, type, 1).map((question: QuestionWithKey) =>
		question.type === 'short-answer'
			? question.key.value
			: question.type === 'single-choice'
				? question.choices.map((choice) => choice.text).join(' | ')
				: ''
	);
}

describe('generation offers only what reads well', () => {
	it('shows a date as its sentence gives it: no year the sentence does not state', () => {
		const evidence = 'Rada Miasta w kwietniu przeznaczy 1,5 mln zł na remont mostu.';
		const module = moduleOf(
			[evidence],
			[
				{
					id: 'kwiecien',
					kind: 'date',
					value: { year: 2024, month: 4 },
					questions: ['Kiedy Rada Miasta przeznaczy 1,5 mln zł na remont mostu?'],
					evidence,
					cloze: 'kwietniu',
					aliases: []
				}
			]
		);
		expect(keys(module, 'short-answer')).toEqual(['kwiecień']);
		const [options = ''] = keys(module, 'single-choice');
		expect(options).toContain('kwiecień');
		expect(options).not.toMatch(/\d/);
	});

	it('drops wordings that read as broken questions, and facts stated only in a heading', () => {
		const evidence = 'Na rozprawę przyszło ok. 40 członków spółdzielni.';
		const heading = 'Sąd: "Oszukał ponad 300 rodzin"';
		const module = moduleOf(
			[heading, evidence],
			[
				{
					id: 'czlonkowie-40',
					kind: 'number',
					value: 40,
					unit: 'członków',
					approximate: true,
					tolerance: 0.1,
					questions: ['Ilu członków na rozprawę przyszło spółdzielni?'],
					evidence,
					cloze: '40',
					aliases: []
				},
				{
					id: 'rodziny-300',
					kind: 'number',
					value: 300,
					unit: 'rodzin',
					approximate: true,
					tolerance: 0.1,
					questions: ['Ile rodzin oszukał oskarżony według sądu?'],
					statement: 'Sąd: "Oszukał ponad {value} rodzin"',
					evidence: heading,
					cloze: '300',
					aliases: []
				}
			]
		);
		const items = availableItems(module);
		expect(items.numeric).toBe(0);
		expect(items['single-choice']).toBe(0);
		expect(items['true-false']).toBe(0);
		// The sentence itself is fine: its gap is still asked.
		expect(items.cloze).toBe(1);
	});

	it('offers persons among persons, never a town, an office or a title as a distractor', () => {
		const evidence =
			'Prezydent Lubina Tadeusz Kępski zaapelował do mieszkańców o zamknięcie okien.';
		const entity = (id: string, name: string, type: Entity['type']): Entity => ({
			id,
			name,
			type,
			aliases: []
		});
		const module = moduleOf(
			[evidence],
			[
				{
					id: 'zaapelowac',
					kind: 'entity',
					value: 'tadeusz-kepski',
					questions: ['Kto zaapelował do mieszkańców o zamknięcie okien?'],
					evidence,
					aliases: []
				}
			],
			[
				entity('tadeusz-kepski', 'Tadeusz Kępski', 'person'),
				entity('adam-kurowski', 'Adam Kurowski', 'person'),
				entity('anna-lis', 'Anna Lis', 'person'),
				entity('lubin', 'Lubin', 'city'),
				entity('wios', 'Wojewódzki Inspektorat Ochrony Środowiska', 'person'),
				entity('tkaczuk', 'Ukrainiec Ołeksandr Tkaczuk', 'person'),
				entity('wzgorze', 'Słoneczne Wzgórze', 'person')
			]
		);
		for (const seed of SEEDS) {
			for (const question of everyQuestion(module, 'single-choice', seed)) {
				if (question.type !== 'single-choice') continue;
				expect(question.choices.map((choice) => choice.text).sort()).toEqual([
					'Adam Kurowski',
					'Anna Lis',
					'Tadeusz Kępski'
				]);
			}
		}
	});

	it('keeps the noun of a false statement in the form its new figure needs', () => {
		const evidence = 'Mieszkańcy czekali na most ponad 30 lat.';
		const module = moduleOf(
			[evidence, 'Budowa kosztowała 42 mln zł i trwała 25 miesięcy, a most ma 3 przęsła.'],
			[
				{
					id: 'lata-30',
					kind: 'number',
					value: 30,
					unit: 'lat',
					approximate: true,
					tolerance: 0.1,
					questions: ['Ile lat mieszkańcy czekali na most?'],
					statement: 'Mieszkańcy czekali na most ponad {value} lat.',
					evidence,
					cloze: '30',
					aliases: []
				}
			]
		);
		const context = { language: 'pl' as const, article: evidence };
		let falseStatements = 0;
		for (const seed of SEEDS) {
			for (const question of everyQuestion(module, 'true-false', seed)) {
				if (question.type === 'true-false' && question.key.choiceIds[0] === 'false')
					falseStatements++;
				expect(checkQuestion(question, context), question.prompt).toEqual([]);
			}
		}
		expect(falseStatements).toBeGreaterThan(0);
	});

	it('shows no currency sign after a numeric answer box', () => {
		const evidence = 'He promised to invest a further £300m in its research centre.';
		const module: QuizModule = {
			...moduleOf([evidence], []),
			language: 'en',
			facts: [
				{
					id: 'number-300000000',
					kind: 'number',
					value: 300_000_000,
					unit: '£',
					approximate: false,
					questions: [
						'Which number fills the gap: "He promised to invest a further _____ in its research centre."?'
					],
					evidence,
					cloze: '300m',
					aliases: []
				}
			]
		};
		const [question] = everyQuestion(module, 'numeric', 1);
		expect(question?.type).toBe('numeric');
		expect(question && 'unit' in question ? question.unit : undefined).toBeUndefined();
	});

	it('asks a figure the article repeats once per quiz', () => {
		const sentences = [
			'Sąd skazał w czwartek prezesa na osiem lat więzienia.',
			'Prokuratura żądała, by prezes spędził w więzieniu osiem lat.',
			'Osiem lat to za mało, mówiła w sądzie jedna z poszkodowanych.'
		];
		const module = moduleOf(
			[sentences.join(' ')],
			sentences.map((evidence, index) => ({
				id: `lata-8-${index + 1}`,
				kind: 'number' as const,
				value: 8,
				unit: 'lat',
				approximate: false,
				questions: [`Jaka liczba pasuje w lukę: „${evidence.replace(/[Oo]siem/u, '_____')}”?`],
				evidence,
				cloze: /[Oo]siem/u.exec(evidence)?.[0] ?? 'osiem',
				aliases: []
			}))
		);
		expect(availableItems(module).cloze).toBe(3);
		for (const seed of SEEDS)
			expect(generateQuiz(module, { count: 10 }, seed).questions).toHaveLength(1);
	});
});
