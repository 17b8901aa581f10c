import { describe, expect, it } from 'vitest';
import {
	clozeQuestion as cloze,
	numericQuestion as numeric,
	shortAnswerQuestion as asked
} from '../testing/checked-questions';
import { articleTexts } from './article';
import { checkQuestion, checkQuiz, figuresIn, promptProblems, statementProblems } from './check';
import { generators } from './generate';
import { QUESTION_TYPES, type QuestionWithKey } from './question';
import { deriveRandom } from './random';
import { seedModule } from '../testing/seed-module';

const pl = { language: 'pl' as const };
const en = { language: 'en' as const };

function choice(
	prompt: string,
	texts: string[],
	key: number,
	evidence: string,
	factId = 'f'
): QuestionWithKey {
	return {
		id: `single-choice.${factId}`,
		type: 'single-choice',
		factIds: [factId],
		prompt,
		choices: texts.map((text, index) => ({ id: String.fromCharCode(97 + index), text })),
		evidence: [evidence],
		key: { choiceIds: [String.fromCharCode(97 + key)] }
	};
}

function trueFalse(statement: string, isTrue: boolean, evidence: string, language: 'pl' | 'en') {
	const lead = language === 'pl' ? 'Prawda czy fałsz?' : 'True or false?';
	const question: QuestionWithKey = {
		id: 'true-false.f',
		type: 'true-false',
		factIds: ['f'],
		prompt: `${lead} ${statement}`,
		choices: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		evidence: [evidence],
		key: { choiceIds: [isTrue ? 'true' : 'false'] }
	};
	return question;
}

describe('figuresIn', () => {
	it('reads money with multipliers, percentages and decimals in either notation', () => {
		expect(figuresIn('ukradł ok. 14,6 mln zł i 450 tys. zł', 'pl')).toEqual(
			expect.arrayContaining([14_600_000, 450_000])
		);
		expect(figuresIn('a £150m scam and a $2.5bn loan, up 34.6%', 'en')).toEqual(
			expect.arrayContaining([150_000_000, 2_500_000_000, 0.346])
		);
		expect(figuresIn('AFAD put the magnitude at 6,7.', 'en')).toContain(6.7);
		expect(figuresIn('skazał na osiem lat', 'pl')).toContain(8);
	});

	it('never reads a time, a date or a score as a count', () => {
		const figures = figuresIn('o godz. 04:17, 12.03.2026, wygrał 2:1 i 17.42 GMT', 'pl');
		for (const part of [4, 17, 12, 3, 2026, 2, 1, 42]) expect(figures).not.toContain(part);
	});
});

describe('promptProblems: a prompt must be a complete question', () => {
	it('passes ordinary questions in both languages', () => {
		expect(promptProblems('Ilu posłów głosowało za?', 'pl')).toEqual([]);
		expect(promptProblems('Na ile lat więzienia sąd skazał oskarżonego?', 'pl')).toEqual([]);
		expect(promptProblems('Which city is Cellsmith based in?', 'en')).toEqual([]);
		expect(promptProblems('How many people did the earthquake kill?', 'en')).toEqual([]);
		expect(
			promptProblems('Kto zapowiedział, że zostanie posadzonych 1,2 tys. drzew i krzewów?', 'pl')
		).toEqual([]);
	});

	it('finds questions that lost their figure or their subject', () => {
		for (const prompt of [
			'Ile złotych budowa przeprawy trwała dwa lata i kosztowała?',
			'Ile zł sąd orzekł grzywnę w wysokości oraz obowiązek naprawienia szkody?',
			'Ile mieszkań w których miało powstać?',
			'Ile zł - Wpłaciłam?',
			'Ile rodzin sąd: "Oszukał "?',
			'Kiedy w latach -2023 Wróblewski pobierał wpłaty?',
			'Ilu pracowników zatrudniła przy niej?',
			'Ile zł?'
		])
			expect(promptProblems(prompt, 'pl'), prompt).toContain('prompt-fragment');
		for (const prompt of [
			'Who bought by the Barclay twins in 2004?',
			'How many GMT ) at a depth of 10 km (6 miles)?',
			'How many brothers who ran a scam have been jailed?',
			'How many investors?'
		])
			expect(promptProblems(prompt, 'en'), prompt).toContain('prompt-fragment');
	});

	it('finds prompts that ask nothing', () => {
		expect(promptProblems('Sąd skazał oskarżonego na osiem lat', 'pl')).toContain(
			'prompt-not-a-question'
		);
		expect(promptProblems('The quake struck at night?', 'en')).toContain('prompt-not-a-question');
	});

	it('finds clutter and gaps cut into a figure', () => {
		expect(
			promptProblems('Jaka liczba pasuje do luki: „Anna Nowicka (PAP) Dodano: 14:_____”?', 'pl')
		).toEqual(expect.arrayContaining(['clutter', 'prompt-fragment']));
		expect(promptProblems('Kto napisał ZOBACZ: Afera w spółdzielni?', 'pl')).toContain('clutter');
	});
});

