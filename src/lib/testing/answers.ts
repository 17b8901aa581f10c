import type { QuestionWithKey } from '../quiz/question';

/** The response a learner who knows everything gives, in the shape each question type takes. */
export function rightResponse(
	question: QuestionWithKey
): string | string[] | Record<string, string> {
	switch (question.type) {
		case 'numeric':
			return String(question.key.value);
		case 'cloze':
		case 'short-answer':
			return question.key.value;
		case 'single-choice':
		case 'true-false':
			return question.key.choiceIds[0] ?? '';
		case 'multiple-response':
			return question.key.choiceIds;
		case 'ordering':
			return question.key.order;
		case 'matching':
			return question.key.pairs;
	}
}
