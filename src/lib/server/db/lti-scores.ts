import type { Kysely } from 'kysely';
import { randomId, toTimestamp } from './codec';
import { withLtiTables, type LtiScoreSendsTable } from './lti-schema';
import type { Schema } from './schema';

/** The outbox of scores for LMS gradebooks: one row per submission or regrade of an attempt. */

export type ScoreSend = LtiScoreSendsTable;

/** The attempt's credit as stored now, with its revision, when it is submitted. */
export async function findSubmittedScore(db: Kysely<Schema>, attemptId: string) {
	return db
		.selectFrom('attempts')
		.select(['id', 'learner_id', 'revision', 'credit', 'max_credit', 'submitted_at'])
		.where('id', '=', attemptId)
		.where('status', '=', 'submitted')
		.executeTakeFirst();
}

/** Queues a send; a second one for the same attempt revision is ignored (never sent twice). */
export async function queueScoreSend(
	db: Kysely<Schema>,
	input: Omit<ScoreSend, 'id' | 'tries' | 'next_try_at' | 'sent_at' | 'last_error'>
): Promise<boolean> {
	const inserted = await withLtiTables(db)
		.insertInto('lti_score_sends')
		.values({
			...input,
			id: randomId('ls'),
			tries: 0,
			next_try_at: toTimestamp(),
			sent_at: null,
			last_error: null
		})
		.onConflict((conflict) => conflict.columns(['attempt_id', 'attempt_revision']).doNothing())
		.executeTakeFirst();
	return Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function listDueScoreSends(db: Kysely<Schema>, limit: number): Promise<ScoreSend[]> {
	return withLtiTables(db)
		.selectFrom('lti_score_sends')
		.selectAll()
		.where('sent_at', 'is', null)
		.where('next_try_at', '<=', toTimestamp())
		.orderBy('next_try_at')
		.limit(limit)
		.execute();
}

/** When the earliest unsent score is due (it may be in the past), or null when none waits. */
export async function nextScoreSendDue(db: Kysely<Schema>): Promise<Date | null> {
	const row = await withLtiTables(db)
		.selectFrom('lti_score_sends')
		.select('next_try_at')
		.where('sent_at', 'is', null)
		.orderBy('next_try_at')
		.limit(1)
		.executeTakeFirst();
	return row ? new Date(row.next_try_at) : null;
}

/**
 * Takes the send for one try: its next try moves to `leaseUntil`, so that another instance (or
 * this one's next round) leaves it alone while it is on its way. False when someone took it first.
 */
export async function claimScoreSend(
	db: Kysely<Schema>,
	send: Pick<ScoreSend, 'id' | 'next_try_at'>,
	leaseUntil: Date
): Promise<boolean> {
	const updated = await withLtiTables(db)
		.updateTable('lti_score_sends')
		.set({ next_try_at: toTimestamp(leaseUntil) })
		.where('id', '=', send.id)
		.where('next_try_at', '=', send.next_try_at)
		.where('sent_at', 'is', null)
		.executeTakeFirst();
	return updated.numUpdatedRows === 1n;
}

export async function markScoreSent(db: Kysely<Schema>, id: string): Promise<void> {
	await withLtiTables(db)
		.updateTable('lti_score_sends')
		.set((eb) => ({ sent_at: toTimestamp(), tries: eb('tries', '+', 1), last_error: null }))
		.where('id', '=', id)
		.execute();
}

export async function markScoreFailed(
	db: Kysely<Schema>,
	id: string,
	failure: { error: string; nextTryAt: Date }
): Promise<void> {
	await withLtiTables(db)
		.updateTable('lti_score_sends')
		.set((eb) => ({
			tries: eb('tries', '+', 1),
			last_error: failure.error.slice(0, 500),
			next_try_at: toTimestamp(failure.nextTryAt)
		}))
		.where('id', '=', id)
		.execute();
}

/** Sends of the assignment not acknowledged yet, oldest first, with the student's name. */
export async function listPendingScoreSends(db: Kysely<Schema>, assignmentId: string) {
	return withLtiTables(db)
		.selectFrom('lti_score_sends')
		.innerJoin('attempts', 'attempts.id', 'lti_score_sends.attempt_id')
		.leftJoin('participants', (join) =>
			join
				.onRef('participants.learner_id', '=', 'attempts.learner_id')
				.onRef('participants.assignment_id', '=', 'lti_score_sends.assignment_id')
		)
		.select([
			'lti_score_sends.id',
			'participants.display_name',
			'lti_score_sends.score_given',
			'lti_score_sends.score_maximum',
			'lti_score_sends.tries',
			'lti_score_sends.next_try_at',
			'lti_score_sends.last_error'
		])
		.where('lti_score_sends.assignment_id', '=', assignmentId)
		.where('lti_score_sends.sent_at', 'is', null)
		.orderBy('lti_score_sends.scored_at')
		.execute();
}
