import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findAttempt, listAnswers } from '$lib/server/db/attempts';
import { saveAnswer } from '$lib/server/db/answer-saves';
import { openDatabase, resolveDatabaseUrl } from '$lib/server/db/database';
import { migrations as allMigrations } from '$lib/server/db/migrations';
import { testEngines, useTestDatabase } from './engines';
import { startAttempt } from './factories';

const TABLES = ['learners', 'attempts', 'answers', 'review_cards', 'review_logs'] as const;

describe.each(await testEngines())('opening the database on $name', (engine) => {
	const test = useTestDatabase(engine);

	it('reports its engine and has every table', async () => {
		expect(test.app.engine).toBe(engine.name);
		for (const table of TABLES) {
			await expect(test.db.selectFrom(table).selectAll().execute()).resolves.toBeInstanceOf(Array);
		}
	});

	it('runs each migration once: opening again finds nothing to do and keeps the data', async () => {
		const attempt = await startAttempt(test.db);
		const again = await test.database.open();
		await again.close();
		const reopened = await test.database.open();

		const migrations = await sql<{
			name: string;
		}>`select name from kysely_migration order by name`.execute(reopened.db);
		expect(migrations.rows).toEqual(Object.keys(allMigrations).map((name) => ({ name })));
		expect(await findAttempt(reopened.db, attempt.id)).toEqual(attempt);
		await reopened.close();
	});

	// Only PostgreSQL serves several app instances; the test is not declared on SQLite at all.
	const onPostgres = engine.name === 'postgres' ? it : null;
	onPostgres?.(
		'migrates a new database once when two app instances open it at the same time',
		async () => {
			const fresh = await engine.create();
			try {
				const [first, second] = await Promise.all([fresh.open(), fresh.open()]);
				const migrations = await sql<{
					name: string;
				}>`select name from kysely_migration order by name`.execute(first.db);
				expect(migrations.rows).toEqual(Object.keys(allMigrations).map((name) => ({ name })));
				expect(second.engine).toBe('postgres');
			} finally {
				await fresh.drop();
			}
		}
	);

	onPostgres?.(
		'sends each query with parameters as a prepared statement named by its text, once per connection',
		async () => {
			const db = test.app.db;
			const prepared = await db.connection().execute(async (connection) => {
				const learners = (prefix: string) =>
					connection.selectFrom('learners').select('id').where('id', 'like', prefix).execute();
				await connection
					.insertInto('learners')
					.values({ id: 'l_prepared', created_at: 'x' })
					.execute();
				expect(await learners('l_prepared%')).toEqual([{ id: 'l_prepared' }]);
				expect(await learners('nobody%')).toEqual([]);
				const statements = await sql<{
					name: string;
					statement: string;
				}>`select name, statement from pg_prepared_statements`.execute(connection);
				return statements.rows;
			});
			const select = prepared.filter((row) =>
				row.statement.startsWith('select "id" from "learners"')
			);
			expect(select).toHaveLength(1);
			expect(select[0]?.name).toMatch(/^fq_[\w-]{22}$/);
			expect(prepared.some((row) => row.statement.startsWith('insert into "learners"'))).toBe(true);
		}
	);

	onPostgres?.(
		'runs a prepared query again unprepared when a migration changed the table under it',
		async () => {
			const fresh = await engine.create();
			const database = await fresh.open();
			try {
				const rows = await database.db.connection().execute(async (connection) => {
					const everyColumn = () =>
						connection.selectFrom('learners').selectAll().where('id', 'like', 'l_%').execute();
					await connection.insertInto('learners').values({ id: 'l_1', created_at: 'x' }).execute();
					expect(await everyColumn()).toEqual([{ id: 'l_1', created_at: 'x' }]);
					// What a newer instance's migration may do while this one runs.
					await sql`alter table learners add column nickname text`.execute(connection);
					const once = await everyColumn();
					return [once, await everyColumn()];
				});
				expect(rows).toEqual([
					[{ id: 'l_1', created_at: 'x', nickname: null }],
					[{ id: 'l_1', created_at: 'x', nickname: null }]
				]);
			} finally {
				await database.close();
				await fresh.drop();
			}
		}
	);

	it('closes more than once without error', async () => {
		const database = await test.database.open();
		await database.close();
		await expect(database.close()).resolves.toBeUndefined();
	});
});

describe('database URLs', () => {
	it.each([
		[
			'postgres://u@127.0.0.1:5432/db',
			{ engine: 'postgres', url: 'postgres://u@127.0.0.1:5432/db' }
		],
		['postgresql://u@host/db', { engine: 'postgres', url: 'postgresql://u@host/db' }],
		['sqlite:data/x.sqlite', { engine: 'sqlite', path: 'data/x.sqlite' }],
		['sqlite://data/x.sqlite', { engine: 'sqlite', path: 'data/x.sqlite' }],
		['sqlite:///tmp/x.sqlite', { engine: 'sqlite', path: '/tmp/x.sqlite' }],
		['file:data/x.sqlite', { engine: 'sqlite', path: 'data/x.sqlite' }],
		['file:///tmp/x.sqlite', { engine: 'sqlite', path: '/tmp/x.sqlite' }],
		['data/x.sqlite', { engine: 'sqlite', path: 'data/x.sqlite' }],
		['/tmp/x.sqlite', { engine: 'sqlite', path: '/tmp/x.sqlite' }],
		[':memory:', { engine: 'sqlite', path: ':memory:' }],
		['sqlite::memory:', { engine: 'sqlite', path: ':memory:' }]
	])('reads %s', (url, target) => {
		expect(resolveDatabaseUrl(url)).toEqual(target);
	});

	it('names the database, without its password, when it cannot be opened', async () => {
		await expect(openDatabase({ url: 'postgres://me:secret@127.0.0.1:1/db' })).rejects.toThrow(
			/^opening database postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/db: .*ECONNREFUSED/
		);
	});

	it('refuses another scheme rather than making a file of that name, hiding the password', () => {
		expect(() => resolveDatabaseUrl('mysql://me:secret@host/db')).toThrow(
			'database URL mysql://me:***@host/db: unsupported scheme mysql: (use postgres://, sqlite: or a file path)'
		);
		expect(() => resolveDatabaseUrl('sqlite:')).toThrow('no file path');
	});
});

