import type { Kysely } from 'kysely';

/*
 * What a teacher changes about an assignment after creating it: archiving (it leaves the
 * teacher's list and keeps its data), questions or facts excluded from grading, and the credit the
 * teacher set by hand for one answer, which regrades keep.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('assignments').addColumn('archived_at', 'text').execute();
	// JSON of `Exclusions`; null while nothing is excluded.
	await db.schema.alterTable('assignments').addColumn('exclusions', 'text').execute();
	await db.schema
		.createTable('answer_overrides')
		.addColumn('attempt_id', 'text', (column) =>
			column.notNull().references('attempts.id').onDelete('cascade')
		)
		.addColumn('question_id', 'text', (column) => column.notNull())
		.addColumn('credit', 'double precision', (column) => column.notNull())
		.addColumn('comment', 'text')
		.addColumn('teacher_id', 'text', (column) => column.notNull())
		.addColumn('created_at', 'text', (column) => column.notNull())
		.addPrimaryKeyConstraint('answer_overrides_pk', ['attempt_id', 'question_id'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('answer_overrides').execute();
	await db.schema.alterTable('assignments').dropColumn('exclusions').execute();
	await db.schema.alterTable('assignments').dropColumn('archived_at').execute();
}
