import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { QuestionWithKey, Response } from '$lib/quiz/question';
import type { ScoreResult } from '$lib/quiz/score/result';
import {
	ATTEMPT_COLUMNS_BUT_QUESTIONS,
	ensureLearner,
	toAnswer,
	toAttempt,
	type Answer,
	type Attempt
} from './attempts';
import { parseJson, toTimestamp } from './codec';
import type { AssignmentsTable, AttemptStatus, ParticipantsTable, Schema } from './schema';

/**
 * Teachers, their sessions, class assignments and the students who joined them. Only data access
 * here; the rules (who may see what, settings, join codes) live in `$lib/server/classroom`.
 */

export interface Teacher {
	id: string;
	email: string;
	displayName: string;
	createdAt: string;
}

export interface Assignment<Settings = unknown> {
	id: string;
	teacherId: string;
	moduleId: string;
	/** The published module version it scores against; null for a module file. */
	moduleVersionId: string | null;
	title: string;
	joinCode: string;
	settings: Settings;
	createdAt: string;
}

export interface Participant {
	id: string;
	assignmentId: string;
	learnerId: string;
	displayName: string;
	extraMinutes: number;
	extraAttempts: number;
	joinedAt: string;
	/** The teacher lets this student join again under their name (once). */
	rejoinAllowed: boolean;
}

export interface RegradeChange {
	attemptId: string;
	participantId: string | null;
	displayName: string;
	before: number;
	after: number;
	/** Questions whose credit changed, with the new results to store. */
	answers: { questionId: string; before: number; after: number; result: ScoreResult }[];
}

export interface Regrade {
	id: string;
	assignmentId: string;
	teacherId: string;
	createdAt: string;
	changes: RegradeChange[];
}

function randomId(prefix: string): string {
	return `${prefix}_${randomBytes(16).toString('base64url')}`;
}

// Teachers and sessions

/** Creates the teacher, or returns null when the address is taken (whatever the race). */
export async function createTeacher(
	db: Kysely<Schema>,
	input: { email: string; displayName: string; passwordHash: string }
): Promise<Teacher | null> {
	const row = {
		id: randomId('t'),
		email: input.email,
		display_name: input.displayName,
		password_hash: input.passwordHash,
		created_at: toTimestamp()
	};
	const inserted = await db
		.insertInto('teachers')
		.values(row)
		.onConflict((conflict) => conflict.column('email').doNothing())
		.executeTakeFirst();
	if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return null;
	return { id: row.id, email: row.email, displayName: row.display_name, createdAt: row.created_at };
}

export async function findTeacherCredentials(db: Kysely<Schema>, email: string) {
	const row = await db
		.selectFrom('teachers')
		.selectAll()
		.where('email', '=', email)
		.executeTakeFirst();
	return row && { teacher: toTeacher(row), passwordHash: row.password_hash };
}

export async function createSession(
	db: Kysely<Schema>,
	input: { id: string; teacherId: string; expiresAt: Date }
): Promise<void> {
	await db
		.insertInto('teacher_sessions')
		.values({
			id: input.id,
			teacher_id: input.teacherId,
			created_at: toTimestamp(),
			expires_at: toTimestamp(input.expiresAt)
		})
		.execute();
}

/** The session and its teacher, unless unknown or expired. */
export async function findSession(db: Kysely<Schema>, sessionId: string) {
	const row = await db
		.selectFrom('teacher_sessions')
		.innerJoin('teachers', 'teachers.id', 'teacher_sessions.teacher_id')
		.select([
			'teacher_sessions.id as session_id',
			'teacher_sessions.created_at as session_created_at',
			'teacher_sessions.expires_at',
			'teachers.id',
			'teachers.email',
			'teachers.display_name',
			'teachers.created_at'
		])
		.where('teacher_sessions.id', '=', sessionId)
		.where('teacher_sessions.expires_at', '>', toTimestamp())
		.executeTakeFirst();
	if (!row) return undefined;
	return {
		session: { id: row.session_id, createdAt: row.session_created_at, expiresAt: row.expires_at },
		teacher: toTeacher(row)
	};
}

export async function setSessionExpiry(db: Kysely<Schema>, sessionId: string, expiresAt: Date) {
	await db
		.updateTable('teacher_sessions')
		.set({ expires_at: toTimestamp(expiresAt) })
		.where('id', '=', sessionId)
		.execute();
}

