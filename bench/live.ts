/**
 * `npm run bench:live`: a live game over loopback on the production build (build/index.js), with
 * plain HTTP and SSE clients standing in for phones (no browsers). For each setup, a 10-question
 * game: the teacher presses "next", every phone's EventSource-like client receives the question,
 * answers after a human-like pause (0.1–1.5 s) with a plain form POST, and the question closes
 * when everyone has answered. It prints one line per setup:
 *
 *   live: <setup>, <N> phones, push p50 <x> ms p99 <y> ms, answers <acked>/<sent> acked p99 <z> ms, memory <m> kB per phone
 *
 * push: from the teacher's "next" leaving the client to the question reaching each phone; answers:
 * each POST's round trip (sent again, as the phone page does, after 10 s without a reply; one over
 * 5 s is printed on a FAILED line of its own); memory: the app processes' highest resident memory
 * (RSS, read every 20 ms for a second) with every phone connected, less their lowest in the second
 * before, per phone: an upper bound (single readings went below zero when a collection came
 * between). Setups: 300 phones on one process (SQLite), the same split across two processes
 * sharing PostgreSQL (each phone talks to one of them; the teacher to the first), and 1,000 phones
 * on one process (SQLite). Aims (2 cores): push p99 < 250 ms, every answer acknowledged, answer
 * p99 < 100 ms, < 50 kB per phone; 1,000 phones: every answer acknowledged, push p99 < 1 s.
 *
 *   npm run bench:live               all setups, building the app first if stale
 *   npm run bench:live -- --no-build build/ as it is
 *   npm run bench:live -- two        some setups only (one, two, thousand)
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { z } from 'zod';
import { AppTargets, Transport, Visitor, type Reply } from '../tests/support/classroom-load/http';
import { startApp, type RunningApp } from '../tests/support/server';
import { createBenchDatabase, type BenchEngine } from './classroom-databases';
import { buildIfStale, Cleanups, parseBenchArguments } from './harness';

const QUESTIONS = 10;
/** As the phone page: an answer's POST is sent again after 10 s without a reply, 3 tries in all. */
const ANSWER_REPLY_MS = 10_000;
const ANSWER_TRIES = 3;
/** An answer slower than this is reported on a line of its own, as a failure. */
const SLOW_ANSWER_MS = 5_000;
const SETUPS = [
	{ part: 'one', name: 'one process on SQLite', engine: 'sqlite', processes: 1, phones: 300 },
	{
		part: 'two',
		name: 'two processes on PostgreSQL',
		engine: 'postgres',
		processes: 2,
		phones: 300
	},
	{ part: 'thousand', name: 'one process on SQLite', engine: 'sqlite', processes: 1, phones: 1000 }
] as const satisfies readonly {
	part: string;
	name: string;
	engine: BenchEngine;
	processes: number;
	phones: number;
}[];

const MAX_FAILURE_LINES = 20;

const cleanups = new Cleanups();

const questionEventSchema = z.object({
	index: z.number().int(),
	question: z.object({
		type: z.string(),
		choices: z.array(z.object({ id: z.string() })).optional()
	})
});
type QuestionEvent = z.infer<typeof questionEventSchema>;
const revealEventSchema = z.object({ index: z.number().int() });

/** An EventSource as a phone's browser keeps one: a long GET read as it arrives. */
class EventStream {
	private request: http.ClientRequest | null = null;

	constructor(
		private readonly url: string,
		private readonly cookie: string,
		private readonly onEvent: (kind: string, data: string) => void
	) {}

	open(): Promise<void> {
		return new Promise((resolve, reject) => {
			const request = http.get(
				`${this.url}/live/play/events`,
				{ agent: false, headers: { cookie: this.cookie, accept: 'text/event-stream' } },
				(response) => {
					if (response.statusCode !== 200) {
						reject(new Error(`events answered ${response.statusCode}`));
						return;
					}
					response.setEncoding('utf8');
					let buffer = '';
					response.on('data', (chunk: string) => {
						buffer += chunk;
						let end = buffer.indexOf('\n\n');
						while (end >= 0) {
							this.parse(buffer.slice(0, end));
							buffer = buffer.slice(end + 2);
							end = buffer.indexOf('\n\n');
						}
					});
					resolve();
				}
			);
			request.on('error', (error) => {
				if (this.request) reject(error);
			});
			this.request = request;
		});
	}

