import { redirect } from '@sveltejs/kit';
import { LEARNER_COOKIE, newLearnerId } from '$lib/server/learner';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ learnerId: locals.learnerId });

export const actions: Actions = {
	reset: ({ cookies }) => {
		cookies.set(LEARNER_COOKIE, newLearnerId(), {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			maxAge: 60 * 60 * 24 * 400
		});
		redirect(303, '/me');
	}
};
