import { error, redirect, type Cookies } from '@sveltejs/kit';
import { LIVE } from '$lib/i18n/live';
import { requireTeacher } from '../guards';
import { getLive } from '.';
import type { LiveSession } from '../db/live-sessions';
import type { LivePlayer } from '../db/live-players';
import type { LiveService } from './service';

/** The phone's player token: one game at a time per browser. */
export const LIVE_PLAYER_COOKIE = 'live_player';

/** The signed-in teacher's own live session; another teacher's is a 404, as one that is gone. */
export async function requireOwnLiveSession(
	locals: App.Locals,
	url: URL,
	sessionId: string
): Promise<{ live: LiveService; session: LiveSession }> {
	const teacher = requireTeacher(locals, url);
	const live = await getLive();
	const session = await live.findSession(sessionId);
	if (!session || session.teacherId !== teacher.id) error(404, LIVE[locals.locale].sessionMissing);
	return { live, session };
}

/** This phone's player, or a redirect to the join form. */
export async function requirePlayer(
	cookies: Cookies
): Promise<{ live: LiveService; player: LivePlayer }> {
	const live = await getLive();
	const player = await live.playerByToken(cookies.get(LIVE_PLAYER_COOKIE));
	if (!player) redirect(303, '/live');
	return { live, player };
}

export function setPlayerCookie(cookies: Cookies, token: string, secure: boolean): void {
	cookies.set(LIVE_PLAYER_COOKIE, token, {
		path: '/live',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: 60 * 60 * 12
	});
}
