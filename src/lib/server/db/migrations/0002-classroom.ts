import type { Kysely } from 'kysely';

/*
 * Classroom: teachers with database sessions, assignments with a join code, the students who
 * joined them, regrade records, and fixed-window counters for rate limits. Everything lives in
 * the database, never in process memory, so several app processes can share one PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('teachers')
		.addColumn('id', 'text', (column) => column.primaryKey().notNull())
		/** Lower-cased and trimmed: one account per address however it is typed. */
		.addColumn('email', 'text', (column) => column.notNull().unique())
		.addColumn('display_name', 'text', (column) => column.notNull())
		.addColumn('password_hash', 'text', (column) => column.notNull())
		.addColumn('created_at', 'text', (column) => column.notNull())
		.execute();

	await db.schema
		.createTable('teacher_sessions')
		// The SHA-256 of the token the cookie holds: a leaked table does not leak sessions.
		.addColumn('id', 'text', (column) => column.primaryKey().notNull())
		.addColumn('teacher_id', 'text', (column) =>
			column.notNull().references('teachers.id').onDelete('cascade')
		)
		.addColumn('created_at', 'text', (column) => column.notNull())
		.addColumn('expires_at', 'text', (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex('teacher_sessions_teacher')
		.on('teacher_sessions')
		.column('teacher_id')
		.execute();

	await db.schema
		.createTable('rate_limits')
		.addColumn('key', 'text', (column) => column.primaryKey().notNull())
		.addColumn('window_start', 'text', (column) => column.notNull())
		.addColumn('hits', 'integer', (column) => column.notNull())
		.execute();

	await db.schema
		.createTable('assignments')
		.addColumn('id', 'text', (column) => column.primaryKey().notNull())
		.addColumn('teacher_id', 'text', (column) =>
			column.notNull().references('teachers.id').onDelete('cascade')
		)
		.addColumn('module_id', 'text', (column) => column.notNull())
		.addColumn('title', 'text', (column) => column.notNull())
		.addColumn('join_code', 'text', (column) => column.notNull().unique())
		/** JSON of `AssignmentSettings`. */
		.addColumn('settings', 'text', (column) => column.notNull())
		.addColumn('created_at', 'text', (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex('assignments_teacher')
		.on('assignments')
		.column('teacher_id')
		.execute();

	await db.schema
		.createTable('participants')
		.addColumn('id', 'text', (column) => column.primaryKey().notNull())
		.addColumn('assignment_id', 'text', (column) =>
			column.notNull().references('assignments.id').onDelete('cascade')
		)
		// Each student gets a learner of their own: the quiz pages check ownership by learner.
		.addColumn('learner_id', 'text', (column) =>
			column.notNull().unique().references('learners.id').onDelete('cascade')
		)
		.addColumn('display_name', 'text', (column) => column.notNull())
		/** SHA-256 of the resume token, which only the student's link holds. */
		.addColumn('resume_hash', 'text', (column) => column.notNull().unique())
		.addColumn('extra_minutes', 'integer', (column) => column.notNull().defaultTo(0))
		.addColumn('extra_attempts', 'integer', (column) => column.notNull().defaultTo(0))
		.addColumn('joined_at', 'text', (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex('participants_assignment')
		.on('participants')
		.column('assignment_id')
		.execute();

	await db.schema
		.alterTable('attempts')
		.addColumn('assignment_id', 'text', (column) =>
			column.references('assignments.id').onDelete('cascade')
		)
		.execute();
	await db.schema
		.alterTable('attempts')
		// When a timed attempt closes; answers saved after it are refused.
		.addColumn('deadline_at', 'text')
		.execute();
	await db.schema
		.createIndex('attempts_assignment')
		.on('attempts')
		.column('assignment_id')
		.execute();

	await db.schema
		.createTable('regrades')
		.addColumn('id', 'text', (column) => column.primaryKey().notNull())
		.addColumn('assignment_id', 'text', (column) =>
			column.notNull().references('assignments.id').onDelete('cascade')
		)
		.addColumn('teacher_id', 'text', (column) =>
			column.notNull().references('teachers.id').onDelete('cascade')
		)
		.addColumn('created_at', 'text', (column) => column.notNull())
		/** JSON of the per-attempt changes. */
		.addColumn('changes', 'text', (column) => column.notNull())
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('regrades').execute();
	await db.schema.dropIndex('attempts_assignment').execute();
	await db.schema.alterTable('attempts').dropColumn('deadline_at').execute();
	await db.schema.alterTable('attempts').dropColumn('assignment_id').execute();
	await db.schema.dropTable('participants').execute();
	await db.schema.dropTable('assignments').execute();
	await db.schema.dropTable('rate_limits').execute();
	await db.schema.dropTable('teacher_sessions').execute();
	await db.schema.dropTable('teachers').execute();
}