	private parse(block: string) {
		let kind = 'message';
		let data = '';
		for (const line of block.split('\n')) {
			if (line.startsWith('event: ')) kind = line.slice(7);
			else if (line.startsWith('data: ')) data += line.slice(6);
		}
		if (data) this.onEvent(kind, data);
	}

	close() {
		const request = this.request;
		this.request = null;
		request?.destroy();
	}
}

function percentile(values: readonly number[], share: number): number {
	if (values.length === 0) return NaN;
	const sorted = values.slice().sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN;
}

function residentKb(pid: number | undefined): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

/**
 * The app processes' resident memory together, read every 20 ms for `ms`: its lowest and highest.
 * A garbage collection between two single readings once made "per phone" negative; the highest
 * with the phones connected less the lowest before them bounds what they cost from above.
 */
async function sampleResidentKb(apps: readonly RunningApp[], ms: number) {
	let lowest = Infinity;
	let highest = 0;
	const until = performance.now() + ms;
	while (performance.now() < until) {
		const total = apps.reduce((sum, app) => sum + residentKb(app.process.pid), 0);
		lowest = Math.min(lowest, total);
		highest = Math.max(highest, total);
		await sleep(20);
	}
	return { lowest, highest };
}

/** CPU time (user + system) the process has used, in ms. */
function cpuMs(pid: number | undefined): number {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// utime and stime, fields 14 and 15 of stat(5), in clock ticks of 10 ms.
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>) {
	for (let at = 0; at < items.length; at += size) {
		await Promise.all(items.slice(at, at + size).map(work));
	}
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `what` is read when the wait fails, so that it tells the state then. */
async function waitFor(condition: () => boolean, timeoutMs: number, what: () => string) {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
		await sleep(5);
	}
}

interface SetupResult {
	push: number[];
	/** Answers slower than SLOW_ANSWER_MS, refused, or never answered: one line each. */
	failures: string[];
	/** POSTs sent again after no reply. */
	resent: number;
	answers: number[];
	acked: number;
	sent: number;
	memoryKbPerPhone: number;
	/** The app processes' CPU time during the game, per answer taken (pushes included). */
	cpuMsPerAnswer: number;
}

