/**
 * A tiny benchmark harness: measures a candidate and its baseline alternately in the same
 * process, several rounds, and reports the median rate of each and their ratio, because
 * these machines are noisy and only side-by-side figures mean anything. Also what the bench
 * commands share: their arguments, the build they measure, and cleaning up after themselves.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * The parts a bench command was asked for (all when none is named) and whether to build the app
 * first (unless --no-build); any other argument ends the process with a usage message.
 */
export function parseBenchArguments<Part extends string>(
	known: readonly Part[],
	args: readonly string[] = process.argv.slice(2)
): { parts: Set<Part>; build: boolean } {
	const unknown = args.filter(
		(arg) => arg !== '--no-build' && !(known as readonly string[]).includes(arg)
	);
	if (unknown.length > 0) {
		console.error(
			`unknown argument ${unknown.join(' ')}: expected ${known.join(', ')} or --no-build`
		);
		process.exit(2);
	}
	const chosen = known.filter((part) => args.includes(part));
	return {
		parts: new Set(chosen.length > 0 ? chosen : known),
		build: !args.includes('--no-build')
	};
}

/** Builds the app into build/ (`npm run build`). */
export function buildApp(): void {
	const started = performance.now();
	const result = spawnSync('npm', ['run', 'build'], {
		encoding: 'utf8',
		stdio: 'pipe',
		timeout: 300_000
	});
	if (result.status !== 0) {
		throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
	}
	console.log(`built the app in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

function newestChange(folder: string): number {
	let newest = 0;
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
	}
	return newest;
}

/** Builds the app when build/ is missing or older than a file under src/. */
export function buildIfStale(): void {
	let built = 0;
	try {
		built = statSync('build/index.js').mtimeMs;
	} catch {
		// never built
	}
	if (built <= newestChange('src')) buildApp();
}

/** What to undo, last first; also run on Ctrl-C so that nothing is left behind. */
export class Cleanups {
	private steps: (() => Promise<void> | void)[] = [];
	private done: Promise<void> = Promise.resolve();

	add(step: () => Promise<void> | void): void {
		this.steps.push(step);
	}

	/** Runs the steps added so far; a call made while a run is going waits for it to finish. */
	run(): Promise<void> {
		this.done = this.done.then(async () => {
			for (const step of this.steps.splice(0).reverse()) {
				try {
					await step();
				} catch (error) {
					console.error(`cleaning up: ${error instanceof Error ? error.message : String(error)}`);
				}
			}
		});
		return this.done;
	}
}
