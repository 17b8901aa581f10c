/**
 * The build the app bench measures: the app as `npm run build` builds it, plus one empty page
 * route, /bench-empty (an empty +page.svelte: no load, no markup, under the app's own layout and
 * hooks), the "empty SvelteKit route" the quiz page is compared with. It is built from a copy of
 * the sources, so src/ and build/ stay as they are and the route never ships; the copy is kept
 * in node_modules/.cache/factquiz/bench-app for `--no-build` to measure again.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startApp, type RunningApp } from '../tests/support/server';

export const EMPTY_ROUTE = '/bench-empty';

const FOLDER = resolve('node_modules/.cache/factquiz/bench-app');
const COPIED = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json'];
const LINKED = ['node_modules', 'questions', 'package.json'];

export interface BenchBuild {
	/** Starts the bench build on a free port, as `npm start` starts build/index.js. */
	start(env: Record<string, string>): Promise<RunningApp>;
}

/** Builds the app with the empty route, or reuses the last one when `build` is false. */
export function benchBuild(build: boolean): BenchBuild {
	if (build || !existsSync(join(FOLDER, 'build/index.js'))) {
		const started = performance.now();
		rmSync(FOLDER, { recursive: true, force: true });
		mkdirSync(FOLDER, { recursive: true });
		for (const copied of COPIED) cpSync(copied, join(FOLDER, copied), { recursive: true });
		for (const linked of LINKED) symlinkSync(resolve(linked), join(FOLDER, linked));
		const emptyRoute = join(FOLDER, 'src/routes', EMPTY_ROUTE);
		mkdirSync(emptyRoute, { recursive: true });
		writeFileSync(join(emptyRoute, '+page.svelte'), '');
		const result = spawnSync(
			process.execPath,
			[resolve('node_modules/vite/bin/vite.js'), 'build'],
			{
				cwd: FOLDER,
				encoding: 'utf8',
				timeout: 300_000
			}
		);
		if (result.status !== 0) {
			throw new Error(`building the bench copy failed:\n${result.stdout}\n${result.stderr}`);
		}
		console.log(
			`built the app with an empty route ${EMPTY_ROUTE} in ${FOLDER} in ` +
				`${((performance.now() - started) / 1000).toFixed(0)} s`
		);
	} else {
		console.log(`measuring the bench build in ${FOLDER} as it is (--no-build)`);
	}
	return { start: (env) => startApp(env, { cwd: FOLDER }) };
}
