/**
 * Bounded edit distance for forgiving typos: Damerau–Levenshtein in its optimal string
 * alignment form (insertions, deletions, substitutions and swaps of adjacent letters, each
 * costing 1), computed only inside a diagonal band of width 2·max + 1.
 */

/** Rows reused across calls: the scorers call this in their inner loop. */
let rows: [Int32Array, Int32Array, Int32Array] = [
	new Int32Array(32),
	new Int32Array(32),
	new Int32Array(32)
];

function rowsFor(length: number): [Int32Array, Int32Array, Int32Array] {
	if (rows[0].length < length) {
		const size = Math.max(length, rows[0].length * 2);
		rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
	}
	return rows;
}

/**
 * Whether `a` can be turned into `b` with at most `max` edits. O(min(|a|, |b|) · max) time:
 * strings whose lengths differ by more than `max` are rejected at once, the common prefix
 * and suffix are skipped, and a row whose every cell exceeds `max` ends the search.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
	if (a === b) return true;
	const limit = Math.floor(max);
	if (!(limit >= 1)) return false;
	if (Math.abs(a.length - b.length) > limit) return false;

	let start = 0;
	let endA = a.length;
	let endB = b.length;
	while (start < endA && start < endB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
	while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
		endA--;
		endB--;
	}
	const n = endA - start;
	const m = endB - start;
	if (n === 0 || m === 0) return n + m <= limit;
	if (limit === 1) {
		// With the common ends cut off, one edit leaves one letter against one, or a swap.
		if (n === 1 && m === 1) return true;
		return (
			n === 2 &&
			m === 2 &&
			a.charCodeAt(start) === b.charCodeAt(start + 1) &&
			a.charCodeAt(start + 1) === b.charCodeAt(start)
		);
	}

	const beyond = limit + 1;
	let [twoBack, previous, current] = rowsFor(m + 2);
	for (let j = 0; j <= m; j++) previous[j] = j <= limit ? j : beyond;

	for (let i = 1; i <= n; i++) {
		const low = Math.max(1, i - limit);
		const high = Math.min(m, i + limit);
		current[low - 1] = low === 1 ? Math.min(i, beyond) : beyond;
		const charA = a.charCodeAt(start + i - 1);
		const previousCharA = i > 1 ? a.charCodeAt(start + i - 2) : -1;
		let rowMin = current[low - 1] as number;
		for (let j = low; j <= high; j++) {
			const charB = b.charCodeAt(start + j - 1);
			const cost = charA === charB ? 0 : 1;
			let cell = Math.min(
				(previous[j] as number) + 1,
				(current[j - 1] as number) + 1,
				(previous[j - 1] as number) + cost
			);
			if (
				cost === 1 &&
				i > 1 &&
				j > 1 &&
				charA === b.charCodeAt(start + j - 2) &&
				previousCharA === charB
			) {
				cell = Math.min(cell, (twoBack[j - 2] as number) + 1);
			}
			current[j] = cell;
			if (cell < rowMin) rowMin = cell;
		}
		if (high < m) current[high + 1] = beyond;
		if (rowMin > limit) return false;
		[twoBack, previous, current] = [previous, current, twoBack];
	}
	return (previous[m] as number) <= limit;
}

const HAS_DIGIT = /\d/;

/**
 * How many typos a word of the key forgives. Short words forgive none: one edit turns
 * "Kim" into "Kima" and "lęk" into "lek"; long words forgive two. Words with digits forgive
 * none, because "2024" and "2025" are different answers, not a typo.
 */
export function typoAllowance(word: string): number {
	if (HAS_DIGIT.test(word)) return 0;
	if (word.length < 5) return 0;
	if (word.length < 9) return 1;
	return 2;
}
