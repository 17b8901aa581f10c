import { fail, redirect } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { env } from '$env/dynamic/private';
import { PASSWORD_MIN_LENGTH, signUp, signUpsPerHour, startSession } from '$lib/server/teachers';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.teacher) redirect(303, '/teacher');
	return { passwordMinLength: PASSWORD_MIN_LENGTH };
};

export const actions: Actions = {
	default: async ({ request, cookies, locals, getClientAddress, setHeaders }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const displayName = String(form.get('displayName') ?? '');
		const result = await signUp({
			email,
			displayName,
			password: String(form.get('password') ?? ''),
			clientAddress: getClientAddress(),
			perAddress: signUpsPerHour(env)
		});
		if (!result.ok) {
			const values = { email: email.slice(0, 254), displayName: displayName.slice(0, 80) };
			if (result.code === 'rate-limited') {
				setHeaders({ 'retry-after': String(result.retryAfterSeconds) });
				const message = CLASSROOM[locals.locale].rateLimited(result.retryAfterSeconds);
				return fail(429, {
					...values,
					errors: [{ field: 'form', key: 'form:rate-limited', message }]
				});
			}
			return fail(400, {
				...values,
				errors: result.errors.map((error) => ({
					field: error.field,
					key: `${error.field}:${error.code}`,
					message: null
				}))
			});
		}
		await startSession(cookies, result.teacher.id, locals.secureCookies);
		redirect(303, '/teacher');
	}
};