export async function deleteSession(db: Kysely<Schema>, sessionId: string): Promise<void> {
	await db.deleteFrom('teacher_sessions').where('id', '=', sessionId).execute();
}

export async function deleteTeacherSessions(db: Kysely<Schema>, teacherId: string): Promise<void> {
	await db.deleteFrom('teacher_sessions').where('teacher_id', '=', teacherId).execute();
}

// Rate limits

/**
 * Counts one hit on `key` in a fixed window and says whether it is within `limit`. One atomic
 * upsert, so concurrent requests in several processes count correctly.
 */
export async function hitRateLimit(
	db: Kysely<Schema>,
	key: string,
	limit: number,
	windowMs: number,
	now: Date = new Date()
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
	const nowText = toTimestamp(now);
	const windowOpenedAfter = toTimestamp(new Date(now.getTime() - windowMs));
	const row = await db
		.insertInto('rate_limits')
		.values({ key, window_start: nowText, hits: 1 })
		.onConflict((conflict) =>
			conflict.column('key').doUpdateSet((eb) => ({
				hits: eb
					.case()
					.when('rate_limits.window_start', '<=', windowOpenedAfter)
					.then(1)
					.else(eb('rate_limits.hits', '+', 1))
					.end(),
				window_start: eb
					.case()
					.when('rate_limits.window_start', '<=', windowOpenedAfter)
					.then(nowText)
					.else(eb.ref('rate_limits.window_start'))
					.end()
			}))
		)
		.returning(['hits', 'window_start'])
		.executeTakeFirstOrThrow();
	const windowEnds = new Date(row.window_start).getTime() + windowMs;
	return {
		allowed: row.hits <= limit,
		retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000))
	};
}

/**
 * Whether `key` is over `limit` in its current window, without counting a hit: a limited client
 * is refused whatever it asks, so that a refusal says nothing about what was asked.
 */
export async function peekRateLimit(
	db: Kysely<Schema>,
	key: string,
	limit: number,
	windowMs: number,
	now: Date = new Date()
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
	const row = await db
		.selectFrom('rate_limits')
		.select(['hits', 'window_start'])
		.where('key', '=', key)
		.executeTakeFirst();
	const windowEnds = row ? new Date(row.window_start).getTime() + windowMs : 0;
	if (!row || windowEnds <= now.getTime() || row.hits <= limit) {
		return { allowed: true, retryAfterSeconds: 0 };
	}
	return {
		allowed: false,
		retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000))
	};
}

export async function clearRateLimit(db: Kysely<Schema>, key: string): Promise<void> {
	await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

// Assignments

export async function createAssignment<Settings>(
	db: Kysely<Schema>,
	input: {
		teacherId: string;
		moduleId: string;
		/** The published module's version; absent or null for a module file. */
		moduleVersionId?: string | null;
		title: string;
		settings: Settings;
		makeJoinCode: () => string;
	}
): Promise<Assignment<Settings>> {
	// Codes are short, so a clash is possible though rare: try again with a new one.
	for (let tries = 0; ; tries++) {
		const row: AssignmentsTable = {
			id: randomId('as'),
			teacher_id: input.teacherId,
			module_id: input.moduleId,
			title: input.title,
			join_code: input.makeJoinCode(),
			settings: JSON.stringify(input.settings),
			created_at: toTimestamp(),
			module_version_id: input.moduleVersionId ?? null
		};
		const inserted = await db
			.insertInto('assignments')
			.values(row)
			.onConflict((conflict) => conflict.column('join_code').doNothing())
			.executeTakeFirst();
		if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) return toAssignment(row);
		if (tries >= 20) throw new Error('could not find a free join code after 20 tries');
	}
}

export async function listTeacherAssignments(db: Kysely<Schema>, teacherId: string) {
	const rows = await db
		.selectFrom('assignments')
		.selectAll()
		.where('teacher_id', '=', teacherId)
		.orderBy('created_at', 'desc')
		.orderBy('id')
		.execute();
	return rows.map((row) => toAssignment(row));
}

export async function findAssignment(db: Kysely<Schema>, assignmentId: string) {
	const row = await db
		.selectFrom('assignments')
		.selectAll()
		.where('id', '=', assignmentId)
		.executeTakeFirst();
	return row && toAssignment(row);
}

