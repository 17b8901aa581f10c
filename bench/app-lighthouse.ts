/**
 * Lighthouse 12 performance and accessibility scores of pages of the running app, with
 * Lighthouse's default settings (a phone on a slow 4G network, simulated), in headless Debian
 * Chromium as the browser tests use.
 *
 * Each page is scored by the Lighthouse CLI in a child process rather than through its node API:
 * Lighthouse blocks the event loop for long stretches, and tsx (which runs the bench) kills its
 * child when the child does not acknowledge Ctrl-C within a few milliseconds, which would leave
 * the app, the databases and Chromium behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from 'lighthouse';

export interface PageScores {
	performance: number;
	accessibility: number;
	/** The audits that cost points, worst first, e.g. "largest-contentful-paint 0.85 (2.9 s)". */
	losses: string[];
}

export interface Lighthouse {
	score(url: string, headers: Record<string, string>): Promise<PageScores>;
	/** Stops a run still going and removes the folder; safe to call more than once. */
	close(): Promise<void>;
}

const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu';
const PAGE_TIMEOUT_MS = 90_000;

export function chromePath(): string | null {
	const path = process.env.CHROME_PATH || '/usr/bin/chromium';
	return existsSync(path) ? path : null;
}

function waitForExit(child: ChildProcess): Promise<number | null> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
	return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function scoresOf(report: Result): PageScores {
	const { categories, audits } = report;
	const category = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
	const losses = Object.values(categories)
		.flatMap((entry) => entry.auditRefs.filter((ref) => ref.weight > 0))
		.map((ref) => audits[ref.id])
		.filter((audit) => audit && audit.score !== null && audit.score < 1)
		.sort((a, b) => (a?.score ?? 0) - (b?.score ?? 0))
		.map(
			(audit) =>
				`${audit?.id} ${audit?.score?.toFixed(2)}` +
				(audit?.displayValue ? ` (${audit.displayValue})` : '')
		);
	return {
		performance: category('performance'),
		accessibility: category('accessibility'),
		losses
	};
}

export async function startLighthouse(chrome: string): Promise<Lighthouse> {
	const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
	// Chromium's profile and what it leaves in TMPDIR when killed (its singleton socket) go here.
	const folder = await mkdtemp(join(tmpdir(), 'factquiz-bench-app-lighthouse-'));
	let running: ChildProcess | undefined;
	let closed: Promise<void> | undefined;
	return {
		async score(url, headers) {
			const output = join(folder, 'report.json');
			const child = spawn(
				process.execPath,
				[
					cli,
					url,
					'--quiet',
					'--output=json',
					`--output-path=${output}`,
					'--only-categories=performance,accessibility',
					`--chrome-flags=${CHROME_FLAGS}`,
					`--extra-headers=${JSON.stringify(headers)}`,
					'--max-wait-for-load=20000'
				],
				{
					env: { ...process.env, CHROME_PATH: chrome, TMPDIR: folder },
					stdio: ['ignore', 'ignore', 'pipe']
				}
			);
			running = child;
			let errors = '';
			child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
			const timer = setTimeout(() => child.kill('SIGINT'), PAGE_TIMEOUT_MS);
			const code = await waitForExit(child).finally(() => clearTimeout(timer));
			running = undefined;
			if (code !== 0) throw new Error(`Lighthouse on ${url} exited with ${code}:\n${errors}`);
			const report = JSON.parse(await readFile(output, 'utf8')) as Result;
			await rm(output, { force: true });
			if (report.runtimeError) {
				throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
			}
			return scoresOf(report);
		},
		close: () =>
			(closed ??= (async () => {
				// On SIGINT the CLI kills its Chromium (chrome-launcher) before exiting.
				if (running) {
					running.kill('SIGINT');
					await waitForExit(running);
				}
				await rm(folder, { recursive: true, force: true, maxRetries: 3 });
			})())
	};
}
