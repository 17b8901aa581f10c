import { openDatabase } from '$lib/server/db/database';
import { startApp, type RunningApp } from '../server';
import { type StoredCheck, checkStoredClassroom } from './check';
import { ClassroomLoad } from './load';
import { type LoadRecord, OPERATIONS, type Operation } from './record';
import { TYPED_QUESTION_TYPES, openClass } from './teacher';

export interface CrashOptions {
	databaseUrl: string;
	students: number;
	questions: number;
	concurrency: number;
	savesPerQuestion: number;
	/** Kill when this share of the expected saves has been acknowledged. */
	killAt: number;
	timeLimitMs: number;
	/** Starts the app on the database; startApp (build/index.js) when absent. */
	start?: (env: Record<string, string>) => Promise<RunningApp>;
}

export interface CrashReport {
	assignmentId: string;
	/** What the load sent and what the app acknowledged, before and after the restart. */
	record: LoadRecord;
	/** Acknowledged saves when the kill was sent, and requests then in flight. */
	killedAfterSaves: number;
	inFlightAtKill: number;
	/** Failed requests of the interrupted load (the app was gone), per operation. */
	failedAtKill: Record<Operation, number>;
	restartMs: number;
	/** The database right after the restart, against what was acknowledged before the kill. */
	afterRestart: StoredCheck;
	/** Students who could not continue after the restart, and why. */
	notContinued: { student: number; reason: string }[];
	/** The database after every student went on to submit. */
	final: StoredCheck;
	elapsedMs: number;
}

/** kill -9: the process gets no chance to finish a request, flush or close anything. */
export function killHard(app: RunningApp): Promise<void> {
	return new Promise((resolve) => {
		const child = app.process;
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		child.once('exit', () => resolve());
		child.kill('SIGKILL');
	});
}

/** Stops an app that may have been killed already (RunningApp.stop waits for an exit that was). */
export async function stopApp(app: RunningApp): Promise<void> {
	if (app.process.exitCode !== null || app.process.signalCode !== null) return;
	await app.stop();
}

/**
 * Classroom load on a new assignment; SIGKILL to the app once `killAt` of the saves are
 * acknowledged; a new app on the same database; the database checked against what was
 * acknowledged; every student continues to a submitted attempt; checked again.
 */
export async function crashClassroom(options: CrashOptions): Promise<CrashReport> {
	const started = performance.now();
	const apps: RunningApp[] = [];
	const database = await openDatabase({ url: options.databaseUrl });
	let load: ClassroomLoad | undefined;
	try {
		const start = options.start ?? startApp;
		const first = await start({ DATABASE_URL: options.databaseUrl });
		apps.push(first);
		const opened = await openClass(first.url, {
			count: options.questions,
			types: TYPED_QUESTION_TYPES
		});
		opened.close();
		const { assignmentId, code } = opened;
		const expectedSaves = options.students * options.questions * options.savesPerQuestion;
		const crash = new AbortController();
		let killedAfterSaves = 0;
		let inFlightAtKill = 0;
		let killed: Promise<void> = Promise.resolve();
		const running = new ClassroomLoad({
			urls: [first.url],
			code,
			students: options.students,
			questions: options.questions,
			concurrency: options.concurrency,
			savesPerQuestion: options.savesPerQuestion,
			schedule: 'pipelined',
			viewQuestions: true,
			timeLimitMs: options.timeLimitMs,
			onSave: (saves) => {
				if (crash.signal.aborted || saves < expectedSaves * options.killAt) return;
				killedAfterSaves = saves;
				inFlightAtKill = running.inFlight;
				killed = killHard(first);
				crash.abort();
			}
		});
		load = running;
		await load.run(crash.signal);
		await killed;
		if (!crash.signal.aborted) throw new Error('the load ended before the kill');
		const failedAtKill = Object.fromEntries(
			OPERATIONS.map((operation) => [
				operation,
				load?.record.failures.filter((failure) => failure.operation === operation).length ?? 0
			])
		) as Record<Operation, number>;

		const restarting = performance.now();
		const second = await start({ DATABASE_URL: options.databaseUrl });
		apps.push(second);
		const restartMs = performance.now() - restarting;
		const afterRestart = await checkStoredClassroom(database.db, assignmentId, load.record);
		load.targets.use([second.url]);
		const notContinued = await load.finish();
		const final = await checkStoredClassroom(database.db, assignmentId, load.record);
		return {
			assignmentId,
			record: load.record,
			killedAfterSaves,
			inFlightAtKill,
			failedAtKill,
			restartMs,
			afterRestart,
			notContinued,
			final,
			elapsedMs: performance.now() - started
		};
	} finally {
		load?.close();
		for (const app of apps) await stopApp(app);
		await database.close();
	}
}
