import { findFact, type QuizModule } from '../module';
import type { QuestionType, QuestionWithKey } from '../question';
import { scoreMultipleResponse, scoreSingleChoice } from './choice';
import { scoreFactAnswer } from './fact';
import { scoreMatching } from './match';
import { scoreOrdering } from './order';
import { refused, refuseUnreadable, scored, type ScoreResult } from './result';
import { matchesPhrase } from './phrase-index';

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
 * A cloze gap asks for the words left out, which may say less than the whole fact: part of a
 * free-text answer ("niepodważalnych dowodów"), or a name by its role ("The observatory"). Those
 * words earn full credit. For a figure, a date or a name they count only when the fact's own
 * scorer cannot read the answer at all: one it reads as another figure, year or entity stays
 * wrong, whatever words it shares with the gap.
 */
function clozeAnswer(
	module: QuizModule,
	question: QuestionWithKey,
	response: unknown
): ScoreResult {
	const fact = findFact(module, question.factIds[0] ?? '');
	const gapWords = (answer: string) =>
		fact?.cloze !== undefined && matchesPhrase(answer, fact.cloze, module.language);
	if (fact?.kind === 'text' && typeof response === 'string') {
		const unreadable = refuseUnreadable(response);
		if (unreadable) return unreadable;
		if (gapWords(response)) return scored(1, { code: 'exact' }, fact.cloze ?? null);
	}
	const result = typedAnswer(module, question, response);
	if (typeof response === 'string' && unreadByFact(result) && gapWords(response)) {
		return scored(1, { code: 'exact' }, fact?.cloze ?? null);
	}
	return result;
}

function unreadByFact({ reason }: ScoreResult): boolean {
	return (
		reason.code === 'not-recognised' ||
		reason.code === 'not-a-number' ||
		(reason.code === 'wrong-date' && reason.part === 'unreadable')
	);
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
