import type { QuestionWithKey } from '../quiz/question';

/**
 * Questions as generation words them, built by hand for the tests of the automatic question
 * check (`src/lib/quiz/check.ts`): one fact each, the evidence the sentence given.
 */

export function numericQuestion(prompt: string, value: number, evidence: string): QuestionWithKey {
	return {
		id: `numeric.${value}`,
		type: 'numeric',
		factIds: [`f-${value}`],
		prompt,
		evidence: [evidence],
		key: { value }
	};
}

export function shortAnswerQuestion(
	prompt: string,
	key: string,
	evidence: string
): QuestionWithKey {
	return {
		id: 'short-answer.f',
		type: 'short-answer',
		factIds: ['f'],
		prompt,
		evidence: [evidence],
		key: { value: key }
	};
}

const CLOZE_LEADS = {
	pl: 'Uzupełnij lukę w zdaniu z artykułu:',
	en: 'Fill in the gap in this sentence from the article:'
} as const;

export function clozeQuestion(
	sentence: string,
	key: string,
	evidence: string,
	language: 'pl' | 'en'
): QuestionWithKey {
	return {
		id: 'cloze.f',
		type: 'cloze',
		factIds: ['f'],
		prompt: `${CLOZE_LEADS[language]} ${sentence}`,
		evidence: [evidence],
		key: { value: key }
	};
}
