import type { Language } from '../content';

/** Wording that generated questions need, in the module's language (not the UI's). */
export interface QuizPhrases {
	true: string;
	false: string;
	trueFalse: string;
	cloze: string;
	/** The cloze's lead when the sentence before the gapped one is shown too. */
	clozePassage: string;
	gap: string;
	ordering: string;
	matching: string;
	chooseOne: string;
	chooseAll: string;
	and: string;
	/** The label of a related-article box in an article. */
	relatedArticle: string;
	percent: (value: number) => string;
}

export const QUIZ_PHRASES: Record<Language, QuizPhrases> = {
	pl: {
		true: 'Prawda',
		false: 'Fałsz',
		trueFalse: 'Prawda czy fałsz?',
		cloze: 'Uzupełnij lukę w zdaniu z artykułu:',
		clozePassage: 'Uzupełnij lukę we fragmencie artykułu:',
		gap: '_____',
		ordering: 'Uporządkuj od najmniejszej do największej liczby:',
		matching: 'Dopasuj liczby do tego, co liczą:',
		chooseOne: 'Wybierz jedną odpowiedź.',
		chooseAll: 'Zaznacz wszystkie poprawne odpowiedzi.',
		and: 'i',
		relatedArticle: 'Czytaj więcej',
		percent: (value) => `${String(value).replace('.', ',')}%`
	},
	en: {
		true: 'True',
		false: 'False',
		trueFalse: 'True or false?',
		cloze: 'Fill in the gap in this sentence from the article:',
		clozePassage: 'Fill in the gap in this passage from the article:',
		gap: '_____',
		ordering: 'Put in order from the smallest to the largest number:',
		matching: 'Match each number with what it counts:',
		chooseOne: 'Choose one answer.',
		chooseAll: 'Select all correct answers.',
		and: 'and',
		relatedArticle: 'Read more',
		percent: (value) => `${value}%`
	}
};
