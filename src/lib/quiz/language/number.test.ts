import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from './number';

describe('parseNumber', () => {
	it.each([
		['11 tys.', 'en', 11000],
		['11k', 'pl', 11000],
		['1.5 million', 'pl', 1_500_000],
		['eleven thousand', 'pl', 11000],
		['czterech tysięcy', 'en', 4000],
		['11,000', 'en', 11000],
		['11,000', 'pl', 11],
		['50 procent', 'en', 0.5],
		['11000', 'pl', 11000],
		['dziesięć przecinek zero dwa', 'pl', 10.02],
		['sto dwadzieścia trzy przecinek pięć', 'pl', 123.5],
		['dwa przecinek dwadzieścia pięć', 'pl', 2.25],
		['jeden przecinek pięć miliona', 'pl', 1_500_000],
		['one and a half thousand', 'en', 1500],
		['£150m', 'en', 150_000_000],
		['$2.5bn', 'en', 2_500_000_000]
	] as const)(
		'reads %j in %s as %d, borrowing the other language’s words',
		(text, language, value) => {
			expect(parseNumber(text, language)).toBe(value);
		}
	);

	it('reads "m" as million only in English, right after digits: a Polish "412 m" is metres', () => {
		expect(parseNumber('412 m', 'pl')).toBe(412);
	});

	it('keeps the negations of its own language: Polish "no" is "well", English "no" is "none"', () => {
		expect(parseNumber('no, 11 tysięcy', 'pl')).toBe(11000);
		expect(parseNumber('no 11,000', 'en')).toBeNull();
	});
});

describe('formatNumber', () => {
	it.each([
		[11000, 'pl', '11 000'],
		[4000, 'pl', '4000'],
		[1000, 'pl', '1000'],
		[2, 'pl', '2'],
		[1_500_000, 'pl', '1 500 000'],
		[1.5, 'pl', '1,5'],
		[11000, 'en', '11,000'],
		[4000, 'en', '4,000'],
		[1.5, 'en', '1.5'],
		[-5, 'en', '-5']
	] as const)('writes %d in %s as %j', (value, language, text) => {
		expect(formatNumber(value, language)).toBe(text);
	});

	it('writes what it reads back', () => {
		for (const value of [0, 2, 999, 1000, 4000, 11000, 123456789, 1.25]) {
			for (const language of ['pl', 'en'] as const) {
				expect(parseNumber(formatNumber(value, language), language)).toBe(value);
			}
		}
	});
});
