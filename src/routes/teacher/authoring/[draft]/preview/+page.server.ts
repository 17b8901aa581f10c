import { randomInt } from 'node:crypto';
import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { refusalMessage } from '$lib/answer-form';
import { CLASSROOM } from '$lib/i18n/classroom';
import { MESSAGES } from '$lib/i18n/messages';
import { describeResponse } from '$lib/quiz/describe';
import {
	draftModuleOf,
	findOwnDraft,
	previewQuiz,
	scorePreviewAnswer
} from '$lib/server/authoring';
import { DEFAULT_QUESTION_COUNT, QUESTION_COUNTS } from '$lib/server/attempts';
import { requireTeacher } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** Which student's quiz: the seed and the length, carried in the URL so answers find it again. */
const quizChoiceSchema = z.object({
	seed: z.coerce
		.number()
		.int()
		.min(1)
		.max(2 ** 31 - 1),
	count: z.coerce
		.number()
		.int()
		.refine((count) => (QUESTION_COUNTS as readonly number[]).includes(count))
});

const newSeed = () => randomInt(1, 2 ** 31 - 1);

async function ownModule(locals: App.Locals, url: URL, draftId: string) {
	const teacher = requireTeacher(locals, url);
	const draft = await findOwnDraft(teacher.id, draftId);
	if (!draft) error(404, CLASSROOM[locals.locale].draftNotFound);
	return { draft, module: draftModuleOf(draft.state) };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { draft, module } = await ownModule(locals, url, params.draft);
	const choice = quizChoiceSchema.safeParse({
		seed: url.searchParams.get('seed'),
		count: url.searchParams.get('count') ?? DEFAULT_QUESTION_COUNT
	});
	if (!choice.success) redirect(303, `?seed=${newSeed()}&count=${DEFAULT_QUESTION_COUNT}`);
	const { seed, count } = choice.data;
	return {
		id: draft.id,
		title: draft.title,
		seed,
		count,
		counts: QUESTION_COUNTS,
		nextSeed: newSeed(),
		contentLanguage: module?.language ?? null,
		// What a student's browser gets: the public form of each question, nothing of the key.
		questions: module ? previewQuiz(module, count, seed).map((entry) => entry.shown) : null
	};
};

export const actions: Actions = {
	answer: async ({ locals, url, params, request }) => {
		const { module } = await ownModule(locals, url, params.draft);
		const t = MESSAGES[locals.locale];
		const choice = quizChoiceSchema.safeParse({
			seed: url.searchParams.get('seed'),
			count: url.searchParams.get('count')
		});
		const form = await request.formData();
		const index = z.coerce.number().int().min(0).max(100).safeParse(form.get('index'));
		const badRequest = {
			refused: { index: -1, field: 'index', message: t.badRequest, answer: null }
		};
		if (!module || !choice.success || !index.success) return fail(400, badRequest);
		const { seed, count } = choice.data;
		const scored = scorePreviewAnswer(module, count, seed, index.data, form, locals.locale);
		if (!scored) return fail(400, badRequest);
		if (!scored.ok) {
			const typed = form.get('answer');
			return fail(400, {
				refused: {
					index: scored.index,
					field: scored.field,
					message: refusalMessage(t, scored.code),
					answer: typeof typed === 'string' ? typed.slice(0, 500) : null
				}
			});
		}
		const question = previewQuiz(module, count, seed)[scored.index]?.question;
		return {
			answered: {
				index: scored.index,
				response: scored.response,
				described: question ? describeResponse(question, scored.response) : null,
				credit: scored.credit,
				verdict: scored.verdict,
				feedback: scored.feedback,
				key: scored.key
			}
		};
	}
};
