import type { Cookies } from '@sveltejs/kit';
import { findAssignment } from './db/assignments';
import { getDatabase } from './db';
import { findParticipantByToken } from './assignments';
import { setIdentityCookie, setLearnerCookie } from './learner';

/**
 * A student's seat in a class assignment: the resume token in a cookie. The same token in the
 * resume link brings the seat (and the attempt) to another device.
 */
export const SEAT_COOKIE = 'seat';

export function takeSeat(cookies: Cookies, token: string, learnerId: string, secure: boolean) {
	setIdentityCookie(cookies, SEAT_COOKIE, token, secure);
	setLearnerCookie(cookies, learnerId, secure);
}

export async function currentSeat(cookies: Cookies) {
	const token = cookies.get(SEAT_COOKIE);
	if (!token) return null;
	const participant = await findParticipantByToken(token);
	if (!participant) return null;
	const { db } = await getDatabase();
	const assignment = await findAssignment(db, participant.assignmentId);
	return assignment ? { token, participant, assignment } : null;
}
