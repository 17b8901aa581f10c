/**
 * `npm run bench -- app`: the learner app's figures, measured on a production build started as
 * `npm start` starts build/index.js, on a free port, each printed next to its aim and, for the
 * quiz page, next to an empty route measured in the same run:
 *
 * - quiz page requests per second against an empty page route of the same build, under the same
 *   layout and hooks (bench/app-build.ts; aim ≥0.6×), and GET /healthz, which skips the hooks;
 * - answer saves per second and their p99 latency on SQLite and PostgreSQL (aim ≥2 000/s, <50 ms);
 * - the quiz page's JavaScript, gzipped (aim ≤30 kB);
 * - Lighthouse 12 performance and accessibility of the home, module and quiz pages (aim 100).
 *
 * Every database, server and browser it starts is removed or stopped before it returns.
 */
import { availableParallelism } from 'node:os';
import { Learner } from '../tests/support/browserless';
import type { RunningApp } from '../tests/support/server';
import { createPostgresDatabase, createSqliteDatabase, type BenchDatabase } from './app-databases';
import { measurePageJavaScript } from './app-javascript';
import { prepareSaveTargets, saveRequest } from './app-learners';
import { chromePath, startLighthouse, type PageScores } from './app-lighthouse';
import { CONNECTIONS, median, runLoad } from './app-load';
import { benchBuild, EMPTY_ROUTE, type BenchBuild } from './app-build';
import { Cleanups } from './harness';

export interface AppBenchOptions {
	/** Build the bench copy first (default); without it the last one is measured as it is. */
	build: boolean;
}

/** As the module page offers by default (src/lib/server/quiz.ts DEFAULT_QUESTION_COUNT). */
const DEFAULT_QUESTION_COUNT = 10;
const ROUNDS = 3;
const ROUND_SECONDS = 3;
const SAVE_SECONDS = 5;
const SAVE_LEARNERS = 100;
const SAVE_QUESTIONS = 20;
const LIGHTHOUSE_RUNS = 3;

const AIM = {
	quizRatio: 0.6,
	savesPerSecond: 2000,
	saveP99: 50,
	javaScriptKb: 30,
	lighthouse: 100
};

const count = (value: number) => Math.round(value).toLocaleString('en-US');

function line(name: string, figures: string, aim: string, met: boolean): void {
	console.log(`${name.padEnd(36)} ${figures.padEnd(58)} aim ${aim}: ${met ? 'met' : 'NOT met'}`);
}

async function startOn(
	build: BenchBuild,
	database: BenchDatabase,
	cleanups: Cleanups
): Promise<RunningApp> {
	const app = await build.start({ DATABASE_URL: database.url });
	let stopping = false;
	// Says why requests start failing, e.g. when build/ is rebuilt under the running app.
	app.process.once('exit', (code, signal) => {
		if (stopping || code === 0) return;
		console.error(
			`\nthe app on ${database.engine} exited (${signal ?? code}) during the bench; ` +
				`its last output:\n${app.output().slice(-2000)}`
		);
	});
	cleanups.add(() => {
		stopping = true;
		return app.stop();
	});
	return app;
}

async function expectPage(url: string, headers: Record<string, string>): Promise<string> {
	const response = await fetch(url, { headers, redirect: 'manual' });
	if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
	return response.text();
}

/**
 * Quiz page against the empty page route, and GET /healthz for scale, alternating rounds so that
 * all see the same machine. Returns the empty page route's rate.
 */
