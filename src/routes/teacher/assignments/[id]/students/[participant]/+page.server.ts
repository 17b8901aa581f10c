import { error, fail, redirect } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { MESSAGES } from '$lib/i18n/messages';
import { describeResponse } from '$lib/quiz/describe';
import {
	allowRejoin,
	assignmentModule,
	assignmentResults,
	grantAccommodations,
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
					return {
						number: index + 1,
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

export const actions: Actions = {
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
