import { error, fail, redirect } from '@sveltejs/kit';
import { refusalMessage } from '$lib/answer-form';
import { MESSAGES } from '$lib/i18n/messages';
import { publicQuestion } from '$lib/quiz/question';
import { describeKey, keyFigureFormat, describeResponse } from '$lib/quiz/describe';
import { formatFeedback } from '$lib/quiz/feedback';
import { questionIndexOf } from '$lib/question-number';
import { hasResponse } from '$lib/quiz/score/attempt';
import { assignmentOf, timeIsUp, withheldModule } from '$lib/server/assignments';
import { loadOwnAttempt, saveAnswerFromForm } from '$lib/server/attempts';
import { numberHintOf } from '$lib/server/number-hint';
import type { Actions, PageServerLoad } from './$types';
import { roundCredit } from '$lib/quiz/score/attempt';

async function loadQuestion(params: { attempt: string; n: string }, locals: App.Locals) {
	const t = MESSAGES[locals.locale];
	const found = await loadOwnAttempt(params.attempt, locals.learnerId);
	if (!found) error(404, t.attemptNotFound);
	const index = questionIndexOf(params.n);
	const question = index === null ? undefined : found.attempt.questions[index];
	if (index === null || !question) error(404, t.questionNotFound);
	return { ...found, index, question };
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const { attempt, module, responses, index, question } = await loadQuestion(params, locals);
	if (attempt.status === 'submitted') redirect(303, `/quiz/${attempt.id}/results`);
	if (timeIsUp(attempt)) redirect(303, `/quiz/${attempt.id}/summary`);
	const saved = responses.get(question.id);
	const assignment = await assignmentOf(attempt);
	// A self-study quiz shows no article the learner's closed-book class withholds.
	const openBook =
		attempt.options.openBook === true &&
		(assignment !== null ||
			!(await withheldModule(locals.learnerId, attempt.moduleId))?.closedBook);
	// Immediate feedback: a checked answer is final, so its key and feedback may be shown now.
	const checked =
		saved?.checkedAt && saved.result
			? {
					response: describeResponse(question, saved.response),
					key: describeKey(question, keyFigureFormat(module, question)),
					verdict: saved.result.verdict,
					credit: roundCredit(saved.result.credit),
					feedback: formatFeedback(saved.result, module, question.evidence, locals.locale)
				}
			: null;
	return {
		attemptId: attempt.id,
		moduleTitle: module.title,
		contentLanguage: module.language,
		number: index + 1,
		total: attempt.questions.length,
		question: publicQuestion(question, index),
		numberHint: numberHintOf(module, question),
		response: responses.get(question.id)?.response ?? null,
		answered: attempt.questions.map((candidate) =>
			hasResponse(responses.get(candidate.id)?.response)
		),
		article: openBook ? module.article.blocks : null,
		deadlineAt: attempt.deadlineAt,
		// The countdown runs from the server's clock, not the learner's.
		serverNow: new Date().toISOString(),
		canCheck: assignment?.settings.feedback === 'immediate',
		checked
	};
};

/** Where a button of the answer form leads: `go` is previous, next, summary or a question number. */
function targetOf(go: string, index: number, total: number): number | 'summary' {
	const jump = questionIndexOf(go);
	if (go === 'previous') return Math.max(1, index);
	if (jump !== null && jump < total) return jump + 1;
	if (go === 'summary' || index + 1 >= total) return 'summary';
	return index + 2;
}

export const actions: Actions = {
	default: async ({ params, request, locals }) => {
		const t = MESSAGES[locals.locale];
		const index = questionIndexOf(params.n);
		if (index === null) error(404, t.questionNotFound);
		const attemptId = params.attempt;
		const form = await request.formData();
		const go = String(form.get('go') ?? 'next');
		const saving = await saveAnswerFromForm(
			attemptId,
			locals.learnerId,
			index,
			form,
			go === 'check'
		);
		const target = targetOf(go, index, saving.total);
		if (!saving.saved) {
			const { refusal } = saving;
			if (refusal.code === 'not-found') error(404, t.attemptNotFound);
			if (refusal.code === 'question-not-found') error(404, t.questionNotFound);
			if (refusal.code === 'invalid') {
				const text = form.get('answer');
				return fail(400, {
					field: refusal.field,
					message: refusalMessage(t, refusal.reason),
					answer: typeof text === 'string' ? text.slice(0, 500) : null
				});
			}
			// The time ran out between loading the page and saving: what was saved before stands.
			if (refusal.code === 'expired') redirect(303, `/quiz/${attemptId}/summary`);
			if (refusal.code === 'submitted') redirect(303, `/quiz/${attemptId}/results`);
			// A checked answer is final: moving on from it saves nothing.
			if (go === 'stay') return { saved: false };
			redirect(303, `/quiz/${attemptId}/${target}`);
		}
		// Autosave while the learner is still on the question (JavaScript on): no navigation.
		if (go === 'stay') return { saved: true };
		redirect(303, `/quiz/${attemptId}/${saving.checked ? index + 1 : target}`);
	}
};
