/**
 * The databases the app bench runs the built app against, each new and empty and removed
 * afterwards: SQLite as a file in a new temporary folder, PostgreSQL as a new database made
 * through the admin URL, as tests/db/engines.ts makes them for the test suites.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';

/** The same default as the test suites' (tests/db/engines.ts); DATABASE_TEST_URL overrides it. */
const DEFAULT_POSTGRES_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';

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
	const folder = await mkdtemp(join(tmpdir(), 'factquiz-bench-app-'));
	const path = join(folder, 'factquiz.sqlite');
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
		drop: () => rm(folder, { recursive: true, force: true })
	};
}

/** A new PostgreSQL database, or why there cannot be one (the server is unreachable). */
export async function createPostgresDatabase(): Promise<BenchDatabase | { unreachable: string }> {
	const adminUrl = process.env.DATABASE_TEST_URL || DEFAULT_POSTGRES_ADMIN_URL;
	const name = `factquiz_bench_app_${randomBytes(6).toString('hex')}`;
	try {
		// Identifiers cannot be bound parameters; the name is made here from hex digits only.
		await runQuery(adminUrl, `CREATE DATABASE ${name}`);
	} catch (error) {
		return { unreachable: `${redact(adminUrl)}: ${describeError(error)}` };
	}
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		engine: 'postgres',
		url: url.toString(),
		async countAnswers() {
			const rows = await runQuery(url.toString(), COUNT_ANSWERS);
			return toStored(rows[0] as { rows: string; saves: string } | undefined);
		},
		drop: async () => {
			await runQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		}
	};
}

async function runQuery(url: string, statement: string): Promise<unknown[]> {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
	await client.connect();
	try {
		return (await client.query(statement)).rows;
	} finally {
		await client.end();
	}
}

function describeError(error: unknown): string {
	// Connecting to `localhost` tries ::1 and 127.0.0.1; both failing is an AggregateError whose
	// own message is empty.
	if (error instanceof AggregateError && error.errors.length > 0) {
		return error.errors.map(describeError).join('; ');
	}
	return error instanceof Error ? error.message || error.name : String(error);
}

function redact(url: string): string {
	return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
