import { redirect } from '@sveltejs/kit';
import type { Teacher } from './db/classroom';

/** The signed-in teacher, or a redirect to sign-in that comes back here afterwards. */
export function requireTeacher(locals: App.Locals, url: URL): Teacher {
	if (locals.teacher) return locals.teacher;
	redirect(303, `/teacher/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`);
}

/** Only a path on this site: `next` must not send a teacher to another origin after sign-in. */
export function safeNext(next: string | null): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
		return '/teacher';
	}
	return next;
}
