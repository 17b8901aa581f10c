import { describe, expect, it } from 'vitest';
import { articleTexts } from '../article';
import { foldText } from '../language/normalize';
import { parseNumber } from '../language/number';
import { findFact } from '../module';
import {
	publicQuestion,
	QUESTION_TYPES,
	type QuestionType,
	type QuestionWithKey
} from '../question';
import { scoreQuestion } from '../score';
import { scoreFactAnswer } from '../score/fact';
import { rightResponse } from '../../testing/answers';
import { seedModule } from '../../testing/seed-module';
import { availableItems, generateQuiz, generators } from '.';

const module = seedModule();
const SEEDS = Array.from({ length: 40 }, (_, index) => index + 1);

function allOfType(type: QuestionType, seed: number): QuestionWithKey[] {
	return generateQuiz(module, { count: 100, types: [type] }, seed).questions;
}

describe.each(QUESTION_TYPES)('%s generator', (type) => {
	it('makes at least one question from the seed module', () => {
		expect(availableItems(module)[type]).toBeGreaterThan(0);
		expect(allOfType(type, 1).length).toBe(availableItems(module)[type]);
	});

	it('is deterministic: the same seed gives the same questions and option order', () => {
		for (const seed of SEEDS.slice(0, 10)) {
			expect(allOfType(type, seed)).toEqual(allOfType(type, seed));
		}
	});

	it('carries its fact ids and evidence quoted verbatim from the article', () => {
		const texts = articleTexts(module.article).join(' ');
		for (const question of allOfType(type, 7)) {
			expect(question.type).toBe(type);
			expect(question.factIds.length).toBeGreaterThan(0);
			for (const id of question.factIds) expect(findFact(module, id)).toBeDefined();
			for (const id of question.factIds) expect(texts).toContain(findFact(module, id)?.evidence);
		}
	});

	it('gives full credit to the right response', () => {
		for (const seed of SEEDS) {
			for (const question of allOfType(type, seed)) {
				expect(scoreQuestion(module, question, rightResponse(question)), question.id).toMatchObject(
					{
						credit: 1
					}
				);
			}
		}
	});

	it('shows no key, evidence, fact ids or internal id in the public view', () => {
		for (const [position, question] of allOfType(type, 3).entries()) {
			const shown = publicQuestion(question, position);
			expect(shown).not.toHaveProperty('key');
			expect(shown).not.toHaveProperty('evidence');
			expect(shown).not.toHaveProperty('factIds');
			expect(shown.id).not.toBe(question.id);
		}
	});

	it('is registered under its own type', () => {
		expect(generators[type].type).toBe(type);
	});
});

describe('options of choice questions', () => {
	const choiceQuestions = SEEDS.flatMap(
		(seed) =>
			generateQuiz(module, { count: 100, types: ['single-choice', 'multiple-response'] }, seed)
				.questions
	);

	it('never repeat an option, after folding case, diacritics and spacing', () => {
		for (const question of choiceQuestions) {
			if (!('choices' in question)) continue;
			const folded = question.choices.map((choice) => foldText(choice.text));
			expect(new Set(folded).size, question.id).toBe(folded.length);
		}
	});

	it('never offer a distractor that is right: each scores 0 against the fact', () => {
		for (const question of choiceQuestions) {
			if (question.type !== 'single-choice') continue;
			const fact = findFact(module, question.factIds[0] ?? '');
			if (!fact) throw new Error(question.id);
			for (const choice of question.choices) {
				const credit = scoreFactAnswer(module, fact, choice.text).credit;
				if (question.key.choiceIds.includes(choice.id)) expect(credit, choice.text).toBe(1);
				else expect(credit, `${question.id}: ${choice.text}`).toBe(0);
			}
		}
	});

	it('never offer a figure equal to the key when read as a number (11 000 vs 11 tys.)', () => {
		for (const question of choiceQuestions) {
			if (question.type !== 'single-choice') continue;
			const fact = findFact(module, question.factIds[0] ?? '');
			if (fact?.kind !== 'number') continue;
			const keyId = question.key.choiceIds[0];
			for (const choice of question.choices) {
				if (choice.id === keyId) expect(parseNumber(choice.text, 'pl')).toBe(fact.value);
				else expect(parseNumber(choice.text, 'pl')).not.toBe(fact.value);
			}
		}
	});

	it('offer plausible figures: same-sized figures of the article, never one a glance rules out', () => {
		const figuresOf = (factId: string) => {
			const seen = new Set<number>();
			for (const question of choiceQuestions) {
				if (question.id !== `single-choice.${factId}` || question.type !== 'single-choice')
					continue;
				for (const choice of question.choices) seen.add(parseNumber(choice.text, 'pl') ?? NaN);
			}
			return seen;
		};
		const troops = figuresOf('troops-sent');
		expect(troops.has(11000)).toBe(true);
		// 4 000 and 1 000 (losses, killed) pass for 11 000; the 2 captured would not.
		expect(troops.has(4000) || troops.has(1000)).toBe(true);
		expect(troops.has(2)).toBe(false);
		const captured = figuresOf('captured');
		expect(captured.has(2)).toBe(true);
		for (const figure of captured) expect(figure).toBeLessThanOrEqual(40);
	});

	it('put multiple-response keys on exactly the entity-set members', () => {
		for (const question of choiceQuestions) {
			if (question.type !== 'multiple-response') continue;
			const fact = findFact(module, question.factIds[0] ?? '');
			if (fact?.kind !== 'entity-set') throw new Error(question.id);
			const names = fact.value.map(
				(id) => module.entities.find((entity) => entity.id === id)?.name
			);
			const keyed = question.choices.filter((choice) => question.key.choiceIds.includes(choice.id));
			expect(keyed.map((choice) => choice.text).sort()).toEqual([...names].sort());
		}
	});
});

