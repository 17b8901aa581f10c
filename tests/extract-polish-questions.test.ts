import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/lib/quiz/extract';
import { loadMorphology } from '../src/lib/server/morphology';
import { wordingProblems } from '../src/lib/quiz/check';

/**
 * Questions suggested for Polish sentences as regional news writes them, read with the
 * dictionary the server loads. Sentences written here after the blind reading of
 * tests/fixtures/judged/pl-{sad-lapowki-bialystok,szpitale-pomorskie,most-opole}.txt.
 */

const morphology = loadMorphology('pl');

function questionOf(text: string, value: number): string | undefined {
	const candidate = extractFacts(text, { language: 'pl', morphology }).candidates.find(
		(found) => found.kind === 'number' && found.value === value
	);
	return candidate?.question;
}

describe('a figure in a clause whose verb the sentence left out', () => {
	it('is asked as the sentence around a gap, not as a question without a verb', () => {
		const question = questionOf(
			'Samorząd przeznaczy na ich spłatę 64 mln zł w ciągu trzech lat, a kolejne 41,5 mln zł na remonty bloków operacyjnych.',
			41_500_000
		);
		expect(question).toBeDefined();
		expect(question).not.toMatch(/^Ile zł kolejne/u);
		expect(question).toContain('_____');
	});

	it('keeps the question of a clause that has its own verb', () => {
		expect(
			questionOf('W czterech szpitalach pracuje 2,4 tys. osób, w tym 310 lekarzy.', 2400)
		).toMatch(/^Ile osób/u);
	});
});

describe('a Polish figure question whose verb came last in the clause', () => {
	it('puts the verb after "Ile" and its noun', () => {
		expect(
			questionOf(
				'W 2025 r. w szpitalu w Człuchowie urodziło się tylko 212 dzieci, a w Bytowie 287.',
				212
			)
		).toMatch(/^Il[eu] dzieci urodziło się w 2025 r\. w szpitalu w Człuchowie\?$/u);
	});

	it('moves the verb past a subject that holds a verbal noun', () => {
		expect(questionOf('Operacja wszczepienia zastawki trwała 140 minut.', 140)).toBe(
			'Ile minut trwała operacja wszczepienia zastawki?'
		);
		expect(questionOf('Akcja gaszenia pożaru kosztowała gminę 2 mln zł.', 2_000_000)).not.toMatch(
			/kosztowała\?$/u
		);
	});

	it('moves the verb with an adverb of total or rate that follows it', () => {
		expect(
			questionOf('Zaległości trzech spółdzielni sięgają łącznie 410 mln zł.', 410_000_000)
		).toBe('Ile zł sięgają łącznie zaległości trzech spółdzielni?');
	});

	it('moves a modal verb with the infinitive it governs', () => {
		expect(questionOf('Do końca 2028 r. gmina ma wyremontować 45 mieszkań.', 45)).toBe(
			'Ile mieszkań ma wyremontować do końca 2028 r. gmina?'
		);
	});

	it('keeps a present verb in -nia as the verb of its clause', () => {
		expect(questionOf('Gmina ocenia straty na 12 mln zł.', 12_000_000)).not.toMatch(
			/^Ile zł ocenia gmina/u
		);
	});
});

describe('a Polish when-question whose verb came last in the clause', () => {
	it('puts the verb right after "Kiedy"', () => {
		const date = candidatesOf('Pierwsze szkice nowego mostu powstały w 1988 r.').find(
			(found) => found.kind === 'date'
		);
		expect(date?.question).toBe('Kiedy powstały pierwsze szkice nowego mostu?');
	});
});

describe('a who-question of a clause that a list of names goes on past', () => {
	it('is not cut at the comma inside the name of a programme', () => {
		const statement = extractFacts(
			'Dyrektor opolskiego oddziału GDDKiA Wojciech Wójcik poinformował, że 920 mln zł pochodzi z programu Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko, a reszta z Krajowego Funduszu Drogowego.',
			{ language: 'pl', morphology }
		).candidates.find((found) => found.kind === 'statement');
		expect(statement?.question).toBeDefined();
		expect(statement?.question).not.toMatch(/na Infrastrukturę\?$/u);
	});
});

