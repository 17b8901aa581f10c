import { randomInt } from 'node:crypto';
import { generateQuiz } from '$lib/quiz/generate';
import type { QuizModule } from '$lib/quiz/module';
import { publicQuestion, type QuestionWithKey, type Response } from '$lib/quiz/question';
import { hasResponse, scoreAttempt } from '$lib/quiz/score/attempt';
import { scoreQuestion } from '$lib/quiz/score';
import type { ScoreResult } from '$lib/quiz/score/result';
import { readAnswerForm, type FormFields, type FormRefusal } from '$lib/answer-form';
import { assignmentModule, assignmentOf } from './assignments';
import {
	AttemptError,
	type AttemptErrorCode,
	findAttemptWith,
	listAnswers,
	listOpenAttempts,
	submitAttempt
} from './db/attempts';
import { saveAnswer } from './db/answer-saves';
import { startAttemptOnce } from './db/attempt-starts';
import { getDatabase } from './db';
import { findModule } from './library';
import { queueLtiScores } from './lti/scores';
import {
	cachedOrigin,
	cachedQuestions,
	rememberOrigin,
	rememberQuestions,
	type AttemptOrigin
} from './questions-cache';

/**
 * The learner's quiz as the routes use it: attempts belong to one anonymous learner, keys
 * stay here, and the browser gets public questions until the attempt is submitted.
 */

export const QUESTION_COUNTS = [5, 10, 15, 20] as const;
export const DEFAULT_QUESTION_COUNT = 10;

/** What a self-learner picks when starting a quiz: how many questions, and open or closed book. */
export interface QuizChoice {
	count: number;
	openBook: boolean;
}

/**
 * Starts a quiz of the module, or continues the learner's open one: one open attempt per module
 * studied alone, however many starts arrive at once (`startAttemptOnce`).
 */
export async function startAttempt(learnerId: string, module: QuizModule, options: QuizChoice) {
	const { db } = await getDatabase();
	const start = await startAttemptOnce(
		db,
		learnerId,
		{ assignmentId: null, moduleId: module.id, maxAttempts: null },
		() => {
			const seed = randomInt(1, 2 ** 31 - 1);
			const quiz = generateQuiz(module, { count: options.count }, seed);
			return { seed: String(seed), options, questions: quiz.questions };
		}
	);
	if (!start.ok) throw new Error(`starting a quiz of ${module.id}: ${start.reason} (no limit set)`);
	return { attempt: start.attempt, started: start.started };
}

/** The learner's open quiz of the module studied alone (not in an assignment), if any. */
export async function openStudyAttemptId(learnerId: string, moduleId: string) {
	const { db } = await getDatabase();
	const open = await listOpenAttempts(db, learnerId);
	return (
		open.find((attempt) => attempt.moduleId === moduleId && attempt.assignmentId === null)?.id ??
		null
	);
}

const ATTEMPT_ID = /^a_[A-Za-z0-9_-]{22}$/;

async function loadAttempt(attemptId: string, learnerId: string) {
	if (!ATTEMPT_ID.test(attemptId)) return null;
	const { db } = await getDatabase();
	const attempt = await findAttemptWith(db, attemptId, cachedQuestions);
	if (!attempt) return null;
	rememberQuestions(attemptId, attempt.questions);
	rememberOrigin(attemptId, {
		learnerId: attempt.learnerId,
		moduleId: attempt.moduleId,
		assignmentId: attempt.assignmentId
	});
	if (attempt.learnerId !== learnerId) return null;
	const module = await attemptModule(attempt);
	if (!module) return null;
	return { db, attempt, module };
}

/**
 * The module an attempt is scored against: its assignment's version for a class attempt (which
 * no later publish or unpublish of the module changes), the module as served for a self-learner.
 */
async function attemptModule(attempt: Pick<AttemptOrigin, 'moduleId' | 'assignmentId'>) {
	if (!attempt.assignmentId) return findModule(attempt.moduleId);
	const assignment = await assignmentOf(attempt);
	return assignment ? assignmentModule(assignment) : undefined;
}

/** The learner's own attempt, or null: an unknown id and someone else's look the same. */
export async function loadOwnAttempt(attemptId: string, learnerId: string) {
	const found = await loadAttempt(attemptId, learnerId);
	if (!found) return null;
	const answers = await listAnswers(found.db, attemptId);
	const responses = new Map(answers.map((answer) => [answer.questionId, answer]));
	return { attempt: found.attempt, module: found.module, answers, responses };
}

/**
 * The question of the learner's own attempt that an answer is for (null when the attempt is not
 * theirs; `question` null when there is no such question). Whose an attempt is and its questions
 * never change, so a process that has read the attempt once answers from memory: whether the
 * attempt is still open is for the save to find out (`AttemptError`), in the same statement that
 * takes its lock. The module is needed only to check an answer, and is read then.
 */
