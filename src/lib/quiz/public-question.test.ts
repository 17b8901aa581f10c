import { describe, expect, it } from 'vitest';
import { generateQuiz } from './generate/index';
import { foldText } from './language/normalize';
import type { QuizModule } from './module';
import {
	choiceId,
	publicQuestion,
	QUESTION_TYPES,
	type PublicQuestion,
	type QuestionType,
	type QuestionWithKey
} from './question';
import { authoredStyleModule } from '../testing/authored-ids';
import { seedModule } from '../testing/seed-module';

/**
 * What the browser gets before submission says nothing about the key: no fact id (authors put
 * values in them: `osoby-9`), no entity id, no value of the key, and no id or order that follows
 * the key. Over the seed module and the same module with authored-style ids, every question
 * type, several seeds.
 */

const MODULES: [string, QuizModule][] = [
	['the seed module', seedModule()],
	['authored-style ids', authoredStyleModule().module]
];
const SEEDS = [1, 2, 3, 7, 11, 42, 1234, 99_999];
const PUBLIC_FIELDS = new Set(['id', 'type', 'prompt', 'unit', 'choices', 'items']);

function questionsOf(module: QuizModule, type: QuestionType, seed: number): QuestionWithKey[] {
	return generateQuiz(module, { count: 100, types: [type] }, seed).questions;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `text` standing alone: not inside a longer word or number (`numeric.troops-sent` has it, `q2` has no 2). */
function standalone(text: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}_])${escape(text)}(?![\\p{L}\\p{N}_])`, 'u');
}

function secretIds(module: QuizModule): string[] {
	return [...module.facts.map((fact) => fact.id), ...module.entities.map((entity) => entity.id)];
}

/** The key's values a typed question must not show: figures in digits, expected texts. */
function keyValues(question: QuestionWithKey): string[] {
	if (question.type === 'numeric') {
		const { value, min, max } = question.key;
		return [value, min, max].filter((figure) => figure !== undefined).map(String);
	}
	if (question.type === 'cloze' || question.type === 'short-answer') return [question.key.value];
	return [];
}

/** The ids a question's form fields and elements are made of, by shown position. */
function shownIds(shown: PublicQuestion) {
	return {
		choices: 'choices' in shown ? shown.choices.map((choice) => choice.id) : [],
		items: 'items' in shown ? shown.items.map((item) => item.id) : []
	};
}

describe.each(MODULES)('public questions of %s', (_name, module) => {
	const secrets = secretIds(module);

	describe.each(QUESTION_TYPES)('%s', (type) => {
		it('carry no fact id, no entity id and no field beyond what the form needs', () => {
			for (const seed of SEEDS) {
				for (const [position, question] of questionsOf(module, type, seed).entries()) {
					const shown = publicQuestion(question, position);
					const serialised = JSON.stringify(shown);
					for (const id of secrets) {
						expect(serialised, `${question.id} shows ${id}`).not.toMatch(standalone(id));
					}
					for (const field of Object.keys(shown)) {
						expect(PUBLIC_FIELDS, `${question.id}.${field}`).toContain(field);
					}
				}
			}
		});

		it('have an id that tells only the position in the quiz', () => {
			for (const seed of SEEDS) {
				const questions = questionsOf(module, type, seed);
				const ids = questions.map((question, position) => publicQuestion(question, position).id);
				expect(new Set(ids).size).toBe(questions.length);
				const [first] = questions;
				if (!first) continue;
				for (const [position, question] of questions.entries()) {
					expect(publicQuestion(question, position).id).toBe(publicQuestion(first, position).id);
				}
			}
		});

		it('show no value of the key in a typed question', () => {
			for (const seed of SEEDS) {
				for (const [position, question] of questionsOf(module, type, seed).entries()) {
					const serialised = JSON.stringify(publicQuestion(question, position));
					for (const value of keyValues(question)) {
						expect(foldText(serialised), `${question.id} shows ${value}`).not.toMatch(
							standalone(foldText(value))
						);
					}
				}
			}
		});

		it('name choices and items by their shown position, never by what they are', () => {
			for (const seed of SEEDS) {
				for (const [position, question] of questionsOf(module, type, seed).entries()) {
					const { choices, items } = shownIds(publicQuestion(question, position));
					if (type === 'true-false') {
						expect(choices).toEqual(['true', 'false']);
						continue;
					}
					expect(choices).toEqual(choices.map((_, index) => choiceId(index)));
					expect(items).toEqual(items.map((_, index) => String(index + 1)));
				}
			}
		});
	});

	describe('shown order of ordering and matching questions', () => {
		const many = Array.from({ length: 240 }, (_, index) => index + 1);

		it('ordering: the items are shown in an order that does not follow the key', () => {
			let shownInKeyOrder = 0;
			let total = 0;
			const firstPlaces = new Set<number>();
			for (const seed of many) {
				for (const question of questionsOf(module, 'ordering', seed)) {
					if (question.type !== 'ordering') continue;
					total++;
					const shown = question.choices.map((choice) => choice.id);
					if (shown.join() === question.key.order.join()) shownInKeyOrder++;
					firstPlaces.add(shown.indexOf(question.key.order[0] ?? ''));
				}
			}
			expect(total).toBeGreaterThan(100);
			// A uniform shuffle of four shows the key's order once in 24.
			expect(shownInKeyOrder / total).toBeLessThan(0.1);
			expect(firstPlaces).toEqual(new Set([0, 1, 2, 3]));
		});

		it('matching: neither items nor figures are shown in the order of the values', () => {
			let itemsAscending = 0;
			let pairedByPosition = 0;
			let total = 0;
			const valueOf = (text: string) =>
				module.facts.find((fact) => fact.kind === 'number' && fact.label === text);
			for (const seed of many) {
				for (const question of questionsOf(module, 'matching', seed)) {
					if (question.type !== 'matching') continue;
					total++;
					const values = question.items.map((item) => {
						const fact = valueOf(item.text);
						return fact?.kind === 'number' ? fact.value : NaN;
					});
					if (values.every((value, index) => index === 0 || value > (values[index - 1] ?? 0))) {
						itemsAscending++;
					}
					const keyed = question.items.map((item) => question.key.pairs[item.id]);
					if (keyed.join() === question.choices.map((choice) => choice.id).join()) {
						pairedByPosition++;
					}
				}
			}
			expect(total).toBeGreaterThan(100);
			expect(itemsAscending / total).toBeLessThan(0.1);
			expect(pairedByPosition / total).toBeLessThan(0.1);
		});
	});
});
