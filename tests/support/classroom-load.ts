/**
 * A class under load, through HTTP only, as the crash test (tests/crash.test.ts) and
 * `npm run bench:classroom` drive it: a teacher signs up and assigns a module; N simulated
 * students join with the code, start, open their questions, save answers to each typed
 * question (as the quiz page's autosave does), and submit; at most C requests in flight, and
 * no new request after a time limit. Every acknowledged write is recorded (and every save sent,
 * acknowledged or not), so that `checkStoredClassroom` can prove from the database that none
 * was lost; latencies give the figures.
 *
 * Plain node:http with keep-alive rather than fetch: the driver shares the machine with the app
 * it measures, so it must cost as little as it can.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { openDatabase } from '$lib/server/db/database';
import type { Schema } from '$lib/server/db/schema';
import { startApp, type RunningApp } from './server';

// HTTP

export interface Reply {
	status: number;
	location: string;
	body: string;
}

/** Form fields; a key given several times (types=numeric&types=cloze) is a list of pairs. */
export type Fields = Record<string, string> | [string, string][];

/**
 * The app processes the load goes to, each request to the next in turn (round-robin), as a
 * load balancer without sticky sessions would: the app must keep all state in the database.
 */
export class AppTargets {
	private next = 0;

	constructor(private urls: readonly string[]) {
		if (urls.length === 0) throw new Error('no app to send the load to');
	}

	pick(): string {
		const url = this.urls[this.next++ % this.urls.length];
		if (url === undefined) throw new Error('no app to send the load to');
		return url;
	}

	/** Sends the following requests to these apps instead (after a restart, on new ports). */
	use(urls: readonly string[]): void {
		if (urls.length === 0) throw new Error('no app to send the load to');
		this.urls = urls;
		this.next = 0;
	}
}

/** The connections of one run, and how many requests are in flight on them. */
class Transport {
	readonly agent = new http.Agent({ keepAlive: true });
	inFlight = 0;
	/** Requests sent again after a reused connection was found closed (see send). */
	retries = 0;

	constructor(readonly timeoutMs: number) {}

	async send(
		base: string,
		method: 'GET' | 'POST',
		path: string,
		headers: Record<string, string>,
		body?: string
	): Promise<Reply & { setCookie: string[] }> {
		this.inFlight++;
		try {
			try {
				return await this.once(base, method, path, headers, body);
			} catch (error) {
				// The keep-alive race Node's documentation describes (request.reusedSocket): the server
				// closed an idle connection as this request went out on it, unread. Sent again once on a
				// new connection; a server that is gone refuses that one too.
				if (!(error instanceof ReusedConnectionReset)) throw error;
				this.retries++;
				return await this.once(base, method, path, headers, body);
			}
		} finally {
			this.inFlight--;
		}
	}

	private once(
		base: string,
		method: 'GET' | 'POST',
		path: string,
		headers: Record<string, string>,
		body?: string
	): Promise<Reply & { setCookie: string[] }> {
		return new Promise((resolve, reject) => {
			const request = http.request(
				base + path,
				{
					method,
					agent: this.agent,
					timeout: this.timeoutMs,
					headers:
						body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) }
				},
				(response) => {
					const chunks: Buffer[] = [];
					response.on('data', (chunk: Buffer) => chunks.push(chunk));
					response.on('error', reject);
					response.on('end', () =>
						resolve({
							status: response.statusCode ?? 0,
							location: String(response.headers.location ?? ''),
							body: Buffer.concat(chunks).toString('utf8'),
							setCookie: response.headers['set-cookie'] ?? []
						})
					);
				}
			);
			request.on('timeout', () =>
				request.destroy(new Error(`no answer within ${this.timeoutMs} ms`))
			);
			request.on('error', (error: NodeJS.ErrnoException) =>
				reject(
					request.reusedSocket && error.code === 'ECONNRESET'
						? new ReusedConnectionReset(error.message)
						: error
				)
			);
			request.end(body);
		});
	}

	close(): void {
		this.agent.destroy();
	}
}

