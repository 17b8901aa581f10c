import type { Kysely } from 'kysely';

/*
 * LTI 1.3: platforms registered from the admin page (those of FACTQUIZ_LTI_PLATFORMS live in
 * their file), the tool's signing keys (in the database so that every instance signs with and
 * publishes the same ones), logins in flight (state and nonce kept here, not in a cookie the
 * LMS's iframe may not get), one-time tickets that carry a validated launch into a first-party
 * window, the LMS courses and the assignments linked to them, the LMS users' seats, and the
 * outbox of scores to send to the LMS gradebook.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('lti_platforms')
		.addColumn('id', 'text', (column) => column.primaryKey().notNull())
		.addColumn('name', 'text', (column) => column.notNull())
		.addColumn('issuer', 'text', (column) => column.notNull())
		.addColumn('client_id', 'text', (column) => column.notNull())
		/** JSON array of strings. */
		.addColumn('deployment_ids', 'text', (column) => column.notNull())
		.addColumn('auth_login_url', 'text', (column) => column.notNull())
		.addColumn('auth_token_url', 'text', (column) => column.notNull())
		.addColumn('keyset_url', 'text', (column) => column.notNull())
		.addColumn('created_at', 'text', (column) => column.notNull())
		.addUniqueConstraint('lti_platforms_issuer_client', ['issuer', 'client_id'])
		.execute();

	await db.schema
		.createTable('lti_tool_keys')
		.addColumn('kid', 'text', (column) => column.primaryKey().notNull())
		/** JSON of the private JWK: server only. */
		.addColumn('private_jwk', 'text', (column) => column.notNull())
		.addColumn('public_jwk', 'text', (column) => column.notNull())
		.addColumn('created_at', 'text', (column) => column.notNull())
		/** Set when a newer key replaced it; it stays published for a while after. */
		.addColumn('retired_at', 'text')
		.execute();

	await db.schema
		.createTable('lti_login_states')
		.addColumn('state', 'text', (column) => column.primaryKey().notNull())
		.addColumn('nonce', 'text', (column) => column.notNull().unique())
		.addColumn('issuer', 'text', (column) => column.notNull())
		.addColumn('client_id', 'text', (column) => column.notNull())
		.addColumn('created_at', 'text', (column) => column.notNull())
		/** Set by the launch that used it: a state and its nonce are good for one launch. */
		.addColumn('used_at', 'text')
		.execute();

	await db.schema
		.createTable('lti_tickets')
		/** SHA-256 (hex) of the ticket's token. */
		.addColumn('id', 'text', (column) => column.primaryKey().notNull())
		/** JSON of the ticket: who the launch was for and where it goes. */
		.addColumn('payload', 'text', (column) => column.notNull())
		.addColumn('created_at', 'text', (column) => column.notNull())
		.addColumn('expires_at', 'text', (column) => column.notNull())
		.addColumn('used_at', 'text')
		.execute();

	await db.schema
		.createTable('lti_contexts')
		.addColumn('id', 'text', (column) => column.primaryKey().notNull())
		.addColumn('issuer', 'text', (column) => column.notNull())
		.addColumn('client_id', 'text', (column) => column.notNull())
		.addColumn('context_id', 'text', (column) => column.notNull())
		.addColumn('title', 'text', (column) => column.notNull())
		/** The teacher account the course's instructors share in factquiz. */
		.addColumn('teacher_id', 'text', (column) =>
			column.notNull().references('teachers.id').onDelete('cascade')
		)
		.addUniqueConstraint('lti_contexts_course', ['issuer', 'client_id', 'context_id'])
		.execute();

	await db.schema
		.createTable('lti_links')
		.addColumn('assignment_id', 'text', (column) =>
			column.primaryKey().notNull().references('assignments.id').onDelete('cascade')
		)
		.addColumn('context_ref', 'text', (column) =>
			column.notNull().references('lti_contexts.id').onDelete('cascade')
		)
		.addColumn('deployment_id', 'text', (column) => column.notNull())
		/** From the launches: where scores go and where the roster comes from. */
		.addColumn('line_item_url', 'text')
		.addColumn('memberships_url', 'text')
		.execute();

	await db.schema
		.createTable('lti_learners')
		.addColumn('assignment_id', 'text', (column) =>
			column.notNull().references('assignments.id').onDelete('cascade')
		)
		/** The LMS user id (`sub`). */
		.addColumn('user_id', 'text', (column) => column.notNull())
		.addColumn('participant_id', 'text', (column) =>
			column.notNull().references('participants.id').onDelete('cascade')
		)
		.addPrimaryKeyConstraint('lti_learners_pk', ['assignment_id', 'user_id'])
		.execute();

	await db.schema
		.createTable('lti_score_sends')
		.addColumn('id', 'text', (column) => column.primaryKey().notNull())
		.addColumn('attempt_id', 'text', (column) =>
			column.notNull().references('attempts.id').onDelete('cascade')
		)
		/** The attempt's revision the score is of: a submission or a regrade is sent once. */
		.addColumn('attempt_revision', 'integer', (column) => column.notNull())
		.addColumn('assignment_id', 'text', (column) => column.notNull())
		.addColumn('issuer', 'text', (column) => column.notNull())
		.addColumn('client_id', 'text', (column) => column.notNull())
		.addColumn('line_item_url', 'text', (column) => column.notNull())
		.addColumn('user_id', 'text', (column) => column.notNull())
		.addColumn('score_given', 'real', (column) => column.notNull())
		.addColumn('score_maximum', 'real', (column) => column.notNull())
		.addColumn('scored_at', 'text', (column) => column.notNull())
		.addColumn('tries', 'integer', (column) => column.notNull().defaultTo(0))
		.addColumn('next_try_at', 'text', (column) => column.notNull())
		.addColumn('sent_at', 'text')
		.addColumn('last_error', 'text')
		.addUniqueConstraint('lti_score_sends_once', ['attempt_id', 'attempt_revision'])
		.execute();
	await db.schema
		.createIndex('lti_score_sends_due')
		.on('lti_score_sends')
		.columns(['sent_at', 'next_try_at'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of [
		'lti_score_sends',
		'lti_learners',
		'lti_links',
		'lti_contexts',
		'lti_tickets',
		'lti_login_states',
		'lti_tool_keys',
		'lti_platforms'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
