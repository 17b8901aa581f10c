import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Cookies } from '@sveltejs/kit';
import { clearRateLimit, forgiveRateLimitHit, hitRateLimit } from './db/rate-limits';
import {
	createSession,
	createTeacher,
	deleteSession,
	deleteTeacherSessions,
	findSession,
	findTeacherCredentials,
	setSessionExpiry,
	type Teacher
} from './db/teachers';
import { getDatabase } from './db';
import { weakPasswordReason, type WeakPasswordReason } from './password-strength';

/**
 * Teachers' accounts: argon2id password hashes and server-side sessions in the database, in
 * the style of the Lucia guide. The cookie holds a random token; the database holds only its
 * SHA-256, so a leaked table opens no session.
 */

export const SESSION_COOKIE = 'teacher_session';
const DAY_MS = 24 * 60 * 60 * 1000;
const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** A session older than this gets a new token on its next request. */
const ROTATE_AFTER_MS = DAY_MS;
/** The replaced token keeps working briefly, for requests already in flight. */
const ROTATION_GRACE_MS = 60 * 1000;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const NAME_MAX_LENGTH = 80;
const EMAIL_MAX_LENGTH = 254;

const MINUTE_MS = 60 * 1000;

/**
 * Sign-in is throttled per client address and slowed down per account, never locked: a lock on
 * the account let anyone keep its teacher out with five wrong passwords. An address gets 429
 * after 20 failed sign-ins in 15 minutes (a success takes its try back); an account's every try
 * waits once it has 5 failures in 15 minutes, 0.5 s doubling to 8 s, and a success clears them.
 */
export const SIGN_IN_THROTTLE = {
	failuresPerAddress: 20,
	windowMs: 15 * MINUTE_MS,
	freeFailuresPerAccount: 5,
	firstDelayMs: 500,
	maxDelayMs: 8000
};

/** Sign-ups per client address (each one, whatever its outcome) in an hour: then 429. */
export const SIGN_UP_LIMIT = { perAddress: 10, windowMs: 60 * MINUTE_MS };

/**
 * The sign-ups an address may make in an hour: FACTQUIZ_SIGN_UPS_PER_HOUR, else 10. A school
 * whose staff sign up together behind one address (a training day, one NAT) needs more.
 */
export function signUpsPerHour(env: Record<string, string | undefined>): number {
	const raw = env.FACTQUIZ_SIGN_UPS_PER_HOUR?.trim();
	if (raw === undefined || raw === '') return SIGN_UP_LIMIT.perAddress;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 1) {
		throw new Error(`FACTQUIZ_SIGN_UPS_PER_HOUR: "${raw}" is not a whole number of at least 1`);
	}
	return value;
}

/** The wait before verifying a try on an account that already has `failures` failed tries. */
export function accountDelayMs(failures: number): number {
	const { freeFailuresPerAccount, firstDelayMs, maxDelayMs } = SIGN_IN_THROTTLE;
	if (failures < freeFailuresPerAccount) return 0;
	return Math.min(firstDelayMs * 2 ** (failures - freeFailuresPerAccount), maxDelayMs);
}