describe('checkQuestion', () => {
	it('passes a well-made numeric question', () => {
		const evidence = 'Przeprawa kosztowała 212,4 mln zł, z czego 146 mln zł pochodziło z UE.';
		expect(
			checkQuestion(numeric('Ile kosztowała budowa mostu?', 212_400_000, evidence), pl)
		).toEqual([]);
	});

	it('finds a numeric key the evidence does not state: £150m read as 150, a time read as a count', () => {
		const scam = 'Two brothers who ran a £150m investment scam have been jailed.';
		expect(checkQuestion(numeric('How much money did the scam take in?', 150, scam), en)).toContain(
			'key-not-in-evidence'
		);
		const quake = 'The quake hit at 04:17 local time (01:17 GMT).';
		expect(checkQuestion(numeric('What time did the quake hit?', 17, quake), en)).toContain(
			'key-not-in-evidence'
		);
	});

	it('finds duplicated options, numeric or not', () => {
		const evidence = 'Most ma 412 metrów długości.';
		const question = choice('Ile metrów ma most?', ['412', '412', '270', '540'], 0, evidence);
		expect(checkQuestion(question, pl)).toContain('duplicate-options');
	});

	it('finds a date key with a year the evidence does not give', () => {
		const evidence = 'Rada Miasta ma w kwietniu przeznaczyć na ten cel 1,5 mln zł.';
		const question = choice(
			'Kiedy Rada Miasta ma przeznaczyć pieniądze?',
			['kwiecień 2025', 'kwiecień 2026', 'kwiecień 2027'],
			1,
			evidence
		);
		expect(checkQuestion(question, pl)).toContain('key-not-in-evidence');
		const dated = choice(
			'Kiedy Senat zajmie się ustawą?',
			['3 grudnia 2024', '3 grudnia 2025', '3 grudnia 2026'],
			1,
			'Senat zajmie się ustawą na posiedzeniu 3 grudnia 2025 r.'
		);
		expect(checkQuestion(dated, pl)).toEqual([]);
	});

	it('accepts a name the evidence gives in another case, and refuses one it does not give', () => {
		const evidence = 'Prezydent Gorzowa Wielkopolskiego Jacek Wojtaszek zapowiedział pomoc.';
		const names = ['Jacek Wojtaszek', 'Piotr Zawadzki', 'Krzysztof Banaś'];
		expect(checkQuestion(choice('Kto zapowiedział pomoc?', names, 0, evidence), pl)).toEqual([]);
		expect(checkQuestion(choice('Kto zapowiedział pomoc?', names, 1, evidence), pl)).toContain(
			'key-not-in-evidence'
		);
		const river = 'Bloki miały powstać nad Wartą.';
		const short: QuestionWithKey = {
			id: 'short-answer.f',
			type: 'short-answer',
			factIds: ['f'],
			prompt: 'Nad jaką rzeką miały powstać bloki?',
			evidence: [river],
			key: { value: 'Warta' }
		};
		expect(checkQuestion(short, pl)).toEqual([]);
	});

	it('finds agency tags among the options', () => {
		const evidence = 'Obrońca mec. Piotr Zawadzki zapowiedział apelację.';
		const question = choice(
			'Kto zapowiedział apelację?',
			['Piotr Zawadzki', 'PAP Tomasz Wróblewski', 'Marek Lis'],
			0,
			evidence
		);
		expect(checkQuestion(question, pl)).toContain('clutter');
	});

	it('finds a true/false statement keyed false that only spells the figure otherwise', () => {
		const evidence = 'The jury of seven women and five men took 19 hours.';
		expect(
			checkQuestion(
				trueFalse('The jury of 7 women and five men took 19 hours.', false, evidence, 'en'),
				en
			)
		).toContain('true-false-same-value');
		expect(
			checkQuestion(
				trueFalse('The jury of 7 women and five men took 19 hours.', true, evidence, 'en'),
				en
			)
		).toEqual([]);
		expect(
			checkQuestion(
				trueFalse('The jury of 6 women and five men took 19 hours.', false, evidence, 'en'),
				en
			)
		).toEqual([]);
	});

	it('finds a figure put in a statement that leaves its noun in the wrong form', () => {
		const evidence = 'Proces trwał prawie dwa lata.';
		expect(
			checkQuestion(trueFalse('Proces trwał prawie 10 lata.', false, evidence, 'pl'), pl)
		).toContain('option-case');
		expect(
			checkQuestion(trueFalse('Proces trwał prawie 3 lata.', false, evidence, 'pl'), pl)
		).toEqual([]);
		expect(
			checkQuestion(
				trueFalse(
					'4 victim, Margaret Doyle, told the court.',
					false,
					'One victim, Margaret Doyle, told the court.',
					'en'
				),
				en
			)
		).toContain('option-case');
	});

	it('finds a statement whose figure was changed inside a time', () => {
		const evidence = 'Wstęgę przecięto o godz. 11:00 przed ratuszem.';
		expect(
			checkQuestion(
				trueFalse('Wstęgę przecięto o godz. 11:3 przed ratuszem.', false, evidence, 'pl'),
				pl
			)
		).toContain('prompt-fragment');
	});

	it('finds cloze options in a case the gap cannot take', () => {
		const evidence = 'Most otwarto w maju 2024 r. nad Wartą.';
		expect(
			checkQuestion(cloze('Most otwarto w _____ r. nad Wartą.', 'maju 2024', evidence, 'pl'), pl)
		).toEqual([]);
		const withOptions = {
			...cloze('Most otwarto w _____ r. nad Wartą.', 'maju 2024', evidence, 'pl'),
			choices: [
				{ id: 'a', text: 'maj 2024' },
				{ id: 'b', text: 'czerwiec 2024' }
			]
		} as QuestionWithKey;
		expect(checkQuestion(withOptions, pl)).toContain('option-case');
		const river = cloze('Most otwarto w maju 2024 r. nad _____.', 'Warta', evidence, 'pl');
		expect(checkQuestion(river, pl)).toContain('option-case');
	});

	it('finds a gap cut into a word and a key that is not the evidence’s words', () => {
		const evidence = 'Only £19.6m was ever invested in real projects.';
		expect(
			checkQuestion(
				cloze('Only £_____m was ever invested in real projects.', '19.6', evidence, 'en'),
				en
			)
		).toEqual([]);
		const trial = 'The jury took 19 hours after a 14-week trial.';
		expect(
			checkQuestion(
				cloze('The jury took 19 hours after _____-week trial.', 'a 14', trial, 'en'),
				en
			)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(
				cloze('Only _____ was ever invested in real projects.', '£20m', evidence, 'en'),
				en
			)
		).toContain('key-not-in-evidence');
	});

	it('finds evidence that is not in the article, or is its title', () => {
		const article = 'Most otwarty\n\nPo dwóch latach budowy otwarto most. Kosztował 212 mln zł.\n';
		const joined = numeric(
			'Ile kosztował most?',
			212_000_000,
			'Po dwóch latach budowy otwarto most. Kosztował 212 mln zł. Ma 412 metrów.'
		);
		expect(checkQuestion(joined, { language: 'pl', article })).toContain('evidence-not-in-article');
		const title = 'Osiem lat więzienia dla prezesa';
		const fromTitle = numeric('Ile lat więzienia dostał prezes?', 8, `${title}.`);
		expect(
			checkQuestion(fromTitle, { language: 'pl', article: `${title}\n\nSąd skazał prezesa.` })
		).toContain('evidence-heading');
	});

	it('takes a short line whose only full stop is an abbreviation for a heading', () => {
		const heading = 'Otwarcie przesunięte na jesień 2027 r.';
		const article = `Basen droższy\n\n${heading}\n\nBasen otwarto w 2025 r. Kosztował 40 mln zł.\n`;
		const fromHeading = numeric('W którym roku otwarcie?', 2027, heading);
		expect(checkQuestion(fromHeading, { language: 'pl', article })).toContain('evidence-heading');
		const body = numeric('Ile zł kosztował basen?', 40_000_000, 'Kosztował 40 mln zł.');
		expect(checkQuestion(body, { language: 'pl', article })).not.toContain('evidence-heading');
	});

	it.each([
		['Dwie świetlice na ponad 700 km kw.', 700],
		['Remont za ponad 4 tys. zł.', 4000]
	])('takes %j, ending on a unit, for a heading', (heading, value) => {
		const paragraph =
			'Gmina Bystrzyca ma ok. 715 km kw. i dwie świetlice, w których co dzień bywa 60 dzieci.';
		const article = `Świetlice w Bystrzycy\n\n${heading}\n\n${paragraph}\n`;
		const fromHeading = numeric('Ile?', value, heading);
		expect(checkQuestion(fromHeading, { language: 'pl', article })).toContain('evidence-heading');
		const body = numeric('Ile dzieci bywa w świetlicach?', 60, paragraph);
		expect(checkQuestion(body, { language: 'pl', article })).not.toContain('evidence-heading');
	});

	it('finds matching rows that are cut sentences, duplicated, or show their own figure', () => {
		const question: QuestionWithKey = {
			id: 'matching.a.b',
			type: 'matching',
			factIds: ['a', 'b', 'c'],
			prompt: 'Dopasuj liczby do tego, co liczą:',
			items: [
				{ id: '1', text: 'Sąd … skazał' },
				{ id: '2', text: 'posłowie za ustawą' },
				{ id: '3', text: 'posłowie za ustawą' }
			],
			choices: [
				{ id: 'a', text: '285' },
				{ id: 'b', text: '142' },
				{ id: 'c', text: '19' }
			],
			evidence: ['Za głosowało 285 posłów, przeciw było 142, a 19 wstrzymało się od głosu.'],
			key: { pairs: { '1': 'a', '2': 'b', '3': 'c' } }
		};
		expect(checkQuestion(question, pl)).toEqual(
			expect.arrayContaining(['duplicate-rows', 'row-label-fragment'])
		);
		expect(checkQuestion(question, pl)).not.toContain('key-not-in-evidence');
	});
});

