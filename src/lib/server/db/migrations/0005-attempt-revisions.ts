import type { Kysely } from 'kysely';

/*
 * A counter on each attempt that every change to it or its answers moves on (a save, the submit,
 * a regrade): the teacher's results page then recomputes only the attempts that changed since it
 * last looked, and knows for certain which those are (two saves may share a millisecond).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.alterTable('attempts')
		.addColumn('revision', 'integer', (column) => column.notNull().defaultTo(0))
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('attempts').dropColumn('revision').execute();
}
