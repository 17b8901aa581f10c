/**
 * The CLI as one bundled ES module, so that `npx factquiz` starts without compiling TypeScript
 * through loader hooks (about 0.7 s on these machines; the bundle loads in a fraction of that).
 * `npm ci` writes it (the `prepare` script); bin/factquiz.js rebuilds it when a source it was
 * made from has changed since, and runs the sources through tsx when it cannot be built.
 * Kept in node_modules/.cache, where tools keep what they can rebuild.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'src/bin/factquiz.ts');
const FOLDER = join(ROOT, 'node_modules/.cache/factquiz');
export const BUNDLE = join(FOLDER, 'cli.mjs');
const INPUTS = join(FOLDER, 'cli-inputs.json');

/** Whether the bundle exists and no file it was built from is newer (or gone). */
export function bundleIsFresh() {
	if (!existsSync(BUNDLE) || !existsSync(INPUTS)) return false;
	const built = statSync(BUNDLE).mtimeMs;
	const inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
	return inputs.every((file) => {
		const path = join(ROOT, file);
		return existsSync(path) && statSync(path).mtimeMs <= built;
	});
}

/** Bundles the CLI; the project's own sources are listed for bundleIsFresh. */
export async function buildBundle() {
	const { build } = await import('esbuild');
	mkdirSync(FOLDER, { recursive: true });
	const result = await build({
		absWorkingDir: ROOT,
		entryPoints: [ENTRY],
		outfile: BUNDLE,
		write: false,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		metafile: true,
		logLevel: 'error',
		// esbuild finds its binary beside its own files: `export --format scorm12` loads it from
		// node_modules rather than from inside this bundle.
		external: ['esbuild'],
		// Dependencies that load by `require` inside an ES module bundle need one.
		banner: {
			js: "import { createRequire } from 'node:module';const require = createRequire(import.meta.url);"
		}
	});
	const sources = Object.keys(result.metafile.inputs).filter(
		(file) => !file.includes('node_modules/')
	);
	// Written aside and renamed: another process may be reading the bundle meanwhile.
	const replace = (path, text) => {
		const aside = `${path}.${process.pid}`;
		writeFileSync(aside, text);
		renameSync(aside, path);
	};
	replace(INPUTS, JSON.stringify(['package-lock.json', ...sources]));
	replace(BUNDLE, result.outputFiles[0].contents);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	try {
		await buildBundle();
	} catch (error) {
		// The CLI still runs from its sources through tsx: a missing bundle only costs time.
		console.warn(`factquiz: the CLI bundle was not built (${error.message.split('\n')[0]})`);
	}
}
