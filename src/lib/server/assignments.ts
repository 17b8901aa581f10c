import { createHash, randomBytes, randomInt } from 'node:crypto';
import { generateQuiz } from '$lib/quiz/generate';
import type { QuizModule } from '$lib/quiz/module';
import type { QuestionWithKey } from '$lib/quiz/question';
import { scoreAttempt } from '$lib/quiz/score/attempt';
import { createRandom } from '$lib/quiz/random';
import {
	computeAssignmentResults,
	itemKey,
	loadAssignmentOverview,
	ResultsCache,
	type AssignmentOverview,
	type AssignmentResults
} from './results';
import { startAttemptOnce } from './db/attempt-starts';
import type { Attempt } from './db/attempts';
import { toTimestamp } from './db/codec';
import {
	listAssignmentAttempts,
	listLearnerAssignmentAttempts,
	listLearnerModuleClassAttempts
} from './db/assignment-attempts';
import {
	deleteOverride,
	listAssignmentOverrides,
	listAttemptOverrides,
	overrideKey,
	saveOverride
} from './db/answer-overrides';
import {
	createAssignment,
	deleteAssignment,
	findAssignment,
	findAssignmentByCode,
	hasAttempts,
	listTeacherAssignments,
	setArchivedAt,
	updateAssignment,
	type Assignment,
	type AssignmentSettings,
	type Exclusions
} from './db/assignments';
import {
	deleteParticipant,
	findParticipantByResumeHash,
	findResumeToken,
	joinSeat,
	listParticipants,
	replaceResumeToken,
	setAccommodations,
	setRejoinAllowed,
	type Participant
} from './db/participants';
import { hitRateLimit, peekRateLimit } from './db/rate-limits';
import { applyRegrade, listRegrades, type RegradeChange } from './db/regrades';
import { findModuleVersion, findNewestVersion } from './db/authoring';
import { getDatabase } from './db';
import { findModule, loadModuleVersion } from './library';
import { newLearnerId } from './learner';
import { cachedQuestions, rememberQuestions } from './questions-cache';
import { queueLtiScores } from './lti/scores';

export { FEEDBACK_TIMINGS } from './db/assignments';
export { overrideKey } from './db/answer-overrides';
export type { Assignment, AssignmentSettings, Exclusions, FeedbackTiming } from './db/assignments';

/** Attempts' questions never change: the results page reads each one from the database once. */
const ATTEMPT_QUESTIONS = { get: cachedQuestions, remember: rememberQuestions };

/**
 * Class assignments: what a teacher sets, how students join with a code and take their
 * attempts within those settings, and what the teacher sees afterwards.
 */

export const STUDENT_NAME_MAX_LENGTH = 60;

/** No 0/O, 1/I/L: a code read off a projector must not be mistyped. */
const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export function makeJoinCode(): string {
	let code = '';
	for (let index = 0; index < JOIN_CODE_LENGTH; index++) {
		code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
	}
	return code;
}

/** What a student types, made comparable: case, spaces and dashes do not matter. */
export function normalizeJoinCode(typed: string): string {
	return typed.toUpperCase().replace(/[\s-]/g, '').slice(0, 32);
}

/** A new assignment of the module as served now: of its published version, if it is one. */
export async function createClassAssignment(
	teacherId: string,
	served: { module: QuizModule; versionId: string | null },
	title: string,
	settings: AssignmentSettings
): Promise<Assignment> {
	const { db } = await getDatabase();
	return createAssignment(db, {
		teacherId,
		moduleId: served.module.id,
		moduleVersionId: served.versionId,
		title,
		settings,
		makeJoinCode
	});
}

/** The teacher's assignments in use (or the archived ones), newest first. */
export async function teacherAssignments(
	teacherId: string,
	which: 'current' | 'archived' = 'current'
): Promise<Assignment[]> {
	const { db } = await getDatabase();
	return listTeacherAssignments(db, teacherId, which);
}

/** Settings that make the questions: fixed once a student has started, since answers refer to them. */
const QUESTION_SET_SETTINGS = ['count', 'types', 'facts', 'seedMode', 'shuffle', 'seed'] as const;

/** Whether any student has started: the question set can no longer change. */
export async function questionSetLocked(assignment: Assignment): Promise<boolean> {
	const { db } = await getDatabase();
	return hasAttempts(db, assignment.id);
}

