import { assignmentResults } from '$lib/server/assignments';
import { gradesCsv } from '$lib/server/results-csv';
import { requireOwnAssignment } from '$lib/server/guards';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const assignment = await requireOwnAssignment(locals, url, params.id);
	return new Response(gradesCsv(await assignmentResults(assignment)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="grades-${assignment.joinCode}.csv"`
		}
	});
};
