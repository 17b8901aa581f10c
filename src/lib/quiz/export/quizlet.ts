import type { QuestionBank } from './bank';
import { FLASHCARD_TYPES, flashcardAnswer } from './flashcards';
import type { Exporter } from './format';

/** Quizlet's import has no quoting: a tab or a line break would split the card. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Quizlet's "Import" box: one card a line, term TAB definition. */
export function serializeQuizlet(bank: QuestionBank): string {
	return bank.questions
		.map(
			(entry) =>
				`${oneLine(entry.question.prompt)}\t${oneLine(flashcardAnswer(entry, bank.language))}\n`
		)
		.join('');
}

export const quizletExporter: Exporter = {
	title: 'Quizlet',
	supportedTypes: FLASHCARD_TYPES,
	destination: {
		pl: 'Quizlet: Utwórz → Zestaw fiszek → Importuj → wklej tekst (tabulator między terminem a definicją, nowy wiersz między kartami)',
		en: 'Quizlet: Create → Flashcard set → Import → paste the text (tab between term and definition, new line between cards)'
	},
	serialize: (bank) => ({
		kind: 'text',
		text: serializeQuizlet(bank),
		mediaType: 'text/tab-separated-values; charset=utf-8',
		extension: 'txt'
	})
};
