import { describe, expect, it } from 'vitest';
import type { Entity, Fact } from '../content';
import type { QuizModule } from '../module';
import { moduleOfParagraphs } from '../../testing/seed-module';
import { everyQuestion } from '../../testing/questions';
import { gapGender } from './gender';

/**
 * Options and questions a prompt rules out or gives away (blind reading of unseen13): a man
 * among the options of "_____ said she waited". Sentences written here.
 */

const moduleOf = (
	language: 'pl' | 'en',
	paragraphs: string[],
	facts: Fact[],
	entities: Entity[] = []
): QuizModule => moduleOfParagraphs('prompt-rules-out', language, paragraphs, facts, entities);

const person = (id: string, name: string): Entity => ({ id, name, type: 'person', aliases: [] });

const SEEDS = Array.from({ length: 12 }, (_, index) => index + 1);

describe('a pronoun after a person gap', () => {
	const paragraphs = [
		'Shopkeeper Janet Rowley, 64, of Bank Road, said she lost £1,200 of stock when the power failed on Friday.',
		'Mrs Carol Tenby and Mrs Ruth Aldous, who run the café next door, said trade had halved.',
		'Cllr Graham Pike said the council would pay. "We owe them that," he said.',
		'Engineer Paul Mercer said he expected the cable to be mended by Tuesday.'
	];
	const fact: Fact = {
		id: 'rowley',
		kind: 'entity',
		value: 'rowley',
		questions: [
			'Who fills the gap: "Shopkeeper _____, 64, of Bank Road, said she lost £1,200 of stock when the power failed on Friday."?'
		],
		evidence: paragraphs[0] as string,
		cloze: 'Janet Rowley',
		aliases: []
	};
	const people = [
		person('rowley', 'Janet Rowley'),
		person('tenby', 'Carol Tenby'),
		person('aldous', 'Ruth Aldous'),
		person('pike', 'Graham Pike'),
		person('mercer', 'Paul Mercer')
	];

	it('tells the gap’s gender unless a quotation or another person comes first', () => {
		const module = moduleOf('en', paragraphs, [fact], people);
		expect(gapGender(module, fact.questions[0] as string)).toBe('feminine');
		expect(gapGender(module, 'Who fills the gap: "_____ met Paul Mercer, and he agreed."?')).toBe(
			undefined
		);
		expect(gapGender(module, 'Who fills the gap: "_____ said: “He was late.”"?')).toBe(undefined);
		expect(gapGender(module, 'Who fills the gap: "_____, 70, said his shop shut."?')).toBe(
			'masculine'
		);
	});

	it('offers only women for "_____ … said she lost"', () => {
		const module = moduleOf('en', paragraphs, [fact], people);
		const questions = SEEDS.flatMap((seed) => everyQuestion(module, 'single-choice', seed));
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) {
			if (question.type !== 'single-choice') continue;
			const options = question.choices.map((choice) => choice.text);
			expect(options).not.toContain('Graham Pike');
			expect(options).not.toContain('Paul Mercer');
		}
	});
});
