import { describe, expect, it } from 'vitest';
import {
	numericQuestion as numeric,
	shortAnswerQuestion as shortAnswer
} from '../src/lib/testing/checked-questions';
import { checkQuestion, wordingProblems } from '../src/lib/quiz/check';
import { extractFacts } from '../src/lib/quiz/extract/extract';

describe('a wh-question that keeps a relative word of a subordinate clause', () => {
	const said = 'The depot where new trams will be serviced is due to open in 2029, the mayor said.';
	it('is refused when another wh-word follows the question word or its auxiliary', () => {
		const issues = checkQuestion(
			shortAnswer('When is where new trams will be serviced due to open?', '2029', said),
			{ language: 'en' }
		);
		expect(issues).toContain('prompt-fragment');
		expect(wordingProblems('When was which the hospital wing opened?', said, 'en')).toContain(
			'prompt-fragment'
		);
		expect(wordingProblems('Where whose licence was revoked?', said, 'en')).toContain(
			'prompt-fragment'
		);
	});
	it('leaves a whole question alone', () => {
		expect(wordingProblems('When is the tram depot due to open?', said, 'en')).not.toContain(
			'prompt-fragment'
		);
		expect(wordingProblems('Which company won the contract?', said, 'en')).not.toContain(
			'prompt-fragment'
		);
	});
});

describe('a Polish question ending in a preposition or built on an infinitive alone', () => {
	const said =
		'Wykonawca chce zakończyć przebudowę dworca w ciągu 14 miesięcy od podpisania umowy.';
	it('is refused when a preposition or a prepositional phrase is left without its noun', () => {
		expect(
			wordingProblems(
				'Ile miesięcy wykonawca przebudowę dworca chce zakończyć w ciągu?',
				said,
				'pl'
			)
		).toContain('prompt-fragment');
		expect(wordingProblems('Ile osób zatrzymano między?', said, 'pl')).toContain('prompt-fragment');
		expect(wordingProblems('Ile lat drogę remontowano w trakcie?', said, 'pl')).toContain(
			'prompt-fragment'
		);
	});
	it('is refused when its only verb is an infinitive', () => {
		expect(
			wordingProblems('Ile miesięcy wykonawca przebudowę dworca zakończyć?', said, 'pl')
		).toContain('prompt-fragment');
		expect(wordingProblems('Ile lat gmina nową halę sportową wybudować?', said, 'pl')).toContain(
			'prompt-fragment'
		);
	});
	it('leaves questions with a finite verb alone', () => {
		expect(
			wordingProblems('Ile miesięcy wykonawca chce przebudowywać dworzec?', said, 'pl')
		).not.toContain('prompt-fragment');
		expect(wordingProblems('Ile miesięcy ma potrwać przebudowa dworca?', said, 'pl')).not.toContain(
			'prompt-fragment'
		);
		expect(wordingProblems('Ilu radnych głosowało za?', said, 'pl')).not.toContain(
			'prompt-fragment'
		);
		expect(wordingProblems('Ile osób opowiedziało się za?', said, 'pl')).not.toContain(
			'prompt-fragment'
		);
		expect(wordingProblems('Ile zł gmina zapłaciła za?', said, 'pl')).toContain('prompt-fragment');
	});
});

describe('a comparison asked with no main clause', () => {
	it('is refused in English when no verb comes before the second "as"', () => {
		const said = 'The new runway is three times as long as the airfield previously allowed.';
		expect(
			checkQuestion(
				numeric('How many times as long as the airfield previously allowed?', 3, said),
				{
					language: 'en'
				}
			)
		).toContain('prompt-fragment');
		expect(
			wordingProblems('How many times as long is the new runway as the old one?', said, 'en')
		).not.toContain('prompt-fragment');
	});
	it('is refused in Polish when no verb comes before "niż"', () => {
		const said = 'Nowa hala pomieści cztery razy więcej widzów niż dotychczasowa sala.';
		expect(
			checkQuestion(numeric('Ile razy więcej widzów niż dotychczasowa sala?', 4, said), {
				language: 'pl'
			})
		).toContain('prompt-fragment');
		expect(
			wordingProblems(
				'Ile razy więcej widzów pomieści nowa hala niż dotychczasowa sala?',
				said,
				'pl'
			)
		).not.toContain('prompt-fragment');
	});
});

describe('a range cut at its dash', () => {
	it('is refused when a figure and a dash stand right before the gap or the end', () => {
		const said = 'W każdej grupie ćwiczy po 6-8 zawodników.';
		expect(
			checkQuestion(numeric('Ile zawodników w każdej grupie ćwiczy po 6-?', 8, said), {
				language: 'pl'
			})
		).toContain('prompt-fragment');
		expect(
			checkQuestion(
				numeric('Uzupełnij: „W każdej grupie ćwiczy po 6- _____ zawodników.”', 8, said),
				{ language: 'pl' }
			)
		).toContain('prompt-fragment');
	});
});

describe('a range of figures is asked nothing of by extraction', () => {
	function numberValues(text: string, language: 'pl' | 'en'): unknown[] {
		return extractFacts(text, { language })
			.candidates.filter((candidate) => candidate.kind === 'number')
			.map((candidate) => candidate.value);
	}

	it('keys neither end of a Polish range, and no question shows half of it', () => {
		const text =
			'Gmina Zalesie zamknie dwie szkoły. W małych szkołach w jednej klasie uczy się po 4-7 dzieci, a w większych po 19 uczniów. Ściany pokryto płytami grubości 35-40 cm.';
		const values = numberValues(text, 'pl');
		expect(values).toContain(19);
		for (const end of [4, 7, 35, 40]) expect(values).not.toContain(end);
		for (const candidate of extractFacts(text, { language: 'pl' }).candidates)
			expect(candidate.question).not.toMatch(/\d\s*[-–]\s*(?:_{3,}|\?)/u);
	});

	it('keys neither end of an English range', () => {
		const text =
			'Engineers laid concrete blocks weighing 12-15 tonnes each. The repairs took 7 months.';
		const values = numberValues(text, 'en');
		expect(values).toContain(7);
		for (const end of [12, 15]) expect(values).not.toContain(end);
	});
});