async function loadQuestionToAnswer(attemptId: string, learnerId: string, index: number) {
	let origin: AttemptOrigin | undefined = cachedOrigin(attemptId);
	let questions = cachedQuestions(attemptId);
	if (!origin || !questions) {
		const found = await loadAttempt(attemptId, learnerId);
		if (!found) return null;
		origin = found.attempt;
		questions = found.attempt.questions;
	}
	if (origin.learnerId !== learnerId) return null;
	return {
		assignmentId: origin.assignmentId,
		moduleId: origin.moduleId,
		questions,
		question: questions[index] ?? null
	};
}

/** Why a learner's answer was not saved; each has its own message and status in the routes. */
export type AnswerRefusal =
	| { code: 'not-found' | 'question-not-found' }
	| { code: 'invalid'; field: string; reason: FormRefusal }
	| { code: Exclude<AttemptErrorCode, 'not-found'> };

export type AnswerSaving =
	| { saved: true; total: number; checked: boolean }
	| { saved: false; total: number; refusal: AnswerRefusal };

/**
 * Saves the answer a question's form sends, for the page's form action and the autosave
 * endpoint alike. `check` asks for the answer to be scored now and made final, which only an
 * assignment with immediate feedback allows. Nothing is stored unless it is saved.
 */
export async function saveAnswerFromForm(
	attemptId: string,
	learnerId: string,
	index: number,
	form: FormFields,
	check = false
): Promise<AnswerSaving> {
	const found = Number.isInteger(index)
		? await loadQuestionToAnswer(attemptId, learnerId, index)
		: null;
	if (!found) return { saved: false, total: 0, refusal: { code: 'not-found' } };
	const { question, questions } = found;
	const total = questions.length;
	if (!question) return { saved: false, total, refusal: { code: 'question-not-found' } };
	const reading = readAnswerForm(publicQuestion(question, index), form);
	if (!reading.ok) {
		return {
			saved: false,
			total,
			refusal: { code: 'invalid', field: reading.field, reason: reading.code }
		};
	}
	const assignment = check && reading.response !== null ? await assignmentOf(found) : null;
	const module =
		assignment?.settings.feedback === 'immediate' ? await assignmentModule(assignment) : undefined;
	try {
		await recordAnswer(
			attemptId,
			question.id,
			reading.response,
			module && reading.response !== null
				? scoreQuestion(module, question, reading.response)
				: undefined
		);
	} catch (failure) {
		if (failure instanceof AttemptError) {
			return {
				saved: false,
				total,
				refusal: failure.code === 'not-found' ? { code: 'not-found' } : { code: failure.code }
			};
		}
		throw failure;
	}
	return { saved: true, total, checked: module !== undefined };
}

async function recordAnswer(
	attemptId: string,
	questionId: string,
	response: Response | null,
	check?: ScoreResult
) {
	const { db } = await getDatabase();
	return saveAnswer(db, { attemptId, questionId, response, ...(check ? { check } : {}) });
}

/**
 * Submits once: a second submit (another tab, a double click, a replay) returns the first result.
 * `counts` leaves out of the total what a class assignment's teacher excluded from grading.
 */
export async function submitOwnAttempt(
	attemptId: string,
	module: QuizModule,
	counts: (question: QuestionWithKey) => boolean = () => true
) {
	const { db } = await getDatabase();
	const submitted = await submitAttempt(db, attemptId, (answers, attempt) => {
		const responses = new Map(answers.map((answer) => [answer.questionId, answer.response]));
		const scored = scoreAttempt(module, attempt.questions, responses);
		return {
			results: scored.map(({ question, result }) => ({
				questionId: question.id,
				credit: result.credit,
				result
			})),
			credit: scored
				.filter(({ question }) => counts(question))
				.reduce((total, { result }) => total + result.credit, 0),
			maxCredit: scored.filter(({ question }) => counts(question)).length
		};
	});
	await queueLtiScores([attemptId]);
	return submitted;
}

/** The learner's unfinished attempts with their progress, for "continue your quiz". */
export async function openAttemptsOf(learnerId: string) {
	const { db } = await getDatabase();
	const attempts = await listOpenAttempts(db, learnerId);
	return Promise.all(
		attempts.map(async (attempt) => {
			const answers = await listAnswers(db, attempt.id);
			return {
				id: attempt.id,
				moduleId: attempt.moduleId,
				answered: answers.filter((answer) => hasResponse(answer.response)).length,
				total: attempt.questions.length
			};
		})
	);
}
