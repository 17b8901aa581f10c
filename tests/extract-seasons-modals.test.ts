import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/lib/quiz/extract';

/**
 * A season written "2026/27" is no year, and a modal verb after a figure is no unit (the blind
 * reading of unseen13: "w sezonie _____/27" keyed 2026, "How many can be seen…?" keyed "11
 * can"). Sentences written here.
 */

const candidates = (text: string, language: 'pl' | 'en') =>
	extractFacts(text, { language }).candidates;

describe('a season or a financial year', () => {
	it.each([
		['pl', 'Resort podał, że dopłaty w sezonie 2025/26 wyniosą 120 zł za tonę.'],
		['en', 'The club lost £2.1m in the 2024/25 season, its accounts show.']
	] as const)('gives no year: %s', (language, text) => {
		const dates = candidates(text, language).filter((candidate) => candidate.kind === 'date');
		expect(dates).toEqual([]);
	});

	it('leaves a year written alone in the same article', () => {
		const dates = candidates(
			'The club lost £2.1m in the 2024/25 season and was sold in 2026.',
			'en'
		).filter((candidate) => candidate.kind === 'date');
		expect(dates.map((date) => date.value)).toEqual([{ year: 2026 }]);
	});
});

describe('a modal verb after a figure', () => {
	it('is no unit and asks no "How many can…?"', () => {
		const found = candidates(
			'From the summit of Ben Loyal, 12 can be seen on a clear day, the ranger said.',
			'en'
		).filter((candidate) => candidate.kind === 'number');
		for (const figure of found) {
			expect(figure.unit ?? '').not.toMatch(/^(?:can|could|may|must)$/u);
			expect(figure.question).not.toMatch(/^How many (?:can|could)\b/u);
		}
	});
});
