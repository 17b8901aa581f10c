import type { Kysely } from 'kysely';

/*
 * Modules written in the app: drafts a teacher is reviewing, and published modules, kept as the
 * texts of their two files (article.md, facts.yaml) so one parser validates them wherever they
 * come from and export is the text itself. In the database, every app instance sees them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('module_drafts')
		.addColumn('id', 'text', (column) => column.primaryKey().notNull())
		.addColumn('teacher_id', 'text', (column) =>
			column.notNull().references('teachers.id').onDelete('cascade')
		)
		.addColumn('title', 'text', (column) => column.notNull())
		/** JSON of the review state: the article, candidates and the teacher's decisions. */
		.addColumn('state', 'text', (column) => column.notNull())
		.addColumn('revision', 'integer', (column) => column.notNull())
		.addColumn('created_at', 'text', (column) => column.notNull())
		.addColumn('updated_at', 'text', (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex('module_drafts_teacher')
		.on('module_drafts')
		.column('teacher_id')
		.execute();

	await db.schema
		.createTable('published_modules')
		.addColumn('id', 'text', (column) => column.primaryKey().notNull())
		.addColumn('teacher_id', 'text', (column) =>
			column.notNull().references('teachers.id').onDelete('cascade')
		)
		.addColumn('article_md', 'text', (column) => column.notNull())
		.addColumn('facts_yaml', 'text', (column) => column.notNull())
		.addColumn('published_at', 'text', (column) => column.notNull())
		.addColumn('updated_at', 'text', (column) => column.notNull())
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('published_modules').execute();
	await db.schema.dropTable('module_drafts').execute();
}
