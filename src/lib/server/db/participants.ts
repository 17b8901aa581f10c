import type { Kysely } from 'kysely';
import { ensureLearner } from './attempts';
import { randomId, toTimestamp } from './codec';
import type { ParticipantsTable, Schema } from './schema';

/** The students who joined an assignment, each with a seat (a learner id) and accommodations. */

export interface Participant {
	id: string;
	assignmentId: string;
	learnerId: string;
	displayName: string;
	extraMinutes: number;
	extraAttempts: number;
	joinedAt: string;
}

export async function createParticipant(
	db: Kysely<Schema>,
	input: { assignmentId: string; learnerId: string; displayName: string; resumeHash: string }
): Promise<Participant> {
	await ensureLearner(db, input.learnerId);
	const row: ParticipantsTable = {
		id: randomId('p'),
		assignment_id: input.assignmentId,
		learner_id: input.learnerId,
		display_name: input.displayName,
		resume_hash: input.resumeHash,
		extra_minutes: 0,
		extra_attempts: 0,
		joined_at: toTimestamp()
	};
	await db.insertInto('participants').values(row).execute();
	return toParticipant(row);
}

export async function findParticipantByResumeHash(db: Kysely<Schema>, resumeHash: string) {
	const row = await db
		.selectFrom('participants')
		.selectAll()
		.where('resume_hash', '=', resumeHash)
		.executeTakeFirst();
	return row && toParticipant(row);
}

export async function findParticipantByLearner(db: Kysely<Schema>, learnerId: string) {
	const row = await db
		.selectFrom('participants')
		.selectAll()
		.where('learner_id', '=', learnerId)
		.executeTakeFirst();
	return row && toParticipant(row);
}

export async function listParticipants(db: Kysely<Schema>, assignmentId: string) {
	const rows = await db
		.selectFrom('participants')
		.selectAll()
		.where('assignment_id', '=', assignmentId)
		.orderBy('joined_at')
		.orderBy('id')
		.execute();
	return rows.map(toParticipant);
}

export async function setAccommodations(
	db: Kysely<Schema>,
	input: {
		assignmentId: string;
		participantId: string;
		extraMinutes: number;
		extraAttempts: number;
	}
): Promise<boolean> {
	const updated = await db
		.updateTable('participants')
		.set({ extra_minutes: input.extraMinutes, extra_attempts: input.extraAttempts })
		.where('id', '=', input.participantId)
		.where('assignment_id', '=', input.assignmentId)
		.executeTakeFirst();
	return updated.numUpdatedRows === 1n;
}

/** Deletes everything about the student: their learner, attempts, answers and review cards. */
export async function deleteParticipant(
	db: Kysely<Schema>,
	assignmentId: string,
	participantId: string
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.selectFrom('participants')
			.select('learner_id')
			.where('id', '=', participantId)
			.where('assignment_id', '=', assignmentId)
			.executeTakeFirst();
		if (!row) return false;
		await trx.deleteFrom('learners').where('id', '=', row.learner_id).execute();
		return true;
	});
}

function toParticipant(row: {
	id: string;
	assignment_id: string;
	learner_id: string;
	display_name: string;
	extra_minutes: number;
	extra_attempts: number;
	joined_at: string;
}): Participant {
	return {
		id: row.id,
		assignmentId: row.assignment_id,
		learnerId: row.learner_id,
		displayName: row.display_name,
		extraMinutes: row.extra_minutes,
		extraAttempts: row.extra_attempts,
		joinedAt: row.joined_at
	};
}
