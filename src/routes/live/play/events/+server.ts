import { requirePlayer } from '$lib/server/live/guards';
import { liveEventStream, resumeSeqOf } from '$lib/server/live/sse';
import type { RequestHandler } from './$types';

/** The phone's events: the session's public ones (no joins, no progress). */
export const GET: RequestHandler = async ({ request, cookies, url }) => {
	const { live, player } = await requirePlayer(cookies);
	return liveEventStream(live, {
		sessionId: player.sessionId,
		afterSeq: resumeSeqOf(request, url),
		audience: 'all'
	});
};