class ReusedConnectionReset extends Error {}

/**
 * One browser with JavaScript: a cookie jar, forms posted urlencoded with the Origin of the app it
 * posts to (SvelteKit refuses a POST from another origin).
 */
export class Visitor {
	private readonly cookies = new Map<string, string>();

	constructor(
		protected readonly transport: Transport,
		protected readonly targets: AppTargets
	) {}

	cookie(name: string): string | undefined {
		return this.cookies.get(name);
	}

	private async send(
		method: 'GET' | 'POST',
		path: string,
		headers: Record<string, string>,
		body?: string
	): Promise<Reply> {
		const base = this.targets.pick();
		const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
		const reply = await this.transport.send(
			base,
			method,
			path,
			{ ...headers, ...(cookie ? { cookie } : {}), ...(method === 'POST' ? { origin: base } : {}) },
			body
		);
		for (const header of reply.setCookie) {
			const [pair = ''] = header.split(';');
			const at = pair.indexOf('=');
			this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
		}
		return { status: reply.status, location: reply.location, body: reply.body };
	}

	get(path: string): Promise<Reply> {
		return this.send('GET', path, { accept: 'text/html' });
	}

	/** A form posted as the browser posts it without JavaScript: the answer is a page or a 303. */
	post(path: string, fields: Fields): Promise<Reply> {
		return this.send(
			'POST',
			path,
			{ accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			new URLSearchParams(fields).toString()
		);
	}

	/**
	 * A form posted as `use:enhance` and the quiz page's autosave post it: the answer is JSON,
	 * `{"type":"success",…}` only when the action ran to its end.
	 */
	/** As the question page's autosave posts to its endpoint: urlencoded fields, JSON back. */
	postAnswer(path: string, fields: Fields): Promise<Reply> {
		return this.send(
			'POST',
			path,
			{ accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
			new URLSearchParams(fields).toString()
		);
	}
}

// The teacher

export interface ClassAssignmentOptions {
	/** Questions per quiz. */
	count: number;
	/** Allowed question types; all when absent. */
	types?: readonly string[];
	seedMode?: 'shared' | 'per-student';
}

/** Only these take a free text `answer` field, so a load that types answers restricts to them. */
export const TYPED_QUESTION_TYPES = ['numeric', 'cloze', 'short-answer'] as const;

export interface OpenedClass {
	teacher: Visitor;
	assignmentId: string;
	code: string;
	/** Closes the teacher's connections. */
	close(): void;
}

/** A new teacher signs up and assigns the Kursk module; returns the assignment and its code. */
export async function openClass(
	url: string,
	options: ClassAssignmentOptions
): Promise<OpenedClass> {
	const transport = new Transport(30_000);
	try {
		return await assign(new Visitor(transport, new AppTargets([url])), options, () =>
			transport.close()
		);
	} catch (error) {
		transport.close();
		throw error;
	}
}

async function assign(
	teacher: Visitor,
	options: ClassAssignmentOptions,
	close: () => void
): Promise<OpenedClass> {
	const signedUp = await teacher.post('/teacher/sign-up', {
		displayName: 'Anna Nowak',
		email: `anna-${randomBytes(4).toString('hex')}@school.pl`,
		password: 'correct horse battery'
	});
	if (signedUp.status !== 303) throw new Error(`teacher sign-up answered ${signedUp.status}`);
	const fields: [string, string][] = [
		['title', 'Kursk 3b'],
		['count', String(options.count)],
		['maxAttempts', '1'],
		['feedback', 'after-submit'],
		['seedMode', options.seedMode ?? 'per-student'],
		...(options.types ?? []).map((type): [string, string] => ['types', type])
	];
	const created = await teacher.post('/teacher/assignments/new?module=kursk', fields);
	const assignmentId = /\/teacher\/assignments\/(as_[\w-]+)$/.exec(created.location)?.[1];
	if (created.status !== 303 || !assignmentId) {
		throw new Error(`creating the assignment answered ${created.status} ${created.location}`);
	}
	const page = await teacher.get(`/teacher/assignments/${assignmentId}`);
	const code = /class="join-code"[^>]*>\s*([A-Z0-9]{6})\s*</.exec(page.body)?.[1];
	if (!code) throw new Error('no join code on the assignment page');
	return { teacher, assignmentId, code, close };
}

// What the load records

export type Operation = 'join' | 'start' | 'view' | 'save' | 'submit';
export const OPERATIONS: readonly Operation[] = ['join', 'start', 'view', 'save', 'submit'];

/** A save the app was sent; `sequence` counts the saves of that question by that student. */
export interface SentSave {
	student: number;
	attemptId: string;
	/** The question's number in the attempt, 1-based; its id is in the stored attempt. */
	question: number;
	sequence: number;
	answer: string;
}

export interface LoadRecord {
	/** The learner id of each student whose join was acknowledged (303 to /class). */
	joins: Map<number, string>;
	/** Attempts whose start was acknowledged (303 to the attempt). */
	starts: Map<number, string>;
	sent: SentSave[];
	/** Saves acknowledged: HTTP 200 with `{"type":"success"}`. */
	saves: SentSave[];
	/** Attempts whose submit was acknowledged (303 to the results). */
	submits: Set<string>;
	timings: Map<Operation, { started: number; took: number }[]>;
	failures: { operation: Operation; student: number; reason: string }[];
}

export interface OperationStats {
	count: number;
	failed: number;
	/** Acknowledged operations per second of the time from the first start to the last end. */
	perSecond: number;
	p50: number;
	p99: number;
	max: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

export function statsOf(record: LoadRecord, operation: Operation): OperationStats {
	const timings = record.timings.get(operation) ?? [];
	const took = timings.map((timing) => timing.took).sort((a, b) => a - b);
	const first = Math.min(...timings.map((timing) => timing.started));
	const last = Math.max(...timings.map((timing) => timing.started + timing.took));
	const seconds = timings.length > 0 ? (last - first) / 1000 : 0;
	return {
		count: timings.length,
		failed: record.failures.filter((failure) => failure.operation === operation).length,
		perSecond: seconds > 0 ? timings.length / seconds : 0,
		p50: percentile(took, 0.5),
		p99: percentile(took, 0.99),
		max: took[took.length - 1] ?? 0
	};
}

// Students

const ANSWERS = [
	'11000',
	'ok. 11 tys. żołnierzy',
	'jedenaście tysięcy',
	'Korea Północna',
	'1000',
	'Rosja',
	'dwóch',
	'nie wiem'
];

/**
 * Whether an action's JSON answer is `{ saved: true }`: a success that saved nothing (a checked
 * answer is final) is `{ saved: false }`. The data is devalue's flat array, `[{"saved":1},true]`.
 */
function savedIn(body: string): boolean {
	try {
		return (JSON.parse(body) as { saved?: unknown }).saved === true;
	} catch {
		return false;
	}
}

/** Why a step of a student's flow was not acknowledged; the flow stops there. */
class Refused extends Error {}

export class SimulatedStudent extends Visitor {
	attemptId: string | null = null;
	/** Numbers of the questions answered by typing. */
	typed: number[] = [];
	submitted = false;
	private readonly sequences = new Map<number, number>();

	constructor(
		readonly index: number,
		transport: Transport,
		targets: AppTargets,
		private readonly record: LoadRecord
	) {
		super(transport, targets);
	}

	get name(): string {
		return `Uczeń ${String(this.index + 1).padStart(3, '0')}`;
	}

	/** Runs one step, timing it when acknowledged and recording why when not. */
	private async step<T>(operation: Operation, run: () => Promise<T>): Promise<T> {
		const started = performance.now();
		try {
			const value = await run();
			const took = performance.now() - started;
			const timings = this.record.timings.get(operation) ?? [];
			timings.push({ started, took });
			this.record.timings.set(operation, timings);
			return value;
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			this.record.failures.push({ operation, student: this.index, reason });
			throw error instanceof Refused ? error : new Refused(`${operation}: ${reason}`);
		}
	}

	join(code: string): Promise<void> {
		return this.step('join', async () => {
			const reply = await this.post('/join', { code, name: this.name });
			const learner = this.cookie('learner');
			if (reply.status !== 303 || reply.location !== '/class' || !learner) {
				throw new Refused(`join answered ${reply.status} ${reply.location}`);
			}
			this.record.joins.set(this.index, learner);
		});
	}

	/** Starts the attempt, or continues the open one (what a second click on Start does). */
	start(): Promise<void> {
		return this.step('start', async () => {
			const reply = await this.post('/class?/start', {});
			const attemptId = /^\/quiz\/(a_[\w-]+)(\/1)?$/.exec(reply.location)?.[1];
			if (reply.status !== 303 || !attemptId) {
				throw new Refused(`start answered ${reply.status} ${reply.location}`);
			}
			this.attemptId = attemptId;
			this.record.starts.set(this.index, attemptId);
		});
	}

	/** Opens question n, as the student reads it; says whether it is answered by typing. */
	view(n: number): Promise<boolean> {
		return this.step('view', async () => {
			const reply = await this.get(`/quiz/${this.attempt}/${n}`);
			if (reply.status !== 200) throw new Refused(`question ${n} answered ${reply.status}`);
			return /name="answer" type="text"/.test(reply.body);
		});
	}

	/** The answer the student types into question n on its `sequence`-th save. */
	answerFor(n: number, sequence: number, final: boolean): string {
		const base = ANSWERS[(this.index * 7 + n) % ANSWERS.length] ?? '11000';
		// Drafts differ from each other and from the final answer, so a stored draft that should
		// have been overwritten by an acknowledged later save shows.
		return final ? base : `${base} (${sequence})`;
	}

	/** Saves an answer to question n as the autosave does; acknowledged means stored. */
	save(n: number, answer?: string, final = false): Promise<void> {
		const attemptId = this.attempt;
		const sequence = (this.sequences.get(n) ?? 0) + 1;
		this.sequences.set(n, sequence);
		const sent: SentSave = {
			student: this.index,
			attemptId,
			question: n,
			sequence,
			answer: answer ?? this.answerFor(n, sequence, final)
		};
		this.record.sent.push(sent);
		return this.step('save', async () => {
			const reply = await this.postAnswer(`/quiz/${attemptId}/${n}/answer`, {
				answer: sent.answer
			});
			if (reply.status !== 200 || !savedIn(reply.body)) {
				throw new Refused(`save answered ${reply.status} ${reply.body.slice(0, 120)}`);
			}
			this.record.saves.push(sent);
		});
	}

	submit(): Promise<void> {
		return this.step('submit', async () => {
			const attemptId = this.attempt;
			const reply = await this.post(`/quiz/${attemptId}/summary?/submit`, {});
			if (reply.status !== 303 || reply.location !== `/quiz/${attemptId}/results`) {
				throw new Refused(`submit answered ${reply.status} ${reply.location}`);
			}
			this.submitted = true;
			this.record.submits.add(attemptId);
		});
	}

	private get attempt(): string {
		if (!this.attemptId) throw new Refused('no attempt started');
		return this.attemptId;
	}
}

// The load

export interface LoadOptions {
	/** The app processes; requests go to them in turn. */
	urls: readonly string[];
	code: string;
	students: number;
	/** Questions per quiz (the assignment's count). */
	questions: number;
	/** Students with a request in flight at once. */
	concurrency: number;
	/** Saves of each typed question: drafts while typing, then the final answer. */
	savesPerQuestion: number;
	/**
	 * 'phased': every student joins and opens the questions, then all save, then all submit, so
	 * each operation's rate is measured on its own. 'pipelined': each student goes through the
	 * whole flow, so at any moment some join, some save and some submit (for the crash test).
	 */
	schedule: 'phased' | 'pipelined';
	/** Open each question page first, and answer only those that take typed answers. */
	viewQuestions?: boolean;
	/** No request is started after this long. */
	timeLimitMs: number;
	requestTimeoutMs?: number;
	/** Called after each acknowledged save (the crash test kills the app from here). */
	onSave?: (saves: number) => void;
	/** Called as each phase of a phased load begins, and with 'done' at the end. */
	onPhase?: (phase: Phase) => void;
}

export type Phase = 'enter' | 'answer' | 'submit' | 'done';

export interface LoadResult {
	elapsedMs: number;
	/** Stopped by the signal or the time limit before every student was through. */
	stoppedEarly: boolean;
	stats: Record<Operation, OperationStats>;
}

export class ClassroomLoad {
	readonly record: LoadRecord = {
		joins: new Map(),
		starts: new Map(),
		sent: [],
		saves: [],
		submits: new Set(),
		timings: new Map(),
		failures: []
	};
	readonly students: SimulatedStudent[];
	readonly targets: AppTargets;
	private readonly transport: Transport;
	/** Students whose flow stopped at a step that was not acknowledged. */
	private readonly stopped = new Set<SimulatedStudent>();

	constructor(readonly options: LoadOptions) {
		this.transport = new Transport(options.requestTimeoutMs ?? 10_000);
		this.targets = new AppTargets(options.urls);
		this.students = Array.from(
			{ length: options.students },
			(_, index) => new SimulatedStudent(index, this.transport, this.targets, this.record)
		);
	}

	/** Requests sent and not yet answered. */
	get inFlight(): number {
		return this.transport.inFlight;
	}

	/** Requests sent again because the server had closed the idle connection they went out on. */
	get retries(): number {
		return this.transport.retries;
	}

	async run(signal?: AbortSignal): Promise<LoadResult> {
		const started = performance.now();
		const deadline = started + this.options.timeLimitMs;
		const going = () => !signal?.aborted && performance.now() < deadline;
		let complete = true;
		const each = async (work: (student: SimulatedStudent) => Promise<void>) => {
			const queue = this.students.filter((student) => !this.stopped.has(student));
			const worker = async () => {
				for (let student = queue.shift(); student; student = queue.shift()) {
					if (!going()) {
						complete = false;
						return;
					}
					try {
						await work(student);
					} catch (error) {
						if (!(error instanceof Refused)) throw error;
						this.stopped.add(student);
						complete = false;
					}
				}
			};
			await Promise.all(Array.from({ length: this.options.concurrency }, worker));
		};
		const check = () => {
			if (!going()) throw new Refused('stopped');
		};
		const enter = async (student: SimulatedStudent) => {
			check();
			await student.join(this.options.code);
			check();
			await student.start();
			student.typed = [];
			for (let n = 1; n <= this.options.questions; n++) {
				if (!this.options.viewQuestions) student.typed.push(n);
				else {
					check();
					if (await student.view(n)) student.typed.push(n);
				}
			}
		};
		const answer = async (student: SimulatedStudent) => {
			const rounds = this.options.savesPerQuestion;
			for (let round = 1; round <= rounds; round++) {
				for (const n of student.typed) {
					check();
					await student.save(n, undefined, round === rounds);
					this.options.onSave?.(this.record.saves.length);
				}
			}
		};
		const submit = async (student: SimulatedStudent) => {
			check();
			await student.submit();
		};
		if (this.options.schedule === 'phased') {
			this.options.onPhase?.('enter');
			await each(enter);
			this.options.onPhase?.('answer');
			await each(answer);
			this.options.onPhase?.('submit');
			await each(submit);
			this.options.onPhase?.('done');
		} else {
			await each(async (student) => {
				await enter(student);
				await answer(student);
				await submit(student);
			});
		}
		return {
			elapsedMs: performance.now() - started,
			stoppedEarly: !complete,
			stats: Object.fromEntries(
				OPERATIONS.map((operation) => [operation, statsOf(this.record, operation)])
			) as Record<Operation, OperationStats>
		};
	}

	/**
	 * Takes every student to a submitted attempt from wherever they were (after a restart): joins
	 * or starts if that was never acknowledged, saves one more answer to an open attempt, and
	 * submits. Returns what did not go through, per student.
	 */
	async finish(): Promise<{ student: number; reason: string }[]> {
		const problems: { student: number; reason: string }[] = [];
		await Promise.all(
			this.students.map(async (student) => {
				try {
					if (!this.record.joins.has(student.index)) await student.join(this.options.code);
					if (!student.attemptId) await student.start();
					const attemptId = student.attemptId ?? '';
					// A submit in flight at the crash may have been stored though never acknowledged:
					// then the attempt opens on its results, as it would after a reload.
					const opened = await student.get(`/quiz/${attemptId}`);
					if (opened.location === `/quiz/${attemptId}/results`) {
						const results = await student.get(opened.location);
						if (results.status !== 200) throw new Refused(`results answered ${results.status}`);
						student.submitted = true;
						return;
					}
					await student.save(student.typed[0] ?? 1);
					await student.submit();
				} catch (error) {
					problems.push({
						student: student.index,
						reason: error instanceof Error ? error.message : String(error)
					});
				}
			})
		);
		return problems;
	}

	close(): void {
		this.transport.close();
	}
}

// The check

export interface StoredCheck {
	acknowledged: { joins: number; starts: number; saves: number; submits: number };
	/** Acknowledged writes that the database does not hold as acknowledged. */
	lost: { joins: number; starts: number; saves: number; submits: number };
	/** The first few losses and corruptions, described. */
	problems: string[];
	corrupt: number;
	stored: { participants: number; attempts: number; submitted: number; answers: number };
}

/**
 * Reads the assignment back from the database and holds it against what the app acknowledged:
 * every acknowledged join, start and submit is there; every acknowledged save is stored with
 * its answer, or with one the same student sent later for the same question; the revision counts
 * at least the acknowledged saves. Nothing is corrupt: every attempt's JSON reads, every answer
 * belongs to an attempt, submitted attempts are scored in full.
 */
export async function checkStoredClassroom(
	db: Kysely<Schema>,
	assignmentId: string,
	record: LoadRecord
): Promise<StoredCheck> {
	const problems: string[] = [];
	const lost = { joins: 0, starts: 0, saves: 0, submits: 0 };
	let corrupt = 0;
	const problem = (text: string) => {
		if (problems.length < 10) problems.push(text);
	};

	const participants = await db
		.selectFrom('participants')
		.select('learner_id')
		.where('assignment_id', '=', assignmentId)
		.execute();
	const seated = new Set(participants.map((row) => row.learner_id));
	for (const [student, learnerId] of record.joins) {
		if (!seated.has(learnerId)) {
			lost.joins++;
			problem(`student ${student}: acknowledged join of ${learnerId} not stored`);
		}
	}

	const attemptRows = await db
		.selectFrom('attempts')
		.selectAll()
		.where('assignment_id', '=', assignmentId)
		.execute();
	const questionIds = new Map<string, string[]>();
	const attempts = new Map(attemptRows.map((row) => [row.id, row]));
	const scored = await db
		.selectFrom('answers')
		.innerJoin('attempts', 'attempts.id', 'answers.attempt_id')
		.select(['answers.attempt_id', (eb) => eb.fn.countAll<string | number>().as('count')])
		.where('attempts.assignment_id', '=', assignmentId)
		.where('answers.credit', 'is not', null)
		.groupBy('answers.attempt_id')
		.execute();
	const scoredCount = new Map(scored.map((row) => [row.attempt_id, Number(row.count)]));
	for (const row of attemptRows) {
		try {
			JSON.parse(row.options);
			const questions = JSON.parse(row.questions) as { id: string }[];
			if (!Array.isArray(questions) || questions.some((question) => !question?.id)) {
				throw new Error('questions is not a list of questions');
			}
			questionIds.set(
				row.id,
				questions.map((question) => question.id)
			);
			if (row.status !== 'open' && row.status !== 'submitted') {
				throw new Error(`status ${String(row.status)}`);
			}
			if (row.status === 'submitted') {
				if (row.credit === null || row.max_credit === null || row.submitted_at === null) {
					throw new Error('submitted without credit, max_credit or submitted_at');
				}
				if (Number(row.max_credit) !== questions.length) {
					throw new Error(`max_credit ${row.max_credit} for ${questions.length} questions`);
				}
				if (scoredCount.get(row.id) !== questions.length) {
					throw new Error(`${scoredCount.get(row.id) ?? 0} of ${questions.length} answers scored`);
				}
			}
		} catch (error) {
			corrupt++;
			problem(`attempt ${row.id} corrupt: ${error instanceof Error ? error.message : error}`);
		}
	}
	for (const [student, attemptId] of record.starts) {
		const row = attempts.get(attemptId);
		if (!row || row.learner_id !== record.joins.get(student)) {
			lost.starts++;
			problem(`student ${student}: acknowledged attempt ${attemptId} not stored as theirs`);
		}
	}
	for (const attemptId of record.submits) {
		if (attempts.get(attemptId)?.status !== 'submitted') {
			lost.submits++;
			problem(`acknowledged submit of ${attemptId} not stored`);
		}
	}

	const orphans = await db
		.selectFrom('answers')
		.leftJoin('attempts', 'attempts.id', 'answers.attempt_id')
		.select((eb) => eb.fn.countAll<string | number>().as('count'))
		.where('attempts.id', 'is', null)
		.executeTakeFirstOrThrow();
	if (Number(orphans.count) > 0) {
		corrupt += Number(orphans.count);
		problem(`${orphans.count} answers belong to no attempt`);
	}

	const answerRows = await db
		.selectFrom('answers')
		.innerJoin('attempts', 'attempts.id', 'answers.attempt_id')
		.select(['answers.attempt_id', 'answers.question_id', 'answers.response', 'answers.revision'])
		.where('attempts.assignment_id', '=', assignmentId)
		.execute();
	const stored = new Map<string, { response: unknown; revision: number }>();
	for (const row of answerRows) {
		try {
			stored.set(`${row.attempt_id} ${row.question_id}`, {
				response: JSON.parse(row.response),
				revision: Number(row.revision)
			});
		} catch {
			corrupt++;
			problem(`answer ${row.attempt_id} ${row.question_id}: response is not JSON`);
		}
	}

	// What each student sent per question, and the latest save of it acknowledged.
	const sentBy = new Map<string, SentSave[]>();
	for (const save of record.sent) {
		const key = `${save.attemptId} ${save.question}`;
		sentBy.set(key, [...(sentBy.get(key) ?? []), save]);
	}
	const acknowledged = new Map<string, { latest: SentSave; count: number }>();
	for (const save of record.saves) {
		const key = `${save.attemptId} ${save.question}`;
		const known = acknowledged.get(key);
		acknowledged.set(key, {
			latest: !known || save.sequence > known.latest.sequence ? save : known.latest,
			count: (known?.count ?? 0) + 1
		});
	}
	for (const [key, { latest, count }] of acknowledged) {
		const questionId = questionIds.get(latest.attemptId)?.[latest.question - 1];
		const row = questionId && stored.get(`${latest.attemptId} ${questionId}`);
		const allowed = (sentBy.get(key) ?? [])
			.filter((save) => save.sequence >= latest.sequence)
			.map((save) => save.answer);
		if (!row || typeof row.response !== 'string' || !allowed.includes(row.response)) {
			lost.saves += count;
			problem(
				`${latest.attemptId} question ${latest.question}: acknowledged "${latest.answer}", stored ${
					row ? JSON.stringify(row.response) : 'nothing'
				}`
			);
		} else if (row.revision < count) {
			lost.saves += count - row.revision;
			problem(`${key}: ${count} saves acknowledged, revision ${row.revision}`);
		}
	}

	return {
		acknowledged: {
			joins: record.joins.size,
			starts: record.starts.size,
			saves: record.saves.length,
			submits: record.submits.size
		},
		lost,
		problems,
		corrupt,
		stored: {
			participants: participants.length,
			attempts: attemptRows.length,
			submitted: attemptRows.filter((row) => row.status === 'submitted').length,
			answers: answerRows.length
		}
	};
}

// The crash

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
