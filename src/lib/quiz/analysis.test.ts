import { describe, expect, it } from 'vitest';
import {
	analyseAttempts,
	displayRawResponse,
	itemKeyOf,
	MAX_COMMON_WRONG_ANSWERS,
	pearsonCorrelation,
	summariseResults,
	type AnalysedAnswer,
	type ItemAnalysis,
	type SubmittedAttempt
} from './analysis';

function answer(
	questionKey: string,
	credit: number,
	overrides: Partial<AnalysedAnswer> = {}
): AnalysedAnswer {
	return {
		questionKey,
		credit,
		normalized: credit >= 1 ? 'key' : 'wrong',
		response: 'typed',
		...overrides
	};
}

/** One attempt per row of a credit matrix: `{ q1: 1, q2: 0.5 }`. */
function attempt(studentLabel: string, credits: Record<string, number>): SubmittedAttempt {
	return {
		attemptId: `attempt-${studentLabel}`,
		studentLabel,
		answers: Object.entries(credits).map(([questionKey, credit]) => answer(questionKey, credit))
	};
}

function item(analysis: { items: ItemAnalysis[] }, questionKey: string): ItemAnalysis {
	const found = analysis.items.find((candidate) => candidate.questionKey === questionKey);
	if (found === undefined) throw new Error(`no item ${questionKey}`);
	return found;
}

/**
 * Worked by hand: each item's credit against the student's credit on the other two.
 *
 *          q1   q2   q3 | total | rest q1  rest q2  rest q3
 *   Ala     1    1    1 |   3   |   2        2        2
 *   Bartek  1   0.5   0 |  1.5  |  0.5       1       1.5
 *   Celina  0    1    0 |   1   |   1        0        1
 *   Darek   0    0    1 |   1   |   1        1        0
 *
 * q1: deviations x (.5, .5, -.5, -.5), rest (.875, -.625, -.125, -.125):
 *     Σxy = .25, Σx² = 1, Σy² = 1.1875 = 19/16, so r = .25 / √(19/16) = 1/√19.
 * q2: x (.375, -.125, .375, -.625), rest (1, 0, -1, 0): Σxy = 0, so r = 0.
 * q3: x (.5, -.5, -.5, .5), rest (.875, .375, -.125, -1.125):
 *     Σxy = -.25, Σx² = 1, Σy² = 2.1875 = 35/16, so r = -1/√35.
 * (Spreadsheet check: =CORREL(B2:B5, F2:F5) and so on.)
 */
const classOfFour = [
	attempt('Ala', { q1: 1, q2: 1, q3: 1 }),
	attempt('Bartek', { q1: 1, q2: 0.5, q3: 0 }),
	attempt('Celina', { q1: 0, q2: 1, q3: 0 }),
	attempt('Darek', { q1: 0, q2: 0, q3: 1 })
];

describe('itemKeyOf', () => {
	it.each([
		[{ type: 'numeric', factIds: ['troops-sent'] }, 'numeric:troops-sent'],
		[
			{ type: 'matching', factIds: ['troops-sent', 'troops-killed'] },
			'matching:troops-sent+troops-killed'
		],
		[{ type: 'true-false', factIds: [] }, 'true-false:']
	] as const)('%j → %s', (question, expected) => {
		expect(itemKeyOf({ type: question.type, factIds: [...question.factIds] })).toBe(expected);
	});
});

