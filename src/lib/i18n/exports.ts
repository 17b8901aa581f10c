import type { Language } from '$lib/quiz/content';
import type { OmissionReason } from '$lib/quiz/export/format';

/** The words of the export downloads (module and assignment pages), in Polish and English. */

function polishQuestions(count: number): string {
	const tens = count % 100;
	const ones = count % 10;
	if (count === 1) return '1 pytanie';
	if (ones >= 2 && ones <= 4 && (tens < 12 || tens > 14)) return `${count} pytania`;
	return `${count} pytań`;
}

const pl = {
	heading: 'Eksport pytań',
	moduleIntro:
		'Bank pytań tego modułu w formatach innych platform: każde pytanie, jakie da się ułożyć z każdego faktu.',
	assignmentIntro:
		'Pytania tego zadania (jego wersja modułu, typy pytań i fakty) w formatach innych platform.',
	keyWarning: 'Pliki zawierają klucz odpowiedzi: nie udostępniaj ich uczniom.',
	download: (title: string) => `Pobierz: ${title}`,
	holds: (count: number) => polishQuestions(count),
	nothingToExport: 'Ten format nie pomieści żadnego z tych pytań.',
	leftOut: 'Pominięte',
	whereItGoes: 'Gdzie zaimportować',
	reason: (reason: OmissionReason): string => {
		switch (reason.code) {
			case 'type-not-supported':
				return 'format nie ma takiego typu pytań';
			case 'too-long':
				return reason.part === 'question'
					? `pytanie dłuższe niż ${reason.limit} znaków`
					: `odpowiedź dłuższa niż ${reason.limit} znaków`;
			case 'too-many-answers':
				return `więcej niż ${reason.limit} odpowiedzi`;
			case 'unescapable':
				return `odpowiedź zawiera „${reason.text}”, czego format nie potrafi zapisać`;
		}
	},
	formatNotFound: (format: string) => `Nie ma formatu eksportu „${format}”.`
};

const en: typeof pl = {
	heading: 'Export questions',
	moduleIntro:
		"This module's question bank in other platforms' formats: every question each fact can make.",
	assignmentIntro:
		"This assignment's questions (its module version, question types and facts) in other platforms' formats.",
	keyWarning: 'The files hold the answer key: do not share them with students.',
	download: (title: string) => `Download: ${title}`,
	holds: (count: number) => (count === 1 ? '1 question' : `${count} questions`),
	nothingToExport: 'This format can hold none of these questions.',
	leftOut: 'Left out',
	whereItGoes: 'Where to import it',
	reason: (reason: OmissionReason): string => {
		switch (reason.code) {
			case 'type-not-supported':
				return 'the format has no such question type';
			case 'too-long':
				return `${reason.part} longer than ${reason.limit} characters`;
			case 'too-many-answers':
				return `more than ${reason.limit} answers`;
			case 'unescapable':
				return `an answer holds "${reason.text}", which the format cannot write`;
		}
	},
	formatNotFound: (format: string) => `There is no export format "${format}".`
};

export const EXPORTS: Record<Language, typeof pl> = { pl, en };