describe('checkQuiz', () => {
	const sentence = 'Za głosowało 285 posłów, przeciw było 142, a 19 wstrzymało się od głosu.';

	it('finds a question whose answer another question shows', () => {
		const matching: QuestionWithKey = {
			id: 'matching.x',
			type: 'matching',
			factIds: ['za', 'przeciw'],
			prompt: 'Dopasuj liczby do tego, co liczą:',
			items: [
				{ id: '1', text: 'posłowie za' },
				{ id: '2', text: 'posłowie przeciw' }
			],
			choices: [
				{ id: 'a', text: '285' },
				{ id: 'b', text: '142' }
			],
			evidence: [sentence],
			key: { pairs: { '1': 'a', '2': 'b' } }
		};
		const asked = {
			...numeric('Ilu posłów głosowało przeciw?', 142, sentence),
			factIds: ['przeciw-2']
		};
		expect(checkQuiz([matching, asked], pl)).toEqual([
			{ index: 1, issue: 'answer-shown-elsewhere', other: 0 }
		]);
	});

	it('finds a cloze that names the person the next question asks for', () => {
		const evidence = 'Obrońca mec. Piotr Zawadzki zapowiedział apelację.';
		const gap = cloze(
			'Obrońca mec. Piotr Zawadzki zapowiedział _____.',
			'apelację',
			evidence,
			'pl'
		);
		const who: QuestionWithKey = {
			id: 'short-answer.obronca',
			type: 'short-answer',
			factIds: ['obronca'],
			prompt: 'Kto jest obrońcą oskarżonego?',
			evidence: [evidence],
			key: { value: 'Piotr Zawadzki' }
		};
		expect(checkQuiz([gap, who], pl)).toEqual([
			{ index: 1, issue: 'answer-shown-elsewhere', other: 0 }
		]);
	});

	it('finds a fact asked twice, and passes a quiz that does neither', () => {
		const first = numeric('Ilu posłów głosowało za?', 285, sentence);
		const again = { ...numeric('Ilu posłów poparło ustawę?', 285, sentence), id: 'other' };
		expect(checkQuiz([first, again], pl)).toEqual(
			expect.arrayContaining([{ index: 1, issue: 'fact-asked-twice', other: 0 }])
		);
		const other = numeric('Ilu posłów wstrzymało się od głosu?', 19, sentence);
		expect(checkQuiz([first, other], pl)).toEqual([]);
	});
});

describe('checkQuestion: figures with their units', () => {
	it('accepts a gap before a money suffix, and refuses one inside a time or a conversion', () => {
		const pence = 'Voltera will pay 412p a share in cash.';
		const gapped = numeric(
			'Which number fills the gap: "Voltera will pay _____p a share in cash."?',
			412,
			pence
		);
		expect(checkQuestion(gapped, en)).toEqual([]);
		const race = 'Wanjiru finished in 2hr 15min 02sec, and earns $55,000 (£42,000) for the win.';
		const seconds = cloze(
			'Wanjiru finished in 2hr 15min _____sec, and earns $55,000 (£42,000) for the win.',
			'02',
			race,
			'en'
		);
		expect(checkQuestion(seconds, en)).toContain('prompt-fragment');
		const pounds = cloze(
			'Wanjiru finished in 2hr 15min 02sec, and earns $55,000 (£_____) for the win.',
			'42,000',
			race,
			'en'
		);
		expect(checkQuestion(pounds, en)).toContain('prompt-fragment');
	});

	it('finds evidence taken from a cross-link line, even when split off its "ZOBACZ:"', () => {
		const article =
			'Pożar w Lubinie\n\nZOBACZ: Pożar składowiska opon. Dym widać z 20 km\n\nOgień objął halę.\n';
		const question = cloze('Dym widać z _____ km', '20', 'Dym widać z 20 km', 'pl');
		expect(checkQuestion(question, { language: 'pl', article })).toContain('clutter');
		const body = cloze('Ogień objął _____.', 'halę', 'Ogień objął halę.', 'pl');
		expect(checkQuestion(body, { language: 'pl', article })).toEqual([]);
	});
});

describe('checkQuestion on the seed module, whose facts are written by hand', () => {
	it('passes every question but those whose evidence joins several sentences', () => {
		const module = seedModule();
		const context = {
			language: module.language,
			article: articleTexts(module.article).join('\n\n'),
			entities: module.entities
		};
		const refused = QUESTION_TYPES.flatMap((type) =>
			generators[type].items(module).map((factIds) => {
				const facts = module.facts.filter((fact) => factIds.includes(fact.id));
				const question = generators[type].generate(
					module,
					facts,
					deriveRandom(1, `${type}:${factIds.join(',')}`)
				) as QuestionWithKey;
				return { id: question.id, issues: checkQuestion(question, context) };
			})
		).filter((found) => found.issues.length > 0);
		// Ordering and matching join their facts' sentences into one string, which is not in
		// the article (issue 17: evidence becomes an array of sentences); nothing else is refused.
		expect(refused.filter((found) => !/^(ordering|matching)\./.test(found.id))).toEqual([]);
		for (const found of refused) expect(found.issues).toContain('evidence-not-in-article');
	});
});

