import { error } from '@sveltejs/kit';
import { EXPORTS } from '$lib/i18n/exports';
import { MESSAGES } from '$lib/i18n/messages';
import { requireTeacher } from '$lib/server/guards';
import {
	exportModuleFile,
	exportParamsSchema,
	exportResponse,
	findExportableModule
} from '$lib/server/module-exports';
import type { RequestHandler } from './$types';

/** The whole module's question bank in one format, as a download for a signed-in teacher. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	requireTeacher(locals, url);
	const parsed = exportParamsSchema.safeParse(params.format);
	if (!parsed.success) error(404, EXPORTS[locals.locale].formatNotFound(params.format));
	const module = findExportableModule(params.module);
	if (!module) error(404, MESSAGES[locals.locale].moduleNotFound(params.module));
	const result = await exportModuleFile(module, {}, parsed.data, locals.locale);
	return exportResponse(result, result.fileName);
};
