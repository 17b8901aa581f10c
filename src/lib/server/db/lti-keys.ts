import type { Kysely } from 'kysely';
import { toTimestamp } from './codec';
import { withLtiTables, type LtiToolKeysTable } from './lti-schema';
import type { Schema } from './schema';

/** The tool's RSA keys: what it signs with, and what its JWKS publishes. */

export async function insertToolKey(db: Kysely<Schema>, row: LtiToolKeysTable): Promise<void> {
	await withLtiTables(db).insertInto('lti_tool_keys').values(row).execute();
}

/** The key in use: the newest one not retired. */
export async function findCurrentToolKey(db: Kysely<Schema>) {
	return withLtiTables(db)
		.selectFrom('lti_tool_keys')
		.selectAll()
		.where('retired_at', 'is', null)
		.orderBy('created_at', 'desc')
		.orderBy('kid', 'desc')
		.executeTakeFirst();
}

/** Keys in use and those retired after `retiredSince`: what a platform may still be checking. */
export async function listPublishedToolKeys(db: Kysely<Schema>, retiredSince: Date) {
	return withLtiTables(db)
		.selectFrom('lti_tool_keys')
		.select(['kid', 'public_jwk', 'created_at', 'retired_at'])
		.where((eb) =>
			eb.or([eb('retired_at', 'is', null), eb('retired_at', '>', toTimestamp(retiredSince))])
		)
		.orderBy('created_at', 'desc')
		.execute();
}

/** Retires every key in use and adds `row` as the new one, at once. */
export async function replaceToolKey(db: Kysely<Schema>, row: LtiToolKeysTable): Promise<void> {
	await withLtiTables(db)
		.transaction()
		.execute(async (trx) => {
			await trx
				.updateTable('lti_tool_keys')
				.set({ retired_at: row.created_at })
				.where('retired_at', 'is', null)
				.execute();
			await trx.insertInto('lti_tool_keys').values(row).execute();
		});
}
