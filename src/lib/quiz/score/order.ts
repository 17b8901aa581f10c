import { refused, scored, type ScoreResult } from './result';

/**
 * Ordering: the share of item pairs put in the right relative order, less the share put
 * in the wrong one (Kendall's tau, floored at 0), so that one swap of neighbours still earns
 * most of the credit while a random order earns none on average.
 */
export function scoreOrdering(keyOrder: readonly string[], response: unknown): ScoreResult {
	if (!Array.isArray(response) || response.length === 0) return refused({ code: 'empty' });
	const given = response as unknown[];
	const isPermutation =
		given.length === keyOrder.length &&
		new Set(given).size === given.length &&
		given.every((id) => typeof id === 'string' && keyOrder.includes(id));
	if (!isPermutation) return refused({ code: 'not-recognised' });
	const position = new Map(keyOrder.map((id, index) => [id, index]));
	let concordant = 0;
	let discordant = 0;
	for (let i = 0; i < given.length; i++) {
		for (let j = i + 1; j < given.length; j++) {
			const a = position.get(given[i] as string) ?? 0;
			const b = position.get(given[j] as string) ?? 0;
			if (a < b) concordant++;
			else discordant++;
		}
	}
	const pairs = concordant + discordant;
	const normalized = (given as string[]).join('>');
	if (discordant === 0) return scored(1, { code: 'exact' }, normalized);
	if (concordant === 0) return scored(0, { code: 'all-wrong', total: pairs }, normalized);
	return scored(
		(concordant - discordant) / pairs,
		{ code: 'partly-right', right: concordant, total: pairs, wrong: discordant },
		normalized
	);
}
