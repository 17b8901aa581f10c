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
 * each POST's round trip; memory: the app processes' resident memory with every phone connected,
 * less before they connected, per phone. Setups: 300 phones on one process (SQLite), the same
 * split across two processes sharing PostgreSQL (each phone talks to one of them; the teacher to
 * the first), and 1,000 phones on one process (SQLite). Aims (2 cores): push p99 < 250 ms, every
 * answer acknowledged, answer p99 < 100 ms, < 50 kB per phone; 1,000 phones: every answer
 * acknowledged, push p99 < 1 s.
 *
 *   npm run bench:live               all setups, building the app first if stale
 *   npm run bench:live -- --no-build build/ as it is
 *   npm run bench:live -- two        some setups only (one, two, thousand)
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { z } from 'zod';
import { AppTargets, Transport, Visitor } from '../tests/support/classroom-load/http';
import { startApp, type RunningApp } from '../tests/support/server';
import { createBenchDatabase, type BenchEngine } from './classroom-databases';
import { buildIfStale, Cleanups, parseBenchArguments } from './harness';

const QUESTIONS = 10;
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

async function waitFor(condition: () => boolean, timeoutMs: number, what: string) {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(5);
	}
}

interface SetupResult {
	push: number[];
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
			const app = await startApp({ DATABASE_URL: database.url });
			steps.add(() => app.stop());
			apps.push(app);
		}
		const urls = apps.map((app) => app.url);
		const transport = new Transport(30_000);
		steps.add(() => transport.close());

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
			const started = performance.now();
			sent++;
			inFlight++;
			const reply = await phone.visitor.postAnswer('/live/play/answer', {
				index: String(event.index),
				answer: value
			});
			inFlight--;
			answerTimes.push(performance.now() - started);
			if (reply.status === 200 && reply.body.includes('"ok":true')) acked++;
			else refusals.push(`${reply.status} ${reply.body.slice(0, 120)}`);
		};

		const before = apps.reduce((total, app) => total + residentKb(app.process.pid), 0);
		await inBatches(phones, 50, async (phone) => {
			const cookie = `live_player=${phone.visitor.cookie('live_player') ?? ''}`;
			const stream = new EventStream(phone.url, cookie, (kind, data) => {
				if (kind === 'question') {
					const event = questionEventSchema.parse(JSON.parse(data));
					const sentAt = opened.get(event.index);
					if (sentAt !== undefined) push.push(performance.now() - sentAt);
					received.set(event.index, (received.get(event.index) ?? 0) + 1);
					scheduled++;
					setTimeout(
						() => void answer(phone, event).catch(() => answerTimes.push(Infinity)),
						100 + Math.random() * 1400
					);
				} else if (kind === 'reveal') {
					const { index } = revealEventSchema.parse(JSON.parse(data));
					revealed.set(index, (revealed.get(index) ?? 0) + 1);
				}
			});
			await stream.open();
			phone.stream = stream;
			steps.add(() => stream.close());
		});
		await sleep(1000);
		const after = apps.reduce((total, app) => total + residentKb(app.process.pid), 0);

		const cpuBefore = apps.reduce((total, app) => total + cpuMs(app.process.pid), 0);
		for (let index = 0; index < QUESTIONS; index++) {
			opened.set(index, performance.now());
			const next = await teacher.postAnswer(`/teacher/live/${sessionId}?/next`, {});
			if (next.status !== 200) throw new Error(`next answered ${next.status}`);
			await waitFor(() => received.get(index) === setup.phones, 15_000, `question ${index + 1}`);
			await waitFor(
				() => revealed.get(index) === setup.phones,
				30_000,
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
		const big = setup.phones >= 1000;
		const aims = big
			? [
					[result.acked === result.sent, 'every answer acknowledged'],
					[pushP99 < 1000, 'push p99 < 1 s']
				]
			: [
					[pushP99 < 250, 'push p99 < 250 ms'],
					[result.acked === result.sent, 'every answer acknowledged'],
					[answerP99 < 100, 'answer p99 < 100 ms'],
					[result.memoryKbPerPhone < 50, '< 50 kB per phone']
				];
		notes.push(
			`  ${setup.name}, ${setup.phones} phones (server CPU ${result.cpuMsPerAnswer.toFixed(2)} ms per answer, pushes included; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores): ${aims
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
