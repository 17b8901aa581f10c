import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	numberFactSchema,
	proportionFactSchema,
	type NumberFact,
	type ProportionFact
} from '../content';
import { MAX_ANSWER_LENGTH } from './result';
import { acceptedRange, scoreNumberAnswer } from './number';

function numberFact(overrides: Partial<NumberFact> = {}): NumberFact {
	return numberFactSchema.parse({
		id: 'troops-sent',
		kind: 'number',
		label: 'żołnierze',
		value: 11000,
		unit: 'żołnierzy',
		approximate: true,
		tolerance: 0.1,
		questions: ['Ilu?'],
		evidence: 'Do obwodu kurskiego w Rosji trafiło ok. 11 tysięcy północnokoreańskich żołnierzy.',
		...overrides
	});
}

function proportionFact(overrides: Partial<ProportionFact> = {}): ProportionFact {
	return proportionFactSchema.parse({
		id: 'shells-share',
		kind: 'proportion',
		label: 'udział',
		value: 0.5,
		unit: 'amunicji',
		approximate: true,
		tolerance: 0.1,
		questions: ['Jaka część?'],
		evidence: 'około połowę dziennej amunicji',
		...overrides
	});
}

const troops = numberFact();
const captured = numberFact({ id: 'captured', value: 2, approximate: false, tolerance: undefined });
const losses = numberFact({ id: 'losses', value: 4000 });
const share = proportionFact();

describe('scoreNumberAnswer, approximate figures', () => {
	it.each([
		['11000', 'exact'],
		['11 000', 'exact'],
		['11 tys.', 'exact'],
		['ok. 11 tysięcy żołnierzy', 'exact'],
		['jedenaście tysięcy', 'exact'],
		['jedenastu tysięcy', 'exact'],
		['11k', 'exact'],
		['11,000', 'exact'],
		['10 000', 'within-tolerance'],
		['12 tys.', 'within-tolerance'],
		['9900', 'within-tolerance'],
		['12100', 'within-tolerance']
	])('gives full credit to %j (%s)', (answer, code) => {
		expect(scoreNumberAnswer(troops, answer, 'pl')).toMatchObject({
			credit: 1,
			verdict: 'correct',
			reason: { code }
		});
	});

	it.each(['9800', '12 200', '4000', '110 000', '1100', 'tysiąc', 'czterech tysięcy'])(
		'gives no credit to %j',
		(answer) => {
			expect(scoreNumberAnswer(troops, answer, 'pl')).toMatchObject({
				credit: 0,
				verdict: 'incorrect',
				reason: { code: 'wrong-number', expected: 11000, approximate: true }
			});
		}
	);

	it('reads losses in any case', () => {
		for (const answer of [
			'cztery tysiące',
			'czterech tysięcy',
			'czterema tysiącami',
			'4 tys.',
			'około 4000'
		]) {
			expect(scoreNumberAnswer(losses, answer, 'pl').credit, answer).toBe(1);
		}
	});

	it('uses the declared tolerance: the accepted range of ±10 % around 11 000', () => {
		expect(acceptedRange(troops)).toEqual({ min: 9900, max: 12100 });
		expect(acceptedRange(numberFact({ tolerance: 0.25 }))).toEqual({ min: 8250, max: 13750 });
		expect(scoreNumberAnswer(numberFact({ tolerance: 0.25 }), '9000', 'pl').credit).toBe(1);
	});

	it('defaults to ±10 % when a figure is approximate without a tolerance', () => {
		expect(acceptedRange(numberFact({ tolerance: undefined }))).toEqual({ min: 9900, max: 12100 });
	});
});

