import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Cookies } from '@sveltejs/kit';
import { clearRateLimit, hitRateLimit } from './db/rate-limits';
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

/** Sign-in tries per address and per client address in one window. */
const SIGN_IN_LIMIT = { perEmail: 5, perClient: 30, windowMs: 15 * 60 * 1000 };

export function hashPassword(password: string): Promise<string> {
	// argon2id with OWASP's minimum parameters (19 MiB, 2 passes): about 30 ms here.
	return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

export type SignUpField = 'email' | 'password' | 'displayName';

export type SignUpError =
	| { field: 'email'; code: 'invalid' | 'taken' }
	| { field: 'password'; code: 'too-short' | 'too-long' }
	| { field: 'displayName'; code: 'missing' | 'too-long' };

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
	if (input.password.length < PASSWORD_MIN_LENGTH) {
		errors.push({ field: 'password', code: 'too-short' });
	} else if (input.password.length > PASSWORD_MAX_LENGTH) {
		errors.push({ field: 'password', code: 'too-long' });
	}
	const name = input.displayName.trim();
	if (name === '') errors.push({ field: 'displayName', code: 'missing' });
	else if (name.length > NAME_MAX_LENGTH) errors.push({ field: 'displayName', code: 'too-long' });
	return errors;
}

export async function signUp(input: {
	email: string;
	password: string;
	displayName: string;
}): Promise<{ ok: true; teacher: Teacher } | { ok: false; errors: SignUpError[] }> {
	const errors = checkSignUp(input);
	if (errors.length > 0) return { ok: false, errors };
	const { db } = await getDatabase();
	const teacher = await createTeacher(db, {
		email: normalizeEmail(input.email),
		displayName: input.displayName.trim(),
		passwordHash: await hashPassword(input.password)
	});
	if (!teacher) return { ok: false, errors: [{ field: 'email', code: 'taken' }] };
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
	const { windowMs } = SIGN_IN_LIMIT;
	const [byEmail, byClient] = await Promise.all([
		hitRateLimit(db, `sign-in:email:${email}`, SIGN_IN_LIMIT.perEmail, windowMs),
		hitRateLimit(db, `sign-in:client:${input.clientAddress}`, SIGN_IN_LIMIT.perClient, windowMs)
	]);
	if (!byEmail.allowed || !byClient.allowed) {
		const retryAfterSeconds = Math.max(
			byEmail.allowed ? 0 : byEmail.retryAfterSeconds,
			byClient.allowed ? 0 : byClient.retryAfterSeconds
		);
		return { ok: false, code: 'rate-limited', retryAfterSeconds };
	}
	const password = input.password.slice(0, PASSWORD_MAX_LENGTH);
	const found = await findTeacherCredentials(db, email);
	decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
	const valid = await verify(found?.passwordHash ?? (await decoyHash), password).catch(() => false);
	if (!found || !valid) return { ok: false, code: 'wrong-credentials' };
	await clearRateLimit(db, `sign-in:email:${email}`);
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
		displayName: env.FACTQUIZ_TEACHER_NAME || email
	});
	if (!result.ok) {
		const reasons = result.errors.map((error) => `${error.field}: ${error.code}`).join(', ');
		throw new Error(
			`FACTQUIZ_TEACHER_EMAIL/_PASSWORD: cannot create the first teacher (${reasons})`
		);
	}
}
