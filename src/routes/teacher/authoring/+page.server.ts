import { fail, redirect } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { MESSAGES } from '$lib/i18n/messages';
import { formatContentError } from '$lib/quiz/module';
import {
	publishFiles,
	readArticleSource,
	startDraft,
	teacherWork,
	unpublishOwnModule
} from '$lib/server/authoring';
import { hasControlCharacter } from '$lib/server/form-text';
import { requireTeacher } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const teacher = requireTeacher(locals, url);
	return teacherWork(teacher.id);
};

const MAX_MODULE_FILE_BYTES = 1_000_000;

type FileRefusal = 'empty' | 'too-large' | 'control-character';

/**
 * A module file's text, or why there is none: missing (or empty), over the 1 MB limit, or with a
 * control character (the hook checks form fields, not files; PostgreSQL refuses a NUL in text).
 */
async function fileText(
	form: FormData,
	name: string
): Promise<{ ok: true; text: string } | { ok: false; code: FileRefusal }> {
	const file = form.get(name);
	if (!(file instanceof File) || file.size === 0) return { ok: false, code: 'empty' };
	if (file.size > MAX_MODULE_FILE_BYTES) return { ok: false, code: 'too-large' };
	const text = await file.text();
	if (hasControlCharacter(text)) return { ok: false, code: 'control-character' };
	return { ok: true, text };
}

export const actions: Actions = {
	start: async ({ locals, url, request }) => {
		const teacher = requireTeacher(locals, url);
		const t = CLASSROOM[locals.locale];
		const form = await request.formData();
		const source = await readArticleSource(form);
		const pasted = String(form.get('text') ?? '').slice(0, 200_000);
		if (!source.ok) {
			const message =
				source.code === 'unsupported-file' ? t.unsupportedFile : t.extractionErrors[source.code];
			return fail(400, { form: 'start', field: source.field, message, text: pasted });
		}
		const started = await startDraft(teacher.id, source);
		if (!started.ok) {
			return fail(400, {
				form: 'start',
				field: source.fileName ? 'file' : 'text',
				message: t.extractionErrors[started.code] ?? started.code,
				text: pasted
			});
		}
		redirect(303, `/teacher/authoring/${started.draftId}`);
	},
	import: async ({ locals, url, request }) => {
		const teacher = requireTeacher(locals, url);
		const t = CLASSROOM[locals.locale];
		const form = await request.formData();
		const moduleId = String(form.get('moduleId') ?? '').slice(0, 100);
		const refuseFile = (field: 'article' | 'facts', code: FileRefusal) =>
			fail(400, {
				form: 'import',
				field,
				message:
					code === 'too-large'
						? t.moduleFileTooLarge(MAX_MODULE_FILE_BYTES / 1_000_000)
						: code === 'control-character'
							? MESSAGES[locals.locale].controlCharacter(field)
							: t.extractionErrors.empty,
				moduleId
			});
		const article = await fileText(form, 'article');
		if (!article.ok) return refuseFile('article', article.code);
		const facts = await fileText(form, 'facts');
		if (!facts.ok) return refuseFile('facts', facts.code);
		const result = await publishFiles(teacher.id, {
			moduleId,
			articleText: article.text,
			factsText: facts.text
		});
		if (!result.ok) {
			return fail(400, {
				form: 'import',
				field: result.code === 'invalid' ? 'facts' : 'moduleId',
				message:
					result.code === 'invalid'
						? `${t.publishErrorsHeading} ${result.errors.map(formatContentError).join(' · ')}`
						: result.code === 'id-taken'
							? t.moduleIdTaken
							: t.moduleIdInvalid,
				errors: result.code === 'invalid' ? result.errors.map(formatContentError) : [],
				moduleId
			});
		}
		redirect(303, `/modules/${result.moduleId}`);
	},
	unpublish: async ({ locals, url, request }) => {
		const teacher = requireTeacher(locals, url);
		const form = await request.formData();
		await unpublishOwnModule(teacher.id, String(form.get('moduleId') ?? ''));
		return { unpublished: true };
	}
};
