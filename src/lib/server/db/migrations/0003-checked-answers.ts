import type { Kysely } from 'kysely';

/*
 * Assignments that give feedback immediately: a student checks an answer, sees whether it was
 * right, and that answer is final from then on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('answers').addColumn('checked_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('answers').dropColumn('checked_at').execute();
}
