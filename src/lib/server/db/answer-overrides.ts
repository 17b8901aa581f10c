import type { Kysely } from 'kysely';
import { toTimestamp } from './codec';
import type { Schema } from './schema';

/** Credits a teacher set by hand for single answers of an assignment's attempts. */

export interface AnswerOverride {
	attemptId: string;
	questionId: string;
	credit: number;
	comment: string | null;
	teacherId: string;
	createdAt: string;
}

export async function saveOverride(
	db: Kysely<Schema>,
	input: Omit<AnswerOverride, 'createdAt'>
): Promise<void> {
	const row = {
		attempt_id: input.attemptId,
		question_id: input.questionId,
		credit: input.credit,
		comment: input.comment,
		teacher_id: input.teacherId,
		created_at: toTimestamp()
	};
	await db
		.insertInto('answer_overrides')
		.values(row)
		.onConflict((conflict) =>
			conflict.columns(['attempt_id', 'question_id']).doUpdateSet({
				credit: row.credit,
				comment: row.comment,
				teacher_id: row.teacher_id,
				created_at: row.created_at
			})
		)
		.execute();
}

export async function deleteOverride(
	db: Kysely<Schema>,
	attemptId: string,
	questionId: string
): Promise<void> {
	await db
		.deleteFrom('answer_overrides')
		.where('attempt_id', '=', attemptId)
		.where('question_id', '=', questionId)
		.execute();
}

/** The overrides of an assignment's attempts, keyed `attemptId questionId`. */
export async function listAssignmentOverrides(
	db: Kysely<Schema>,
	assignmentId: string
): Promise<Map<string, AnswerOverride>> {
	const rows = await db
		.selectFrom('answer_overrides')
		.innerJoin('attempts', 'attempts.id', 'answer_overrides.attempt_id')
		.selectAll('answer_overrides')
		.where('attempts.assignment_id', '=', assignmentId)
		.execute();
	return new Map(
		rows.map((row) => [overrideKey(row.attempt_id, row.question_id), toOverride(row)])
	);
}

/** One attempt's overrides by question id: what its student sees with the results. */
export async function listAttemptOverrides(
	db: Kysely<Schema>,
	attemptId: string
): Promise<Map<string, AnswerOverride>> {
	const rows = await db
		.selectFrom('answer_overrides')
		.selectAll()
		.where('attempt_id', '=', attemptId)
		.execute();
	return new Map(rows.map((row) => [row.question_id, toOverride(row)]));
}

export function overrideKey(attemptId: string, questionId: string): string {
	return `${attemptId} ${questionId}`;
}

function toOverride(row: Schema['answer_overrides']): AnswerOverride {
	return {
		attemptId: row.attempt_id,
		questionId: row.question_id,
		credit: row.credit,
		comment: row.comment,
		teacherId: row.teacher_id,
		createdAt: row.created_at
	};
}
