import { sql, type Kysely } from 'kysely';

/*
 * One migration set for both engines: only types both understand. `double precision` rather than
 * `real` because PostgreSQL's `real` is 4 bytes and would round sums of credits (SQLite gives it
 * REAL affinity, 8 bytes, either way).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('learners')
		.addColumn('id', 'text', (column) => column.primaryKey().notNull())
		.addColumn('created_at', 'text', (column) => column.notNull())
		.execute();

	await db.schema
		.createTable('attempts')
		.addColumn('id', 'text', (column) => column.primaryKey().notNull())
		.addColumn('learner_id', 'text', (column) =>
			column.notNull().references('learners.id').onDelete('cascade')
		)
		.addColumn('module_id', 'text', (column) => column.notNull())
		.addColumn('seed', 'text', (column) => column.notNull())
		.addColumn('options', 'text', (column) => column.notNull())
		.addColumn('questions', 'text', (column) => column.notNull())
		.addColumn('status', 'text', (column) =>
			column.notNull().check(sql`status in ('open', 'submitted')`)
		)
		.addColumn('created_at', 'text', (column) => column.notNull())
		.addColumn('updated_at', 'text', (column) => column.notNull())
		.addColumn('submitted_at', 'text')
		.addColumn('credit', 'double precision')
		.addColumn('max_credit', 'integer')
		.execute();
	await db.schema
		.createIndex('attempts_learner_status')
		.on('attempts')
		.columns(['learner_id', 'status'])
		.execute();

	await db.schema
		.createTable('answers')
		.addColumn('attempt_id', 'text', (column) =>
			column.notNull().references('attempts.id').onDelete('cascade')
		)
		.addColumn('question_id', 'text', (column) => column.notNull())
		.addColumn('response', 'text', (column) => column.notNull())
		.addColumn('saved_at', 'text', (column) => column.notNull())
		.addColumn('revision', 'integer', (column) => column.notNull())
		.addColumn('credit', 'double precision')
		.addColumn('result', 'text')
		.addPrimaryKeyConstraint('answers_pk', ['attempt_id', 'question_id'])
		.execute();

	await db.schema
		.createTable('review_cards')
		.addColumn('learner_id', 'text', (column) =>
			column.notNull().references('learners.id').onDelete('cascade')
		)
		.addColumn('module_id', 'text', (column) => column.notNull())
		.addColumn('fact_id', 'text', (column) => column.notNull())
		.addColumn('card', 'text', (column) => column.notNull())
		.addColumn('due_at', 'text', (column) => column.notNull())
		.addColumn('updated_at', 'text', (column) => column.notNull())
		.addPrimaryKeyConstraint('review_cards_pk', ['learner_id', 'module_id', 'fact_id'])
		.execute();
	await db.schema
		.createIndex('review_cards_learner_due')
		.on('review_cards')
		.columns(['learner_id', 'due_at'])
		.execute();

	await db.schema
		.createTable('review_logs')
		.addColumn('id', 'text', (column) => column.primaryKey().notNull())
		.addColumn('learner_id', 'text', (column) =>
			column.notNull().references('learners.id').onDelete('cascade')
		)
		.addColumn('module_id', 'text', (column) => column.notNull())
		.addColumn('fact_id', 'text', (column) => column.notNull())
		.addColumn('rating', 'integer', (column) => column.notNull())
		.addColumn('credit', 'double precision', (column) => column.notNull())
		.addColumn('reviewed_at', 'text', (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex('review_logs_learner_fact')
		.on('review_logs')
		.columns(['learner_id', 'module_id', 'fact_id', 'reviewed_at'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of ['review_logs', 'review_cards', 'answers', 'attempts', 'learners']) {
		await db.schema.dropTable(table).execute();
	}
}
