import type { Handle, HandleServerError, RequestEvent, ServerInit } from '@sveltejs/kit';
import type { Language } from '$lib/quiz/content';
import { chooseLocale, isLocale, LOCALE_COOKIE } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/messages';
import { env } from '$env/dynamic/private';
import { getDatabase } from '$lib/server/db';
import { fieldWithControlCharacter } from '$lib/server/form-text';
import { ensureTeacherFromEnvironment, resumeSession, signUpsPerHour } from '$lib/server/teachers';
import { refreshPublishedModules } from '$lib/server/library';
import { loadMorphology } from '$lib/server/morphology';
import { LEARNER_COOKIE, isLearnerId, newLearnerId, setLearnerCookie } from '$lib/server/learner';
import { isLtiFramedPath, refuseCrossSiteForm } from '$lib/server/lti/cross-site';
import { startLti } from '$lib/server/lti/start';
import { dev } from '$app/environment';

/** Opens the database and runs its migrations before the first request. */
export const init: ServerInit = async () => {
	const database = await getDatabase();
	await ensureTeacherFromEnvironment(env);
	// A mistyped limit stops the start here rather than failing every sign-up later.
	signUpsPerHour(env);
	startLti(env);
	// Scoring of typed names learns the real names of the dictionary and of the list of
	// names (never typos of another), in both languages.
	loadMorphology('pl');
	loadMorphology('en');
	// adapter-node's graceful shutdown: close the pool so the process exits promptly.
	process.once('sveltekit:shutdown', () => void database.close());
};

/** `?lang=en` switches the UI language (and remembers it), so the switch works without JavaScript. */
function chooseUiLocale(event: RequestEvent): Language {
	const requested = event.url.searchParams.get('lang');
	if (!isLocale(requested)) {
		return chooseLocale(
			event.cookies.get(LOCALE_COOKIE),
			event.request.headers.get('accept-language')
		);
	}
	event.cookies.set(LOCALE_COOKIE, requested, {
		path: '/',
		httpOnly: false,
		sameSite: 'lax',
		secure: event.locals.secureCookies,
		maxAge: 60 * 60 * 24 * 365
	});
	return requested;
}

/**
 * Every visitor is an anonymous learner with an id in a cookie: no account, and the id is
 * shown on /me where it can be reset.
 */
function identifyLearner(event: RequestEvent): string {
	const existing = event.cookies.get(LEARNER_COOKIE);
	if (isLearnerId(existing)) return existing;
	const learnerId = newLearnerId();
	setLearnerCookie(event.cookies, learnerId, event.locals.secureCookies);
	return learnerId;
}

/**
 * Framing: only this site may frame its pages. CSP's frame-ancestors works only as a header (not
 * in a meta tag); pages get kit's CSP header with it, and every other response (endpoints, the
 * refusals below) gets it here, with X-Frame-Options for browsers without CSP 2.
 */
function protectFraming(response: Response, pathname: string): Response {
	// An LMS shows the LTI pages in its iframe; they carry their own capability, not a cookie.
	if (isLtiFramedPath(pathname)) return allowFraming(response);
	let framed = response;
	try {
		framed.headers.set('x-frame-options', 'SAMEORIGIN');
	} catch {
		// Immutable headers (a response made by fetch): the same response with headers of its own.
		framed = new Response(response.body, response);
		framed.headers.set('x-frame-options', 'SAMEORIGIN');
	}
	if (!framed.headers.has('content-security-policy')) {
		framed.headers.set('content-security-policy', "frame-ancestors 'self'");
	}
	return framed;
}

function allowFraming(response: Response): Response {
	const framed = new Response(response.body, response);
	const policy = framed.headers.get('content-security-policy');
	framed.headers.set(
		'content-security-policy',
		policy ? policy.replace(/frame-ancestors [^;]*/, 'frame-ancestors *') : 'frame-ancestors *'
	);
	return framed;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * A refusal before any route ran: JSON for scripts (the autosave, an enhanced form), a small page
 * in the UI language for a form posted without JavaScript.
 */
function refuse(event: RequestEvent, status: number, message: string): Response {
	const headers = event.request.headers;
	if (headers.get('x-sveltekit-action') === 'true') {
		return Response.json({ type: 'error', status, error: { message } }, { status });
	}
	if (/application\/json/.test(headers.get('accept') ?? '')) {
		return Response.json({ message }, { status });
	}
	const lang = event.locals.locale;
	const html = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${status}</title><h1>${status}</h1><p>${escapeHtml(message)}</p><p><a href="/">factquiz</a></p></html>`;
	return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

function statusOf(error: unknown): number | undefined {
	return typeof error === 'object' && error !== null && 'status' in error
		? Number(error.status)
		: undefined;
}

/** Form text with a control character is refused here, for every form action and endpoint. */
async function checkFormText(event: RequestEvent): Promise<Response | null> {
	if (event.request.method === 'GET' || event.request.method === 'HEAD') return null;
	const t = MESSAGES[event.locals.locale];
	try {
		const field = await fieldWithControlCharacter(event.request);
		return field === null ? null : refuse(event, 400, t.controlCharacter(field));
	} catch (error) {
		// Over BODY_SIZE_LIMIT (adapter-node's 413), or a body that is no form at all.
		if (statusOf(error) === 413) return refuse(event, 413, t.bodyTooLarge);
		return refuse(event, 400, t.badRequest);
	}
}

/**
 * One handle rather than a `sequence` of four: each step of a sequence costs a tracing span and
 * a request-store context of its own on every request, as much as the steps themselves.
 */
export const handle: Handle = async ({ event, resolve }) => {
	// The health check skips cookies, sessions and the database: it answers whatever their state.
	if (event.url.pathname === '/healthz') return resolve(event);
	// Kit's own check, moved here so that LTI's cross-site posts can pass (svelte.config.js).
	const crossSite = dev ? null : refuseCrossSiteForm(event.request, event.url);
	if (crossSite) return protectFraming(crossSite, event.url.pathname);
	event.locals.secureCookies = event.url.protocol === 'https:';
	const locale = chooseUiLocale(event);
	event.locals.locale = locale;
	const refused = await checkFormText(event);
	if (refused) return protectFraming(refused, event.url.pathname);
	event.locals.learnerId = identifyLearner(event);
	// Teachers' pages need a session; everything else simply knows whether one is there.
	event.locals.teacher = await resumeSession(event.cookies, event.locals.secureCookies);
	// Modules published on another instance show up here too (one small query a second).
	await refreshPublishedModules();
	return protectFraming(
		await resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) }),
		event.url.pathname
	);
};

/** Unexpected errors are logged; a body over the size limit is said in the UI language. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status === 413) return { message: MESSAGES[event.locals.locale ?? 'pl'].bodyTooLarge };
	if (status >= 500) console.error(error);
	return { message };
};
