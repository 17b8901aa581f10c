import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { chooseLocale, isLocale, LOCALE_COOKIE } from '$lib/i18n/locale';
import { env } from '$env/dynamic/private';
import { ensureTeacherFromEnvironment, resumeSession } from '$lib/server/auth';
import { getDatabase } from '$lib/server/database';
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
const handleLocale: Handle = async ({ event, resolve }) => {
	event.locals.secureCookies = event.url.protocol === 'https:';
	const requested = event.url.searchParams.get('lang');
	if (isLocale(requested)) {
		event.cookies.set(LOCALE_COOKIE, requested, {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
			secure: event.locals.secureCookies,
			maxAge: 60 * 60 * 24 * 365
		});
	}
	event.locals.locale = isLocale(requested)
		? requested
		: chooseLocale(event.cookies.get(LOCALE_COOKIE), event.request.headers.get('accept-language'));
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

/**
 * Every visitor is an anonymous learner with an id in a cookie: no account, and the id is
 * shown on /me where it can be reset.
 */
const handleLearner: Handle = async ({ event, resolve }) => {
	const existing = event.cookies.get(LEARNER_COOKIE);
	event.locals.learnerId = isLearnerId(existing) ? existing : newLearnerId();
	if (event.locals.learnerId !== existing) {
		setLearnerCookie(event.cookies, event.locals.learnerId, event.locals.secureCookies);
	}
	return resolve(event);
};

/** Teachers' pages need a session; everything else simply knows whether one is there. */
const handleTeacher: Handle = async ({ event, resolve }) => {
	event.locals.teacher = await resumeSession(event.cookies, event.locals.secureCookies);
	return resolve(event);
};

/** Modules published on another instance show up here too (one small query a second). */
const handlePublishedModules: Handle = async ({ event, resolve }) => {
	await refreshPublishedModules();
	return resolve(event);
};

const handleApp = sequence(handleLocale, handleLearner, handleTeacher, handlePublishedModules);

/** The health check skips cookies, sessions and the database: it answers whatever their state. */
export const handle: Handle = ({ event, resolve }) =>
	event.url.pathname === '/healthz' ? resolve(event) : handleApp({ event, resolve });
