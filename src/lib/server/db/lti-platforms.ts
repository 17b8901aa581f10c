import type { Kysely } from 'kysely';
import { z } from 'zod';
import { parseJsonWith, randomId, toTimestamp } from './codec';
import { withLtiTables, type LtiPlatformsTable } from './lti-schema';
import type { Schema } from './schema';

/** LMS platforms registered from the admin page. */

export interface LtiPlatform {
	/** `file:<index>` for a platform of FACTQUIZ_LTI_PLATFORMS, the row id for a registered one. */
	id: string;
	name: string;
	issuer: string;
	clientId: string;
	deploymentIds: string[];
	authLoginUrl: string;
	authTokenUrl: string;
	keysetUrl: string;
}

const deploymentIdsSchema = z.array(z.string());

export async function listStoredPlatforms(db: Kysely<Schema>): Promise<LtiPlatform[]> {
	const rows = await withLtiTables(db)
		.selectFrom('lti_platforms')
		.selectAll()
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map(toPlatform);
}

/** Registers a platform; null when one with this issuer and client id exists already. */
export async function insertPlatform(
	db: Kysely<Schema>,
	platform: Omit<LtiPlatform, 'id'>
): Promise<LtiPlatform | null> {
	const row: LtiPlatformsTable = {
		id: randomId('lp'),
		name: platform.name,
		issuer: platform.issuer,
		client_id: platform.clientId,
		deployment_ids: JSON.stringify(platform.deploymentIds),
		auth_login_url: platform.authLoginUrl,
		auth_token_url: platform.authTokenUrl,
		keyset_url: platform.keysetUrl,
		created_at: toTimestamp()
	};
	const inserted = await withLtiTables(db)
		.insertInto('lti_platforms')
		.values(row)
		.onConflict((conflict) => conflict.columns(['issuer', 'client_id']).doNothing())
		.executeTakeFirst();
	return Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1 ? toPlatform(row) : null;
}

export async function deletePlatform(db: Kysely<Schema>, id: string): Promise<void> {
	await withLtiTables(db).deleteFrom('lti_platforms').where('id', '=', id).execute();
}

function toPlatform(row: LtiPlatformsTable): LtiPlatform {
	return {
		id: row.id,
		name: row.name,
		issuer: row.issuer,
		clientId: row.client_id,
		deploymentIds: parseJsonWith(
			deploymentIdsSchema,
			row.deployment_ids,
			`lti_platforms.deployment_ids of ${row.id}`
		),
		authLoginUrl: row.auth_login_url,
		authTokenUrl: row.auth_token_url,
		keysetUrl: row.keyset_url
	};
}
