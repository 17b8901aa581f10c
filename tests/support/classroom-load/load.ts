/**
 * A class under load (this folder: http, teacher, student, record, load, check, crash), through HTTP only, as the crash test (tests/crash.test.ts) and
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
import { AppTargets, Transport } from './http';
import {
	type LoadRecord,
	OPERATIONS,
	type Operation,
	type OperationStats,
	statsOf
} from './record';
import { Refused, SimulatedStudent } from './student';

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
