import { describe, expect, it } from 'vitest';
import type { Language } from '../content';
import { extractFacts } from './extract';
import type { Candidate } from './types';

/**
 * Suggested questions are sentences or quotes around a gap, never words left over once a
 * figure was cut out (issue 17: "Ile złotych budowa przeprawy trwała dwa lata i kosztowała?").
 */

function questionsOf(language: Language, text: string, kind: Candidate['kind']): string[] {
	return extractFacts(text, { language })
		.candidates.filter((candidate) => candidate.kind === kind)
		.map((candidate) => candidate.question);
}

describe('questions that cannot be fronted are quoted around a gap', () => {
	it.each([
		// two verbs joined by "i": the question fits only one
		['pl', 'Budowa przeprawy trwała dwa lata i kosztowała 120 mln zł.', 'number'],
		// the subject is in the sentence before: "Ilu pracowników zatrudniła przy budowie?"
		['pl', 'Przy budowie zatrudniła 300 pracowników.', 'number'],
		// "co obecnie stanowi": the relative pronoun was the subject
		[
			'pl',
			'Korea dostarczyła pociski, co obecnie stanowi około połowę amunicji Rosji.',
			'proportion'
		],
		// "metrów sześciennych": the counted noun cut from its adjective
		['pl', 'Zbiornik przyjął prawie 100 mln metrów sześciennych wody.', 'number'],
		// "ostrzegał przed ulewami już?": a word left leaning on the date
		['pl', 'Instytut ostrzegał przed ulewami już 10 września 2024 roku.', 'date'],
		// "była najgroźniejsza": a verb with no subject before it
		['pl', 'Była najgroźniejsza od 1997 roku.', 'date'],
		// the date belongs to "przeprowadzonego", not to "wynika"
		['pl', 'Tak wynika z badania przeprowadzonego wiosną 2023 roku przez instytut.', 'date'],
		// "planowanej na 2029 r.": the date belongs to a participle in -any, not to a verb
		[
			'pl',
			'Zakład ma produkować 400 tys. silników rocznie, a po rozbudowie za kolejne 180 mln zł, planowanej na 2029 r., nawet 650 tys.',
			'date'
		],
		// "niż w rekordowym styczniu 2024 r.": the date is what a figure is compared with
		[
			'pl',
			'Zapotrzebowanie na moc osiągnęło 28,4 GW, o 3 proc. więcej niż w rekordowym styczniu 2024 r.',
			'date'
		],
		// "najniżej od 2010 r.": the date bounds a superlative, the question would ask since when
		[
			'pl',
			'W nocy temperatura w Suwałkach spadła do minus 24,6 stopnia, najniżej od 2010 r.',
			'date'
		],
		// "za kolejne 180 mln zł": the adjective of the figure's noun would end the question
		['pl', 'Po rozbudowie za kolejne 180 mln zł zakład wyprodukuje więcej silników.', 'number'],
		// a quotation's attribution: "Ile lat to za mało - mówiła Halina Sobczak?"
		['pl', 'Osiem lat to za mało - mówiła Halina Sobczak.', 'number'],
		// a clause opened by "żeby": "Ile lat żeby w ciągu …?"
		['pl', 'Chodzi o to, żeby w ciągu 10 lat schronienie znalazło wielu mieszkańców.', 'number'],
		// a relative clause in English: "How many brothers who ran a scam have been jailed?"
		['en', 'Two brothers who ran a scam have been jailed for 23 years.', 'number']
	] as const)('%s: %s', (language, text, kind) => {
		const questions = questionsOf(language, text, kind);
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) expect(question).toContain('_____');
	});

	it('still fronts a clause that reads as a question', () => {
		expect(questionsOf('pl', 'Rząd przeznaczył na odbudowę 5 mld zł.', 'number')).toEqual([
			'Ile zł rząd przeznaczył na odbudowę?'
		]);
		expect(questionsOf('pl', 'Powódź nawiedziła Polskę we wrześniu 2024 roku.', 'date')).toEqual([
			'Kiedy powódź nawiedziła Polskę?'
		]);
	});
});

describe('who-did-what questions', () => {
	it.each([
		// a passive: "Who bought by the Barclay twins…?"
		['en', 'The Telegraph was bought by the Barclay twins in 2004.', 'Who bought'],
		// cut inside the clause it opens
		[
			'pl',
			'Minister Marek Zieliński zaproponował, by pierwsze zasiłki – po 10 000 zł na rodzinę – wypłacać od razu.',
			'Kto zaproponował, by pierwsze zasiłki?'
		],
		// only the verb while the sentence goes on
		[
			'pl',
			'Ekonomiści z Uniwersytetu Gdańskiego ostrzegają jednak, że ceny wzrosły o 20 proc.',
			'Kto ostrzega?'
		]
	] as const)('%s: %s', (language, text, broken) => {
		for (const question of questionsOf(language, text, 'statement')) {
			expect(question).not.toContain(broken);
			expect(question).toMatch(/\?$/);
		}
	});
});

describe('a long sentence quoted around its gap keeps its subject', () => {
	it('quotes from the start when a cut would fall before the first verb', () => {
		const text =
			'The parish council’s highways and footpaths working group, which includes two members of the county road safety partnership and a retired engineer, on Thursday backed a £2.4m scheme for the crossing.';
		const question = questionsOf('en', text, 'number').find((asked) => !asked.includes('2.4m'));
		expect(question).toContain('"The parish council’s highways');
		expect(question).not.toContain('…');
	});

	it('still cuts after the first verb, where the subject is whole', () => {
		const text =
			'Residents complained for years that lorries heading to the quarry on the hill above the village sped through the narrow main street past the primary school every morning and afternoon, and last week the parish council finally backed a £2.4m scheme for the crossing.';
		const question = questionsOf('en', text, 'number').find((asked) => !asked.includes('2.4m'));
		expect(question).toContain('"…');
	});

	it('quotes a sentence a reader takes in at once whole, and cuts a longer one at a comma', () => {
		const short =
			'Nine rural bus routes serving villages around Thetford will be withdrawn in May, after the county council agreed cuts to close a £3.2m gap in its budget.';
		const asked = questionsOf('en', short, 'number').find((question) => question.includes('_____'));
		expect(asked).toContain('"Nine rural bus routes');
		const long = `${short.slice(0, -1)}, which the council says it cannot fill any other way this year without raising fares on the routes that remain or cutting the money it gives to community transport schemes in the county.`;
		const cut = questionsOf('en', long, 'number').find((question) => question.includes('_____'));
		expect(cut).toMatch(/"…(?:after|which)/u);
	});
});
