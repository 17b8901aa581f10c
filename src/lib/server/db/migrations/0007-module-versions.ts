import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

/*
 * Module versions: every publish of a module keeps its two files as a version that is never
 * changed or deleted, and an assignment refers to the version it was made from, so its owner's
 * later republish or unpublish changes nothing for another teacher's class until that teacher
 * regrades with the newer version. And practice tries: whether a learner's answer to a practice
 * question is their first or second try is the server's to know, not the form's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('module_versions')
		.addColumn('id', 'text', (column) => column.primaryKey().notNull())
		.addColumn('module_id', 'text', (column) => column.notNull())
		// No foreign key: a version outlives its publisher's module, and assignments depend on it.
		.addColumn('teacher_id', 'text', (column) => column.notNull())
		.addColumn('article_md', 'text', (column) => column.notNull())
		.addColumn('facts_yaml', 'text', (column) => column.notNull())
		.addColumn('created_at', 'text', (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex('module_versions_module')
		.on('module_versions')
		.columns(['module_id', 'teacher_id', 'created_at'])
		.execute();
	await db.schema.alterTable('published_modules').addColumn('version_id', 'text').execute();
	await db.schema.alterTable('assignments').addColumn('module_version_id', 'text').execute();

	// What is published now becomes each module's first version, and its assignments refer to it.
	const published = await sql<{
		id: string;
		teacher_id: string;
		article_md: string;
		facts_yaml: string;
		updated_at: string;
	}>`SELECT id, teacher_id, article_md, facts_yaml, updated_at FROM published_modules`.execute(db);
	for (const module of published.rows) {
		const versionId = `mv_${randomBytes(16).toString('base64url')}`;
		await sql`INSERT INTO module_versions (id, module_id, teacher_id, article_md, facts_yaml, created_at)
			VALUES (${versionId}, ${module.id}, ${module.teacher_id}, ${module.article_md}, ${module.facts_yaml}, ${module.updated_at})`.execute(
			db
		);
		await sql`UPDATE published_modules SET version_id = ${versionId} WHERE id = ${module.id}`.execute(
			db
		);
		await sql`UPDATE assignments SET module_version_id = ${versionId} WHERE module_id = ${module.id}`.execute(
			db
		);
	}

	await db.schema
		.createTable('practice_tries')
		.addColumn('learner_id', 'text', (column) => column.notNull())
		.addColumn('module_id', 'text', (column) => column.notNull())
		.addColumn('fact_id', 'text', (column) => column.notNull())
		/** The question's seed: a try at another question of the same fact is a first try. */
		.addColumn('seed', 'text', (column) => column.notNull())
		.addColumn('created_at', 'text', (column) => column.notNull())
		.addPrimaryKeyConstraint('practice_tries_pk', ['learner_id', 'module_id', 'fact_id'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('practice_tries').execute();
	await db.schema.alterTable('assignments').dropColumn('module_version_id').execute();
	await db.schema.alterTable('published_modules').dropColumn('version_id').execute();
	await db.schema.dropTable('module_versions').execute();
}
