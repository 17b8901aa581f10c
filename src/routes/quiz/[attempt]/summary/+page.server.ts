import { error, redirect } from '@sveltejs/kit';
import { MESSAGES } from '$lib/i18n/messages';
import { assignmentOf, countsForGrade, timeIsUp } from '$lib/server/assignments';
import { loadOwnAttempt, submitOwnAttempt } from '$lib/server/attempts';
import { hasResponse } from '$lib/quiz/score/attempt';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const found = await loadOwnAttempt(params.attempt, locals.learnerId);
	if (!found) error(404, MESSAGES[locals.locale].attemptNotFound);
	if (found.attempt.status === 'submitted') redirect(303, `/quiz/${params.attempt}/results`);
	return {
		attemptId: found.attempt.id,
		moduleTitle: found.module.title,
		contentLanguage: found.module.language,
		timeIsUp: timeIsUp(found.attempt),
		questions: found.attempt.questions.map((question, index) => ({
			number: index + 1,
			prompt: question.prompt,
			answered: hasResponse(found.responses.get(question.id)?.response)
		}))
	};
};

export const actions: Actions = {
	submit: async ({ params, locals }) => {
		const found = await loadOwnAttempt(params.attempt, locals.learnerId);
		if (!found) error(404, MESSAGES[locals.locale].attemptNotFound);
		const assignment = await assignmentOf(found.attempt);
		await submitOwnAttempt(
			found.attempt.id,
			found.module,
			assignment ? countsForGrade(assignment, assignment.exclusions) : undefined
		);
		redirect(303, `/quiz/${found.attempt.id}/results`);
	}
};
