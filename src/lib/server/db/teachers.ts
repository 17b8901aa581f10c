import type { Kysely } from 'kysely';
import { randomId, toTimestamp } from './codec';
import type { Schema } from './schema';

/** Teachers' accounts and their sessions. */

export interface Teacher {
	id: string;
	email: string;
	displayName: string;
	createdAt: string;
}

/** Creates the teacher, or returns null when the address is taken (whatever the race). */
export async function createTeacher(
	db: Kysely<Schema>,
	input: { email: string; displayName: string; passwordHash: string }
): Promise<Teacher | null> {
	const row = {
		id: randomId('t'),
		email: input.email,
		display_name: input.displayName,
		password_hash: input.passwordHash,
		created_at: toTimestamp()
	};
	const inserted = await db
		.insertInto('teachers')
		.values(row)
		.onConflict((conflict) => conflict.column('email').doNothing())
		.executeTakeFirst();
	if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return null;
	return { id: row.id, email: row.email, displayName: row.display_name, createdAt: row.created_at };
}

export async function findTeacherCredentials(db: Kysely<Schema>, email: string) {
	const row = await db
		.selectFrom('teachers')
		.selectAll()
		.where('email', '=', email)
		.executeTakeFirst();
	return row && { teacher: toTeacher(row), passwordHash: row.password_hash };
}

export async function createSession(
	db: Kysely<Schema>,
	input: { id: string; teacherId: string; expiresAt: Date }
): Promise<void> {
	await db
		.insertInto('teacher_sessions')
		.values({
			id: input.id,
			teacher_id: input.teacherId,
			created_at: toTimestamp(),
			expires_at: toTimestamp(input.expiresAt)
		})
		.execute();
}

/** The session and its teacher, unless unknown or expired. */
export async function findSession(db: Kysely<Schema>, sessionId: string) {
	const row = await db
		.selectFrom('teacher_sessions')
		.innerJoin('teachers', 'teachers.id', 'teacher_sessions.teacher_id')
		.select([
			'teacher_sessions.id as session_id',
			'teacher_sessions.created_at as session_created_at',
			'teacher_sessions.expires_at',
			'teachers.id',
			'teachers.email',
			'teachers.display_name',
			'teachers.created_at'
		])
		.where('teacher_sessions.id', '=', sessionId)
		.where('teacher_sessions.expires_at', '>', toTimestamp())
		.executeTakeFirst();
	if (!row) return undefined;
	return {
		session: { id: row.session_id, createdAt: row.session_created_at, expiresAt: row.expires_at },
		teacher: toTeacher(row)
	};
}

export async function setSessionExpiry(db: Kysely<Schema>, sessionId: string, expiresAt: Date) {
	await db
		.updateTable('teacher_sessions')
		.set({ expires_at: toTimestamp(expiresAt) })
		.where('id', '=', sessionId)
		.execute();
}

export async function deleteSession(db: Kysely<Schema>, sessionId: string): Promise<void> {
	await db.deleteFrom('teacher_sessions').where('id', '=', sessionId).execute();
}

export async function deleteTeacherSessions(db: Kysely<Schema>, teacherId: string): Promise<void> {
	await db.deleteFrom('teacher_sessions').where('teacher_id', '=', teacherId).execute();
}

function toTeacher(row: { id: string; email: string; display_name: string; created_at: string }) {
	return { id: row.id, email: row.email, displayName: row.display_name, createdAt: row.created_at };
}