describe('analyseAttempts: a class of four, three items', () => {
	const analysis = analyseAttempts(classOfFour);

	it.each([
		['q1', 4, 0.5, 1 / Math.sqrt(19)],
		['q2', 4, 0.625, 0],
		['q3', 4, 0.5, -1 / Math.sqrt(35)]
	])('%s: n %i, facility %f, discrimination %f', (questionKey, n, facility, discrimination) => {
		const analysed = item(analysis, questionKey);
		expect(analysed.n).toBe(n);
		expect(analysed.facility).toBeCloseTo(facility, 12);
		expect(analysed.discrimination).toBeCloseTo(discrimination, 12);
	});

	it('keeps the items in the order they first appear', () => {
		expect(analysis.items.map((analysed) => analysed.questionKey)).toEqual(['q1', 'q2', 'q3']);
	});

	it.each([
		['Ala', 3, 100],
		['Bartek', 1.5, 50],
		['Celina', 1, 100 / 3],
		['Darek', 1, 100 / 3]
	])('%s: %f of 3, a percentage of %f', (studentLabel, credit, percentage) => {
		const student = analysis.students.find((result) => result.studentLabel === studentLabel);
		expect(student).toMatchObject({ attemptId: `attempt-${studentLabel}`, max: 3, credit });
		expect(student?.percentage).toBeCloseTo(percentage, 12);
	});

	it('summarises the class', () => {
		const { summary } = analysis;
		expect(summary.attempts).toBe(4);
		expect(summary.mean).toBeCloseTo((100 + 50 + 100 / 3 + 100 / 3) / 4, 12);
		expect(summary.median).toBeCloseTo((100 / 3 + 50) / 2, 12);
		expect(summary.min).toBeCloseTo(100 / 3, 12);
		expect(summary.max).toBe(100);
		expect(summary.distribution.map((bin) => bin.count)).toEqual([0, 0, 0, 2, 0, 1, 0, 0, 0, 1]);
	});
});

describe('analyseAttempts: discrimination', () => {
	it.each<[string, SubmittedAttempt[], string, number | null]>([
		['no attempts have the item', [], 'q1', null],
		['one student', [attempt('Ala', { q1: 1, q2: 0 })], 'q1', null],
		[
			'everyone got the same credit on the item',
			[
				attempt('Ala', { q1: 1, q2: 1 }),
				attempt('Bartek', { q1: 1, q2: 0 }),
				attempt('Celina', { q1: 1, q2: 0 })
			],
			'q1',
			null
		],
		[
			'everyone got 0.1, which sums with rounding noise',
			[
				attempt('Ala', { q1: 0.1, q2: 1 }),
				attempt('Bartek', { q1: 0.1, q2: 0 }),
				attempt('Celina', { q1: 0.1, q2: 0.5 })
			],
			'q1',
			null
		],
		[
			'the rest of the score has no spread',
			[
				attempt('Ala', { q1: 1, q2: 1 }),
				attempt('Bartek', { q1: 0, q2: 1 }),
				attempt('Celina', { q1: 0.5, q2: 1 })
			],
			'q1',
			null
		],
		[
			'the item agrees with the rest',
			[attempt('Ala', { q1: 1, q2: 1 }), attempt('Bartek', { q1: 0, q2: 0 })],
			'q1',
			1
		],
		[
			'the item goes against the rest',
			[attempt('Ala', { q1: 0, q2: 1 }), attempt('Bartek', { q1: 1, q2: 0 })],
			'q1',
			-1
		],
		// Each student's rest is their own other items: x (1, 0, 1), rest (1, 1, 0);
		// deviations (1/3, -2/3, 1/3) and (1/3, 1/3, -2/3): Σxy = -1/3, Σx² = Σy² = 2/3, r = -1/2.
		[
			'students got different items (a seed each)',
			[
				attempt('Ala', { a: 1, b: 1 }),
				attempt('Bartek', { a: 0, c: 1 }),
				attempt('Celina', { a: 1, b: 0, c: 0 })
			],
			'a',
			-0.5
		],
		[
			'only two students got the item and their rest is equal',
			[
				attempt('Ala', { a: 1, b: 1 }),
				attempt('Bartek', { a: 0, c: 1 }),
				attempt('Celina', { a: 1, b: 0, c: 0 })
			],
			'b',
			null
		]
	])('%s', (_, attempts, questionKey, expected) => {
		const analysed = analyseAttempts(attempts).items.find((i) => i.questionKey === questionKey);
		if (expected === null) expect(analysed?.discrimination ?? null).toBeNull();
		else expect(analysed?.discrimination).toBeCloseTo(expected, 12);
	});

	it('counts a student whose quiz held the item twice once, at their mean credit', () => {
		const twice: SubmittedAttempt = {
			attemptId: 'attempt-Ala',
			studentLabel: 'Ala',
			answers: [answer('q1', 1), answer('q1', 0), answer('q2', 1)]
		};
		const analysis = analyseAttempts([twice, attempt('Bartek', { q1: 0, q2: 0 })]);
		// Observations (0.5, rest 1) and (0, rest 0): a perfect correlation.
		expect(item(analysis, 'q1')).toMatchObject({ n: 3, discrimination: 1 });
		expect(item(analysis, 'q1').facility).toBeCloseTo(1 / 3, 12);
		expect(analysis.students[0]).toMatchObject({ credit: 2, max: 3 });
	});
});