/**
 * Written after the blind reading of tests/fixtures/blind (2026-12-07): the classes it found,
 * each with sentences of its own.
 */
function candidatesOf(text: string) {
	return extractFacts(text, { language: 'pl', morphology }).candidates;
}

function datesOf(text: string): number[] {
	return candidatesOf(text).flatMap((found) =>
		found.kind === 'date' && found.value.year !== undefined ? [found.value.year] : []
	);
}

function countsOf(text: string): number[] {
	return candidatesOf(text).flatMap((found) => (found.kind === 'number' ? [found.value] : []));
}

describe('a four-digit count before its noun', () => {
	it('is a count after a preposition, not a year', () => {
		const text =
			'Fundacja rozdzieliła 3,4 mln zł na 1928 stypendiów. Inspektorzy skontrolowali sklepy w 2015 gminach. Pomoc trafi do 1960 rodzin.';
		expect(datesOf(text)).toEqual([]);
		expect(countsOf(text)).toEqual(expect.arrayContaining([1928, 2015, 1960]));
	});

	it('is a count without a preposition too', () => {
		const text = 'W ubiegłym tygodniu urząd rozpatrzył 1994 wnioski, a odrzucił 1987 podań.';
		expect(datesOf(text)).toEqual([]);
		expect(countsOf(text)).toEqual(expect.arrayContaining([1994, 1987]));
	});

	it('stays a year where the sentence says so', () => {
		expect(datesOf('Szpital otwarto w 1987 r., a oddział dziecięcy w 1994 roku.')).toEqual([
			1987, 1994
		]);
		expect(datesOf('Od 2019 spółka zatrudnia w zakładzie ponad 400 osób.')).toEqual([2019]);
		expect(datesOf('Do końca 2029 miasto chce wymienić wszystkie autobusy.')).toEqual([2029]);
		expect(datesOf('W 2021 władze powiatu zamknęły ośrodek zdrowia.')).toEqual([2021]);
	});
});

describe('a figure or date inside a relative clause or a participle phrase', () => {
	const questionsOf = (text: string) =>
		candidatesOf(text).flatMap((found) =>
			found.kind === 'number' || found.kind === 'date' ? [found.question] : []
		);
	// A question outside the quoted sentence: the words before the opening quote, if any.
	const asked = (question: string) => question.split('„')[0] as string;

	it('is not asked with the relative pronoun left in the question', () => {
		const questions = questionsOf(
			'Starostwo rozstrzygnęło konkurs, w którym w 2025 r. nagrodziło 14 szkół. Zarząd przyjął plan, zgodnie z którym do 2030 r. powstanie 12 parkingów.'
		);
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) expect(asked(question)).not.toMatch(/któr/u);
	});

	it('is not asked as a participle with no verb of its own', () => {
		const questions = questionsOf(
			'Monografia obu historyków, wydana w 2021 r. przez Ossolineum, zdobyła trzy nagrody. Nowa hala, otwarta w 2019 r., kosztowała 64 mln zł.'
		);
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) {
			expect(asked(question)).not.toMatch(/wydana|otwarta/u);
		}
	});

	it('keeps the question of a main clause with its own verb', () => {
		expect(questionsOf('Gmina wyremontowała w 2024 r. 18 przystanków.')).toContain(
			'Ile przystanków gmina wyremontowała w 2024 r.?'
		);
		// A participle after its auxiliary is the verb of the passive.
		expect(questionsOf('Basen miejski zostanie zamknięty do końca marca 2027 r.')).toContain(
			'Kiedy basen miejski zostanie zamknięty?'
		);
	});
});

describe('a Polish "Ile" question whose verb came last after one word', () => {
	it('puts the verb right after the counted noun', () => {
		expect(questionOf('Oferty przysłało 37 firm, więc przetarg potrwa do jesieni.', 37)).toBe(
			'Ile firm przysłało oferty?'
		);
		expect(questionOf('Mandaty dostało 58 kierowców.', 58)).toBe('Ilu kierowców dostało mandaty?');
	});
});