describe('checkQuestion: what the 2026-12-07 teacher reading found', () => {
	it('finds a counted noun torn from the words that followed it, and a comma left behind', () => {
		const evidence = 'Na rozprawę przyszło ok. 40 członków spółdzielni.';
		expect(
			checkQuestion(numeric('Ilu członków na rozprawę przyszło spółdzielni?', 40, evidence), pl)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(numeric('Ilu członków spółdzielni przyszło na rozprawę?', 40, evidence), pl)
		).toEqual([]);
		const aside = 'Część pieniędzy, ok. 2,3 mln zł, trafiła na konta firmy.';
		expect(
			checkQuestion(
				numeric('Ile zł część pieniędzy, trafiła na konta firmy?', 2_300_000, aside),
				pl
			)
		).toContain('prompt-fragment');
	});

	it('finds a time cut at its colon, a "How many" with no verb, and "Ilu" before a thing', () => {
		const race = 'Kiplagat won his second London title in 2:03:51, three seconds ahead of Tola.';
		const who = choice('Who won his second London title in 2?', ['Kiplagat', 'Tola'], 0, race);
		expect(checkQuestion(who, en)).toContain('prompt-fragment');
		expect(checkQuestion(numeric('How many seconds ahead of Tola?', 3, race), en)).toContain(
			'prompt-fragment'
		);
		expect(
			checkQuestion(
				numeric(
					'How many runners started the course?',
					56_640,
					'56,640 runners started the course.'
				),
				en
			)
		).toEqual([]);
		expect(promptProblems('Ilu nieprawidłowości stwierdzono w hali?', 'pl')).toContain(
			'prompt-fragment'
		);
	});

	it('finds quotations cut by the sentence splitter in gap questions and cloze', () => {
		const evidence = '"I knew at 35 kilometres that the record was possible.';
		const prompt = `Which number fills the gap: ""I knew at _____ kilometres that the record was possible."?`;
		expect(checkQuestion(numeric(prompt, 35, evidence), en)).toContain('prompt-fragment');
		expect(
			checkQuestion(
				cloze('"I knew at _____ kilometres that the record was possible.', '35', evidence, 'en'),
				en
			)
		).toContain('prompt-fragment');
	});

	it('finds a who-question keyed by the place where the doer is', () => {
		const evidence = 'Wojewódzki Inspektorat we Wrocławiu wysłał na miejsce laboratorium.';
		const context = { ...pl, entities: [{ name: 'Wrocław', aliases: ['Wrocławiu'] }] };
		const question = choice(
			'Kto wysłał na miejsce laboratorium? Wybierz jedną odpowiedź.',
			['Wrocław', 'Legnica', 'Przemyśl'],
			0,
			evidence
		);
		expect(checkQuestion(question, context)).toContain('key-not-in-evidence');
		const doer = 'Prezydent Lubina Tadeusz Kępski zaapelował do mieszkańców.';
		expect(
			checkQuestion(
				choice('Kto zaapelował do mieszkańców?', ['Tadeusz Kępski', 'Adam Nowak'], 0, doer),
				pl
			)
		).toEqual([]);
	});

	it('finds "when" asked of a since, and a statement pointing back or cut from a heading', () => {
		const evidence = 'Od 2024 roku spółdzielnią kieruje zarząd komisaryczny.';
		expect(
			checkQuestion(choice('Kiedy spółdzielnią kieruje zarząd?', ['2024', '2023'], 0, evidence), pl)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(
				choice('Od kiedy spółdzielnią kieruje zarząd?', ['2024', '2023'], 0, evidence),
				pl
			)
		).toEqual([]);
		expect(
			checkQuestion(
				trueFalse(
					'Stwierdzono wtedy 17 nieprawidłowości.',
					false,
					'Stwierdzono wtedy 14 nieprawidłowości.',
					'pl'
				),
				pl
			)
		).toContain('prompt-fragment');
		const article =
			'Osiem lat więzienia dla prezesa. Sąd: "Oszukał ponad 300 rodzin"\n\nProces trwał dwa lata.';
		expect(
			checkQuestion(
				trueFalse('Sąd: "Oszukał ponad 300 rodzin"', true, 'Sąd: "Oszukał ponad 300 rodzin"', 'pl'),
				{ ...pl, article }
			)
		).toContain('evidence-heading');
	});

	it('finds a conversion in brackets changed in a statement, and a question ending "at least?"', () => {
		const evidence = 'Lyra will fly through the tail at about 5 km/s (11,000 mph).';
		expect(
			checkQuestion(
				trueFalse(
					'Lyra will fly through the tail at about 5 km/s (7,200 mph).',
					false,
					evidence,
					'en'
				),
				en
			)
		).toContain('prompt-fragment');
		// The figure altered and its conversion left as the article had it gives the statement
		// away (the blind reading of tests/fixtures/unseen); with the conversion left out it does not.
		expect(
			checkQuestion(
				trueFalse(
					'Lyra will fly through the tail at about 8 km/s (11,000 mph).',
					false,
					evidence,
					'en'
				),
				en
			)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(
				trueFalse('Lyra will fly through the tail at about 8 km/s.', false, evidence, 'en'),
				en
			)
		).toEqual([]);
		expect(
			checkQuestion(
				trueFalse('Lyra will fly through the tail at about 5 km/s.', true, evidence, 'en'),
				en
			)
		).toEqual([]);
		expect(promptProblems('When is Lyra expected to operate until at least?', 'en')).toContain(
			'prompt-fragment'
		);
	});
});

