import { ASSIGNMENT_TOOLS } from '$lib/i18n/assignment-tools';
import { assignmentResults } from '$lib/server/assignments';
import { requireOwnAssignment } from '$lib/server/guards';
import { gradesTable, polishCsv } from '$lib/server/results-csv';
import { schoolTimeZone } from '$lib/server/school';
import type { RequestHandler } from './$types';

/** The grades for Excel in a Polish locale: semicolons, decimal commas, a BOM. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const assignment = await requireOwnAssignment(locals, url, params.id);
	const table = gradesTable(await assignmentResults(assignment));
	return new Response(
		polishCsv(table, ASSIGNMENT_TOOLS[locals.locale].exportHeaders, schoolTimeZone()),
		{
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="grades-pl-${assignment.joinCode}.csv"`
			}
		}
	);
};
