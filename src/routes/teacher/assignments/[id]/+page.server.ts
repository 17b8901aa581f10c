import { error, fail, redirect } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { quizCapacity } from '$lib/quiz/generate';
import { roundCredit } from '$lib/quiz/score/attempt';
import {
	assignmentModule,
	assignmentOverview,
	assignmentRegrades,
	newerModuleVersion,
	regradeAssignment,
	removeAssignment
} from '$lib/server/assignments';
import { requireOwnAssignment } from '$lib/server/guards';
import { loadModuleVersion, reloadLibrary } from '$lib/server/library';
import { ltiAssignmentPanel } from '$lib/server/lti/roster';
import { qrSvgOf } from '$lib/server/qr';
import { studentPage } from '$lib/server/results';
import type { Actions, PageServerLoad } from './$types';

// The framework's client is on here (off by default, see the root layout): the live view refreshes
// while students work.
export const csr = true;

export const load: PageServerLoad = async ({ locals, url, params, depends }) => {
	depends('classroom:assignment');
	const assignment = await requireOwnAssignment(locals, url, params.id);
	const results = await assignmentOverview(assignment);
	const joinUrl = `${url.origin}/join?code=${assignment.joinCode}`;
	const [module, newerVersion, regrades] = await Promise.all([
		assignmentModule(assignment),
		newerModuleVersion(assignment),
		assignmentRegrades(assignment)
	]);
	return {
		assignment: {
			id: assignment.id,
			title: assignment.title,
			joinCode: assignment.joinCode,
			settings: assignment.settings,
			moduleTitle: module?.title ?? assignment.moduleId,
			// What the students' quizzes can hold: less than asked for, and the page says so.
			capacity: module
				? quizCapacity(module, {
						...(assignment.settings.types ? { types: assignment.settings.types } : {}),
						...(assignment.settings.facts ? { facts: assignment.settings.facts } : {})
					})
				: null,
			contentLanguage: module?.language ?? 'pl'
		},
		newerVersion,
		joinUrl,
		qrSvg: await qrSvgOf(joinUrl),
		lti: await ltiAssignmentPanel(assignment.id),
		...studentPage(results.students, url.searchParams.get('page')),
		summary: results.analysis.summary,
		items: results.analysis.items.map((item) => {
			const about = results.items.get(item.questionKey);
			return {
				key: item.questionKey,
				prompt: about?.prompt ?? item.questionKey,
				type: about?.type ?? null,
				n: item.n,
				facility: roundCredit(item.facility),
				discrimination: item.discrimination === null ? null : roundCredit(item.discrimination),
				commonWrongAnswers: item.commonWrongAnswers.map((group) => ({
					value: group.value,
					count: group.count,
					share: roundCredit(group.share)
				}))
			};
		}),
		regrades: regrades.map((regrade) => ({
			id: regrade.id,
			createdAt: regrade.createdAt,
			changes: regrade.changes.map((change) => ({
				name: change.displayName,
				before: roundCredit(change.before),
				after: roundCredit(change.after)
			}))
		}))
	};
};

export const actions: Actions = {
	regrade: async ({ locals, url, params, request }) => {
		const assignment = await requireOwnAssignment(locals, url, params.id);
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
		const assignment = await requireOwnAssignment(locals, url, params.id);
		const form = await request.formData();
		if (form.get('confirm') !== 'yes') {
			return fail(400, {
				field: 'confirmAssignment',
				message: CLASSROOM[locals.locale].confirmRequired
			});
		}
		await removeAssignment(assignment);
		redirect(303, '/teacher');
	}
};
