import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { generateQuiz } from '$lib/quiz/generate';
import type { QuizModule } from '$lib/quiz/module';
import type { QuestionType, QuestionWithKey } from '$lib/quiz/question';
import { scoreQuestion } from '$lib/quiz/score';
import type { ScoreResult } from '$lib/quiz/score/result';
import {
	addReviewLog,
	clearPracticeTry,
	countDueCards,
	findPracticeTry,
	findReviewCard,
	listReviewCards,
	recordPracticeTry,
	upsertReviewCard
} from './db/reviews';
import { getDatabase } from './db';
import { listPracticeLogsSince } from './db/learner-history';

/**
 * Practice: one fact at a time, scheduled per learner with FSRS (the algorithm Anki uses).
 * A fact answered wrongly comes back within minutes; one answered right first time, in days.
 */

const scheduler = fsrs();

/** Single-fact question types: ordering and matching need several facts at once. */
const PRACTICE_TYPES: QuestionType[] = [
	'numeric',
	'single-choice',
	'multiple-response',
	'true-false',
	'cloze',
	'short-answer'
];

/** Cards come back from JSON with their dates as strings. */
function reviveCard(stored: unknown): Card {
	const card = stored as Card & { due: string; last_review?: string };
	return {
		...card,
		due: new Date(card.due),
		...(card.last_review ? { last_review: new Date(card.last_review) } : {})
	};
}

/** Right first time is Good, right at the second try Hard, wrong Again. */
export function ratingFor(credit: number, tryNumber: number): Grade {
	if (credit >= 1) return tryNumber <= 1 ? Rating.Good : Rating.Hard;
	return Rating.Again;
}

export interface PracticeItem {
	factId: string;
	/** How the page's form names the question (`practiceRef`): never the fact id. */
	ref: string;
	question: QuestionWithKey;
	/** True when nothing was due and no fact was new: the learner practises ahead of schedule. */
	ahead: boolean;
	dueCount: number;
	newCount: number;
}

/** The question for one fact, the same for the same seed: a reload shows the same question. */
export function practiceQuestion(
	module: QuizModule,
	factId: string,
	seed: string
): QuestionWithKey | null {
	const [question] = generateQuiz(
		module,
		{ count: 1, facts: [factId], types: PRACTICE_TYPES },
		seed
	).questions;
	return question ?? null;
}

/** The seed of a learner's question on a fact: a reload shows the same question, a review a new one. */
function practiceSeed(learnerId: string, factId: string, reps: number): string {
	return `${learnerId}:${factId}:${reps}`;
}

/**
 * How the practice form names the question it answers: the fact's place in the module and how
 * often the learner has reviewed it, from which the server makes the same question again. Never
 * the fact id, which authors make of the value (`osoby-9`), nor the seed, which contains it.
 */
function practiceRef(module: QuizModule, factId: string, reps: number): string {
	return `${module.facts.findIndex((fact) => fact.id === factId)}.${reps}`;
}

const PRACTICE_REF = /^(\d{1,5})\.(\d{1,6})$/;

/** The question a practice form answers (see `practiceRef`), or null when the form names none. */
export function practiceQuestionOf(
	module: QuizModule,
	learnerId: string,
	ref: string
): { factId: string; question: QuestionWithKey } | null {
	const match = PRACTICE_REF.exec(ref);
	const fact = match ? module.facts[Number(match[1])] : undefined;
	if (!match || !fact) return null;
	const question = practiceQuestion(
		module,
		fact.id,
		practiceSeed(learnerId, fact.id, Number(match[2]))
	);
	return question ? { factId: fact.id, question } : null;
}

