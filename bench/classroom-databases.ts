/**
 * New, empty databases for the classroom bench, removed afterwards: SQLite as a file in a new
 * temporary folder, PostgreSQL as a new database made through the admin URL (DATABASE_TEST_URL,
 * else the local server's `test` database), as tests/db/engines.ts makes them for the suites.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const DEFAULT_POSTGRES_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';

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
		const folder = await mkdtemp(join(tmpdir(), 'factquiz-classroom-'));
		return {
			engine,
			url: `sqlite:${join(folder, 'factquiz.sqlite')}`,
			drop: () => rm(folder, { recursive: true, force: true })
		};
	}
	const adminUrl = process.env.DATABASE_TEST_URL || DEFAULT_POSTGRES_ADMIN_URL;
	const name = `factquiz_bench_${randomBytes(6).toString('hex')}`;
	try {
		// Identifiers cannot be bound parameters; the name is made here from hex digits only.
		await runAdmin(adminUrl, `CREATE DATABASE ${name}`);
	} catch (error) {
		const reason = error instanceof Error ? error.message || error.name : String(error);
		return { unreachable: `${adminUrl.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@')}: ${reason}` };
	}
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		engine,
		url: url.toString(),
		drop: () => runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
	};
}

async function runAdmin(url: string, statement: string): Promise<void> {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
	await client.connect();
	try {
		await client.query(statement);
	} finally {
		await client.end();
	}
}
