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
	/** Set when the attempt belongs to a class assignment. */
	assignment_id: string | null;
	/** When a timed attempt closes. */
	deadline_at: string | null;
	/** Moves on with every change to the attempt or its answers: what results caches compare. */
	revision: number;
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
	/** When the student checked the answer (immediate feedback): it is final from then on. */
	checked_at: string | null;
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

export interface TeachersTable {
	id: string;
	email: string;
	display_name: string;
	password_hash: string;
	created_at: string;
}

export interface TeacherSessionsTable {
	/** SHA-256 (hex) of the session token. */
	id: string;
	teacher_id: string;
	created_at: string;
	expires_at: string;
}

export interface RateLimitsTable {
	key: string;
	window_start: string;
	hits: number;
}

export interface AssignmentsTable {
	id: string;
	teacher_id: string;
	module_id: string;
	title: string;
	join_code: string;
	/** JSON of `AssignmentSettings`. */
	settings: string;
	created_at: string;
	/**
	 * The version of a published module the assignment scores against (null for a module file):
	 * it moves only when the assignment's teacher regrades with a newer one.
	 */
	module_version_id: string | null;
	/** Set when the teacher archived it: it leaves their list, its data stays. */
	archived_at: string | null;
	/** JSON of `Exclusions` (items and facts left out of grading); null while none are. */
	exclusions: string | null;
}

/** The credit a teacher set by hand for one answer: regrades keep it. */
export interface AnswerOverridesTable {
	attempt_id: string;
	question_id: string;
	credit: number;
	/** Shown to the student with their results. */
	comment: string | null;
	teacher_id: string;
	created_at: string;
}

export interface ParticipantsTable {
	id: string;
	assignment_id: string;
	learner_id: string;
	display_name: string;
	resume_hash: string;
	extra_minutes: number;
	extra_attempts: number;
	joined_at: string;
	/** The name as compared (`nameKeyOf`): unique in the assignment. */
	name_key: string | null;
	/** The learner id of the browser that joined (or was last allowed to rejoin): unique in the assignment. */
	joined_from: string | null;
	/** The resume token itself, so the teacher can show the link again; null for seats older than it. */
	resume_token: string | null;
	/** 1 while the teacher lets this student join again under their name (once). */
	rejoin_allowed: number;
}

export interface RegradesTable {
	id: string;
	assignment_id: string;
	teacher_id: string;
	created_at: string;
	/** JSON of `RegradeChange[]`. */
	changes: string;
}

export interface ModuleDraftsTable {
	id: string;
	teacher_id: string;
	title: string;
	/** JSON of the draft's review state. */
	state: string;
	/** +1 on each save: a stale tab's save is refused rather than overwriting a newer one. */
	revision: number;
	created_at: string;
	updated_at: string;
}

export interface PublishedModulesTable {
	/** The module id, unique among files and published modules alike. */
	id: string;
	teacher_id: string;
	article_md: string;
	facts_yaml: string;
	published_at: string;
	updated_at: string;
	/** The version now published (null only between the migration's steps). */
	version_id: string | null;
}

/** Every published version of a module, kept unchanged while anything may refer to it. */
export interface ModuleVersionsTable {
	id: string;
	module_id: string;
	/** Who published it: a module's versions are its publisher's. */
	teacher_id: string;
	article_md: string;
	facts_yaml: string;
	created_at: string;
}

/** A practice question answered wrongly once: the next answer to it is the second try. */
export interface PracticeTriesTable {
	learner_id: string;
	module_id: string;
	fact_id: string;
	seed: string;
	created_at: string;
}

export interface Schema {
	learners: LearnersTable;
	attempts: AttemptsTable;
	answers: AnswersTable;
	review_cards: ReviewCardsTable;
	review_logs: ReviewLogsTable;
	teachers: TeachersTable;
	teacher_sessions: TeacherSessionsTable;
	rate_limits: RateLimitsTable;
	assignments: AssignmentsTable;
	participants: ParticipantsTable;
	regrades: RegradesTable;
	module_drafts: ModuleDraftsTable;
	published_modules: PublishedModulesTable;
	module_versions: ModuleVersionsTable;
	practice_tries: PracticeTriesTable;
	answer_overrides: AnswerOverridesTable;
}
