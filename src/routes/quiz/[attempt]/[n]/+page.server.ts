import { error, fail, redirect } from '@sveltejs/kit';
import { readAnswerForm } from '$lib/answer-form';
import { MESSAGES } from '$lib/i18n/messages';
import { publicQuestion } from '$lib/quiz/question';
import { timeIsUp } from '$lib/server/classroom';
import { AttemptError } from '$lib/server/db/attempts';
import { hasResponse, loadOwnAttempt, recordAnswer } from '$lib/server/quiz';
import type { Actions, PageServerLoad } from './$types';

async function loadQuestion(params: { attempt: string; n: string }, locals: App.Locals) {
	const t = MESSAGES[locals.locale];
	const found = await loadOwnAttempt(params.attempt, locals.learnerId);
	if (!found) error(404, t.attemptNotFound);
	const index = Number(params.n) - 1;
	const question = found.attempt.questions[index];
	if (!Number.isInteger(index) || !question) error(404, t.questionNotFound);
	return { ...found, index, question };
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const { attempt, module, responses, index, question } = await loadQuestion(params, locals);
	if (attempt.status === 'submitted') redirect(303, `/quiz/${attempt.id}/results`);
	if (timeIsUp(attempt)) redirect(303, `/quiz/${attempt.id}/summary`);
	const openBook = attempt.options.openBook === true;
	return {
		attemptId: attempt.id,
		moduleTitle: module.title,
		contentLanguage: module.language,
		number: index + 1,
		total: attempt.questions.length,
		question: publicQuestion(question),
		response: responses.get(question.id)?.response ?? null,
		answered: attempt.questions.map((candidate) =>
			hasResponse(responses.get(candidate.id)?.response)
		),
		article: openBook ? module.article.blocks : null,
		deadlineAt: attempt.deadlineAt
	};
};

export const actions: Actions = {
	default: async ({ params, request, locals }) => {
		const t = MESSAGES[locals.locale];
		const { attempt, index, question } = await loadQuestion(params, locals);
		if (attempt.status === 'submitted') redirect(303, `/quiz/${attempt.id}/results`);
		const form = await request.formData();
		const reading = readAnswerForm(publicQuestion(question), form);
		if (!reading.ok) {
			const message =
				reading.code === 'too-long'
					? t.answerTooLong
					: reading.code === 'duplicate-position'
						? t.duplicatePosition
						: t.unknownChoice;
			const text = form.get('answer');
			return fail(400, {
				field: reading.field,
				message,
				answer: typeof text === 'string' ? text.slice(0, 500) : null
			});
		}
		try {
			await recordAnswer(attempt.id, question.id, reading.response);
		} catch (failure) {
			// The time ran out between loading the page and saving: what was saved before stands.
			if (failure instanceof AttemptError && failure.code === 'expired') {
				redirect(303, `/quiz/${attempt.id}/summary`);
			}
			if (failure instanceof AttemptError && failure.code === 'submitted') {
				redirect(303, `/quiz/${attempt.id}/results`);
			}
			throw failure;
		}
		const go = String(form.get('go') ?? 'next');
		// Autosave while the learner is still on the question (JavaScript on): no navigation.
		if (go === 'stay') return { saved: true };
		const jump = Number(go);
		const target =
			go === 'previous'
				? Math.max(1, index)
				: Number.isInteger(jump) && jump >= 1 && jump <= attempt.questions.length
					? jump
					: go === 'summary' || index + 1 >= attempt.questions.length
						? 'summary'
						: index + 2;
		redirect(303, `/quiz/${attempt.id}/${target}`);
	}
};
