import { error, redirect } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { findParticipantByToken } from '$lib/server/assignments';
import { takeSeat } from '$lib/server/seat';
import type { RequestHandler } from './$types';

/** The student's resume link: takes the seat on this device and opens the assignment. */
export const GET: RequestHandler = async ({ params, cookies, locals }) => {
	const participant = await findParticipantByToken(params.token);
	if (!participant) error(404, CLASSROOM[locals.locale].resumeNotFound);
	takeSeat(cookies, params.token, participant.learnerId, locals.secureCookies);
	redirect(303, '/class');
};
