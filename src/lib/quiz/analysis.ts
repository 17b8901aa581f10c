/**
 * Item analysis of a class assignment: how hard each item was, whether it separates the
 * students who know the module from those who do not, which wrong answers were common, and
 * how the class scored. Pure arithmetic over submitted attempts, so the results page, the
 * CLI and the exports all tell the same numbers.
 */
import type { QuestionWithKey } from './question';

/** One scored answer of a submitted attempt. */
export interface AnalysedAnswer {
	/** Names the same item across students: `itemKeyOf(question)` when seeds differ. */
	questionKey: string;
	/** 0..1 */
	credit: number;
	/** `ScoreResult.normalized`: the answer as the scorer understood it, null when unreadable. */
	normalized: string | null;
	/** What the student sent, shown when the scorer could not read it ("nie wiem"). */
	response: unknown;
}

export interface SubmittedAttempt {
	attemptId: string;
	studentLabel: string;
	answers: readonly AnalysedAnswer[];
}

export interface WrongAnswerGroup {
	/** The normalised answer; null for the students who left the item unanswered. */
	value: string | null;
	count: number;
	/**
	 * Of all answers to the item, not only the wrong ones, so it reads beside facility:
	 * "1000" given by 40 % of the class.
	 */
	share: number;
}

export interface ItemAnalysis {
	questionKey: string;
	/** Answers to the item. */
	n: number;
	/** Mean credit, 0..1: high is easy. */
	facility: number;
	/**
	 * Corrected item-total correlation: Pearson's r between the item's credit and the
	 * student's credit on the other items. Null when it is undefined: fewer than two
	 * students, or no spread in either.
	 */
	discrimination: number | null;
	/** At most `MAX_COMMON_WRONG_ANSWERS`, most common first. */
	commonWrongAnswers: WrongAnswerGroup[];
}

export interface StudentResult {
	attemptId: string;
	studentLabel: string;
	credit: number;
	/** Every answer is worth one credit. */
	max: number;
	/** 0..100; 0 when there was nothing to score. */
	percentage: number;
}

export interface ScoreBin {
	/** Percentage, inclusive. */
	from: number;
	/** Percentage, exclusive, except that the last bin holds 100 as well. */
	to: number;
	count: number;
}

export interface ResultsSummary {
	attempts: number;
	/** Percentages; null when no attempt has been submitted. */
	mean: number | null;
	median: number | null;
	min: number | null;
	max: number | null;
	/** Ten bins of 10 %, always all of them, so a chart keeps its axis for an empty class. */
	distribution: ScoreBin[];
}

export interface AssignmentAnalysis {
	/** In the order the items first appear in the attempts. */
	items: ItemAnalysis[];
	/** In the order of the attempts. */
	students: StudentResult[];
	summary: ResultsSummary;
}

export const MAX_COMMON_WRONG_ANSWERS = 5;
const BIN_WIDTH = 10;
const BIN_COUNT = 100 / BIN_WIDTH;
/**
 * Sums of credits such as 0.1 + 0.2 carry rounding noise; a spread smaller than this is
 * no spread, or an item everyone got 0.1 on would get a correlation made of noise.
 */
const NO_SPREAD = 1e-9;

/**
 * Identifies "the same item" when every student gets their own seed: the question ids
 * differ, but the type and the facts asked about do not.
 */
export function itemKeyOf(question: Pick<QuestionWithKey, 'type' | 'factIds'>): string {
	return `${question.type}:${question.factIds.join('+')}`;
}

export function analyseAttempts(attempts: readonly SubmittedAttempt[]): AssignmentAnalysis {
	const students = attempts.map(studentResultOf);
	return {
		items: analyseItems(attempts),
		students,
		summary: summariseResults(students.map((student) => student.percentage))
	};
}

function studentResultOf(attempt: SubmittedAttempt): StudentResult {
	const credit = totalCreditOf(attempt.answers);
	const max = attempt.answers.length;
	return {
		attemptId: attempt.attemptId,
		studentLabel: attempt.studentLabel,
		credit,
		max,
		percentage: max === 0 ? 0 : (100 * credit) / max
	};
}

/** What is known of one item while the attempts are read, in one pass. */
interface ItemTally {
	questionKey: string;
	answers: AnalysedAnswer[];
	/** One (item credit, credit on the other items) pair per student. */
	observations: [number, number][];
	/** The attempt being read: its credit and answers on the item. */
	attemptCredit: number;
	attemptAnswers: number;
}

function analyseItems(attempts: readonly SubmittedAttempt[]): ItemAnalysis[] {
	// One pass, no per-attempt maps: the results page analyses 1,000 attempts × 20 items.
	const tallies = new Map<string, ItemTally>();
	const touched: ItemTally[] = [];
	for (const attempt of attempts) {
		const total = totalCreditOf(attempt.answers);
		for (const answer of attempt.answers) {
			let tally = tallies.get(answer.questionKey);
			if (tally === undefined) {
				tally = {
					questionKey: answer.questionKey,
					answers: [],
					observations: [],
					attemptCredit: 0,
					attemptAnswers: 0
				};
				tallies.set(answer.questionKey, tally);
			}
			if (tally.attemptAnswers === 0) touched.push(tally);
			tally.attemptCredit += answer.credit;
			tally.attemptAnswers += 1;
			tally.answers.push(answer);
		}
		for (const tally of touched) {
			// One observation per student, so a student whose quiz held the item twice does
			// not weigh twice in the correlation.
			tally.observations.push([
				tally.attemptCredit / tally.attemptAnswers,
				total - tally.attemptCredit
			]);
			tally.attemptCredit = 0;
			tally.attemptAnswers = 0;
		}
		touched.length = 0;
	}
	return [...tallies.values()].map((tally) => ({
		questionKey: tally.questionKey,
		n: tally.answers.length,
		facility: totalCreditOf(tally.answers) / tally.answers.length,
		discrimination: pearsonCorrelation(tally.observations),
		commonWrongAnswers: commonWrongAnswers(tally.answers)
	}));
}

