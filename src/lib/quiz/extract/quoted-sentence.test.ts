import { describe, expect, it } from 'vitest';
import { ENGLISH_EXTRACTION, quotedSentence as quotedEnglish } from './lexicon-en';
import { POLISH_EXTRACTION, quotedSentence as quotedPolish } from './lexicon-pl';

/** A gap question quoting a sentence that opens on a quotation read `""In Hereford…`. */
describe('a quoted sentence that holds a quotation', () => {
	it('nests an English quotation in single quotes', () => {
		expect(quotedEnglish('"Parking in the old town rose by _____," the mayor said.')).toBe(
			`"'Parking in the old town rose by _____,' the mayor said."`
		);
		expect(quotedEnglish('The mayor called it “a fair price” for _____ spaces.')).toBe(
			`"The mayor called it 'a fair price' for _____ spaces."`
		);
	});

	it('nests a Polish quotation in «»', () => {
		expect(quotedPolish('„Hala będzie gotowa w _____” – zapewnił burmistrz.')).toBe(
			'„«Hala będzie gotowa w _____» – zapewnił burmistrz.”'
		);
		expect(quotedPolish('Spółka "Wodbud" zatrudni _____ osób.')).toBe(
			'„Spółka «Wodbud» zatrudni _____ osób.”'
		);
	});

	it('gives a sentence that is one quotation whole the template’s marks alone', () => {
		expect(quotedEnglish('"We will reopen the aviary in _____."')).toBe(
			'"We will reopen the aviary in _____."'
		);
		expect(quotedPolish('„Basen otworzymy w _____.”')).toBe('„Basen otworzymy w _____.”');
	});

	it('leaves a quotation cut by the sentence splitter for the check to refuse', () => {
		expect(quotedEnglish('"We will reopen the aviary in _____.')).toBe(
			'""We will reopen the aviary in _____."'
		);
	});

	it('is what the gap templates print', () => {
		const english = ENGLISH_EXTRACTION.questions.whichDate(
			'"In Ross, fees rose in _____," he said.',
			true
		);
		expect(english).toBe(`Which year fills the gap: "'In Ross, fees rose in _____,' he said."?`);
		expect(POLISH_EXTRACTION.questions.whichDate('Sklep otwarto _____.')).toBe(
			'Jaka data pasuje do luki: „Sklep otwarto _____.”?'
		);
		const polish = POLISH_EXTRACTION.questions.whichNumber('„Zapłacimy _____ zł” – dodał.');
		expect(polish).toBe('Jaka liczba pasuje do luki: „«Zapłacimy _____ zł» – dodał.”?');
	});
});
