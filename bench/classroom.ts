/**
 * `npm run bench:classroom`: a class under load on the production build (build/index.js, started
 * as `npm start` starts it), each figure printed next to its aim:
 *
 * - 100 simulated students join with the code, open and answer a 20-question quiz (two saves of
 *   each answer, as the autosave sends them) and submit: answers saved per second with p50/p99
 *   latency, and submits per second, on SQLite and on PostgreSQL (aim ≥2 000 saves/s at p99
 *   <50 ms on one process);
 * - PostgreSQL with two app processes sharing the database, requests split round-robin, against
 *   one, alternately in the same run (aim ≥1.7×);
 * - the teacher's results page for 1,000 submitted attempts × 20 questions: the page and its
 *   live-refresh data timed from the client over loopback, and the overview behind them timed in
 *   process with one attempt changed, nothing changed and nothing kept yet (aim <50 ms);
 * - kill -9 of the app during the full class (tests/crash.test.ts at full size): lost = 0.
 *
 *   npm run bench:classroom                    all of it, building the app first if stale
 *   npm run bench:classroom -- --no-build      build/ as it is
 *   npm run bench:classroom -- load results    some parts only (load, results, crash)
 *
 * Every database and server it starts is removed or stopped before it returns, also on Ctrl-C.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { openDatabase } from '../src/lib/server/db/database';
import { loadModule } from '../src/lib/server/content';
import { crashClassroom, type CrashReport } from '../tests/support/classroom-load/crash';
import { ClassroomLoad, type LoadResult, type Phase } from '../tests/support/classroom-load/load';
import type { OperationStats } from '../tests/support/classroom-load/record';
import { openClass, TYPED_QUESTION_TYPES } from '../tests/support/classroom-load/teacher';
import type { RunningApp } from '../tests/support/server';
import { copyBuild, type BuildCopy } from './classroom-build';
import { createBenchDatabase, type BenchDatabase, type BenchEngine } from './classroom-databases';
import { seedSubmittedClass, timeAssignmentResults } from './classroom-results';
import { buildIfStale, Cleanups, parseBenchArguments } from './harness';

const STUDENTS = 100;
const QUESTIONS = 20;
const SAVES_PER_QUESTION = 2;
/** Students with a request in flight at once: a busy class, each waiting for the last save. */
const CONCURRENCY = 16;
const ROUNDS = 3;
const RESULTS_ATTEMPTS = 1000;
const RESULTS_REQUESTS = 11;

const AIM = {
	savesPerSecond: 2000,
	saveP99: 50,
	twoProcesses: 1.7,
	resultsMs: 50
};

const PARTS = ['load', 'results', 'crash'] as const;

const count = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => `${value.toFixed(1)} ms`;

function line(name: string, figures: string, aim: string, met: boolean | null): void {
	const verdict = met === null ? '' : `: ${met ? 'met' : 'NOT met'}`;
	console.log(`${name.padEnd(40)} ${figures.padEnd(56)} ${aim ? `aim ${aim}${verdict}` : ''}`);
}

function median(values: readonly number[]): number {
	const sorted = values.slice().sort((a, b) => a - b);
	const lower = sorted[Math.ceil(sorted.length / 2) - 1] ?? 0;
	const upper = sorted[Math.floor(sorted.length / 2)] ?? 0;
	return (lower + upper) / 2;
}

const cleanups = new Cleanups();

async function database(engine: BenchEngine): Promise<BenchDatabase | null> {
	const created = await createBenchDatabase(engine);
	if ('unreachable' in created) {
		console.log(`PostgreSQL skipped: cannot reach ${created.unreachable}`);
		return null;
	}
	cleanups.add(() => created.drop());
	return created;
}

let build: BuildCopy | undefined;

async function app(url: string): Promise<RunningApp> {
	if (!build) throw new Error('no copy of the build to start');
	const running = await build.start({ DATABASE_URL: url });
	cleanups.add(() => running.stop());
	return running;
}

/** CPU time (user + system) a process has used, in ms; null where /proc is missing. */
function cpuMsOf(pid: number | undefined): number | null {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
	} catch {
		return null;
	}
}

interface ClassFigures {
	result: LoadResult;
	/** CPU ms the app processes (together) and this process spent per acknowledged save. */
	appCpuPerSave: number | null;
	driverCpuPerSave: number;
	/** Requests sent again because the app had closed the idle keep-alive connection. */
	retries: number;
}

