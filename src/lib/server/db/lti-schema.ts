import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/**
 * The LTI tables (migration 0008) as stored. Kept beside the app's schema rather than in it: only
 * the LTI repositories read them, through `withLtiTables`.
 */

export interface LtiPlatformsTable {
	id: string;
	name: string;
	issuer: string;
	client_id: string;
	/** JSON array of strings. */
	deployment_ids: string;
	auth_login_url: string;
	auth_token_url: string;
	keyset_url: string;
	created_at: string;
}

export interface LtiToolKeysTable {
	kid: string;
	private_jwk: string;
	public_jwk: string;
	created_at: string;
	retired_at: string | null;
}

export interface LtiLoginStatesTable {
	state: string;
	nonce: string;
	issuer: string;
	client_id: string;
	created_at: string;
	used_at: string | null;
}

export interface LtiTicketsTable {
	id: string;
	payload: string;
	created_at: string;
	expires_at: string;
	used_at: string | null;
}

export interface LtiContextsTable {
	id: string;
	issuer: string;
	client_id: string;
	context_id: string;
	title: string;
	teacher_id: string;
}

export interface LtiLinksTable {
	assignment_id: string;
	context_ref: string;
	deployment_id: string;
	line_item_url: string | null;
	memberships_url: string | null;
}

export interface LtiLearnersTable {
	assignment_id: string;
	user_id: string;
	participant_id: string;
}

export interface LtiScoreSendsTable {
	id: string;
	attempt_id: string;
	attempt_revision: number;
	assignment_id: string;
	issuer: string;
	client_id: string;
	line_item_url: string;
	user_id: string;
	score_given: number;
	score_maximum: number;
	scored_at: string;
	tries: number;
	next_try_at: string;
	sent_at: string | null;
	last_error: string | null;
}

// A type alias (not an interface): kysely's withTables wants a type with an index signature.
export type LtiTables = {
	lti_platforms: LtiPlatformsTable;
	lti_tool_keys: LtiToolKeysTable;
	lti_login_states: LtiLoginStatesTable;
	lti_tickets: LtiTicketsTable;
	lti_contexts: LtiContextsTable;
	lti_links: LtiLinksTable;
	lti_learners: LtiLearnersTable;
	lti_score_sends: LtiScoreSendsTable;
};

export type LtiDatabase = Kysely<Schema & LtiTables>;

export function withLtiTables(db: Kysely<Schema>): LtiDatabase {
	return db.withTables<LtiTables>();
}
