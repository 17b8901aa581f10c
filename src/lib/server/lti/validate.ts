import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify } from 'jose';
import { getDatabase } from '../db';
import { findLoginState, isNonceUsed, useLoginState } from '../db/lti-launches';
import {
	LTI,
	DEEP_LINKING,
	launchClaimsSchema,
	REQUIRED_CLAIMS,
	type LaunchClaims
} from './claims';
import { findPlatform, type LtiPlatform } from './platforms';

/**
 * The checks of the 1EdTech Security Framework (§5.1.3) and LTI Core 1.3 (§5.3) on a launch's
 * id_token: state, signature against the platform's JWKS, iss, aud/azp, exp/iat, nonce once,
 * deployment, message type, version and claims. Each refusal names the check that failed.
 */

export const REFUSAL_CODES = [
	'bad-login',
	'missing-state',
	'missing-id-token',
	'unknown-state',
	'state-used',
	'unreadable-token',
	'bad-algorithm',
	'wrong-issuer',
	'unknown-platform',
	'keyset-unavailable',
	'unknown-kid',
	'bad-signature',
	'wrong-audience',
	'expired',
	'bad-issued-at',
	'nonce-replayed',
	'nonce-mismatch',
	'missing-claim',
	'wrong-version',
	'unsupported-message-type',
	'unknown-deployment',
	'invalid-claim'
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export class LaunchRefused extends Error {
	constructor(
		readonly code: RefusalCode,
		/** English, for the log and under the page's message: which claim, which value. */
		readonly detail: string
	) {
		super(`LTI launch refused (${code}): ${detail}`);
	}
}

/** A login's state and nonce are good for this long: the LMS answers the redirect at once. */
export const LOGIN_STATE_LIFETIME_MS = 10 * 60 * 1000;
/** Clock skew tolerated on exp and iat. */
const CLOCK_TOLERANCE_S = 60;
/** A token issued longer ago than this is refused even if its exp says otherwise. */
const MAX_TOKEN_AGE = '10m';
/**
 * A token with a kid the cached JWKS lacks refetches the JWKS (a platform rotated its key), but
 * at most once a second, so that made-up kids cannot turn the tool into a flood of requests.
 */
const JWKS_REFETCH_COOLDOWN_MS = 1000;

const keysets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function keysetOf(platform: LtiPlatform) {
	let keyset = keysets.get(platform.keysetUrl);
	if (!keyset) {
		keyset = createRemoteJWKSet(new URL(platform.keysetUrl), {
			cooldownDuration: JWKS_REFETCH_COOLDOWN_MS,
			cacheMaxAge: 10 * 60 * 1000
		});
		keysets.set(platform.keysetUrl, keyset);
	}
	return keyset;
}

export interface ValidLaunch {
	platform: LtiPlatform;
	claims: LaunchClaims;
}

function refusalOfVerification(failure: unknown, platform: LtiPlatform): LaunchRefused {
	if (failure instanceof errors.JWKSNoMatchingKey) {
		return new LaunchRefused('unknown-kid', `no key with this kid in ${platform.keysetUrl}`);
	}
	if (failure instanceof errors.JWSSignatureVerificationFailed) {
		return new LaunchRefused('bad-signature', `signature does not verify with the platform's key`);
	}
	if (failure instanceof errors.JWTExpired) {
		return new LaunchRefused('expired', `exp ${String(failure.payload.exp)} has passed`);
	}
	if (failure instanceof errors.JWTClaimValidationFailed) {
		if (failure.reason === 'missing') {
			return new LaunchRefused('missing-claim', `claim ${failure.claim} is missing`);
		}
		if (failure.claim === 'aud') {
			return new LaunchRefused('wrong-audience', `aud does not include ${platform.clientId}`);
		}
		if (failure.claim === 'iss') {
			return new LaunchRefused('wrong-issuer', `iss is not ${platform.issuer}`);
		}
		if (failure.claim === 'iat' || failure.claim === 'nbf') {
			return new LaunchRefused('bad-issued-at', `${failure.claim}: ${failure.message}`);
		}
		return new LaunchRefused('invalid-claim', `${failure.claim}: ${failure.message}`);
	}
	if (
		failure instanceof errors.JWKSTimeout ||
		failure instanceof errors.JWKSInvalid ||
		(failure instanceof errors.JOSEError && failure.code === 'ERR_JOSE_GENERIC') ||
		failure instanceof TypeError
	) {
		const reason = failure instanceof Error ? failure.message : String(failure);
		return new LaunchRefused('keyset-unavailable', `${platform.keysetUrl}: ${reason}`);
	}
	const reason = failure instanceof Error ? failure.message : String(failure);
	return new LaunchRefused('unreadable-token', reason);
}

/** The claims, each required one present and each present one of the right shape. */
function checkClaims(payload: Record<string, unknown>, platform: LtiPlatform): LaunchClaims {
	for (const claim of REQUIRED_CLAIMS) {
		if (payload[claim] === undefined) {
			throw new LaunchRefused('missing-claim', `claim ${claim} is missing`);
		}
	}
	if (payload[`${LTI}version`] !== '1.3.0') {
		throw new LaunchRefused(
			'wrong-version',
			`${LTI}version is ${JSON.stringify(payload[`${LTI}version`])}, not "1.3.0"`
		);
	}
	const parsed = launchClaimsSchema.safeParse(payload);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const claim = String(issue?.path[0] ?? '');
		if (claim === `${LTI}message_type`) {
			throw new LaunchRefused(
				'unsupported-message-type',
				`${claim} ${JSON.stringify(payload[claim])} is not one factquiz handles`
			);
		}
		throw new LaunchRefused(
			'invalid-claim',
			`${issue?.path.join('.') ?? 'claims'}: ${issue?.message ?? 'invalid'}`
		);
	}
	const claims = parsed.data;
	const deployment = claims[`${LTI}deployment_id`];
	if (!platform.deploymentIds.includes(deployment)) {
		throw new LaunchRefused(
			'unknown-deployment',
			`deployment ${deployment} is not registered for ${platform.issuer}`
		);
	}
	const type = claims[`${LTI}message_type`];
	if (type === 'LtiResourceLinkRequest' && !claims[`${LTI}resource_link`]) {
		throw new LaunchRefused('missing-claim', `claim ${LTI}resource_link is missing`);
	}
	if (type === 'LtiDeepLinkingRequest' && !claims[`${DEEP_LINKING}deep_linking_settings`]) {
		throw new LaunchRefused(
			'missing-claim',
			`claim ${DEEP_LINKING}deep_linking_settings is missing`
		);
	}
	return claims;
}