/** One class of 100 on these app processes; a load with any failure measures nothing. */
async function classLoad(apps: readonly RunningApp[]): Promise<ClassFigures> {
	const urls = apps.map((running) => running.url);
	const opened = await openClass(urls[0] ?? '', {
		count: QUESTIONS,
		types: TYPED_QUESTION_TYPES
	});
	opened.close();
	const appCpu = () => {
		const each = apps.map((running) => cpuMsOf(running.process.pid));
		return each.some((value) => value === null)
			? null
			: each.reduce((a, b) => (a ?? 0) + (b ?? 0), 0);
	};
	const cpu: Partial<Record<Phase, { app: number | null; driver: number }>> = {};
	const load = new ClassroomLoad({
		urls,
		code: opened.code,
		students: STUDENTS,
		questions: QUESTIONS,
		concurrency: CONCURRENCY,
		savesPerQuestion: SAVES_PER_QUESTION,
		schedule: 'phased',
		viewQuestions: true,
		timeLimitMs: 60_000,
		onPhase: (phase) => {
			const driver = process.cpuUsage();
			cpu[phase] = { app: appCpu(), driver: (driver.user + driver.system) / 1000 };
		}
	});
	try {
		const result = await load.run();
		const failures = load.record.failures;
		if (failures.length > 0 || result.stoppedEarly) {
			const gone = apps
				.filter(
					(running) => running.process.exitCode !== null || running.process.signalCode !== null
				)
				.map(
					(running) =>
						`${running.url} exited (${running.process.exitCode ?? running.process.signalCode}):\n${running.output().slice(-2000)}`
				);
			throw new Error(
				`the class load failed ${failures.length} times (${failures
					.slice(0, 3)
					.map((failure) => `${failure.operation}: ${failure.reason}`)
					.join(
						'; '
					)})${result.stoppedEarly ? ' and stopped early' : ''}${gone.length > 0 ? `; ${gone.join('; ')}` : ''}`
			);
		}
		const saves = result.stats.save.count;
		const start = cpu.answer;
		const end = cpu.submit;
		return {
			result,
			appCpuPerSave: start?.app != null && end?.app != null ? (end.app - start.app) / saves : null,
			driverCpuPerSave: start && end ? (end.driver - start.driver) / saves : 0,
			retries: load.retries
		};
	} finally {
		load.close();
	}
}

/** The median round by saves per second. */
function medianRound(rounds: readonly ClassFigures[]): ClassFigures {
	const sorted = rounds
		.slice()
		.sort((a, b) => a.result.stats.save.perSecond - b.result.stats.save.perSecond);
	const middle = sorted[Math.floor(sorted.length / 2)];
	if (!middle) throw new Error('no load measured');
	return middle;
}

function printLoad(label: string, figures: ClassFigures, withAim: boolean): void {
	const { save, submit, join, start, view } = figures.result.stats;
	const latency = (stats: OperationStats) => `p50 ${ms(stats.p50)} p99 ${ms(stats.p99)}`;
	line(
		`${label}: answers saved`,
		`${count(save.perSecond)}/s  ${latency(save)}  (${count(save.count)})`,
		withAim ? `≥${count(AIM.savesPerSecond)}/s at p99 <${AIM.saveP99} ms` : '',
		withAim ? save.perSecond >= AIM.savesPerSecond && save.p99 < AIM.saveP99 : null
	);
	line(
		`${label}: submits`,
		`${count(submit.perSecond)}/s  ${latency(submit)}  (${submit.count})`,
		'',
		null
	);
	line(
		`${label}: CPU per save`,
		`app ${figures.appCpuPerSave === null ? '?' : ms(figures.appCpuPerSave)}, load driver ${ms(figures.driverCpuPerSave)}` +
			(figures.retries > 0 ? `; ${figures.retries} sent again (closed keep-alive)` : ''),
		'',
		null
	);
	line(
		`${label}: join, start, question page`,
		`${latency(join)}; ${latency(start)}; ${latency(view)}`,
		'',
		null
	);
}

