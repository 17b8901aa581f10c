import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { QuestionType, QuestionWithKey, Response } from '$lib/quiz/question';
import type { ScoreResult } from '$lib/quiz/score/result';
import { parseJson, toTimestamp } from './codec';
import type { AnswersTable, AttemptStatus, AttemptsTable, Schema } from './schema';

/** What the learner chose when starting the attempt (the quiz options plus how it is taken). */
export interface AttemptOptions {
	count: number;
	types?: readonly QuestionType[];
	facts?: readonly string[];
	/** Whether the article may be read during the attempt. */
	openBook: boolean;
}

export interface Attempt {
	id: string;
	learnerId: string;
	moduleId: string;
	seed: string;
	options: AttemptOptions;
	/** With keys: server only. */
	questions: QuestionWithKey[];
	status: AttemptStatus;
	createdAt: string;
	updatedAt: string;
	submittedAt: string | null;
	credit: number | null;
	maxCredit: number | null;
	/** The class assignment the attempt belongs to, if any. */
	assignmentId: string | null;
	/** When a timed attempt stops taking answers. */
	deadlineAt: string | null;
	/** Moves on with every change to the attempt or its answers. */
	revision: number;
}

export interface Answer {
	attemptId: string;
	questionId: string;
	/** null for a cleared field, and for a question scored at submit that was never saved. */
	response: Response | null;
	savedAt: string;
	/** 1 on the first save, +1 on each later save; 0 for a row made at submit for an unanswered question. */
	revision: number;
	credit: number | null;
	result: ScoreResult | null;
	/** Set when the answer was checked (immediate feedback) and can no longer change. */
	checkedAt: string | null;
}

export interface NewAttempt {
	/** Made here when absent: random and unguessable, as the attempt's address must be. */
	id?: string;
	learnerId: string;
	moduleId: string;
	seed: string;
	options: AttemptOptions;
	questions: QuestionWithKey[];
	assignmentId?: string | null;
	deadlineAt?: string | null;
}

export interface AttemptScores {
	/** One per scored question; a question with no saved answer gets a row with a null response. */
	results: { questionId: string; credit: number; result: ScoreResult }[];
	credit: number;
	/** An integer: each question is worth at most 1. */
	maxCredit: number;
}

/**
 * Scores an attempt at submit, inside its transaction: it gets the answers and the attempt as
 * stored. Synchronous on purpose: it must not query the database (on SQLite the transaction holds
 * the only connection).
 */
export type ScoreAll = (answers: Answer[], attempt: Attempt) => AttemptScores;

export interface SubmittedAttempt {
	attempt: Attempt;
	answers: Answer[];
	/** True when another call had submitted the attempt already: its stored result is returned. */
	alreadySubmitted: boolean;
}

export type AttemptErrorCode = 'not-found' | 'submitted' | 'expired' | 'checked';

export class AttemptError extends Error {
	readonly code: AttemptErrorCode;
	readonly attemptId: string;

	constructor(code: AttemptErrorCode, attemptId: string) {
		super(
			code === 'not-found'
				? `attempt ${attemptId}: not found`
				: code === 'expired'
					? `attempt ${attemptId}: its time is up, answers can no longer change`
					: code === 'checked'
						? `attempt ${attemptId}: this answer was checked and is final`
						: `attempt ${attemptId}: already submitted, answers can no longer change`
		);
		this.name = 'AttemptError';
		this.code = code;
		this.attemptId = attemptId;
	}
}

export function newAttemptId(): string {
	return `a_${randomBytes(16).toString('base64url')}`;
}

/** Records the learner if new; attempts and review cards refer to it. */
export async function ensureLearner(db: Kysely<Schema>, learnerId: string): Promise<void> {
	await db
		.insertInto('learners')
		.values({ id: learnerId, created_at: toTimestamp() })
		.onConflict((conflict) => conflict.column('id').doNothing())
		.execute();
}

