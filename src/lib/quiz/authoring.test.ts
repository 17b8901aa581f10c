import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDraft, moduleIdFrom, type AuthoringState } from './authoring';

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
