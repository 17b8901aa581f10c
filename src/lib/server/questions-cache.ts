import type { QuestionWithKey } from '../quiz/question';

/**
 * What never changes about an attempt once it exists: its questions, whose it is and what it
 * was made from. Any process may keep them, so most requests skip reading and parsing the
 * largest column, and an answer is saved without reading the attempt first. Bounded, oldest out
 * first (a Map iterates in insertion order).
 */
const CAPACITY = 2000;

/** Whose an attempt is and what it was made from. */
export interface AttemptOrigin {
	learnerId: string;
	moduleId: string;
	assignmentId: string | null;
}

const questionsByAttempt = new Map<string, QuestionWithKey[]>();
const originsByAttempt = new Map<string, AttemptOrigin>();

function keep<T>(cache: Map<string, T>, attemptId: string, value: T): void {
	if (cache.has(attemptId)) return;
	if (cache.size >= CAPACITY) {
		const oldest = cache.keys().next().value;
		if (oldest !== undefined) cache.delete(oldest);
	}
	cache.set(attemptId, value);
}

export function cachedQuestions(attemptId: string): QuestionWithKey[] | undefined {
	return questionsByAttempt.get(attemptId);
}

export function rememberQuestions(attemptId: string, questions: QuestionWithKey[]): void {
	keep(questionsByAttempt, attemptId, questions);
}

export function cachedOrigin(attemptId: string): AttemptOrigin | undefined {
	return originsByAttempt.get(attemptId);
}

export function rememberOrigin(attemptId: string, origin: AttemptOrigin): void {
	keep(originsByAttempt, attemptId, origin);
}