describe('checkQuestion: the reading of four articles never seen (2026-12-07, fresh)', () => {
	it('finds a figure shown in another form than the article writes it', () => {
		const hospital =
			'Budowa mostu trwała 19 miesięcy i kosztowała 47,3 mln zł, z czego 31 mln zł pochodziło z Krajowego Planu Odbudowy.';
		const spelt = (figure: string) =>
			`Budowa mostu trwała 19 miesięcy i kosztowała 47,3 mln zł, z czego ${figure} zł pochodziło z Krajowego Planu Odbudowy.`;
		expect(checkQuestion(trueFalse(spelt('20 000 000'), false, hospital, 'pl'), pl)).toContain(
			'option-case'
		);
		expect(checkQuestion(trueFalse(spelt('31 000 000'), true, hospital, 'pl'), pl)).toContain(
			'option-case'
		);
		const area = 'Ogień objął ok. 2,5 tys. metrów kwadratowych.';
		expect(
			checkQuestion(trueFalse('Ogień objął ok. 300 metrów kwadratowych.', false, area, 'pl'), pl)
		).toEqual([]);
		expect(
			checkQuestion(trueFalse('Ogień objął ok. 4800 metrów kwadratowych.', false, area, 'pl'), pl)
		).toContain('option-case');
		// "mln" takes the noun's case, so "20 mln zł" reads as right as "31 mln zł".
		expect(checkQuestion(trueFalse(spelt('20 mln'), false, hospital, 'pl'), pl)).toEqual([]);
		const fee =
			'Aston Villa have signed Callum Keane for a club-record fee of £62m, with £8m in add-ons.';
		expect(
			checkQuestion(
				trueFalse(
					'Aston Villa have signed Callum Keane for a club-record fee of £81,000,000, with £8m in add-ons.',
					false,
					fee,
					'en'
				),
				en
			)
		).toContain('option-case');
	});

	it('finds a dialogue dash opening a gapped sentence', () => {
		const evidence = '- Rocznie wysyłaliśmy poza region ok. 400 małych pacjentów.';
		expect(
			checkQuestion(
				numeric(
					'Jaka liczba pasuje do luki: „- Rocznie wysyłaliśmy poza region ok. _____ małych pacjentów.”?',
					400,
					evidence
				),
				pl
			)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(
				cloze(
					'- Rocznie wysyłaliśmy poza region ok. _____ małych pacjentów.',
					'400',
					evidence,
					'pl'
				),
				pl
			)
		).toContain('prompt-fragment');
		// Without its dash the sentence is still the first-person remark of a speaker it does
		// not name (the blind reading of 2026-12-07): refused since.
		expect(
			checkQuestion(
				cloze('Rocznie wysyłaliśmy poza region ok. _____ małych pacjentów.', '400', evidence, 'pl'),
				pl
			)
		).toContain('prompt-fragment');
	});

	it('finds a relative clause or a conjunction left after "Ile", and "Ilu" before children', () => {
		for (const prompt of [
			'Ile zł na którą miasto wyda?',
			'Ile zł więc deficyt wyniesie?',
			'Ilu dzieci według NFZ w województwie świętokrzyskim żyje?'
		])
			expect(promptProblems(prompt, 'pl'), prompt).toContain('prompt-fragment');
		expect(promptProblems('Ile dzieci według NFZ żyje w województwie?', 'pl')).toEqual([]);
	});

	it('finds "when" asked of the year a plan is for', () => {
		const evidence = 'Radni Olsztyna przyjęli we wtorek budżet miasta na 2027 rok.';
		const when = choice(
			'Kiedy radni Olsztyna przyjęli we wtorek budżet miasta?',
			['2026', '2027', '2028'],
			1,
			evidence
		);
		expect(checkQuestion(when, pl)).toContain('key-not-in-evidence');
		const plan = 'The council adopted its budget for 2027 on Tuesday.';
		expect(
			checkQuestion(choice('When did the council adopt its budget?', ['2026', '2027'], 1, plan), en)
		).toContain('key-not-in-evidence');
	});
});

describe('checkQuestion: the fresh reading, second pass', () => {
	it('finds "za" (in favour) moved before the verb', () => {
		expect(promptProblems('Ile radnych za głosowało?', 'pl')).toContain('prompt-fragment');
		expect(promptProblems('Ilu radnych głosowało za?', 'pl')).toEqual([]);
	});

	it('finds a cloze whose key is an adjective made of a numeral', () => {
		const evidence = '"It is the most complete skeleton of a four-legged whale," said Lambert.';
		expect(
			checkQuestion(
				cloze(
					'"It is the most complete skeleton of a _____ whale," said Lambert.',
					'four-legged',
					evidence,
					'en'
				),
				en
			)
		).toContain('prompt-fragment');
	});

	it('finds a name cut after its first adjective', () => {
		const evidence =
			'Narodowy Fundusz Zdrowia podpisał z oddziałem kontrakt na 14,2 mln zł rocznie.';
		const context = {
			language: 'pl' as const,
			entities: [
				{
					id: 'fundusz-zdrowia',
					name: 'Fundusz Zdrowia',
					type: 'organisation' as const,
					aliases: []
				}
			]
		};
		const who = (key: string) => ({
			id: 'short-answer.f',
			type: 'short-answer' as const,
			factIds: ['f'],
			prompt: 'Kto podpisał z oddziałem kontrakt na 14,2 mln zł rocznie?',
			evidence: [evidence],
			key: { value: key }
		});
		expect(checkQuestion(who('Fundusz Zdrowia'), context)).toContain('key-not-in-evidence');
		expect(checkQuestion(who('Narodowy Fundusz Zdrowia'), pl)).toEqual([]);
	});
});

describe('checkQuestion: gaps of figures in quoted sentences', () => {
	it('finds a gap standing for part of a compound', () => {
		const evidence = 'It is the most complete skeleton of a four-legged whale ever found.';
		expect(
			checkQuestion(
				numeric(
					'Which number fills the gap: "It is the most complete skeleton of a _____ whale ever found."?',
					4,
					evidence
				),
				en
			)
		).toContain('prompt-fragment');
	});

	it('finds Polish options that do not agree with the noun after the gap', () => {
		const evidence = 'Oddział ma 24 łóżka, w tym 6 na sali intensywnego nadzoru.';
		const prompt =
			'Jaka liczba pasuje do luki: „Oddział ma _____ łóżka, w tym 6 na sali intensywnego nadzoru.”? Wybierz jedną odpowiedź.';
		expect(checkQuestion(choice(prompt, ['24', '31', '240'], 0, evidence), pl)).toContain(
			'option-case'
		);
		expect(checkQuestion(choice(prompt, ['24', '32', '22'], 0, evidence), pl)).toEqual([]);
	});
});

