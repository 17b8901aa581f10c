import type { Kysely } from 'kysely';
import type { ScoreResult } from '$lib/quiz/score/result';
import { parseJson, randomId, toTimestamp } from './codec';
import type { Exclusions } from './assignments';
import type { Schema } from './schema';

export interface RegradeChange {
	attemptId: string;
	participantId: string | null;
	displayName: string;
	before: number;
	after: number;
	/** The attempt's maximum before and after, when exclusions changed it. */
	maxBefore?: number;
	maxAfter?: number;
	/** Questions whose credit changed, with the new results to store. */
	answers: { questionId: string; before: number; after: number; result: ScoreResult }[];
}

export interface Regrade {
	id: string;
	assignmentId: string;
	teacherId: string;
	createdAt: string;
	changes: RegradeChange[];
}

/**
 * Stores new credits for the changed answers and attempts, and the record of it, at once; with
 * a module version, the assignment scores against that version from then on.
 */
export async function applyRegrade(
	db: Kysely<Schema>,
	input: {
		assignmentId: string;
		teacherId: string;
		changes: RegradeChange[];
		moduleVersionId?: string;
		/** What is left out of grading from now on, when the regrade changes it. */
		exclusions?: Exclusions;
	}
): Promise<Regrade> {
	return db.transaction().execute(async (trx) => {
		if (input.exclusions) {
			await trx
				.updateTable('assignments')
				.set({ exclusions: JSON.stringify(input.exclusions) })
				.where('id', '=', input.assignmentId)
				.execute();
		}
		if (input.moduleVersionId) {
			await trx
				.updateTable('assignments')
				.set({ module_version_id: input.moduleVersionId })
				.where('id', '=', input.assignmentId)
				.execute();
		}
		for (const change of input.changes) {
			for (const answer of change.answers) {
				await trx
					.updateTable('answers')
					.set({ credit: answer.after, result: JSON.stringify(answer.result) })
					.where('attempt_id', '=', change.attemptId)
					.where('question_id', '=', answer.questionId)
					.execute();
			}
			await trx
				.updateTable('attempts')
				.set((eb) => ({
					credit: change.after,
					...(change.maxAfter === undefined ? {} : { max_credit: change.maxAfter }),
					revision: eb('revision', '+', 1)
				}))
				.where('id', '=', change.attemptId)
				.where('assignment_id', '=', input.assignmentId)
				.execute();
		}
		const regrade: Regrade = {
			id: randomId('rg'),
			assignmentId: input.assignmentId,
			teacherId: input.teacherId,
			createdAt: toTimestamp(),
			changes: input.changes
		};
		await trx
			.insertInto('regrades')
			.values({
				id: regrade.id,
				assignment_id: regrade.assignmentId,
				teacher_id: regrade.teacherId,
				created_at: regrade.createdAt,
				changes: JSON.stringify(regrade.changes)
			})
			.execute();
		return regrade;
	});
}

export async function listRegrades(db: Kysely<Schema>, assignmentId: string): Promise<Regrade[]> {
	const rows = await db
		.selectFrom('regrades')
		.selectAll()
		.where('assignment_id', '=', assignmentId)
		.orderBy('created_at', 'desc')
		.orderBy('id')
		.execute();
	return rows.map((row) => ({
		id: row.id,
		assignmentId: row.assignment_id,
		teacherId: row.teacher_id,
		createdAt: row.created_at,
		changes: parseJson<RegradeChange[]>(row.changes, `regrades.changes of ${row.id}`)
	}));
}