async function runSetup(setup: (typeof SETUPS)[number]): Promise<SetupResult | null> {
	const steps = new Cleanups();
	const apps: RunningApp[] = [];
	try {
		const database = await createBenchDatabase(setup.engine);
		if ('unreachable' in database) {
			console.log(`live: ${setup.name} skipped: PostgreSQL unreachable (${database.unreachable})`);
			return null;
		}
		steps.add(() => database.drop());
		for (let n = 0; n < setup.processes; n++) {
			// The first request loads the morphology tables: slow when other work shares the cores.
			const app = await startApp({ DATABASE_URL: database.url }, { startWithinMs: 60_000 });
			steps.add(() => app.stop());
			apps.push(app);
		}
		const urls = apps.map((app) => app.url);
		const transport = new Transport(30_000);
		steps.add(() => transport.close());
		const answerTransport = new Transport(ANSWER_REPLY_MS);
		steps.add(() => answerTransport.close());

		const teacher = new Visitor(transport, new AppTargets([urls[0] ?? '']));
		const signedUp = await teacher.post('/teacher/sign-up', {
			displayName: 'Anna Nowak',
			email: `anna-${Date.now()}@school.pl`,
			password: 'correct horse battery'
		});
		if (signedUp.status !== 303) throw new Error(`sign-up answered ${signedUp.status}`);
		const created = await teacher.post('/teacher/live/new?module=kursk', {
			count: String(QUESTIONS),
			secondsPerQuestion: '60',
			points: 'on',
			basePoints: '1000',
			speedBonus: '500',
			streakBonus: '100'
		});
		const sessionId = /\/teacher\/live\/(ls_[\w-]+)$/.exec(created.location)?.[1];
		if (!sessionId) throw new Error(`creating the game answered ${created.status}`);
		const projector = await teacher.get(`/teacher/live/${sessionId}/projector`);
		const code = /class="join-code[^"]*"[^>]*>\s*([A-Z0-9]{6})/.exec(projector.body)?.[1];
		if (!code) throw new Error('no join code on the projector page');

		const opened = new Map<number, number>();
		const push: number[] = [];
		const answerTimes: number[] = [];
		let sent = 0;
		let acked = 0;
		let resent = 0;
		const failures: string[] = [];
		const refusals: string[] = [];
		let scheduled = 0;
		let inFlight = 0;
		const received = new Map<number, number>();
		const revealed = new Map<number, number>();
		const phones = Array.from({ length: setup.phones }, (_, n) => ({
			n,
			visitor: new Visitor(transport, new AppTargets([urls[n % urls.length] ?? ''])),
			url: urls[n % urls.length] ?? '',
			stream: null as EventStream | null
		}));
		await inBatches(phones, 25, async (phone) => {
			const joined = await phone.visitor.post('/live', { code, nickname: `Uczeń ${phone.n}` });
			if (joined.status !== 303) throw new Error(`phone ${phone.n} join answered ${joined.status}`);
		});

		const answer = async (phone: (typeof phones)[number], event: QuestionEvent) => {
			const choices = event.question.choices;
			const value = choices ? (choices[phone.n % choices.length]?.id ?? 'a') : '11000';
			const body = new URLSearchParams({ index: String(event.index), answer: value }).toString();
			const cookie = `live_player=${phone.visitor.cookie('live_player') ?? ''}`;
			const started = performance.now();
			sent++;
			inFlight++;
			// As the phone page sends it: again when no reply comes (the server counts it once).
			let reply: Reply | null = null;
			let tries = 0;
			while (reply === null) {
				tries++;
				try {
					reply = await answerTransport.send(
						phone.url,
						'POST',
						'/live/play/answer',
						{
							accept: 'application/json',
							'content-type': 'application/x-www-form-urlencoded',
							origin: phone.url,
							cookie
						},
						body
					);
				} catch (error) {
					if (tries >= ANSWER_TRIES) {
						inFlight--;
						answerTimes.push(Infinity);
						failures.push(
							`phone ${phone.n}, question ${event.index + 1}: no reply after ${tries} tries, ${Math.round(performance.now() - started)} ms (${String(error)})`
						);
						return;
					}
					resent++;
				}
			}
			inFlight--;
			const took = performance.now() - started;
			answerTimes.push(took);
			const taken = reply.status === 200 && reply.body.includes('"ok":true');
			if (taken) acked++;
			else {
				refusals.push(`${reply.status} ${reply.body.slice(0, 120)}`);
				failures.push(
					`phone ${phone.n}, question ${event.index + 1}: refused after ${Math.round(took)} ms: ${reply.status} ${reply.body.slice(0, 120)}`
				);
			}
			if (taken && took > SLOW_ANSWER_MS) {
				failures.push(
					`phone ${phone.n}, question ${event.index + 1}: answered in ${Math.round(took)} ms (${tries} ${tries === 1 ? 'try' : 'tries'})`
				);
			}
		};

		const before = (await sampleResidentKb(apps, 1000)).lowest;
		await inBatches(phones, 50, async (phone) => {
			const cookie = `live_player=${phone.visitor.cookie('live_player') ?? ''}`;
			const stream = new EventStream(phone.url, cookie, (kind, data) => {
				if (kind === 'question') {
					const event = questionEventSchema.parse(JSON.parse(data));
					const sentAt = opened.get(event.index);
					if (sentAt !== undefined) push.push(performance.now() - sentAt);
					received.set(event.index, (received.get(event.index) ?? 0) + 1);
					scheduled++;
					setTimeout(() => void answer(phone, event), 100 + Math.random() * 1400);
				} else if (kind === 'reveal') {
					const { index } = revealEventSchema.parse(JSON.parse(data));
					revealed.set(index, (revealed.get(index) ?? 0) + 1);
				}
			});
			await stream.open();
			phone.stream = stream;
			steps.add(() => stream.close());
		});
		const after = (await sampleResidentKb(apps, 1000)).highest;

		const cpuBefore = apps.reduce((total, app) => total + cpuMs(app.process.pid), 0);
		for (let index = 0; index < QUESTIONS; index++) {
			opened.set(index, performance.now());
			const next = await teacher.postAnswer(`/teacher/live/${sessionId}?/next`, {});
			if (next.status !== 200) throw new Error(`next answered ${next.status}`);
			await waitFor(
				() => received.get(index) === setup.phones,
				15_000,
				() => `question ${index + 1}`
			);
			await waitFor(
				() => revealed.get(index) === setup.phones,
				30_000,
				() =>
					`the reveal of question ${index + 1} (${revealed.get(index) ?? 0} phones have it; answers ${acked}/${sent} acked, ${scheduled} scheduled, ${inFlight} in flight; refusals: ${refusals.slice(0, 5).join(' | ')})`
			);
			// The leaderboard; after the last question, the podium (below).
			if (index < QUESTIONS - 1) await teacher.postAnswer(`/teacher/live/${sessionId}?/next`, {});
		}
		const cpuDuring = apps.reduce((total, app) => total + cpuMs(app.process.pid), 0) - cpuBefore;
		// The podium, and every player's attempt stored in the assignment.
		const ended = await teacher.postAnswer(`/teacher/live/${sessionId}?/next`, {});
		if (ended.status !== 200) throw new Error(`ending the game answered ${ended.status}`);
		return {
			failures,
			resent,
			cpuMsPerAnswer: cpuDuring / Math.max(1, acked),
			push,
			answers: answerTimes,
			acked,
			sent,
			memoryKbPerPhone: (after - before) / setup.phones
		};
	} catch (error) {
		for (const app of apps) console.error(`${app.url} said:\n${app.output().slice(-3000)}`);
		throw error;
	} finally {
		await steps.run();
	}
}

