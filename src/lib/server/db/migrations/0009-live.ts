import type { Kysely } from 'kysely';

/*
 * Live sessions: a teacher-paced game whose whole state is in the database, so that a phone, the
 * projector and the control view may each be served by a different instance. Events are numbered
 * per session and kept, so that any instance can replay them to a client resuming with
 * Last-Event-ID. Players are kept apart from an assignment's participants until the game ends:
 * a kicked or abandoned nickname never becomes a seat.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('live_sessions')
		.addColumn('id', 'text', (column) => column.primaryKey())
		.addColumn('teacher_id', 'text', (column) =>
			column.notNull().references('teachers.id').onDelete('cascade')
		)
		.addColumn('assignment_id', 'text', (column) =>
			column.notNull().references('assignments.id').onDelete('cascade')
		)
		.addColumn('join_code', 'text', (column) => column.notNull().unique())
		.addColumn('questions', 'text', (column) => column.notNull())
		.addColumn('settings', 'text', (column) => column.notNull())
		.addColumn('phase', 'text', (column) => column.notNull())
		.addColumn('question_index', 'integer', (column) => column.notNull())
		.addColumn('opened_at', 'text')
		.addColumn('closes_at', 'text')
		.addColumn('paused_remaining_ms', 'integer')
		.addColumn('player_count', 'integer', (column) => column.notNull().defaultTo(0))
		.addColumn('last_seq', 'integer', (column) => column.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (column) => column.notNull())
		.addColumn('ended_at', 'text')
		.execute();
	await db.schema
		.createTable('live_players')
		.addColumn('id', 'text', (column) => column.primaryKey())
		.addColumn('session_id', 'text', (column) =>
			column.notNull().references('live_sessions.id').onDelete('cascade')
		)
		.addColumn('nickname', 'text', (column) => column.notNull())
		.addColumn('name_key', 'text', (column) => column.notNull())
		.addColumn('token_hash', 'text', (column) => column.notNull().unique())
		.addColumn('points', 'integer', (column) => column.notNull().defaultTo(0))
		.addColumn('streak', 'integer', (column) => column.notNull().defaultTo(0))
		.addColumn('streak_index', 'integer', (column) => column.notNull().defaultTo(-1))
		.addColumn('kicked', 'integer', (column) => column.notNull().defaultTo(0))
		.addColumn('joined_at', 'text', (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex('live_players_name')
		.on('live_players')
		.columns(['session_id', 'name_key'])
		.unique()
		.execute();
	await db.schema
		.createTable('live_answers')
		.addColumn('session_id', 'text', (column) =>
			column.notNull().references('live_sessions.id').onDelete('cascade')
		)
		.addColumn('player_id', 'text', (column) =>
			column.notNull().references('live_players.id').onDelete('cascade')
		)
		.addColumn('question_index', 'integer', (column) => column.notNull())
		.addColumn('response', 'text', (column) => column.notNull())
		.addColumn('received_at', 'text', (column) => column.notNull())
		.addColumn('credit', 'real', (column) => column.notNull())
		.addColumn('points', 'integer', (column) => column.notNull())
		.addColumn('result', 'text', (column) => column.notNull())
		.addPrimaryKeyConstraint('live_answers_pk', ['player_id', 'question_index'])
		.execute();
	await db.schema
		.createIndex('live_answers_question')
		.on('live_answers')
		.columns(['session_id', 'question_index'])
		.execute();
	await db.schema
		.createTable('live_events')
		.addColumn('session_id', 'text', (column) =>
			column.notNull().references('live_sessions.id').onDelete('cascade')
		)
		.addColumn('seq', 'integer', (column) => column.notNull())
		.addColumn('kind', 'text', (column) => column.notNull())
		.addColumn('audience', 'text', (column) => column.notNull())
		.addColumn('data', 'text', (column) => column.notNull())
		.addColumn('created_at', 'text', (column) => column.notNull())
		.addPrimaryKeyConstraint('live_events_pk', ['session_id', 'seq'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('live_events').execute();
	await db.schema.dropTable('live_answers').execute();
	await db.schema.dropTable('live_players').execute();
	await db.schema.dropTable('live_sessions').execute();
}
