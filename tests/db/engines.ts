/**
 * The database engines a suite runs against, each able to make an isolated, empty database:
 *
 *   describe.each(await testEngines())('… on $name', (engine) => {
 *     const test = useTestDatabase(engine);
 *     it('…', async () => { await saveAnswer(test.db, …) });
 *   });
 *
 * SQLite is a file in a new temporary folder. PostgreSQL is a new database `factquiz_test_<random>`
 * made through the admin URL (env DATABASE_TEST_URL, else the local server's `test` database) and
 * dropped WITH (FORCE) afterwards. When PostgreSQL cannot be reached its suites are skipped with
 * one warning, unless FACTQUIZ_REQUIRE_POSTGRES=1 (as on CI): then they fail.
 */
import {
	closeSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { openDatabase, type AppDatabase, type Engine } from '$lib/server/db/database';
import {
	createPostgresDatabase,
	createSqliteFile,
	describeError,
	postgresAdminUrl,
	redact
} from '../support/databases';

export interface TestDatabase {
	engine: Engine;
	url: string;
	/** Opens (and migrates) a new connection to this database; drop() closes it. */
	open(): Promise<AppDatabase>;
	/** Closes every connection open() made, then deletes the database. */
	drop(): Promise<void>;
}

export interface EngineFactory {
	name: Engine;
	/** True when the engine cannot be reached and is not required: its suites are skipped. */
	skip: boolean;
	create(): Promise<TestDatabase>;
}

let engines: Promise<EngineFactory[]> | undefined;

/** SQLite, and PostgreSQL when reachable (or required); probed once per test file. */
export function testEngines(): Promise<EngineFactory[]> {
	engines ??= postgresEngine().then((postgres) => [sqliteEngine, postgres]);
	return engines;
}

const sqliteEngine: EngineFactory = {
	name: 'sqlite',
	skip: false,
	async create() {
		const file = await createSqliteFile('factquiz-db-');
		return trackConnections('sqlite', `sqlite:${file.path}`, file.remove);
	}
};

async function postgresEngine(): Promise<EngineFactory> {
	const adminUrl = postgresAdminUrl();
	const unreachable = await probe(adminUrl);
	const required = process.env.FACTQUIZ_REQUIRE_POSTGRES === '1';
	if (unreachable && required) {
		const reason = `PostgreSQL is required (FACTQUIZ_REQUIRE_POSTGRES=1) but cannot be reached at ${redact(adminUrl)} (${unreachable})`;
		return {
			name: 'postgres',
			skip: false,
			create: () => Promise.reject(new Error(reason))
		};
	}
	if (unreachable && firstFileOfRun('postgres-skipped')) {
		console.warn(
			`PostgreSQL tests skipped: cannot reach ${redact(adminUrl)} (${unreachable}); start PostgreSQL or set DATABASE_TEST_URL (CI sets FACTQUIZ_REQUIRE_POSTGRES=1, so there they fail)`
		);
	}
	return {
		name: 'postgres',
		skip: unreachable !== null,
		async create() {
			const database = await createPostgresDatabase('factquiz_test_', adminUrl);
			return trackConnections('postgres', database.url, database.drop);
		}
	};
}

/**
 * True in the first test file of this vitest run to ask, so that a notice is printed once per run
 * rather than once per file: each file runs in its own worker, re-importing this module, but all
 * share one parent, the vitest process. A marker file named after it (pid and start time, so a
 * reused pid is a new run) is created by the first. Where /proc is missing, every file says it.
 */
function firstFileOfRun(notice: string): boolean {
	const folder = join(tmpdir(), 'factquiz-test-notices');
	try {
		const stat = readFileSync(`/proc/${process.ppid}/stat`, 'utf8');
		const startTime = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
		mkdirSync(folder, { recursive: true });
		removeOldMarkers(folder);
		closeSync(openSync(join(folder, `${notice}-${process.ppid}-${startTime}`), 'wx'));
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code !== 'EEXIST';
	}
}

function removeOldMarkers(folder: string): void {
	const dayAgo = Date.now() - 24 * 60 * 60 * 1000;
	for (const name of readdirSync(folder)) {
		const path = join(folder, name);
		if (statSync(path).mtimeMs < dayAgo) rmSync(path, { force: true });
	}
}

/** Why the server cannot be reached, or null when it answers. */
async function probe(url: string): Promise<string | null> {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
	try {
		await client.connect();
		await client.query('SELECT 1');
		return null;
	} catch (error) {
		return describeError(error);
	} finally {
		await client.end().catch(() => undefined);
	}
}

export interface TestDatabaseHandle {
	/** The suite's database; open() more connections to it as another process would. */
	readonly database: TestDatabase;
	/** The suite's first connection. */
	readonly app: AppDatabase;
	readonly db: AppDatabase['db'];
	/**
	 * A connection as a second app process would have, for races: a new pool on PostgreSQL. On
	 * SQLite the suite's own connection, whose queries kysely queues: a second better-sqlite3
	 * connection in the same process waits for locks synchronously (busy_timeout), blocking the
	 * event loop the first one needs to commit, so it only ever times out. SQLite across processes
	 * is tested with child processes.
	 */
	another(): Promise<AppDatabase>;
	/**
	 * The suite's connection and three more, as four app processes would have, opened once per
	 * suite: starts or joins spread over them really run side by side on PostgreSQL.
	 */
	fourConnections(): Promise<AppDatabase[]>;
}

/**
 * Makes one database for the enclosing suite (dropped after it) and skips the suite's tests when
 * the engine is to be skipped.
 */
export function useTestDatabase(engine: EngineFactory): TestDatabaseHandle {
	let database: TestDatabase | undefined;
	let app: AppDatabase | undefined;
	let failure: unknown;
	beforeAll(async () => {
		if (engine.skip) return;
		try {
			database = await engine.create();
			app = await database.open();
		} catch (error) {
			// Thrown again by each test, so that each one fails rather than being reported skipped.
			failure = error;
		}
	});
	beforeEach((context) => {
		if (engine.skip) context.skip();
		if (failure !== undefined) throw failure;
	});
	afterAll(async () => {
		await database?.drop();
	});
	let four: Promise<AppDatabase[]> | undefined;
	const ready = <T>(value: T | undefined): T => {
		if (value === undefined) throw new Error(`the ${engine.name} test database is not open`);
		return value;
	};
	const another = () =>
		engine.name === 'sqlite' ? Promise.resolve(ready(app)) : ready(database).open();
	return {
		get database() {
			return ready(database);
		},
		get app() {
			return ready(app);
		},
		get db() {
			return ready(app).db;
		},
		another,
		fourConnections() {
			four ??= Promise.all([1, 2, 3].map(() => another())).then((more) => [ready(app), ...more]);
			return four;
		}
	};
}

function trackConnections(engine: Engine, url: string, remove: () => Promise<void>): TestDatabase {
	const opened: AppDatabase[] = [];
	return {
		engine,
		url,
		async open() {
			const database = await openDatabase({ url });
			opened.push(database);
			return database;
		},
		async drop() {
			await Promise.all(opened.map((database) => database.close()));
			await remove();
		}
	};
}