export async function findAssignmentByCode(db: Kysely<Schema>, joinCode: string) {
	const row = await db
		.selectFrom('assignments')
		.selectAll()
		.where('join_code', '=', joinCode)
		.executeTakeFirst();
	return row && toAssignment(row);
}

/** Deletes the assignment with its students, their attempts, answers and regrade records. */
export async function deleteAssignment(db: Kysely<Schema>, assignmentId: string): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const learners = await trx
			.selectFrom('participants')
			.select('learner_id')
			.where('assignment_id', '=', assignmentId)
			.execute();
		await trx.deleteFrom('assignments').where('id', '=', assignmentId).execute();
		if (learners.length > 0) {
			await trx
				.deleteFrom('learners')
				.where(
					'id',
					'in',
					learners.map((row) => row.learner_id)
				)
				.execute();
		}
	});
}

// Participants

/**
 * A name as it is compared: Unicode-normalised, spaces collapsed, case ignored ("Ola  Nowak" and
 * "ola nowak" are one student); diacritics count ("Łucja" is not "Lucja").
 */
export function nameKeyOf(name: string): string {
	return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('pl');
}

export interface NewSeat {
	assignmentId: string;
	/** The learner the seat's attempts belong to: a new one for each seat. */
	learnerId: string;
	displayName: string;
	resumeToken: string;
	resumeHash: string;
	/** The learner id of the browser joining, when it has one. */
	joinedFrom?: string | null;
}

function participantRow(input: NewSeat): ParticipantsTable {
	return {
		id: randomId('p'),
		assignment_id: input.assignmentId,
		learner_id: input.learnerId,
		display_name: input.displayName,
		resume_hash: input.resumeHash,
		extra_minutes: 0,
		extra_attempts: 0,
		joined_at: toTimestamp(),
		name_key: nameKeyOf(input.displayName),
		joined_from: input.joinedFrom ?? null,
		resume_token: input.resumeToken,
		rejoin_allowed: 0
	};
}

/** Makes a seat; throws when the name (or the browser) has one in the assignment already. */
export async function createParticipant(db: Kysely<Schema>, input: NewSeat): Promise<Participant> {
	await ensureLearner(db, input.learnerId);
	const row = participantRow(input);
	await db.insertInto('participants').values(row).execute();
	return toParticipant(row);
}

export type SeatJoin =
	| {
			/**
			 * 'joined': a new seat; 'same-browser': this browser's seat already (a double click, two
			 * joins at once); 'rejoined': the teacher let this student in again, and the seat moved here.
			 */
			outcome: 'joined' | 'same-browser' | 'rejoined';
			participant: Participant;
			resumeToken: string;
	  }
	| { outcome: 'name-taken' };

/**
 * Takes a seat in the assignment for the browser whose learner id is `input.joinedFrom`. One seat
 * per name and one per browser, held by unique indexes, so joins sent at once cannot make two:
 * the one that inserts wins, and the others find its seat. A name another browser holds is
 * refused unless the teacher allowed that student to rejoin: then the seat moves to this browser
 * under a new resume token (the old link stops working), with its attempts.
 */
export async function joinSeat(
	db: Kysely<Schema>,
	input: NewSeat & { joinedFrom: string }
): Promise<SeatJoin> {
	const own = await findBrowserSeat(db, input.assignmentId, input.joinedFrom, input);
	if (own) return own;
	await ensureLearner(db, input.learnerId);
	const row = participantRow(input);
	const inserted = await db
		.insertInto('participants')
		.values(row)
		.onConflict((conflict) => conflict.doNothing())
		.executeTakeFirst();
	if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) {
		return { outcome: 'joined', participant: toParticipant(row), resumeToken: input.resumeToken };
	}
	await db.deleteFrom('learners').where('id', '=', input.learnerId).execute();
	const raced = await findBrowserSeat(db, input.assignmentId, input.joinedFrom, input);
	if (raced) return raced;
	const moved = await db
		.updateTable('participants')
		.set({
			rejoin_allowed: 0,
			joined_from: input.joinedFrom,
			resume_token: input.resumeToken,
			resume_hash: input.resumeHash
		})
		.where('assignment_id', '=', input.assignmentId)
		.where('name_key', '=', row.name_key)
		.where('rejoin_allowed', '=', 1)
		.returningAll()
		.executeTakeFirst();
	// A join sent at once from this same browser may have moved the seat here just now.
	if (!moved) {
		return (
			(await findBrowserSeat(db, input.assignmentId, input.joinedFrom, input)) ?? {
				outcome: 'name-taken'
			}
		);
	}
	return { outcome: 'rejoined', participant: toParticipant(moved), resumeToken: input.resumeToken };
}

