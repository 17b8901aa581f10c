import { error, redirect } from '@sveltejs/kit';
import { MESSAGES } from '$lib/i18n/messages';
import { loadOwnAttempt } from '$lib/server/attempts';
import { hasResponse } from '$lib/quiz/score/attempt';
import type { PageServerLoad } from './$types';

/** Resumes an attempt at its first unanswered question (or its results once submitted). */
export const load: PageServerLoad = async ({ params, locals }) => {
	const found = await loadOwnAttempt(params.attempt, locals.learnerId);
	if (!found) error(404, MESSAGES[locals.locale].attemptNotFound);
	if (found.attempt.status === 'submitted') redirect(303, `/quiz/${params.attempt}/results`);
	const next = found.attempt.questions.findIndex(
		(question) => !hasResponse(found.responses.get(question.id)?.response)
	);
	redirect(
		303,
		next < 0 ? `/quiz/${params.attempt}/summary` : `/quiz/${params.attempt}/${next + 1}`
	);
};
