import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface RunningApp {
	url: string;
	process: ChildProcess;
	output: () => string;
	stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

export interface StartOptions {
	/** The folder with build/ and what it reads (questions/, node_modules/); else the current one. */
	cwd?: string;
	/** How long the app may take to answer its first request (15 s; more on a loaded machine). */
	startWithinMs?: number;
}

/** Starts the production build (`build/index.js`) as `npm start` does, on a free port. */
export async function startApp(
	env: Record<string, string> = {},
	options: StartOptions = {}
): Promise<RunningApp> {
	if (!existsSync(join(options.cwd ?? '.', 'build/index.js'))) {
		throw new Error('build/index.js is missing: `npm test` builds the app first (npm run build)');
	}
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	let output = '';
	const child = spawn(process.execPath, ['build/index.js'], {
		cwd: options.cwd,
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ORIGIN: url, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const startWithinMs = options.startWithinMs ?? 15_000;
	const deadline = Date.now() + startWithinMs;
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
			throw new Error(`the app did not start within ${startWithinMs / 1000} s:\n${output}`);
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
