import { redirect } from '@sveltejs/kit';
import { LTI_WORDS } from '$lib/i18n/lti';
import { acceptLaunch } from '$lib/server/lti/launch';
import { escapeHtml, ltiPage } from '$lib/server/lti/page';
import { refusalPage } from '../refusal';
import type { RequestHandler } from './$types';

/**
 * The launch (id_token and state, form-posted by the LMS). A valid one goes on with a one-time
 * ticket: in the same window when it is the top one, in a new window from the LMS's iframe,
 * where the browser keeps factquiz's cookies from it.
 */
export const POST: RequestHandler = async ({ request, locals }) => {
	const form = await request.formData();
	const field = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' && value !== '' ? value : null;
	};
	let accepted: Awaited<ReturnType<typeof acceptLaunch>>;
	try {
		accepted = await acceptLaunch({ idToken: field('id_token'), state: field('state') });
	} catch (failure) {
		return refusalPage(failure, locals.locale);
	}
	const next =
		accepted.kind === 'deep-link'
			? `/lti/deep-link/${accepted.token}`
			: `/lti/continue/${accepted.token}`;
	// The picker works inside the iframe (the ticket is in its address); the rest needs cookies.
	if (accepted.kind === 'deep-link' || request.headers.get('sec-fetch-dest') !== 'iframe') {
		redirect(303, next);
	}
	const t = LTI_WORDS[locals.locale];
	return ltiPage({
		lang: locals.locale,
		title: t.newWindowTitle,
		body: `<p>${escapeHtml(t.newWindowText)}</p><p><a href="${escapeHtml(next)}" target="_blank" rel="noopener">${escapeHtml(t.openNewWindow)}</a></p>`
	});
};
