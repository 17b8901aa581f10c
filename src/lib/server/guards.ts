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

const SITE = 'http://factquiz.invalid';

/**
 * Only a path on this site: `next` must not send a teacher to another origin after sign-in.
 * Decided as a browser decides, by parsing `next` against an origin: URL parsers drop tabs and
 * line breaks and read `\` as `/`, so `/\t/evil.example` is `//evil.example`. Anything that
 * is not plainly a path (control or invisible characters, another origin) falls back to /teacher.
 */
export function safeNext(next: string | null): string {
	const fallback = '/teacher';
	// Control, format (zero-width) and separator characters: never in a path we wrote.
	if (!next || !next.startsWith('/') || /[\p{Cc}\p{Cf}\p{Z}\\]/u.test(next)) return fallback;
	let url: URL;
	try {
		url = new URL(next, SITE);
	} catch {
		return fallback;
	}
	if (url.origin !== SITE) return fallback;
	return url.pathname + url.search;
}
