/**
 * The production build the classroom bench measures: built when build/ is missing or older than
 * src/, then copied aside, so that a rebuild of build/ while the bench runs (another checkout's
 * test run, an editor's build) cannot pull chunks from under the apps it is timing. The copy
 * runs as `npm start` runs build/index.js, from a folder that links the project's node_modules,
 * questions and package.json (its "type": "module" makes the build's .js files ES modules).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, type RunningApp } from '../tests/support/server';

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
	if (built > newestChange('src')) return;
	const started = performance.now();
	const result = spawnSync('npx', ['vite', 'build'], {
		encoding: 'utf8',
		stdio: 'pipe',
		timeout: 300_000
	});
	if (result.status !== 0)
		throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
	console.log(`built the app in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

export interface BuildCopy {
	folder: string;
	/** Starts build/index.js of the copy on a free port, as tests/support/server.ts startApp does. */
	start(env: Record<string, string>): Promise<RunningApp>;
	remove(): void;
}

export function copyBuild(): BuildCopy {
	const folder = mkdtempSync(join(tmpdir(), 'factquiz-classroom-build-'));
	cpSync('build', join(folder, 'build'), { recursive: true });
	for (const shared of ['node_modules', 'questions', 'package.json']) {
		symlinkSync(resolve(shared), join(folder, shared));
	}
	return {
		folder,
		start: (env) => startIn(folder, env),
		remove: () => rmSync(folder, { recursive: true, force: true })
	};
}

async function startIn(folder: string, env: Record<string, string>): Promise<RunningApp> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	let output = '';
	const child = spawn(process.execPath, ['build/index.js'], {
		cwd: folder,
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ORIGIN: url, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const deadline = Date.now() + 15_000;
	for (;;) {
		try {
			const response = await fetch(url + '/');
			if (response.status < 500) break;
		} catch {
			// not listening yet
		}
		if (child.exitCode !== null) throw new Error(`the app exited early:\n${output}`);
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`the app did not start within 15 s:\n${output}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return {
		url,
		process: child,
		output: () => output,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null || child.signalCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}
