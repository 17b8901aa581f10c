import type { QuestionWithKey } from '../quiz/question';

/**
 * Questions of recent attempts. An attempt's questions never change once it exists, so any
 * process may keep them: most requests then skip reading and parsing the largest column.
 * Bounded, oldest out first (a Map iterates in insertion order).
 */
const cache = new Map<string, QuestionWithKey[]>();
const CAPACITY = 2000;

export function cachedQuestions(attemptId: string): QuestionWithKey[] | undefined {
	return cache.get(attemptId);
}

export function rememberQuestions(attemptId: string, questions: QuestionWithKey[]): void {
	if (cache.has(attemptId)) return;
	if (cache.size >= CAPACITY) {
		const oldest = cache.keys().next().value;
		if (oldest !== undefined) cache.delete(oldest);
	}
	cache.set(attemptId, questions);
}
