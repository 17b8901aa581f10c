import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { formatContentError } from '../quiz/module';
import { DEFAULT_CONTENT_DIR, loadLibrary, type ContentLibrary } from './content';

let cached: ContentLibrary | null = null;

/**
 * The modules the app serves, from `CONTENT_DIR` (default `questions/`). Read once in
 * production; re-read on each request in development so authors see their edits.
 */
export function getLibrary(): ContentLibrary {
	if (dev || !cached) {
		const library = loadLibrary(env.CONTENT_DIR || DEFAULT_CONTENT_DIR);
		if (!cached) reportRefused(library);
		cached = library;
	}
	return cached;
}

/**
 * Reads the modules again, now: a regrade must score against the facts as just fixed. A module
 * that became invalid is reported and refused, as at start.
 */
export function reloadLibrary(): ContentLibrary {
	cached = loadLibrary(env.CONTENT_DIR || DEFAULT_CONTENT_DIR);
	reportRefused(cached);
	return cached;
}

function reportRefused(library: ContentLibrary) {
	for (const refused of library.refused) {
		console.warn(
			`factquiz: module "${refused.id}" refused:\n` +
				refused.errors.map((error) => `  ${formatContentError(error)}`).join('\n')
		);
	}
}
