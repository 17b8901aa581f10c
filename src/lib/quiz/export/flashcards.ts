import type { Language } from '../content';
import { formatNumber } from '../language/number';
import type { QuestionType } from '../question';
import type { BankFigure, BankQuestion } from './bank';

/**
 * A flashcard shows a question and, turned over, its answer: the types answered by typing.
 * A choice question's prompt asks to pick among options a card does not show.
 */
export const FLASHCARD_TYPES = [
	'numeric',
	'short-answer',
	'cloze'
] as const satisfies readonly QuestionType[];

function figureText(figure: BankFigure, language: Language): string {
	const value = formatNumber(figure.value, language);
	if (figure.unit === '%') return `${value}%`;
	return figure.unit ? `${value} ${figure.unit}` : value;
}

/** The answer on the back of the card: the key as the article words it. */
export function flashcardAnswer(entry: BankQuestion, language: Language): string {
	const { question, figure } = entry;
	switch (question.type) {
		case 'numeric':
			return figure ? figureText(figure, language) : formatNumber(question.key.value, language);
		case 'short-answer':
		case 'cloze':
			return question.key.value;
		default:
			throw new TypeError(`a flashcard cannot hold a ${question.type} question`);
	}
}
