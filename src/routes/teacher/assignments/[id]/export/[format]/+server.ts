import { error } from '@sveltejs/kit';
import { EXPORTS } from '$lib/i18n/exports';
import { MESSAGES } from '$lib/i18n/messages';
import { requireOwnAssignment } from '$lib/server/guards';
import {
	assignmentExportSource,
	exportModuleFile,
	exportParamsSchema,
	exportResponse
} from '$lib/server/module-exports';
import type { RequestHandler } from './$types';

/** The assignment's own question set in one format, for the teacher who owns it. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const assignment = await requireOwnAssignment(locals, url, params.id);
	const parsed = exportParamsSchema.safeParse(params.format);
	if (!parsed.success) error(404, EXPORTS[locals.locale].formatNotFound(params.format));
	const source = await assignmentExportSource(assignment);
	if (!source) error(404, MESSAGES[locals.locale].moduleNotFound(assignment.moduleId));
	const result = await exportModuleFile(source.module, source.options, parsed.data, locals.locale);
	// Named after the module, not the join code: a file passed on must not let anyone join.
	return exportResponse(result, `${source.module.id}-assignment.${result.file.extension}`);
};
