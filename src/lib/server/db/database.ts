import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
	Kysely,
	Migrator,
	PostgresDialect,
	SqliteDialect,
	type MigrationProvider,
	type PostgresPool,
	type PostgresPoolClient,
	type SqliteDatabase
} from 'kysely';
import pg from 'pg';
import { migrations } from './migrations';
import type { Schema } from './schema';

export type Engine = 'sqlite' | 'postgres';

export interface AppDatabase {
	db: Kysely<Schema>;
	engine: Engine;
	/** Closes the pool or file; safe to call more than once. */
	close(): Promise<void>;
	/** The connections: made, idle, and queries waiting for one (SQLite: its one connection). */
	stats(): { total: number; idle: number; waiting: number };
}

export interface OpenDatabaseOptions {
	/** Defaults to `DATABASE_URL`, then to the SQLite file `data/factquiz.sqlite`. */
	url?: string;
	/** PostgreSQL: how long a query waits for a connection of the pool before it fails. */
	poolWaitMs?: number;
}

/** PostgreSQL connections per instance (pg's default); several instances share the server's. */
export const POOL_SIZE = 10;
/**
 * How long a query waits for a free connection: under a load the pool cannot serve, a request
 * fails (and is logged) rather than waiting without end while its client gives up.
 */
const POOL_WAIT_MS = 10_000;
/**
 * The server ends a statement running, or a transaction left idle, this long: a connection never
 * stays taken for good by one stuck request (the app's statements take milliseconds).
 */
const SERVER_TIMEOUT_MS = 30_000;

export const DEFAULT_SQLITE_PATH = 'data/factquiz.sqlite';

export type DatabaseTarget =
	{ engine: 'postgres'; url: string } | { engine: 'sqlite'; path: string };

/**
 * Reads a database URL: `postgres://` or `postgresql://` is PostgreSQL; `sqlite:path`,
 * `file:path`, a plain path or `:memory:` is SQLite. Any other scheme is refused rather than taken
 * for a file name.
 */
