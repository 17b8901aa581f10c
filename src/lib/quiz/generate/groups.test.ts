import { describe, expect, it } from 'vitest';
import type { Fact } from '../content';
import type { QuizModule } from '../module';
import { seedModule } from '../../testing/seed-module';
import { comparableNumberGroups } from './groups';

/** The seed module with one fact's label replaced, as an author may write it. */
function withLabel(id: string, label: string): QuizModule {
	const module = seedModule();
	return {
		...module,
		facts: module.facts.map((fact): Fact => (fact.id === id ? { ...fact, label } : fact))
	};
}

const grouped = (module: QuizModule) => new Set(comparableNumberGroups(module, 4).flat());

describe('figures a matching or ordering question may hold', () => {
	it('are the seed module’s four counts of soldiers', () => {
		expect([...grouped(seedModule())].sort()).toEqual([
			'captured',
			'killed',
			'losses',
			'troops-sent'
		]);
	});

	it('leave out a row that shows a figure of the module: it would answer another question', () => {
		// "połowę" is the answer of shells-share, a share that is no row of the group itself.
		const module = withLabel('captured', 'jeńcy, za których Rosja oddała połowę amunicji');
		expect(grouped(module).has('captured')).toBe(false);
		expect(
			grouped(withLabel('captured', 'jeńcy spośród 11 tysięcy żołnierzy')).has('captured')
		).toBe(false);
	});

	it('are ordered only when they count one thing; matched also when they count others', () => {
		const module = seedModule();
		const changed: QuizModule = {
			...module,
			facts: module.facts.map((fact): Fact =>
				fact.id === 'captured' && fact.kind === 'number' ? { ...fact, unit: 'jeńców' } : fact
			)
		};
		const ordered = new Set(comparableNumberGroups(changed, 4, 'noun').flat());
		expect(ordered.has('captured')).toBe(false);
		expect(ordered.has('troops-sent')).toBe(true);
		expect(grouped(changed).has('captured')).toBe(true);
	});

	it('leave out two rows worded alike for different figures', () => {
		const module = withLabel(
			'killed',
			'straty wojsk Korei Północnej do połowy stycznia (zabici, zmarli i ranni)'
		);
		const rows = grouped(module);
		expect(rows.has('killed')).toBe(false);
		expect(rows.has('losses')).toBe(false);
	});
});
