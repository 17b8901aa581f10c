import type { QuestionBank } from './bank';
import { FLASHCARD_TYPES, flashcardAnswer } from './flashcards';
import type { Exporter } from './format';

const EVIDENCE_LABEL = { pl: 'Z artykułu:', en: 'From the article:' } as const;

/**
 * A field in Anki's text import: quoted when it holds a tab, a line break or a quote, with
 * quotes doubled, as Anki's CSV reader expects.
 */
function field(text: string): string {
	return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A deck name: "::" would make a subdeck and a line break would end the header. */
function deckName(title: string): string {
	return `factquiz::${title.replace(/\s+/g, ' ').replace(/::/g, ':').trim()}`;
}

/** Anki tags are separated by spaces and nest with "::". */
function tagsOf(bank: QuestionBank, entry: QuestionBank['questions'][number]): string {
	return [
		`factquiz::${bank.moduleId}`,
		`type::${entry.question.type}`,
		...entry.facts.map((fact) => `fact::${fact.id}`)
	].join(' ');
}

/**
 * Anki's "Import File" text format (Anki 2.1.55+): header lines say the separator, that fields
 * are plain text, the deck, the note type and which column holds the tags. Front: the
 * question; back: the answer, then the article's sentence.
 */
export function serializeAnki(bank: QuestionBank): string {
	const header = [
		'#separator:tab',
		'#html:false',
		'#notetype:Basic',
		`#deck:${deckName(bank.title)}`,
		'#tags column:3'
	];
	const label = EVIDENCE_LABEL[bank.labelLanguage];
	const rows = bank.questions.map((entry) => {
		const back = `${flashcardAnswer(entry, bank.language)}\n\n${label} ${entry.question.evidence.join(' ')}`;
		return [field(entry.question.prompt), field(back), tagsOf(bank, entry)].join('\t');
	});
	return [...header, ...rows].map((line) => `${line}\n`).join('');
}

export const ankiExporter: Exporter = {
	title: 'Anki',
	supportedTypes: FLASHCARD_TYPES,
	destination: {
		pl: 'Anki: Plik → Importuj → wybierz plik (talia, typ notatki i tagi są w nagłówku pliku)',
		en: 'Anki: File → Import → choose the file (deck, note type and tags are in its header)'
	},
	serialize: (bank) => ({
		kind: 'text',
		text: serializeAnki(bank),
		mediaType: 'text/plain; charset=utf-8',
		extension: 'txt'
	})
};
