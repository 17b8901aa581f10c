/**
 * A tiny benchmark harness: measures a candidate and its baseline alternately in the same
 * process, several rounds, and reports the median rate of each and their ratio, because
 * these machines are noisy and only side-by-side figures mean anything.
 */

export interface Measured {
	name: string;
	perSecond: number;
	baselineName: string;
	baselinePerSecond: number;
	ratio: number;
	target?: { perSecond: number; met: boolean };
}

function rate(run: (iterations: number) => void, iterations: number, minMillis: number): number {
	let total: number;
	let done = 0;
	const start = performance.now();
	do {
		run(iterations);
		done += iterations;
		total = performance.now() - start;
	} while (total < minMillis);
	return (done / total) * 1000;
}

function median(values: number[]): number {
	const sorted = values.slice().sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function compare(options: {
	name: string;
	run: (iterations: number) => void;
	baselineName: string;
	baseline: (iterations: number) => void;
	/** Operations per call of run(1); e.g. the number of answers in the list scored. */
	batch?: number;
	target?: number;
	rounds?: number;
	millis?: number;
}): Measured {
	const { rounds = 5, millis = 300, batch = 1 } = options;
	options.run(10);
	options.baseline(10);
	const candidate: number[] = [];
	const baseline: number[] = [];
	for (let round = 0; round < rounds; round++) {
		candidate.push(rate(options.run, 10, millis) * batch);
		baseline.push(rate(options.baseline, 10, millis) * batch);
	}
	const perSecond = median(candidate);
	const baselinePerSecond = median(baseline);
	return {
		name: options.name,
		perSecond,
		baselineName: options.baselineName,
		baselinePerSecond,
		ratio: perSecond / baselinePerSecond,
		...(options.target
			? { target: { perSecond: options.target, met: perSecond >= options.target } }
			: {})
	};
}

const format = (value: number) => Math.round(value).toLocaleString('en-US');

export function report(results: Measured[]): void {
	for (const result of results) {
		const target = result.target
			? `  target ≥${format(result.target.perSecond)}/s: ${result.target.met ? 'met' : 'NOT met'}`
			: '';
		console.log(
			`${result.name.padEnd(34)} ${format(result.perSecond).padStart(12)}/s   ` +
				`${result.baselineName.padEnd(30)} ${format(result.baselinePerSecond).padStart(12)}/s   ` +
				`ratio ${result.ratio.toFixed(3)}${target}`
		);
	}
}
