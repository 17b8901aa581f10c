import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { ASSIGNMENT_TOOLS } from '$lib/i18n/assignment-tools';
import { CLASSROOM } from '$lib/i18n/classroom';
import { quizCapacity } from '$lib/quiz/generate';
import { QUESTION_TYPES } from '$lib/quiz/question';
import { roundCredit } from '$lib/quiz/score/attempt';
import {
	echoAssignmentForm,
	readAssignmentForm,
	TITLE_MAX_LENGTH
} from '$lib/server/assignment-form';
import {
	archiveAssignment,
	assignmentModule,
	assignmentOverview,
	assignmentRegrades,
	duplicateAssignment,
	editAssignment,
	newerModuleVersion,
	questionSetLocked,
	regradeAssignment,
	removeAssignment,
	type Exclusions
} from '$lib/server/assignments';
import { requireOwnAssignment } from '$lib/server/guards';
import { loadModuleVersion, reloadLibrary } from '$lib/server/library';
import { MESSAGES } from '$lib/i18n/messages';
import { ltiAssignmentPanel } from '$lib/server/lti/roster';
import { qrSvgOf } from '$lib/server/qr';
import { studentPage } from '$lib/server/results';
import { resultsView } from '$lib/server/results-view';
import type { Actions, PageServerLoad } from './$types';

// The framework's client is on here (off by default, see the root layout): the live view refreshes
// while students work.
export const csr = true;

const exclusionForm = z.object({
	kind: z.enum(['item', 'fact']),
	key: z.string().min(1).max(400),
	excluded: z.enum(['yes', 'no'])
});

