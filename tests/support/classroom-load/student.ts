import { AppTargets, Transport, Visitor } from './http';
import { type LoadRecord, type Operation, type SentSave } from './record';

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
export class Refused extends Error {}

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