describe('one figure said twice in a sentence under two nouns', () => {
	it('is one fact', () => {
		const found = candidatesOf(
			'Do końca 2028 r. miasto przekaże najemcom 356 odnowionych mieszkań, ale 356 nowych lokali to wciąż za mało.'
		).filter((candidate) => candidate.kind === 'number' && candidate.value === 356);
		expect(found).toHaveLength(1);
	});

	it('leaves two small counts of two things', () => {
		expect(
			countsOf('Gmina wyremontuje 2 szkoły i 2 przedszkola.').filter((value) => value === 2)
		).toHaveLength(2);
	});
});

describe('a number inside a name, followed by a past verb', () => {
	it('counts nothing: the verb is no noun', () => {
		const text = 'W niedzielę Wisła 1906 zdobyła trzy punkty. Drużyna Korona 24 przegrała.';
		expect(countsOf(text)).not.toContain(1906);
		expect(countsOf(text)).not.toContain(24);
		expect(countsOf(text)).toContain(3);
	});
});

describe('a figure of a rate unit written with a slash', () => {
	it('is keyed by the whole rate, not the unit before the slash', () => {
		const figure = candidatesOf('Po remoncie tramwaje pojadą z prędkością do 70 km/h.').find(
			(found) => found.kind === 'number' && found.value === 70
		);
		expect(figure).toBeDefined();
		expect(figure?.kind === 'number' ? figure.unit : '').toBe('km/h');
	});
});

describe('a date in a clause opened by "zanim", "odkąd", "skoro"', () => {
	it('is asked around a gap, not as "Kiedy zanim …?"', () => {
		const date = candidatesOf(
			'Spółka wydała na przygotowania 2,3 mln zł, zanim prace wstrzymano w 2018 r.'
		).find((found) => found.kind === 'date');
		expect(date?.question).toBeDefined();
		expect(date?.question).not.toMatch(/^Kiedy [^_]*zanim/u);
		expect(date?.question).toContain('_____');
	});
});

describe('"Ile" or "Ilu" and the case of the counted noun (unseen7 reading)', () => {
	it('asks "Ile" of degrees, whose genitive ends like persons’ plurals', () => {
		expect(questionOf('W sobotę w Lipnie zanotowano 31 stopni.', 31)).toMatch(/^Ile stopni/u);
		expect(questionOf('Woda w basenie w Lipnie ma 27 stopni.', 27)).toMatch(/^Ile stopni/u);
	});

	it('asks no "Ile" of a decimal, whose noun is in the genitive singular', () => {
		const question = questionOf('W 2024 r. pobyt chorego na oddziale trwał 5,8 dnia.', 5.8);
		expect(question).toBeDefined();
		expect(question).not.toMatch(/^Ile dnia/u);
		expect(question).toContain('_____');
	});

	it('asks no "Ile" of a figure counted for a noun after a preposition', () => {
		const question = questionOf('Rada powiatu zgodziła się na zakup 12 karetek.', 12);
		expect(question).toBeDefined();
		expect(question).not.toMatch(/^Ile karetek/u);
		expect(question).toContain('_____');
	});

	it('still asks "Ile" of a sum the verb takes after a preposition’s noun', () => {
		expect(questionOf('Powiat przeznaczył na remont szkoły 3 mln zł.', 3_000_000)).toMatch(
			/^Ile zł/u
		);
	});
});

describe('a sentence opening on an institution named with adjectives (unseen7 re-reading)', () => {
	const text =
		'Samodzielny Publiczny Zakład Opieki Zdrowotnej w Sokółce ogłosi przetarg w marcu 2027 r. Starostwo zapłaci za nie w 2028 r. 40 mln zł.';
	const found = extractFacts(text, { language: 'pl', morphology });

	it('keeps every adjective in the name and its capital in the question', () => {
		expect(found.entities.map((entity) => entity.name)).toContain(
			'Samodzielny Publiczny Zakład Opieki Zdrowotnej w Sokółce'
		);
		const when = found.candidates.find((candidate) => candidate.kind === 'date');
		expect(when?.question).toMatch(/^Kiedy Samodzielny Publiczny Zakład/u);
		expect(
			found.candidates.some((candidate) => /„Samodzielny _____/u.test(candidate.question))
		).toBe(false);
	});

	it('refuses "za nie", which stands for what the sentence before named', () => {
		const sum = found.candidates.find(
			(candidate) => candidate.kind === 'number' && candidate.value === 40_000_000
		);
		expect(sum?.question).toMatch(/za nie/u);
		expect(wordingProblems(sum?.question ?? '', sum?.evidence ?? '', 'pl')).toContain(
			'prompt-fragment'
		);
		expect(
			wordingProblems('Ile zł starostwo zapłaci za remont w 2028 r.?', 'x', 'pl')
		).not.toContain('prompt-fragment');
	});
});

