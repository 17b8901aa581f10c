import { json, text } from '@sveltejs/kit';

/**
 * An LMS posts to the tool from its own site: the login initiation and the launch (id_token) are
 * cross-site form posts by design, and arrive in the LMS's iframe. SvelteKit's CSRF check runs
 * before any hook and cannot exempt a path, so svelte.config.js trusts every origin
 * (`csrf.trustedOrigins: ['*']`) and this check, kit's own, runs in the handle hook for every
 * other path.
 */

export const LTI_CROSS_SITE_PATHS = new Set(['/lti/login', '/lti/launch']);

const FORM_TYPES = [
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain',
	'application/x-sveltekit-formdata'
];

/** Kit's answer to a cross-site form post (403), or null when the request may go on. */
export function refuseCrossSiteForm(request: Request, url: URL): Response | null {
	if (LTI_CROSS_SITE_PATHS.has(url.pathname)) return null;
	if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method)) return null;
	const type = (request.headers.get('content-type')?.split(';', 1)[0] ?? '').trim().toLowerCase();
	if (!FORM_TYPES.includes(type)) return null;
	if (request.headers.get('origin') === url.origin) return null;
	const message = `Cross-site ${request.method} form submissions are forbidden`;
	return request.headers.get('accept') === 'application/json'
		? json({ message }, { status: 403 })
		: text(message, { status: 403 });
}

/** Pages an LMS shows in its iframe: the launch, the deep-linking picker and its answer. */
export function isLtiFramedPath(pathname: string): boolean {
	return pathname.startsWith('/lti/');
}
