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

function reportRefused(library: ContentLibrary) {
	for (const refused of library.refused) {
		console.warn(
			`factquiz: module "${refused.id}" refused:\n` +
				refused.errors.map((error) => `  ${formatContentError(error)}`).join('\n')
		);
	}
}
