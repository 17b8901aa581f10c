import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateValue } from '../content';
import { formatDate, monthInSeason, parseDateAnswer, scoreDateAnswer } from './date';
import { MAX_ANSWER_LENGTH } from './result';
import { makeDateFact } from '../../testing/score-facts';

describe('parseDateAnswer', () => {
	it.each([
		['jesienią 2024', { year: 2024, season: 'autumn' }],
		['jesień 2024 r.', { year: 2024, season: 'autumn' }],
		['jesienią 2024 roku', { year: 2024, season: 'autumn' }],
		['jesieni 2024', { year: 2024, season: 'autumn' }],
		['Jesień 2024r.', { year: 2024, season: 'autumn' }],
		['w jesiennych miesiącach 2024', { year: 2024, season: 'autumn' }],
		['autumn 2024', { year: 2024, season: 'autumn' }],
		['in the fall of 2024', { year: 2024, season: 'autumn' }],
		['latem 2024', { year: 2024, season: 'summer' }],
		['zimą 2025', { year: 2025, season: 'winter' }],
		['wiosna', { season: 'spring' }],
		['w październiku 2024', { year: 2024, month: 10 }],
		['październik 2024 r.', { year: 2024, month: 10 }],
		['October 2024', { year: 2024, month: 10 }],
		['Oct 2024', { year: 2024, month: 10 }],
		['10.2024', { year: 2024, month: 10 }],
		['10/2024', { year: 2024, month: 10 }],
		['2024-10', { year: 2024, month: 10 }],
		['15.10.2024', { year: 2024, month: 10, day: 15 }],
		['2024-10-15', { year: 2024, month: 10, day: 15 }],
		['15 października 2024', { year: 2024, month: 10, day: 15 }],
		['October 15th, 2024', { year: 2024, month: 10, day: 15 }],
		['15 X 2024', { year: 2024, month: 10, day: 15 }],
		['w 2024', { year: 2024 }],
		['na przełomie września i października 2024', { year: 2024, season: 'autumn' }],
		['jesienią, w październiku 2024', { year: 2024, season: 'autumn', month: 10 }],
		['pod koniec 2024 roku, jesienią', { year: 2024, season: 'autumn' }]
	] as const)('%j → %j', (text, expected) => {
		expect(parseDateAnswer(text, 'pl')).toEqual(expected);
	});

	it.each([
		['nie wiem'],
		[''],
		['11 tysięcy'],
		['2023 albo 2024'],
		['jesienią lub zimą 2024'],
		['lipiec albo październik 2024']
	])('%j says nothing readable → null', (text) => {
		expect(parseDateAnswer(text, 'pl')).toBeNull();
	});

	it.each([
		['03/04/2024', 'pl', { year: 2024, month: 4, day: 3 }],
		['03/04/2024', 'en', { year: 2024 }],
		['10/15/2024', 'en', { year: 2024, month: 10, day: 15 }],
		['15/10/2024', 'en', { year: 2024, month: 10, day: 15 }]
	] as const)('numeric %j in %s → %j', (text, language, expected) => {
		expect(parseDateAnswer(text, language)).toEqual(expected);
	});
});

describe('monthInSeason: meteorological months, astronomical days', () => {
	it.each([
		[9, undefined, 'autumn', true],
		[10, undefined, 'autumn', true],
		[11, undefined, 'autumn', true],
		[12, undefined, 'autumn', false],
		[8, undefined, 'autumn', false],
		[12, 21, 'autumn', true],
		[12, 22, 'autumn', false],
		[9, 1, 'autumn', true],
		[9, 22, 'summer', true],
		[12, undefined, 'winter', true],
		[1, undefined, 'winter', true],
		[3, 20, 'winter', true],
		[3, 21, 'winter', false]
	] as const)('month %d day %s in %s: %s', (month, day, season, expected) => {
		expect(monthInSeason(month, day, season)).toBe(expected);
	});
});

