import { describe, expect, it } from 'vitest';
import { availableItems, generateQuestion } from '../generate';
import { QUESTION_TYPES } from '../question';
import { seedModule } from '../../testing/seed-module';
import { buildQuestionBank, EXPORT_SEED } from './bank';

const module = seedModule();

describe('buildQuestionBank', () => {
	it('holds every question each type can make, worded as generate words them', () => {
		const bank = buildQuestionBank(module);
		const counts = availableItems(module);
		expect(bank.questions.length).toBe(QUESTION_TYPES.reduce((sum, type) => sum + counts[type], 0));
		for (const { question } of bank.questions) {
			expect(question).toEqual(
				generateQuestion(module, question.type, question.factIds, EXPORT_SEED)
			);
		}
	});

	it('is the same bank on every call', () => {
		expect(buildQuestionBank(module)).toEqual(buildQuestionBank(module));
	});

	it('names each question after its facts’ labels and type', () => {
		const bank = buildQuestionBank(module, { facts: ['troops-sent'], types: ['numeric'] });
		expect(bank.questions).toHaveLength(1);
		expect(bank.questions[0]?.name).toBe(
			'północnokoreańscy żołnierze, którzy trafili do obwodu kurskiego (numeric)'
		);
		expect(bank.questions[0]?.figure).toEqual({ value: 11000, tolerance: 1100, unit: 'żołnierzy' });
	});

	it('narrows to the types and facts asked for; a multi-fact question needs all its facts', () => {
		const bank = buildQuestionBank(module, { types: ['matching', 'short-answer'] });
		expect(new Set(bank.questions.map((entry) => entry.question.type))).toEqual(
			new Set(['matching', 'short-answer'])
		);
		const matching = bank.questions.find((entry) => entry.question.type === 'matching');
		const facts = matching?.question.factIds ?? [];
		expect(facts.length).toBeGreaterThan(1);
		const narrowed = buildQuestionBank(module, { facts: facts.slice(1) });
		expect(
			narrowed.questions.every((entry) => entry.question.factIds.every((id) => facts.includes(id)))
		).toBe(true);
		expect(narrowed.questions.some((entry) => entry.question.id === matching?.question.id)).toBe(
			false
		);
	});

	it('orders by the module’s facts, then by type', () => {
		const order = module.facts.map((fact) => fact.id);
		const firstFacts = buildQuestionBank(module).questions.map((entry) =>
			Math.min(...entry.question.factIds.map((id) => order.indexOf(id)))
		);
		expect(firstFacts).toEqual([...firstFacts].sort((a, b) => a - b));
	});

	it('accepts typed answers by the key and by every alias of the fact and its entity', () => {
		const bank = buildQuestionBank(module, { types: ['short-answer'] });
		for (const entry of bank.questions) {
			const fact = module.facts.find((candidate) => candidate.id === entry.question.factIds[0]);
			if (!fact || entry.question.type !== 'short-answer') throw new Error('no fact');
			expect(entry.acceptedAnswers[0]).toBe(entry.question.key.value);
			for (const alias of fact.aliases) expect(entry.acceptedAnswers).toContain(alias);
			if (fact.kind === 'entity') {
				const entity = module.entities.find((candidate) => candidate.id === fact.value);
				for (const alias of entity?.aliases ?? []) expect(entry.acceptedAnswers).toContain(alias);
			}
		}
	});

	it('gives proportions in per cent, as learners type them elsewhere', () => {
		const proportion = module.facts.find((fact) => fact.kind === 'proportion');
		if (proportion?.kind !== 'proportion') throw new Error('the seed module has a proportion');
		const [entry] = buildQuestionBank(module, {
			facts: [proportion.id],
			types: ['numeric']
		}).questions;
		expect(entry?.figure?.unit).toBe('%');
		expect(entry?.figure?.value).toBeCloseTo(proportion.value * 100, 6);
	});

	it('words its additions in the language asked for, the content in the module’s', () => {
		const bank = buildQuestionBank(module, { language: 'en' });
		expect(bank.language).toBe('pl');
		expect(bank.labelLanguage).toBe('en');
	});
});
