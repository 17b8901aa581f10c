import { describe, expect, it } from 'vitest';
import { statementProblems, wordingProblems } from '../src/lib/quiz/check';
import { extractFacts } from '../src/lib/quiz/extract';
import { EXTRACTION_LEXICONS } from '../src/lib/quiz/extract/lexicon';
import { loadMorphology } from '../src/lib/server/morphology';

/**
 * What the check let through in the blind reading of tests/fixtures/unseen6 (/work/judge6.md,
 * classes A, B, C and W2), on news sentences written here: a question left with only its verb,
 * an auxiliary inverted across reported speech, a Polish "Ile" with no verb, a sentence that
 * points back, a bare generic noun.
 */

const morphology = loadMorphology('pl');

function candidateOf(text: string, language: 'pl' | 'en', id: (found: { id: string }) => boolean) {
	return extractFacts(text, {
		language,
		...(language === 'pl' ? { morphology } : {})
	}).candidates.find(id);
}

describe('a question whose words after its head are only a verb (class A)', () => {
	it('is refused in English: "Who resigned?", "Which organisation confirmed?"', () => {
		const evidence =
			'The library will close for good in March, Ashford Borough Council has confirmed.';
		expect(wordingProblems('Who confirmed?', evidence, 'en')).toContain('prompt-fragment');
		expect(wordingProblems('Which organisation has confirmed?', evidence, 'en')).toContain(
			'prompt-fragment'
		);
		// A name or an object says what is asked.
		expect(
			wordingProblems(
				'Who confirmed the closure of the library?',
				'Ashford Borough Council confirmed the closure of the library.',
				'en'
			)
		).toEqual([]);
	});

	it('is refused in Polish: a subject elided, a noun that needs its complement, "każdy"', () => {
		const hall = 'Hala stanie przy ul. Leśnej i ma kosztować 12 mln zł.';
		expect(wordingProblems('Ile zł ma kosztować?', hall, 'pl')).toContain('prompt-fragment');
		const bus = 'Dojazd do Torunia zajmuje godzinę, a każdy bilet kosztuje 24 zł.';
		expect(wordingProblems('Ile zł kosztuje każdy bilet?', bus, 'pl')).toContain('prompt-fragment');
		const will = 'Chęć udziału zgłosiło już Stowarzyszenie Przyjaciół Wisły.';
		expect(wordingProblems('Kto zgłosił już chęć udziału?', will, 'pl')).toContain(
			'prompt-fragment'
		);
		const rest = 'Resztę zapłaciła Fundacja Orlen.';
		expect(wordingProblems('Kto zapłacił resztę?', rest, 'pl')).toContain('prompt-fragment');
		// "Ile kosztowała budowa mostu?": a verb right after "Ile", and a noun asked of.
		const bridge = 'Budowa mostu kosztowała 212 mln zł.';
		expect(wordingProblems('Ile zł kosztowała budowa mostu?', bridge, 'pl')).toEqual([]);
		expect(
			wordingProblems('Ile miesięcy potrwają prace?', 'Prace potrwają 14 miesięcy.', 'pl')
		).toEqual([]);
	});

	it('takes a generic noun that a word after it qualifies: "nowy budynek szkoły"', () => {
		expect(
			wordingProblems(
				'Ile miejsc ma nowy budynek szkoły?',
				'Nowy budynek szkoły ma 150 miejsc.',
				'pl'
			)
		).toEqual([]);
		expect(
			wordingProblems(
				'When will the company’s depot open?',
				'The company’s depot will open in May.',
				'en'
			)
		).toEqual([]);
	});

	it('is refused when a reported clause has no subject: "…, że od lat nie mieściła…"', () => {
		const evidence = 'Dyrektor szkoły Anna Wrona mówi, że od dawna nie wystarczała uczniom.';
		expect(
			wordingProblems('Kto mówi, że od dawna nie wystarczała uczniom?', evidence, 'pl')
		).toContain('prompt-fragment');
	});

	it('falls back to the gap in the suggested wording', () => {
		const english = candidateOf(
			'The pier will reopen in May after a £3m repair, Worthing Borough Council has announced.',
			'en',
			(found) => found.id === 'announce'
		);
		expect(english?.question).toMatch(
			/^Which organisation fills the gap: .*, _____ has announced\."\?$/u
		);
		const polish = candidateOf(
			'Nowa hala stanie w Kosowie, ok. 4 km od centrum, i ma kosztować 9,2 mln zł.',
			'pl',
			(found) => found.id === 'zl-9200000'
		);
		expect(polish?.question).toMatch(
			/^Jaka liczba pasuje do luki: „.*ma kosztować _____ zł\.”\?$/u
		);
	});
});

