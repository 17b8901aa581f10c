import type { Kysely } from 'kysely';
import type { QuestionWithKey, Response } from '$lib/quiz/question';
import type { ScoreResult } from '$lib/quiz/score/result';
import { toAssignment, type Assignment } from './assignments';
import {
	ATTEMPT_COLUMNS_BUT_QUESTIONS,
	toAnswer,
	toAttempt,
	type Answer,
	type Attempt
} from './attempts';
import { parseJson } from './codec';
import type { AttemptStatus, Schema } from './schema';

/** The attempts of an assignment, as the results page, exports and a student's page read them. */

/** Where attempts' questions may be kept between requests (they never change). */
export interface QuestionsCache {
	get(attemptId: string): QuestionWithKey[] | undefined;
	remember(attemptId: string, questions: QuestionWithKey[]): void;
}

export interface AssignmentAttempt {
	attempt: Attempt;
	answers: Answer[];
}

/**
 * Every attempt of the assignment with its answers: two queries whatever the class size, since
 * the results page must stay fast for a thousand attempts.
 */
export async function listAssignmentAttempts(
	db: Kysely<Schema>,
	assignmentId: string,
	questions: QuestionsCache = { get: () => undefined, remember: () => {} }
): Promise<AssignmentAttempt[]> {
	const rows = await db
		.selectFrom('attempts')
		.select(ATTEMPT_COLUMNS_BUT_QUESTIONS)
		.where('assignment_id', '=', assignmentId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	const known = await questionsOfAttempts(
		db,
		rows.map((row) => row.id),
		questions
	);
	const answers = await db
		.selectFrom('answers')
		.innerJoin('attempts', 'attempts.id', 'answers.attempt_id')
		.selectAll('answers')
		.where('attempts.assignment_id', '=', assignmentId)
		.execute();
	const byAttempt = new Map<string, Answer[]>();
	for (const row of answers) {
		const list = byAttempt.get(row.attempt_id) ?? [];
		list.push(toAnswer(row));
		byAttempt.set(row.attempt_id, list);
	}
	return rows.map((row) => ({
		attempt: toAttempt({ ...row, questions: '[]' }, known.get(row.id)),
		answers: (byAttempt.get(row.id) ?? []).sort((a, b) => a.questionId.localeCompare(b.questionId))
	}));
}

/**
 * The questions of these attempts by attempt id. The questions column is most of the bytes: it is
 * read only for attempts the cache has not seen.
 */
export async function questionsOfAttempts(
	db: Kysely<Schema>,
	attemptIds: readonly string[],
	questions: QuestionsCache
): Promise<Map<string, QuestionWithKey[]>> {
	const known = new Map<string, QuestionWithKey[]>();
	const missing: string[] = [];
	for (const id of attemptIds) {
		const cached = questions.get(id);
		if (cached) known.set(id, cached);
		else missing.push(id);
	}
	for (const chunk of chunksOf(missing, IN_LIST_CHUNK)) {
		const rows = await db
			.selectFrom('attempts')
			.select(['id', 'questions'])
			.where('id', 'in', chunk)
			.execute();
		for (const row of rows) {
			const parsed = parseJson<QuestionWithKey[]>(row.questions, `attempts.questions of ${row.id}`);
			known.set(row.id, parsed);
			questions.remember(row.id, parsed);
		}
	}
	return known;
}

/** Ids bound in one IN list: well under both engines' limits on bound values. */
const IN_LIST_CHUNK = 500;

function chunksOf<T>(items: readonly T[], size: number): T[][] {
	const chunks: T[][] = [];
	for (let at = 0; at < items.length; at += size) chunks.push(items.slice(at, at + size));
	return chunks;
}

/** An attempt of an assignment without its questions and answers: enough to tell if it changed. */
export interface AttemptHeader {
	id: string;
	learnerId: string;
	status: Attempt['status'];
	credit: number | null;
	maxCredit: number | null;
	createdAt: string;
	submittedAt: string | null;
	revision: number;
}

export async function listAttemptHeaders(
	db: Kysely<Schema>,
	assignmentId: string
): Promise<AttemptHeader[]> {
	const rows = await db
		.selectFrom('attempts')
		.select([
			'id',
			'learner_id',
			'status',
			'credit',
			'max_credit',
			'created_at',
			'submitted_at',
			'revision'
		])
		.where('assignment_id', '=', assignmentId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map((row) => ({
		id: row.id,
		learnerId: row.learner_id,
		status: row.status,
		credit: row.credit,
		maxCredit: row.max_credit,
		createdAt: row.created_at,
		submittedAt: row.submitted_at,
		revision: row.revision
	}));
}

/** What item analysis needs of a stored answer. */
export interface AnswerDigest {
	questionId: string;
	credit: number | null;
	response: Response | null;
	/** `ScoreResult.normalized` once scored. */
	normalized: string | null;
}

/** The answers of these attempts, reduced to what item analysis needs, by attempt id. */
export async function listAnswerDigests(
	db: Kysely<Schema>,
	attemptIds: readonly string[]
): Promise<Map<string, AnswerDigest[]>> {
	const byAttempt = new Map<string, AnswerDigest[]>();
	for (const chunk of chunksOf(attemptIds, IN_LIST_CHUNK)) {
		const rows = await db
			.selectFrom('answers')
			.select(['attempt_id', 'question_id', 'credit', 'response', 'result'])
			.where('attempt_id', 'in', chunk)
			.execute();
		for (const row of rows) {
			const place = `answers of ${row.attempt_id} question ${row.question_id}`;
			const result =
				row.result === null
					? null
					: parseJson<Pick<ScoreResult, 'normalized'>>(row.result, `${place}: result`);
			const digest: AnswerDigest = {
				questionId: row.question_id,
				credit: row.credit,
				response: parseJson<Response | null>(row.response, `${place}: response`),
				normalized: result?.normalized ?? null
			};
			const list = byAttempt.get(row.attempt_id);
			if (list) list.push(digest);
			else byAttempt.set(row.attempt_id, [digest]);
		}
	}
	return byAttempt;
}

/** The learner's attempts at the assignment, oldest first (without answers). */
export async function listLearnerAssignmentAttempts(
	db: Kysely<Schema>,
	learnerId: string,
	assignmentId: string
): Promise<Attempt[]> {
	const rows = await db
		.selectFrom('attempts')
		.selectAll()
		.where('learner_id', '=', learnerId)
		.where('assignment_id', '=', assignmentId)
		.orderBy('created_at')
		.orderBy('id')
		.execute();
	return rows.map((row) => toAttempt(row));
}

/**
 * The learner's class attempts at a module, each with its assignment's settings: what decides
 * whether the module's keys are withheld from the learner for now.
 */
export async function listLearnerModuleClassAttempts(
	db: Kysely<Schema>,
	learnerId: string,
	moduleId: string
): Promise<{ status: AttemptStatus; assignment: Assignment }[]> {
	const rows = await db
		.selectFrom('attempts')
		.innerJoin('assignments', 'assignments.id', 'attempts.assignment_id')
		.selectAll('assignments')
		.select('attempts.status as attempt_status')
		.where('attempts.learner_id', '=', learnerId)
		.where('attempts.module_id', '=', moduleId)
		.execute();
	return rows.map(({ attempt_status, ...assignment }) => ({
		status: attempt_status,
		assignment: toAssignment(assignment)
	}));
}