export async function createAttempt(db: Kysely<Schema>, input: NewAttempt): Promise<Attempt> {
	await ensureLearner(db, input.learnerId);
	const now = toTimestamp();
	const row: AttemptsTable = {
		id: input.id ?? newAttemptId(),
		learner_id: input.learnerId,
		module_id: input.moduleId,
		seed: input.seed,
		options: JSON.stringify(input.options),
		questions: JSON.stringify(input.questions),
		status: 'open',
		created_at: now,
		updated_at: now,
		submitted_at: null,
		credit: null,
		max_credit: null,
		assignment_id: input.assignmentId ?? null,
		deadline_at: input.deadlineAt ?? null,
		revision: 0
	};
	await db.insertInto('attempts').values(row).execute();
	return toAttempt(row);
}

export async function findAttempt(
	db: Kysely<Schema>,
	attemptId: string
): Promise<Attempt | undefined> {
	const row = await db
		.selectFrom('attempts')
		.selectAll()
		.where('id', '=', attemptId)
		.executeTakeFirst();
	return row && toAttempt(row);
}

/** Every column of an attempt but its questions, the largest, which callers may already hold. */
export const ATTEMPT_COLUMNS_BUT_QUESTIONS = [
	'id',
	'learner_id',
	'module_id',
	'seed',
	'options',
	'status',
	'created_at',
	'updated_at',
	'submitted_at',
	'credit',
	'max_credit',
	'assignment_id',
	'deadline_at',
	'revision'
] as const;

/**
 * The attempt, with its questions from `questionsOf` when it has them: questions never change
 * once an attempt exists, so a caller may keep them and spare reading and parsing the largest
 * column on every request.
 */
export async function findAttemptWith(
	db: Kysely<Schema>,
	attemptId: string,
	questionsOf: (attemptId: string) => QuestionWithKey[] | undefined
): Promise<Attempt | undefined> {
	const known = questionsOf(attemptId);
	if (!known) return findAttempt(db, attemptId);
	const row = await db
		.selectFrom('attempts')
		.select(ATTEMPT_COLUMNS_BUT_QUESTIONS)
		.where('id', '=', attemptId)
		.executeTakeFirst();
	return row && toAttempt({ ...row, questions: '[]' }, known);
}

/** The learner's attempts not yet submitted, newest first. */
export async function listOpenAttempts(db: Kysely<Schema>, learnerId: string): Promise<Attempt[]> {
	const rows = await db
		.selectFrom('attempts')
		.selectAll()
		.where('learner_id', '=', learnerId)
		.where('status', '=', 'open')
		.orderBy('created_at', 'desc')
		.orderBy('id')
		.execute();
	return rows.map((row) => toAttempt(row));
}

export async function listAnswers(db: Kysely<Schema>, attemptId: string): Promise<Answer[]> {
	const rows = await db
		.selectFrom('answers')
		.selectAll()
		.where('attempt_id', '=', attemptId)
		.orderBy('question_id')
		.execute();
	return rows.map(toAnswer);
}

/**
 * Submits an attempt once. The first call wins: in one transaction it closes the attempt, calls
 * `scoreAll` and stores the scores. Any later or concurrent call (a double click, a second tab)
 * gets the stored result with `alreadySubmitted` and never calls `scoreAll`. If `scoreAll` throws,
 * nothing is stored and the attempt stays open. Throws `AttemptError` 'not-found'.
 */
export async function submitAttempt(
	db: Kysely<Schema>,
	attemptId: string,
	scoreAll: ScoreAll
): Promise<SubmittedAttempt> {
	return db.transaction().execute(async (trx) => {
		const now = toTimestamp();
		// One winner: on PostgreSQL a concurrent UPDATE waits for this row lock, then re-reads the
		// committed status and matches nothing; on SQLite writers are serialised.
		const won = await trx
			.updateTable('attempts')
			.set((eb) => ({
				status: 'submitted',
				submitted_at: now,
				updated_at: now,
				revision: eb('revision', '+', 1)
			}))
			.where('id', '=', attemptId)
			.where('status', '=', 'open')
			.executeTakeFirst();
		if (won.numUpdatedRows === 0n) {
			const stored = await findAttempt(trx, attemptId);
			if (!stored) throw new AttemptError('not-found', attemptId);
			return {
				attempt: stored,
				answers: await listAnswers(trx, attemptId),
				alreadySubmitted: true
			};
		}

		const attempt = await findAttemptOrThrow(trx, attemptId);
		const scores = scoreAll(await listAnswers(trx, attemptId), attempt);
		checkScores(attempt, scores);
		if (scores.results.length > 0) {
			await trx
				.insertInto('answers')
				.values(
					scores.results.map(({ questionId, credit, result }) => ({
						attempt_id: attemptId,
						question_id: questionId,
						response: 'null',
						saved_at: now,
						revision: 0,
						credit,
						result: JSON.stringify(result),
						checked_at: null
					}))
				)
				.onConflict((conflict) =>
					conflict.columns(['attempt_id', 'question_id']).doUpdateSet((eb) => ({
						credit: eb.ref('excluded.credit'),
						result: eb.ref('excluded.result')
					}))
				)
				.execute();
		}
		await trx
			.updateTable('attempts')
			.set({ credit: scores.credit, max_credit: scores.maxCredit })
			.where('id', '=', attemptId)
			.execute();
		return {
			attempt: await findAttemptOrThrow(trx, attemptId),
			answers: await listAnswers(trx, attemptId),
			alreadySubmitted: false
		};
	});
}

