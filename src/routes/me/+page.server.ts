import { redirect } from '@sveltejs/kit';
import {
	isLearnerId,
	newLearnerId,
	OWN_LEARNER_COOKIE,
	setLearnerCookie
} from '$lib/server/learner';
import { learnerHistory } from '$lib/server/history';
import { leaveSeat } from '$lib/server/seat';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, cookies }) => {
	const own = cookies.get(OWN_LEARNER_COOKIE);
	return {
		history: await learnerHistory(locals.learnerId),
		learnerId: locals.learnerId,
		// Set while this browser works as a class seat's learner: the learner's own id to go back to.
		ownLearnerId: isLearnerId(own) && own !== locals.learnerId ? own : null
	};
};

export const actions: Actions = {
	reset: ({ cookies, locals }) => {
		setLearnerCookie(cookies, newLearnerId(), locals.secureCookies);
		redirect(303, '/me');
	},
	restore: ({ cookies, locals }) => {
		leaveSeat(cookies, locals.secureCookies);
		redirect(303, '/me');
	}
};