describe('scoreDateAnswer: when the first reports appeared (autumn 2024)', () => {
	const fact = makeDateFact();

	it.each([
		['jesienią 2024', '2024-autumn'],
		['jesień 2024 r.', '2024-autumn'],
		['jesienią 2024 roku', '2024-autumn'],
		['jesieni 2024', '2024-autumn'],
		['autumn 2024', '2024-autumn'],
		['fall 2024', '2024-autumn'],
		['w październiku 2024', '2024-10'],
		['we wrześniu 2024', '2024-09'],
		['listopad 2024', '2024-11'],
		['10.2024', '2024-10'],
		['2024-10', '2024-10'],
		['październik 2024 r.', '2024-10'],
		['15 grudnia 2024', '2024-12-15'],
		['na przełomie września i października 2024', '2024-autumn']
	])('%j is correct', (answer, normalized) => {
		expect(scoreDateAnswer(fact, answer, 'pl')).toEqual({
			credit: 1,
			verdict: 'correct',
			reason: { code: 'exact' },
			normalized
		});
	});

	it.each([
		['latem 2024', 'season', '2024-summer'],
		['wiosną 2024', 'season', '2024-spring'],
		['zima 2024', 'season', '2024-winter'],
		['w grudniu 2024', 'season', '2024-12'],
		['w sierpniu 2024', 'season', '2024-08'],
		['jesień 2023', 'year', '2023-autumn'],
		['jesień 2025', 'year', '2025-autumn'],
		['10.2023', 'year', '2023-10'],
		['latem', 'season', 'summer'],
		['latem 2023', 'year', '2023-summer']
	] as const)('%j is wrong in its %s', (answer, part, normalized) => {
		expect(scoreDateAnswer(fact, answer, 'pl')).toEqual({
			credit: 0,
			verdict: 'incorrect',
			reason: { code: 'wrong-date', part },
			normalized
		});
	});

	it.each([
		['jesienią', 'year', 'autumn'],
		['w październiku', 'year', '--10'],
		['2024', 'season', '2024'],
		['pod koniec 2024 roku', 'season', '2024']
	] as const)('%j earns half: its %s is missing', (answer, part, normalized) => {
		expect(scoreDateAnswer(fact, answer, 'pl')).toEqual({
			credit: 0.5,
			verdict: 'partial',
			reason: { code: 'wrong-date', part },
			normalized
		});
	});

	it.each(['nie wiem', 'jesienią lub zimą 2024', 'dawno temu'])('%j is unreadable', (answer) => {
		expect(scoreDateAnswer(fact, answer, 'pl')).toEqual({
			credit: 0,
			verdict: 'incorrect',
			reason: { code: 'wrong-date', part: 'unreadable' },
			normalized: null
		});
	});

	it("accepts the fact's aliases", () => {
		const withAlias = makeDateFact({ aliases: ['tuż przed wyborami w USA'] });
		expect(scoreDateAnswer(withAlias, 'tuż przed wyborami w USA', 'pl').credit).toBe(1);
	});
});

describe('scoreDateAnswer: facts with a month or a day', () => {
	const facts = {
		october: makeDateFact({ value: { year: 2024, month: 10 } }),
		day: makeDateFact({ value: { year: 2024, month: 10, day: 15 } }),
		yearOnly: makeDateFact({ value: { year: 2024 } })
	};

	it.each([
		['october', 'październik 2024', 1, { code: 'exact' }],
		['october', 'jesienią 2024', 0.5, { code: 'wrong-date', part: 'month' }],
		['october', 'latem 2024', 0, { code: 'wrong-date', part: 'season' }],
		['october', 'wrzesień 2024', 0, { code: 'wrong-date', part: 'month' }],
		['october', '2024', 0.5, { code: 'wrong-date', part: 'month' }],
		['day', '15 października 2024', 1, { code: 'exact' }],
		['day', 'październik 2024', 2 / 3, { code: 'wrong-date', part: 'day' }],
		['day', '16 października 2024', 0, { code: 'wrong-date', part: 'day' }],
		['yearOnly', '2024', 1, { code: 'exact' }],
		['yearOnly', 'jesienią 2024', 1, { code: 'exact' }],
		['yearOnly', '2023', 0, { code: 'wrong-date', part: 'year' }],
		['yearOnly', 'jesienią', 0, { code: 'wrong-date', part: 'year' }]
	] as const)('%s: %j → %d', (fact, answer, credit, reason) => {
		const result = scoreDateAnswer(facts[fact], answer, 'pl');
		expect(result.credit).toBeCloseTo(credit);
		expect(result.reason).toEqual(reason);
	});
});

