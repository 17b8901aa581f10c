import { describe, expect, it } from 'vitest';
import { checkQuestion } from '../src/lib/quiz/check';
import type { QuestionWithKey } from '../src/lib/quiz/question';

/**
 * What the automatic check refuses in questions of Polish articles, found by the blind reading
 * of tests/fixtures/judged/pl-{sad-lapowki-bialystok,szpitale-pomorskie,most-opole}.txt.
 */

const pl = { language: 'pl' as const };

function cloze(sentence: string, key: string, evidence: string): QuestionWithKey {
	return {
		id: 'cloze.f',
		type: 'cloze',
		factIds: ['f'],
		prompt: `Uzupełnij lukę w zdaniu z artykułu: ${sentence}`,
		evidence: [evidence],
		key: { value: key }
	};
}

function shortAnswer(prompt: string, key: string, evidence: string): QuestionWithKey {
	return {
		id: 'short-answer.f',
		type: 'short-answer',
		factIds: ['f'],
		prompt,
		evidence: [evidence],
		key: { value: key }
	};
}

function numeric(prompt: string, value: number, evidence: string): QuestionWithKey {
	return {
		id: 'numeric.f',
		type: 'numeric',
		factIds: ['f'],
		prompt,
		evidence: [evidence],
		key: { value }
	};
}

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
					'Jaka liczba pasuje w lukę: „Najdroższa opiewała na _____ zł.”?',
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
					'Jaka liczba pasuje w lukę: „Najdłuższy most w regionie ma _____ metrów.”?',
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