/**
 * Validates the launch. The state is marked used only when everything else passed: a refused
 * launch stores nothing.
 */
export async function validateLaunch(input: {
	idToken: string | null;
	state: string | null;
}): Promise<ValidLaunch> {
	if (!input.state) throw new LaunchRefused('missing-state', 'the form has no state');
	if (!input.idToken) throw new LaunchRefused('missing-id-token', 'the form has no id_token');
	const { db } = await getDatabase();
	const login = await findLoginState(db, input.state);
	if (!login || Date.now() - new Date(login.created_at).getTime() > LOGIN_STATE_LIFETIME_MS) {
		throw new LaunchRefused('unknown-state', 'state matches no login started here in 10 minutes');
	}
	if (login.used_at) throw new LaunchRefused('state-used', `state was used at ${login.used_at}`);
	let unverified: Record<string, unknown>;
	try {
		const header = decodeProtectedHeader(input.idToken);
		if (header.alg !== 'RS256') {
			throw new LaunchRefused('bad-algorithm', `alg ${String(header.alg)} is not RS256`);
		}
		unverified = decodeJwt(input.idToken);
	} catch (failure) {
		if (failure instanceof LaunchRefused) throw failure;
		throw new LaunchRefused('unreadable-token', 'id_token is not a JWT');
	}
	if (unverified.iss !== login.issuer) {
		throw new LaunchRefused(
			'wrong-issuer',
			`iss ${JSON.stringify(unverified.iss)} is not ${login.issuer}, whose login this is`
		);
	}
	const platform = await findPlatform(login.issuer, login.client_id);
	if (!platform) {
		throw new LaunchRefused('unknown-platform', `${login.issuer} is no longer registered`);
	}
	let payload: Record<string, unknown>;
	try {
		({ payload } = await jwtVerify(input.idToken, keysetOf(platform), {
			issuer: platform.issuer,
			audience: platform.clientId,
			algorithms: ['RS256'],
			clockTolerance: CLOCK_TOLERANCE_S,
			maxTokenAge: MAX_TOKEN_AGE,
			requiredClaims: ['exp', 'iat', 'nonce']
		}));
	} catch (failure) {
		throw refusalOfVerification(failure, platform);
	}
	const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
	if (
		(audiences.length > 1 && payload.azp === undefined) ||
		(payload.azp !== undefined && payload.azp !== platform.clientId)
	) {
		throw new LaunchRefused('wrong-audience', `azp must be ${platform.clientId}`);
	}
	if (payload.nonce !== login.nonce) {
		throw typeof payload.nonce === 'string' && (await isNonceUsed(db, payload.nonce))
			? new LaunchRefused('nonce-replayed', 'nonce was used by an earlier launch')
			: new LaunchRefused('nonce-mismatch', 'nonce is not the one this login sent');
	}
	const claims = checkClaims(payload, platform);
	if (!(await useLoginState(db, input.state))) {
		throw new LaunchRefused('state-used', 'state was used by a launch at the same moment');
	}
	return { platform, claims };
}