export function hashPassword(password: string): Promise<string> {
	// argon2id with OWASP's minimum parameters (19 MiB, 2 passes): about 30 ms here.
	return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

export type SignUpField = 'email' | 'password' | 'displayName';

export type SignUpError =
	| { field: 'email'; code: 'invalid' }
	| { field: 'password'; code: 'too-short' | 'too-long' | WeakPasswordReason | 'guessable' }
	| { field: 'displayName'; code: 'missing' | 'too-long' }
	// Said of the whole form, so that it does not tell that the address has an account.
	| { field: 'form'; code: 'not-created' };

export function checkSignUp(input: {
	email: string;
	password: string;
	displayName: string;
}): SignUpError[] {
	const errors: SignUpError[] = [];
	const email = normalizeEmail(input.email);
	if (email.length > EMAIL_MAX_LENGTH || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
		errors.push({ field: 'email', code: 'invalid' });
	}
	const name = input.displayName.trim();
	if (input.password.length < PASSWORD_MIN_LENGTH) {
		errors.push({ field: 'password', code: 'too-short' });
	} else if (input.password.length > PASSWORD_MAX_LENGTH) {
		errors.push({ field: 'password', code: 'too-long' });
	} else {
		const userInputs = [email, email.split('@')[0] ?? '', name, ...name.split(/\s+/)];
		const weak = weakPasswordReason(input.password, userInputs);
		if (weak) errors.push({ field: 'password', code: weak });
	}
	if (name === '') errors.push({ field: 'displayName', code: 'missing' });
	else if (name.length > NAME_MAX_LENGTH) errors.push({ field: 'displayName', code: 'too-long' });
	return errors;
}

export type SignUpResult =
	| { ok: true; teacher: Teacher }
	| { ok: false; code: 'invalid'; errors: SignUpError[] }
	| { ok: false; code: 'rate-limited'; retryAfterSeconds: number };

/**
 * A new teacher, or why not. An address that has an account is not named as such: without mail
 * to confirm an address, a successful sign-up always tells that the address was free, but the
 * refusal says only that no account was made (the same words whatever the reason, the same work:
 * the password is hashed either way), and `clientAddress` may try 10 sign-ups an hour.
 */
export async function signUp(input: {
	email: string;
	password: string;
	displayName: string;
	clientAddress: string | null;
	/** Sign-ups allowed per address an hour (signUpsPerHour). */
	perAddress?: number;
}): Promise<SignUpResult> {
	const { db } = await getDatabase();
	if (input.clientAddress !== null) {
		const hit = await hitRateLimit(
			db,
			`sign-up:client:${input.clientAddress}`,
			input.perAddress ?? SIGN_UP_LIMIT.perAddress,
			SIGN_UP_LIMIT.windowMs
		);
		if (!hit.allowed)
			return { ok: false, code: 'rate-limited', retryAfterSeconds: hit.retryAfterSeconds };
	}
	const errors = checkSignUp(input);
	if (errors.length > 0) return { ok: false, code: 'invalid', errors };
	const teacher = await createTeacher(db, {
		email: normalizeEmail(input.email),
		displayName: input.displayName.trim(),
		passwordHash: await hashPassword(input.password)
	});
	if (!teacher)
		return { ok: false, code: 'invalid', errors: [{ field: 'form', code: 'not-created' }] };
	return { ok: true, teacher };
}

export type SignInResult =
	| { ok: true; teacher: Teacher }
	| { ok: false; code: 'wrong-credentials' }
	| { ok: false; code: 'rate-limited'; retryAfterSeconds: number };

// Verified when the address is unknown, so a wrong address takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

export async function signIn(input: {
	email: string;
	password: string;
	clientAddress: string;
}): Promise<SignInResult> {
	const { db } = await getDatabase();
	const email = normalizeEmail(input.email).slice(0, EMAIL_MAX_LENGTH);
	const { windowMs } = SIGN_IN_THROTTLE;
	const clientKey = `sign-in:client:${input.clientAddress}`;
	const accountKey = `sign-in:account:${email}`;
	// Every try counts at once (so parallel tries count too); a success takes it back below.
	const [byClient, byAccount] = await Promise.all([
		hitRateLimit(db, clientKey, SIGN_IN_THROTTLE.failuresPerAddress, windowMs),
		hitRateLimit(db, accountKey, Number.MAX_SAFE_INTEGER, windowMs)
	]);
	if (!byClient.allowed) {
		return { ok: false, code: 'rate-limited', retryAfterSeconds: byClient.retryAfterSeconds };
	}
	const delayMs = accountDelayMs(byAccount.hits - 1);
	if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
	const password = input.password.slice(0, PASSWORD_MAX_LENGTH);
	const found = await findTeacherCredentials(db, email);
	decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
	const valid = await verify(found?.passwordHash ?? (await decoyHash), password).catch(() => false);
	if (!found || !valid) return { ok: false, code: 'wrong-credentials' };
	await Promise.all([clearRateLimit(db, accountKey), forgiveRateLimitHit(db, clientKey)]);
	return { ok: true, teacher: found.teacher };
}

function sessionIdOf(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date, secure: boolean) {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: expiresAt
	});
}

export async function startSession(cookies: Cookies, teacherId: string, secure: boolean) {
	const { db } = await getDatabase();
	const token = randomBytes(20).toString('base64url');
	const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
	await createSession(db, { id: sessionIdOf(token), teacherId, expiresAt });
	setSessionCookie(cookies, token, expiresAt, secure);
}

/**
 * The teacher of the request's session, or null. An old session's token is rotated: a new
 * session replaces it and the old one lapses after a short grace.
 */
export async function resumeSession(cookies: Cookies, secure: boolean): Promise<Teacher | null> {
	const token = cookies.get(SESSION_COOKIE);
	if (!token || token.length > 100) return null;
	const { db } = await getDatabase();
	const found = await findSession(db, sessionIdOf(token));
	if (!found) {
		cookies.delete(SESSION_COOKIE, { path: '/', secure });
		return null;
	}
	if (Date.now() - new Date(found.session.createdAt).getTime() > ROTATE_AFTER_MS) {
		await startSession(cookies, found.teacher.id, secure);
		await setSessionExpiry(db, found.session.id, new Date(Date.now() + ROTATION_GRACE_MS));
	}
	return found.teacher;
}

export async function endSession(
	cookies: Cookies,
	teacherId: string,
	options: { everywhere: boolean; secure: boolean }
) {
	const { db } = await getDatabase();
	const token = cookies.get(SESSION_COOKIE);
	if (options.everywhere) await deleteTeacherSessions(db, teacherId);
	else if (token) await deleteSession(db, sessionIdOf(token));
	cookies.delete(SESSION_COOKIE, { path: '/', secure: options.secure });
}

/**
 * The first teacher from FACTQUIZ_TEACHER_EMAIL / _PASSWORD / _NAME, so a deployment can be
 * scripted. Does nothing when unset or when the account exists.
 */
export async function ensureTeacherFromEnvironment(env: Record<string, string | undefined>) {
	const email = env.FACTQUIZ_TEACHER_EMAIL;
	const password = env.FACTQUIZ_TEACHER_PASSWORD;
	if (!email || !password) return;
	const { db } = await getDatabase();
	if (await findTeacherCredentials(db, normalizeEmail(email))) return;
	const result = await signUp({
		email,
		password,
		displayName: env.FACTQUIZ_TEACHER_NAME || email,
		clientAddress: null
	});
	if (!result.ok) {
		if (result.code === 'rate-limited') throw new Error('unreachable: no address, no limit');
		const reasons = result.errors.map((error) => `${error.field}: ${error.code}`).join(', ');
		throw new Error(
			`FACTQUIZ_TEACHER_EMAIL/_PASSWORD: cannot create the first teacher (${reasons})`
		);
	}
}