async function benchLoad(): Promise<void> {
	console.log(
		`\nA class of ${STUDENTS} × ${QUESTIONS} typed questions, ${SAVES_PER_QUESTION} saves per answer, ` +
			`${CONCURRENCY} students in flight, median of ${ROUNDS} rounds (phased: all join and open their questions, all save, all submit)`
	);
	const sqlite = await database('sqlite');
	if (sqlite) {
		const one = await app(sqlite.url);
		const rounds: ClassFigures[] = [];
		for (let round = 0; round < ROUNDS; round++) rounds.push(await classLoad([one]));
		printLoad('SQLite, 1 process', medianRound(rounds), true);
	}
	const single = await database('postgres');
	const pair = await database('postgres');
	if (!single || !pair) return;
	const one = await app(single.url);
	const two = [await app(pair.url), await app(pair.url)];
	const oneRounds: ClassFigures[] = [];
	const twoRounds: ClassFigures[] = [];
	// Alternately, so that whatever else the machine does weighs on both alike.
	for (let round = 0; round < ROUNDS; round++) {
		oneRounds.push(await classLoad([one]));
		twoRounds.push(await classLoad(two));
	}
	const oneFigures = medianRound(oneRounds);
	const twoFigures = medianRound(twoRounds);
	printLoad('PostgreSQL, 1 process', oneFigures, true);
	printLoad('PostgreSQL, 2 processes', twoFigures, false);
	const ratio = twoFigures.result.stats.save.perSecond / oneFigures.result.stats.save.perSecond;
	line(
		'PostgreSQL, 2 processes vs 1: saves/s',
		`${ratio.toFixed(2)}× (${count(twoFigures.result.stats.save.perSecond)} vs ${count(oneFigures.result.stats.save.perSecond)})`,
		`≥${AIM.twoProcesses}×`,
		ratio >= AIM.twoProcesses
	);
	line(
		'PostgreSQL, 2 processes vs 1: submits/s',
		`${(twoFigures.result.stats.submit.perSecond / oneFigures.result.stats.submit.perSecond).toFixed(2)}×`,
		'',
		null
	);
}

async function benchResults(): Promise<void> {
	console.log(
		`\nThe teacher's results page: ${count(RESULTS_ATTEMPTS)} submitted attempts × ${QUESTIONS} questions ` +
			`(all question types, a seed per student), median of ${RESULTS_REQUESTS} requests`
	);
	const loaded = loadModule('questions', 'kursk');
	if (!loaded.ok) throw new Error('the kursk module is invalid: run `npx factquiz validate`');
	for (const engine of ['sqlite', 'postgres'] as const) {
		const created = await database(engine);
		if (!created) continue;
		const running = await app(created.url);
		const opened = await openClass(running.url, { count: QUESTIONS });
		cleanups.add(() => opened.close());
		const connection = await openDatabase({ url: created.url });
		cleanups.add(() => connection.close());
		const seeding = performance.now();
		const seeded = await seedSubmittedClass(
			connection.db,
			loaded.module,
			opened.assignmentId,
			RESULTS_ATTEMPTS
		);
		const seededMs = performance.now() - seeding;

		const timeGet = async (path: string, shows: RegExp) => {
			const took: number[] = [];
			let bytes = 0;
			for (let request = -2; request < RESULTS_REQUESTS; request++) {
				const started = performance.now();
				const reply = await opened.teacher.get(path);
				if (request >= 0) took.push(performance.now() - started);
				if (reply.status !== 200 || !shows.test(reply.body)) {
					throw new Error(`GET ${path} answered ${reply.status} without the seeded class`);
				}
				bytes = Buffer.byteLength(reply.body);
			}
			return { median: median(took), bytes };
		};
		const path = `/teacher/assignments/${opened.assignmentId}`;
		const page = await timeGet(
			path,
			new RegExp(`(Oddane prace|Submitted): ${RESULTS_ATTEMPTS}\\b`)
		);
		// The live refresh carries the first page of students (100 of the 1,000).
		const data = await timeGet(`${path}/__data.json`, /"Uczeń \d+"/);
		const inProcess: Awaited<ReturnType<typeof timeAssignmentResults>>[] = [];
		for (let run = -1; run < 7; run++) {
			const timing = await timeAssignmentResults(connection.db, opened.assignmentId);
			if (run >= 0) inProcess.push(timing);
		}
		const name = engine === 'sqlite' ? 'SQLite' : 'PostgreSQL';
		console.log(
			`${name}: seeded ${count(seeded.attempts)} attempts, ${count(seeded.answers)} answers in ${(seededMs / 1000).toFixed(1)} s`
		);
		line(
			`${name}: results page (HTML)`,
			`${ms(page.median)}  (${count(page.bytes / 1024)} kB)`,
			`<${AIM.resultsMs} ms`,
			page.median < AIM.resultsMs
		);
		line(
			`${name}: results live refresh (__data.json)`,
			`${ms(data.median)}  (${count(data.bytes / 1024)} kB)`,
			`<${AIM.resultsMs} ms`,
			data.median < AIM.resultsMs
		);
		const of = (key: 'coldMs' | 'unchangedMs' | 'oneChangedMs') =>
			median(inProcess.map((timing) => timing[key]));
		line(
			`${name}: overview in process, one attempt changed`,
			ms(of('oneChangedMs')),
			`<${AIM.resultsMs} ms`,
			of('oneChangedMs') < AIM.resultsMs
		);
		line(`${name}:   nothing changed`, ms(of('unchangedMs')), '', null);
		line(`${name}:   nothing kept yet (after a restart)`, ms(of('coldMs')), '', null);
		await connection.close();
		await running.stop();
	}
}

