import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The script of a SCORM package: factquiz's scorers and the page logic
 * (src/lib/quiz/export/scorm-runtime/runtime.ts) bundled by esbuild for the browser, once
 * per process, when the first package is made. The app and the CLI run from the project
 * folder, where the sources are.
 */
const ENTRY = 'src/lib/quiz/export/scorm-runtime/runtime.ts';

let bundled: Promise<string> | null = null;

async function bundle(root: string): Promise<string> {
	const entry = join(root, ENTRY);
	if (!existsSync(entry)) throw new Error(`cannot make a SCORM package: ${entry} is missing`);
	const { build } = await import('esbuild');
	const result = await build({
		absWorkingDir: root,
		entryPoints: [entry],
		bundle: true,
		write: false,
		format: 'iife',
		platform: 'browser',
		target: 'es2019',
		minify: true,
		legalComments: 'none',
		logLevel: 'error'
	});
	const [output] = result.outputFiles;
	if (!output) throw new Error('esbuild wrote no SCORM runtime');
	return output.text;
}

export function scormRuntimeScript(root = process.cwd()): Promise<string> {
	bundled ??= bundle(root).catch((error: unknown) => {
		bundled = null;
		throw error;
	});
	return bundled;
}
