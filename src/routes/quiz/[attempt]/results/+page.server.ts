import { error, redirect } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { formatWhen } from '$lib/i18n/format';
import { MESSAGES } from '$lib/i18n/messages';
import { describeKey, keyFigureFormat, describeResponse } from '$lib/quiz/describe';
import { formatFeedback } from '$lib/quiz/feedback';
import { roundCredit, scoreAttempt } from '$lib/quiz/score/attempt';
import {
	assignmentOf,
	attemptOverrides,
	countsForGrade,
	feedbackVisible,
	withheldModule
} from '$lib/server/assignments';
import { loadOwnAttempt } from '$lib/server/attempts';
import type { PageServerLoad } from './$types';

/** After submission, and only then, the keys, credits and evidence reach the browser. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const found = await loadOwnAttempt(params.attempt, locals.learnerId);
	if (!found) error(404, MESSAGES[locals.locale].attemptNotFound);
	const { attempt, module, responses } = found;
	if (attempt.status !== 'submitted') redirect(303, `/quiz/${attempt.id}/summary`);
	const assignment = await assignmentOf(attempt);
	// A self-study quiz of a module whose keys the learner's class still withholds would show them.
	if (!assignment && (await withheldModule(locals.learnerId, attempt.moduleId))) {
		error(403, MESSAGES[locals.locale].resultsWithheld);
	}
	if (assignment && !feedbackVisible(assignment)) {
		// The teacher keeps keys and feedback back: the stored score only.
		const t = CLASSROOM[locals.locale];
		const dueAt = assignment.settings.dueAt;
		return {
			hidden: true as const,
			moduleTitle: module.title,
			contentLanguage: module.language,
			total: roundCredit(attempt.credit ?? 0),
			max: attempt.maxCredit ?? attempt.questions.length,
			message:
				assignment.settings.feedback === 'after-due' && dueAt
					? t.resultsAfterDue(formatWhen(dueAt, locals.locale))
					: t.resultsHidden
		};
	}
	const scored = scoreAttempt(
		module,
		attempt.questions,
		new Map([...responses].map(([id, answer]) => [id, answer.response]))
	);
	const evidence = [...new Set(attempt.questions.flatMap((question) => question.evidence))];
	// A class attempt's score is the stored one: the teacher's credits and exclusions are in it.
	const overrides = assignment ? await attemptOverrides(attempt.id) : null;
	const counts = assignment ? countsForGrade(assignment, assignment.exclusions) : () => true;
	const total = assignment
		? (attempt.credit ?? 0)
		: scored.reduce((sum, { result }) => sum + result.credit, 0);
	return {
		hidden: false as const,
		moduleTitle: module.title,
		contentLanguage: module.language,
		blocks: module.article.blocks,
		evidence,
		total: roundCredit(total),
		max: assignment ? (attempt.maxCredit ?? scored.length) : scored.length,
		questions: scored.map(({ question, response, result }, index) => ({
			number: index + 1,
			excluded: !counts(question),
			teacherCredit: overrides?.get(question.id)?.credit ?? null,
			teacherComment: overrides?.get(question.id)?.comment ?? null,
			prompt: question.prompt,
			response: describeResponse(question, response),
			key: describeKey(question, keyFigureFormat(module, question)),
			credit: roundCredit(result.credit),
			verdict: result.verdict,
			feedback: formatFeedback(result, module, question.evidence, locals.locale),
			evidenceIndex: evidence.indexOf(question.evidence[0] ?? '')
		}))
	};
};
