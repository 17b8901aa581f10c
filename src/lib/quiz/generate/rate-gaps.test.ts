import { describe, expect, it } from 'vitest';
import type { Fact, Language } from '../content';
import type { QuizModule } from '../module';
import { seedModule, gappedFigureFact } from '../../testing/seed-module';
import { factQuality } from './quality';

/** A rate and its total over a number of periods in one sentence: either gives the other. */

function qualityOf(
	language: Language,
	evidence: string,
	cloze: string,
	value: number,
	unit: string
) {
	const fact: Fact = gappedFigureFact('figure', value, evidence, cloze, unit, false, language);
	const module: QuizModule = {
		...seedModule(),
		id: 'rate-gaps',
		language,
		article: { blocks: [{ type: 'paragraph' as const, text: evidence }] },
		facts: [fact],
		entities: []
	};
	return factQuality(module, fact);
}

function gapOf(language: Language, evidence: string, cloze: string, value: number, unit: string) {
	return qualityOf(language, evidence, cloze, value, unit).gap;
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

	// "czyli przy 22 dniach pracy ok. 1,9 tys. zł": the periods in the locative ("dniach"),
	// not only in the genitive ("dni"), and the statement altering one figure is as computable.
	it('sees the periods in any case: "przy 22 dniach", "po 3 latach"', () => {
		const parking =
			'Za abonament na parkingu przy ul. Dworcowej kierowcy płacą ok. 85 zł tygodniowo, czyli przy 22 tygodniach sezonu ok. 1870 zł.';
		expect(gapOf('pl', parking, '1870', 1870, 'zł')).toBe(false);
		expect(gapOf('pl', parking, '85', 85, 'zł')).toBe(false);
		expect(qualityOf('pl', parking, '1870', 1870, 'zł').statement).toBe(false);
		const lease =
			'Spółka Aqua-Tech płaciła gminie 48 tys. zł rocznie dzierżawy, co po 3 latach dało 144 tys. zł.';
		expect(gapOf('pl', lease, '144 tys.', 144_000, 'zł')).toBe(false);
	});

	it('asks no gap on the count of periods a rate and its total give', () => {
		const parking =
			'Za abonament na parkingu przy ul. Dworcowej kierowcy płacą ok. 85 zł tygodniowo, czyli przy 22 tygodniach sezonu ok. 1870 zł.';
		expect(gapOf('pl', parking, '22', 22, 'tygodniach')).toBe(false);
		const other =
			'Kierowcy płacą 85 zł tygodniowo, a sezon trwa 22 tygodnie i kończy się w październiku.';
		expect(gapOf('pl', other, '22', 22, 'tygodnie')).toBe(true);
	});

	it('reads "over 20 trading days" as a count of periods', () => {
		const stall =
			'Traders at the covered market in Bury pay £14 a day, or about £280 a month over 20 trading days, the council said.';
		expect(gapOf('en', stall, '280', 280, '£')).toBe(false);
		expect(gapOf('en', stall, '14', 14, '£')).toBe(false);
	});

	it('still gaps a sum that is no product of the periods in the locative', () => {
		const fee =
			'Kupcy płacą 12 zł dziennie, a przy 20 dniach handlu miasto zbiera od nich łącznie 96 tys. zł.';
		expect(gapOf('pl', fee, '96 tys.', 96_000, 'zł')).toBe(true);
	});
});