async function main() {
	const { parts, build } = parseBenchArguments(SETUPS.map((setup) => setup.part));
	if (build) buildIfStale();
	process.once('SIGINT', () => void cleanups.run().then(() => process.exit(130)));
	const notes: string[] = [];
	for (const setup of SETUPS.filter((chosen) => parts.has(chosen.part))) {
		const result = await runSetup(setup);
		if (!result) continue;
		const pushP50 = percentile(result.push, 0.5);
		const pushP99 = percentile(result.push, 0.99);
		const answerP99 = percentile(result.answers, 0.99);
		console.log(
			`live: ${setup.name}, ${setup.phones} phones, push p50 ${Math.round(pushP50)} ms p99 ${Math.round(pushP99)} ms, answers ${result.acked}/${result.sent} acked p99 ${Math.round(answerP99)} ms, memory ${Math.round(result.memoryKbPerPhone)} kB per phone`
		);
		for (const failure of result.failures.slice(0, MAX_FAILURE_LINES)) {
			console.log(`live: ${setup.name}, FAILED answer: ${failure}`);
		}
		if (result.failures.length > MAX_FAILURE_LINES) {
			console.log(
				`live: ${setup.name}, FAILED answers: ${result.failures.length - MAX_FAILURE_LINES} more`
			);
		}
		const big = setup.phones >= 1000;
		const aims = big
			? [
					[result.acked === result.sent, 'every answer acknowledged'],
					[result.failures.length === 0, `no answer over ${SLOW_ANSWER_MS / 1000} s`],
					[pushP99 < 1000, 'push p99 < 1 s']
				]
			: [
					[pushP99 < 250, 'push p99 < 250 ms'],
					[result.acked === result.sent, 'every answer acknowledged'],
					[result.failures.length === 0, `no answer over ${SLOW_ANSWER_MS / 1000} s`],
					[answerP99 < 100, 'answer p99 < 100 ms'],
					[result.memoryKbPerPhone < 50, '< 50 kB per phone']
				];
		notes.push(
			`  ${setup.name}, ${setup.phones} phones (server CPU ${result.cpuMsPerAnswer.toFixed(2)} ms per answer, pushes included; ${result.resent} answers sent again; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores): ${aims
				.map(([met, aim]) => `${String(aim)} ${met ? 'met' : 'NOT met'}`)
				.join('; ')}`
		);
	}
	console.log('aims:');
	for (const note of notes) console.log(note);
}

main()
	.catch((error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
		process.exitCode = 1;
	})
	.finally(() => cleanups.run());
