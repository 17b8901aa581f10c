import { fail, redirect } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { signIn, startSession } from '$lib/server/teachers';
import { safeNext } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.teacher) redirect(303, safeNext(url.searchParams.get('next')));
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, locals, url, getClientAddress, setHeaders }) => {
		const t = CLASSROOM[locals.locale];
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const result = await signIn({
			email,
			password: String(form.get('password') ?? ''),
			clientAddress: getClientAddress()
		});
		if (!result.ok) {
			if (result.code === 'rate-limited') {
				setHeaders({ 'retry-after': String(result.retryAfterSeconds) });
				return fail(429, { email, message: t.rateLimited(result.retryAfterSeconds) });
			}
			return fail(400, { email, message: t.wrongCredentials });
		}
		await startSession(cookies, result.teacher.id, locals.secureCookies);
		redirect(303, safeNext(url.searchParams.get('next')));
	}
};