describe('checkQuestion: the flaws of the blind reading of 2026-12-07', () => {
	it('refuses "Kiedy"/"When" for the end of a period ("do czerwca 2027", "until March")', () => {
		const suspended = 'Pociąg "Wydmy" zostanie zawieszony do czerwca 2027 r., bo trwa remont.';
		expect(
			checkQuestion(
				shortAnswer('Kiedy pociąg "Wydmy" zostanie zawieszony?', 'czerwiec 2027', suspended),
				pl
			)
		).not.toEqual([]);
		expect(
			checkQuestion(
				shortAnswer('Do kiedy pociąg "Wydmy" zostanie zawieszony?', 'czerwiec 2027', suspended),
				pl
			)
		).toEqual([]);
		const valid = 'Rozkład będzie obowiązywał od 13 grudnia 2026 do 12 grudnia 2027 r.';
		expect(
			checkQuestion(shortAnswer('Kiedy rozkład będzie obowiązywał?', '12 grudnia 2027', valid), pl)
		).not.toEqual([]);
		const opened = 'Most ma 146 metrów i został oddany do użytku w 1998 roku.';
		expect(
			checkQuestion(shortAnswer('Kiedy most został oddany do użytku?', '1998', opened), pl)
		).toEqual([]);
		const closed = 'The road will stay closed until 15 March 2027, the council said.';
		expect(
			checkQuestion(
				shortAnswer('When will the road stay closed?', '15 March 2027', closed, 'en'),
				en
			)
		).not.toEqual([]);
		expect(
			checkQuestion(
				shortAnswer('Until when will the road stay closed?', '15 March 2027', closed, 'en'),
				en
			)
		).toEqual([]);
	});

	it('refuses a subordinate clause after the question word and a pronoun with no antecedent', () => {
		expect(promptProblems('Kiedy zanim projekt porzucono?', 'pl')).toContain('prompt-fragment');
		expect(promptProblems('Ile głosów gdy liczono karty oddano?', 'pl')).toContain(
			'prompt-fragment'
		);
		expect(promptProblems('When before the project was dropped?', 'en')).toContain(
			'prompt-fragment'
		);
		expect(promptProblems('Do kiedy jego kadencja potrwa?', 'pl')).toContain('prompt-fragment');
		expect(promptProblems('Ile głosów zdobyła jej rywalka?', 'pl')).toContain('prompt-fragment');
		expect(promptProblems('How many votes did his rival win?', 'en')).toContain('prompt-fragment');
		expect(
			promptProblems('Ile nieważnych głosów komisja wyborcza podała, że oddano?', 'pl')
		).toContain('prompt-fragment');
		expect(promptProblems('Ile głosów zdobył Tomasz Lewandowski i jego komitet?', 'pl')).toEqual(
			[]
		);
		expect(promptProblems('How many votes did Mr Smith and his party win?', 'en')).toEqual([]);
	});

	it('refuses a cloze whose sentence opens on a possessive with no person', () => {
		const evidence = 'Jego kadencja potrwa do 2029 r.';
		expect(
			checkQuestion(cloze('Jego kadencja potrwa _____', 'do 2029 r.', evidence, 'pl'), pl)
		).toContain('prompt-fragment');
		expect(
			promptProblems(
				'Jaka liczba pasuje do luki: „Na jego biurku czeka sprawa, w którą zainwestowano _____ zł.”?',
				'pl'
			)
		).toContain('prompt-fragment');
	});

	it('refuses a gap sentence whose pronoun points to a name it never gives', () => {
		const evidence =
			'W trzech kwartałach 2026 r. jego przychody wzrosły o 8,4 proc. r/r, do 3,1 mld euro.';
		expect(
			checkQuestion(
				cloze(
					'W trzech kwartałach 2026 r. jego przychody wzrosły o 8,4 proc. r/r, do _____ euro.',
					'3,1 mld',
					evidence,
					'pl'
				),
				pl
			)
		).toContain('prompt-fragment');
		expect(
			promptProblems(
				'Jaka liczba pasuje do luki: „Dziś pokazał, dlaczego zapłaciliśmy za niego _____ euro - powiedział po meczu Wiśniewski.”?',
				'pl'
			)
		).toContain('prompt-fragment');
		expect(
			promptProblems('Kiedy wymiana handlowa obu krajów przekroczyła 170 mld euro?', 'pl')
		).toContain('prompt-fragment');
		expect(
			promptProblems(
				'Jaka liczba pasuje do luki: „Tomasz Lewandowski zdobył _____ głosy, a jego rywalka mniej.”?',
				'pl'
			)
		).toEqual([]);
		expect(
			promptProblems(
				'Jaka liczba pasuje do luki: „W drugiej turze Lewandowski zdobył _____ głosy, a jego rywalka mniej.”?',
				'pl'
			)
		).toEqual([]);
	});

	it('refuses a statement whose possessive points to a name it never gives', () => {
		expect(
			statementProblems('W trzech kwartałach 2026 r. jego przychody wzrosły o 8,4 proc. r/r.', 'pl')
		).toContain('prompt-fragment');
		expect(
			statementProblems('Tomasz Lewandowski zdobył 11 284 głosy, a jego rywalka 9 383 głosy.', 'pl')
		).toEqual([]);
	});

	it('refuses an abbreviation after "Ile" and a verb of amount moved to the end', () => {
		expect(
			promptProblems('Ile min średnie opóźnienie pociągu w listopadzie wyniosło?', 'pl')
		).toContain('prompt-fragment');
		expect(
			promptProblems('Ile minut średnie opóźnienie pociągu w listopadzie wyniosło?', 'pl')
		).toContain('prompt-fragment');
		expect(
			promptProblems('Ile minut wyniosło średnie opóźnienie pociągu w listopadzie?', 'pl')
		).toEqual([]);
	});

	it('refuses a figure gap whose noun gives the figure’s range away, unless options agree', () => {
		const evidence = 'Miasto przez trzy miesiące zarządzał komisarz wyznaczony przez premiera.';
		const gapped =
			'Jaka liczba pasuje do luki: „Miasto przez _____ miesiące zarządzał komisarz wyznaczony przez premiera.”?';
		expect(checkQuestion(numeric(gapped, 3, evidence), pl)).toContain('prompt-fragment');
		expect(
			checkQuestion(
				cloze(
					'Miasto przez _____ miesiące zarządzał komisarz wyznaczony przez premiera.',
					'trzy',
					evidence,
					'pl'
				),
				pl
			)
		).toContain('prompt-fragment');
		const after = 'Po dwóch latach budowy otwarto most.';
		expect(
			checkQuestion(cloze('Po _____ latach budowy otwarto most.', 'dwóch', after, 'pl'), pl)
		).toEqual([]);
		const year = 'Firma była w 2023 roku kontrolowana przez strażaków.';
		expect(
			checkQuestion(
				cloze('Firma była w _____ kontrolowana przez strażaków.', '2023 roku', year, 'pl'),
				pl
			)
		).toEqual([]);
		const many = 'Miasto przez pięć miesięcy zarządzał komisarz.';
		expect(
			checkQuestion(
				numeric(
					'Jaka liczba pasuje do luki: „Miasto przez _____ miesięcy zarządzał komisarz.”?',
					5,
					many
				),
				pl
			)
		).toEqual([]);
	});

	it('refuses a true statement whose figure lost the article’s thousands separator', () => {
		const evidence = 'Zdobył 11 284 głosy, a jego rywalka Agnieszka Kołakowska 9 383 głosy.';
		expect(
			checkQuestion(
				trueFalse(
					'Zdobył 11 284 głosy, a jego rywalka Agnieszka Kołakowska 9383 głosy.',
					true,
					evidence,
					'pl'
				),
				pl
			)
		).toContain('option-case');
		expect(
			checkQuestion(
				trueFalse(
					'Zdobył 11 284 głosy, a jego rywalka Agnieszka Kołakowska 8 383 głosy.',
					false,
					evidence,
					'pl'
				),
				pl
			)
		).not.toContain('option-case');
	});
});

function shortAnswer(
	prompt: string,
	key: string,
	evidence: string,
	language: 'pl' | 'en' = 'pl'
): QuestionWithKey {
	return {
		id: `short-answer.${language}`,
		type: 'short-answer',
		factIds: ['f'],
		prompt,
		evidence: [evidence],
		key: { value: key }
	};
}

