import { error, fail, redirect } from '@sveltejs/kit';
import { MESSAGES } from '$lib/i18n/messages';
import { quizCapacity } from '$lib/quiz/generate';
import { withheldModule } from '$lib/server/assignments';
import { getLibrary } from '$lib/server/library';
import {
	DEFAULT_QUESTION_COUNT,
	openStudyAttemptId,
	QUESTION_COUNTS,
	startAttempt
} from '$lib/server/attempts';
import type { Actions, PageServerLoad } from './$types';

/** The module, unless there is none (404) or the learner's closed-book class keeps it (403). */
async function moduleFor(id: string, locals: App.Locals) {
	const module = getLibrary().modules.find((candidate) => candidate.id === id);
	if (!module) error(404, MESSAGES[locals.locale].moduleNotFound(id));
	if ((await withheldModule(locals.learnerId, module.id))?.closedBook) {
		error(403, MESSAGES[locals.locale].articleWithheld);
	}
	return module;
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const module = await moduleFor(params.id, locals);
	return {
		isTeacher: locals.teacher !== null,
		// A start continues this quiz (one open quiz per module): the page says so and links it.
		openAttemptId: await openStudyAttemptId(locals.learnerId, module.id),
		module: {
			id: module.id,
			title: module.title,
			language: module.language,
			source: module.source,
			date: module.date,
			blocks: module.article.blocks
		},
		questionCounts: QUESTION_COUNTS,
		defaultCount: DEFAULT_QUESTION_COUNT,
		// A quiz asks each fact once: a longer one than this is shorter, and the form says so.
		capacity: quizCapacity(module)
	};
};

export const actions: Actions = {
	start: async ({ params, request, locals }) => {
		const module = await moduleFor(params.id, locals);
		const form = await request.formData();
		const count = Number(form.get('count') ?? DEFAULT_QUESTION_COUNT);
		if (!(QUESTION_COUNTS as readonly number[]).includes(count)) {
			return fail(400, { field: 'count', message: MESSAGES[locals.locale].badRequest });
		}
		const { attempt, started } = await startAttempt(locals.learnerId, module, {
			count,
			openBook: form.get('openBook') === 'on'
		});
		// A quiz of this module left open is continued: one open quiz per module, whatever the clicks.
		redirect(303, started ? `/quiz/${attempt.id}/1` : `/quiz/${attempt.id}`);
	}
};