describe('a date set apart by commas', () => {
	it('takes its commas with it when the question removes it', () => {
		const found = extractFacts(
			'Na pierwszy mecz w nowej hali, 19 grudnia 2026 r., klub zaprosił drużynę z Krynicy.',
			{ language: 'pl', morphology }
		);
		const when = found.candidates.find((candidate) => candidate.kind === 'date');
		expect(when?.question).toBe(
			'Kiedy na pierwszy mecz w nowej hali klub zaprosił drużynę z Krynicy?'
		);
	});
});

describe('"Ilu" of people whose plural ends like a thing’s', () => {
	it.each([
		['Na trybunie zmieści się 310 widzów.', 310, /^Ilu widzów/u],
		['Na festyn przyjechało 1200 turystów.', 1200, /^Ilu turystów/u],
		['Do hotelu przyjechało 85 gości z Niemiec.', 85, /^(?!Ile gości)/u],
		['Remont objął 40 proc. części budynku.', 0.4, /^(?!Ilu)/u]
	])('%s', (sentence, value, asked) => {
		expect(questionOf(sentence, value) ?? '').toMatch(asked);
	});
});

describe('a Polish figure whose noun the verb put in the instrumental or dative', () => {
	it.each([
		['Rada przyjęła uchwałę 17 głosami, przy 3 przeciwnych.', 17, /^Iloma głosami /u],
		['Zarząd wyposażył remizę 12 drabinami z Austrii.', 12, /^(?:Iloma drabinami |Jaka liczba)/u],
		['Gmina przyznała stypendia 45 uczniom z Wąsosza.', 45, /^(?:Ilu uczniom |Jaka liczba)/u],
		['Na wystawę przyjechało 1200 zwiedzających.', 1200, /^Il[eu] zwiedzających/u]
	])('%s', (sentence, value, asked) => {
		const question = questionOf(sentence, value);
		expect(question).toBeDefined();
		expect(question).toMatch(asked);
		expect(question).not.toMatch(/^Ile (?:głosami|drabinami|uczniom)/u);
	});
});

describe('a subject that holds a verbal noun in another case than the nominative', () => {
	it.each([
		[
			'Nowy wóz strażacki z wyposażeniem kosztuje 1,9 mln zł.',
			1_900_000,
			'Ile zł kosztuje nowy wóz strażacki z wyposażeniem?'
		],
		[
			'Sala gimnastyczna z nagłośnieniem kosztowała 3,4 mln zł.',
			3_400_000,
			'Ile zł kosztowała sala gimnastyczna z nagłośnieniem?'
		]
	])('puts the verb after "Ile": %s', (sentence, value, question) => {
		expect(questionOf(sentence, value)).toBe(question);
	});
});

describe('a figure in the clause after a colon', () => {
	it('is asked by its gap: the clause’s subject stands before the colon', () => {
		const question = questionOf(
			'Tramwaj nr 8 jest najbardziej zatłoczony: w godzinach szczytu wiezie ok. 900 osób.',
			900
		);
		expect(question).toBeDefined();
		expect(question).toMatch(/^Jaka liczba pasuje do luki: „Tramwaj nr 8/u);
	});
});

