import { error, redirect } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { findSeatByToken } from '$lib/server/assignments';
import { takeSeat } from '$lib/server/seat';
import type { Actions, PageServerLoad } from './$types';

async function seatOr404(token: string, locale: App.Locals['locale']) {
	const seat = await findSeatByToken(token);
	if (!seat) error(404, CLASSROOM[locale].resumeNotFound);
	return seat;
}

/**
 * The student's resume link. Opening it only asks: taking the seat makes this browser that
 * student, so a link opened by someone else (or by a learner with practice of their own) must
 * not switch identity silently. The seat's own browser goes straight on.
 */
export const load: PageServerLoad = async ({ params, locals }) => {
	const { participant, assignment } = await seatOr404(params.token, locals.locale);
	if (participant.learnerId === locals.learnerId) redirect(303, '/class');
	return { studentName: participant.displayName, assignmentTitle: assignment.title };
};

export const actions: Actions = {
	default: async ({ params, cookies, locals }) => {
		const { participant } = await seatOr404(params.token, locals.locale);
		takeSeat(cookies, params.token, participant.learnerId, locals.secureCookies);
		redirect(303, '/class');
	}
};
