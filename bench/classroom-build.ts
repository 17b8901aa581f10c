/**
 * The production build the classroom bench measures (built first by harness.ts buildIfStale
 * unless --no-build), copied aside, so that a rebuild of build/ while the bench runs (another checkout's
 * test run, an editor's build) cannot pull chunks from under the apps it is timing. The copy
 * runs as `npm start` runs build/index.js, from a folder that links the project's node_modules,
 * questions and package.json (its "type": "module" makes the build's .js files ES modules).
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startApp, type RunningApp } from '../tests/support/server';

export interface BuildCopy {
	folder: string;
	/** Starts build/index.js of the copy on a free port, as `npm start` does. */
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
		start: (env) => startApp(env, { cwd: folder }),
		remove: () => rmSync(folder, { recursive: true, force: true })
	};
}
