import { exportOffers, findExportableModule, moduleExportHref } from '$lib/server/module-exports';
import type { LayoutServerLoad } from './$types';

/** A signed-in teacher gets the module's export downloads on its page; nobody else does. */
export const load: LayoutServerLoad = ({ locals, params }) => {
	const module = locals.teacher ? findExportableModule(params.id) : undefined;
	return {
		exportOffers: module
			? exportOffers(module, {}, (format) => moduleExportHref(module.id, format), locals.locale)
			: null
	};
};
