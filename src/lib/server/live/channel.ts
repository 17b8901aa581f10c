import type { LiveAudience } from '../db/live-tables';

/**
 * How a live session's events reach every instance serving its clients. An event with a number
 * (`seq`) is also kept in the database, so that a client resuming with Last-Event-ID can be
 * replayed what it missed by whichever instance it reaches; one without (`seq` null: how many have
 * answered) is a passing notice, worth nothing once a newer one is out.
 */
export interface LiveMessage {
	sessionId: string;
	seq: number | null;
	kind: string;
	audience: LiveAudience;
	data: unknown;
}

export type LiveListener = (message: LiveMessage) => void;

export interface LiveChannel {
	/** Sends the message to every instance's subscribers of its session, this one's included. */
	publish(message: LiveMessage): Promise<void>;
	/** Calls `listener` with each message of the session until the returned function is called. */
	subscribe(sessionId: string, listener: LiveListener): () => void;
	close(): Promise<void>;
}

/** The subscribers of one process, by session: what both channels deliver to. */
export class LiveSubscribers {
	private readonly bySession = new Map<string, Set<LiveListener>>();

	add(sessionId: string, listener: LiveListener): () => void {
		let listeners = this.bySession.get(sessionId);
		if (!listeners) {
			listeners = new Set();
			this.bySession.set(sessionId, listeners);
		}
		listeners.add(listener);
		return () => {
			listeners.delete(listener);
			if (listeners.size === 0 && this.bySession.get(sessionId) === listeners) {
				this.bySession.delete(sessionId);
			}
		};
	}

	deliver(message: LiveMessage): void {
		const listeners = this.bySession.get(message.sessionId);
		if (!listeners) return;
		for (const listener of listeners) {
			try {
				listener(message);
			} catch (error) {
				// One broken client must not keep the event from the others.
				console.error('live: a subscriber failed', error);
			}
		}
	}

	get size(): number {
		let count = 0;
		for (const listeners of this.bySession.values()) count += listeners.size;
		return count;
	}
}

/** One process (SQLite): events go straight to this process's subscribers. */
export function createInProcessChannel(): LiveChannel {
	const subscribers = new LiveSubscribers();
	return {
		publish(message) {
			// Delivered after the publisher's own code has run on, as a notification would be.
			queueMicrotask(() => subscribers.deliver(message));
			return Promise.resolve();
		},
		subscribe: (sessionId, listener) => subscribers.add(sessionId, listener),
		close: () => Promise.resolve()
	};
}
