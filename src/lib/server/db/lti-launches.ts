import type { Kysely } from 'kysely';
import { toTimestamp } from './codec';
import { withLtiTables, type LtiLoginStatesTable } from './lti-schema';
import type { Schema } from './schema';

/** Logins in flight (state and nonce) and the one-time tickets of validated launches. */

export async function insertLoginState(
	db: Kysely<Schema>,
	input: Omit<LtiLoginStatesTable, 'created_at' | 'used_at'>
): Promise<void> {
	await withLtiTables(db)
		.insertInto('lti_login_states')
		.values({ ...input, created_at: toTimestamp(), used_at: null })
		.execute();
}

export async function findLoginState(db: Kysely<Schema>, state: string) {
	return withLtiTables(db)
		.selectFrom('lti_login_states')
		.selectAll()
		.where('state', '=', state)
		.executeTakeFirst();
}

/** Whether this nonce was issued here and already used by a launch. */
export async function isNonceUsed(db: Kysely<Schema>, nonce: string): Promise<boolean> {
	const row = await withLtiTables(db)
		.selectFrom('lti_login_states')
		.select('used_at')
		.where('nonce', '=', nonce)
		.executeTakeFirst();
	return Boolean(row?.used_at);
}

/** Marks the state (and its nonce) used; false when another launch used it first. */
export async function useLoginState(db: Kysely<Schema>, state: string): Promise<boolean> {
	const updated = await withLtiTables(db)
		.updateTable('lti_login_states')
		.set({ used_at: toTimestamp() })
		.where('state', '=', state)
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return updated.numUpdatedRows === 1n;
}

/** Forgets logins older than `before` (their launches would be refused anyway). */
export async function deleteLoginStatesBefore(db: Kysely<Schema>, before: Date): Promise<void> {
	await withLtiTables(db)
		.deleteFrom('lti_login_states')
		.where('created_at', '<', toTimestamp(before))
		.execute();
}

export async function insertTicket(
	db: Kysely<Schema>,
	input: { id: string; payload: string; expiresAt: Date }
): Promise<void> {
	await withLtiTables(db)
		.insertInto('lti_tickets')
		.values({
			id: input.id,
			payload: input.payload,
			created_at: toTimestamp(),
			expires_at: toTimestamp(input.expiresAt),
			used_at: null
		})
		.execute();
}

/** The ticket's payload if it is unexpired and unused. */
export async function findLiveTicket(db: Kysely<Schema>, id: string) {
	return withLtiTables(db)
		.selectFrom('lti_tickets')
		.select('payload')
		.where('id', '=', id)
		.where('used_at', 'is', null)
		.where('expires_at', '>', toTimestamp())
		.executeTakeFirst();
}

/** Uses the ticket once: its payload, or undefined when unknown, expired or used already. */
export async function useTicket(db: Kysely<Schema>, id: string) {
	return withLtiTables(db)
		.updateTable('lti_tickets')
		.set({ used_at: toTimestamp() })
		.where('id', '=', id)
		.where('used_at', 'is', null)
		.where('expires_at', '>', toTimestamp())
		.returning('payload')
		.executeTakeFirst();
}
