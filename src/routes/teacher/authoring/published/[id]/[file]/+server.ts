import { error } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { ownPublishedFile } from '$lib/server/authoring';
import { requireTeacher } from '$lib/server/guards';
import type { RequestHandler } from './$types';

/** A published module's files, exactly as `questions/<module>/` holds them. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const teacher = requireTeacher(locals, url);
	const file = params.file;
	const text = await ownPublishedFile(teacher.id, params.id, file);
	if (text === null) error(404, CLASSROOM[locals.locale].draftNotFound);
	return new Response(text, {
		headers: {
			'content-type': `${file === 'article.md' ? 'text/markdown' : 'application/yaml'}; charset=utf-8`,
			'content-disposition': `attachment; filename="${file}"`
		}
	});
};
