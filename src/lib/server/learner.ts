import { randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';

export const LEARNER_COOKIE = 'learner';

const LEARNER_ID = /^l_[A-Za-z0-9_-]{22}$/;

export function newLearnerId(): string {
	return `l_${randomBytes(16).toString('base64url')}`;
}

export function isLearnerId(value: unknown): value is string {
	return typeof value === 'string' && LEARNER_ID.test(value);
}

/** An identity cookie: script cannot read it, it stays 400 days (browsers' limit), all paths. */
export function setIdentityCookie(
	cookies: Cookies,
	name: string,
	value: string,
	secure: boolean
): void {
	cookies.set(name, value, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: 60 * 60 * 24 * 400
	});
}

export function setLearnerCookie(cookies: Cookies, learnerId: string, secure: boolean): void {
	setIdentityCookie(cookies, LEARNER_COOKIE, learnerId, secure);
}