describe('pearsonCorrelation', () => {
	it.each<[string, [number, number][], number | null]>([
		['no pairs', [], null],
		['one pair', [[1, 2]], null],
		[
			'a straight line up',
			[
				[0, 1],
				[1, 3],
				[2, 5]
			],
			1
		],
		[
			'a straight line down',
			[
				[0, 5],
				[1, 3],
				[2, 1]
			],
			-1
		],
		// Means 2/3 and 1: Σxy = 1, Σx² = 2/3, Σy² = 2, r = 1 / √(4/3) = √3/2.
		[
			'three students, spreadsheet CORREL',
			[
				[1, 2],
				[0, 1],
				[0, 0]
			],
			Math.sqrt(3) / 2
		],
		[
			'x has no spread',
			[
				[1, 0],
				[1, 5]
			],
			null
		]
	])('%s', (_, pairs, expected) => {
		const r = pearsonCorrelation(pairs);
		if (expected === null) expect(r).toBeNull();
		else expect(r).toBeCloseTo(expected, 12);
	});
});

describe('analyseAttempts: common wrong answers', () => {
	function oneItemClass(answers: AnalysedAnswer[]): ItemAnalysis {
		const attempts = answers.map((given, index) => ({
			attemptId: `attempt-${index}`,
			studentLabel: `Student ${index}`,
			answers: [given]
		}));
		return item(analyseAttempts(attempts), 'troops');
	}

	it('groups by normalised value, falls back to the raw response, pools the unanswered', () => {
		const analysed = oneItemClass([
			answer('troops', 1, { normalized: '11000', response: '11 tys.' }),
			answer('troops', 0, { normalized: '1000', response: '1000' }),
			answer('troops', 0, { normalized: '1000', response: 'tysiąc' }),
			answer('troops', 0, { normalized: '1000', response: '1 000' }),
			answer('troops', 0.5, { normalized: '10000', response: '10 tys.' }),
			answer('troops', 0, { normalized: null, response: '  Nie   WIEM ' }),
			answer('troops', 0, { normalized: null, response: 'nie wiem' }),
			answer('troops', 0, { normalized: null, response: '' }),
			answer('troops', 0, { normalized: null, response: null }),
			answer('troops', 0, { normalized: null, response: ' \n ' })
		]);
		expect(analysed.n).toBe(10);
		expect(analysed.commonWrongAnswers).toEqual([
			{ value: '1000', count: 3, share: 0.3 },
			{ value: null, count: 3, share: 0.3 },
			{ value: 'nie wiem', count: 2, share: 0.2 },
			{ value: '10000', count: 1, share: 0.1 }
		]);
	});

	it(`keeps the ${MAX_COMMON_WRONG_ANSWERS} most common, equal counts in code-point order`, () => {
		const analysed = oneItemClass(
			['b', 'a', 'z', 'c', 'e', 'z', 'd', 'f', 'Z'].map((normalized) =>
				answer('troops', 0, { normalized })
			)
		);
		expect(analysed.commonWrongAnswers.map((group) => [group.value, group.count])).toEqual([
			['z', 2],
			['Z', 1],
			['a', 1],
			['b', 1],
			['c', 1]
		]);
	});

	it('has none when everyone was right', () => {
		expect(oneItemClass([answer('troops', 1), answer('troops', 1)]).commonWrongAnswers).toEqual([]);
	});
});