describe('a sentence that points back to the one before it (blind reading, 2026-12-07)', () => {
	const share =
		'Na parkingu przybędzie 140 miejsc, a 140 nowych miejsc to mniej niż połowa tej liczby.';
	const fund = 'Z tej kwoty gmina przeznaczy 2,6 mln zł na drogi.';
	const heat = '- Takich upałów nie widzieliśmy od 25 lat.';
	const water = '- Nie pamiętam tak wysokiej wody od 45 lat.';

	it('is refused as a question when a demonstrative stands for a figure not shown', () => {
		expect(
			checkQuestion(numeric('Ile nowych miejsc to mniej niż połowa tej liczby?', 140, share), pl)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(
				numeric('How many homes does that figure include?', 900, 'That figure includes 900 homes.'),
				en
			)
		).toContain('prompt-fragment');
	});

	it('is refused as a gap, a cloze and a true/false statement', () => {
		expect(
			checkQuestion(
				numeric(
					'Jaka liczba pasuje do luki: „Z tej kwoty gmina przeznaczy _____ zł na drogi.”?',
					2_600_000,
					fund
				),
				pl
			)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(
				cloze('Z tej kwoty gmina przeznaczy _____ zł na drogi.', '2,6 mln', fund, 'pl'),
				pl
			)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(
				trueFalse('Z tej kwoty gmina przeznaczy 2,6 mln zł na drogi.', true, fund, 'pl'),
				pl
			)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(
				cloze(
					'The same amount will go to _____ schools.',
					'14',
					'The same amount will go to 14 schools.',
					'en'
				),
				en
			)
		).toContain('prompt-fragment');
	});

	it('is refused as the first-person remark of a speaker it does not name', () => {
		expect(
			checkQuestion(cloze('Takich upałów nie widzieliśmy od _____ lat.', '25', heat, 'pl'), pl)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(cloze('Nie pamiętam tak wysokiej wody od _____ lat.', '45', water, 'pl'), pl)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(
				trueFalse(
					'We have cut waiting lists by 30 per cent.',
					true,
					'"We have cut waiting lists by 30 per cent."',
					'en'
				),
				en
			)
		).toContain('prompt-fragment');
	});

	it('leaves a sentence of this year, a named speaker and an impersonal one', () => {
		const year = 'W tym roku gmina wyda 2,6 mln zł na drogi.';
		expect(
			checkQuestion(cloze('W tym roku gmina wyda _____ zł na drogi.', '2,6 mln', year, 'pl'), pl)
		).toEqual([]);
		const named = '- Nie pamiętam tak wysokiej wody od 45 lat - mówi sołtys Anna Wrona.';
		expect(
			checkQuestion(
				cloze(
					'Nie pamiętam tak wysokiej wody od _____ lat - mówi sołtys Anna Wrona.',
					'45',
					named,
					'pl'
				),
				pl
			)
		).toEqual([]);
		const english = 'This year the council will spend £2m on roads.';
		expect(
			checkQuestion(
				cloze('This year the council will spend £_____ on roads.', '2m', english, 'en'),
				en
			)
		).toEqual([]);
	});
});

describe('checkQuiz: one figure of one sentence asked twice (blind reading, 2026-12-07)', () => {
	const evidence =
		'Do końca 2028 r. miasto przekaże najemcom 356 odnowionych mieszkań, ale 356 nowych lokali to wciąż za mało.';

	it('finds the second question asking it under another noun', () => {
		const flats = {
			...numeric('Ile odnowionych mieszkań miasto przekaże najemcom?', 356, evidence),
			factIds: ['mieszkania-356']
		};
		const homes = {
			...numeric('Ile nowych lokali to wciąż za mało?', 356, evidence),
			id: 'numeric.lokale',
			factIds: ['lokale-356']
		};
		expect(checkQuiz([flats, homes], pl)).toEqual([
			{ index: 1, issue: 'fact-asked-twice', other: 0 }
		]);
	});
});

describe('checkQuiz: a short word is no form of a longer name', () => {
	it('does not take "More" for "Morocco", and still finds a name in another case', () => {
		const evidence = 'The ferry line links Spain with Morocco, the port authority said.';
		const country = choice(
			'Which country does the ferry line link with Spain?',
			['Morocco', 'Portugal', 'France'],
			0,
			evidence,
			'morocco'
		);
		const figure = {
			...numeric(
				'How many lorries crossed the strait more than once last week?',
				300,
				'More than 300 lorries crossed the strait more than once last week.'
			),
			factIds: ['lorries']
		};
		expect(checkQuiz([country, figure], en)).toEqual([]);
		const who: QuestionWithKey = {
			id: 'short-answer.rosja',
			type: 'short-answer',
			factIds: ['rosja'],
			prompt: 'Które państwo zerwało umowę?',
			evidence: ['Rosja zerwała umowę.'],
			key: { value: 'Rosja' }
		};
		const shown = cloze(
			'Umowę z Rosją zerwano _____.',
			'wczoraj',
			'Umowę z Rosją zerwano wczoraj.',
			'pl'
		);
		expect(checkQuiz([who, shown], pl)).toEqual([
			{ index: 0, issue: 'answer-shown-elsewhere', other: 1 }
		]);
	});
});

describe('a gap sentence opening on a possessive of someone it does not name', () => {
	it('is refused though a title stands before the gap', () => {
		const evidence = 'Its mayor, Ms Ruth Kendal, said the bypass would open in spring.';
		expect(
			checkQuestion(
				asked(
					'Who fills the gap: "Its mayor, Ms _____, said the bypass would open in spring."?',
					'Ruth Kendal',
					evidence
				),
				en
			)
		).toContain('prompt-fragment');
		const fromPlace =
			'Its chief executive, Mr Callum Reid, said the firm had carried 48,000 passengers from Oban this year.';
		expect(
			checkQuestion(
				asked(
					'Who fills the gap: "Its chief executive, Mr _____, said the firm had carried 48,000 passengers from Oban this year."?',
					'Callum Reid',
					fromPlace
				),
				en
			)
		).toContain('prompt-fragment');
		const his = 'His deputy, Dr Alan Marsh, will chair the inquiry.';
		expect(
			checkQuestion(
				asked(
					'Who fills the gap: "His deputy, Dr _____, will chair the inquiry."?',
					'Alan Marsh',
					his
				),
				en
			)
		).toContain('prompt-fragment');
	});

	it('passes when the sentence names the owner, or the question leaves the possessive out', () => {
		const named = 'Its chief executive, Ruth Kendal, said Harwick Mills would close.';
		expect(
			checkQuestion(
				asked(
					'Who fills the gap: "Its chief executive, _____, said Harwick Mills would close."?',
					'Ruth Kendal',
					named
				),
				en
			)
		).toEqual([]);
		expect(
			checkQuestion(
				asked(
					'Who said the bypass would open in spring?',
					'Ruth Kendal',
					'Its mayor, Ms Ruth Kendal, said the bypass would open in spring.'
				),
				en
			)
		).toEqual([]);
	});
});

