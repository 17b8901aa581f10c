import { randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';

export const LEARNER_COOKIE = 'learner';
/** The learner's own id while the browser works as a class seat's learner, to switch back to. */
export const OWN_LEARNER_COOKIE = 'own_learner';

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

/**
 * Makes the browser `learnerId` (a class seat's learner), remembering the id it had before so
 * that the learner's own quizzes and practice stay reachable from /me. Only the first switch is
 * remembered: moving from one seat to another keeps the learner's own id, not the seat's.
 */
export function switchLearner(
	cookies: Cookies,
	learnerId: string,
	options: { fromSeat: boolean; secure: boolean }
): void {
	const current = cookies.get(LEARNER_COOKIE);
	if (
		!options.fromSeat &&
		isLearnerId(current) &&
		current !== learnerId &&
		!isLearnerId(cookies.get(OWN_LEARNER_COOKIE))
	) {
		setIdentityCookie(cookies, OWN_LEARNER_COOKIE, current, options.secure);
	}
	setLearnerCookie(cookies, learnerId, options.secure);
}
