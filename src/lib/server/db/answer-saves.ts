import {
	PostgresAdapter,
	sql,
	type Expression,
	type ExpressionBuilder,
	type Kysely,
	type OnConflictBuilder,
	type QueryCreator
} from 'kysely';
import type { Response } from '$lib/quiz/question';
import type { ScoreResult } from '$lib/quiz/score/result';
import { attemptErrorFor, toAnswer, type Answer } from './attempts';
import { toTimestamp } from './codec';
import { compiledOnce } from './compiled';
import type { AnswersTable, Schema } from './schema';

/**
 * Saving learners' answers, the hot path of a class at work: saves that arrive together are
 * written together (one transaction on SQLite, one statement on PostgreSQL).
 */

/**
 * Saves (or replaces) the response to one question of an open attempt; each save of the same
 * question bumps its revision. Throws `AttemptError` 'not-found', 'submitted', 'expired' or
 * 'checked'.
 */
export async function saveAnswer(
	db: Kysely<Schema>,
	input: {
		attemptId: string;
		questionId: string;
		response: Response | null;
		/** Checks the answer: it is scored now and final (immediate feedback). */
		check?: ScoreResult;
	}
): Promise<Answer> {
	const now = toTimestamp();
	const row = await saveAnswerInBatch(db, input, now);
	if (!row) throw await attemptErrorFor(db, input.attemptId, now);
	return toAnswer(row);
}

type AnswerInput = Parameters<typeof saveAnswer>[1];

function answerValues(input: AnswerInput, now: string): AnswerValues {
	return {
		attemptId: input.attemptId,
		questionId: input.questionId,
		response: JSON.stringify(input.response),
		now,
		credit: input.check ? input.check.credit : null,
		result: input.check ? JSON.stringify(input.check) : null,
		checkedAt: input.check ? now : null
	};
}

/** The attempt is open: not submitted, and its time (if it has a limit) not up at `now`. */
function openAt(now: string | Expression<string>) {
	return (eb: ExpressionBuilder<Schema, 'attempts'>) =>
		eb.and([
			eb('status', '=', 'open'),
			eb.or([eb('deadline_at', 'is', null), eb('deadline_at', '>', now)])
		]);
}

/** Replaces an earlier answer to the question, unless that one was checked: it is final. */
function replacingUnchecked<Builder extends OnConflictBuilder<Schema, 'answers'>>(
	conflict: Builder
) {
	return conflict
		.columns(['attempt_id', 'question_id'])
		.doUpdateSet((eb) => ({
			response: eb.ref('excluded.response'),
			saved_at: eb.ref('excluded.saved_at'),
			revision: eb('answers.revision', '+', 1),
			credit: eb.ref('excluded.credit'),
			result: eb.ref('excluded.result'),
			checked_at: eb.ref('excluded.checked_at')
		}))
		.where('answers.checked_at', 'is', null);
}

/** A save waiting for the next batch, and how to tell its caller the outcome. */
interface PendingSave {
	input: AnswerInput;
	now: string;
	resolve: (row: AnswersTable | undefined) => void;
	reject: (error: unknown) => void;
}

const pendingSaves = new WeakMap<Kysely<Schema>, PendingSave[]>();

/**
 * The saves that arrive in the same turn of the event loop (a class autosaving at once) are
 * written together, and each is answered only once they have committed: on SQLite in one
 * transaction, which costs about as much to begin and commit as the two statements of a save;
 * on PostgreSQL in one statement, one round trip and one commit for them all. A failing batch
 * fails every save in it, so none of them is acknowledged and none is stored; each is then
 * written again on its own. Undefined when the attempt is not open.
 */
function saveAnswerInBatch(db: Kysely<Schema>, input: AnswerInput, now: string) {
	return new Promise<AnswersTable | undefined>((resolve, reject) => {
		let queue = pendingSaves.get(db);
		if (!queue) {
			queue = [];
			pendingSaves.set(db, queue);
			setImmediate(() => void writeSaves(db));
		}
		queue.push({ input, now, resolve, reject });
	});
}

