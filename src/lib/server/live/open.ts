import { sql } from 'kysely';
import { assignmentModule } from '../assignments';
import { findAssignment } from '../db/assignments';
import type { AppDatabase } from '../db/database';
import { findLiveEvent } from '../db/live-sessions';
import { liveTables } from '../db/live-tables';
import { createInProcessChannel, type LiveChannel } from './channel';
import { createPostgresChannel } from './postgres-channel';
import { LiveService } from './service';

/**
 * The live service of one instance over its database: on PostgreSQL with a listening connection
 * of its own (to `url`, the database's URL), on SQLite with the in-process channel.
 */
export async function openLiveService(database: AppDatabase, url: string): Promise<LiveService> {
	const channel = await openLiveChannel(database, url);
	return new LiveService({
		database,
		channel,
		loadModule: assignmentModule,
		findAssignment: (assignmentId) => findAssignment(database.db, assignmentId)
	});
}

export function openLiveChannel(database: AppDatabase, url: string): Promise<LiveChannel> {
	if (database.engine !== 'postgres') return Promise.resolve(createInProcessChannel());
	const db = liveTables(database.db);
	return createPostgresChannel({
		url,
		async notify(channel, payload) {
			await sql`SELECT pg_notify(${channel}, ${payload})`.execute(database.db);
		},
		async loadEvent(sessionId, seq) {
			return (await findLiveEvent(db, sessionId, seq)) ?? null;
		}
	});
}
