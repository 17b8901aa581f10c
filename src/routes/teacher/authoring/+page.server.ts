import { fail, redirect } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { formatContentError } from '$lib/quiz/module';
import {
	publishFiles,
	readArticleSource,
	startDraft,
	teacherWork,
	unpublishOwnModule
} from '$lib/server/authoring';
import { requireTeacher } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const teacher = requireTeacher(locals, url);
	return teacherWork(teacher.id);
};

const MAX_MODULE_FILE_BYTES = 1_000_000;

async function fileText(form: FormData, name: string): Promise<string | null> {
	const file = form.get(name);
	if (!(file instanceof File) || file.size === 0 || file.size > MAX_MODULE_FILE_BYTES) return null;
	return file.text();
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
		const articleText = await fileText(form, 'article');
		const factsText = await fileText(form, 'facts');
		if (articleText === null || factsText === null) {
			return fail(400, {
				form: 'import',
				field: articleText === null ? 'article' : 'facts',
				message: t.extractionErrors.empty,
				moduleId
			});
		}
		const result = await publishFiles(teacher.id, { moduleId, articleText, factsText });
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