describe('an ungrammatical question (class B)', () => {
	it('refuses an English auxiliary inverted across "says" or "said"', () => {
		const says = 'The operator says it has a licence for the route from June 2028.';
		expect(
			wordingProblems('When has the operator says it a licence for the route?', says, 'en')
		).toContain('prompt-fragment');
		const said =
			'Mr Tom Reed, the firm’s director, said the firm had sold the depot after a review in 2024.';
		expect(
			wordingProblems('When had said the firm sold the depot after a review?', said, 'en')
		).toContain('prompt-fragment');
	});

	it('refuses "When" of a span that the date only starts', () => {
		const evidence = 'The repairs are expected to take 14 weeks from June 2027, the trust said.';
		expect(
			wordingProblems('When are the repairs expected to take 14 weeks?', evidence, 'en')
		).toContain('prompt-fragment');
		expect(
			wordingProblems(
				'When are the repairs expected to start?',
				'The repairs are expected to start in June 2027.',
				'en'
			)
		).toEqual([]);
	});

	it('asks a date inside reported speech by its gap', () => {
		const found = candidateOf(
			'The operator says it has a licence for the route from June 2028.',
			'en',
			(candidate) => candidate.id.startsWith('date-2028')
		);
		expect(found?.question).toMatch(/^Which date fills the gap: /u);
	});

	it('refuses a Polish "Ile" with no verb, and a measure left without its figure', () => {
		const fee = 'Bilet normalny kosztuje 30 zł, a ulgowy 15 zł.';
		expect(wordingProblems('Ile zł ulgowy?', fee, 'pl')).toContain('prompt-fragment');
		expect(
			wordingProblems(
				'Ile zł wypożyczenie godzinowo?',
				'Karnet kosztuje 90 zł, a wypożyczenie 20 zł godzinowo.',
				'pl'
			)
		).toContain('prompt-fragment');
		const tank = 'W piwnicy stanął zbiornik na deszczówkę o łącznej pojemności 12 m sześc.';
		expect(
			wordingProblems('Ile m sześc. w piwnicy stanął zbiornik o łącznej pojemności?', tank, 'pl')
		).toContain('prompt-fragment');
	});

	it('asks the Polish figure of an elided verb by its gap', () => {
		const found = candidateOf(
			'Bilet normalny na basen będzie kosztował 30 zł, a wypożyczenie ręcznika 8 zł.',
			'pl',
			(candidate) => candidate.id === 'zl-8'
		);
		expect(found?.question).not.toBe('Ile zł wypożyczenie ręcznika?');
	});
});

describe('a sentence that points back, shown alone (class C)', () => {
	it('is refused in Polish: "Ma …", "Resztę …", "To o … mniej"', () => {
		expect(statementProblems('Ma 2400 m kw. powierzchni użytkowej.', 'pl')).toContain(
			'prompt-fragment'
		);
		expect(statementProblems('Liczy ok. 300 mieszkańców i dwa sklepy.', 'pl')).toContain(
			'prompt-fragment'
		);
		expect(statementProblems('Resztę, czyli 4 mln zł, dopłaci powiat.', 'pl')).toContain(
			'prompt-fragment'
		);
		expect(statementProblems('To o 40 proc. więcej niż przed rokiem.', 'pl')).toContain(
			'prompt-fragment'
		);
		// "To drugi żłobek…; pierwszy ma 64 miejsca": the figure is the first one's, named there.
		expect(statementProblems('To trzecia hala w gminie; pierwsza ma 900 miejsc.', 'pl')).toEqual(
			[]
		);
		expect(
			wordingProblems(
				'Jaka liczba pasuje do luki: „Na resztę, czyli _____ zł, gmina weźmie kredyt.”?',
				'Na resztę, czyli 2 mln zł, gmina weźmie kredyt.',
				'pl'
			)
		).toContain('prompt-fragment');
		// A quotation's "To zły dzień" names its day; a subject before the verb names who has it.
		expect(statementProblems('To zły dzień dla całej gminy - mówi wójt Jan Kos.', 'pl')).toEqual(
			[]
		);
		expect(statementProblems('Nowa hala ma 2400 m kw. powierzchni.', 'pl')).toEqual([]);
	});

	it('is refused in English: "The rest", "That is … less"', () => {
		expect(statementProblems('The rest, £800,000, will come from the lottery.', 'en')).toContain(
			'prompt-fragment'
		);
		expect(statementProblems('That is £2m less than the council first asked.', 'en')).toContain(
			'prompt-fragment'
		);
		expect(statementProblems('The remaining £1.2m is a loan.', 'en')).toContain('prompt-fragment');
		expect(statementProblems('The council will pay £1.2m of the cost.', 'en')).toEqual([]);
	});
});

describe('a bare generic noun as the subject (class W2)', () => {
	it('is refused: "Kiedy ruszy placówka?", "When will the facility open?"', () => {
		expect(
			wordingProblems('Kiedy ruszy placówka?', 'Zakładamy, że placówka ruszy w maju 2028 r.', 'pl')
		).toContain('prompt-fragment');
		expect(
			wordingProblems('Kiedy otwarto obiekt?', 'Obiekt otwarto w czerwcu 2019 r.', 'pl')
		).toContain('prompt-fragment');
		expect(
			wordingProblems('Kiedy ruszy nowa placówka?', 'Nowa placówka ruszy w maju 2028 r.', 'pl')
		).toContain('prompt-fragment');
		expect(
			wordingProblems(
				'When will the facility open?',
				'The facility will open in 2029, the trust said.',
				'en'
			)
		).toContain('prompt-fragment');
		// Qualified, it says which.
		expect(
			wordingProblems(
				'Kiedy ruszy placówka w Markowej?',
				'Placówka w Markowej ruszy w maju 2028 r.',
				'pl'
			)
		).toEqual([]);
	});
});

describe('a gap that takes several places (class 5)', () => {
	it('asks "Which places" and "Jakie miejsca", not "Who"', () => {
		const english = candidateOf(
			'A bypass between Kendal and Penrith has been approved by Cumbria County Council.',
			'en',
			(candidate) => (candidate as { kind?: string }).kind === 'statement'
		);
		expect(english?.question).toBe(
			'Which places fill the gap: "A bypass between _____ has been approved by Cumbria County Council."?'
		);
		expect(EXTRACTION_LEXICONS.pl.questions.whichEntity('place', 'Droga między _____', true)).toBe(
			'Jakie miejsca pasują do luki: „Droga między _____”?'
		);
		expect(
			EXTRACTION_LEXICONS.pl.questions.whichEntity('person', 'Umowę podpisali _____', true)
		).toBe('Kto pasuje do luki: „Umowę podpisali _____”?');
	});
});