async function benchQuizPage(
	app: RunningApp,
	quizPath: string,
	headers: Record<string, string>
): Promise<number> {
	const paths = { quiz: quizPath, empty: EMPTY_ROUTE, health: '/healthz' };
	const rates = { quiz: [] as number[], empty: [] as number[], health: [] as number[] };
	const load = (path: string, seconds: number) =>
		runLoad({ url: app.url + path, seconds, headers });
	for (const path of Object.values(paths)) await load(path, 1);
	for (let round = 0; round < ROUNDS; round++) {
		for (const [name, path] of Object.entries(paths) as [keyof typeof paths, string][]) {
			rates[name].push((await load(path, ROUND_SECONDS)).perSecond);
		}
	}
	const [quiz, empty, health] = [median(rates.quiz), median(rates.empty), median(rates.health)];
	const ratio = quiz / empty;
	line(
		'quiz page GET /quiz/:attempt/1',
		`${count(quiz)}/s   empty page route GET ${EMPTY_ROUTE} ${count(empty)}/s   ` +
			`ratio ${ratio.toFixed(2)}×`,
		`≥${AIM.quizRatio}×`,
		ratio >= AIM.quizRatio
	);
	console.log(
		`  GET /healthz (no hooks, no page) ${count(health)}/s: the quiz page is ` +
			`${(quiz / health).toFixed(2)}× that, the empty page route ${(empty / health).toFixed(2)}×`
	);
	return empty;
}

/** What the app has stored once the saves still in flight when the load stopped have landed. */
async function settledAnswers(database: BenchDatabase) {
	let stored = await database.countAnswers();
	for (let tries = 0; tries < 50; tries++) {
		await new Promise((resolve) => setTimeout(resolve, 200));
		const again = await database.countAnswers();
		if (again.saves === stored.saves) break;
		stored = again;
	}
	return stored;
}

/**
 * Many learners saving answers as the quiz page's autosave does, next to the empty route's
 * rate on the same machine; then the stored answers are counted: every save answered 2xx must be
 * there (and at most the saves sent).
 */
async function benchAnswerSaves(app: RunningApp, database: BenchDatabase, emptyRoute: number) {
	const targets = await prepareSaveTargets(app.url, SAVE_LEARNERS, SAVE_QUESTIONS);
	let next = 0;
	const nextTarget = () => {
		const target = targets[next++ % targets.length];
		if (!target) throw new Error('no question of the attempts could be answered');
		return target;
	};
	const load = (seconds: number) =>
		runLoad({ url: app.url, seconds, next: () => saveRequest(nextTarget(), app.url) });
	const warmUp = await load(1);
	const measured = await load(SAVE_SECONDS);
	const stored = await settledAnswers(database);
	const ok = warmUp.ok + measured.ok;
	const sent = warmUp.sent + measured.sent;
	line(
		`answer saves on ${database.engine}`,
		`${count(measured.perSecond)}/s   p99 ${measured.p99} ms   ` +
			`(${(measured.perSecond / emptyRoute).toFixed(2)}× the empty page route)`,
		`≥${count(AIM.savesPerSecond)}/s, p99 <${AIM.saveP99} ms`,
		measured.perSecond >= AIM.savesPerSecond && measured.p99 < AIM.saveP99
	);
	const attempts = new Set(targets.map((target) => target.attemptId)).size;
	const consistent = stored.saves >= ok && stored.saves <= sent;
	console.log(
		`  stored: ${count(stored.rows)} answers of ${count(targets.length)} questions in ` +
			`${count(attempts)} attempts, saved ${count(stored.saves)} times; ` +
			`${count(ok)} saves answered 2xx, ${count(sent)} sent` +
			(consistent ? '' : '  MISMATCH: answered saves are missing')
	);
	if (!consistent) process.exitCode = 1;
}

async function benchJavaScript(pageUrl: string, headers: Record<string, string>) {
	const javaScript = await measurePageJavaScript(pageUrl, headers);
	const kb = javaScript.gzipBytes / 1000;
	line(
		'quiz page JavaScript',
		`${kb.toFixed(1)} kB gzip in ${javaScript.files} files, of which the Svelte/SvelteKit ` +
			`runtime ${(javaScript.runtime.gzipBytes / 1000).toFixed(1)} kB`,
		`≤${AIM.javaScriptKb} kB`,
		kb <= AIM.javaScriptKb
	);
}

