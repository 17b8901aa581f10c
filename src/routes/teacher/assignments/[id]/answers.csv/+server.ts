import { assignmentResults } from '$lib/server/assignments';
import { answersCsv } from '$lib/server/results-csv';
import { requireOwnAssignment } from '$lib/server/guards';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const assignment = await requireOwnAssignment(locals, url, params.id);
	return new Response(answersCsv(await assignmentResults(assignment)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="answers-${assignment.joinCode}.csv"`
		}
	});
};