/**
 * Saves the teacher's changed title and settings. Once a student has started, the question set
 * stays as it was whatever the form says; the seed always does (a new one would be a new quiz).
 * Returns the settings as saved.
 */
export async function editAssignment(
	assignment: Assignment,
	change: { title: string; settings: AssignmentSettings }
): Promise<{ settings: AssignmentSettings; questionSetKept: boolean }> {
	const { db } = await getDatabase();
	const locked = await hasAttempts(db, assignment.id);
	const settings: AssignmentSettings = { ...change.settings, seed: assignment.settings.seed };
	let questionSetKept = false;
	if (locked) {
		for (const name of QUESTION_SET_SETTINGS) {
			if (JSON.stringify(settings[name]) !== JSON.stringify(assignment.settings[name])) {
				questionSetKept = true;
			}
		}
		Object.assign(settings, pickQuestionSet(assignment.settings));
	}
	await updateAssignment(db, assignment.id, { title: change.title, settings });
	return { settings, questionSetKept };
}

function pickQuestionSet(settings: AssignmentSettings): Partial<AssignmentSettings> {
	return Object.fromEntries(QUESTION_SET_SETTINGS.map((name) => [name, settings[name]]));
}

/** A copy for another class: the same module version and settings, a new join code, no students. */
export async function duplicateAssignment(assignment: Assignment, title: string) {
	const { db } = await getDatabase();
	return createAssignment(db, {
		teacherId: assignment.teacherId,
		moduleId: assignment.moduleId,
		moduleVersionId: assignment.moduleVersionId,
		title,
		settings: assignment.settings,
		makeJoinCode
	});
}

/** Archives the assignment (it leaves the teacher's list, its data stays) or brings it back. */
export async function archiveAssignment(assignment: Assignment, archived: boolean): Promise<void> {
	const { db } = await getDatabase();
	await setArchivedAt(db, assignment.id, archived ? toTimestamp() : null);
}

/** Deletes the assignment with its students' data; the teacher's ownership is checked first. */
export async function removeAssignment(assignment: Assignment): Promise<void> {
	const { db } = await getDatabase();
	await deleteAssignment(db, assignment.id);
}

/** The teacher's own assignment, or null: another teacher's looks the same as none. */
export async function findTeacherAssignment(
	teacherId: string,
	assignmentId: string
): Promise<Assignment | null> {
	if (!/^as_[A-Za-z0-9_-]{22}$/.test(assignmentId)) return null;
	const { db } = await getDatabase();
	const assignment = await findAssignment(db, assignmentId);
	if (!assignment || assignment.teacherId !== teacherId) return null;
	return assignment;
}

/**
 * Refused joins tolerated per window: wrong codes per client address, and taken names per address
 * in one assignment. A class behind one NAT joins fine; past the limit every join from the address
 * (or from it to that assignment) is refused, right code or not, so that a refusal tells a guesser
 * nothing.
 */
export const JOIN_LIMIT = { refusals: 30, windowMs: 10 * 60 * 1000 };

export type JoinResult =
	| {
			ok: true;
			participant: Participant;
			resumeToken: string;
			assignment: Assignment;
			outcome: 'joined' | 'same-browser' | 'rejoined';
	  }
	| { ok: false; code: 'unknown-code' | 'name-missing' | 'name-too-long' | 'name-taken' }
	| { ok: false; code: 'rate-limited'; retryAfterSeconds: number };

