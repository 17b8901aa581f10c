import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEnglishNumber } from './numbers-en';

const CASES: [string, number][] = [
	['eleven thousand', 11000],
	['four thousand', 4000],
	['one thousand', 1000],
	['a thousand', 1000],
	['two', 2],
	['zero', 0],
	['one hundred and five', 105],
	['a hundred', 100],
	['two hundred', 200],
	['fifteen hundred', 1500],
	['twenty-one', 21],
	['twenty one', 21],
	['ninety-nine', 99],
	['1.5 million', 1_500_000],
	['2 million', 2e6],
	['a million', 1e6],
	['two million five hundred thousand', 2_500_000],
	['11 thousand', 11000],
	['1.5 billion', 1.5e9],
	['3bn', 3e9],
	['11k', 11000],
	['11,000', 11000],
	['1,500', 1500],
	['11000', 11000],
	['1.5', 1.5],
	['about 11,000 soldiers', 11000],
	['around four thousand', 4000],
	['approximately 1000', 1000],
	['approx. 1000', 1000],
	['roughly 11k', 11000],
	['nearly a thousand', 1000],
	['almost 4000', 4000],
	['over 4,000 troops', 4000],
	['ca. 11,000', 11000],
	['2 soldiers', 2],
	['Eleven Thousand', 11000],
	['one half', 0.5],
	['a half', 0.5],
	['half', 0.5],
	['one third', 1 / 3],
	['two thirds', 2 / 3],
	['a quarter', 0.25],
	['three quarters', 0.75],
	['50%', 0.5],
	['50 percent', 0.5],
	['fifty per cent', 0.5],
	['fifty percent', 0.5],
	['1/2', 0.5],
	['minus five', -5],
	['one and a half thousand', 1500],
	['two and a half million', 2_500_000],
	['half a million', 500_000],
	['a quarter of a million', 250_000],
	['three quarters of a billion', 750_000_000],
	['one and a half', 1.5],
	['£150m', 150_000_000],
	['150m', 150_000_000],
	['$2.5bn', 2_500_000_000],
	['£2.14bn', 2_140_000_000],
	['£40mn', 40_000_000],
	['three point five', 3.5],
	['ten point zero two', 10.02],
	['7,8', 7.8],
	['magnitude 6,7', 6.7]
];

const UNREADABLE = [
	'',
	'many',
	'thousands',
	'not 11,000',
	'two or three',
	'between 10 and 12 thousand',
	'a',
	'second',
	'elevn thousand',
	'm'
];

describe('parseEnglishNumber', () => {
	it.each(CASES)('reads %j as %d', (text, value) => {
		expect(parseEnglishNumber(text)).toBeCloseTo(value, 10);
	});
	it.each(UNREADABLE)('reads no number from %j', (text) => {
		expect(parseEnglishNumber(text)).toBeNull();
	});
});

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function belowThousand(n: number): string {
	const words: string[] = [];
	if (n >= 100) words.push(`${ONES[Math.floor(n / 100)]} hundred`);
	const rest = n % 100;
	if (rest > 0 && n >= 100) words.push('and');
	if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10] ?? '');
	else if (rest >= 20)
		words.push(
			rest % 10 ? `${TENS[Math.floor(rest / 10)]}-${ONES[rest % 10]}` : (TENS[rest / 10] ?? '')
		);
	else if (rest > 0) words.push(ONES[rest] ?? '');
	return words.join(' ');
}

function englishWords(n: number): string {
	if (n === 0) return 'zero';
	const parts: string[] = [];
	for (const [scale, name] of [
		[1e6, 'million'],
		[1e3, 'thousand']
	] as const) {
		const count = Math.floor(n / scale);
		n %= scale;
		if (count) parts.push(`${belowThousand(count)} ${name}`);
	}
	if (n) parts.push(belowThousand(n));
	return parts.join(' ');
}

describe('parseEnglishNumber properties', () => {
	it('reads back every integer spelled out in English words', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
				expect(parseEnglishNumber(englishWords(n))).toBe(n);
			}),
			{ numRuns: 2000 }
		);
	});

	it('never throws for any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) => {
				const value = parseEnglishNumber(text);
				expect(value === null || Number.isFinite(value)).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});
});