export const load: PageServerLoad = async ({ locals, url, params, depends }) => {
	depends('classroom:assignment');
	const assignment = await requireOwnAssignment(locals, url, params.id);
	const results = await assignmentOverview(assignment);
	const joinUrl = `${url.origin}/join?code=${assignment.joinCode}`;
	const [module, newerVersion, regrades, locked] = await Promise.all([
		assignmentModule(assignment),
		newerModuleVersion(assignment),
		assignmentRegrades(assignment),
		questionSetLocked(assignment)
	]);
	const excludedFacts = new Set(assignment.exclusions.facts);
	const words = ASSIGNMENT_TOOLS[locals.locale];
	const factLabels = new Map((module?.facts ?? []).map((fact) => [fact.id, fact.label ?? fact.id]));
	return {
		assignment: {
			id: assignment.id,
			title: assignment.title,
			joinCode: assignment.joinCode,
			settings: assignment.settings,
			archived: assignment.archivedAt !== null,
			questionSetLocked: locked,
			exclusions: assignment.exclusions,
			facts: (module?.facts ?? []).map((fact) => ({
				id: fact.id,
				label: fact.questions[0] ?? fact.id,
				excluded: excludedFacts.has(fact.id)
			})),
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
		types: QUESTION_TYPES,
		newerVersion,
		// Without JavaScript the form says nothing of the teacher's zone: the server's stands in.
		serverTimezoneOffset: new Date().getTimezoneOffset(),
		joinUrl,
		qrSvg: await qrSvgOf(joinUrl),
		lti: await ltiAssignmentPanel(assignment.id),
		...studentPage(results.students, url.searchParams.get('page')),
		summary: results.analysis.summary,
		...resultsView(results, {
			perStudent: assignment.settings.seedMode === 'per-student',
			itemPrefix: words.itemPrefix,
			words: { unanswered: CLASSROOM[locals.locale].unanswered, students: words.studentsAxis },
			factLabel: (factId) => factLabels.get(factId) ?? factId
		}),
		regrades: regrades.map((regrade) => ({
			id: regrade.id,
			createdAt: regrade.createdAt,
			changes: regrade.changes.map((change) => ({
				name: change.displayName,
				before: roundCredit(change.before),
				after: roundCredit(change.after),
				max:
					change.maxBefore === undefined || change.maxAfter === undefined
						? null
						: { before: change.maxBefore, after: change.maxAfter }
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
			const regrade = await regradeAssignment(assignment, assignment.teacherId, module, {
				moduleVersionId: newer.id
			});
			return { regraded: regrade.changes.length };
		}
		// Re-read the module files: the teacher has just fixed a fact in one.
		if (!assignment.moduleVersionId) reloadLibrary();
		const module = await assignmentModule(assignment);
		if (!module) error(409, t.assignmentNotFound);
		const regrade = await regradeAssignment(assignment, assignment.teacherId, module);
		return { regraded: regrade.changes.length };
	},
	settings: async ({ locals, url, params, request }) => {
		const assignment = await requireOwnAssignment(locals, url, params.id);
		const module = await assignmentModule(assignment);
		if (!module) error(409, CLASSROOM[locals.locale].assignmentNotFound);
		const form = await request.formData();
		const reading = readAssignmentForm(form, module);
		if (!reading.ok) {
			const { values, ticked } = echoAssignmentForm(form);
			return fail(400, {
				action: 'settings' as const,
				errors: reading.errors,
				values,
				ticked
			});
		}
		const before = assignment.settings;
		const saved = await editAssignment(assignment, {
			title: reading.title,
			settings: reading.settings
		});
		const moreTime =
			saved.settings.timeLimitMinutes !== before.timeLimitMinutes &&
			(saved.settings.timeLimitMinutes === null ||
				(before.timeLimitMinutes !== null &&
					saved.settings.timeLimitMinutes > before.timeLimitMinutes));
		return {
			action: 'settings' as const,
			saved: true,
			questionSetKept: saved.questionSetKept,
			granted:
				moreTime || saved.settings.maxAttempts > before.maxAttempts
					? { minutes: saved.settings.timeLimitMinutes, attempts: saved.settings.maxAttempts }
					: null
		};
	},
	duplicate: async ({ locals, url, params, request }) => {
		const assignment = await requireOwnAssignment(locals, url, params.id);
		const form = await request.formData();
		const typed = String(form.get('title') ?? '').trim();
		if (typed.length > TITLE_MAX_LENGTH) {
			return fail(400, {
				field: 'duplicateTitle',
				message: CLASSROOM[locals.locale].errors['title:too-long'],
				title: typed.slice(0, 200)
			});
		}
		const title = typed || `${assignment.title} ${ASSIGNMENT_TOOLS[locals.locale].duplicateSuffix}`;
		const copy = await duplicateAssignment(assignment, title.slice(0, TITLE_MAX_LENGTH));
		redirect(303, `/teacher/assignments/${copy.id}`);
	},
	archive: async ({ locals, url, params, request }) => {
		const assignment = await requireOwnAssignment(locals, url, params.id);
		const archived = (await request.formData()).get('archived');
		if (archived !== 'yes' && archived !== 'no') {
			return fail(400, { field: 'archived', message: MESSAGES[locals.locale].badRequest });
		}
		await archiveAssignment(assignment, archived === 'yes');
		if (archived === 'yes') redirect(303, '/teacher');
		return { archived: false };
	},
	exclude: async ({ locals, url, params, request }) => {
		const assignment = await requireOwnAssignment(locals, url, params.id);
		const words = ASSIGNMENT_TOOLS[locals.locale];
		const parsed = exclusionForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) {
			return fail(400, { field: 'exclude', message: MESSAGES[locals.locale].badRequest });
		}
		const module = await assignmentModule(assignment);
		if (!module) error(409, CLASSROOM[locals.locale].assignmentNotFound);
		const { kind, key, excluded } = parsed.data;
		const known =
			kind === 'fact'
				? module.facts.some((fact) => fact.id === key)
				: (await assignmentOverview(assignment)).items.has(key);
		if (!known) return fail(400, { field: 'exclude', message: words.unknownItem });
		const list = kind === 'fact' ? 'facts' : 'items';
		const others = assignment.exclusions[list].filter((entry) => entry !== key);
		const exclusions: Exclusions = {
			...assignment.exclusions,
			[list]: excluded === 'yes' ? [...others, key] : others
		};
		const regrade = await regradeAssignment(assignment, assignment.teacherId, module, {
			exclusions
		});
		return { excludedChanged: regrade.changes.length };
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
