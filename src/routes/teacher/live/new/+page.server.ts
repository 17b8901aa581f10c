import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { LIVE } from '$lib/i18n/live';
import { findTeacherAssignment } from '$lib/server/assignments';
import { DEFAULT_LIVE_SETTINGS } from '$lib/server/db/live-sessions';
import { requireTeacher } from '$lib/server/guards';
import { findServedModule } from '$lib/server/library';
import { getLive } from '$lib/server/live';
import { LIVE_MAX_QUESTIONS } from '$lib/server/live/service';
import type { Actions, PageServerLoad } from './$types';

/** Where the game's questions come from: an assignment of the teacher's, or a module. */
async function sourceOf(url: URL, teacherId: string, locale: App.Locals['locale']) {
	const assignmentId = url.searchParams.get('assignment');
	if (assignmentId) {
		const assignment = await findTeacherAssignment(teacherId, assignmentId);
		if (!assignment) error(404, LIVE[locale].sessionMissing);
		return { kind: 'assignment' as const, assignment, title: assignment.title };
	}
	const served = findServedModule(url.searchParams.get('module') ?? '');
	if (!served) error(404, LIVE[locale].moduleMissing);
	return { kind: 'module' as const, served, title: served.module.title };
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const teacher = requireTeacher(locals, url);
	const source = await sourceOf(url, teacher.id, locals.locale);
	return {
		title: source.title,
		fromModule: source.kind === 'module',
		defaults: { ...DEFAULT_LIVE_SETTINGS, count: 10 },
		maxQuestions: LIVE_MAX_QUESTIONS
	};
};

const RANGES: Record<string, readonly [number, number]> = {
	secondsPerQuestion: [5, 300],
	count: [1, LIVE_MAX_QUESTIONS],
	basePoints: [0, 10_000],
	speedBonus: [0, 10_000],
	streakBonus: [0, 10_000]
};

const liveForm = z.object({
	secondsPerQuestion: z.coerce.number().int().min(5).max(300),
	count: z.coerce.number().int().min(1).max(LIVE_MAX_QUESTIONS),
	points: z.enum(['on', 'off']),
	basePoints: z.coerce.number().int().min(0).max(10_000),
	speedBonus: z.coerce.number().int().min(0).max(10_000),
	streakBonus: z.coerce.number().int().min(0).max(10_000)
});

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const teacher = requireTeacher(locals, url);
		const t = LIVE[locals.locale];
		const fields = Object.fromEntries(await request.formData());
		const values = Object.fromEntries(
			Object.entries(fields).map(([name, value]) => [name, String(value).slice(0, 20)])
		);
		const parsed = liveForm.safeParse(fields);
		if (!parsed.success) {
			const field = String(parsed.error.issues[0]?.path[0] ?? 'count');
			const [min, max] = RANGES[field] ?? [1, LIVE_MAX_QUESTIONS];
			return fail(400, { values, field, message: t.range(min, max) });
		}
		const form = parsed.data;
		const settings = {
			...DEFAULT_LIVE_SETTINGS,
			secondsPerQuestion: form.secondsPerQuestion,
			points: form.points === 'on',
			basePoints: form.basePoints,
			speedBonus: form.speedBonus,
			streakBonus: form.streakBonus
		};
		const source = await sourceOf(url, teacher.id, locals.locale);
		const live = await getLive();
		const made =
			source.kind === 'assignment'
				? await live.createSession({
						teacherId: teacher.id,
						assignment: source.assignment,
						settings
					})
				: await live.createSessionFromModule({
						teacherId: teacher.id,
						served: source.served,
						title: `${t.liveMode}: ${source.title}`,
						count: form.count,
						settings
					});
		if (!made.ok) {
			return fail(400, {
				values,
				field: 'count',
				message: made.reason === 'no-module' ? t.moduleMissing : t.noQuestions
			});
		}
		redirect(303, `/teacher/live/${made.session.id}`);
	}
};