/**
 * Writes saves and returns, in their order, each answer as stored, or undefined when nothing was
 * written (the attempt is not open, or the answer was checked and is final).
 */
type SavesWriter = (
	db: Kysely<Schema>,
	saves: PendingSave[]
) => Promise<(AnswersTable | undefined)[]>;

const writeSqliteSaves: SavesWriter = (db, saves) =>
	db.transaction().execute(async (trx) => {
		const written: (AnswersTable | undefined)[] = [];
		for (const { input, now } of saves) written.push(await writeSave(trx, input, now));
		return written;
	});

const writePostgresSaves: SavesWriter = async (db, saves) => {
	const written = new Map<PendingSave, AnswersTable | undefined>();
	// One statement cannot write the same answer twice: a second save of a question goes in
	// the next statement, so the later save is the one that stays.
	for (const round of distinctRounds(saves)) {
		const rows = (await saveAnswersStatement(db, batchValues(round))).rows;
		const byAnswer = new Map(rows.map((row) => [answerKey(row.attempt_id, row.question_id), row]));
		for (const save of round) {
			written.set(save, byAnswer.get(answerKey(save.input.attemptId, save.input.questionId)));
		}
	}
	return saves.map((save) => written.get(save));
};

async function writeSaves(db: Kysely<Schema>) {
	const batch = pendingSaves.get(db) ?? [];
	pendingSaves.delete(db);
	const write =
		db.getExecutor().adapter instanceof PostgresAdapter ? writePostgresSaves : writeSqliteSaves;
	try {
		const rows = await write(db, batch);
		batch.forEach((save, index) => save.resolve(rows[index]));
	} catch (error) {
		if (batch.length === 1) {
			batch[0]?.reject(error);
			return;
		}
		// One failing save must not fail the others with it: each is written again on its own.
		for (const save of batch) {
			try {
				save.resolve((await write(db, [save]))[0]);
			} catch (alone) {
				save.reject(alone);
			}
		}
	}
}

/**
 * Writing the attempt row first takes the database's write lock, as submitAttempt does: a
 * concurrent submit then either sees and scores this answer or makes this save fail, never
 * neither. A checked answer is final: it leaves only the attempt's revision bumped.
 */
async function writeSave(trx: Kysely<Schema>, input: AnswerInput, now: string) {
	const open = await openAttemptStatement(trx, { attemptId: input.attemptId, now });
	if (open.numAffectedRows === 0n) return undefined;
	return (await writeAnswerStatement(trx, answerValues(input, now))).rows[0];
}

/** SQLite: bumps the attempt's revision if it is open, taking the database's write lock. */
function openAttempt(db: QueryCreator<Schema>, values: { attemptId: string; now: string }) {
	return db
		.updateTable('attempts')
		.set((eb) => ({ updated_at: values.now, revision: eb('revision', '+', 1) }))
		.where('id', '=', values.attemptId)
		.where(openAt(values.now));
}

const openAttemptStatement = compiledOnce(openAttempt);

interface AnswerValues extends Record<string, string | number | null> {
	attemptId: string;
	questionId: string;
	response: string;
	now: string;
	credit: number | null;
	result: string | null;
	checkedAt: string | null;
}

const writeAnswerStatement = compiledOnce((db, values: AnswerValues) =>
	db
		.insertInto('answers')
		.values({
			attempt_id: values.attemptId,
			question_id: values.questionId,
			response: values.response,
			saved_at: values.now,
			revision: 1,
			credit: values.credit,
			result: values.result,
			checked_at: values.checkedAt
		})
		.onConflict(replacingUnchecked)
		.returningAll()
);

function answerKey(attemptId: string, questionId: string): string {
	return `${attemptId}\u0000${questionId}`;
}

