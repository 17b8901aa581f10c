import { describe, expect, it } from 'vitest';
import type { Fact, Language } from '../content';
import { parseNumber } from '../language/number';
import type { QuizModule } from '../module';
import { seedModule, gappedFigureFact } from '../../testing/seed-module';
import { distractorsOf } from './values';

/** A sum of money is offered among sums a reader would weigh: within ten times the key. */

function moduleOf(language: Language, facts: Fact[]): QuizModule {
	return {
		...seedModule(),
		id: 'money-options',
		language,
		article: {
			blocks: [{ type: 'paragraph' as const, text: facts.map((fact) => fact.evidence).join(' ') }]
		},
		facts,
		entities: []
	};
}

function options(module: QuizModule, id: string): number[] {
	const fact = module.facts.find((candidate) => candidate.id === id) as Fact;
	return distractorsOf(module, fact).map((text) => parseNumber(text, module.language) as number);
}

describe('options for a sum of money', () => {
	it("leave out the article's sums of another size: a £3 fare beside £380,000", () => {
		const fare = 'A single fare on the Kelsby shuttle bus will cost £3 from May.';
		const depot = 'The operator spent £380,000 on a new depot at Wrenfield.';
		const grant = 'A further £1.6m grant paid for six electric buses.';
		const module = moduleOf('en', [
			gappedFigureFact('fare', 3, fare, '3', '£'),
			gappedFigureFact('depot', 380_000, depot, '380,000', '£'),
			gappedFigureFact('grant', 1_600_000, grant, '1.6m', '£')
		]);
		const offered = options(module, 'fare');
		expect(offered.length).toBeGreaterThan(0);
		for (const option of offered) {
			expect(option).toBeLessThanOrEqual(30);
			expect(option).toBeGreaterThanOrEqual(0.3);
		}
	});

	it('do the same in Polish: a 4 zł ticket beside 2,5 mln zł', () => {
		const ticket = 'Bilet na prom w Mikoszewie kosztuje 4 zł.';
		const quay = 'Przebudowa nabrzeża kosztowała 2,5 mln zł.';
		const module = moduleOf('pl', [
			gappedFigureFact('bilet', 4, ticket, '4', 'zł', false, 'pl'),
			gappedFigureFact('nabrzeze', 2_500_000, quay, '2,5 mln', 'zł', false, 'pl')
		]);
		expect(options(module, 'bilet').length).toBeGreaterThan(0);
		for (const option of options(module, 'bilet')) {
			expect(option).toBeLessThanOrEqual(40);
			expect(option).toBeGreaterThanOrEqual(0.4);
		}
		for (const option of options(module, 'nabrzeze')) {
			expect(option).toBeLessThanOrEqual(25_000_000);
			expect(option).toBeGreaterThanOrEqual(250_000);
		}
	});

	it('keep a sibling sum twelve times the key out', () => {
		const hall = 'Hiring the Ashcombe village hall costs £45 an evening.';
		const roof = 'Its new roof cost £540 in repairs last winter.';
		const module = moduleOf('en', [
			gappedFigureFact('hall', 45, hall, '45', '£'),
			gappedFigureFact('roof', 540, roof, '540', '£')
		]);
		expect(options(module, 'hall')).not.toContain(540);
	});
});
