import { error, fail, redirect } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import {
	assignmentModule,
	assignmentOverview,
	findTeacherAssignment,
	newerModuleVersion,
	regradeAssignment,
	type ClassAssignment,
	type StudentProgress
} from '$lib/server/classroom';
import { deleteAssignment, listRegrades } from '$lib/server/db/classroom';
import { getDatabase } from '$lib/server/database';
import { loadModuleVersion, reloadLibrary } from '$lib/server/library';
import { qrSvgOf } from '$lib/server/qr';
import { requireTeacher } from '$lib/server/teacher-guard';
import type { Actions, PageServerLoad } from './$types';

// The framework's client is on here (off by default, see the root layout): the live view refreshes
// while students work.
export const csr = true;

async function ownAssignment(locals: App.Locals, url: URL, id: string): Promise<ClassAssignment> {
	const teacher = requireTeacher(locals, url);
	const assignment = await findTeacherAssignment(teacher.id, id);
	if (!assignment) error(404, CLASSROOM[locals.locale].assignmentNotFound);
	return assignment;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Students per page of the list: a class fits on one; a whole year group is paged. */
const STUDENTS_PER_PAGE = 100;

/** The students of the requested page, ready to show, and how many are where. */
function studentRows(students: StudentProgress[], url: URL) {
	const counts = { joined: students.length, working: 0, submitted: 0 };
	const rows = students.map(({ participant, attempts }) => {
		const last = attempts.at(-1);
		const status = !last ? 'not-started' : last.status === 'submitted' ? 'submitted' : 'open';
		if (status === 'open') counts.working += 1;
		// Anyone who has handed in once counts as submitted, even while on a further attempt.
		const submitted = attempts.filter((attempt) => attempt.status === 'submitted');
		if (submitted.length > 0) counts.submitted += 1;
		const best = submitted.reduce<(typeof submitted)[number] | null>(
			(found, attempt) => (!found || (attempt.credit ?? 0) > (found.credit ?? 0) ? attempt : found),
			null
		);
		return {
			id: participant.id,
			name: participant.displayName,
			status,
			progress: last ? { answered: last.answered, total: last.total } : null,
			best: best ? { credit: round(best.credit ?? 0), max: best.max ?? 0 } : null
		} as const;
	});
	const pages = Math.max(1, Math.ceil(rows.length / STUDENTS_PER_PAGE));
	const requested = Number(url.searchParams.get('page') ?? '1');
	const page = Number.isInteger(requested) ? Math.min(Math.max(requested, 1), pages) : 1;
	return {
		studentCounts: counts,
		studentPages: { page, pages },
		students: rows.slice((page - 1) * STUDENTS_PER_PAGE, page * STUDENTS_PER_PAGE)
	};
}

export const load: PageServerLoad = async ({ locals, url, params, depends }) => {
	depends('classroom:assignment');
	const assignment = await ownAssignment(locals, url, params.id);
	const results = await assignmentOverview(assignment);
	const { db } = await getDatabase();
	const joinUrl = `${url.origin}/join?code=${assignment.joinCode}`;
	const [module, newerVersion, regrades] = await Promise.all([
		assignmentModule(assignment),
		newerModuleVersion(assignment),
		listRegrades(db, assignment.id)
	]);
	return {
		assignment: {
			id: assignment.id,
			title: assignment.title,
			joinCode: assignment.joinCode,
			settings: assignment.settings,
			moduleTitle: module?.title ?? assignment.moduleId,
			contentLanguage: module?.language ?? 'pl'
		},
		newerVersion,
		joinUrl,
		qrSvg: await qrSvgOf(joinUrl),
		...studentRows(results.students, url),
		summary: results.analysis.summary,
		items: results.analysis.items.map((item) => {
			const about = results.items.get(item.questionKey);
			return {
				key: item.questionKey,
				prompt: about?.prompt ?? item.questionKey,
				type: about?.type ?? null,
				n: item.n,
				facility: round(item.facility),
				discrimination: item.discrimination === null ? null : round(item.discrimination),
				commonWrongAnswers: item.commonWrongAnswers.map((group) => ({
					value: group.value,
					count: group.count,
					share: round(group.share)
				}))
			};
		}),
		regrades: regrades.map((regrade) => ({
			id: regrade.id,
			createdAt: regrade.createdAt,
			changes: regrade.changes.map((change) => ({
				name: change.displayName,
				before: round(change.before),
				after: round(change.after)
			}))
		}))
	};
};

export const actions: Actions = {
	regrade: async ({ locals, url, params, request }) => {
		const assignment = await ownAssignment(locals, url, params.id);
		const t = CLASSROOM[locals.locale];
		const asked = (await request.formData()).get('version');
		if (asked !== null) {
			// Only the newer version the page offered: the class's key moves on when its teacher says.
			const newer = await newerModuleVersion(assignment);
			const module = newer && newer.id === asked ? await loadModuleVersion(newer.id) : undefined;
			if (!newer || !module) return fail(400, { field: 'version', message: t.versionNotNewer });
			const regrade = await regradeAssignment(assignment, assignment.teacherId, module, newer.id);
			return { regraded: regrade.changes.length };
		}
		// Re-read the module files: the teacher has just fixed a fact in one.
		if (!assignment.moduleVersionId) reloadLibrary();
		const module = await assignmentModule(assignment);
		if (!module) error(409, t.assignmentNotFound);
		const regrade = await regradeAssignment(assignment, assignment.teacherId, module);
		return { regraded: regrade.changes.length };
	},
	deleteAssignment: async ({ locals, url, params, request }) => {
		const assignment = await ownAssignment(locals, url, params.id);
		const form = await request.formData();
		if (form.get('confirm') !== 'yes') {
			return fail(400, {
				field: 'confirmAssignment',
				message: CLASSROOM[locals.locale].confirmRequired
			});
		}
		const { db } = await getDatabase();
		await deleteAssignment(db, assignment.id);
		redirect(303, '/teacher');
	}
};
