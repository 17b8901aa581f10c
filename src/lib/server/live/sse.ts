import type { LiveAudience } from '../db/live-tables';
import type { LiveMessage } from './channel';
import type { LiveService } from './service';

/**
 * Server-Sent Events of one session for one client. Subscribes first and replays from the
 * database what came after `afterSeq` (Last-Event-ID), holding live messages meanwhile, so that
 * nothing falls between the two and nothing comes twice. A client's memory here is its stream's
 * queue and one listener: each message is encoded once per instance, whoever it goes to.
 */
export function liveEventStream(
	live: LiveService,
	input: {
		sessionId: string;
		afterSeq: number;
		audience: LiveAudience;
		/** Called when the stream ends, whichever side ends it. */
		onClose?: () => void;
	}
): Response {
	let stop = () => {};
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			let lastSeq = input.afterSeq;
			let replaying = true;
			const held: LiveMessage[] = [];
			let closed = false;
			const send = (message: LiveMessage) => {
				if (closed) return;
				if (message.seq !== null && message.seq <= lastSeq) return;
				if (input.audience === 'all' && message.audience === 'staff') return;
				// A client that stopped reading (a phone asleep on a slow network) is dropped rather than
				// buffered without end: it reconnects and replays from its last event.
				if ((controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) {
					stop();
					return;
				}
				controller.enqueue(encodedMessage(message));
				if (message.seq !== null) lastSeq = message.seq;
			};
			const unsubscribe = live.subscribe(input.sessionId, (message) => {
				if (replaying) held.push(message);
				else send(message);
			});
			const heartbeat = setInterval(() => {
				if ((controller.desiredSize ?? 0) >= 0) controller.enqueue(HEARTBEAT);
			}, HEARTBEAT_MS);
			heartbeat.unref?.();
			stop = () => {
				if (closed) return;
				closed = true;
				clearInterval(heartbeat);
				unsubscribe();
				input.onClose?.();
				try {
					controller.close();
				} catch {
					// Already closed by the client.
				}
			};
			controller.enqueue(RETRY);
			try {
				const missed = await live.eventsAfter(input.sessionId, input.afterSeq, input.audience);
				for (const event of missed) send(event);
			} catch (error) {
				console.error('live: replaying events failed', error);
				stop();
				return;
			}
			replaying = false;
			for (const message of held.splice(0)) send(message);
		},
		cancel() {
			stop();
		}
	});
	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-cache, no-transform',
			// Proxies (nginx) must pass each event on as it comes.
			'x-accel-buffering': 'no'
		}
	});
}

const HEARTBEAT_MS = 20_000;
const MAX_QUEUED_BYTES = 256 * 1024;
const encoder = new TextEncoder();
const HEARTBEAT = encoder.encode(': keep-alive\n\n');
/** How soon a dropped EventSource tries again. */
const RETRY = encoder.encode('retry: 1500\n\n');

const encoded = new WeakMap<LiveMessage, Uint8Array>();

function encodedMessage(message: LiveMessage): Uint8Array {
	let bytes = encoded.get(message);
	if (!bytes) {
		const id = message.seq === null ? '' : `id: ${message.seq}\n`;
		bytes = encoder.encode(
			`${id}event: ${message.kind}\ndata: ${JSON.stringify(message.data)}\n\n`
		);
		encoded.set(message, bytes);
	}
	return bytes;
}

/** The event number a client resumes after: Last-Event-ID (a reconnect) or `?after=` (a page's first). */
export function resumeSeqOf(request: Request, url: URL): number {
	const candidates = [request.headers.get('last-event-id'), url.searchParams.get('after')];
	let after = 0;
	for (const value of candidates) {
		if (value && /^\d{1,9}$/.test(value)) after = Math.max(after, Number(value));
	}
	return after;
}
