/**
 * New, empty databases to be deleted afterwards, for the test suites (tests/db/engines.ts) and the
 * benches: SQLite as a file in a new temporary folder, PostgreSQL as a new database made through
 * the admin URL (env DATABASE_TEST_URL, else the local server's `test` database) and dropped
 * WITH (FORCE). No vitest here: the benches run under tsx.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const DEFAULT_POSTGRES_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';

export function postgresAdminUrl(): string {
	return process.env.DATABASE_TEST_URL || DEFAULT_POSTGRES_ADMIN_URL;
}

export interface SqliteFile {
	path: string;
	/** Deletes the file and its folder. */
	remove(): Promise<void>;
}

/** A path for a new SQLite database, in a new temporary folder named from `folderPrefix`. */
export async function createSqliteFile(folderPrefix: string): Promise<SqliteFile> {
	const folder = await mkdtemp(join(tmpdir(), folderPrefix));
	return {
		path: join(folder, 'factquiz.sqlite'),
		remove: () => rm(folder, { recursive: true, force: true })
	};
}

export interface PostgresDatabase {
	/** The admin URL with this database's name. */
	url: string;
	drop(): Promise<void>;
}

/** A new PostgreSQL database `<namePrefix><random hex>`; throws when the server refuses. */
export async function createPostgresDatabase(
	namePrefix: string,
	adminUrl = postgresAdminUrl()
): Promise<PostgresDatabase> {
	const name = `${namePrefix}${randomBytes(6).toString('hex')}`;
	// Identifiers cannot be bound parameters; the name is made here from hex digits only.
	await runQuery(adminUrl, `CREATE DATABASE ${name}`);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			await runQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		}
	};
}

/** As createPostgresDatabase, or why the server cannot make one (unreachable, most often). */
export async function tryCreatePostgresDatabase(
	namePrefix: string
): Promise<PostgresDatabase | { unreachable: string }> {
	const adminUrl = postgresAdminUrl();
	try {
		return await createPostgresDatabase(namePrefix, adminUrl);
	} catch (error) {
		return { unreachable: `${redact(adminUrl)}: ${describeError(error)}` };
	}
}

/** Runs one statement on a new connection and returns its rows. */
export async function runQuery(url: string, statement: string): Promise<unknown[]> {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
	await client.connect();
	try {
		return (await client.query(statement)).rows;
	} finally {
		await client.end();
	}
}

export function describeError(error: unknown): string {
	// Connecting to `localhost` tries ::1 and 127.0.0.1; both failing is an AggregateError whose
	// own message is empty.
	if (error instanceof AggregateError && error.errors.length > 0) {
		return error.errors.map(describeError).join('; ');
	}
	return error instanceof Error ? error.message || error.name : String(error);
}

/** The URL with its password masked, fit for a message. */
export function redact(url: string): string {
	return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
