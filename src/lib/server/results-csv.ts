import { describeResponse } from '$lib/quiz/describe';
import type { AssignmentResults } from './assignments';
import { toCsv } from './csv';
import { roundCredit } from '$lib/quiz/score/attempt';

/**
 * The CSV files a teacher downloads: grades (one row per attempt) and every answer. Each row
 * names the student's seat id first: two students may share a name, never an id.
 */

const percentage = (credit: number | null, max: number | null) =>
	credit === null || !max ? null : Math.round((credit / max) * 1000) / 10;

export function gradesCsv(results: AssignmentResults): string {
	const rows = results.students.flatMap(({ participant, attempts }) =>
		attempts.length === 0
			? [
					[
						participant.id,
						participant.displayName,
						null,
						'not started',
						participant.joinedAt,
						null,
						null,
						null,
						null
					]
				]
			: attempts.map((attempt, index) => [
					participant.id,
					participant.displayName,
					index + 1,
					attempt.status,
					attempt.createdAt,
					attempt.submittedAt,
					attempt.credit === null ? null : roundCredit(attempt.credit),
					attempt.max,
					percentage(attempt.credit, attempt.max)
				])
	);
	return toCsv(
		[
			'student_id',
			'student',
			'attempt',
			'status',
			'started_at',
			'submitted_at',
			'credit',
			'max_credit',
			'percent'
		],
		rows
	);
}

export function answersCsv(results: AssignmentResults): string {
	const students = new Map(
		results.students.map(({ participant }) => [participant.learnerId, participant])
	);
	const attemptNumbers = new Map<string, number>();
	const counted = new Map<string, number>();
	for (const { attempt } of results.attempts) {
		const next = (counted.get(attempt.learnerId) ?? 0) + 1;
		counted.set(attempt.learnerId, next);
		attemptNumbers.set(attempt.id, next);
	}
	const rows = results.attempts.flatMap(({ attempt, answers }) => {
		const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
		return attempt.questions.map((question, index) => {
			const answer = byQuestion.get(question.id);
			const student = students.get(attempt.learnerId);
			return [
				student?.id ?? null,
				student?.displayName ?? attempt.learnerId,
				attemptNumbers.get(attempt.id) ?? null,
				attempt.status,
				index + 1,
				question.type,
				question.factIds.join(' '),
				question.prompt,
				(describeResponse(question, answer?.response ?? null) ?? []).join('; '),
				answer?.result?.normalized ?? null,
				answer?.credit ?? null,
				answer && answer.revision > 0 ? answer.savedAt : null
			];
		});
	});
	return toCsv(
		[
			'student_id',
			'student',
			'attempt',
			'status',
			'question',
			'type',
			'facts',
			'prompt',
			'answer',
			'read_as',
			'credit',
			'saved_at'
		],
		rows
	);
}
