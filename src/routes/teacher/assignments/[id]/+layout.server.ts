import { requireOwnAssignment } from '$lib/server/guards';
import {
	assignmentExportHref,
	assignmentExportSource,
	exportOffers
} from '$lib/server/module-exports';
import type { LayoutServerLoad } from './$types';

/** The assignment's export downloads, for its page (a layout, so that page's load stays as it is). */
export const load: LayoutServerLoad = async ({ locals, url, params }) => {
	const assignment = await requireOwnAssignment(locals, url, params.id);
	const source = await assignmentExportSource(assignment);
	return {
		exportOffers: source
			? exportOffers(
					source.module,
					source.options,
					(format) => assignmentExportHref(assignment.id, format),
					locals.locale
				)
			: null
	};
};
