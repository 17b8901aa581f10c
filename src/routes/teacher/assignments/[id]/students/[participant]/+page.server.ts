import { error } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { describeResponse } from '$lib/quiz/describe';
import { assignmentResults, findTeacherAssignment } from '$lib/server/classroom';
import { findModule } from '$lib/server/quiz';
import { requireTeacher } from '$lib/server/teacher-guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const t = CLASSROOM[locals.locale];
	const teacher = requireTeacher(locals, url);
	const assignment = await findTeacherAssignment(teacher.id, params.id);
	if (!assignment) error(404, t.assignmentNotFound);
	const results = await assignmentResults(assignment);
	const student = results.students.find(({ participant }) => participant.id === params.participant);
	if (!student) error(404, t.studentNotFound);
	const attempts = results.attempts.filter(
		({ attempt }) => attempt.learnerId === student.participant.learnerId
	);
	return {
		assignment: { id: assignment.id, title: assignment.title },
		contentLanguage: findModule(assignment.moduleId)?.language ?? 'pl',
		name: student.participant.displayName,
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