/** What to practise next: the most overdue fact, else a fact never practised, else the soonest due. */
export async function nextPracticeItem(
	learnerId: string,
	module: QuizModule,
	now = new Date()
): Promise<PracticeItem | null> {
	const { db } = await getDatabase();
	const cards = await listReviewCards(db, learnerId, { moduleId: module.id });
	const known = new Map(cards.map((card) => [card.factId, card]));
	const facts = module.facts.filter((fact) => practiceQuestion(module, fact.id, 'probe') !== null);
	const due = cards.filter(
		(card) => new Date(card.dueAt) <= now && facts.some((fact) => fact.id === card.factId)
	);
	const fresh = facts.filter((fact) => !known.has(fact.id));
	const chosen = due[0]?.factId ?? fresh[0]?.id ?? cards[0]?.factId;
	if (!chosen) return null;
	const reps = known.get(chosen) ? reviveCard(known.get(chosen)?.card).reps : 0;
	const question = practiceQuestion(module, chosen, practiceSeed(learnerId, chosen, reps));
	if (!question) return null;
	return {
		factId: chosen,
		ref: practiceRef(module, chosen, reps),
		question,
		ahead: due.length === 0 && fresh.length === 0,
		dueCount: due.length,
		newCount: fresh.length
	};
}

/** Records a final answer to a practice question and reschedules its fact. */
export async function recordPractice(
	learnerId: string,
	module: QuizModule,
	factId: string,
	result: ScoreResult,
	tryNumber: number,
	now = new Date()
) {
	const { db } = await getDatabase();
	const existing = await findReviewCard(db, { learnerId, moduleId: module.id, factId });
	const card = existing ? reviveCard(existing.card) : createEmptyCard(now);
	const rating = ratingFor(result.credit, tryNumber);
	const next = scheduler.next(card, now, rating).card;
	await upsertReviewCard(db, {
		learnerId,
		moduleId: module.id,
		factId,
		card: next,
		dueAt: next.due,
		now
	});
	await addReviewLog(db, {
		learnerId,
		moduleId: module.id,
		factId,
		rating,
		credit: result.credit,
		reviewedAt: now
	});
	return { due: next.due, rating };
}

export type PracticeAnswer =
	| { final: false; tryNumber: 1; result: ScoreResult }
	| { final: true; tryNumber: 1 | 2; result: ScoreResult; due: Date };

/**
 * Scores an answer to a practice question. Which try it is, is the server's to know: a wrong
 * first answer is remembered, and only the next answer to the same question (a right one, or a
 * second wrong one) is final and shows the key. What the form says about tries counts for nothing.
 */
export async function answerPractice(
	learnerId: string,
	module: QuizModule,
	question: QuestionWithKey,
	input: { factId: string; seed: string; response: unknown },
	now = new Date()
): Promise<PracticeAnswer> {
	const { db } = await getDatabase();
	const key = { learnerId, moduleId: module.id, factId: input.factId };
	const result = scorePractice(module, question, input.response);
	const pending = await findPracticeTry(db, key);
	const tryNumber = pending?.seed === input.seed ? 2 : 1;
	if (result.credit < 1 && tryNumber === 1) {
		await recordPracticeTry(db, { ...key, seed: input.seed, now });
		return { final: false, tryNumber, result };
	}
	const scheduled = await recordPractice(learnerId, module, input.factId, result, tryNumber, now);
	if (pending) await clearPracticeTry(db, key);
	return { final: true, tryNumber, result, due: scheduled.due };
}

export function scorePractice(
	module: QuizModule,
	question: QuestionWithKey,
	response: unknown
): ScoreResult {
	return scoreQuestion(module, question, response);
}

export async function dueFactCount(learnerId: string, now = new Date()): Promise<number> {
	const { db } = await getDatabase();
	return countDueCards(db, learnerId, now);
}

/**
 * Today's practice of a module so far (today in the school's zone): how many facts were
 * reviewed and how many of them right, for the session's progress line and its summary.
 */
export async function practiceToday(
	learnerId: string,
	moduleId: string,
	timeZone: string,
	now = new Date()
): Promise<{ reviewed: number; right: number }> {
	const { db } = await getDatabase();
	const dayOf = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(at);
	const today = dayOf(now);
	// A day of logs in UTC may straddle two school days: read the UTC days around it.
	const since = new Date(now.getTime() - 36 * 60 * 60 * 1000).toISOString();
	const logs = await listPracticeLogsSince(db, learnerId, moduleId, since);
	const todays = logs.filter((log) => dayOf(new Date(log.reviewedAt)) === today);
	return {
		reviewed: todays.length,
		right: todays.filter((log) => log.credit >= 1).length
	};
}
