import type { Kysely } from 'kysely';
import { toTimestamp } from './codec';
import type { Schema } from './schema';

/**
 * Counts one hit on `key` in a fixed window and says whether it is within `limit`. One atomic
 * upsert, so concurrent requests in several processes count correctly.
 */
export async function hitRateLimit(
	db: Kysely<Schema>,
	key: string,
	limit: number,
	windowMs: number,
	now: Date = new Date()
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
	const nowText = toTimestamp(now);
	const windowOpenedAfter = toTimestamp(new Date(now.getTime() - windowMs));
	const row = await db
		.insertInto('rate_limits')
		.values({ key, window_start: nowText, hits: 1 })
		.onConflict((conflict) =>
			conflict.column('key').doUpdateSet((eb) => ({
				hits: eb
					.case()
					.when('rate_limits.window_start', '<=', windowOpenedAfter)
					.then(1)
					.else(eb('rate_limits.hits', '+', 1))
					.end(),
				window_start: eb
					.case()
					.when('rate_limits.window_start', '<=', windowOpenedAfter)
					.then(nowText)
					.else(eb.ref('rate_limits.window_start'))
					.end()
			}))
		)
		.returning(['hits', 'window_start'])
		.executeTakeFirstOrThrow();
	const windowEnds = new Date(row.window_start).getTime() + windowMs;
	return {
		allowed: row.hits <= limit,
		retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000))
	};
}

/**
 * Whether `key` is over `limit` in its current window, without counting a hit: a limited client
 * is refused whatever it asks, so that a refusal says nothing about what was asked.
 */
export async function peekRateLimit(
	db: Kysely<Schema>,
	key: string,
	limit: number,
	windowMs: number,
	now: Date = new Date()
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
	const row = await db
		.selectFrom('rate_limits')
		.select(['hits', 'window_start'])
		.where('key', '=', key)
		.executeTakeFirst();
	const windowEnds = row ? new Date(row.window_start).getTime() + windowMs : 0;
	if (!row || windowEnds <= now.getTime() || row.hits <= limit) {
		return { allowed: true, retryAfterSeconds: 0 };
	}
	return {
		allowed: false,
		retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000))
	};
}

export async function clearRateLimit(db: Kysely<Schema>, key: string): Promise<void> {
	await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}
