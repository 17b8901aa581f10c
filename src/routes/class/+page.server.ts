import { error, redirect } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { formatWhen } from '$lib/i18n/format';
import {
	assignmentModule,
	attemptsAllowed,
	availability,
	feedbackVisible,
	seatAttempts,
	startAssignmentAttempt
} from '$lib/server/assignments';
import { currentSeat } from '$lib/server/seat';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies, url }) => {
	const seat = await currentSeat(cookies);
	if (!seat) redirect(303, '/join');
	const { participant, assignment, token } = seat;
	const attempts = await seatAttempts(assignment, participant);
	const module = await assignmentModule(assignment);
	return {
		title: assignment.title,
		moduleTitle: module?.title ?? assignment.moduleId,
		contentLanguage: module?.language ?? 'pl',
		name: participant.displayName,
		resumeUrl: `${url.origin}/resume/${token}`,
		settings: {
			dueAt: assignment.settings.dueAt,
			opensAt: assignment.settings.opensAt,
			timeLimitMinutes:
				assignment.settings.timeLimitMinutes === null
					? null
					: assignment.settings.timeLimitMinutes + participant.extraMinutes
		},
		attemptsLeft: Math.max(0, attemptsAllowed(assignment, participant) - attempts.length),
		unavailable: attempts.some((attempt) => attempt.status === 'open')
			? null
			: availability(assignment, participant, attempts.length),
		feedbackVisible: feedbackVisible(assignment),
		attempts: attempts.map((attempt) => ({
			id: attempt.id,
			status: attempt.status,
			credit: attempt.credit,
			max: attempt.maxCredit
		}))
	};
};

export const actions: Actions = {
	start: async ({ cookies, locals }) => {
		const seat = await currentSeat(cookies);
		if (!seat) redirect(303, '/join');
		const started = await startAssignmentAttempt(seat.assignment, seat.participant);
		if (!started.ok) {
			const t = CLASSROOM[locals.locale];
			const message =
				started.reason === 'past-due'
					? t.pastDue
					: started.reason === 'no-attempts-left'
						? t.noAttemptsLeft
						: started.reason === 'not-open' && seat.assignment.settings.opensAt
							? t.notOpen(formatWhen(seat.assignment.settings.opensAt, locals.locale))
							: t.assignmentNotFound;
			error(409, message);
		}
		// A start that found its attempt open (a double click, a second tab) continues it.
		redirect(
			303,
			started.started ? `/quiz/${started.attempt.id}/1` : `/quiz/${started.attempt.id}`
		);
	}
};
