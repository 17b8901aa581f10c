import { error, fail, redirect } from '@sveltejs/kit';
import { readAnswerForm } from '$lib/answer-form';
import { MESSAGES } from '$lib/i18n/messages';
import { publicQuestion } from '$lib/quiz/question';
import { describeKey, describeResponse } from '$lib/quiz/describe';
import { formatFeedback } from '$lib/quiz/feedback';
import { formatNumber } from '$lib/quiz/language/number';
import { scoreQuestion } from '$lib/quiz/score/index';
import { assignmentOf, timeIsUp } from '$lib/server/classroom';
import { AttemptError } from '$lib/server/db/attempts';
import { hasResponse, loadOwnAttempt, loadQuestionToAnswer, recordAnswer } from '$lib/server/quiz';
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
	const saved = responses.get(question.id);
	const assignment = await assignmentOf(attempt);
	// Immediate feedback: a checked answer is final, so its key and feedback may be shown now.
	const checked =
		saved?.checkedAt && saved.result
			? {
					response: describeResponse(question, saved.response),
					key: describeKey(question, (value) => formatNumber(value, module.language)),
					verdict: saved.result.verdict,
					credit: Math.round(saved.result.credit * 100) / 100,
					feedback: formatFeedback(saved.result, module, question.evidence, locals.locale)
				}
			: null;
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
		deadlineAt: attempt.deadlineAt,
		canCheck: assignment?.settings.feedback === 'immediate',
		checked
	};
};

/** Where a button of the answer form leads: `go` is previous, next, summary or a question number. */
function targetOf(go: string, index: number, total: number): number | 'summary' {
	const jump = Number(go);
	if (go === 'previous') return Math.max(1, index);
	if (Number.isInteger(jump) && jump >= 1 && jump <= total) return jump;
	if (go === 'summary' || index + 1 >= total) return 'summary';
	return index + 2;
}

export const actions: Actions = {
	default: async ({ params, request, locals }) => {
		const t = MESSAGES[locals.locale];
		const index = Number(params.n) - 1;
		const attemptId = params.attempt;
		const found = Number.isInteger(index)
			? await loadQuestionToAnswer(attemptId, locals.learnerId, index)
			: null;
		if (!found) error(404, t.attemptNotFound);
		const { module, question, questions } = found;
		if (!question) error(404, t.questionNotFound);
		const form = await request.formData();
		const go = String(form.get('go') ?? 'next');
		const target = targetOf(go, index, questions.length);
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
		const check = go === 'check' && (await assignmentOf(found))?.settings.feedback === 'immediate';
		try {
			await recordAnswer(
				attemptId,
				question.id,
				reading.response,
				check && reading.response !== null
					? scoreQuestion(module, question, reading.response)
					: undefined
			);
		} catch (failure) {
			if (failure instanceof AttemptError && failure.code === 'not-found') {
				error(404, t.attemptNotFound);
			}
			// The time ran out between loading the page and saving: what was saved before stands.
			if (failure instanceof AttemptError && failure.code === 'expired') {
				redirect(303, `/quiz/${attemptId}/summary`);
			}
			// A checked answer is final: moving on from it saves nothing.
			if (failure instanceof AttemptError && failure.code === 'checked') {
				if (go === 'stay') return { saved: false };
				redirect(303, `/quiz/${attemptId}/${target}`);
			}
			if (failure instanceof AttemptError && failure.code === 'submitted') {
				redirect(303, `/quiz/${attemptId}/results`);
			}
			throw failure;
		}
		// Autosave while the learner is still on the question (JavaScript on): no navigation.
		if (go === 'stay') return { saved: true };
		redirect(303, `/quiz/${attemptId}/${check ? index + 1 : target}`);
	}
};