describe('displayRawResponse', () => {
	it.each<[unknown, string | null]>([
		['  Obwód   KURSKI\n', 'obwód kurski'],
		['\t1\u00a0000 ', '1 000'],
		[1000, '1000'],
		[true, 'true'],
		[['c', 'A', 'b'], 'c, a, b'],
		[{ 'troops-sent': 'B', 'troops-killed': 'a' }, 'troops-killed: a, troops-sent: b'],
		['', null],
		['   ', null],
		[[], null],
		[{}, null],
		[null, null],
		[undefined, null]
	])('%j → %j', (response, expected) => {
		expect(displayRawResponse(response)).toBe(expected);
	});
});

describe('analyseAttempts: edge cases', () => {
	it('no attempts: no items, no students, an empty chart with all its bins', () => {
		const analysis = analyseAttempts([]);
		expect(analysis.items).toEqual([]);
		expect(analysis.students).toEqual([]);
		expect(analysis.summary).toMatchObject({
			attempts: 0,
			mean: null,
			median: null,
			min: null,
			max: null
		});
		expect(analysis.summary.distribution).toHaveLength(10);
		expect(analysis.summary.distribution[0]).toEqual({ from: 0, to: 10, count: 0 });
		expect(analysis.summary.distribution[9]).toEqual({ from: 90, to: 100, count: 0 });
	});

	it('one student: figures but no discrimination', () => {
		const analysis = analyseAttempts([attempt('Ala', { q1: 1, q2: 0.5 })]);
		expect(analysis.items).toEqual([
			{ questionKey: 'q1', n: 1, facility: 1, discrimination: null, commonWrongAnswers: [] },
			{
				questionKey: 'q2',
				n: 1,
				facility: 0.5,
				discrimination: null,
				commonWrongAnswers: [{ value: 'wrong', count: 1, share: 1 }]
			}
		]);
		expect(analysis.summary).toMatchObject({ attempts: 1, mean: 75, median: 75, min: 75, max: 75 });
	});

	it('an attempt with no answers scores 0 of 0 as 0 %', () => {
		const empty = { attemptId: 'attempt-Ala', studentLabel: 'Ala', answers: [] };
		expect(analyseAttempts([empty]).students).toEqual([
			{ attemptId: 'attempt-Ala', studentLabel: 'Ala', credit: 0, max: 0, percentage: 0 }
		]);
	});

	it('credits 0.1 + 0.7 + 1 of 3 make 59.99999999999999 % and land in 60–70, not 50–60', () => {
		const analysis = analyseAttempts([attempt('Ala', { q1: 0.1, q2: 0.7, q3: 1 })]);
		expect(analysis.students[0]?.percentage).toBeCloseTo(60, 12);
		expect(analysis.summary.distribution[6]?.count).toBe(1);
	});
});

describe('summariseResults', () => {
	it.each<[number[], { mean: number; median: number; min: number; max: number }]>([
		[[50], { mean: 50, median: 50, min: 50, max: 50 }],
		[[100, 0], { mean: 50, median: 50, min: 0, max: 100 }],
		[[10, 90, 20], { mean: 40, median: 20, min: 10, max: 90 }],
		[[40, 10, 30, 20], { mean: 25, median: 25, min: 10, max: 40 }]
	])('%j → %j', (percentages, expected) => {
		expect(summariseResults(percentages)).toMatchObject({
			attempts: percentages.length,
			...expected
		});
	});

	it.each([
		[0, 0],
		[9.99, 0],
		[10, 1],
		[59.99999999999999, 6],
		[89.5, 8],
		[90, 9],
		[100, 9]
	])('a percentage of %f goes in bin %i', (percentage, bin) => {
		const counts = summariseResults([percentage]).distribution.map((b) => b.count);
		expect(counts.indexOf(1)).toBe(bin);
		expect(counts.reduce((a, b) => a + b)).toBe(1);
	});
});
