/**
 * New, empty databases for the classroom bench, removed afterwards, made as tests/db/engines.ts
 * makes them for the suites (tests/support/databases.ts).
 */
import { createSqliteFile, tryCreatePostgresDatabase } from '../tests/support/databases';

export type BenchEngine = 'sqlite' | 'postgres';

export interface BenchDatabase {
	engine: BenchEngine;
	/** DATABASE_URL for the app and for openDatabase. */
	url: string;
	drop(): Promise<void>;
}

/** A new database, or why PostgreSQL cannot have one (the server is unreachable). */
export async function createBenchDatabase(
	engine: BenchEngine
): Promise<BenchDatabase | { unreachable: string }> {
	if (engine === 'sqlite') {
		const file = await createSqliteFile('factquiz-classroom-');
		return { engine, url: `sqlite:${file.path}`, drop: file.remove };
	}
	const created = await tryCreatePostgresDatabase('factquiz_bench_');
	return 'unreachable' in created ? created : { engine, ...created };
}
