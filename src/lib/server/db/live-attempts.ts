import type { Kysely } from 'kysely';
import type { QuestionWithKey, Response } from '$lib/quiz/question';
import type { ScoreResult } from '$lib/quiz/score/result';
import { newAttemptId, type AttemptOptions } from './attempts';
import { toTimestamp } from './codec';
import { participantRow, type NewSeat } from './participants';
import type { AnswersTable, AttemptsTable, Schema } from './schema';

/**
 * The attempts a live game leaves in its assignment, written together: a seat and one submitted
 * attempt per player in a few statements whatever the class's size, where one player at a time
 * (seat, attempt, each answer saved, the submit) took some twenty statements a player.
 */

export interface LiveAttempt {
	seat: Omit<NewSeat, 'assignmentId' | 'joinedFrom'>;
	/** One result per question of the game, in its order: an unanswered one has a null response. */
	results: { response: Response | null; savedAt: string | null; result: ScoreResult }[];
}

export interface LiveAttempts {
	assignmentId: string;
	moduleId: string;
	seed: string;
	options: AttemptOptions;
	questions: QuestionWithKey[];
	attempts: LiveAttempt[];
}

/** Stores each player's seat and submitted attempt, all or none; returns the attempts' ids. */
export async function storeLiveAttempts(
	db: Kysely<Schema>,
	input: LiveAttempts
): Promise<string[]> {
	const now = toTimestamp();
	const questionsJson = JSON.stringify(input.questions);
	const optionsJson = JSON.stringify(input.options);
	const attempts: AttemptsTable[] = [];
	const answers: AnswersTable[] = [];
	for (const { seat, results } of input.attempts) {
		const id = newAttemptId();
		let credit = 0;
		let saved = 0;
		input.questions.forEach((question, index) => {
			const scored = results[index];
			const answered = scored?.response !== null && scored?.response !== undefined;
			if (answered) saved++;
			credit += scored?.result.credit ?? 0;
			answers.push({
				attempt_id: id,
				question_id: question.id,
				response: JSON.stringify(answered ? scored.response : null),
				saved_at: (answered ? scored.savedAt : null) ?? now,
				// As the answer pages leave them: one save of each answer given, none of the others.
				revision: answered ? 1 : 0,
				credit: scored?.result.credit ?? 0,
				result: scored ? JSON.stringify(scored.result) : null,
				checked_at: null
			});
		});
		attempts.push({
			id,
			learner_id: seat.learnerId,
			module_id: input.moduleId,
			seed: input.seed,
			options: optionsJson,
			questions: questionsJson,
			status: 'submitted',
			created_at: now,
			updated_at: now,
			submitted_at: now,
			credit,
			max_credit: input.questions.length,
			assignment_id: input.assignmentId,
			deadline_at: null,
			revision: saved + 1
		});
	}
	const learners = input.attempts.map(({ seat }) => ({ id: seat.learnerId, created_at: now }));
	const seats = input.attempts.map(({ seat }) =>
		participantRow({ ...seat, assignmentId: input.assignmentId })
	);
	await db.transaction().execute(async (trx) => {
		for (const rows of chunksOf(learners, ROWS_PER_STATEMENT)) {
			await trx
				.insertInto('learners')
				.values(rows)
				.onConflict((conflict) => conflict.column('id').doNothing())
				.execute();
		}
		for (const rows of chunksOf(seats, ROWS_PER_STATEMENT)) {
			await trx.insertInto('participants').values(rows).execute();
		}
		for (const rows of chunksOf(attempts, ROWS_PER_STATEMENT)) {
			await trx.insertInto('attempts').values(rows).execute();
		}
		for (const rows of chunksOf(answers, ROWS_PER_STATEMENT)) {
			await trx.insertInto('answers').values(rows).execute();
		}
	});
	return attempts.map((attempt) => attempt.id);
}

/** Rows per INSERT: 200 rows of 15 columns stay far below either engine's limit of parameters. */
const ROWS_PER_STATEMENT = 200;

function chunksOf<T>(items: readonly T[], size: number): T[][] {
	const chunks: T[][] = [];
	for (let at = 0; at < items.length; at += size) chunks.push(items.slice(at, at + size));
	return chunks;
}
