import { teacherAssignments } from '$lib/server/assignments';
import { requireTeacher } from '$lib/server/guards';
import { getLibrary } from '$lib/server/library';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const teacher = requireTeacher(locals, url);
	const archived = await teacherAssignments(teacher.id, 'archived');
	const titles = new Map(getLibrary().modules.map((module) => [module.id, module.title]));
	return {
		assignments: archived.map((assignment) => ({
			id: assignment.id,
			title: assignment.title,
			moduleTitle: titles.get(assignment.moduleId) ?? assignment.moduleId,
			archivedAt: assignment.archivedAt ?? assignment.createdAt
		}))
	};
};
