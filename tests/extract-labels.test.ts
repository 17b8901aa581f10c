import { describe, expect, it } from 'vitest';
import { draftArticle, everyQuestion } from '../bench/authoring-measure';
import { extractFacts } from '../src/lib/quiz/extract';
import { generateQuiz } from '../src/lib/quiz/generate';
import { loadMorphology } from '../src/lib/server/morphology';
import { loadCorpus } from './support/corpus-gold';

/**
 * What a figure counts, as a row of a matching or ordering question shows it (issue 17): the
 * counted noun in the nominative with the words that tell it apart, worded from the evidence
 * sentence, or nothing. Sentences from the corpus and in its style, several figures each.
 */

const morphology = loadMorphology('pl');

function labels(text: string, language: 'pl' | 'en'): Record<string, string | undefined> {
	const extraction = extractFacts(text, { language, ...(language === 'pl' ? { morphology } : {}) });
	const found: Record<string, string | undefined> = {};
	for (const candidate of extraction.candidates) {
		if (candidate.kind === 'number' || candidate.kind === 'proportion')
			found[String(Number(candidate.value.toPrecision(12)))] = candidate.label;
	}
	return found;
}

describe('labels of Polish figures', () => {
	it.each([
		[
			'Na rozprawę przyszło ok. 40 członków spółdzielni.',
			'40',
			'członkowie spółdzielni, którzy przyszli na rozprawę'
		],
		[
			'Do obwodu kurskiego w Rosji trafiło ok. 11 tysięcy północnokoreańskich żołnierzy.',
			'11000',
			'północnokoreańscy żołnierze, którzy trafili do obwodu kurskiego w Rosji'
		],
		[
			'W akcji gaśniczej brało udział 120 strażaków z 34 zastępów.',
			'120',
			'strażacy, którzy brali udział w akcji gaśniczej'
		],
		[
			'Strażacy i żołnierze Wojsk Obrony Terytorialnej (WOT) ewakuowali 340 mieszkańców z 96 domów.',
			'340',
			'mieszkańcy, których ewakuowali strażacy i żołnierze Wojsk Obrony Terytorialnej (WOT)'
		],
		[
			'Ogień objął ok. 2,5 tys. metrów kwadratowych.',
			'2500',
			'metry kwadratowe, które objął ogień'
		],
		[
			'Nikt nie zginął, ale dwie osoby trafiły do szpitala.',
			'2',
			'osoby, które trafiły do szpitala'
		],
		[
			'W piątek do szkół w Kłodzku nie przyszło ok. 4,2 tys. uczniów.',
			'4200',
			'uczniowie, którzy nie przyszli w piątek do szkół w Kłodzku'
		],
		[
			'Jak dodał, w mieście działa 12 punktów pomocy.',
			'12',
			'punkty pomocy, które działają w mieście'
		]
	])('%s → %s: %s', (text, value, label) => {
		expect(labels(text, 'pl')[value]).toBe(label);
	});

	it.each([
		// A preposition's figure says where from, not what is counted: "z 34 zastępów".
		['W akcji gaśniczej brało udział 120 strażaków z 34 zastępów.', '34'],
		['Strażacy ewakuowali 340 mieszkańców z 96 domów.', '96'],
		// No verb acts on the figure: the hall stood 300 metres away.
		['Hala stała w odległości ok. 300 metrów od najbliższych bloków.', '300'],
		// "trwał 90 minut": a span of time, not a count the verb acts on.
		['Zabieg zamknięcia ubytku trwał 90 minut.', '90'],
		// "w której budowę": the clause leans on a noun outside it.
		[
			'To sprawa elektrowni, w której budowę Energa i Enea zainwestowały 1,35 mld zł.',
			'1350000000'
		],
		// "mieszkańcy, których ewakuowali" leaves out who did.
		['Ewakuowali wczoraj 340 mieszkańców.', '340'],
		// A name between the sum and its verb is who did it: the row would name the wrong thing.
		['Umowę o wartości 396 mln zł MPK podpisało w 2022 roku.', '396000000'],
		// A share of something: "kara" is not what 0,05 proc. is.
		['Sędzia przypomniała, że kara wynosiła 0,05 proc. wartości zamówienia.', '0.0005']
	])('gives none where it cannot be worded well: %s (%s)', (text, value) => {
		expect(labels(text, 'pl')[value]).toBeUndefined();
	});
});