describe('scoreNumberAnswer, exact figures', () => {
	it.each(['2', 'dwóch', 'dwaj', 'dwoma', 'dwa', 'dwie', 'tylko dwóch', 'dwoch'])(
		'accepts %j for captured = 2',
		(answer) => {
			expect(scoreNumberAnswer(captured, answer, 'pl')).toMatchObject({
				credit: 1,
				reason: { code: 'exact' }
			});
		}
	);

	it.each(['3', 'trzech', 'dwudziestu', '1', 'dwieście'])(
		'refuses %j for captured = 2: only the value',
		(answer) => {
			expect(scoreNumberAnswer(captured, answer, 'pl')).toMatchObject({
				credit: 0,
				reason: { code: 'wrong-number', expected: 2, approximate: false }
			});
		}
	);

	it('tells a typo from a number: "dwudzestu" is unreadable, not 2 or 20', () => {
		expect(scoreNumberAnswer(captured, 'dwudzestu', 'pl')).toMatchObject({
			credit: 0,
			verdict: 'invalid',
			reason: { code: 'not-a-number' }
		});
	});
});

describe('scoreNumberAnswer, lengths in metres', () => {
	const length = numberFact({
		id: 'ferry-length',
		value: 18,
		unit: 'metres',
		approximate: false,
		tolerance: undefined,
		evidence: 'The 18m ferry Morning Star left the quay at noon.'
	});

	it.each(['18', '18 metres', '18m', '18 m', 'eighteen metres'])(
		'accepts %j for a ferry 18m long: an "m" against digits is metres here',
		(answer) => {
			expect(scoreNumberAnswer(length, answer, 'en')).toMatchObject({ credit: 1 });
		}
	);

	it('still reads "£18m" as millions for a sum of money', () => {
		const grant = numberFact({ value: 18_000_000, unit: '£', approximate: false });
		expect(scoreNumberAnswer(grant, '£18m', 'en')).toMatchObject({ credit: 1 });
		expect(scoreNumberAnswer(grant, '18', 'en')).toMatchObject({ credit: 0 });
		expect(scoreNumberAnswer(length, '19m', 'en')).toMatchObject({ credit: 0 });
	});
});

describe('scoreNumberAnswer, proportions', () => {
	it.each([
		'połowa',
		'połowę',
		'pół',
		'1/2',
		'50%',
		'50 procent',
		'jedna druga',
		'0,5',
		'50',
		'około 45%',
		'60%'
	])('accepts %j for ½', (answer) => {
		expect(scoreNumberAnswer(share, answer, 'pl').credit).toBe(1);
	});

	it.each(['jedna trzecia', '25%', 'trzy czwarte', '0,3', '70 procent'])(
		'refuses %j for ½',
		(answer) => {
			expect(scoreNumberAnswer(share, answer, 'pl').credit).toBe(0);
		}
	);
});

describe('scoreNumberAnswer, bad input', () => {
	it('refuses empty and over-long answers with a reason, not an exception', () => {
		expect(scoreNumberAnswer(troops, '   ', 'pl')).toMatchObject({
			verdict: 'invalid',
			reason: { code: 'empty' }
		});
		expect(scoreNumberAnswer(troops, '1'.repeat(MAX_ANSWER_LENGTH + 1), 'pl')).toMatchObject({
			verdict: 'invalid',
			reason: { code: 'too-long', limit: MAX_ANSWER_LENGTH }
		});
	});

	it('never throws and keeps credit within [0, 1] for any text', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary', maxLength: 600 })),
				(answer) => {
					for (const fact of [troops, captured, share]) {
						const result = scoreNumberAnswer(fact, answer, 'pl');
						expect(result.credit).toBeGreaterThanOrEqual(0);
						expect(result.credit).toBeLessThanOrEqual(1);
					}
				}
			),
			{ numRuns: 2000 }
		);
	});

	it('reads no partial number from text past the reader limit', () => {
		expect(scoreNumberAnswer(troops, `${'żołnierzy '.repeat(20)}11000`, 'pl').reason.code).toBe(
			'not-a-number'
		);
		expect(scoreNumberAnswer(troops, `11000 ${'a'.repeat(150)}`, 'pl').credit).toBe(1);
	});
});
