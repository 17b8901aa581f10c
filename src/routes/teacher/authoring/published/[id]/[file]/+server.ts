import { error } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { findPublishedModule } from '$lib/server/db/authoring';
import { getDatabase } from '$lib/server/database';
import { requireTeacher } from '$lib/server/teacher-guard';
import type { RequestHandler } from './$types';

/** A published module's files, exactly as `questions/<module>/` holds them. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const teacher = requireTeacher(locals, url);
	const { db } = await getDatabase();
	const stored = await findPublishedModule(db, params.id);
	const file = params.file;
	if (
		!stored ||
		stored.teacherId !== teacher.id ||
		(file !== 'article.md' && file !== 'facts.yaml')
	) {
		error(404, CLASSROOM[locals.locale].draftNotFound);
	}
	return new Response(file === 'article.md' ? stored.articleText : stored.factsText, {
		headers: {
			'content-type': `${file === 'article.md' ? 'text/markdown' : 'application/yaml'}; charset=utf-8`,
			'content-disposition': `attachment; filename="${file}"`
		}
	});
};
