import { error, fail, redirect } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { CLASSROOM } from '$lib/i18n/classroom';
import {
	assignmentResults,
	findTeacherAssignment,
	regradeAssignment,
	type ClassAssignment
} from '$lib/server/classroom';
import { deleteAssignment, listRegrades } from '$lib/server/db/classroom';
import { getDatabase } from '$lib/server/database';
import { reloadLibrary } from '$lib/server/library';
import { findModule } from '$lib/server/quiz';
import { requireTeacher } from '$lib/server/teacher-guard';
import type { Actions, PageServerLoad } from './$types';

async function ownAssignment(locals: App.Locals, url: URL, id: string): Promise<ClassAssignment> {
	const teacher = requireTeacher(locals, url);
	const assignment = await findTeacherAssignment(teacher.id, id);
	if (!assignment) error(404, CLASSROOM[locals.locale].assignmentNotFound);
	return assignment;
}

const round = (value: number) => Math.round(value * 100) / 100;

export const load: PageServerLoad = async ({ locals, url, params, depends }) => {
	depends('classroom:assignment');
	const assignment = await ownAssignment(locals, url, params.id);
	const results = await assignmentResults(assignment);
	const { db } = await getDatabase();
	const joinUrl = `${url.origin}/join?code=${assignment.joinCode}`;
	const module = findModule(assignment.moduleId);
	const regrades = await listRegrades(db, assignment.id);
	return {
		assignment: {
			id: assignment.id,
			title: assignment.title,
			joinCode: assignment.joinCode,
			settings: assignment.settings,
			moduleTitle: module?.title ?? assignment.moduleId,
			contentLanguage: module?.language ?? 'pl'
		},
		joinUrl,
		// Drawn here, as SVG: the page needs no script and no outside service for it.
		qrSvg: await QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
		students: results.students.map(({ participant, attempts }) => ({
			id: participant.id,
			name: participant.displayName,
			joinedAt: participant.joinedAt,
			extraMinutes: participant.extraMinutes,
			extraAttempts: participant.extraAttempts,
			attempts: attempts.map((attempt) => ({
				...attempt,
				credit: attempt.credit === null ? null : round(attempt.credit)
			}))
		})),
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
	regrade: async ({ locals, url, params }) => {
		const assignment = await ownAssignment(locals, url, params.id);
		// Re-read the module files: the teacher has just fixed a fact.
		reloadLibrary();
		const module = findModule(assignment.moduleId);
		if (!module) error(409, CLASSROOM[locals.locale].assignmentNotFound);
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
