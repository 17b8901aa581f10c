import { describe, expect, it } from 'vitest';
import type { Fact, Language } from '../content';
import type { QuizModule } from '../module';
import { seedModule, gappedFigureFact } from '../../testing/seed-module';
import { factQuality } from './quality';

/** A rate and its total over a number of periods in one sentence: either gives the other. */

function gapOf(language: Language, evidence: string, cloze: string, value: number, unit: string) {
	const fact: Fact = gappedFigureFact('figure', value, evidence, cloze, unit, false, language);
	const module: QuizModule = {
		...seedModule(),
		id: 'rate-gaps',
		language,
		article: { blocks: [{ type: 'paragraph' as const, text: evidence }] },
		facts: [fact],
		entities: []
	};
	return factQuality(module, fact).gap;
}

describe('a rate times a count of periods in one sentence', () => {
	const hire =
		'Portable classrooms at Fenwick Academy cost £6,500 a week, about £195,000 for the 30 weeks of building work.';

	it('asks neither the total nor the rate in a gap', () => {
		expect(gapOf('en', hire, '195,000', 195_000, '£')).toBe(false);
		expect(gapOf('en', hire, '6,500', 6_500, '£')).toBe(false);
	});

	it('does the same in Polish: "9,2 tys. zł miesięcznie, czyli ok. 110 tys. zł przez 12 miesięcy"', () => {
		const najem =
			'Wynajem kontenerów dla przychodni w Brzegu kosztuje 9,2 tys. zł miesięcznie, czyli ok. 110 tys. zł przez 12 miesięcy.';
		expect(gapOf('pl', najem, '110 tys.', 110_000, 'zł')).toBe(false);
		expect(gapOf('pl', najem, '9,2 tys.', 9_200, 'zł')).toBe(false);
	});

	it('leaves a gap whose sums are no product of the periods', () => {
		const loan =
			'The club repays £6,500 a week and has borrowed £410,000 over 30 weeks of building work.';
		expect(gapOf('en', loan, '410,000', 410_000, '£')).toBe(true);
	});
});