describe('Polish labels that cannot be worded grammatically are not given (blind reading)', () => {
	it.each([
		// The figure is what someone else does something to: the verb agrees with that someone,
		// so a row "osoby, które kupią … Marek Zieliński" would make the figure the doer.
		['Z pieniędzy z programu Marek Zieliński kupi 12 nowych autobusów.', '12'],
		['W przyszłym roku spółka zatrudni 40 kierowców.', '40'],
		// A neuter subject takes the same past form as a figure does: "muzeum kupiło".
		['Miasto zatrudniło 50 osób.', '50'],
		['W ubiegłym roku muzeum kupiło 30 obrazów.', '30'],
		// The phrase that told the figure apart held a figure itself: "pracują" alone says nothing.
		['W pięciu filiach pracuje 140 bibliotekarzy.', '140'],
		// "aby", "żeby": a wish or a purpose, not what happened; nor do its words join the row.
		['Wójt chciał, aby pierwsze 3 świetlice otworzyły się już we wrześniu.', '3'],
		['Rada chce, żeby w przyszłym roku do programu przystąpiło 40 gmin.', '40']
	])('none for %s (%s)', (text, value) => {
		expect(labels(text, 'pl')[value]).toBeUndefined();
	});

	it('words a row from its own sentence, not across an initial ending the one before', () => {
		const text = 'Policjanci zatrzymali 52-letniego Jana K. Na strychu znaleziono 4 karabiny.';
		expect(labels(text, 'pl')['4']).toBe('karabiny, które znaleziono na strychu');
	});

	it.each([
		// An adjective before the figure agrees with its noun: it goes with the noun, in its case.
		[
			'Inspektorzy podali, że w Elblągu stoi pustych 45 budynków gospodarczych.',
			'45',
			'puste budynki gospodarcze, które stoją w Elblągu'
		],
		[
			'Jak podał urząd, pierwsze 3 świetlice otworzyły się już we wrześniu.',
			'3',
			'pierwsze świetlice, które otworzyły się już we wrześniu'
		]
	])('%s → %s: %s', (text, value, label) => {
		expect(labels(text, 'pl')[value]).toBe(label);
	});

	it.each([
		// Still worded: a figure that is the doer after a place, a -ło verb with another object.
		[
			'Jak dodał, w mieście działa 12 punktów pomocy.',
			'12',
			'punkty pomocy, które działają w mieście'
		],
		[
			'Koncert w Operze Leśnej oglądało 4200 widzów.',
			'4200',
			'widzowie, którzy oglądali koncert w Operze Leśnej'
		]
	])('still %s → %s: %s', (text, value, label) => {
		expect(labels(text, 'pl')[value]).toBe(label);
	});
});

