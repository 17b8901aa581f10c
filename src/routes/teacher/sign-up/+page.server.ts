import { fail, redirect } from '@sveltejs/kit';
import { PASSWORD_MIN_LENGTH, signUp, startSession } from '$lib/server/teachers';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.teacher) redirect(303, '/teacher');
	return { passwordMinLength: PASSWORD_MIN_LENGTH };
};

export const actions: Actions = {
	default: async ({ request, cookies, locals }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const displayName = String(form.get('displayName') ?? '');
		const result = await signUp({
			email,
			displayName,
			password: String(form.get('password') ?? '')
		});
		if (!result.ok) {
			return fail(400, {
				email: email.slice(0, 254),
				displayName: displayName.slice(0, 80),
				errors: result.errors.map((error) => ({
					field: error.field,
					key: `${error.field}:${error.code}`
				}))
			});
		}
		await startSession(cookies, result.teacher.id, locals.secureCookies);
		redirect(303, '/teacher');
	}
};
