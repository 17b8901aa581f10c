import { LTI_WORDS } from '$lib/i18n/lti';
import { takeDeepLinkingReturn } from '$lib/server/lti/deep-linking';
import { escapeHtml, ltiPage } from '$lib/server/lti/page';
import type { RequestHandler } from './$types';

/** Posts the signed deep-linking response back to the LMS (by itself with JavaScript). */
export const GET: RequestHandler = async ({ params, locals }) => {
	const t = LTI_WORDS[locals.locale];
	const ticket = await takeDeepLinkingReturn(params.ticket);
	if (!ticket) {
		return ltiPage({
			lang: locals.locale,
			title: t.refusedTitle,
			status: 410,
			body: `<p>${escapeHtml(t.ticketGone)}</p>`
		});
	}
	return ltiPage({
		lang: locals.locale,
		title: t.returnTitle,
		formAction: ticket.returnUrl,
		script: '/lti-return.js',
		body: `<form method="post" action="${escapeHtml(ticket.returnUrl)}" data-lti-return><input type="hidden" name="JWT" value="${escapeHtml(ticket.jwt)}"><p>${escapeHtml(t.returnText)}</p><button type="submit">${escapeHtml(t.returnButton)}</button></form>`
	});
};