async function benchLighthouse(
	app: RunningApp,
	paths: string[],
	headers: Record<string, string>,
	cleanups: Cleanups
) {
	const path = chromePath();
	if (!path) {
		console.log('Lighthouse: skipped, no Chromium (bash scripts/ensure-chromium.sh installs it)');
		return;
	}
	const lighthouse = await startLighthouse(path);
	cleanups.add(() => lighthouse.close());
	for (const pagePath of paths) {
		// One Lighthouse run on a shared 2-core machine moves by a few points: the median run of
		// several is the figure, as Lighthouse's own documentation advises.
		const runs: PageScores[] = [];
		for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
			runs.push(await lighthouse.score(app.url + pagePath, headers));
		}
		runs.sort((a, b) => a.performance - b.performance);
		const scores = runs[Math.floor(runs.length / 2)] as PageScores;
		line(
			`Lighthouse 12 ${pagePath.replace(/a_[\w-]{22}/, ':attempt')}`,
			`performance ${scores.performance}   accessibility ${scores.accessibility}   ` +
				`(median of ${runs.map((run) => run.performance).join(', ')})`,
			`${AIM.lighthouse} and ${AIM.lighthouse}`,
			scores.performance >= AIM.lighthouse && scores.accessibility >= AIM.lighthouse
		);
		if (scores.losses.length > 0) console.log(`  points lost: ${scores.losses.join(', ')}`);
	}
	await lighthouse.close();
}

async function benchOnSqlite(build: BenchBuild, cleanups: Cleanups) {
	const database = await createSqliteDatabase();
	cleanups.add(() => database.drop());
	const app = await startOn(build, database, cleanups);
	const learner = new Learner(app.url);
	const attemptId = await learner.startQuiz(DEFAULT_QUESTION_COUNT);
	const quizPath = `/quiz/${attemptId}/1`;
	const headers = { cookie: learner.cookie, accept: 'text/html' };
	await expectPage(app.url + quizPath, headers);
	await expectPage(app.url + EMPTY_ROUTE, headers);
	if ((await expectPage(app.url + '/healthz', headers)) !== 'ok') {
		throw new Error('GET /healthz did not answer "ok"');
	}

	const emptyRoute = await benchQuizPage(app, quizPath, headers);
	await benchJavaScript(app.url + quizPath, headers);
	await benchLighthouse(
		app,
		['/', '/modules/kursk', quizPath],
		{ cookie: learner.cookie },
		cleanups
	);
	await benchAnswerSaves(app, database, emptyRoute);
	return emptyRoute;
}

async function benchOnPostgres(build: BenchBuild, cleanups: Cleanups, emptyRoute: number) {
	const database = await createPostgresDatabase();
	if ('unreachable' in database) {
		const message = `answer saves on postgres: cannot reach ${database.unreachable}`;
		if (process.env.FACTQUIZ_REQUIRE_POSTGRES === '1') throw new Error(message);
		console.log(`${message}; skipped (start PostgreSQL or set DATABASE_TEST_URL)`);
		return;
	}
	cleanups.add(() => database.drop());
	const app = await startOn(build, database, cleanups);
	await benchAnswerSaves(app, database, emptyRoute);
}

export async function benchApp(options: AppBenchOptions): Promise<void> {
	const cleanups = new Cleanups();
	// Ctrl-C reaches npm, tsx and this process, and some of them pass on a second signal: the
	// first starts the clean-up, later ones must not end the process before it is done.
	let stopping: Promise<void> | undefined;
	const interrupted = () => {
		stopping ??= cleanups.run().finally(() => process.exit(130));
	};
	process.on('SIGINT', interrupted);
	process.on('SIGTERM', interrupted);
	try {
		console.log(
			`factquiz app bench — production build, node ${process.version}, ` +
				`${availableParallelism()} cores shared by the app and autocannon ` +
				`(${CONNECTIONS} connections)\n`
		);
		const build = benchBuild(options.build);
		console.log('');
		const emptyRoute = await benchOnSqlite(build, cleanups);
		await cleanups.run();
		await benchOnPostgres(build, cleanups, emptyRoute);
	} finally {
		await cleanups.run();
		process.off('SIGINT', interrupted);
		process.off('SIGTERM', interrupted);
	}
}
