import { readFileSync, writeFileSync } from 'node:fs';
import nodeAdapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The largest request body the server reads, unless BODY_SIZE_LIMIT says otherwise. Above the
 * app's own limits (an article file of 4 MB, two module files of 1 MB each), so that those limits
 * answer with their own messages in the UI language; adapter-node's default, 512 kB, answered
 * below them with a bare English 413.
 */
const BODY_SIZE_LIMIT = '5M';

/**
 * adapter-node, whose server entry (`build/index.js`, what `npm start` and the tests run) first
 * sets the app's default body limit: adapter-node reads BODY_SIZE_LIMIT when its handler loads,
 * so the default must be in place before that import runs.
 */
/** @returns {import('@sveltejs/kit').Adapter} */
function adapter() {
	const node = nodeAdapter();
	return {
		...node,
		/** @param {import('@sveltejs/kit').Builder} builder */
		async adapt(builder) {
			await node.adapt(builder);
			writeFileSync(
				'build/defaults.js',
				`process.env.BODY_SIZE_LIMIT ??= ${JSON.stringify(BODY_SIZE_LIMIT)};\n`
			);
			const entry = readFileSync('build/index.js', 'utf8');
			writeFileSync('build/index.js', `import './defaults.js';\n${entry}`);
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// An LMS posts LTI logins and launches from its own site: the origin check runs in the
		// handle hook instead, for every path but those two (src/lib/server/lti/cross-site.ts).
		csrf: { trustedOrigins: ['*'] },
		csp: {
			// Hashes of the framework's inline start-up script rather than per-request nonces.
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// The join QR code is inline SVG; data: for images the browser makes itself.
				'img-src': ['self', 'data:'],
				'style-src': ['self'],
				// Style attributes only: the layout's wrapper and the score distribution's bars.
				'style-src-attr': ['unsafe-inline'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'form-action': ['self'],
				'base-uri': ['self'],
				'object-src': ['none'],
				'frame-ancestors': ['self']
			}
		}
	}
};

export default config;
