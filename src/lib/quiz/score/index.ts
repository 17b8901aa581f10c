import { findFact, type QuizModule } from '../module';
import type { QuestionType, QuestionWithKey } from '../question';
import { scoreMultipleResponse, scoreSingleChoice } from './choice';
import { scoreFactAnswer } from './fact';
import { scoreMatching } from './match';
import { scoreOrdering } from './order';
import { refused, refuseUnreadable, scored, type ScoreResult } from './result';
import { matchesPhrase } from './text';

type Scorer<T extends QuestionType> = (
	module: QuizModule,
	question: Extract<QuestionWithKey, { type: T }>,
	response: unknown
) => ScoreResult;

function typedAnswer(
	module: QuizModule,
	question: QuestionWithKey,
	response: unknown
): ScoreResult {
	const fact = findFact(module, question.factIds[0] ?? '');
	return fact ? scoreFactAnswer(module, fact, response) : refused({ code: 'not-recognised' });
}

/**
 * A cloze gap asks for the words left out, which may say less than the whole fact: part of
 * a free-text answer ("niepodważalnych dowodów"), a date without its year ("do połowy
 * stycznia"), a name by its role ("The observatory"). Those words earn full credit.
 */
function clozeAnswer(
	module: QuizModule,
	question: QuestionWithKey,
	response: unknown
): ScoreResult {
	const fact = findFact(module, question.factIds[0] ?? '');
	if (fact?.cloze && typeof response === 'string') {
		const unreadable = refuseUnreadable(response);
		if (unreadable) return unreadable;
		if (matchesPhrase(response, fact.cloze, module.language)) {
			// Grouped with the answers that give the same value in other words, where it has one.
			const value =
				fact.kind === 'text' ? null : scoreFactAnswer(module, fact, response).normalized;
			return scored(1, { code: 'exact' }, value ?? fact.cloze);
		}
	}
	return typedAnswer(module, question, response);
}

/** Question type → scorer. A new question type with a new kind of answer adds one line here. */
export const scorers: { [T in QuestionType]: Scorer<T> } = {
	numeric: typedAnswer,
	cloze: clozeAnswer,
	'short-answer': typedAnswer,
	'single-choice': (_, question, response) =>
		scoreSingleChoice(question.key.choiceIds[0] ?? '', choiceIdsOf(question), response),
	'true-false': (_, question, response) =>
		scoreSingleChoice(question.key.choiceIds[0] ?? '', choiceIdsOf(question), response),
	'multiple-response': (_, question, response) =>
		scoreMultipleResponse(question.key.choiceIds, choiceIdsOf(question), response),
	ordering: (_, question, response) => scoreOrdering(question.key.order, response),
	matching: (_, question, response) =>
		scoreMatching(question.key.pairs, choiceIdsOf(question), response)
};

function choiceIdsOf(question: { choices: { id: string }[] }): string[] {
	return question.choices.map((choice) => choice.id);
}

/**
 * Scores a response to a question. Scoring looks facts up in the module as it is now, so a
 * corrected fact (a wider tolerance, a new alias) changes the credit on a regrade.
 */
export function scoreQuestion(
	module: QuizModule,
	question: QuestionWithKey,
	response: unknown
): ScoreResult {
	const scorer = scorers[question.type] as Scorer<QuestionType>;
	return scorer(module, question as never, response);
}

export { scoreFactAnswer };
export type { ScoreResult };