function printCrash(name: string, report: CrashReport): void {
	const { final, afterRestart } = report;
	const lost = (check: CrashReport['final']) =>
		check.lost.joins + check.lost.starts + check.lost.saves + check.lost.submits;
	line(
		`${name}: crash, acknowledged writes lost`,
		`${lost(afterRestart)} after restart, ${lost(final)} at the end; corrupt ${afterRestart.corrupt + final.corrupt}`,
		'0',
		lost(afterRestart) + lost(final) + afterRestart.corrupt + final.corrupt === 0
	);
	line(
		`${name}:   killed`,
		`after ${count(report.killedAfterSaves)} saves acknowledged, ${report.inFlightAtKill} requests in flight`,
		'',
		null
	);
	line(
		`${name}:   acknowledged before the kill`,
		`${afterRestart.acknowledged.joins} joins, ${afterRestart.acknowledged.starts} starts, ` +
			`${count(afterRestart.acknowledged.saves)} saves, ${afterRestart.acknowledged.submits} submits`,
		'',
		null
	);
	line(
		`${name}:   after the restart (${(report.restartMs / 1000).toFixed(1)} s)`,
		`${STUDENTS - report.notContinued.length} of ${STUDENTS} students went on; ` +
			`${final.stored.submitted} attempts submitted`,
		'',
		null
	);
	for (const problem of [
		...afterRestart.problems,
		...final.problems,
		...report.notContinued.map((item) => `student ${item.student}: ${item.reason}`)
	].slice(0, 10)) {
		console.log(`  ${problem}`);
	}
}

async function benchCrash(): Promise<void> {
	console.log(
		`\nkill -9 during the class: ${STUDENTS} students × ${QUESTIONS} questions, ${SAVES_PER_QUESTION} saves per answer, ` +
			`${CONCURRENCY} in flight, each student joining, answering and submitting in turn; killed at half the saves`
	);
	for (const engine of ['sqlite', 'postgres'] as const) {
		const created = await database(engine);
		if (!created) continue;
		const report = await crashClassroom({
			databaseUrl: created.url,
			students: STUDENTS,
			questions: QUESTIONS,
			concurrency: CONCURRENCY,
			savesPerQuestion: SAVES_PER_QUESTION,
			killAt: 0.5,
			timeLimitMs: 60_000,
			start: (env) => {
				if (!build) throw new Error('no copy of the build to start');
				return build.start(env);
			}
		});
		printCrash(engine === 'sqlite' ? 'SQLite' : 'PostgreSQL', report);
	}
}

async function main(): Promise<void> {
	const { parts, build: building } = parseBenchArguments(PARTS);
	if (building) buildIfStale();
	const copy = copyBuild();
	build = copy;
	const started = performance.now();
	console.log(
		`factquiz classroom bench: ${availableParallelism()} cores, load average ${loadavg()
			.map((value) => value.toFixed(1))
			.join(' ')}; app, load driver and PostgreSQL share them`
	);
	process.once('SIGINT', () => {
		void cleanups.run().then(() => {
			copy.remove();
			process.exit(130);
		});
	});
	try {
		if (parts.has('load')) await benchLoad();
		await cleanups.run();
		if (parts.has('results')) await benchResults();
		await cleanups.run();
		if (parts.has('crash')) await benchCrash();
	} finally {
		await cleanups.run();
		copy.remove();
	}
	console.log(
		`\ndone in ${((performance.now() - started) / 1000).toFixed(0)} s; load average now ${loadavg()
			.map((value) => value.toFixed(1))
			.join(' ')}`
	);
}

await main();