describe('Polish patterns of sums, plans and changes', () => {
	it.each([
		// "w wysokości": the noun before it, in the nominative, is what the sum is.
		['Gmina otrzymała dotację w wysokości 2,5 mln zł.', '2500000', 'dotacja'],
		['Sąd wymierzył spółce karę w wysokości 80 tys. zł.', '80000', 'kara'],
		// A planned sum: "ma kosztować", "ma wynieść".
		['Remont dworca ma kosztować 31 mln zł.', '31000000', 'planowany koszt remontu dworca'],
		['Budowa hali ma kosztować 48 mln zł.', '48000000', 'planowany koszt budowy hali'],
		[
			'W przyszłym roku deficyt miasta ma wynieść 90 mln zł.',
			'90000000',
			'planowany deficyt miasta w przyszłym roku'
		],
		// The cost of something masculine: its genitive from the dictionary.
		['Remont dworca kosztował 31 mln zł.', '31000000', 'koszt remontu dworca'],
		// A change: "wzrosły o", "spadła o".
		['Ceny biletów wzrosły o 12 proc.', '0.12', 'wzrost cen biletów'],
		[
			'W październiku liczba pasażerów spadła o 8 proc.',
			'0.08',
			'spadek liczby pasażerów w październiku'
		],
		// The passive "zostało przyznanych": the figure is what was done to.
		[
			'W tegorocznym konkursie zostało przyznanych 48 stypendiów.',
			'48',
			'stypendia, które zostały przyznane w tegorocznym konkursie'
		],
		[
			'Na festiwalu zostało przyznanych 15 nagród.',
			'15',
			'nagrody, które zostały przyznane na festiwalu'
		],
		[
			'Po wypadku do szpitala zostało przewiezionych 7 osób.',
			'7',
			'osoby, które zostały przewiezione po wypadku do szpitala'
		]
	])('%s → %s: %s', (text, value, label) => {
		expect(labels(text, 'pl')[value]).toBe(label);
	});

	it.each([
		// A sum that may or may not be: no row states it as a fact.
		['Remont dworca może kosztować nawet 31 mln zł.', '31000000'],
		// An adjective after the noun would have to change case too: "koszt remontu generalny".
		['Remont generalny kosztował 31 mln zł.', '31000000'],
		['Wpływy podatkowe wzrosły o 6 proc.', '0.06'],
		// The figure counts both nouns: a row of the first alone would say less than it counts.
		['Wiosną w parku zostanie posadzonych 800 dębów i lip.', '800'],
		['Na festyn przyszło 600 mieszkańców i turystów.', '600']
	])('none for %s (%s)', (text, value) => {
		expect(labels(text, 'pl')[value]).toBeUndefined();
	});
});

describe('labels of English figures', () => {
	it.each([
		[
			'A powerful earthquake struck eastern Turkey on Monday, killing at least 212 people and injuring more than 1,900, the agency said.',
			'212',
			'people killed'
		],
		[
			'More than 8,500 rescue workers, including teams from Greece, Azerbaijan and Israel, had been sent to the region, he said.',
			'8500',
			'rescue workers who had been sent to the region'
		],
		[
			'He said the group would still employ about 430 journalists after the cuts.',
			'430',
			'journalists employed after the cuts'
		],
		[
			'More than 270 aftershocks were recorded in the first 12 hours, AFAD said.',
			'270',
			'aftershocks that were recorded'
		],
		[
			'Investigators found 14 vehicles registered to the brothers; the court was told.',
			'14',
			'vehicles registered to the brothers'
		],
		[
			'The strike began in March, when about 3,400 dockers walked out over pay.',
			'3400',
			'dockers who walked out over pay'
		],
		[
			'Journalists walked out in protest at plans to cut 120 jobs and close five offices.',
			'120',
			'jobs cut'
		],
		[
			'Keane scored 21 goals in 38 Premier League games for Brentford last season, more than any other English player.',
			'21',
			'goals scored for Brentford last season'
		],
		[
			'Officials estimate that the fire destroyed 2,100 hectares of olive groves and pine forest.',
			'2100',
			'hectares of olive groves destroyed'
		],
		[
			'The mission cost €1.4bn, of which Britain contributed about 14%.',
			'1400000000',
			'cost of the mission'
		]
	])('%s → %s: %s', (text, value, label) => {
		expect(labels(text, 'en')[value]).toBe(label);
	});

	it.each([
		// "forest that supported 900 collectors": the row cannot say what supported them.
		['The fire destroyed pine forest that supported around 900 resin collectors.', '900'],
		['The group, which publishes 17 regional newspapers, began a strike.', '17'],
		// The nucleus is not 5.4 km; it is that wide.
		[
			'The comet’s nucleus is about 5.4 km (3.4 miles) across and rotates once every 9.7 hours.',
			'5.4'
		],
		// "a combined 23 years": an adjective before the figure, no verb acting on it.
		['Two brothers have been jailed for a combined 23 years at Southwark crown court.', '23'],
		// A span of time taken is no count of years.
		['The investigation took four years and cost the agency £6.2m.', '4'],
		// Two figures of one sentence worded alike cannot be told apart: neither has a label.
		['Voltera sold 310,000 vehicles and Rivala sold 120,000 vehicles.', '310000'],
		['Voltera sold 310,000 vehicles and Rivala sold 120,000 vehicles.', '120000']
	])('gives none where it cannot be worded well: %s (%s)', (text, value) => {
		expect(labels(text, 'en')[value]).toBeUndefined();
	});
});

