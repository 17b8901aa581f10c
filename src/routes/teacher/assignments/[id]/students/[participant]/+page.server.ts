import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { ASSIGNMENT_TOOLS } from '$lib/i18n/assignment-tools';
import { CLASSROOM } from '$lib/i18n/classroom';
import { MESSAGES } from '$lib/i18n/messages';
import { describeResponse } from '$lib/quiz/describe';
import {
	allowRejoin,
	assignmentModule,
	assignmentOverrides,
	assignmentResults,
	grantAccommodations,
	overrideAnswer,
	overrideKey,
	keptResumeToken,
	removeStudent,
	resumeTokenOf
} from '$lib/server/assignments';
import { requireOwnAssignment } from '$lib/server/guards';
import { qrSvgOf } from '$lib/server/qr';
import type { Actions, PageServerLoad } from './$types';

// The framework's client is on here (off by default, see the root layout): saving accommodations
// keeps the page and what was typed.
export const csr = true;

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const t = CLASSROOM[locals.locale];
	const assignment = await requireOwnAssignment(locals, url, params.id);
	const results = await assignmentResults(assignment);
	const student = results.students.find(({ participant }) => participant.id === params.participant);
	if (!student) error(404, t.studentNotFound);
	// Seats older than kept tokens have none to show: the teacher makes a new link (an action).
	const token = await keptResumeToken(assignment, student.participant.id);
	const resumeUrl = token === null ? null : `${url.origin}/resume/${token}`;
	const attempts = results.attempts.filter(
		({ attempt }) => attempt.learnerId === student.participant.learnerId
	);
	const overrides = await assignmentOverrides(assignment);
	return {
		assignment: { id: assignment.id, title: assignment.title },
		contentLanguage: (await assignmentModule(assignment))?.language ?? 'pl',
		name: student.participant.displayName,
		participantId: student.participant.id,
		extraMinutes: student.participant.extraMinutes,
		extraAttempts: student.participant.extraAttempts,
		rejoinAllowed: student.participant.rejoinAllowed,
		resumeUrl,
		resumeQrSvg: resumeUrl === null ? null : await qrSvgOf(resumeUrl),
		attempts: attempts.map(({ attempt, answers }) => {
			const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
			return {
				id: attempt.id,
				status: attempt.status,
				credit: attempt.credit,
				max: attempt.maxCredit,
				startedAt: attempt.createdAt,
				submittedAt: attempt.submittedAt,
				answers: attempt.questions.map((question, index) => {
					const answer = byQuestion.get(question.id);
					const override = overrides.get(overrideKey(attempt.id, question.id));
					return {
						number: index + 1,
						override: override
							? { percent: Math.round(override.credit * 1000) / 10, comment: override.comment }
							: null,
						prompt: question.prompt,
						response: describeResponse(question, answer?.response ?? null),
						credit: answer?.credit ?? null,
						savedAt: answer && answer.revision > 0 ? answer.savedAt : null
					};
				})
			};
		})
	};
};

function whole(value: FormDataEntryValue | null, max: number): number | null {
	const number = Number(typeof value === 'string' && value.trim() !== '' ? value : '0');
	return Number.isInteger(number) && number >= 0 && number <= max ? number : null;
}

const overrideForm = z.object({
	attempt: z.string().min(1).max(100),
	question: z.coerce.number().int().min(1).max(100),
	percent: z.string().trim().max(10),
	comment: z.string().trim().max(2000).default(''),
	clear: z.string().optional()
});

export const actions: Actions = {
	override: async ({ locals, url, params, request }) => {
		const assignment = await requireOwnAssignment(locals, url, params.id);
		const words = ASSIGNMENT_TOOLS[locals.locale];
		const parsed = overrideForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) {
			return fail(400, { field: 'override', message: MESSAGES[locals.locale].badRequest });
		}
		const { attempt: attemptId, question, comment, clear } = parsed.data;
		const safe = { attempt: attemptId, question, percent: parsed.data.percent, comment };
		const percent = Number(parsed.data.percent.replace(',', '.'));
		if (clear === undefined && (parsed.data.percent === '' || !(percent >= 0 && percent <= 100))) {
			return fail(400, { field: 'percent', message: words.overrideRange, ...safe });
		}
		if (comment.length > 500) {
			return fail(400, { field: 'comment', message: words.commentTooLong, ...safe });
		}
		const results = await assignmentResults(assignment);
		const student = results.students.find(
			({ participant }) => participant.id === params.participant
		);
		const found = results.attempts.find(
			({ attempt }) =>
				attempt.id === attemptId && attempt.learnerId === student?.participant.learnerId
		);
		const questionId = found?.attempt.questions[question - 1]?.id;
		const module = await assignmentModule(assignment);
		if (!found || !questionId || !module) error(404, CLASSROOM[locals.locale].studentNotFound);
		const saved = await overrideAnswer(assignment, assignment.teacherId, module, {
			attemptId,
			questionId,
			credit: clear === undefined ? percent / 100 : null,
			comment: comment === '' ? null : comment
		});
		if (!saved) error(404, CLASSROOM[locals.locale].studentNotFound);
		return { overridden: `${attemptId}:${question}` };
	},
	rejoin: async ({ locals, url, params, request }) => {
		const assignment = await requireOwnAssignment(locals, url, params.id);
		const form = await request.formData();
		const allow = form.get('allow');
		if (allow !== 'yes' && allow !== 'no') {
			return fail(400, { field: 'allow', message: MESSAGES[locals.locale].badRequest });
		}
		if (!(await allowRejoin(assignment, params.participant, allow === 'yes'))) {
			error(404, CLASSROOM[locals.locale].studentNotFound);
		}
		return { rejoin: allow };
	},
	resumeLink: async ({ locals, url, params }) => {
		const assignment = await requireOwnAssignment(locals, url, params.id);
		if ((await resumeTokenOf(assignment, params.participant)) === null) {
			error(404, CLASSROOM[locals.locale].studentNotFound);
		}
		return { resumeLink: true };
	},
	accommodations: async ({ locals, url, params, request }) => {
		const assignment = await requireOwnAssignment(locals, url, params.id);
		const form = await request.formData();
		const extraMinutes = whole(form.get('extraMinutes'), 600);
		const extraAttempts = whole(form.get('extraAttempts'), 20);
		const t = CLASSROOM[locals.locale];
		if (extraMinutes === null || extraAttempts === null) {
			return fail(400, {
				field: extraMinutes === null ? 'extraMinutes' : 'extraAttempts',
				message: extraMinutes === null ? t.range(0, 600) : t.range(0, 20)
			});
		}
		const updated = await grantAccommodations(assignment, params.participant, {
			extraMinutes,
			extraAttempts
		});
		if (!updated) error(404, t.studentNotFound);
		return { saved: true };
	},
	deleteStudent: async ({ locals, url, params, request }) => {
		const assignment = await requireOwnAssignment(locals, url, params.id);
		const form = await request.formData();
		const t = CLASSROOM[locals.locale];
		if (form.get('confirm') !== 'yes') {
			return fail(400, { field: 'confirm', message: t.confirmRequired });
		}
		if (!(await removeStudent(assignment, params.participant))) {
			error(404, t.studentNotFound);
		}
		redirect(303, `/teacher/assignments/${assignment.id}`);
	}
};