/**
 * The seat this browser holds in the assignment: the one it joined from, or whose learner it has
 * become. A seat older than kept tokens gets a new one (`fresh`).
 */
async function findBrowserSeat(
	db: Kysely<Schema>,
	assignmentId: string,
	browserLearnerId: string,
	fresh: { resumeToken: string; resumeHash: string }
): Promise<SeatJoin | null> {
	const row = await db
		.selectFrom('participants')
		.selectAll()
		.where('assignment_id', '=', assignmentId)
		.where((eb) =>
			eb.or([eb('joined_from', '=', browserLearnerId), eb('learner_id', '=', browserLearnerId)])
		)
		.executeTakeFirst();
	if (!row) return null;
	const resumeToken =
		row.resume_token ?? (await replaceResumeToken(db, assignmentId, row.id, fresh));
	if (resumeToken === null) return null;
	return { outcome: 'same-browser', participant: toParticipant(row), resumeToken };
}

/** Gives the seat a new resume token (the old link stops working): it, or null for no such seat. */
export async function replaceResumeToken(
	db: Kysely<Schema>,
	assignmentId: string,
	participantId: string,
	fresh: { resumeToken: string; resumeHash: string }
): Promise<string | null> {
	const updated = await db
		.updateTable('participants')
		.set({ resume_token: fresh.resumeToken, resume_hash: fresh.resumeHash })
		.where('id', '=', participantId)
		.where('assignment_id', '=', assignmentId)
		.executeTakeFirst();
	return updated.numUpdatedRows === 1n ? fresh.resumeToken : null;
}

/** The seat's resume token, or null for a seat older than kept tokens (or none). */
export async function findResumeToken(
	db: Kysely<Schema>,
	assignmentId: string,
	participantId: string
): Promise<string | null> {
	const row = await db
		.selectFrom('participants')
		.select('resume_token')
		.where('id', '=', participantId)
		.where('assignment_id', '=', assignmentId)
		.executeTakeFirst();
	return row?.resume_token ?? null;
}

/** Lets the student join once more under their name, from a new browser (or stops letting them). */
export async function setRejoinAllowed(
	db: Kysely<Schema>,
	assignmentId: string,
	participantId: string,
	allowed: boolean
): Promise<boolean> {
	const updated = await db
		.updateTable('participants')
		.set({ rejoin_allowed: allowed ? 1 : 0 })
		.where('id', '=', participantId)
		.where('assignment_id', '=', assignmentId)
		.executeTakeFirst();
	return updated.numUpdatedRows === 1n;
}

export async function findParticipantByResumeHash(db: Kysely<Schema>, resumeHash: string) {
	const row = await db
		.selectFrom('participants')
		.selectAll()
		.where('resume_hash', '=', resumeHash)
		.executeTakeFirst();
	return row && toParticipant(row);
}

export async function findParticipantByLearner(db: Kysely<Schema>, learnerId: string) {
	const row = await db
		.selectFrom('participants')
		.selectAll()
		.where('learner_id', '=', learnerId)
		.executeTakeFirst();
	return row && toParticipant(row);
}

export async function listParticipants(db: Kysely<Schema>, assignmentId: string) {
	const rows = await db
		.selectFrom('participants')
		.selectAll()
		.where('assignment_id', '=', assignmentId)
		.orderBy('joined_at')
		.orderBy('id')
		.execute();
	return rows.map(toParticipant);
}

export async function setAccommodations(
	db: Kysely<Schema>,
	input: {
		assignmentId: string;
		participantId: string;
		extraMinutes: number;
		extraAttempts: number;
	}
): Promise<boolean> {
	const updated = await db
		.updateTable('participants')
		.set({ extra_minutes: input.extraMinutes, extra_attempts: input.extraAttempts })
		.where('id', '=', input.participantId)
		.where('assignment_id', '=', input.assignmentId)
		.executeTakeFirst();
	return updated.numUpdatedRows === 1n;
}

