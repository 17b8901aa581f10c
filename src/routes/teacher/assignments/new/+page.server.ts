import { error, fail, redirect } from '@sveltejs/kit';
import { ASSIGNMENT_TOOLS } from '$lib/i18n/assignment-tools';
import { MESSAGES } from '$lib/i18n/messages';
import { quizCapacity } from '$lib/quiz/generate';
import { QUESTION_TYPES } from '$lib/quiz/question';
import { echoAssignmentForm, readAssignmentForm } from '$lib/server/assignment-form';
import { createClassAssignment } from '$lib/server/assignments';
import { requireTeacher } from '$lib/server/guards';
import { findServedModule } from '$lib/server/library';
import type { Actions, PageServerLoad } from './$types';

// The framework's client is on here (off by default, see the root layout): dates typed in the
// teacher's local time are sent with the browser's time zone.
export const csr = true;

/** The module as served now (an unpublished module is not), with its published version. */
function moduleFrom(url: URL, locale: App.Locals['locale']) {
	const id = url.searchParams.get('module')?.trim() ?? '';
	if (id === '') error(404, ASSIGNMENT_TOOLS[locale].newWithoutModule);
	const served = findServedModule(id);
	if (!served) error(404, MESSAGES[locale].moduleNotFound(id.slice(0, 100)));
	return served;
}

export const load: PageServerLoad = ({ locals, url }) => {
	requireTeacher(locals, url);
	const { module } = moduleFrom(url, locals.locale);
	return {
		module: { id: module.id, title: module.title, language: module.language },
		types: QUESTION_TYPES,
		capacity: quizCapacity(module),
		facts: module.facts.map((fact) => ({ id: fact.id, label: fact.questions[0] ?? fact.id })),
		// Without JavaScript the form says nothing of the teacher's zone: the server's stands in.
		serverTimezoneOffset: new Date().getTimezoneOffset()
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const teacher = requireTeacher(locals, url);
		const served = moduleFrom(url, locals.locale);
		const form = await request.formData();
		const reading = readAssignmentForm(form, served.module);
		if (!reading.ok) {
			const { values, ticked } = echoAssignmentForm(form);
			return fail(400, { errors: reading.errors, values, ticked });
		}
		const assignment = await createClassAssignment(
			teacher.id,
			served,
			reading.title,
			reading.settings
		);
		redirect(303, `/teacher/assignments/${assignment.id}`);
	}
};
