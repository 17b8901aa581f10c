import { error } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { assignmentResults, findTeacherAssignment } from '$lib/server/classroom';
import { gradesCsv } from '$lib/server/exports';
import { requireTeacher } from '$lib/server/teacher-guard';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const teacher = requireTeacher(locals, url);
	const assignment = await findTeacherAssignment(teacher.id, params.id);
	if (!assignment) error(404, CLASSROOM[locals.locale].assignmentNotFound);
	return new Response(gradesCsv(await assignmentResults(assignment)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="grades-${assignment.joinCode}.csv"`
		}
	});
};
