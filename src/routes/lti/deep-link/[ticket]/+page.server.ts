import { error, fail, redirect } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { LTI_WORDS } from '$lib/i18n/lti';
import { echoAssignmentForm, readAssignmentForm } from '$lib/server/assignment-form';
import { FEEDBACK_TIMINGS } from '$lib/server/assignments';
import { getLibrary, findServedModule } from '$lib/server/library';
import { completeDeepLinking, findDeepLinkRequest } from '$lib/server/lti/deep-linking';
import type { Actions, PageServerLoad } from './$types';

/**
 * The deep-linking picker, inside the LMS's iframe: the ticket in the address stands for the
 * instructor (no cookie reaches an iframe), for an hour and for one assignment.
 */

export const load: PageServerLoad = async ({ params, locals }) => {
	if (!(await findDeepLinkRequest(params.ticket))) error(410, LTI_WORDS[locals.locale].ticketGone);
	return {
		modules: getLibrary().modules.map((module) => ({ id: module.id, title: module.title })),
		feedbackTimings: FEEDBACK_TIMINGS
	};
};

export const actions: Actions = {
	default: async ({ params, request, locals, url }) => {
		const t = LTI_WORDS[locals.locale];
		const form = await request.formData();
		const { values } = echoAssignmentForm(form);
		const moduleId = form.get('module');
		const served = typeof moduleId === 'string' ? findServedModule(moduleId) : undefined;
		if (!served) return fail(400, { field: 'module', message: t.unknownModule, values });
		const reading = readAssignmentForm(form, served.module);
		if (!reading.ok) {
			const [first] = reading.errors;
			const range = /^range:(\d+)-(\d+)$/.exec(first?.code ?? '');
			const words = CLASSROOM[locals.locale];
			const message = range
				? words.range(Number(range[1]), Number(range[2]))
				: (words.errors[`${first?.field}:${first?.code}`] ?? first?.code ?? '');
			return fail(400, { field: first?.field ?? 'form', message, values });
		}
		const next = await completeDeepLinking(params.ticket, {
			served,
			title: reading.title,
			settings: reading.settings,
			origin: url.origin
		});
		if (!next) error(410, t.ticketGone);
		redirect(303, `/lti/return/${next}`);
	}
};