export function resolveDatabaseUrl(url: string): DatabaseTarget {
	if (/^postgres(ql)?:\/\//i.test(url)) return { engine: 'postgres', url };
	const prefixed = /^(sqlite|file):(.*)$/i.exec(url);
	if (prefixed) {
		// `sqlite:rel/path`, `sqlite://rel/path` and `sqlite:///abs/path` (likewise `file:`).
		const path = (prefixed[2] ?? '').replace(/^\/\//, '');
		if (path === '') throw new Error(`database URL ${url}: no file path after the scheme`);
		return { engine: 'sqlite', path };
	}
	const scheme = /^([a-z][a-z0-9+.-]+):\/\//i.exec(url);
	if (scheme) {
		throw new Error(
			`database URL ${redact(url)}: unsupported scheme ${scheme[1]}: (use postgres://, sqlite: or a file path)`
		);
	}
	return { engine: 'sqlite', path: url };
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<AppDatabase> {
	const url = options.url || process.env.DATABASE_URL || DEFAULT_SQLITE_PATH;
	const target = resolveDatabaseUrl(url);
	const database =
		target.engine === 'postgres'
			? openPostgres(target.url, options.poolWaitMs ?? POOL_WAIT_MS)
			: openSqlite(target.path);
	try {
		await migrate(database.db);
	} catch (error) {
		await database.close();
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(`opening database ${redact(url)}: ${reason}`, { cause: error });
	}
	return database;
}

function openPostgres(url: string, poolWaitMs: number): AppDatabase {
	const pool = new pg.Pool({
		connectionString: url,
		max: POOL_SIZE,
		connectionTimeoutMillis: poolWaitMs,
		options: `-c statement_timeout=${SERVER_TIMEOUT_MS} -c idle_in_transaction_session_timeout=${SERVER_TIMEOUT_MS}`
	});
	// An idle client whose connection drops (server restart) emits 'error' on the pool; unhandled,
	// that would end the process. The pool replaces the client on the next query.
	pool.on('error', (error) => {
		console.error(`PostgreSQL ${redact(url)}: idle connection lost: ${error.message}`);
	});
	return appDatabase(
		new Kysely<Schema>({
			dialect: new PostgresDialect({ pool: preparingStatements(pool, poolWaitMs) })
		}),
		'postgres',
		() => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount })
	);
}

/**
 * PostgreSQL parses and plans every query it is sent unless it is a named prepared statement:
 * each query with parameters is sent under a name taken from its text, so that each connection
 * prepares it once (as the SQLite side keeps its statements). Queries without parameters (BEGIN,
 * COMMIT, migrations) go as they are.
 */
function preparingStatements(pool: pg.Pool, poolWaitMs: number): PostgresPool {
	const names = new Map<string, string>();
	const nameOf = (sql: string) => {
		let name = names.get(sql);
		if (!name) {
			if (names.size >= KEPT_STATEMENTS) names.clear();
			name = `fq_${createHash('sha256').update(sql).digest('base64url').slice(0, 22)}`;
			names.set(sql, name);
		}
		return name;
	};
	const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
	return {
		end: () => pool.end(),
		async connect() {
			let client: pg.PoolClient;
			try {
				client = await pool.connect();
			} catch (error) {
				if (!(error instanceof Error) || !/timeout/i.test(error.message)) throw error;
				throw new Error(
					`no PostgreSQL connection free within ${poolWaitMs} ms (${pool.totalCount} of ${POOL_SIZE} taken, ${pool.waitingCount} queries waiting)`,
					{ cause: error }
				);
			}
			let preparing = clients.get(client);
			if (!preparing) {
				preparing = preparingClient(client, nameOf);
				clients.set(client, preparing);
			}
			return preparing;
		}
	};
}

function preparingClient(client: pg.PoolClient, nameOf: (sql: string) => string) {
	// Queries whose prepared statement went stale on this connection: they go unprepared.
	const stale = new Set<string>();
	const query = async (text: string | object, parameters?: readonly unknown[]) => {
		if (typeof text !== 'string') return client.query(text as never);
		if (!parameters || parameters.length === 0) return client.query(text);
		const values = [...parameters];
		if (stale.has(text)) return client.query(text, values);
		try {
			return await client.query({ name: nameOf(text), text, values });
		} catch (error) {
			// A newer instance migrated a table this statement reads with `*`: its rows no longer
			// fit the prepared plan. Outside a transaction the query simply runs again, unprepared.
			if (!isStalePlan(error)) throw error;
			stale.add(text);
			return client.query(text, values);
		}
	};
	return {
		query: query as unknown as PostgresPoolClient['query'],
		release: (destroy?: boolean) => client.release(destroy)
	};
}

function isStalePlan(error: unknown): boolean {
	return (
		error instanceof Error &&
		(error as { code?: unknown }).code === '0A000' &&
		error.message.includes('cached plan must not change result type')
	);
}

function openSqlite(path: string): AppDatabase {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const sqlite = new SQLite(path);
	try {
		// WAL: readers do not block the writer. NORMAL is durable across a crash of the process in
		// WAL mode (only a power cut may lose the last commits). Foreign keys are off by default.
		sqlite.pragma('journal_mode = WAL');
		sqlite.pragma('foreign_keys = ON');
		sqlite.pragma('busy_timeout = 5000');
		sqlite.pragma('synchronous = NORMAL');
	} catch (error) {
		sqlite.close();
		throw error;
	}
	return appDatabase(
		new Kysely<Schema>({ dialect: new SqliteDialect({ database: keepingStatements(sqlite) }) }),
		'sqlite',
		() => ({ total: 1, idle: 1, waiting: 0 })
	);
}

/** Different query texts kept at most; the app has a few dozen, a long IN list adds one per length. */
const KEPT_STATEMENTS = 500;

/**
 * kysely prepares every query anew, and preparing takes about as long as running one of the
 * app's small queries: keep the prepared statements by their text. kysely runs one query at a
 * time on its one SQLite connection, so a kept statement is never in use twice.
 */
function keepingStatements(sqlite: SQLite.Database): SqliteDatabase {
	const statements = new Map<string, SQLite.Statement>();
	return {
		close: () => sqlite.close(),
		prepare(sql) {
			let statement = statements.get(sql);
			if (!statement) {
				if (statements.size >= KEPT_STATEMENTS) statements.clear();
				statement = sqlite.prepare(sql);
				statements.set(sql, statement);
			}
			return statement;
		}
	};
}

function appDatabase(db: Kysely<Schema>, engine: Engine, stats: AppDatabase['stats']): AppDatabase {
	let closed: Promise<void> | undefined;
	return { db, engine, stats, close: () => (closed ??= db.destroy()) };
}

const migrationProvider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

async function migrate(db: Kysely<Schema>): Promise<void> {
	const { error, results } = await new Migrator({
		db,
		provider: migrationProvider
	}).migrateToLatest();
	if (error === undefined) return;
	// Without a failed migration the error came before any ran (connecting, locking).
	const failed = results?.find((result) => result.status === 'Error')?.migrationName;
	if (failed === undefined) throw error;
	const message = error instanceof Error ? error.message : String(error);
	throw new Error(`migration ${failed} failed: ${message}`, { cause: error });
}

/** The URL without its password, for messages and logs. */
function redact(url: string): string {
	return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
