import { createHash, randomBytes, randomInt } from 'node:crypto';
import { generateQuiz } from '$lib/quiz/generate';
import type { QuizModule } from '$lib/quiz/module';
import type { QuestionWithKey } from '$lib/quiz/question';
import { scoreAttempt } from '$lib/quiz/score/attempt';
import { createRandom } from '$lib/quiz/random';
import {
	computeAssignmentResults,
	loadAssignmentOverview,
	ResultsCache,
	type AssignmentOverview,
	type AssignmentResults
} from './results';
import { createAttempt, type Attempt } from './db/attempts';
import { toTimestamp } from './db/codec';
import {
	countLearnerAttempts,
	listAssignmentAttempts,
	listLearnerAssignmentAttempts
} from './db/assignment-attempts';
import {
	createAssignment,
	deleteAssignment,
	findAssignment,
	findAssignmentByCode,
	listTeacherAssignments,
	type Assignment
} from './db/assignments';
import {
	createParticipant,
	deleteParticipant,
	findParticipantByResumeHash,
	listParticipants,
	setAccommodations,
	type Participant
} from './db/participants';
import { hitRateLimit } from './db/rate-limits';
import { applyRegrade, listRegrades, type RegradeChange } from './db/regrades';
import { getDatabase } from './db';
import { cachedQuestions, rememberQuestions } from './questions-cache';
import { findModule } from './library';

export { FEEDBACK_TIMINGS } from './db/assignments';
import type { AssignmentSettings } from './db/assignments';
export type { Assignment, AssignmentSettings, FeedbackTiming } from './db/assignments';

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

export async function createClassAssignment(
	teacherId: string,
	module: QuizModule,
	title: string,
	settings: AssignmentSettings
): Promise<Assignment> {
	const { db } = await getDatabase();
	return createAssignment(db, {
		teacherId,
		moduleId: module.id,
		title,
		settings,
		makeJoinCode
	});
}

/** The teacher's assignments, newest first. */
export async function teacherAssignments(teacherId: string): Promise<Assignment[]> {
	const { db } = await getDatabase();
	return listTeacherAssignments(db, teacherId);
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

/** Wrong join codes tolerated per client address in a window; a class behind one NAT joins fine. */
const JOIN_GUESS_LIMIT = { hits: 20, windowMs: 10 * 60 * 1000 };

export type JoinResult =
	| { ok: true; participant: Participant; resumeToken: string; assignment: Assignment }
	| { ok: false; code: 'unknown-code' | 'name-missing' | 'name-too-long' }
	| { ok: false; code: 'rate-limited'; retryAfterSeconds: number };

export function resumeHashOf(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export async function joinAssignment(input: {
	code: string;
	displayName: string;
	learnerId: string;
	clientAddress: string;
}): Promise<JoinResult> {
	const name = input.displayName.trim();
	if (name === '') return { ok: false, code: 'name-missing' };
	if (name.length > STUDENT_NAME_MAX_LENGTH) return { ok: false, code: 'name-too-long' };
	const { db } = await getDatabase();
	const guessKey = `join:${input.clientAddress}`;
	const assignment = await findAssignmentByCode(db, normalizeJoinCode(input.code));
	if (!assignment) {
		const hit = await hitRateLimit(db, guessKey, JOIN_GUESS_LIMIT.hits, JOIN_GUESS_LIMIT.windowMs);
		return hit.allowed
			? { ok: false, code: 'unknown-code' }
			: { ok: false, code: 'rate-limited', retryAfterSeconds: hit.retryAfterSeconds };
	}
	const resumeToken = randomBytes(18).toString('base64url');
	const participant = await createParticipant(db, {
		assignmentId: assignment.id,
		learnerId: input.learnerId,
		displayName: name,
		resumeHash: resumeHashOf(resumeToken)
	});
	return { ok: true, participant, resumeToken, assignment };
}

export async function findParticipantByToken(token: string) {
	if (!/^[A-Za-z0-9_-]{24}$/.test(token)) return undefined;
	const { db } = await getDatabase();
	return findParticipantByResumeHash(db, resumeHashOf(token));
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

export async function startAssignmentAttempt(
	assignment: Assignment,
	participant: Participant
): Promise<
	{ ok: true; attempt: Attempt } | { ok: false; reason: AvailabilityReason | 'no-module' }
> {
	const module = findModule(assignment.moduleId);
	if (!module) return { ok: false, reason: 'no-module' };
	const { db } = await getDatabase();
	const used = await countLearnerAttempts(db, participant.learnerId, assignment.id);
	const reason = availability(assignment, participant, used);
	if (reason) return { ok: false, reason };
	const { seed, questions } = assignmentQuestions(module, assignment, participant, used + 1);
	const limit = assignment.settings.timeLimitMinutes;
	const deadline =
		limit === null ? null : new Date(Date.now() + (limit + participant.extraMinutes) * 60_000);
	const attempt = await createAttempt(db, {
		learnerId: participant.learnerId,
		moduleId: module.id,
		seed,
		options: { count: questions.length, openBook: assignment.settings.openBook },
		questions,
		assignmentId: assignment.id,
		deadlineAt: deadline === null ? null : toTimestamp(deadline)
	});
	return { ok: true, attempt };
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
	const [participants, attempts] = await Promise.all([
		listParticipants(db, assignment.id),
		listAssignmentAttempts(db, assignment.id, ATTEMPT_QUESTIONS)
	]);
	return computeAssignmentResults(assignment, participants, attempts);
}

/**
 * Rescores every submitted attempt against the module as it is now (after a fact's key or
 * aliases were fixed) and stores what changed with a record of the regrade.
 */
export async function regradeAssignment(
	assignment: Assignment,
	teacherId: string,
	module: QuizModule
) {
	const { db } = await getDatabase();
	const [attempts, participants] = await Promise.all([
		listAssignmentAttempts(db, assignment.id, ATTEMPT_QUESTIONS),
		listParticipants(db, assignment.id)
	]);
	const byLearner = new Map(
		participants.map((participant) => [participant.learnerId, participant])
	);
	const changes: RegradeChange[] = [];
	for (const { attempt, answers } of attempts) {
		if (attempt.status !== 'submitted') continue;
		const stored = new Map(answers.map((answer) => [answer.questionId, answer]));
		const scored = scoreAttempt(
			module,
			attempt.questions,
			new Map(answers.map((answer) => [answer.questionId, answer.response]))
		);
		const changed = scored
			.map(({ question, result }) => ({
				questionId: question.id,
				before: stored.get(question.id)?.credit ?? 0,
				after: result.credit,
				result
			}))
			.filter((answer) => Math.abs(answer.after - answer.before) > 1e-9);
		if (changed.length === 0) continue;
		const after = scored.reduce((total, { result }) => total + result.credit, 0);
		const participant = byLearner.get(attempt.learnerId);
		changes.push({
			attemptId: attempt.id,
			participantId: participant?.id ?? null,
			displayName: participant?.displayName ?? attempt.learnerId,
			before: attempt.credit ?? 0,
			after,
			answers: changed
		});
	}
	return applyRegrade(db, { assignmentId: assignment.id, teacherId, changes });
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
