import { scored, refused, type ScoreResult } from './result';

/** Single choice and true/false: the chosen id is the key or it is not. */
export function scoreSingleChoice(
	keyId: string,
	choiceIds: readonly string[],
	response: unknown
): ScoreResult {
	if (typeof response !== 'string' || response === '') return refused({ code: 'empty' });
	if (!choiceIds.includes(response)) return refused({ code: 'not-recognised' });
	return response === keyId
		? scored(1, { code: 'exact' }, response)
		: scored(0, { code: 'wrong-choice' }, response);
}

/**
 * Multiple response: each right option earns its share, each wrong one takes a share away,
 * so ticking everything earns nothing.
 */
export function scoreMultipleResponse(
	keyIds: readonly string[],
	choiceIds: readonly string[],
	response: unknown
): ScoreResult {
	const picked = Array.isArray(response)
		? response
		: typeof response === 'string'
			? [response]
			: null;
	if (!picked || picked.length === 0) return refused({ code: 'empty' });
	if (!picked.every((id): id is string => typeof id === 'string' && choiceIds.includes(id))) {
		return refused({ code: 'not-recognised' });
	}
	const chosen = new Set(picked);
	let right = 0;
	let wrong = 0;
	for (const id of chosen) {
		if (keyIds.includes(id)) right++;
		else wrong++;
	}
	return setCredit(right, wrong, keyIds.length, [...chosen].sort().join('+'));
}

/** Shared by multiple response and typed entity sets: (right − wrong) / total, never below 0. */
export function setCredit(
	right: number,
	wrong: number,
	total: number,
	normalized: string
): ScoreResult {
	if (right === total && wrong === 0) return scored(1, { code: 'exact' }, normalized);
	if (right === 0) return scored(0, { code: 'all-wrong', total }, normalized);
	return scored((right - wrong) / total, { code: 'partly-right', right, total, wrong }, normalized);
}
