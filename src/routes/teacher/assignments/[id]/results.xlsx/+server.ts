import { ASSIGNMENT_TOOLS } from '$lib/i18n/assignment-tools';
import { assignmentResults } from '$lib/server/assignments';
import { requireOwnAssignment } from '$lib/server/guards';
import { answersTable, gradesTable } from '$lib/server/results-csv';
import { resultsWorkbook } from '$lib/server/results-xlsx';
import { schoolTimeZone } from '$lib/server/school';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const assignment = await requireOwnAssignment(locals, url, params.id);
	const words = ASSIGNMENT_TOOLS[locals.locale];
	const results = await assignmentResults(assignment);
	const workbook = await resultsWorkbook(
		[
			{ name: words.gradesSheet, table: gradesTable(results), headers: words.exportHeaders },
			{ name: words.answersSheet, table: answersTable(results), headers: words.exportHeaders }
		],
		schoolTimeZone()
	);
	return new Response(new Uint8Array(workbook), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="results-${assignment.joinCode}.xlsx"`
		}
	});
};
