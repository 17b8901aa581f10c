import { describe, expect, it } from 'vitest';
import { wordingProblems } from '../src/lib/quiz/check';
import { extractFacts } from '../src/lib/quiz/extract/extract';
import { loadMorphology } from '../src/lib/server/morphology';

/**
 * Polish "Ile …?" questions the unseen2 reading found flawed, on news sentences written here:
 * the verb left last after an auxiliary or a noun the dictionary also reads as a verb, a bound
 * ("ponad") dropped, a name in the genitive torn from the noun it qualifies.
 */

const morphology = loadMorphology('pl');

function questionOf(text: string, value: number): string | undefined {
	return extractFacts(text, { language: 'pl', morphology }).candidates.find(
		(found) => found.kind === 'number' && found.value === value
	)?.question;
}

describe('a Polish figure question', () => {
	it('puts a verb with its auxiliary before the subject', () => {
		expect(questionOf('Bilet z Koszalina do Bobolic będzie kosztował 9,60 zł.', 9.6)).toBe(
			'Ile zł będzie kosztował bilet z Koszalina do Bobolic?'
		);
	});

	it('puts the verb first after a noun that is also a verb’s form', () => {
		expect(questionOf('Dzwon waży ok. 1,2 t, a jego wartość szacują na 2 mln zł.', 1.2)).toBe(
			'Ile t waży dzwon?'
		);
		expect(questionOf('Skarb waży ok. 1,2 kg.', 1.2)).toBe('Ile kg waży skarb?');
		expect(questionOf('Zabezpieczenie całego wału kosztowałoby 3,2 mln zł.', 3_200_000)).toBe(
			'Ile zł kosztowałoby zabezpieczenie całego wału?'
		);
	});

	it('keeps "ponad" by quoting the sentence around a gap', () => {
		expect(
			questionOf('Zabezpieczenie całego wału kosztowałoby ponad 3,2 mln zł.', 3_200_000)
		).toMatch(/ponad _____ zł/u);
	});

	it('keeps a name in the genitive with the noun it qualifies', () => {
		expect(
			questionOf(
				'Z pożarem przez 14 godzin walczyło 31 zastępów Państwowej Straży Pożarnej (PSP), a ewakuowano 40 osób.',
				31
			)
		).toBe('Ile zastępów Państwowej Straży Pożarnej (PSP) walczyło z pożarem przez 14 godzin?');
		expect(
			questionOf('W poniedziałek do pracy wróciło 120 pracowników Zakładów Azotowych.', 120)
		).toBe('Ilu pracowników Zakładów Azotowych wróciło w poniedziałek do pracy?');
	});
});

describe('the check of a genitive torn from its noun', () => {
	const said =
		'Z pożarem przez 14 godzin walczyło 31 zastępów Państwowej Straży Pożarnej (PSP), a ewakuowano 40 osób.';
	it('refuses the torn question and passes the whole one', () => {
		expect(
			wordingProblems(
				'Ile zastępów z pożarem przez 14 godzin walczyło Państwowej Straży Pożarnej (PSP)?',
				said,
				'pl'
			)
		).toContain('prompt-fragment');
		expect(
			wordingProblems(
				'Ile zastępów Państwowej Straży Pożarnej (PSP) walczyło z pożarem przez 14 godzin?',
				said,
				'pl'
			)
		).toEqual([]);
	});
});
