import { ASSIGNMENT_TOOLS } from '$lib/i18n/assignment-tools';
import { assignmentResults } from '$lib/server/assignments';
import { requireOwnAssignment } from '$lib/server/guards';
import { answersTable, polishCsv } from '$lib/server/results-csv';
import { schoolTimeZone } from '$lib/server/school';
import type { RequestHandler } from './$types';

/** The answers for Excel in a Polish locale: semicolons, decimal commas, a BOM. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const assignment = await requireOwnAssignment(locals, url, params.id);
	const table = answersTable(await assignmentResults(assignment));
	return new Response(
		polishCsv(table, ASSIGNMENT_TOOLS[locals.locale].exportHeaders, schoolTimeZone()),
		{
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="answers-pl-${assignment.joinCode}.csv"`
			}
		}
	);
};