export function resumeHashOf(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

function newResumeToken() {
	const resumeToken = randomBytes(18).toString('base64url');
	return { resumeToken, resumeHash: resumeHashOf(resumeToken) };
}

export async function joinAssignment(input: {
	code: string;
	displayName: string;
	/** The joining browser's learner id (its cookie): one seat per browser. */
	browserLearnerId: string;
	clientAddress: string;
}): Promise<JoinResult> {
	const name = input.displayName.trim().replace(/\s+/g, ' ');
	if (name === '') return { ok: false, code: 'name-missing' };
	if (name.length > STUDENT_NAME_MAX_LENGTH) return { ok: false, code: 'name-too-long' };
	const { db } = await getDatabase();
	const { refusals, windowMs } = JOIN_LIMIT;
	const addressKey = `join:${input.clientAddress}`;
	const limited = await peekRateLimit(db, addressKey, refusals, windowMs);
	if (!limited.allowed) return { ok: false, code: 'rate-limited', ...limited };
	const assignment = await findAssignmentByCode(db, normalizeJoinCode(input.code));
	if (!assignment) {
		const hit = await hitRateLimit(db, addressKey, refusals, windowMs);
		return hit.allowed
			? { ok: false, code: 'unknown-code' }
			: { ok: false, code: 'rate-limited', retryAfterSeconds: hit.retryAfterSeconds };
	}
	const seatKey = `join:${input.clientAddress}:${assignment.id}`;
	const seatLimited = await peekRateLimit(db, seatKey, refusals, windowMs);
	if (!seatLimited.allowed) return { ok: false, code: 'rate-limited', ...seatLimited };
	const seat = await joinSeat(db, {
		assignmentId: assignment.id,
		// Each seat is a learner of its own, so a shared school computer mixes no one's work.
		learnerId: newLearnerId(),
		displayName: name,
		joinedFrom: input.browserLearnerId,
		...newResumeToken()
	});
	if (seat.outcome === 'name-taken') {
		const hit = await hitRateLimit(db, seatKey, refusals, windowMs);
		return hit.allowed
			? { ok: false, code: 'name-taken' }
			: { ok: false, code: 'rate-limited', retryAfterSeconds: hit.retryAfterSeconds };
	}
	return {
		ok: true,
		participant: seat.participant,
		resumeToken: seat.resumeToken,
		assignment: assignment,
		outcome: seat.outcome
	};
}

/**
 * The student's resume link's token, made anew for a seat older than kept tokens; null when the
 * assignment has no such student.
 */
export async function resumeTokenOf(
	assignment: Assignment,
	participantId: string
): Promise<string | null> {
	const { db } = await getDatabase();
	return (
		(await findResumeToken(db, assignment.id, participantId)) ??
		replaceResumeToken(db, assignment.id, participantId, newResumeToken())
	);
}

/** The student's resume token as kept, or null for a seat older than kept tokens (or none). */
export async function keptResumeToken(
	assignment: Assignment,
	participantId: string
): Promise<string | null> {
	const { db } = await getDatabase();
	return findResumeToken(db, assignment.id, participantId);
}

/** Lets the student join once more under their name from another browser: the seat moves there. */
export async function allowRejoin(
	assignment: Assignment,
	participantId: string,
	allowed: boolean
): Promise<boolean> {
	const { db } = await getDatabase();
	return setRejoinAllowed(db, assignment.id, participantId, allowed);
}

export async function findParticipantByToken(token: string) {
	if (!/^[A-Za-z0-9_-]{24}$/.test(token)) return undefined;
	const { db } = await getDatabase();
	return findParticipantByResumeHash(db, resumeHashOf(token));
}

/** A student's seat (the participant and their assignment) from a resume token, or null. */
export async function findSeatByToken(token: string) {
	const participant = await findParticipantByToken(token);
	if (!participant) return null;
	const { db } = await getDatabase();
	const assignment = await findAssignment(db, participant.assignmentId);
	return assignment ? { participant, assignment } : null;
}

/** A student's attempts at the assignment, oldest first (without answers). */
export async function seatAttempts(
	assignment: Assignment,
	participant: Participant
): Promise<Attempt[]> {
	const { db } = await getDatabase();
	return listLearnerAssignmentAttempts(db, participant.learnerId, assignment.id);
}

/** Gives one student more time or attempts; false when they are not in the assignment. */
export async function grantAccommodations(
	assignment: Assignment,
	participantId: string,
	accommodations: { extraMinutes: number; extraAttempts: number }
): Promise<boolean> {
	const { db } = await getDatabase();
	return setAccommodations(db, { assignmentId: assignment.id, participantId, ...accommodations });
}

/** Deletes one student's seat, attempts and answers; false when they are not in the assignment. */
export async function removeStudent(assignment: Assignment, participantId: string) {
	const { db } = await getDatabase();
	return deleteParticipant(db, assignment.id, participantId);
}

export type AvailabilityReason = 'not-open' | 'past-due' | 'no-attempts-left';

export function attemptsAllowed(assignment: Assignment, participant: Participant): number {
	return assignment.settings.maxAttempts + participant.extraAttempts;
}

export function availability(
	assignment: Assignment,
	participant: Participant,
	attemptsUsed: number,
	now = new Date()
): AvailabilityReason | null {
	const at = toTimestamp(now);
	if (assignment.settings.opensAt && at < assignment.settings.opensAt) return 'not-open';
	if (assignment.settings.dueAt && at >= assignment.settings.dueAt) return 'past-due';
	if (attemptsUsed >= attemptsAllowed(assignment, participant)) return 'no-attempts-left';
	return null;
}

/** The questions of a student's attempt, as the assignment's seed settings make them. */
export function assignmentQuestions(
	module: QuizModule,
	assignment: Assignment,
	participant: Participant,
	attemptNumber: number
): { seed: string; questions: QuestionWithKey[] } {
	const { settings } = assignment;
	const quizOptions = {
		count: settings.count,
		...(settings.types ? { types: settings.types } : {}),
		...(settings.facts ? { facts: settings.facts } : {})
	};
	const seed =
		settings.seedMode === 'shared'
			? settings.seed
			: `${settings.seed}:${participant.id}:${attemptNumber}`;
	const questions = generateQuiz(module, quizOptions, seed).questions;
	if (!settings.shuffle) return { seed: String(seed), questions };
	return {
		seed: String(seed),
		questions: createRandom(`${participant.id}:${attemptNumber}`).shuffle(questions)
	};
}

/**
 * The quiz to print for a paper test: the one the assignment's seed makes, as a class quiz is (a
 * quiz per student prints its first student's version).
 */
export function paperQuiz(module: QuizModule, assignment: Assignment): QuestionWithKey[] {
	const { settings } = assignment;
	return generateQuiz(
		module,
		{
			count: settings.count,
			...(settings.types ? { types: settings.types } : {}),
			...(settings.facts ? { facts: settings.facts } : {})
		},
		settings.seed
	).questions;
}

/**
 * The module an assignment's attempts are made from and scored against: the version of a
 * published module it was made from (or last regraded with), whatever has been published or
 * unpublished since; the file as it is now for a module file.
 */
export async function assignmentModule(
	assignment: Pick<Assignment, 'moduleId' | 'moduleVersionId'>
): Promise<QuizModule | undefined> {
	return assignment.moduleVersionId
		? loadModuleVersion(assignment.moduleVersionId)
		: findModule(assignment.moduleId);
}

/**
 * A version of the assignment's module newer than the one it scores against, published by the
 * module's owner since (and perhaps unpublished again), or null.
 */
export async function newerModuleVersion(
	assignment: Assignment
): Promise<{ id: string; createdAt: string } | null> {
	if (!assignment.moduleVersionId) return null;
	const { db } = await getDatabase();
	const current = await findModuleVersion(db, assignment.moduleVersionId);
	if (!current) return null;
	const newest = await findNewestVersion(db, current);
	return newest.id === current.id ? null : newest;
}

/**
 * Starts the student's next attempt, or continues the open one: at most one is open and at most
 * the allowed number ever exist, however many starts arrive at once (`startAttemptOnce`).
 */
export async function startAssignmentAttempt(
	assignment: Assignment,
	participant: Participant
): Promise<
	| { ok: true; attempt: Attempt; started: boolean }
	| { ok: false; reason: AvailabilityReason | 'no-module' }
> {
	const module = await assignmentModule(assignment);
	if (!module) return { ok: false, reason: 'no-module' };
	const { db } = await getDatabase();
	const allowed = attemptsAllowed(assignment, participant);
	const start = await startAttemptOnce(
		db,
		participant.learnerId,
		{ assignmentId: assignment.id, moduleId: module.id, maxAttempts: allowed },
		(used) => {
			const reason = availability(assignment, participant, used);
			if (reason) throw new StartRefused(reason);
			const { seed, questions } = assignmentQuestions(module, assignment, participant, used + 1);
			const limit = assignment.settings.timeLimitMinutes;
			const deadline =
				limit === null ? null : new Date(Date.now() + (limit + participant.extraMinutes) * 60_000);
			return {
				seed,
				options: { count: questions.length, openBook: assignment.settings.openBook },
				questions,
				deadlineAt: deadline === null ? null : toTimestamp(deadline)
			};
		}
	).catch((failure: unknown) => {
		if (failure instanceof StartRefused) return { ok: false as const, reason: failure.reason };
		throw failure;
	});
	if (!start.ok) return { ok: false, reason: start.reason };
	return { ok: true, attempt: start.attempt, started: start.started };
}

/** Thrown out of the start's transaction (which it rolls back) when the dates forbid a start. */
class StartRefused extends Error {
	constructor(readonly reason: AvailabilityReason) {
		super(`attempt not started: ${reason}`);
	}
}

/** Whether the student may see keys and feedback of a submitted attempt now. */
export function feedbackVisible(assignment: Assignment, now = new Date()): boolean {
	switch (assignment.settings.feedback) {
		case 'immediate':
		case 'after-submit':
			return true;
		case 'after-due':
			return assignment.settings.dueAt !== null && toTimestamp(now) >= assignment.settings.dueAt;
		case 'never':
			return false;
	}
}

/**
 * Whether a module's keys are withheld from a learner for now, and why: while they have an open
 * class attempt at it, or a submitted one whose feedback the teacher has not released yet, its
 * practice and self-study results would give the keys away, and (closed-book) so would its
 * article. Null when nothing is withheld.
 */
export async function withheldModule(
	learnerId: string,
	moduleId: string,
	now = new Date()
): Promise<{ closedBook: boolean } | null> {
	const { db } = await getDatabase();
	const attempts = await listLearnerModuleClassAttempts(db, learnerId, moduleId);
	const withholding = attempts.filter(
		({ status, assignment }) => status === 'open' || !feedbackVisible(assignment, now)
	);
	if (withholding.length === 0) return null;
	return { closedBook: withholding.some(({ assignment }) => !assignment.settings.openBook) };
}

// What the teacher sees

export type { AssignmentOverview, AssignmentResults, StudentProgress } from './results';

const RESULTS = new ResultsCache(ATTEMPT_QUESTIONS);

/** Progress and item analysis, as the results page and its live refresh show them. */
export async function assignmentOverview(assignment: Assignment): Promise<AssignmentOverview> {
	const { db } = await getDatabase();
	return loadAssignmentOverview(db, assignment, RESULTS);
}

/** The overview with every attempt's answers, for exports and a student's own page. */
export async function assignmentResults(assignment: Assignment): Promise<AssignmentResults> {
	const { db } = await getDatabase();
	const [participants, attempts, overrides] = await Promise.all([
		listParticipants(db, assignment.id),
		listAssignmentAttempts(db, assignment.id, ATTEMPT_QUESTIONS),
		listAssignmentOverrides(db, assignment.id)
	]);
	return computeAssignmentResults(assignment, participants, attempts, {
		overrides,
		counts: countsForGrade(assignment, assignment.exclusions)
	});
}

/**
 * Whether a question counts towards the grade under these exclusions: neither its item (as the
 * results page names it) nor any of its facts is left out.
 */
export function countsForGrade(
	assignment: Pick<Assignment, 'settings'>,
	exclusions: Exclusions
): (question: QuestionWithKey) => boolean {
	const items = new Set(exclusions.items);
	const facts = new Set(exclusions.facts);
	return (question) =>
		!items.has(itemKey(assignment, question)) && !question.factIds.some((fact) => facts.has(fact));
}

/**
 * Rescores every submitted attempt against the given module (the module file as just fixed, or
 * the assignment's own version, or a newer version, which the assignment then keeps) and stores
 * what changed with a record of the regrade. Credits the teacher set by hand stay; questions left
 * out of grading (the assignment's exclusions, or the new ones given) count for nothing either way.
 */
export async function regradeAssignment(
	assignment: Assignment,
	teacherId: string,
	module: QuizModule,
	options: { moduleVersionId?: string; exclusions?: Exclusions } = {}
) {
	const { db } = await getDatabase();
	const [attempts, participants, overrides] = await Promise.all([
		listAssignmentAttempts(db, assignment.id, ATTEMPT_QUESTIONS),
		listParticipants(db, assignment.id),
		listAssignmentOverrides(db, assignment.id)
	]);
	const byLearner = new Map(
		participants.map((participant) => [participant.learnerId, participant])
	);
	const counts = countsForGrade(assignment, options.exclusions ?? assignment.exclusions);
	const changes: RegradeChange[] = [];
	for (const { attempt, answers } of attempts) {
		if (attempt.status !== 'submitted') continue;
		const stored = new Map(answers.map((answer) => [answer.questionId, answer]));
		const scored = scoreAttempt(
			module,
			attempt.questions,
			new Map(answers.map((answer) => [answer.questionId, answer.response]))
		).map(({ question, result }) => ({
			question,
			result,
			credit: overrides.get(overrideKey(attempt.id, question.id))?.credit ?? result.credit
		}));
		const changed = scored
			.map(({ question, result, credit }) => ({
				questionId: question.id,
				before: stored.get(question.id)?.credit ?? 0,
				after: credit,
				result
			}))
			.filter((answer) => Math.abs(answer.after - answer.before) > 1e-9);
		const graded = scored.filter(({ question }) => counts(question));
		const after = graded.reduce((total, { credit }) => total + credit, 0);
		const maxBefore = attempt.maxCredit ?? attempt.questions.length;
		const maxAfter = graded.length;
		const before = attempt.credit ?? 0;
		if (changed.length === 0 && Math.abs(after - before) <= 1e-9 && maxAfter === maxBefore) {
			continue;
		}
		const participant = byLearner.get(attempt.learnerId);
		changes.push({
			attemptId: attempt.id,
			participantId: participant?.id ?? null,
			displayName: participant?.displayName ?? attempt.learnerId,
			before,
			after,
			...(maxAfter === maxBefore ? {} : { maxBefore, maxAfter }),
			answers: changed
		});
	}
	const regrade = await applyRegrade(db, {
		assignmentId: assignment.id,
		teacherId,
		changes,
		...(options.moduleVersionId ? { moduleVersionId: options.moduleVersionId } : {}),
		...(options.exclusions ? { exclusions: options.exclusions } : {})
	});
	await queueLtiScores(changes.map((change) => change.attemptId));
	return regrade;
}

/** An answer of one of the assignment's submitted attempts, or null. */
async function submittedAnswerOf(assignment: Assignment, attemptId: string, questionId: string) {
	const { db } = await getDatabase();
	const attempts = await listAssignmentAttempts(db, assignment.id, ATTEMPT_QUESTIONS);
	const found = attempts.find(({ attempt }) => attempt.id === attemptId);
	if (!found || found.attempt.status !== 'submitted') return null;
	return found.attempt.questions.some((question) => question.id === questionId) ? found : null;
}

/**
 * Sets (or, with null, clears) the teacher's own credit for one answer, with an optional comment
 * the student sees, and regrades so that the attempt's total follows. False when the assignment
 * has no such submitted answer.
 */
export async function overrideAnswer(
	assignment: Assignment,
	teacherId: string,
	module: QuizModule,
	input: { attemptId: string; questionId: string; credit: number | null; comment: string | null }
): Promise<boolean> {
	if (!(await submittedAnswerOf(assignment, input.attemptId, input.questionId))) return false;
	const { db } = await getDatabase();
	if (input.credit === null) await deleteOverride(db, input.attemptId, input.questionId);
	else {
		await saveOverride(db, {
			attemptId: input.attemptId,
			questionId: input.questionId,
			credit: input.credit,
			comment: input.comment,
			teacherId
		});
	}
	await regradeAssignment(assignment, teacherId, module);
	return true;
}

/** The teacher's overrides of one attempt's answers by question id, as its student sees them. */
export async function attemptOverrides(attemptId: string) {
	const { db } = await getDatabase();
	return listAttemptOverrides(db, attemptId);
}

/** The teacher's overrides of the assignment's answers, keyed by `overrideKey`. */
export async function assignmentOverrides(assignment: Assignment) {
	const { db } = await getDatabase();
	return listAssignmentOverrides(db, assignment.id);
}

/** The assignment's regrades, newest first. */
export async function assignmentRegrades(assignment: Assignment) {
	const { db } = await getDatabase();
	return listRegrades(db, assignment.id);
}

/** The class assignment an attempt belongs to, or null for a self-learner's attempt. */
export async function assignmentOf(
	attempt: Pick<Attempt, 'assignmentId'>
): Promise<Assignment | null> {
	if (!attempt.assignmentId) return null;
	const { db } = await getDatabase();
	return (await findAssignment(db, attempt.assignmentId)) ?? null;
}

export function timeIsUp(attempt: Attempt, now = new Date()): boolean {
	return attempt.deadlineAt !== null && toTimestamp(now) >= attempt.deadlineAt;
}
