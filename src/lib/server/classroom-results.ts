import { analyseAttempts, itemKeyOf, type AssignmentAnalysis } from '../quiz/analysis';
import type { QuestionType, QuestionWithKey, Response } from '../quiz/question';
import type { Attempt } from './db/attempts';
import type { AssignmentAttempt, Participant } from './db/classroom';

/**
 * What the teacher sees of an assignment, worked out from its rows. Kept apart from
 * ./classroom (which reaches the database through $env) so that the classroom bench, run by tsx
 * outside SvelteKit, times this very code: relative imports only, for the same reason.
 */

export interface StudentProgress {
	participant: Participant;
	attempts: {
		id: string;
		status: Attempt['status'];
		answered: number;
		total: number;
		credit: number | null;
		max: number | null;
		createdAt: string;
		submittedAt: string | null;
	}[];
}

export interface AssignmentResults {
	students: StudentProgress[];
	analysis: AssignmentAnalysis;
	/** Item key → a prompt that stands for it (the first student's wording). */
	items: Map<string, { prompt: string; type: QuestionType; factIds: string[] }>;
	attempts: AssignmentAttempt[];
}

/** The part of an assignment's settings its results depend on. */
export interface ResultsAssignment {
	settings: { seedMode: 'shared' | 'per-student' };
}

/** Whether a response says anything: a cleared field or an empty selection does not. */
export function hasResponse(response: Response | null): boolean {
	if (response === null || response === '') return false;
	if (Array.isArray(response)) return response.length > 0;
	if (typeof response === 'object') return Object.keys(response).length > 0;
	return true;
}

/** Items match across students by type and facts when seeds differ; by id when shared. */
function itemKey(assignment: ResultsAssignment, question: QuestionWithKey): string {
	return assignment.settings.seedMode === 'shared' ? question.id : itemKeyOf(question);
}

/** Each student's progress and the item analysis, from the assignment's participants and attempts. */
export function computeAssignmentResults(
	assignment: ResultsAssignment,
	participants: readonly Participant[],
	attempts: AssignmentAttempt[]
): AssignmentResults {
	const byLearner = new Map<string, AssignmentAttempt[]>();
	for (const entry of attempts) {
		const list = byLearner.get(entry.attempt.learnerId) ?? [];
		list.push(entry);
		byLearner.set(entry.attempt.learnerId, list);
	}
	const students = participants.map((participant): StudentProgress => ({
		participant,
		attempts: (byLearner.get(participant.learnerId) ?? []).map(({ attempt, answers }) => ({
			id: attempt.id,
			status: attempt.status,
			answered: answers.filter((answer) => hasResponse(answer.response)).length,
			total: attempt.questions.length,
			credit: attempt.credit,
			max: attempt.maxCredit,
			createdAt: attempt.createdAt,
			submittedAt: attempt.submittedAt
		}))
	}));

	const names = new Map(
		participants.map((participant) => [participant.learnerId, participant.displayName])
	);
	const items: AssignmentResults['items'] = new Map();
	// Each student's best submitted attempt speaks for them in the item analysis.
	const best = new Map<string, AssignmentAttempt>();
	for (const entry of attempts) {
		if (entry.attempt.status !== 'submitted') continue;
		const current = best.get(entry.attempt.learnerId);
		if (!current || (entry.attempt.credit ?? 0) > (current.attempt.credit ?? 0)) {
			best.set(entry.attempt.learnerId, entry);
		}
	}
	const analysis = analyseAttempts(
		[...best.values()].map(({ attempt, answers }) => {
			const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
			return {
				attemptId: attempt.id,
				studentLabel: names.get(attempt.learnerId) ?? attempt.learnerId,
				answers: attempt.questions.map((question) => {
					const key = itemKey(assignment, question);
					if (!items.has(key)) {
						items.set(key, {
							prompt: question.prompt,
							type: question.type,
							factIds: question.factIds
						});
					}
					const answer = byQuestion.get(question.id);
					return {
						questionKey: key,
						credit: answer?.credit ?? 0,
						normalized: answer?.result?.normalized ?? null,
						response: answer?.response ?? null
					};
				})
			};
		})
	);
	return { students, analysis, items, attempts };
}