describe('words whose speaker, subject or time only the sentence before names', () => {
	it.each([
		'Jak dodaje, z 9 mln zł dopłaty ok. 5,4 mln zł pokryje kredyt.',
		'Jak przypomniał, najdroższa oferta opiewała na 44 mln zł.',
		'Koszty energii wzrosły w tym czasie o 45 proc.',
		'Kosztowałby 28 mln zł i byłby gotowy już w tym roku.',
		'Nie obiecuję, że szpital powstanie przed końcem 2027 r.'
	])('refuses the Polish statement %j', (statement) => {
		expect(statementProblems(statement, 'pl')).toContain('prompt-fragment');
	});

	it.each([
		'He added that the route carried 48,000 passengers.',
		'Fares rose by 12% at the time.',
		'In the first ten months of 2026 the number fell to 291.'
	])('refuses the English statement %j', (statement) => {
		expect(statementProblems(statement, 'en')).toContain('prompt-fragment');
	});

	it('keeps statements that name whom and what they speak of', () => {
		expect(
			statementProblems('Jak dodaje burmistrz Anna Lis, basen kosztował 40 mln zł.', 'pl')
		).toEqual([]);
		expect(statementProblems('Według Anny Lis basen kosztował 40 mln zł.', 'pl')).toEqual([]);
		expect(statementProblems('The airport carried 48,000 passengers.', 'en')).toEqual([]);
		expect(statementProblems('The number of thefts fell to 291 in 2026.', 'en')).toEqual([]);
	});

	it.each([
		'Kiedy miał być gotowy?',
		'Kiedy stanie się to?',
		'Kiedy ma być gotowa?',
		'Kiedy mają zostać oddane?',
		'Kto zapowiada, że jeśli plan zostanie zatwierdzony bez zmian?'
	])('refuses the Polish question %j, which names nothing it asks about', (prompt) => {
		expect(promptProblems(prompt, 'pl')).toContain('prompt-fragment');
	});

	it.each([
		'Kiedy otwarto basen w Kościerzynie?',
		'Kto zapowiada skargę do Komisji Europejskiej?',
		'Kiedy ma być gotowa nowa hala?'
	])('keeps the Polish question %j', (prompt) => {
		expect(promptProblems(prompt, 'pl')).toEqual([]);
	});
});

describe('checkQuiz: one figure asked twice from two sentences', () => {
	const grew = 'The hospice grew from 35 to 180 volunteers over the decade.';
	const rota = 'Once all 180 shifts were covered, the rota was published.';

	it('finds the second question, whatever noun each sentence counts', () => {
		const volunteers = {
			...numeric('How many volunteers does the hospice have now?', 180, grew),
			factIds: ['volunteers-180']
		};
		const shifts = {
			...cloze('Once all _____ shifts were covered, the rota was published.', '180', rota, 'en'),
			factIds: ['shifts-180']
		};
		expect(checkQuiz([volunteers, shifts], en)).toEqual([
			{ index: 1, issue: 'fact-asked-twice', other: 0 }
		]);
	});

	it('lets a small count or a year recur', () => {
		const hours = numeric('How many hours does a shift last?', 6, grew);
		const days = { ...numeric('How many days a week is the shop open?', 6, rota), id: 'n2' };
		const opened = { ...numeric('In which year did the hospice open?', 2019, grew), id: 'n3' };
		const moved = {
			...numeric('In which year did the shop move?', 2019, rota),
			id: 'n4',
			factIds: ['moved']
		};
		expect(checkQuiz([hours, { ...days, factIds: ['days'] }, opened, moved], en)).toEqual([]);
	});
});

describe('checkQuestion: an option the prompt names', () => {
	const evidence =
		'Of the £4m, £3.1m comes from the Coastal Towns Fund and £900,000 from Norfolk County Council, which owns the pier.';
	const prompt =
		'Which organisation fills the gap: "Of the £4m, £3.1m comes from the Coastal Towns Fund and £900,000 from _____, which owns the pier."? Choose one answer.';
	const context = {
		language: 'en' as const,
		entities: [
			{ name: 'Coastal Towns Fund', aliases: ['CTF'], type: 'organisation' },
			{ name: 'Norfolk County Council', aliases: [], type: 'organisation' }
		]
	};

	it('is ruled out by reading the prompt', () => {
		const question = choice(
			prompt,
			['Norfolk County Council', 'Coastal Towns Fund', 'Cromer Pier Trust'],
			0,
			evidence
		);
		expect(checkQuestion(question, context)).toContain('option-ruled-out');
	});

	it('is ruled out under its short form too, and other options pass', () => {
		const short = prompt.replace('the Coastal Towns Fund', 'the CTF');
		const named = choice(short, ['Norfolk County Council', 'Coastal Towns Fund'], 0, evidence);
		expect(checkQuestion(named, context)).toContain('option-ruled-out');
		const fair = choice(prompt, ['Norfolk County Council', 'Cromer Pier Trust'], 0, evidence);
		expect(checkQuestion(fair, context)).not.toContain('option-ruled-out');
	});
});

describe('checkQuestion: options of another kind than the prompt says', () => {
	const evidence = 'The pool will be refurbished by Halden Leisure Ltd, a firm based in Kendal.';
	const prompt =
		'Which organisation fills the gap: "The pool will be refurbished by _____, a firm based in Kendal."? Choose one answer.';

	it('refuses a council and a fund among the options of a firm', () => {
		const question = choice(
			prompt,
			['Halden Leisure Ltd', 'Kendal Town Council', 'Lakes Sport Fund'],
			0,
			evidence
		);
		expect(checkQuestion(question, en)).toContain('option-ruled-out');
	});

	it('passes firms and names that do not tell; refuses a council after "spółka _____"', () => {
		const question = choice(
			prompt,
			['Halden Leisure Ltd', 'Brant & Co Ltd', 'Aqualine'],
			0,
			evidence
		);
		expect(checkQuestion(question, en)).not.toContain('option-ruled-out');
		const polish = choice(
			'Kto pasuje do luki: „Basen wyremontuje spółka _____ z Kielc.”? Wybierz jedną odpowiedź.',
			['Akwatech', 'Rada Miasta Kielce', 'Hydrobud sp. z o.o.'],
			0,
			'Basen wyremontuje spółka Akwatech z Kielc.'
		);
		expect(checkQuestion(polish, pl)).toContain('option-ruled-out');
	});
});