/** Refuses scores that could not be stored faithfully, before anything is written. */
function checkScores(attempt: Attempt, scores: AttemptScores): void {
	const place = `submitting attempt ${attempt.id}: scoreAll returned`;
	const questionIds = new Set(attempt.questions.map((question) => question.id));
	const seen = new Set<string>();
	for (const { questionId, credit } of scores.results) {
		if (!questionIds.has(questionId)) {
			throw new Error(`${place} a result for ${questionId}, not a question of the attempt`);
		}
		if (seen.has(questionId)) throw new Error(`${place} two results for ${questionId}`);
		seen.add(questionId);
		if (!Number.isFinite(credit)) throw new Error(`${place} credit ${credit} for ${questionId}`);
	}
	if (!Number.isFinite(scores.credit)) throw new Error(`${place} credit ${scores.credit}`);
	if (!Number.isSafeInteger(scores.maxCredit) || scores.maxCredit < 0) {
		throw new Error(`${place} maxCredit ${scores.maxCredit}, not a whole number`);
	}
}

async function findAttemptOrThrow(db: Kysely<Schema>, attemptId: string): Promise<Attempt> {
	const attempt = await findAttempt(db, attemptId);
	if (!attempt) throw new AttemptError('not-found', attemptId);
	return attempt;
}

export async function attemptErrorFor(
	db: Kysely<Schema>,
	attemptId: string,
	now: string
): Promise<AttemptError> {
	const row = await db
		.selectFrom('attempts')
		.select(['status', 'deadline_at'])
		.where('id', '=', attemptId)
		.executeTakeFirst();
	if (!row) return new AttemptError('not-found', attemptId);
	if (row.status !== 'open') return new AttemptError('submitted', attemptId);
	if (row.deadline_at !== null && row.deadline_at <= now)
		return new AttemptError('expired', attemptId);
	// Open and in time, yet nothing was written: the answer was checked and is final.
	return new AttemptError('checked', attemptId);
}

export function toAttempt(row: AttemptsTable, questions?: QuestionWithKey[]): Attempt {
	return {
		id: row.id,
		learnerId: row.learner_id,
		moduleId: row.module_id,
		seed: row.seed,
		options: parseJson<AttemptOptions>(row.options, `attempts.options of ${row.id}`),
		questions:
			questions ?? parseJson<QuestionWithKey[]>(row.questions, `attempts.questions of ${row.id}`),
		status: row.status,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		submittedAt: row.submitted_at,
		credit: row.credit,
		maxCredit: row.max_credit,
		assignmentId: row.assignment_id,
		deadlineAt: row.deadline_at,
		revision: row.revision
	};
}

export function toAnswer(row: AnswersTable): Answer {
	const place = `answers of ${row.attempt_id} question ${row.question_id}`;
	return {
		attemptId: row.attempt_id,
		questionId: row.question_id,
		response: parseJson<Response | null>(row.response, `${place}: response`),
		savedAt: row.saved_at,
		revision: row.revision,
		credit: row.credit,
		result: row.result === null ? null : parseJson<ScoreResult>(row.result, `${place}: result`),
		checkedAt: row.checked_at
	};
}