describe('labels of what a subject has, a level reached, a verb in the present', () => {
	it.each([
		// "X ma N Y": what the figure counts, owned by the subject in the genitive.
		['Jak podał wójt, szkoła w Zalesiu ma 27 uczniów.', '27', 'uczniowie szkoły w Zalesiu'],
		// A size after its measure names the size; the second figure shares the verb.
		['Wiadukt ma 180 metrów długości i 16 metrów szerokości.', '180', 'długość wiaduktu'],
		['Wiadukt ma 180 metrów długości i 16 metrów szerokości.', '16', 'szerokość wiaduktu'],
		// A genitive the rules took for the base form: the dictionary's plural is the row's.
		[
			'Jak mówił, obecnie w Polsce jest ok. 12 tys. budowli ochronnych.',
			'12000',
			'budowle ochronne, które są obecnie w Polsce'
		]
	])('pl: %s → %s: %s', (text, value, label) => {
		expect(labels(text, 'pl')[value]).toBe(label);
	});

	it.each([
		// A measure with no size named: "metry wiaduktu" says nothing.
		['Wiadukt ma 180 metrów i stoi nad torami.', '180'],
		// The noun's phrase runs on past "i": half of it would be a cut row.
		['W magazynie przechowywano 300 beczek z olejem i smarami.', '300']
	])('pl: none for %s (%s)', (text, value) => {
		expect(labels(text, 'pl')[value]).toBeUndefined();
	});

	it.each([
		[
			'The hospital currently employs 2,400 staff and says it treats about 90,000 patients every year.',
			'2400',
			'staff employed by the hospital'
		],
		[
			'The hospital currently employs 2,400 staff and says it treats about 90,000 patients every year.',
			'90000',
			'patients treated every year'
		],
		['The council owns 1,200 homes in the town.', '1200', 'homes owned by the council in the town'],
		// A present verb keeps its own phrase after it.
		[
			'Heavy rain forces 900 people from homes in Cumbria.',
			'900',
			'people forced from homes in Cumbria'
		],
		// A level reached: the subject, without the verb that reports it; a second subject
		// sharing the verb after "and".
		[
			'The club said turnover rose to £48.2m and operating profit to £3.1m.',
			'48200000',
			'turnover'
		],
		[
			'The club said turnover rose to £48.2m and operating profit to £3.1m.',
			'3100000',
			'operating profit'
		]
	])('en: %s → %s: %s', (text, value, label) => {
		expect(labels(text, 'en')[value]).toBe(label);
	});

	it('en: none for a measure a verb in the present states', () => {
		expect(labels('The new bridge measures 400 metres.', 'en')['400']).toBeUndefined();
	});
});

