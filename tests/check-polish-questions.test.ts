import { describe, expect, it } from 'vitest';
import {
	clozeQuestion,
	numericQuestion as numeric,
	shortAnswerQuestion as shortAnswer
} from '../src/lib/testing/checked-questions';
import { checkQuestion } from '../src/lib/quiz/check';

const cloze = (sentence: string, key: string, evidence: string) =>
	clozeQuestion(sentence, key, evidence, 'pl');

/**
 * What the automatic check refuses in questions of Polish articles, found by the blind reading
 * of tests/fixtures/judged/pl-{sad-lapowki-bialystok,szpitale-pomorskie,most-opole}.txt.
 */

const pl = { language: 'pl' as const };

describe('a gap that ends the sentence and takes a period with its preposition', () => {
	const control = 'Kontrola potrwa do końca czerwca 2027 r.';
	const promise = '- Nie zamkniemy żadnej porodówki przed końcem 2027 r.';

	it('is refused as a cloze: any span of time fits "Kontrola potrwa _____"', () => {
		expect(
			checkQuestion(cloze('Kontrola potrwa _____', 'do końca czerwca 2027 r.', control), pl)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(
				cloze('Nie zamkniemy żadnej porodówki _____', 'przed końcem 2027 r.', promise),
				pl
			)
		).toContain('prompt-fragment');
	});

	it('is refused as a when-question around the gap', () => {
		expect(
			checkQuestion(
				shortAnswer('Kiedy? Uzupełnij lukę: „Kontrola potrwa _____”', 'czerwiec 2027', control),
				pl
			)
		).toContain('prompt-fragment');
	});

	it('leaves a date gap that only a date fits', () => {
		const plans =
			'Wojewoda opolski Monika Jurek przypomniała, że pierwsze plany obwodnicy powstały w 1976 r.';
		expect(
			checkQuestion(
				cloze(
					'Wojewoda opolski Monika Jurek przypomniała, że pierwsze plany obwodnicy powstały w _____',
					'1976 r.',
					plans
				),
				pl
			)
		).toEqual([]);
	});
});

describe('a sentence whose subject is an adjective standing for a noun of the one before', () => {
	const evidence = 'Najdroższa opiewała na 1,79 mld zł.';

	it('is refused: the dearest what?', () => {
		expect(
			checkQuestion(
				numeric(
					'Jaka liczba pasuje do luki: „Najdroższa opiewała na _____ zł.”?',
					1_790_000_000,
					evidence
				),
				pl
			)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(cloze('Najdroższa opiewała na _____ zł.', '1,79 mld', evidence), pl)
		).toContain('prompt-fragment');
	});

	it('leaves a superlative before its noun', () => {
		const bridge = 'Najdłuższy most w regionie ma 640 metrów.';
		expect(
			checkQuestion(
				numeric(
					'Jaka liczba pasuje do luki: „Najdłuższy most w regionie ma _____ metrów.”?',
					640,
					bridge
				),
				pl
			)
		).toEqual([]);
	});
});

describe('a period asked by one of its ends', () => {
	const evidence = 'Prace potrwają od marca 2027 do października 2029 r.';

	it('is refused while the other end stays in the question', () => {
		expect(
			checkQuestion(
				shortAnswer('Do kiedy prace potrwają od marca 2027?', 'październik 2029', evidence),
				pl
			)
		).toContain('prompt-fragment');
	});

	it('is asked when the other end is not in it', () => {
		expect(
			checkQuestion(shortAnswer('Do kiedy prace potrwają?', 'październik 2029', evidence), pl)
		).toEqual([]);
	});
});

/**
 * Classes found by the blind reading of tests/fixtures/blind (2026-12-07), each with sentences
 * written here.
 */
describe('a question made of a relative clause or a participle phrase', () => {
	const contest = 'Starostwo rozstrzygnęło konkurs, w którym w 2025 r. nagrodziło 14 szkół.';
	const book =
		'Monografia dwóch historyków, wydana w 2021 r. przez Ossolineum, zdobyła trzy nagrody.';
	const hall = 'Nowa hala, otwarta w 2019 r., kosztowała 64 mln zł.';

	it('is refused when the relative word is left with no noun to qualify', () => {
		expect(
			checkQuestion(shortAnswer('Kiedy w którym nagrodziło 14 szkół?', '2025', contest), pl)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(numeric('Ile szkół nagrodziło w którym w 2025 r.?', 14, contest), pl)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(
				numeric(
					'Ile parkingów powstanie zgodnie z którym do 2030 r.?',
					12,
					'Zarząd przyjął plan, zgodnie z którym do 2030 r. powstanie 12 parkingów.'
				),
				pl
			)
		).toContain('prompt-fragment');
	});

	it('is refused when a participle stands where the verb should', () => {
		expect(
			checkQuestion(shortAnswer('Kiedy wydana przez Ossolineum?', '2021', book), pl)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(numeric('Ile zł otwarta w 2019 r., kosztowała?', 64_000_000, hall), pl)
		).toContain('prompt-fragment');
	});

	it('leaves a relative clause set off by its comma and a question with a verb', () => {
		expect(
			checkQuestion(
				numeric(
					'Ile osób mieszkało w kamienicy, w której wybuchł pożar?',
					37,
					'W kamienicy, w której wybuchł pożar, mieszkało 37 osób.'
				),
				pl
			)
		).toEqual([]);
		expect(
			checkQuestion(
				shortAnswer(
					'Kiedy gmina wyremontowała 18 przystanków?',
					'2024',
					'Gmina wyremontowała w 2024 r. 18 przystanków.'
				),
				pl
			)
		).toEqual([]);
		expect(
			checkQuestion(
				shortAnswer(
					'Kiedy otwarta zostanie nowa hala?',
					'2027',
					'W 2027 r. otwarta zostanie nowa hala.'
				),
				pl
			)
		).toEqual([]);
	});
});

describe('a question that opens with a relative word and its preposition', () => {
	it('is a question of its own', () => {
		expect(
			checkQuestion(
				shortAnswer('W którym roku otwarto halę?', '2019', 'Halę otwarto w 2019 r.'),
				pl
			)
		).toEqual([]);
	});
});

describe('a question asking which, with "których" before its noun', () => {
	it('is no relative clause', () => {
		expect(
			checkQuestion(
				shortAnswer(
					'Radni których gmin poparli budowę spalarni?',
					'Gostynin',
					'Budowę spalarni poparli radni Gostynina i Sannik.'
				),
				pl
			)
		).not.toContain('prompt-fragment');
	});
});
