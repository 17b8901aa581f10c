import { invalidate } from '$app/navigation';
import { LIVE_EVENT_KINDS } from '../../../live/choices';

export interface Progress {
	index: number;
	answered: number;
	players: number;
}

/**
 * Follows the session's events for the control and projector views: each event reloads the view
 * from the server (so a reload, or a reconnect to another instance, loses nothing); how many have
 * answered comes as a passing notice, shown as it is. Returns the function that stops following.
 */
export function followStaffEvents(
	sessionId: string,
	afterSeq: number,
	onProgress: (progress: Progress) => void
): () => void {
	const source = new EventSource(`/teacher/live/${sessionId}/events?after=${afterSeq}`);
	const refresh = () => void invalidate('live:staff');
	for (const kind of LIVE_EVENT_KINDS) source.addEventListener(kind, refresh);
	source.onopen = refresh;
	source.addEventListener('progress', (event) => {
		const data: unknown = JSON.parse(String(event.data));
		if (
			data &&
			typeof data === 'object' &&
			'index' in data &&
			'answered' in data &&
			'players' in data
		) {
			onProgress({
				index: Number(data.index),
				answered: Number(data.answered),
				players: Number(data.players)
			});
		}
	});
	return () => source.close();
}
