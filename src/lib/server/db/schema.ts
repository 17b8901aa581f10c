/**
 * Table types as the database stores them (snake_case). Both engines store the same shapes:
 * timestamps are ISO-8601 UTC text (`Date.prototype.toISOString`, fixed width, so text order is
 * time order on SQLite and PostgreSQL alike) and JSON is text (SQLite has no JSON type; one
 * representation keeps one query layer).
 */

export type AttemptStatus = 'open' | 'submitted';

export interface LearnersTable {
	/** The anonymous learner id from the learner's cookie. */
	id: string;
	created_at: string;
}

export interface AttemptsTable {
	/** Random and unguessable: it is the attempt's address. */
	id: string;
	learner_id: string;
	module_id: string;
	seed: string;
	/** JSON of `AttemptOptions`. */
	options: string;
	/** JSON of `QuestionWithKey[]`: holds the keys, so it never leaves the server as is. */
	questions: string;
	status: AttemptStatus;
	created_at: string;
	updated_at: string;
	submitted_at: string | null;
	/** Sum of the answers' credits, set at submit. */
	credit: number | null;
	max_credit: number | null;
}

export interface AnswersTable {
	attempt_id: string;
	question_id: string;
	/** JSON of the learner's `Response`. */
	response: string;
	saved_at: string;
	/** 1 on the first save, +1 on each later one. */
	revision: number;
	credit: number | null;
	/** JSON of the `ScoreResult`, set at submit. */
	result: string | null;
}

export interface ReviewCardsTable {
	learner_id: string;
	module_id: string;
	fact_id: string;
	/** JSON of the scheduler's card (ts-fsrs); opaque to the database. */
	card: string;
	due_at: string;
	updated_at: string;
}

export interface ReviewLogsTable {
	id: string;
	learner_id: string;
	module_id: string;
	fact_id: string;
	rating: number;
	credit: number;
	reviewed_at: string;
}

export interface Schema {
	learners: LearnersTable;
	attempts: AttemptsTable;
	answers: AnswersTable;
	review_cards: ReviewCardsTable;
	review_logs: ReviewLogsTable;
}
