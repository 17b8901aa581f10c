import { json } from '@sveltejs/kit';
import { refusalMessage, type FormFields } from '$lib/answer-form';
import { MESSAGES, type Messages } from '$lib/i18n/messages';
import { questionIndexOf } from '$lib/question-number';
import { saveAnswerFromForm, type AnswerRefusal } from '$lib/server/attempts';
import type { RequestHandler } from './$types';

/**
 * The question page's autosave: saves what the question's form holds, as the form action does
 * when the learner moves on, but answers with a line of JSON instead of rendering anything, so
 * that saving as the learner types stays cheap for a whole class at once.
 */
export const POST: RequestHandler = async ({ params, request, locals }) => {
	const t = MESSAGES[locals.locale];
	const index = questionIndexOf(params.n);
	if (index === null) return json({ saved: false, message: t.questionNotFound }, { status: 404 });
	let form: FormFields;
	try {
		form = await readFields(request);
	} catch {
		return json({ saved: false, message: t.badRequest }, { status: 400 });
	}
	const saving = await saveAnswerFromForm(params.attempt, locals.learnerId, index, form);
	if (saving.saved) return json({ saved: true });
	const { status, message } = refused(saving.refusal, t);
	return json(
		{
			saved: false,
			message,
			...(saving.refusal.code === 'invalid' ? { field: saving.refusal.field } : {})
		},
		{ status }
	);
};

/**
 * The page's script sends urlencoded fields, read here without building a FormData; a multipart
 * body (an older page, another client) is read as FormData.
 */
async function readFields(request: Request): Promise<FormFields> {
	const type = request.headers.get('content-type') ?? '';
	if (type.startsWith('application/x-www-form-urlencoded')) {
		return new URLSearchParams(await request.text());
	}
	return request.formData();
}

function refused(refusal: AnswerRefusal, t: Messages) {
	switch (refusal.code) {
		case 'not-found':
			return { status: 404, message: t.attemptNotFound };
		case 'question-not-found':
			return { status: 404, message: t.questionNotFound };
		case 'invalid':
			return { status: 400, message: refusalMessage(t, refusal.reason) };
		case 'expired':
			return { status: 409, message: t.timeUp };
		case 'submitted':
			return { status: 409, message: t.answersClosed };
		case 'checked':
			return { status: 409, message: t.answerFinal };
	}
}