describe('scoreDateAnswer: a year the sentence leaves to the date of publication', () => {
	const january = makeDateFact({
		evidence:
			'Według zachodnich źródeł do połowy stycznia wojska Korei Północnej straciły około czterech tysięcy żołnierzy.',
		value: { year: 2025, month: 1 }
	});

	it.each([
		['do połowy stycznia', 1, { code: 'exact' }],
		['w styczniu', 1, { code: 'exact' }],
		['styczeń 2025', 1, { code: 'exact' }],
		['styczeń 2024', 0, { code: 'wrong-date', part: 'year' }],
		['w lutym', 0, { code: 'wrong-date', part: 'month' }],
		['2025', 0.5, { code: 'wrong-date', part: 'month' }]
	] as const)('%j → %d', (answer, credit, reason) => {
		const result = scoreDateAnswer(january, answer, 'pl');
		expect(result.credit).toBeCloseTo(credit);
		expect(result.reason).toEqual(reason);
	});

	it('still asks for the year when the sentence names it, even among other figures', () => {
		const named = makeDateFact({
			evidence: 'W styczniu 2025 r. straciły 4000 żołnierzy.',
			value: { year: 2025, month: 1 }
		});
		expect(scoreDateAnswer(named, 'w styczniu', 'pl').credit).toBe(0.5);
		const otherFigure = makeDateFact({
			evidence: 'W styczniu straciły 12025 żołnierzy.',
			value: { year: 2025, month: 1 }
		});
		expect(scoreDateAnswer(otherFigure, 'w styczniu', 'pl').credit).toBe(1);
	});
});

describe('formatDate', () => {
	it.each([
		[{ year: 2024, season: 'autumn' }, 'pl', 'jesień 2024'],
		[{ year: 2024, season: 'autumn' }, 'en', 'autumn 2024'],
		[{ year: 2025, season: 'summer' }, 'pl', 'lato 2025'],
		[{ year: 2024, month: 10 }, 'pl', 'październik 2024'],
		[{ year: 2024, month: 10 }, 'en', 'October 2024'],
		[{ year: 2024, month: 10, day: 15 }, 'pl', '15 października 2024'],
		[{ year: 2024, month: 10, day: 15 }, 'en', '15 October 2024'],
		[{ year: 2024, season: 'autumn', month: 11 }, 'pl', 'listopad 2024'],
		[{ year: 2024 }, 'pl', '2024']
	] as const)('%j in %s → %j', (value, language, text) => {
		expect(formatDate(value, language)).toBe(text);
	});

	it('formats every date so that it reads back as itself', () => {
		const dates = fc.record(
			{
				year: fc.integer({ min: 1000, max: 2999 }),
				season: fc.constantFrom('spring', 'summer', 'autumn', 'winter'),
				month: fc.integer({ min: 1, max: 12 }),
				day: fc.integer({ min: 1, max: 28 })
			},
			{ requiredKeys: ['year'] }
		);
		fc.assert(
			fc.property(dates, fc.constantFrom('pl', 'en'), (date: DateValue, language) => {
				const shown: DateValue =
					date.month === undefined ? { year: date.year, season: date.season } : date;
				const expected = { ...shown };
				if (expected.month === undefined) delete expected.day;
				else delete expected.season;
				if (expected.season === undefined) delete expected.season;
				const read = parseDateAnswer(formatDate(shown, language), language);
				expect(read).toEqual(expected);
			})
		);
	});
});

describe('scoreDateAnswer, any input', () => {
	const fact = makeDateFact();

	it('never throws and keeps credit in [0, 1]', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'grapheme' }),
					fc.string({ unit: 'binary' }),
					fc
						.array(fc.constantFrom('jesień', '2024', '10', '.', 'X', 'lipiec', '31', '-', 'i'))
						.map((parts) => parts.join(' '))
				),
				(answer) => {
					const result = scoreDateAnswer(fact, answer, 'pl');
					expect(result.credit).toBeGreaterThanOrEqual(0);
					expect(result.credit).toBeLessThanOrEqual(1);
				}
			),
			{ numRuns: 1_000 }
		);
	});

	it('refuses answers over the limit', () => {
		fc.assert(
			fc.property(
				fc.string({ minLength: MAX_ANSWER_LENGTH + 1, maxLength: MAX_ANSWER_LENGTH * 3 }),
				(answer) => {
					expect(scoreDateAnswer(fact, answer, 'pl').reason).toEqual({
						code: 'too-long',
						limit: MAX_ANSWER_LENGTH
					});
				}
			),
			{ numRuns: 50 }
		);
	});
});
