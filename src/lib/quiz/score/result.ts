/**
 * What every scorer returns. The reason is a code with parameters rather than a sentence,
 * so the same result can be told in the UI's language (see `feedback.ts`).
 */
export type Verdict = 'correct' | 'partial' | 'incorrect' | 'invalid';

export type ScoreReason =
	/** The answer is the key (after normalisation: "11 tys." for 11 000). */
	| { code: 'exact' }
	/** An approximate figure within the fact's tolerance. */
	| { code: 'within-tolerance'; given: number; expected: number }
	/** A number, but not close enough (or not the exact figure the article gives). */
	| { code: 'wrong-number'; given: number; expected: number; approximate: boolean }
	/** Text that could not be read as a number. */
	| { code: 'not-a-number' }
	| { code: 'empty' }
	| { code: 'too-long'; limit: number }
	/** A choice question: the chosen option is not the key. */
	| { code: 'wrong-choice' }
	/** Sets, multiple response, ordering, matching: how much was right. */
	| { code: 'partly-right'; right: number; total: number; wrong: number }
	| { code: 'all-wrong'; total: number }
	/** Dates. */
	| { code: 'wrong-date'; part: 'year' | 'season' | 'month' | 'day' | 'unreadable' }
	/** Free text: which of the fact's ideas the answer contains. */
	| { code: 'concepts'; found: number; total: number }
	/** An entity answer that names another entity of the article (Putin for Kim). */
	| { code: 'other-entity'; given: string }
	| { code: 'not-recognised' };

export interface ScoreResult {
	/** 0..1 */
	credit: number;
	verdict: Verdict;
	reason: ScoreReason;
	/**
	 * The answer as the scorer understood it ("11000", "north-korea", "2024-autumn"), so that
	 * results can group equal wrong answers; null when nothing could be read.
	 */
	normalized: string | null;
}

/** Longest answer a scorer reads; longer ones are refused with `too-long`, never parsed. */
export const MAX_ANSWER_LENGTH = 500;

export function verdictFor(credit: number): Verdict {
	if (credit >= 1) return 'correct';
	if (credit <= 0) return 'incorrect';
	return 'partial';
}

export function scored(
	credit: number,
	reason: ScoreReason,
	normalized: string | null
): ScoreResult {
	const bounded = Math.min(1, Math.max(0, credit));
	return { credit: bounded, verdict: verdictFor(bounded), reason, normalized };
}

export function refused(reason: ScoreReason): ScoreResult {
	return { credit: 0, verdict: 'invalid', reason, normalized: null };
}

/** The checks every typed answer goes through before a scorer reads it. */
export function refuseUnreadable(answer: string): ScoreResult | null {
	if (answer.length > MAX_ANSWER_LENGTH)
		return refused({ code: 'too-long', limit: MAX_ANSWER_LENGTH });
	if (answer.trim() === '') return refused({ code: 'empty' });
	return null;
}
