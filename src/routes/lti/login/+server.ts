import { redirect } from '@sveltejs/kit';
import { startLogin } from '$lib/server/lti/launch';
import { refusalPage } from '../refusal';
import type { RequestHandler } from './$types';

/** OIDC third-party initiated login, sent by the LMS as a GET or a form POST. */
async function login(params: URLSearchParams, origin: string, lang: App.Locals['locale']) {
	let location: string;
	try {
		location = await startLogin(params, origin);
	} catch (failure) {
		return refusalPage(failure, lang);
	}
	redirect(302, location);
}

export const GET: RequestHandler = ({ url, locals }) =>
	login(url.searchParams, url.origin, locals.locale);

export const POST: RequestHandler = async ({ request, url, locals }) => {
	const form = await request.formData();
	const params = new URLSearchParams();
	for (const [name, value] of form) if (typeof value === 'string') params.set(name, value);
	return login(params, url.origin, locals.locale);
};
