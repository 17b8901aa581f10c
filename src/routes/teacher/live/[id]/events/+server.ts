import { requireOwnLiveSession } from '$lib/server/live/guards';
import { liveEventStream, resumeSeqOf } from '$lib/server/live/sse';
import type { RequestHandler } from './$types';

/** Every event of the session, for the control and projector views. */
export const GET: RequestHandler = async ({ request, locals, url, params }) => {
	const { live, session } = await requireOwnLiveSession(locals, url, params.id);
	return liveEventStream(live, {
		sessionId: session.id,
		afterSeq: resumeSeqOf(request, url),
		audience: 'staff'
	});
};