describe('a question that would lose the verb of its sentence (unseen12 reading)', () => {
	const dateQuestionOf = (text: string) =>
		candidatesOf(text).find((found) => found.kind === 'date')?.question;

	it('asks no clause cut at the comma of a list of places, whose verb came after it', () => {
		// "domów" is also the imperative of "domówić": no verb of the clause "ok. 420 domów w Bielanach".
		const question = dateQuestionOf(
			'Do końca marca 2028 r. ok. 420 domów w Bielanach, Kętach i Porąbce ma zostać podłączonych do sieci gazowej.'
		);
		expect(question).toBeDefined();
		expect(question).not.toMatch(/^(?:Do )?[Kk]iedy ok\. 420 domów w Bielanach\?$/u);
		expect(question).toMatch(/_____|ma zostać podłączonych/u);
	});

	it('still asks a date whose clause keeps its compound verb', () => {
		expect(
			dateQuestionOf(
				'Do końca 2027 r. spółka PKS Kęty ma zostać połączona z miejskim przewoźnikiem.'
			)
		).toBe('Kiedy spółka PKS Kęty ma zostać połączona z miejskim przewoźnikiem?');
	});
});

describe('a figure set apart by commas after the noun it measures (unseen12 reading)', () => {
	it.each([
		['Nowy wiadukt, ok. 180 m, zbuduje firma Mostostal z Kielc.', 180],
		['Cała trasa, 9,6 km, ma być gotowa w 2028 r.', 9.6],
		['Większość dotacji, ok. 2,4 mln zł, trafi do szkół w Kętach.', 2_400_000]
	])('is asked by its gap, not "Ile km <noun> <verb>": %s', (sentence, value) => {
		const question = questionOf(sentence, value);
		expect(question).toBeDefined();
		expect(question).toMatch(/^Jaka liczba pasuje do luki/u);
	});

	it.each([
		['Na ul. Polnej w Kętach przez miesiąc zamknięty był odcinek 2,4 km.', 2.4],
		['Firma Mostostal z Kielc zbuduje wiadukt 180 m.', 180]
	])('is asked by its gap after the noun it measures: %s', (sentence, value) => {
		expect(questionOf(sentence, value)).toMatch(/^Jaka liczba pasuje do luki/u);
	});

	it('still asks a figure the verb takes', () => {
		expect(questionOf('Nowy wiadukt w Kętach ma 180 m.', 180)).toBe(
			'Ile m ma nowy wiadukt w Kętach?'
		);
		expect(questionOf('Remont wiaduktu w Kętach kosztował 2,4 mln zł.', 2_400_000)).toBe(
			'Ile zł kosztował remont wiaduktu w Kętach?'
		);
	});
});

describe('word order, "Ilu" and capitals of Polish questions (issue 17, unseen12 reading)', () => {
	it('puts a past modal first with its infinitive: "Ile zł miał kosztować…"', () => {
		expect(
			questionOf(
				'Radni PiS przypominają, że pierwotnie hala miała kosztować 42 mln zł.',
				42_000_000
			)
		).toBe('Ile zł miała kosztować pierwotnie hala?');
	});

	it('asks "Ilu" of witnesses and moves "dotąd" with its verb', () => {
		expect(
			questionOf(
				'Rzecznik prokuratury poinformował, że śledczy przesłuchali dotąd 23 świadków.',
				23
			)
		).toBe('Ilu świadków przesłuchali dotąd śledczy?');
	});

	it('keeps the capital of a noun the dictionary knows only capitalised', () => {
		expect(
			candidatesOf('Austriak prowadzi Wisłę Płock od marca 2025 roku.').find(
				(found) => found.kind === 'date'
			)?.question
		).toBe('Kiedy Austriak prowadzi Wisłę Płock?');
	});

	it('asks no date of a clause whose subject a phrase "zgodnie z …" stood in for', () => {
		const question = candidatesOf(
			'Zgodnie z umową miała oddać halę w maju 2027 r., ale na budowie pracuje tylko 9 osób.'
		).find((found) => found.kind === 'date')?.question;
		expect(question).toBeDefined();
		expect(question).not.toMatch(/^Kiedy zgodnie z umową/u);
	});

	it('keeps the whole "proc. PKB" in a question', () => {
		expect(
			candidatesOf('Minister dodał, że w 2028 r. dług ma spaść poniżej 55 proc. PKB.').find(
				(found) => found.kind === 'date'
			)?.question
		).toBe('Kiedy dług ma spaść poniżej 55 proc. PKB?');
	});
});