describe('true/false', () => {
	it('states the fact truly or falsely, and both occur over seeds', () => {
		const keys = new Set<string>();
		for (const seed of SEEDS) {
			for (const question of allOfType('true-false', seed)) {
				if (question.type !== 'true-false') continue;
				const fact = findFact(module, question.factIds[0] ?? '');
				expect(question.prompt).not.toContain('{value}');
				const truth = fact?.statement?.split('{value}')[0] ?? '';
				expect(question.prompt).toContain(truth);
				keys.add(question.key.choiceIds[0] ?? '');
			}
		}
		expect(keys).toEqual(new Set(['true', 'false']));
	});
});

describe('cloze', () => {
	it('leaves the fact out of the sentence and accepts it back', () => {
		for (const question of allOfType('cloze', 1)) {
			if (question.type !== 'cloze') continue;
			expect(question.prompt).toContain('_____');
			expect(question.prompt).not.toContain(question.key.value);
		}
	});
});

describe('ordering and matching', () => {
	it('orders captured < killed < losses < troops-sent', () => {
		const [question] = allOfType('ordering', 1);
		if (question?.type !== 'ordering') throw new Error('no ordering question');
		expect(question.factIds).toEqual(['captured', 'killed', 'losses', 'troops-sent']);
		const labels = question.key.order.map(
			(id) => question.choices.find((choice) => choice.id === id)?.text
		);
		expect(labels).toEqual(question.factIds.map((id) => findFact(module, id)?.label));
	});

	it('matches each figure with what it counts', () => {
		const [question] = allOfType('matching', 5);
		if (question?.type !== 'matching') throw new Error('no matching question');
		for (const item of question.items) {
			const fact = module.facts.find((candidate) => candidate.label === item.text);
			const choice = question.choices.find(
				(candidate) => candidate.id === question.key.pairs[item.id]
			);
			expect(fact?.kind === 'number' && parseNumber(choice?.text ?? '', 'pl')).toBe(
				fact?.kind === 'number' ? fact.value : NaN
			);
		}
	});
});

describe('generateQuiz', () => {
	it('gives the requested number of distinct questions', () => {
		const quiz = generateQuiz(module, { count: 20 }, 42);
		expect(quiz.questions).toHaveLength(20);
		expect(new Set(quiz.questions.map((question) => question.id)).size).toBe(20);
	});

	it('spreads a quiz over all question types', () => {
		const quiz = generateQuiz(module, { count: QUESTION_TYPES.length }, 9);
		expect(new Set(quiz.questions.map((question) => question.type))).toEqual(
			new Set(QUESTION_TYPES)
		);
	});

	it('spreads a quiz over facts before repeating one', () => {
		const quiz = generateQuiz(
			module,
			{ count: 10, types: ['single-choice', 'short-answer', 'numeric'] },
			5
		);
		const facts = quiz.questions.flatMap((question) => question.factIds);
		expect(new Set(facts).size).toBe(facts.length);
	});

	it('gives different quizzes for different seeds', () => {
		const signatures = new Set(
			SEEDS.map((seed) =>
				JSON.stringify(
					generateQuiz(module, { count: 10 }, seed).questions.map((question) => question)
				)
			)
		);
		expect(signatures.size).toBe(SEEDS.length);
	});

	it('keeps to the allowed types and facts', () => {
		const quiz = generateQuiz(
			module,
			{ count: 50, types: ['numeric', 'cloze'], facts: ['captured', 'troops-sent', 'proposer'] },
			3
		);
		expect(quiz.questions.map((question) => question.id).sort()).toEqual([
			'cloze.captured',
			'cloze.proposer',
			'cloze.troops-sent',
			'numeric.captured',
			'numeric.troops-sent'
		]);
	});

	it('returns as many questions as exist when asked for more', () => {
		const quiz = generateQuiz(module, { count: 1000, types: ['numeric'] }, 1);
		expect(quiz.questions).toHaveLength(
			module.facts.filter((fact) => fact.kind === 'number' || fact.kind === 'proportion').length
		);
	});

	it('accepts string seeds as well as numbers', () => {
		expect(generateQuiz(module, { count: 5 }, 'learner-17')).toEqual(
			generateQuiz(module, { count: 5 }, 'learner-17')
		);
	});
});