describe('labels of the items of a figure list and of a verb after its object', () => {
	it.each([
		// A list after a colon: each item counts the noun before it, told apart by its phrase.
		[
			'W akcji brało udział 120 strażaków: 80 z Lublina, 30 z Chełma i 10 z Zamościa.',
			'80',
			'strażacy z Lublina'
		],
		[
			'W akcji brało udział 120 strażaków: 80 z Lublina, 30 z Chełma i 10 z Zamościa.',
			'10',
			'strażacy z Zamościa'
		],
		// A noun in "-ę" before the verb is its object, not its subject.
		['Pracę straci 60 górników, w tym 12 elektryków.', '60', 'górnicy, którzy stracą pracę']
	])('pl: %s → %s: %s', (text, value, label) => {
		expect(labels(text, 'pl')[value]).toBe(label);
	});

	it.each([
		// "N Y to Z": the figure is the phrase after "to", already in the nominative.
		[
			'Spośród zebranych 900 książek 610 to podręczniki szkolne, a 290 to reportaże.',
			'610',
			'podręczniki szkolne'
		],
		[
			'Spośród zebranych 900 książek 610 to podręczniki szkolne, a 290 to reportaże.',
			'290',
			'reportaże'
		],
		// "waży": the subject's weight, in the genitive.
		['Dzwon w katedrze waży 9 ton.', '9', 'waga dzwonu w katedrze']
	])('pl: %s → %s: %s', (text, value, label) => {
		expect(labels(text, 'pl')[value]).toBe(label);
	});

	it('pl: none for "to" before a word that is no noun in the plural', () => {
		expect(labels('Aż 12 z nich to dużo.', 'pl')['12']).toBeUndefined();
	});

	it.each([
		// A part after "w tym" is labelled like its whole, with its own noun.
		[
			'Do szpitala trafiło 20 żołnierzy, w tym 5 oficerów.',
			'5',
			'oficerowie, którzy trafili do szpitala'
		]
	])('pl part: %s → %s: %s', (text, value, label) => {
		expect(labels(text, 'pl')[value]).toBe(label);
	});

	it('en: a part after "including" is labelled like its whole, persons among persons only', () => {
		const quake = labels(
			'The storm hit the coast at dawn, killing at least 45 people, including 12 children.',
			'en'
		);
		expect(quake['12']).toBe('children killed');
		expect(
			labels('The firm plans to cut 120 jobs, including 30 managers.', 'en')['30']
		).toBeUndefined();
	});

	it('pl: none for a part whose noun would need another relative word', () => {
		const text = 'Z usług kolei korzystało codziennie ok. 5,2 tys. osób, w tym 1,4 tys. uczniów.';
		expect(labels(text, 'pl')['1400']).toBeUndefined();
	});

	it('pl: a vote: the side, then the noun of its figure for the figures without one', () => {
		const found = labels(
			'Za budżetem głosowało 14 radnych, przeciw było 6, a 2 wstrzymało się od głosu.',
			'pl'
		);
		expect(found['14']).toBe('radni, którzy głosowali za budżetem');
		expect(found['6']).toBe('radni, którzy głosowali przeciw');
		expect(found['2']).toBe('radni, którzy wstrzymali się od głosu');
	});

	it('en: the items of a list after a colon', () => {
		const found = labels(
			'The school has 340 pupils: 120 in the junior years and 220 in the senior school.',
			'en'
		);
		expect(found['120']).toBe('pupils in the junior years');
		expect(found['220']).toBe('pupils in the senior school');
	});

	it('pl: none for items whose phrase says nothing of what they count', () => {
		const found = labels('Wyniki głosowania: 5 za i 3 przeciw.', 'pl');
		expect(found['5']).toBeUndefined();
		expect(found['3']).toBeUndefined();
	});
});

describe('matching and ordering from a pasted article', () => {
	const corpus = loadCorpus();
	const run = (name: string) => {
		const article = corpus.find((candidate) => candidate.name === name);
		if (!article) throw new Error(`no corpus article ${name}`);
		const { module } = draftArticle(name, article.source);
		if (!module) throw new Error(`${name}: no module`);
		return module;
	};

	it('are made of figures whose rows say what they count', () => {
		const module = run('en-earthquake');
		const matching = everyQuestion(module).filter((question) => question.type === 'matching');
		expect(matching.length).toBeGreaterThan(0);
		for (const question of matching) {
			if (question.type !== 'matching') continue;
			const rows = question.items.map((item) => item.text);
			expect(new Set(rows).size).toBe(rows.length);
			for (const row of rows) expect(row).not.toMatch(/\d|\?$/u);
		}
	});

	it('never show a figure that another question of the quiz asks for', () => {
		const module = run('en-earthquake');
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			const { questions } = generateQuiz(module, { count: 20 }, seed);
			const grouped = questions.filter(
				(question) => question.type === 'matching' || question.type === 'ordering'
			);
			const factIds = questions.flatMap((question) => question.factIds);
			expect(new Set(factIds).size, `seed ${seed}`).toBe(factIds.length);
			for (const group of grouped) {
				if (group.type !== 'matching') continue;
				const shown = group.choices.map((choice) => choice.text);
				for (const other of questions) {
					if (other === group) continue;
					if (other.type === 'numeric' || other.type === 'cloze' || other.type === 'short-answer')
						for (const figure of shown) expect(other.prompt, `seed ${seed}`).not.toContain(figure);
				}
			}
		}
	});
});