/** Deletes everything about the student: their learner, attempts, answers and review cards. */
export async function deleteParticipant(
	db: Kysely<Schema>,
	assignmentId: string,
	participantId: string
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const row = await trx
			.selectFrom('participants')
			.select('learner_id')
			.where('id', '=', participantId)
			.where('assignment_id', '=', assignmentId)
			.executeTakeFirst();
		if (!row) return false;
		await trx.deleteFrom('learners').where('id', '=', row.learner_id).execute();
		return true;
	});
}

// Attempts of an assignment

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

// Regrades

/**
 * Stores new credits for the changed answers and attempts, and the record of it, at once; with
 * a module version, the assignment scores against that version from then on.
 */
export async function applyRegrade(
	db: Kysely<Schema>,
	input: {
		assignmentId: string;
		teacherId: string;
		changes: RegradeChange[];
		moduleVersionId?: string;
	}
): Promise<Regrade> {
	return db.transaction().execute(async (trx) => {
		if (input.moduleVersionId) {
			await trx
				.updateTable('assignments')
				.set({ module_version_id: input.moduleVersionId })
				.where('id', '=', input.assignmentId)
				.execute();
		}
		for (const change of input.changes) {
			for (const answer of change.answers) {
				await trx
					.updateTable('answers')
					.set({ credit: answer.after, result: JSON.stringify(answer.result) })
					.where('attempt_id', '=', change.attemptId)
					.where('question_id', '=', answer.questionId)
					.execute();
			}
			await trx
				.updateTable('attempts')
				.set((eb) => ({ credit: change.after, revision: eb('revision', '+', 1) }))
				.where('id', '=', change.attemptId)
				.where('assignment_id', '=', input.assignmentId)
				.execute();
		}
		const regrade: Regrade = {
			id: randomId('rg'),
			assignmentId: input.assignmentId,
			teacherId: input.teacherId,
			createdAt: toTimestamp(),
			changes: input.changes
		};
		await trx
			.insertInto('regrades')
			.values({
				id: regrade.id,
				assignment_id: regrade.assignmentId,
				teacher_id: regrade.teacherId,
				created_at: regrade.createdAt,
				changes: JSON.stringify(regrade.changes)
			})
			.execute();
		return regrade;
	});
}

export async function listRegrades(db: Kysely<Schema>, assignmentId: string): Promise<Regrade[]> {
	const rows = await db
		.selectFrom('regrades')
		.selectAll()
		.where('assignment_id', '=', assignmentId)
		.orderBy('created_at', 'desc')
		.orderBy('id')
		.execute();
	return rows.map((row) => ({
		id: row.id,
		assignmentId: row.assignment_id,
		teacherId: row.teacher_id,
		createdAt: row.created_at,
		changes: parseJson<RegradeChange[]>(row.changes, `regrades.changes of ${row.id}`)
	}));
}

function toTeacher(row: { id: string; email: string; display_name: string; created_at: string }) {
	return { id: row.id, email: row.email, displayName: row.display_name, createdAt: row.created_at };
}

function toAssignment<Settings>(row: AssignmentsTable): Assignment<Settings> {
	return {
		id: row.id,
		teacherId: row.teacher_id,
		moduleId: row.module_id,
		moduleVersionId: row.module_version_id,
		title: row.title,
		joinCode: row.join_code,
		settings: parseJson<Settings>(row.settings, `assignments.settings of ${row.id}`),
		createdAt: row.created_at
	};
}

function toParticipant(row: {
	id: string;
	assignment_id: string;
	learner_id: string;
	display_name: string;
	extra_minutes: number;
	extra_attempts: number;
	joined_at: string;
	rejoin_allowed: number;
}): Participant {
	return {
		id: row.id,
		assignmentId: row.assignment_id,
		learnerId: row.learner_id,
		displayName: row.display_name,
		extraMinutes: row.extra_minutes,
		extraAttempts: row.extra_attempts,
		joinedAt: row.joined_at,
		rejoinAllowed: row.rejoin_allowed === 1
	};
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
export async function listLearnerModuleClassAttempts<Settings>(
	db: Kysely<Schema>,
	learnerId: string,
	moduleId: string
): Promise<{ status: AttemptStatus; assignment: Assignment<Settings> }[]> {
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
		assignment: toAssignment<Settings>(assignment)
	}));
}
