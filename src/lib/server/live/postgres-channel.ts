import pg from 'pg';
import { z } from 'zod';
import { LiveSubscribers, type LiveChannel, type LiveMessage } from './channel';

/** The one PostgreSQL channel every instance listens on. */
export const LIVE_NOTIFY_CHANNEL = 'factquiz_live';

/**
 * NOTIFY carries at most 8000 bytes: a bigger event (a long leaderboard) is announced by its
 * number, and each instance reads it from the database once.
 */
const NOTIFY_LIMIT = 7000;

const notificationSchema = z.object({
	s: z.string(),
	q: z.number().int().nullable(),
	k: z.string(),
	a: z.enum(['all', 'staff']),
	d: z.unknown().optional(),
	/** Set when the data was too big to send: read it from live_events. */
	r: z.literal(true).optional()
});

export interface PostgresChannelOptions {
	/** The database's URL: the listening connection is one client of its own. */
	url: string;
	/** Sends a notification (through the app's pool). */
	notify(channel: string, payload: string): Promise<void>;
	/** Reads an event too big to have been sent in its notification. */
	loadEvent(sessionId: string, seq: number): Promise<LiveMessage | null>;
}

/**
 * Several instances on PostgreSQL: each keeps one connection LISTENing, and every event is a
 * NOTIFY that reaches all of them (the sender too, so that each instance delivers events in the
 * order PostgreSQL commits them). A dropped listening connection is made again; clients replay
 * what they missed meanwhile by Last-Event-ID.
 */
export async function createPostgresChannel(options: PostgresChannelOptions): Promise<LiveChannel> {
	const subscribers = new LiveSubscribers();
	let closed = false;
	let client: pg.Client | null = null;

	const receive = (payload: string | undefined) => {
		if (!payload) return;
		const parsed = notificationSchema.safeParse(safeJson(payload));
		if (!parsed.success) {
			console.error('live: a notification that does not fit was ignored');
			return;
		}
		const { s, q, k, a, d, r } = parsed.data;
		if (r && q !== null) {
			options.loadEvent(s, q).then(
				(message) => message && subscribers.deliver(message),
				(error: unknown) => console.error('live: reading an event failed', error)
			);
			return;
		}
		subscribers.deliver({ sessionId: s, seq: q, kind: k, audience: a, data: d });
	};

	const connect = async (): Promise<void> => {
		const listener = new pg.Client({ connectionString: options.url });
		listener.on('notification', (notification) => receive(notification.payload));
		listener.on('error', (error) => {
			console.error(`live: listening connection lost: ${error.message}`);
			reconnect(listener);
		});
		listener.on('end', () => reconnect(listener));
		await listener.connect();
		await listener.query(`LISTEN ${LIVE_NOTIFY_CHANNEL}`);
		client = listener;
	};

	const reconnect = (lost: pg.Client) => {
		if (closed || client !== lost) return;
		client = null;
		lost.end().catch(() => undefined);
		const retry = () => {
			if (closed) return;
			connect().catch(() => setTimeout(retry, 1000).unref());
		};
		setTimeout(retry, 200).unref();
	};

	await connect();
	return {
		async publish(message) {
			const full = JSON.stringify({
				s: message.sessionId,
				q: message.seq,
				k: message.kind,
				a: message.audience,
				d: message.data
			});
			const payload =
				Buffer.byteLength(full) <= NOTIFY_LIMIT || message.seq === null
					? full
					: JSON.stringify({
							s: message.sessionId,
							q: message.seq,
							k: message.kind,
							a: message.audience,
							r: true
						});
			await options.notify(LIVE_NOTIFY_CHANNEL, payload);
		},
		subscribe: (sessionId, listener) => subscribers.add(sessionId, listener),
		async close() {
			closed = true;
			const current = client;
			client = null;
			await current?.end().catch(() => undefined);
		}
	};
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}
