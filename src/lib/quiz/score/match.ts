import { refused, scored, type ScoreResult } from './result';

/** Matching: each item paired with its choice earns an equal share; unanswered items earn nothing. */
export function scoreMatching(
	keyPairs: Readonly<Record<string, string>>,
	choiceIds: readonly string[],
	response: unknown
): ScoreResult {
	if (!response || typeof response !== 'object' || Array.isArray(response))
		return refused({ code: 'empty' });
	const given = response as Record<string, unknown>;
	const items = Object.keys(keyPairs);
	const answered = Object.entries(given).filter(
		([, choice]) => choice !== '' && choice !== undefined
	);
	if (answered.length === 0) return refused({ code: 'empty' });
	if (
		!answered.every(
			([item, choice]) =>
				item in keyPairs && typeof choice === 'string' && choiceIds.includes(choice)
		)
	) {
		return refused({ code: 'not-recognised' });
	}
	let right = 0;
	for (const item of items) if (given[item] === keyPairs[item]) right++;
	const wrong = answered.length - right;
	const normalized = items
		.map((item) => `${item}=${typeof given[item] === 'string' ? given[item] : ''}`)
		.join(',');
	if (right === items.length) return scored(1, { code: 'exact' }, normalized);
	if (right === 0) return scored(0, { code: 'all-wrong', total: items.length }, normalized);
	return scored(
		right / items.length,
		{ code: 'partly-right', right, total: items.length, wrong },
		normalized
	);
}
