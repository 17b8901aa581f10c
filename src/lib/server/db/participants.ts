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
	/** The teacher lets this student join again under their name (once). */
	rejoinAllowed: boolean;
}

/**
 * A name as it is compared: Unicode-normalised, spaces collapsed, case ignored ("Ola  Nowak" and
 * "ola nowak" are one student); diacritics count ("Łucja" is not "Lucja").
 */
export function nameKeyOf(name: string): string {
	return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('pl');
}

export interface NewSeat {
	assignmentId: string;
	/** The learner the seat's attempts belong to: a new one for each seat. */
	learnerId: string;
	displayName: string;
	resumeToken: string;
	resumeHash: string;
	/** The learner id of the browser joining, when it has one. */
	joinedFrom?: string | null;
}

export function participantRow(input: NewSeat): ParticipantsTable {
	return {
		id: randomId('p'),
		assignment_id: input.assignmentId,
		learner_id: input.learnerId,
		display_name: input.displayName,
		resume_hash: input.resumeHash,
		extra_minutes: 0,
		extra_attempts: 0,
		joined_at: toTimestamp(),
		name_key: nameKeyOf(input.displayName),
		joined_from: input.joinedFrom ?? null,
		resume_token: input.resumeToken,
		rejoin_allowed: 0
	};
}

/** Makes a seat; throws when the name (or the browser) has one in the assignment already. */
export async function createParticipant(db: Kysely<Schema>, input: NewSeat): Promise<Participant> {
	await ensureLearner(db, input.learnerId);
	const row = participantRow(input);
	await db.insertInto('participants').values(row).execute();
	return toParticipant(row);
}

export type SeatJoin =
	| {
			/**
			 * 'joined': a new seat; 'same-browser': this browser's seat already (a double click, two
			 * joins at once); 'rejoined': the teacher let this student in again, and the seat moved here.
			 */
			outcome: 'joined' | 'same-browser' | 'rejoined';
			participant: Participant;
			resumeToken: string;
	  }
	| { outcome: 'name-taken' };

/**
 * Takes a seat in the assignment for the browser whose learner id is `input.joinedFrom`. One seat
 * per name and one per browser, held by unique indexes, so joins sent at once cannot make two:
 * the one that inserts wins, and the others find its seat. A name another browser holds is
 * refused unless the teacher allowed that student to rejoin: then the seat moves to this browser
 * under a new resume token (the old link stops working), with its attempts.
 */
export async function joinSeat(
	db: Kysely<Schema>,
	input: NewSeat & { joinedFrom: string }
): Promise<SeatJoin> {
	const own = await findBrowserSeat(db, input.assignmentId, input.joinedFrom, input);
	if (own) return own;
	await ensureLearner(db, input.learnerId);
	const row = participantRow(input);
	const inserted = await db
		.insertInto('participants')
		.values(row)
		.onConflict((conflict) => conflict.doNothing())
		.executeTakeFirst();
	if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) {
		return { outcome: 'joined', participant: toParticipant(row), resumeToken: input.resumeToken };
	}
	await db.deleteFrom('learners').where('id', '=', input.learnerId).execute();
	const raced = await findBrowserSeat(db, input.assignmentId, input.joinedFrom, input);
	if (raced) return raced;
	const moved = await db
		.updateTable('participants')
		.set({
			rejoin_allowed: 0,
			joined_from: input.joinedFrom,
			resume_token: input.resumeToken,
			resume_hash: input.resumeHash
		})
		.where('assignment_id', '=', input.assignmentId)
		.where('name_key', '=', row.name_key)
		.where('rejoin_allowed', '=', 1)
		.returningAll()
		.executeTakeFirst();
	// A join sent at once from this same browser may have moved the seat here just now.
	if (!moved) {
		return (
			(await findBrowserSeat(db, input.assignmentId, input.joinedFrom, input)) ?? {
				outcome: 'name-taken'
			}
		);
	}
	return { outcome: 'rejoined', participant: toParticipant(moved), resumeToken: input.resumeToken };
}

/**
 * The seat this browser holds in the assignment: the one it joined from, or whose learner it has
 * become. A seat older than kept tokens gets a new one (`fresh`).
 */
async function findBrowserSeat(
	db: Kysely<Schema>,
	assignmentId: string,
	browserLearnerId: string,
	fresh: { resumeToken: string; resumeHash: string }
): Promise<SeatJoin | null> {
	const row = await db
		.selectFrom('participants')
		.selectAll()
		.where('assignment_id', '=', assignmentId)
		.where((eb) =>
			eb.or([eb('joined_from', '=', browserLearnerId), eb('learner_id', '=', browserLearnerId)])
		)
		.executeTakeFirst();
	if (!row) return null;
	const resumeToken =
		row.resume_token ?? (await replaceResumeToken(db, assignmentId, row.id, fresh));
	if (resumeToken === null) return null;
	return { outcome: 'same-browser', participant: toParticipant(row), resumeToken };
}

/** Gives the seat a new resume token (the old link stops working): it, or null for no such seat. */
export async function replaceResumeToken(
	db: Kysely<Schema>,
	assignmentId: string,
	participantId: string,
	fresh: { resumeToken: string; resumeHash: string }
): Promise<string | null> {
	const updated = await db
		.updateTable('participants')
		.set({ resume_token: fresh.resumeToken, resume_hash: fresh.resumeHash })
		.where('id', '=', participantId)
		.where('assignment_id', '=', assignmentId)
		.executeTakeFirst();
	return updated.numUpdatedRows === 1n ? fresh.resumeToken : null;
}

/** The seat's resume token, or null for a seat older than kept tokens (or none). */
export async function findResumeToken(
	db: Kysely<Schema>,
	assignmentId: string,
	participantId: string
): Promise<string | null> {
	const row = await db
		.selectFrom('participants')
		.select('resume_token')
		.where('id', '=', participantId)
		.where('assignment_id', '=', assignmentId)
		.executeTakeFirst();
	return row?.resume_token ?? null;
}

/** Lets the student join once more under their name, from a new browser (or stops letting them). */
export async function setRejoinAllowed(
	db: Kysely<Schema>,
	assignmentId: string,
	participantId: string,
	allowed: boolean
): Promise<boolean> {
	const updated = await db
		.updateTable('participants')
		.set({ rejoin_allowed: allowed ? 1 : 0 })
		.where('id', '=', participantId)
		.where('assignment_id', '=', assignmentId)
		.executeTakeFirst();
	return updated.numUpdatedRows === 1n;
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
	rejoin_allowed: number;
}): Participant {
	return {
		id: row.id,
		assignmentId: row.assignment_id,
		learnerId: row.learner_id,
		displayName: row.display_name,
		extraMinutes: row.extra_minutes,
		extraAttempts: row.extra_attempts,
		joinedAt: row.joined_at,
		rejoinAllowed: row.rejoin_allowed === 1
	};
}