describe('SQLite files', () => {
	let folder: string;
	beforeEach(async () => {
		folder = await mkdtemp(join(tmpdir(), 'factquiz-sqlite-'));
	});
	afterEach(async () => {
		vi.unstubAllEnvs();
		await rm(folder, { recursive: true, force: true });
	});

	it('creates missing folders and sets WAL, foreign keys, busy timeout and NORMAL sync', async () => {
		const path = join(folder, 'nested', 'deeper', 'factquiz.sqlite');
		const database = await openDatabase({ url: `sqlite:${path}` });
		try {
			expect(existsSync(path)).toBe(true);
			const pragma = async (name: string) =>
				Object.values((await sql.raw(`pragma ${name}`).execute(database.db)).rows[0] ?? {})[0];
			expect(await pragma('journal_mode')).toBe('wal');
			expect(await pragma('foreign_keys')).toBe(1);
			expect(await pragma('busy_timeout')).toBe(5000);
			expect(await pragma('synchronous')).toBe(1);
		} finally {
			await database.close();
		}
	});

	it('opens DATABASE_URL when no URL is given', async () => {
		const path = join(folder, 'from-env.sqlite');
		vi.stubEnv('DATABASE_URL', `file:${path}`);
		const database = await openDatabase();
		await database.close();
		expect(existsSync(path)).toBe(true);
	});

	it('works in memory', async () => {
		const database = await openDatabase({ url: ':memory:' });
		try {
			const attempt = await startAttempt(database.db);
			expect(await findAttempt(database.db, attempt.id)).toEqual(attempt);
		} finally {
			await database.close();
		}
	});

	it('keeps every acknowledged answer when the writing process is killed', async () => {
		const url = `sqlite:${join(folder, 'crash.sqlite')}`;
		const database = await openDatabase({ url });
		try {
			const attempt = await startAttempt(database.db);
			const writer = startProcess(['save', url, attempt.id, 'numeric.soldiers']);
			let acknowledged = 0;
			for await (const line of writer.lines) {
				acknowledged = Number(line);
				if (acknowledged >= 25) break;
			}
			if (acknowledged < 25) await writer.exited;
			writer.child.kill('SIGKILL');
			await writer.exited;

			const [answer] = await listAnswers(database.db, attempt.id);
			expect(answer?.revision).toBeGreaterThanOrEqual(acknowledged);
			expect(answer?.response).toBe(`response ${answer?.revision}`);
		} finally {
			await database.close();
		}
	});

	it('lets exactly one of two processes submit the same attempt', async () => {
		const url = `sqlite:${join(folder, 'race.sqlite')}`;
		const database = await openDatabase({ url });
		try {
			const attempt = await startAttempt(database.db);
			await saveAnswer(database.db, {
				attemptId: attempt.id,
				questionId: 'numeric.soldiers',
				response: 'right'
			});
			const submitters = [0, 1].map(() => startProcess(['submit', url, attempt.id]));
			const ready = await Promise.all(submitters.map(nextLine));
			expect(ready).toEqual(['ready', 'ready']);
			for (const { child } of submitters) child.stdin.write('go\n');

			const outcomes = await Promise.all(
				submitters.map(async (submitter) => JSON.parse(await nextLine(submitter)) as unknown)
			);
			expect(outcomes).toContainEqual({ alreadySubmitted: false, scored: 1, credit: 1 });
			expect(outcomes).toContainEqual({ alreadySubmitted: true, scored: 0, credit: 1 });
			await Promise.all(submitters.map(({ exited }) => exited));
		} finally {
			await database.close();
		}
	});
});

const PROCESS_SCRIPT = fileURLToPath(new URL('./sqlite-process.ts', import.meta.url));

interface RunningProcess {
	child: ChildProcessWithoutNullStreams;
	lines: AsyncIterableIterator<string>;
	exited: Promise<void>;
}

function startProcess(args: string[]): RunningProcess {
	const child = spawn(process.execPath, ['--import', 'tsx', PROCESS_SCRIPT, ...args]);
	let errors = '';
	child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	const exited = new Promise<void>((resolve, reject) => {
		child.once('exit', (code, signal) =>
			code === 0 || signal === 'SIGKILL'
				? resolve()
				: reject(new Error(`sqlite-process ${args[0]} exited ${code ?? signal}: ${errors}`))
		);
	});
	// Awaited only by some tests; a failure is reported through nextLine or the test's own checks.
	exited.catch(() => undefined);
	return {
		child,
		lines: createInterface({ input: child.stdout })[Symbol.asyncIterator](),
		exited
	};
}

async function nextLine(running: RunningProcess): Promise<string> {
	const { value, done } = await running.lines.next();
	if (!done) return value;
	await running.exited;
	throw new Error('the process ended before printing a line');
}
