import { redirect } from '@sveltejs/kit';
import { LTI_WORDS } from '$lib/i18n/lti';
import { continueLaunch } from '$lib/server/lti/launch';
import { escapeHtml, ltiPage } from '$lib/server/lti/page';
import type { RequestHandler } from './$types';

/** A launch's ticket used in a first-party window: cookies are set, then the attempt or results. */
export const GET: RequestHandler = async ({ params, cookies, locals }) => {
	const next = await continueLaunch(params.ticket, cookies, locals.secureCookies);
	if (next) redirect(303, next);
	const t = LTI_WORDS[locals.locale];
	return ltiPage({
		lang: locals.locale,
		title: t.refusedTitle,
		status: 410,
		body: `<p>${escapeHtml(t.ticketGone)}</p>`
	});
};
