import type { Handle, RequestEvent, ServerInit } from '@sveltejs/kit';
import type { Language } from '$lib/quiz/content';
import { chooseLocale, isLocale, LOCALE_COOKIE } from '$lib/i18n/locale';
import { env } from '$env/dynamic/private';
import { ensureTeacherFromEnvironment, resumeSession } from '$lib/server/teachers';
import { getDatabase } from '$lib/server/db';
import { refreshPublishedModules } from '$lib/server/library';
import { LEARNER_COOKIE, isLearnerId, newLearnerId, setLearnerCookie } from '$lib/server/learner';

/** Opens the database and runs its migrations before the first request. */
export const init: ServerInit = async () => {
	const database = await getDatabase();
	await ensureTeacherFromEnvironment(env);
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
 * One handle rather than a `sequence` of four: each step of a sequence costs a tracing span and
 * a request-store context of its own on every request, as much as the steps themselves.
 */
export const handle: Handle = async ({ event, resolve }) => {
	// The health check skips cookies, sessions and the database: it answers whatever their state.
	if (event.url.pathname === '/healthz') return resolve(event);
	event.locals.secureCookies = event.url.protocol === 'https:';
	const locale = chooseUiLocale(event);
	event.locals.locale = locale;
	event.locals.learnerId = identifyLearner(event);
	// Teachers' pages need a session; everything else simply knows whether one is there.
	event.locals.teacher = await resumeSession(event.cookies, event.locals.secureCookies);
	// Modules published on another instance show up here too (one small query a second).
	await refreshPublishedModules();
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
};
