import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/**
 * How guessable a new password is, by zxcvbn (the maintained TypeScript port): it knows the
 * common passwords (the bundled list, no network), keyboard rows, repeats, sequences and dates,
 * and the account's own email and name. Its reason codes become words in the UI's language.
 */

/** zxcvbn's 0–4 score a password needs: 3 is "safely unguessable" against online guessing. */
export const PASSWORD_MIN_SCORE = 3;

export type WeakPasswordReason = 'repeats' | 'common' | 'keyboard' | 'sequence' | 'date' | 'word';

const REASONS: Record<string, WeakPasswordReason> = {
	simpleRepeat: 'repeats',
	extendedRepeat: 'repeats',
	topTen: 'common',
	topHundred: 'common',
	common: 'common',
	similarToCommon: 'common',
	pwned: 'common',
	straightRow: 'keyboard',
	keyPattern: 'keyboard',
	sequences: 'sequence',
	recentYears: 'date',
	dates: 'date',
	wordByItself: 'word',
	namesByThemselves: 'word',
	commonNames: 'word',
	userInputs: 'word'
};

let checker: ZxcvbnFactory | undefined;

/** Null when the password is strong enough, else the reason it is not ('guessable' in general). */
export function weakPasswordReason(
	password: string,
	userInputs: string[]
): WeakPasswordReason | 'guessable' | null {
	// Built on first use: the dictionaries take a few milliseconds to index.
	checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
	const result = checker.check(password, userInputs);
	if (result.score >= PASSWORD_MIN_SCORE) return null;
	return REASONS[result.feedback.warning ?? ''] ?? 'guessable';
}
