import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typoAllowance, withinEdits } from './fuzzy';
import { growthOf, linearGrowthLimit } from '$lib/testing/growth';

/** Unbounded optimal string alignment distance: the slow reference. */
function osaDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const row = d[i] as number[];
			const above = d[i - 1] as number[];
			row[j] = Math.min(
				(above[j] as number) + 1,
				(row[j - 1] as number) + 1,
				(above[j - 1] as number) + cost
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
			}
		}
	}
	return (d[a.length] as number[])[b.length] as number;
}

describe('withinEdits', () => {
	it.each([
		['putin', 'putin', 0, true],
		['putin', 'putn', 1, true],
		['putin', 'ptuin', 1, true],
		['putin', 'puitn', 1, true],
		['putin', 'pution', 1, true],
		['putin', 'rutin', 1, true],
		['putin', 'ptn', 1, false],
		['putin', 'ptn', 2, true],
		['kim', 'kima', 0, false],
		['polnocna', 'pulnocna', 1, true],
		['polnocna', 'poludniowa', 2, false],
		['przesladowania', 'przesladowqnia', 1, true],
		['przesladowania', 'prezsladowaina', 2, true],
		['przesladowania', 'prezsladowaina', 1, false],
		['ca', 'abc', 2, false],
		['', 'ab', 2, true],
		['', 'abc', 2, false],
		['abc', '', 3, true],
		['abcdef', 'abcxyzdef', 2, false],
		['a', 'b', -1, false],
		['a', 'b', Number.NaN, false],
		['kowalski', 'kowalsky', 1.9, true]
	])('%j vs %j within %d → %s', (a, b, max, expected) => {
		expect(withinEdits(a, b, max)).toBe(expected);
		expect(withinEdits(b, a, max)).toBe(expected);
	});

	it('agrees with the unbounded distance', () => {
		const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 });
		fc.assert(
			fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
				expect(withinEdits(a, b, max)).toBe(osaDistance(a, b) <= max);
			}),
			{ numRuns: 3_000 }
		);
	});

	it('answers fast for long, far strings', () => {
		const strings = (scale: number) => {
			const a = 'a'.repeat(25_000 * scale);
			return { a, b: 'b'.repeat(25_000 * scale), near: a.slice(1) + 'b' };
		};
		const { a, b, near } = strings(4);
		expect(withinEdits(a, b, 2)).toBe(false);
		expect(withinEdits(a, near, 2)).toBe(true);
		const compare = ({ a, b, near }: ReturnType<typeof strings>) =>
			withinEdits(a, b, 2) && withinEdits(a, near, 2);
		expect(growthOf(strings, compare)).toBeLessThan(linearGrowthLimit());
	});
});

describe('typoAllowance', () => {
	it.each([
		['kim', 0],
		['lęk', 0],
		['kara', 0],
		['putin', 1],
		['rodzina', 1],
		['polnocna', 1],
		['poludniowa', 2],
		['przesladowania', 2],
		['2024', 0],
		['11tysiecy', 0]
	])('%s forgives %d', (word, edits) => {
		expect(typoAllowance(word)).toBe(edits);
	});
});