/** Pearson's r of (x, y) pairs, or null when it is undefined (fewer than two pairs, or no spread). */
export function pearsonCorrelation(pairs: readonly (readonly [number, number])[]): number | null {
	if (pairs.length < 2) return null;
	let sumX = 0;
	let sumY = 0;
	for (const [x, y] of pairs) {
		sumX += x;
		sumY += y;
	}
	const meanX = sumX / pairs.length;
	const meanY = sumY / pairs.length;
	let sumXY = 0;
	let sumXX = 0;
	let sumYY = 0;
	for (const [x, y] of pairs) {
		const dx = x - meanX;
		const dy = y - meanY;
		sumXY += dx * dy;
		sumXX += dx * dx;
		sumYY += dy * dy;
	}
	if (sumXX < NO_SPREAD || sumYY < NO_SPREAD) return null;
	// Rounding can push a perfect correlation a hair past ±1.
	return Math.min(1, Math.max(-1, sumXY / Math.sqrt(sumXX * sumYY)));
}

function commonWrongAnswers(answers: readonly AnalysedAnswer[]): WrongAnswerGroup[] {
	const counts = new Map<string | null, number>();
	for (const answer of answers) {
		if (answer.credit >= 1) continue;
		const value = wrongAnswerValue(answer);
		counts.set(value, (counts.get(value) ?? 0) + 1);
	}
	return [...counts]
		.map(([value, count]) => ({ value, count, share: count / answers.length }))
		.sort((a, b) => b.count - a.count || compareValues(a.value, b.value))
		.slice(0, MAX_COMMON_WRONG_ANSWERS);
}

/** Null means unanswered. */
function wrongAnswerValue(answer: AnalysedAnswer): string | null {
	if (answer.normalized !== null && answer.normalized.trim() !== '') return answer.normalized;
	return displayRawResponse(answer.response);
}

/**
 * The raw response as one line, for answers the scorer could not read ("Nie  wiem" and
 * "nie wiem" are one group); null when there is nothing in it.
 */
export function displayRawResponse(response: unknown): string | null {
	let text: string;
	if (typeof response === 'string') text = response;
	else if (typeof response === 'number' || typeof response === 'boolean') text = String(response);
	else if (Array.isArray(response)) text = response.map(String).join(', ');
	else if (response !== null && typeof response === 'object')
		text = Object.entries(response)
			.sort(([a], [b]) => compareValues(a, b))
			.map(([key, value]) => `${key}: ${String(value)}`)
			.join(', ');
	else return null;
	const display = text.trim().replace(/\s+/g, ' ').toLowerCase();
	return display === '' ? null : display;
}

/** Code-point order, so the order is the same on every server whatever its locale; unanswered last. */
function compareValues(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? -1 : 1;
}

export function summariseResults(percentages: readonly number[]): ResultsSummary {
	const counts = Array.from({ length: BIN_COUNT }, () => 0);
	for (const percentage of percentages) {
		const index = binIndexOf(percentage);
		counts[index] = (counts[index] ?? 0) + 1;
	}
	const distribution = counts.map((count, index) => ({
		from: index * BIN_WIDTH,
		to: (index + 1) * BIN_WIDTH,
		count
	}));
	const sorted = [...percentages].sort((a, b) => a - b);
	const lowest = sorted[0];
	const highest = sorted[sorted.length - 1];
	if (lowest === undefined || highest === undefined)
		return { attempts: 0, mean: null, median: null, min: null, max: null, distribution };
	return {
		attempts: sorted.length,
		mean: sorted.reduce((total, percentage) => total + percentage, 0) / sorted.length,
		median: medianOfSorted(sorted),
		min: lowest,
		max: highest,
		distribution
	};
}

function medianOfSorted(sorted: readonly number[]): number | null {
	// The same element twice when the count is odd; halving a doubled number is exact.
	const lower = sorted[Math.ceil(sorted.length / 2) - 1];
	const upper = sorted[Math.floor(sorted.length / 2)];
	if (lower === undefined || upper === undefined) return null;
	return (lower + upper) / 2;
}

function binIndexOf(percentage: number): number {
	// Rounded first: credits 0.1 + 0.7 + 1 of 3 come to 59.99999999999999 %, which is 60 %.
	const rounded = Math.round(percentage * 1e6) / 1e6;
	return Math.min(BIN_COUNT - 1, Math.max(0, Math.floor(rounded / BIN_WIDTH)));
}

function totalCreditOf(answers: readonly AnalysedAnswer[]): number {
	let total = 0;
	for (const answer of answers) total += answer.credit;
	return total;
}
