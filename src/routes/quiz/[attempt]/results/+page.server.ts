import { error, redirect } from '@sveltejs/kit';
import { MESSAGES } from '$lib/i18n/messages';
import { describeKey, describeResponse } from '$lib/quiz/describe';
import { formatFeedback } from '$lib/quiz/feedback';
import { formatNumber } from '$lib/quiz/language/number';
import { loadOwnAttempt, scoreAttempt } from '$lib/server/quiz';
import type { PageServerLoad } from './$types';

/** After submission, and only then, the keys, credits and evidence reach the browser. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const found = await loadOwnAttempt(params.attempt, locals.learnerId);
	if (!found) error(404, MESSAGES[locals.locale].attemptNotFound);
	const { attempt, module, responses } = found;
	if (attempt.status !== 'submitted') redirect(303, `/quiz/${attempt.id}/summary`);
	const scored = scoreAttempt(
		module,
		attempt.questions,
		new Map([...responses].map(([id, answer]) => [id, answer.response]))
	);
	const evidence = [...new Set(attempt.questions.map((question) => question.evidence))];
	const total = scored.reduce((sum, { result }) => sum + result.credit, 0);
	return {
		moduleTitle: module.title,
		contentLanguage: module.language,
		blocks: module.article.blocks,
		evidence,
		total: Math.round(total * 100) / 100,
		max: scored.length,
		questions: scored.map(({ question, response, result }, index) => ({
			number: index + 1,
			prompt: question.prompt,
			response: describeResponse(question, response),
			key: describeKey(question, (value) => formatNumber(value, module.language)),
			credit: Math.round(result.credit * 100) / 100,
			verdict: result.verdict,
			feedback: formatFeedback(result, module, question.evidence, locals.locale),
			evidenceIndex: evidence.indexOf(question.evidence)
		}))
	};
};
