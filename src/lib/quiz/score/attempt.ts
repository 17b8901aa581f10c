import type { QuizModule } from '../module';
import type { QuestionWithKey } from '../question';
import { scoreQuestion } from '.';
import type { ScoreResult } from './result';

export interface ScoredQuestion {
	question: QuestionWithKey;
	response: unknown;
	result: ScoreResult;
}

/** Whether a saved response says anything: a cleared field or an empty selection does not. */
export function hasResponse(response: unknown): boolean {
	if (response === null || response === undefined || response === '') return false;
	if (Array.isArray(response)) return response.length > 0;
	if (typeof response === 'object') return Object.keys(response).length > 0;
	return true;
}

/** Scores every question of an attempt; an unanswered question earns nothing. */
export function scoreAttempt(
	module: QuizModule,
	questions: QuestionWithKey[],
	responses: Map<string, unknown>
): ScoredQuestion[] {
	return questions.map((question): ScoredQuestion => {
		const response = responses.get(question.id) ?? null;
		const result: ScoreResult = hasResponse(response)
			? scoreQuestion(module, question, response)
			: { credit: 0, verdict: 'invalid', reason: { code: 'empty' }, normalized: null };
		return { question, response, result };
	});
}

/** Credit as pages and exports show it: two decimals, so 1/3 of a point reads 0.33. */
export function roundCredit(credit: number): number {
	return Math.round(credit * 100) / 100;
}
