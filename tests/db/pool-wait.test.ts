import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase, POOL_SIZE } from '$lib/server/db/database';
import { testEngines, useTestDatabase } from './engines';

/**
 * A request must never wait for a PostgreSQL connection without end: with every connection of
 * the pool held (requests in transactions under load, or one left checked out by a bug), the next
 * query fails after `poolWaitMs` with an error that says so, and a statement or a transaction
 * left idle cannot hold a connection for longer than the server's timeouts.
 */
describe.each((await testEngines()).filter((engine) => engine.name === 'postgres'))(
	'the pool on $name',
	(engine) => {
		const test = useTestDatabase(engine);

		it('refuses a query after poolWaitMs when every connection is taken, then serves again', async () => {
			const database = await openDatabase({ url: test.database.url, poolWaitMs: 300 });
			let release = () => {};
			const held = new Promise<void>((resolve) => (release = resolve));
			const holders = Array.from({ length: POOL_SIZE }, () =>
				database.db.transaction().execute(async (trx) => {
					await sql`SELECT 1`.execute(trx);
					await held;
				})
			);
			try {
				// Every connection is checked out once each holder has run its first statement.
				await expect.poll(() => database.stats().idle + database.stats().waiting).toBe(0);
				expect(database.stats().total).toBe(POOL_SIZE);
				const started = Date.now();
				await expect(sql`SELECT 1`.execute(database.db)).rejects.toThrow(
					/no PostgreSQL connection free within 300 ms/
				);
				expect(Date.now() - started).toBeLessThan(5000);
			} finally {
				release();
				await Promise.all(holders);
			}
			const { rows } = await sql<{ one: number }>`SELECT 1 AS one`.execute(database.db);
			expect(rows).toEqual([{ one: 1 }]);
			await database.close();
		});

		it('has the server end a statement or an idle transaction that runs too long', async () => {
			const database = await openDatabase({ url: test.database.url });
			const { rows } = await sql<{
				statement: string;
				idle: string;
			}>`SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle`.execute(
				database.db
			);
			expect(rows).toEqual([{ statement: '30s', idle: '30s' }]);
			await database.close();
		});
	}
);
