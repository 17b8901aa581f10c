import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import { createAttempt, ensureLearner, toAttempt, type Attempt, type NewAttempt } from './attempts';
import type { Schema } from './schema';

/**
 * Starting an attempt, once: a learner has at most one open attempt in a scope (a class
 * assignment, or a module studied alone) and, in an assignment, at most its number of attempts.
 * Counting and inserting run under a lock on the learner's row, so starts sent at once (a double
 * click, eight tabs, two app processes) queue there: the first inserts, every later one finds
 * its attempt open and lands on it.
 */

export type AttemptScope =
	| { assignmentId: string; moduleId: string; maxAttempts: number }
	| { assignmentId: null; moduleId: string; maxAttempts: null };

export type AttemptStart =
	/** `started` is false when the attempt was open already. */
	| { ok: true; attempt: Attempt; started: boolean }
	| { ok: false; reason: 'no-attempts-left'; attemptsUsed: number };

/** What the new attempt holds, made under the lock from the number of attempts already used. */
export type MakeAttempt = (
	attemptsUsed: number
) => Omit<NewAttempt, 'learnerId' | 'moduleId' | 'assignmentId'>;

export async function startAttemptOnce(
	db: Kysely<Schema>,
	learnerId: string,
	scope: AttemptScope,
	make: MakeAttempt
): Promise<AttemptStart> {
	await ensureLearner(db, learnerId);
	return db.transaction().execute(async (trx) => {
		await lockLearner(trx, learnerId);
		const rows = await trx
			.selectFrom('attempts')
			.selectAll()
			.where('learner_id', '=', learnerId)
			.where((eb) =>
				scope.assignmentId === null
					? eb.and([eb('assignment_id', 'is', null), eb('module_id', '=', scope.moduleId)])
					: eb('assignment_id', '=', scope.assignmentId)
			)
			.orderBy('created_at')
			.orderBy('id')
			.execute();
		const open = rows.find((row) => row.status === 'open');
		if (open) return { ok: true, attempt: toAttempt(open), started: false };
		if (scope.maxAttempts !== null && rows.length >= scope.maxAttempts) {
			return { ok: false, reason: 'no-attempts-left', attemptsUsed: rows.length };
		}
		const attempt = await createAttempt(trx, {
			...make(rows.length),
			learnerId,
			moduleId: scope.moduleId,
			assignmentId: scope.assignmentId
		});
		return { ok: true, attempt, started: true };
	});
}

/**
 * Holds the learner's row until the transaction ends. PostgreSQL locks the row; SQLite has one
 * writer at a time, so a write taken first (rather than a read later turned into one) makes a
 * start wait for any other and then read what that one wrote.
 */
async function lockLearner(trx: Transaction<Schema>, learnerId: string): Promise<void> {
	if (trx.getExecutor().adapter instanceof PostgresAdapter) {
		await trx.selectFrom('learners').select('id').where('id', '=', learnerId).forUpdate().execute();
	} else {
		await sql`UPDATE learners SET created_at = created_at WHERE id = ${learnerId}`.execute(trx);
	}
}
