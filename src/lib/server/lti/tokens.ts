import { z } from 'zod';
import { signWithToolKey } from './keys';
import type { LtiPlatform } from './platforms';

/**
 * Access tokens for LTI Advantage services (Security Framework §4.1): client credentials with a
 * JWT assertion signed by the tool's key, kept until shortly before they expire.
 */

const tokenResponseSchema = z.looseObject({
	access_token: z.string().min(1),
	expires_in: z.coerce.number().positive().optional()
});

const tokens = new Map<string, { token: string; expiresAt: number }>();

function keyOf(platform: LtiPlatform, scope: string) {
	return `${platform.authTokenUrl}\n${platform.clientId}\n${scope}`;
}

export async function accessToken(platform: LtiPlatform, scope: string): Promise<string> {
	const key = keyOf(platform, scope);
	const kept = tokens.get(key);
	if (kept && kept.expiresAt > Date.now()) return kept.token;
	const assertion = await signWithToolKey(
		{ iss: platform.clientId, sub: platform.clientId, aud: platform.authTokenUrl },
		'5m'
	);
	const response = await fetch(platform.authTokenUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
		body: new URLSearchParams({
			grant_type: 'client_credentials',
			client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
			client_assertion: assertion,
			scope
		}),
		signal: AbortSignal.timeout(10_000)
	});
	if (!response.ok) {
		throw new Error(`token ${platform.authTokenUrl}: HTTP ${response.status}`);
	}
	const parsed = tokenResponseSchema.safeParse(await response.json());
	if (!parsed.success) {
		throw new Error(`token ${platform.authTokenUrl}: answer has no access_token`);
	}
	const lifetimeS = parsed.data.expires_in ?? 3600;
	// A minute's margin so that a token never expires on its way.
	tokens.set(key, {
		token: parsed.data.access_token,
		expiresAt: Date.now() + Math.max(0, lifetimeS - 60) * 1000
	});
	return parsed.data.access_token;
}

/** Forgets a token the platform refused (revoked, or its clock disagrees). */
export function forgetAccessToken(platform: LtiPlatform, scope: string): void {
	tokens.delete(keyOf(platform, scope));
}
