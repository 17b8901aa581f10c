import { env } from '$env/dynamic/private';
import { getDatabase } from '../db';
import { DEFAULT_SQLITE_PATH } from '../db/database';
import { openLiveService } from './open';
import type { LiveService } from './service';

let opening: Promise<LiveService> | null = null;

/** This instance's live service: one per process, with its one listening connection. */
export function getLive(): Promise<LiveService> {
	opening ??= getDatabase().then(async (database) => {
		const live = await openLiveService(database, env.DATABASE_URL || DEFAULT_SQLITE_PATH);
		// adapter-node's graceful shutdown: the listening connection would keep the process alive.
		process.once('sveltekit:shutdown', () => void live.close());
		return live;
	});
	return opening;
}
