import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { chooseLocale, isLocale, LOCALE_COOKIE } from '$lib/i18n/locale';
import { getDatabase } from '$lib/server/database';
import { LEARNER_COOKIE, isLearnerId, newLearnerId } from '$lib/server/learner';

/** Opens the database and runs its migrations before the first request. */
export const init: ServerInit = async () => {
	const database = await getDatabase();
	// adapter-node's graceful shutdown: close the pool so the process exits promptly.
	process.once('sveltekit:shutdown', () => void database.close());
};

/** `?lang=en` switches the UI language (and remembers it), so the switch works without JavaScript. */
const handleLocale: Handle = async ({ event, resolve }) => {
	const requested = event.url.searchParams.get('lang');
	if (isLocale(requested)) {
		event.cookies.set(LOCALE_COOKIE, requested, {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
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
		event.cookies.set(LEARNER_COOKIE, event.locals.learnerId, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			maxAge: 60 * 60 * 24 * 400
		});
	}
	return resolve(event);
};

export const handle = sequence(handleLocale, handleLearner);
