import type { Cookies } from '@sveltejs/kit';
import { findSeatByToken } from './assignments';
import {
	isLearnerId,
	OWN_LEARNER_COOKIE,
	setIdentityCookie,
	setLearnerCookie,
	switchLearner
} from './learner';

/**
 * A student's seat in a class assignment: the resume token in a cookie. The same token in the
 * resume link brings the seat (and the attempt) to another device.
 */
export const SEAT_COOKIE = 'seat';

export function takeSeat(cookies: Cookies, token: string, learnerId: string, secure: boolean) {
	// The learner's own id (practice, self-study quizzes) is remembered for /me to switch back to.
	switchLearner(cookies, learnerId, { fromSeat: Boolean(cookies.get(SEAT_COOKIE)), secure });
	setIdentityCookie(cookies, SEAT_COOKIE, token, secure);
}

/** Back to the learner's own id: the seat stays reachable through its resume link. */
export function leaveSeat(cookies: Cookies, secure: boolean): boolean {
	const own = cookies.get(OWN_LEARNER_COOKIE);
	if (!isLearnerId(own)) return false;
	setLearnerCookie(cookies, own, secure);
	cookies.delete(OWN_LEARNER_COOKIE, { path: '/', secure });
	cookies.delete(SEAT_COOKIE, { path: '/', secure });
	return true;
}

export async function currentSeat(cookies: Cookies) {
	const token = cookies.get(SEAT_COOKIE);
	if (!token) return null;
	const seat = await findSeatByToken(token);
	return seat ? { token, ...seat } : null;
}
