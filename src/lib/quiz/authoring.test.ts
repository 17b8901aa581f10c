import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	acceptedByDefault,
	analyseDraft,
	candidateReasons,
	moduleIdFrom,
	type AuthoringState
} from './authoring';
import { generateQuiz } from './generate';

const KURSK = readFileSync('tests/fixtures/kursk-article.txt', 'utf8');

function state(overrides: Partial<AuthoringState> = {}): AuthoringState {
	return {
		sourceText: KURSK,
		format: 'text',
		moduleId: 'kursk-draft',
		title: 'Kursk',
		source: 'Polskie Radio 24',
		date: '2025-01-20',
		decisions: {},
		...overrides
	};
}

function analysed(overrides: Partial<AuthoringState> = {}) {
	const analysis = analyseDraft(state(overrides), '2026-11-25');
	if (!analysis.ok) throw analysis.error;
	if (!analysis.module.ok) throw new Error(JSON.stringify(analysis.module.errors));
	return { analysis, module: analysis.module.module };
}

describe('a reviewed draft', () => {
	it('becomes a valid module with figures, dates and statements but not bare names by default', () => {
		const { analysis, module } = analysed();
		const kinds = new Set(module.facts.map((fact) => fact.kind));
		expect(kinds.has('number')).toBe(true);
		expect(kinds.has('date')).toBe(true);
		const names = analysis.extraction.candidates.filter((candidate) => candidate.kind === 'entity');
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) expect(module.facts.some((fact) => fact.id === name.id)).toBe(false);
	});

	it('applies the teacher’s question, aliases and tolerance, and drops rejected facts', () => {
		const { analysis } = analysed();
		const figure = analysis.extraction.candidates.find(
			(candidate) => candidate.kind === 'number' && candidate.value === 11000
		);
		const rejected = analysis.extraction.candidates.find(
			(candidate) => candidate.kind === 'number' && candidate.value === 4000
		);
		if (!figure || !rejected) throw new Error('the seed figures were not found');
		const { module } = analysed({
			decisions: {
				[figure.id]: {
					accepted: true,
					question: 'Ilu żołnierzy wysłała Korea Północna?',
					aliases: 'jedenaście tysięcy, 11k;  11 tys. ',
					tolerance: '5'
				},
				[rejected.id]: { accepted: false }
			}
		});
		const fact = module.facts.find((candidate) => candidate.id === figure.id);
		expect(fact).toMatchObject({
			questions: ['Ilu żołnierzy wysłała Korea Północna?'],
			aliases: ['jedenaście tysięcy', '11k', '11 tys.'],
			tolerance: 0.05
		});
		expect(module.facts.some((candidate) => candidate.id === rejected.id)).toBe(false);
	});

	it('reports a tolerance that is not a number as the schema’s error on the field', () => {
		const { analysis } = analysed();
		const figure = analysis.extraction.candidates.find((candidate) => candidate.kind === 'number');
		if (!figure) throw new Error('no figure');
		const result = analyseDraft(
			state({ decisions: { [figure.id]: { accepted: true, tolerance: 'dużo' } } }),
			'2026-11-25'
		);
		expect(
			result.ok && !result.module.ok && result.module.errors.map((error) => error.field)
		).toEqual(expect.arrayContaining([expect.stringMatching(/^facts\[\d+\]\.tolerance$/)]));
	});

	it('says why an article cannot be used instead of throwing', () => {
		const empty = analyseDraft(state({ sourceText: '   ' }), '2026-11-25');
		expect(empty.ok ? null : empty.error.code).toBe('empty');
	});
});

describe('module ids from titles', () => {
	it.each([
		['Żołnierze z Korei Północnej w Kursku', 'zolnierze-z-korei-polnocnej-w-kursku'],
		['  Łódź: 2025!  ', 'lodz-2025'],
		['???', 'module']
	])('%s → %s', (title, id) => {
		expect(moduleIdFrom(title)).toBe(id);
	});
});

describe('what the review lets an author fix (issue 17)', () => {
	const troops = (analysis: ReturnType<typeof analysed>['analysis']) => {
		const found = analysis.extraction.candidates.find(
			(candidate) => candidate.kind === 'number' && candidate.value === 11000
		);
		if (!found) throw new Error('no 11 000 candidate');
		return found;
	};

	it('fixes a wrong key: the fact, the preview quiz and its gap all carry the new figure', () => {
		const { analysis } = analysed();
		const id = troops(analysis).id;
		const { module } = analysed({
			decisions: { [id]: { accepted: true, value: '12 tys.' } }
		});
		const fact = module.facts.find((found) => found.id === id);
		expect(fact).toMatchObject({ kind: 'number', value: 12000 });
		// The article's "11 tysięcy" is no longer asked for as the key, in a gap or a statement.
		expect(fact?.cloze).toBeUndefined();
		expect(fact?.statement).toBeUndefined();
		const numeric = generateQuiz(module, { count: 50, types: ['numeric'] }, 1).questions.find(
			(question) => question.factIds.includes(id)
		);
		expect(numeric?.key).toMatchObject({ value: 12000 });
	});

	it('sets what a figure counts, and an empty label keeps it out of matching and ordering', () => {
		const { analysis } = analysed();
		const id = troops(analysis).id;
		const labelled = analysed({
			decisions: { [id]: { accepted: true, label: 'żołnierze wysłani do obwodu kurskiego' } }
		}).module;
		expect(labelled.facts.find((fact) => fact.id === id)?.label).toBe(
			'żołnierze wysłani do obwodu kurskiego'
		);
		const unlabelled = analysed({ decisions: { [id]: { accepted: true, label: '' } } }).module;
		expect(unlabelled.facts.find((fact) => fact.id === id)?.label).toBeUndefined();
		for (const type of ['matching', 'ordering'] as const)
			for (const question of generateQuiz(unlabelled, { count: 50, types: [type] }, 1).questions)
				expect(question.factIds).not.toContain(id);
	});

	it('renames an entity to its base form, keeping the old name as an accepted alias', () => {
		const { analysis } = analysed();
		const statement = analysis.extraction.candidates.find(
			(candidate) => candidate.kind === 'statement' && candidate.value.length === 1
		);
		if (statement?.kind !== 'statement') throw new Error('no statement');
		const entityId = statement.value[0] as string;
		const before = analysis.extraction.entities.find((entity) => entity.id === entityId);
		const { module } = analysed({
			decisions: { [statement.id]: { accepted: true, name: 'Nowa Nazwa' } }
		});
		const entity = module.entities.find((found) => found.id === entityId);
		expect(entity?.name).toBe('Nowa Nazwa');
		expect(entity?.aliases).toContain(before?.name);
	});

	it('ticks by default only what passes, and says why the rest is not', () => {
		const { analysis } = analysed();
		const language = analysis.extraction.language;
		for (const candidate of analysis.extraction.candidates) {
			const reasons = candidateReasons(candidate, language);
			expect(acceptedByDefault(candidate, language)).toBe(reasons.length === 0);
			if (candidate.kind === 'entity') expect(reasons).toContain('bare-name');
		}
		expect(analysis.notes.every((note) => typeof note.code === 'string')).toBe(true);
	});
});
