import { error, redirect } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { findTeacherAssignment, type Assignment } from './assignments';
import type { Teacher } from './db/teachers';

/** The signed-in teacher, or a redirect to sign-in that comes back here afterwards. */
export function requireTeacher(locals: App.Locals, url: URL): Teacher {
	if (locals.teacher) return locals.teacher;
	redirect(303, `/teacher/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`);
}

/** The signed-in teacher's own assignment; another teacher's is a 404, as one that is gone. */
export async function requireOwnAssignment(
	locals: App.Locals,
	url: URL,
	assignmentId: string
): Promise<Assignment> {
	const teacher = requireTeacher(locals, url);
	const assignment = await findTeacherAssignment(teacher.id, assignmentId);
	if (!assignment) error(404, CLASSROOM[locals.locale].assignmentNotFound);
	return assignment;
}

/** Only a path on this site: `next` must not send a teacher to another origin after sign-in. */
export function safeNext(next: string | null): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
		return '/teacher';
	}
	return next;
}
