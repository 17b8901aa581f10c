import { redirect } from '@sveltejs/kit';
import { newLearnerId, setLearnerCookie } from '$lib/server/learner';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ learnerId: locals.learnerId });

export const actions: Actions = {
	reset: ({ cookies, locals }) => {
		setLearnerCookie(cookies, newLearnerId(), locals.secureCookies);
		redirect(303, '/me');
	}
};
