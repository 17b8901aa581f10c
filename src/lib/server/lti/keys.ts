import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import { z } from 'zod';
import { getDatabase } from '../db';
import { toTimestamp } from '../db/codec';
import {
	findCurrentToolKey,
	insertToolKey,
	listPublishedToolKeys,
	replaceToolKey
} from '../db/lti-keys';
import type { LtiToolKeysTable } from '../db/lti-schema';

/**
 * The tool's signing keys (RS256). They live in the database, so every instance signs with the
 * same key and publishes the same JWKS. A rotated key stays published for a day: a platform that
 * fetched the JWKS before the rotation may still be checking a deep-linking response or a token
 * request signed with it.
 */

export const RETIRED_KEY_PUBLISHED_MS = 24 * 60 * 60 * 1000;

const rsaJwkSchema = z.looseObject({
	kty: z.literal('RSA'),
	n: z.string(),
	e: z.string()
});

const privateJwkSchema = rsaJwkSchema.extend({
	d: z.string(),
	p: z.string(),
	q: z.string(),
	dp: z.string(),
	dq: z.string(),
	qi: z.string()
});

function parseStoredJwk<T extends z.ZodType<JWK>>(schema: T, text: string, place: string) {
	const parsed = schema.safeParse(JSON.parse(text));
	if (!parsed.success)
		throw new Error(`${place}: stored key does not fit: ${parsed.error.message}`);
	return parsed.data;
}

async function newKeyRow(): Promise<LtiToolKeysTable> {
	const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
	return {
		kid: randomBytes(12).toString('base64url'),
		private_jwk: JSON.stringify(await exportJWK(privateKey)),
		public_jwk: JSON.stringify(await exportJWK(publicKey)),
		created_at: toTimestamp(),
		retired_at: null
	};
}

/** The key in use, made on first need. */
async function currentKey() {
	const { db } = await getDatabase();
	const found = await findCurrentToolKey(db);
	if (found) return found;
	// Two instances starting at once may both make one: both are published, the newer is used.
	await insertToolKey(db, await newKeyRow());
	const made = await findCurrentToolKey(db);
	if (!made) throw new Error('the LTI tool key just stored cannot be read back');
	return made;
}

export async function rotateToolKey(): Promise<string> {
	const { db } = await getDatabase();
	const row = await newKeyRow();
	await replaceToolKey(db, row);
	return row.kid;
}

/** The tool's JWKS: public keys only, each with its kid, alg and use. */
export async function toolJwks(): Promise<{ keys: JWK[] }> {
	await currentKey();
	const { db } = await getDatabase();
	const rows = await listPublishedToolKeys(db, new Date(Date.now() - RETIRED_KEY_PUBLISHED_MS));
	return {
		keys: rows.map((row) => {
			const { kty, n, e } = parseStoredJwk(
				rsaJwkSchema,
				row.public_jwk,
				`lti_tool_keys.public_jwk of ${row.kid}`
			);
			return { kty, n, e, kid: row.kid, alg: 'RS256', use: 'sig' };
		})
	};
}

/** Signs a JWT with the tool's current key (RS256, its kid in the header). */
export async function signWithToolKey(payload: JWTPayload, expiresIn: string): Promise<string> {
	const row = await currentKey();
	const jwk = parseStoredJwk(privateJwkSchema, row.private_jwk, `lti_tool_keys of ${row.kid}`);
	const key = await importJWK(jwk, 'RS256');
	return new SignJWT(payload)
		.setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: row.kid })
		.setIssuedAt()
		.setExpirationTime(expiresIn)
		.setJti(randomBytes(16).toString('base64url'))
		.sign(key);
}
