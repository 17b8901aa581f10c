import { onMount } from 'svelte';
import { secondsLeft } from '../../../live/choices';
import { followStaffEvents, type Progress } from './staff-events';

/** What the control and projector views read of the view the server loaded. */
interface FollowedView {
	serverNow: number;
	answered: number;
	session: {
		id: string;
		lastSeq: number;
		questionIndex: number;
		closesAt: string | null;
		pausedRemainingMs: number | null;
	};
}

/**
 * The figures both staff views keep live between reloads: how many have answered (the passing
 * notices, never fewer than the view says) and the seconds left by the server's clock, ticking
 * every `tickMs`. Call it while the component is set up.
 */
export function followStaffView(view: () => FollowedView, tickMs: number) {
	let progress = $state<Progress | null>(null);
	let now = $state(Date.now());
	onMount(() => {
		const loaded = view();
		const offsetMs = loaded.serverNow - Date.now();
		const stop = followStaffEvents(loaded.session.id, loaded.session.lastSeq, (next) => {
			progress = next;
		});
		const timer = setInterval(() => (now = Date.now() + offsetMs), tickMs);
		return () => {
			stop();
			clearInterval(timer);
		};
	});
	return {
		get answered() {
			const { session, answered } = view();
			return progress && progress.index === session.questionIndex
				? Math.max(progress.answered, answered)
				: answered;
		},
		get remaining() {
			const { session } = view();
			return secondsLeft(session.closesAt, session.pausedRemainingMs, now);
		}
	};
}
