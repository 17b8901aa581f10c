/**
 * The databases the app bench runs the built app against, each new and empty and removed
 * afterwards, made as tests/db/engines.ts makes them for the test suites
 * (tests/support/databases.ts).
 */
import SQLite from 'better-sqlite3';
import { createSqliteFile, runQuery, tryCreatePostgresDatabase } from '../tests/support/databases';

export interface StoredAnswers {
	/** Rows in `answers`: one per question answered. */
	rows: number;
	/** The sum of their revisions: every successful save of an answer adds one. */
	saves: number;
}

export interface BenchDatabase {
	engine: 'sqlite' | 'postgres';
	/** DATABASE_URL for the app. */
	url: string;
	countAnswers(): Promise<StoredAnswers>;
	drop(): Promise<void>;
}

// Plain SQL in the drivers rather than the app's query layer: that one also migrates, and the
// bench only reads what the app it measured has stored.
const COUNT_ANSWERS =
	'SELECT COUNT(*) AS "rows", COALESCE(SUM(revision), 0) AS "saves" FROM answers';

function toStored(row: { rows: unknown; saves: unknown } | undefined): StoredAnswers {
	return { rows: Number(row?.rows ?? 0), saves: Number(row?.saves ?? 0) };
}

export async function createSqliteDatabase(): Promise<BenchDatabase> {
	const { path, remove } = await createSqliteFile('factquiz-bench-app-');
	return {
		engine: 'sqlite',
		url: path,
		async countAnswers() {
			const sqlite = new SQLite(path, { fileMustExist: true });
			try {
				return toStored(sqlite.prepare(COUNT_ANSWERS).get() as { rows: number; saves: number });
			} finally {
				sqlite.close();
			}
		},
		drop: remove
	};
}

/** A new PostgreSQL database, or why there cannot be one (the server is unreachable). */
export async function createPostgresDatabase(): Promise<BenchDatabase | { unreachable: string }> {
	const created = await tryCreatePostgresDatabase('factquiz_bench_app_');
	if ('unreachable' in created) return created;
	return {
		engine: 'postgres',
		url: created.url,
		async countAnswers() {
			const rows = await runQuery(created.url, COUNT_ANSWERS);
			return toStored(rows[0] as { rows: string; saves: string } | undefined);
		},
		drop: created.drop
	};
}