/** The saves split in rounds in which no answer is written twice, in the order they came. */
function distinctRounds(saves: PendingSave[]): PendingSave[][] {
	const rounds: { saves: PendingSave[]; keys: Set<string> }[] = [];
	for (const save of saves) {
		const key = answerKey(save.input.attemptId, save.input.questionId);
		let round = rounds.find((candidate) => !candidate.keys.has(key));
		if (!round) {
			round = { saves: [], keys: new Set() };
			rounds.push(round);
		}
		round.saves.push(save);
		round.keys.add(key);
	}
	return rounds.map((round) => round.saves);
}

/** Column by column, as arrays: the statement's text stays the same whatever the batch's size. */
interface BatchValues extends Record<string, (string | number | null)[]> {
	attemptIds: string[];
	questionIds: string[];
	responses: string[];
	nows: string[];
	credits: (number | null)[];
	results: (string | null)[];
	checkedAts: (string | null)[];
}

function batchValues(saves: PendingSave[]): BatchValues {
	const columns: BatchValues = {
		attemptIds: [],
		questionIds: [],
		responses: [],
		nows: [],
		credits: [],
		results: [],
		checkedAts: []
	};
	for (const { input, now } of saves) {
		const values = answerValues(input, now);
		columns.attemptIds.push(values.attemptId);
		columns.questionIds.push(values.questionId);
		columns.responses.push(values.response);
		columns.nows.push(values.now);
		columns.credits.push(values.credit);
		columns.results.push(values.result);
		columns.checkedAts.push(values.checkedAt);
	}
	return columns;
}

const ANSWER_COLUMNS = [
	'attempt_id',
	'question_id',
	'response',
	'saved_at',
	'revision',
	'credit',
	'result',
	'checked_at'
] as const;

/**
 * PostgreSQL: many saves in one statement, each as writeSave writes one on SQLite. The batch's
 * rows come in as arrays; each attempt among them that is open at its latest save's time is
 * updated once (locking its row, as submitAttempt does, so a concurrent submit either scores
 * these answers or makes them fail), and the answers of those attempts are written. Returns the
 * answers written: a save whose attempt is not open, or whose answer is final, has none.
 */
const saveAnswersStatement = compiledOnce((db, values: BatchValues) =>
	db
		.with('input', (db) =>
			db
				.selectFrom(
					sql<AnswersInput>`unnest(${values.attemptIds}::text[], ${values.questionIds}::text[], ${values.responses}::text[], ${values.nows}::text[], ${values.credits}::double precision[], ${values.results}::text[], ${values.checkedAts}::text[])`.as<'rows'>(
						sql`rows(attempt_id, question_id, response, now, credit, result, checked_at)`
					)
				)
				.selectAll()
		)
		.with('open_attempt', (db) =>
			db
				.updateTable('attempts')
				.from(
					db
						.selectFrom('input')
						.select((eb) => ['input.attempt_id', eb.fn.max('input.now').as('now')])
						.groupBy('input.attempt_id')
						.as('latest')
				)
				.set((eb) => ({
					updated_at: eb.ref('latest.now'),
					revision: eb('attempts.revision', '+', 1)
				}))
				.whereRef('attempts.id', '=', 'latest.attempt_id')
				.where(openAt(sql.ref<string>('latest.now')))
				.returning('attempts.id')
		)
		.insertInto('answers')
		.columns(ANSWER_COLUMNS)
		.expression((eb) =>
			eb
				.selectFrom('input')
				.innerJoin('open_attempt', 'open_attempt.id', 'input.attempt_id')
				.select([
					'input.attempt_id',
					'input.question_id',
					'input.response',
					'input.now',
					sql<number>`1`.as('revision'),
					'input.credit',
					'input.result',
					'input.checked_at'
				])
		)
		.onConflict(replacingUnchecked)
		.returningAll()
);

interface AnswersInput {
	attempt_id: string;
	question_id: string;
	response: string;
	now: string;
	credit: number | null;
	result: string | null;
	checked_at: string | null;
}
