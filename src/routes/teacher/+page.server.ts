import { redirect } from '@sveltejs/kit';
import { endSession } from '$lib/server/teachers';
import { teacherAssignments } from '$lib/server/assignments';
import { getLibrary } from '$lib/server/library';
import { requireTeacher } from '$lib/server/guards';
import { isAdministrator } from '$lib/server/lti/admin';
import { env } from '$env/dynamic/private';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const teacher = requireTeacher(locals, url);
	const assignments = await teacherAssignments(teacher.id);
	const titles = new Map(getLibrary().modules.map((module) => [module.id, module.title]));
	return {
		teacherName: teacher.displayName,
		administrator: await isAdministrator(teacher, env),
		modules: getLibrary().modules.map((module) => ({ id: module.id, title: module.title })),
		assignments: assignments.map((assignment) => ({
			id: assignment.id,
			title: assignment.title,
			moduleTitle: titles.get(assignment.moduleId) ?? assignment.moduleId,
			joinCode: assignment.joinCode,
			createdAt: assignment.createdAt
		}))
	};
};

export const actions: Actions = {
	signOut: async ({ request, cookies, locals }) => {
		if (locals.teacher) {
			const form = await request.formData();
			await endSession(cookies, locals.teacher.id, {
				everywhere: form.get('everywhere') === 'yes',
				secure: locals.secureCookies
			});
		}
		redirect(303, '/teacher/sign-in');
	}
};
