/**
 * How many times longer `run` takes on an input `factor` times as large: the least of a few
 * tries on each, so that a busy machine's pauses weigh as little as they can. Linear work grows
 * about `factor`-fold, quadratic work (catastrophic backtracking, a scan inside a scan) about
 * `factor`²-fold. Tests assert this growth rather than a time, which a loaded machine breaks.
 */
export function growthOf<T>(
	make: (scale: number) => T,
	run: (input: T) => unknown,
	factor = 8,
	tries = 5
): number {
	const small = make(1);
	const large = make(factor);
	const fastest = (input: T) => {
		let best = Number.POSITIVE_INFINITY;
		for (let attempt = 0; attempt < tries; attempt++) {
			const started = performance.now();
			run(input);
			best = Math.min(best, performance.now() - started);
		}
		return best;
	};
	run(small); // warm-up: compiled code, filled caches
	const measure = () => {
		const smallMs = fastest(small);
		const largeMs = fastest(large);
		// Below a tenth of a millisecond the timer's grain is the figure, not the work.
		return largeMs / Math.max(smallMs, 0.1);
	};
	// A busy machine's pauses inflate the figure; quadratic work stays far above the limit however
	// often it is measured, so a high figure is measured again, up to twice, and the lowest kept.
	let growth = measure();
	for (let round = 0; round < 2 && growth > factor * 2; round++) {
		growth = Math.min(growth, measure());
	}
	return growth;
}

/**
 * Growth a linear routine stays under for an input `factor` times as large: three times the
 * factor leaves room for a noisy machine, and quadratic work (64 for the default eightfold
 * input) stays far above it.
 */
export function linearGrowthLimit(factor = 8): number {
	return factor * 3;
}
