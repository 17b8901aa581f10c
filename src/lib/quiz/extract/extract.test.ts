import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Language } from '../content';
import { extractFacts } from './extract';
import { ExtractionError } from './input';
import { matchesExpected, type ExpectedCandidate } from './recall';
import { prepareArticle } from './source';
import type { Candidate, Extraction } from './types';
import { growthOf, linearGrowthLimit } from '$lib/testing/growth';

const seedArticle = prepareArticle(readFileSync('questions/kursk/article.md', 'utf8'), 'markdown');
/** The seed article as it was delivered: plain text, the related boxes run into the paragraphs. */
const seedText = readFileSync('tests/fixtures/kursk-article.txt', 'utf8');

function find(extraction: Extraction, expected: ExpectedCandidate): Candidate | undefined {
	return extraction.candidates.find((candidate) =>
		matchesExpected(expected, candidate, extraction)
	);
}

/** The facts of the core issue that extraction must find, as the seed module has them. */
const SEED_FACTS: [factId: string, expected: ExpectedCandidate][] = [
	['troops-sent', { kind: 'number', value: 11000, noun: 'żołnierze', approximate: true }],
	['losses', { kind: 'number', value: 4000, noun: 'żołnierze', approximate: true }],
	['killed', { kind: 'number', value: 1000, noun: 'żołnierze', approximate: true }],
	['captured', { kind: 'number', value: 2, noun: 'Koreańczycy', approximate: false }],
	['shells-share', { kind: 'proportion', value: 0.5, noun: 'amunicja', approximate: true }],
	['first-reports', { kind: 'date', value: { year: 2024, season: 'autumn' } }],
	['proposer', { kind: 'entity', name: 'Kim Dzong Un', type: 'person' }],
	['accusers', { kind: 'entity', name: 'Korea Południowa', type: 'country' }],
	['accusers', { kind: 'entity', name: 'Ukraina', type: 'country' }],
	['deniers', { kind: 'entity', name: 'Moskwa', type: 'city' }],
	['deniers', { kind: 'entity', name: 'Pjongjang', type: 'city' }],
	['proposer', { kind: 'statement', subjects: ['Kim Dzong Un'], verb: 'wyjść z propozycją' }],
	['accusers', { kind: 'statement', subjects: ['Korea Południowa', 'Ukraina'], verb: 'oskarżyć' }],
	['deniers', { kind: 'statement', subjects: ['Moskwa', 'Pjongjang'], verb: 'zaprzeczyć' }]
];

describe.each([
	['article.md', seedArticle.text],
	['the raw seed text', seedText]
])('the seed article (%s)', (_name, text) => {
	const extraction = extractFacts(text);

	it('is read as Polish', () => {
		expect(extraction.language).toBe('pl');
	});

	it.each(SEED_FACTS)('finds %s: %j', (_factId, expected) => {
		expect(find(extraction, expected)).toBeDefined();
	});

	it('points every candidate at its words and its sentence, verbatim', () => {
		for (const candidate of extraction.candidates) {
			expect(text.slice(candidate.start, candidate.end)).toBe(candidate.surface);
			const sentence = extraction.sentences[candidate.sentence];
			expect(sentence?.text).toBe(candidate.evidence);
			expect(candidate.evidence).toContain(candidate.surface);
			expect(candidate.start).toBeGreaterThanOrEqual(sentence?.start ?? Infinity);
		}
	});

	it('gives candidate ids that are unique and kebab-case', () => {
		const ids = extraction.candidates.map((candidate) => candidate.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	it('merges the inflected forms of Korea Północna into one entity', () => {
		const northKorea = extraction.entities.filter((entity) =>
			/Korea P[oó]łnocna/.test(entity.name)
		);
		expect(northKorea).toHaveLength(1);
		expect(northKorea[0]?.aliases).toEqual(
			expect.arrayContaining(['Korei Północnej', 'Koreę Północną'])
		);
		expect(northKorea[0]?.mentions.length).toBeGreaterThanOrEqual(8);
	});

	it('merges "Władimirem Putinem" and "Putina" into Władimir Putin', () => {
		const putin = extraction.entities.filter((entity) => entity.name.includes('Putin'));
		expect(putin.map((entity) => entity.name)).toContain('Władimir Putin');
		expect(putin.find((entity) => entity.name === 'Władimir Putin')?.aliases).toContain(
			'Władimirem Putinem'
		);
	});
});

describe('suggestions on the seed article', () => {
	const extraction = extractFacts(seedArticle.text);
	const candidate = (expected: ExpectedCandidate) => find(extraction, expected) as Candidate;

	it.each([
		[SEED_FACTS[0]?.[1], 'Ilu północnokoreańskich żołnierzy do obwodu kurskiego w Rosji trafiło?'],
		// "co obecnie stanowi": the question would have lost its subject with "co" (issue 17).
		[
			SEED_FACTS[4]?.[1],
			'Jaka liczba pasuje do luki: „Korea Północna też dostarczyła Rosji miliony pocisków artyleryjskich, co obecnie stanowi około _____ dziennej amunicji wykorzystywanej przez Rosję.”?'
		],
		[SEED_FACTS[11]?.[1], 'Kto wyszedł z propozycją wysłania swoich wojsk do Rosji?'],
		[SEED_FACTS[13]?.[1], 'Kto zaprzeczył tym doniesieniom?'],
		[SEED_FACTS[12]?.[1], 'Kto oskarżył Koreę Północną o wysłanie żołnierzy?']
	])('asks in Polish for %j', (expected, question) => {
		expect(candidate(expected as ExpectedCandidate).question).toBe(question);
	});

	it('offers other figures of the same noun as distractors, nearest kind first', () => {
		const troops = candidate({ kind: 'number', value: 11000, noun: 'żołnierze' });
		expect(troops.distractors).toEqual(expect.arrayContaining(['4000', '1000']));
		expect(troops.distractors).not.toContain('11 000');
	});

	it('offers other entities of the same type, never the answer', () => {
		const accusers = candidate({ kind: 'statement', subjects: ['Korea Południowa', 'Ukraina'] });
		expect(accusers.distractors).toContain('Korea Północna');
		expect(accusers.distractors).not.toContain('Ukraina');
		const proposer = candidate({ kind: 'statement', subjects: ['Kim Dzong Un'] });
		expect(proposer.distractors[0]).toBe('Władimir Putin');
	});

	it('keeps the figure, its hedge and its counted noun apart', () => {
		expect(candidate(SEED_FACTS[0]?.[1] as ExpectedCandidate)).toMatchObject({
			surface: 'ok. 11 tysięcy północnokoreańskich żołnierzy',
			figure: '11 tysięcy',
			unit: 'północnokoreańskich żołnierzy'
		});
	});

	it('reads "do połowy stycznia" as a period up to mid-January, not as a half', () => {
		expect(
			find(extraction, { kind: 'date', value: { month: 1, part: 'middle', bound: 'until' } })
		).toBeDefined();
		const halves = extraction.candidates.filter(
			(found) => found.kind === 'proportion' && found.value === 0.5
		);
		expect(halves.map((found) => found.surface)).toEqual([
			'około połowę dziennej amunicji wykorzystywanej przez Rosję'
		]);
	});
});

describe('figures in a sentence', () => {
	it('takes no adjective standing for its noun as the unit ("dwa kolejne u dostawców")', () => {
		const found = extractFacts(
			'Każde miejsce pracy w Świdnicy tworzy dwa kolejne u dostawców i w usługach.',
			{ language: 'pl' }
		).candidates.filter((candidate) => candidate.kind === 'number');
		expect(found.map((candidate) => candidate.unit)).not.toContain('kolejne');
	});

	it('leaves the "a" of "a year" out of a money figure', () => {
		const found = extractFacts('Keane will earn £6.4m a year at Everton.', {
			language: 'en'
		}).candidates.find((candidate) => candidate.kind === 'number');
		expect(found).toMatchObject({ value: 6_400_000, figure: '6.4m' });
		expect(found?.question).toContain('_____ a year');
	});

	it.each([
		['pl', 'Trafiło tam ok. 11 tysięcy północnokoreańskich żołnierzy.', 11000, 'żołnierze', true],
		['pl', 'Straciły około czterech tysięcy żołnierzy.', 4000, 'żołnierze', true],
		['pl', 'Zginęło blisko 2 tys. cywilów.', 2000, 'cywile', true],
		['pl', 'Zatrzymano prawie 300 osób.', 300, 'osoby', true],
		['pl', 'Na froncie zginęło 1,5 mln żołnierzy.', 1_500_000, 'żołnierze', false],
		['pl', 'Do miasta przyjechało 11 000 turystów.', 11000, 'turyści', false],
		['pl', 'Zbudowano dwadzieścia jeden szkół.', 21, 'szkoły', false],
		['pl', 'Pojmano tylko dwóch Koreańczyków.', 2, 'Koreańczycy', false],
		['pl', 'Przebudowanych zostanie 14 stacji.', 14, 'stacje', false],
		['pl', 'Będzie jeździć nawet 9 tys. pasażerów dziennie.', 9000, 'pasażerowie', true],
		['pl', 'Przyjechało 30 polityków.', 30, 'politycy', false],
		['en', 'About 11,000 North Korean soldiers were sent.', 11000, 'soldiers', true],
		['en', 'Nearly 4,000 troops were lost.', 4000, 'troops', true],
		['en', 'Some 120 million euros were spent.', 120_000_000, 'euros', true],
		['en', 'The port has 14 container terminals.', 14, 'terminals', false],
		['en', 'It was a nine-day strike.', 9, 'day', false],
		['en', 'Officials counted more than 200 ships at anchor.', 200, 'ships', true],
		['en', 'There were two hundred and five ships.', 205, 'ships', false]
	] as const)('%s: %s', (language, text, value, noun, approximate) => {
		const found = extractFacts(text, { language: language as Language }).candidates.find(
			(candidate) => candidate.kind === 'number'
		);
		expect(found).toMatchObject({ value, noun, approximate });
	});

	it.each([
		[
			'pl',
			'Podróż skróci się z trzech godzin do niespełna dwóch.',
			[3, 2],
			'godziny',
			[false, true]
		],
		['en', 'The queue fell from 40 ships to 12 within a week.', [40, 12], 'ships', [false, false]]
	] as const)(
		'%s: the second figure of a range counts what the first does: %s',
		(language, text, values, noun, approximate) => {
			const figures = extractFacts(text, { language }).candidates.filter(
				(candidate) => candidate.kind === 'number'
			);
			expect(figures.map((figure) => [figure.value, figure.noun, figure.approximate])).toEqual([
				[values[0], noun, approximate[0]],
				[values[1], noun, approximate[1]]
			]);
		}
	);

	it.each([
		['pl', 'Połowa pytanych poparła pomysł.', 0.5],
		['pl', 'Blisko 40 proc. uczniów śpi za krótko.', 0.4],
		['pl', 'Dwie trzecie ankietowanych przyznało to.', 2 / 3],
		['pl', 'Co piąty uczeń zasypia na lekcji.', 0.2],
		['pl', 'Stanowi to około połowę dziennej amunicji.', 0.5],
		['en', 'Nearly a third of the containers were diverted.', 1 / 3],
		['en', 'Wages rose by 7 percent.', 0.07],
		['en', 'Students will get 5% of the time.', 0.05],
		['en', 'One in five voters stayed at home.', 0.2]
	] as const)('%s: a share in %s', (language, text, value) => {
		const found = extractFacts(text, { language }).candidates.filter(
			(candidate) => candidate.kind === 'proportion'
		);
		expect(found.map((candidate) => candidate.value)).toEqual([value]);
	});

	it.each([
		['en', 'One of the ships left. The F-16 jets and COVID-19 are names, not counts, in Leeds.'],
		['pl', 'Zgodnie z art. 5 i nr 3 lekcje zaczną się o godz. 8.30 w Kłodzku.'],
		['en', 'Two of them met the mayor of Kraków in 2024.'],
		['pl', 'Legia w pierwszej połowie grała słabo w Gdańsku.'],
		['pl', 'W drugiej połowie roku ceny w Polsce spadły.'],
		['en', 'The visitors dominated the second half in Leeds.'],
		['en', 'A four-legged whale and a one-eyed fish were found near Cairo.']
	] as const)('%s: reads no figure in %j', (language, text) => {
		const figures = extractFacts(text, { language }).candidates.filter(
			(candidate) => candidate.kind === 'number' || candidate.kind === 'proportion'
		);
		expect(figures).toEqual([]);
	});
});

describe('dates and periods', () => {
	it.each([
		['pl', 'Pojawiły się jesienią 2024 roku.', { year: 2024, season: 'autumn' }],
		['pl', 'Do połowy stycznia straciły wiele.', { month: 1, part: 'middle', bound: 'until' }],
		['pl', 'Rada zebrała się 15 stycznia 2025 r. w Kłodzku.', { year: 2025, month: 1, day: 15 }],
		['pl', 'Była najgroźniejsza od 1997 r. w regionie.', { year: 1997, bound: 'since' }],
		['pl', 'Powódź przyszła we wrześniu 2024 roku.', { year: 2024, month: 9 }],
		['pl', 'Stało się to 15.01.2025 rano.', { year: 2025, month: 1, day: 15 }],
		['en', 'The strike began on 3 March 2025 at dawn.', { year: 2025, month: 3, day: 3 }],
		['en', 'It opened on January 15, 2025, in Paris.', { year: 2025, month: 1, day: 15 }],
		['en', 'It could take until mid-April to clear.', { month: 4, part: 'middle', bound: 'until' }],
		['en', 'They hope to finish by the end of 2027.', { year: 2027, part: 'end', bound: 'until' }],
		['en', 'It was first seen in the autumn of 2024.', { year: 2024, season: 'autumn' }]
	] as const)('%s: %s', (language, text, value) => {
		const dates = extractFacts(text, { language }).candidates.filter(
			(candidate) => candidate.kind === 'date'
		);
		expect(dates.map((candidate) => candidate.value)).toEqual([value]);
	});

	it.each([
		['pl', 'Oni mają 2000 żołnierzy i wiele maja.'],
		['en', 'You may say so; 1500 soldiers marched in March.']
	] as const)('%s: no date in %j but what is one', (language, text) => {
		const dates = extractFacts(text, { language })
			.candidates.filter((candidate) => candidate.kind === 'date')
			.map((candidate) => candidate.surface);
		expect(dates).toEqual(language === 'en' ? ['March'] : []);
	});

	// A year that says which period a noun covers, or what is compared, dates no event (blind
	// reading of unseen9, 2026-12-07): "Kiedy dane … przedstawiła?" was keyed by the quarters' year.
	it.each([
		[
			'pl',
			'Wyniki za dwa kwartały 2025 r. omówił z sołtysami we wtorek, 14 października, skarbnik Emil Dobosz.',
			['wtorek, 14 października']
		],
		['pl', 'Sprawozdanie za 2024 r. wójt pokazał radzie w marcu.', ['marcu']],
		['pl', 'Prognozę na 2028 r. zarząd przyjmie jesienią.', []],
		['pl', 'Strategię na lata 2027–2031 przyjęto bez głosów sprzeciwu.', []],
		['pl', 'Raport z 2023 r. wskazał na braki kadrowe.', []],
		['pl', 'W porównaniu z 2018 r. przybyło 40 uczniów.', []],
		['pl', 'W stosunku do 2021 r. ceny wzrosły o 9 proc.', []],
		['pl', 'Budynki sprzed 1939 r. trafią do rejestru.', []],
		['pl', 'W 2027 r. powiat wyda 3 mln zł na drogi.', ['2027 r.']],
		['pl', 'Od 2025 r. biblioteka działa w ratuszu.', ['Od 2025 r.']],
		['pl', 'Do 2029 r. stanie tu nowa remiza.', ['Do 2029 r.']],
		['pl', 'W pierwszym kwartale 2026 r. sprzedaż spadła.', ['2026 r.']],
		['pl', 'Wójt uznał, że termin 2031 roku jest realny.', ['2031 roku']],
		['pl', 'Odbiór hali przesunięto na 2028 r.', ['2028 r.']],
		['pl', 'Drewniany kościół z 1890 r. spłonął 4 maja 2025 r.', ['4 maja 2025 r.']],
		['pl', 'Autobusy z 1998 r. zjadą z tras w 2026 r.', ['2026 r.']],
		['pl', 'Dzwon pochodzi z 1602 r.', ['1602 r.']],
		['pl', 'Radni ustalą, ile gmina da na jarmark w budżecie na 2028 r.', []],
		['en', 'Figures for 2025 were released by the trust.', []],
		['en', 'The 2026-27 budget adds £2m for roads.', []],
		['en', 'Compared with 2018, arrivals fell by a fifth.', []],
		['en', 'In 2026 the board spent £5m on repairs.', ['2026']],
		['en', 'The new ward is planned for 2029.', ['2029']]
	] as const)('%s: only the event is dated in %j', (language, text, expected) => {
		// A sentence left with no fact at all is no article to extract from.
		const candidates = (() => {
			try {
				return extractFacts(text, { language }).candidates;
			} catch (error) {
				if (error instanceof ExtractionError) return [];
				throw error;
			}
		})();
		const dates = candidates.filter((candidate) => candidate.kind === 'date');
		expect(dates.map((candidate) => candidate.surface)).toEqual(expected);
	});
});

describe('entities and statements', () => {
	it.each([
		[
			'en',
			'The Vera Solar Observatory opened in May. Critics accused it of waste. The observatory denied the claim.',
			'Vera Solar Observatory',
			'The observatory'
		],
		[
			'pl',
			'Ministerstwo Edukacji Narodowej przygotowało projekt. Ministerstwo zaprzeczyło tym doniesieniom.',
			'Ministerstwo Edukacji Narodowej',
			'Ministerstwo'
		]
	] as const)(
		'%s: a common noun that points back names the organisation: %s',
		(language, text, name, surface) => {
			const statements = extractFacts(text, { language }).candidates.filter(
				(candidate) => candidate.kind === 'statement'
			);
			expect(statements.map((statement) => [statement.subjects, statement.surface])).toContainEqual(
				[[name], surface]
			);
		}
	);

	it('leaves a common noun alone when no organisation before it has that word', () => {
		const statements = extractFacts(
			'The Port of Rotterdam handled 400 ships in 2024. The observatory denied the claim.',
			{ language: 'en' }
		).candidates.filter((candidate) => candidate.kind === 'statement');
		expect(statements.map((statement) => statement.surface)).not.toContain('The observatory');
	});

	it.each([
		[
			'pl',
			'Politycy z Korei Południowej i Ukrainy oskarżyli Koreę Północną.',
			['Korea Południowa', 'Ukraina'],
			'oskarżyć'
		],
		[
			'pl',
			'Zarówno Moskwa, jak i Pjongjang zaprzeczyły tym doniesieniom.',
			['Moskwa', 'Pjongjang'],
			'zaprzeczyć'
		],
		['pl', 'Rosja, Chiny i Iran zaprzeczyły.', ['Rosja', 'Chiny', 'Iran'], 'zaprzeczyć'],
		[
			'pl',
			'Przywódca Korei Północnej Kim Dzong Un wyszedł z propozycją wysłania wojsk.',
			['Kim Dzong Un'],
			'wyjść z propozycją'
		],
		['pl', 'Władimir Putin szybko poparł ten pomysł.', ['Władimir Putin'], 'poprzeć'],
		['en', 'Russia and North Korea denied the reports.', ['Russia', 'North Korea'], 'deny'],
		[
			'en',
			'South Korea and Ukraine accused North Korea of sending troops.',
			['South Korea', 'Ukraine'],
			'accuse'
		],
		['en', 'North Korean leader Kim Jong Un proposed the deployment.', ['Kim Jong Un'], 'propose'],
		['en', 'The employers, Deltalinqs, accused the union.', ['Deltalinqs'], 'accuse'],
		[
			'pl',
			'Spółka PKP Polskie Linie Kolejowe podpisała w poniedziałek umowę.',
			['PKP Polskie Linie Kolejowe'],
			'podpisać'
		]
	] as const)('%s: %s', (language, text, subjects, verb) => {
		const statements = extractFacts(text, { language }).candidates.filter(
			(candidate) => candidate.kind === 'statement'
		);
		expect(statements.map((statement) => [statement.subjects, statement.verb])).toEqual([
			[subjects, verb]
		]);
	});

	it.each([
		['pl', 'W sondażu w Krakowie i Gdańsku połowa pytanych poparła pomysł.'],
		['pl', 'Do obwodu trafili żołnierze, a Rosja nadal milczy.'],
		['en', 'Astronomers in northern Chile have captured the first images.']
	] as const)('%s: no one did it in %j', (language, text) => {
		const statements = extractFacts(text, { language }).candidates.filter(
			(candidate) => candidate.kind === 'statement'
		);
		expect(statements).toEqual([]);
	});

	it.each([
		['pl', 'Mówił o tym wojewoda Tomasz Wierzbicki.', 'Tomasz Wierzbicki', 'person'],
		['pl', 'Andrzej Duda zapowiedział weto.', 'Andrzej Duda', 'person'],
		['pl', 'Maciej Nowak odwiedził Kraków.', 'Maciej Nowak', 'person'],
		['pl', 'Według wojewody Tomasza Wierzbickiego było źle.', 'Tomasz Wierzbicki', 'person'],
		['pl', 'Wójt rozmawiał z burmistrz Anną Wiśniewską.', 'Anna Wiśniewska', 'person'],
		[
			'pl',
			'Eksperci z Politechniki Wrocławskiej to potwierdzają.',
			'Politechnika Wrocławska',
			'organisation'
		],
		[
			'pl',
			'Ministerstwo Edukacji Narodowej zapowiedziało zmiany.',
			'Ministerstwo Edukacji Narodowej',
			'organisation'
		],
		[
			'pl',
			'Wniosek trafi do Komisji Europejskiej jeszcze dziś.',
			'Komisja Europejska',
			'organisation'
		],
		['pl', 'Delegacja przyjechała do Stanów Zjednoczonych.', 'USA', 'country'],
		['en', 'Ms. De Vries met J. Bakker at the Port of Rotterdam Authority.', 'J. Bakker', 'person'],
		['en', 'She met Marieke de Vries in The Hague.', 'The Hague', 'city'],
		['en', 'The WHO and the U.S. disagreed.', 'United States', 'country']
	] as const)('%s: %s names %s', (language, text, name, type) => {
		const entities = extractFacts(text, { language }).entities;
		expect(entities).toEqual(expect.arrayContaining([expect.objectContaining({ name, type })]));
	});

	it.each([
		['pl', 'Ukraińskie siły zbrojne podkreślają, że żołnierze wolą umrzeć.'],
		['pl', 'Koreańczycy z Północy walczą po stronie armii.'],
		['en', 'The union said North Korean troops were seen. Who knows?']
	] as const)('%s: names no one in %j', (language, text) => {
		// With nothing else in it, such a text has no facts at all.
		expect(() => extractFacts(text, { language })).toThrow(/no facts/);
	});
});

describe('speed', () => {
	it('reads long hostile text in linear time', () => {
		const hostile = [
			'ok. '.repeat(20_000),
			'Kim '.repeat(20_000),
			'11 000 '.repeat(10_000),
			'i '.repeat(40_000) + '.',
			'A. '.repeat(25_000)
		];
		const read = (text: string) => {
			try {
				extractFacts(text, { language: 'pl' });
			} catch {
				// A refusal is an answer too; only the time is measured.
			}
		};
		for (const text of hostile) {
			const unit = text.slice(0, Math.floor(text.length / 4));
			expect(
				growthOf((scale) => unit.repeat(scale), read, 4, 2),
				text.slice(0, 8)
			).toBeLessThan(linearGrowthLimit(4));
		}
	});
});

describe('the gap of a name fact', () => {
	it('takes the acronym in brackets after the name with it, which would spell the answer out', () => {
		const extraction = extractFacts(
			'The Northern Flood Research Agency (NFRA) said on Monday that the river had risen by 2 metres. ' +
				'Its director, Dr Helen Marsh, said 400 homes were at risk.',
			{ language: 'en' }
		);
		const agency = extraction.candidates.find(
			(candidate) =>
				candidate.kind === 'entity' && candidate.name === 'Northern Flood Research Agency'
		);
		// The agency is the subject: asked which did what, the acronym nowhere.
		expect(agency?.question).toBe(
			'Which organisation said on Monday that the river had risen by 2 metres?'
		);
		expect(agency?.question).not.toContain('NFRA');
		expect(agency?.surface).toBe('Northern Flood Research Agency (NFRA)');
	});
});

describe('who did what, as a news report words it', () => {
	const statements = (text: string, language: Language) =>
		extractFacts(text, { language }).candidates.filter(
			(candidate): candidate is Extract<Candidate, { kind: 'statement' }> =>
				candidate.kind === 'statement'
		);

	it('takes the person an apposition describes as the subject, not the name closing it', () => {
		const [warned] = statements(
			'Dr Anna Whitmore, an economist at Leeds Beckett University, warned that bus fares would rise by 15% next year.',
			'en'
		);
		expect(warned?.subjects).toEqual(['Anna Whitmore']);
		expect(warned?.question).toBe('Who warned that bus fares would rise by 15% next year?');
	});

	it('reads who said what in Polish: "Kto powiedział, że…?"', () => {
		const [said] = statements(
			'Prezes spółki Jan Nowak powiedział, że autobusy wrócą na trasę w marcu.',
			'pl'
		);
		expect(said?.subjects).toEqual(['Jan Nowak']);
		expect(said?.question).toBe('Kto powiedział, że autobusy wrócą na trasę w marcu?');
	});
});

describe('names no fact is offered for', () => {
	const entityFacts = (text: string, language: 'pl' | 'en') =>
		extractFacts(text, { language })
			.candidates.filter((candidate) => candidate.kind === 'entity')
			.map((candidate) => candidate.surface);

	it('a street is where something stands, and a seat inside a body’s name cuts the name', () => {
		const facts = entityFacts(
			'Nowa przychodnia stanęła przy ul. Leśnej w Bielsku. Sprawę rozpatrzy Sąd Okręgowy w Katowicach.',
			'pl'
		);
		expect(facts).not.toContain('ul. Leśnej');
		expect(facts).not.toContain('Katowicach');
		expect(facts).toContain('Sąd Okręgowy w Katowicach');
	});
});

describe('a set of subjects opened by their kind', () => {
	it('takes "Miasto" into the gap with the names it opens', () => {
		const statement = extractFacts(
			'Miasto Kętrzyn oraz gminy Reszel i Barciany podpisały porozumienie o budowie drogi.',
			{ language: 'pl' }
		).candidates.find((candidate) => candidate.kind === 'statement');
		expect(statement?.surface).toMatch(/^Miasto Kętrzyn/u);
	});
});

describe('a weekday before the date', () => {
	it.each([
		[
			'en',
			'The new pool will open on Friday, 9 July 2027, the council said.',
			'When will the new pool open?'
		],
		['pl', 'Gmina otworzy nowy basen w piątek, 9 lipca 2027 r.', 'Kiedy gmina otworzy nowy basen?']
	] as const)(
		'%s: is asked with its date, not left in the question',
		(language, text, question) => {
			const date = extractFacts(text, { language }).candidates.find(
				(candidate) => candidate.kind === 'date'
			);
			expect(date?.question).toBe(question);
		}
	);
});

describe('how a gap asks for a fund, a programme or a town', () => {
	it.each([
		[
			'en',
			'Part of the £40,000 fine will go to the Water Restoration Fund, which pays for wetland projects.',
			/^Which fund or programme fills the gap/u
		],
		[
			'pl',
			'Pieniądze dał Rządowy Fundusz Rozwoju Dróg, a gmina dołożyła 2 mln zł.',
			/^Jaki fundusz lub program pasuje do luki/u
		],
		['pl', 'Narodowy Fundusz Zdrowia zapłaci za to 4 mln zł.', /^(?:Która organizacja|Kto)/u]
	] as const)('%s: %s', (language, text, asked) => {
		const entity = extractFacts(text, { language }).candidates.find(
			(candidate) => candidate.kind === 'entity'
		);
		expect(entity?.question).toMatch(asked);
	});
});

describe('how a gap asks for a building or a hospital', () => {
	it.each([
		[
			'en',
			'The fire started in a flat at Moorfield House, a six-storey block on Leeds Road, at about 1am on 3 March.',
			'Moorfield House',
			/^Which building fills the gap/u
		],
		[
			'en',
			'Crews found the blaze at Tanner Lodge, a four-storey block of flats near the station, at 2am.',
			'Tanner Lodge',
			/^Which building fills the gap/u
		],
		[
			'en',
			'Four people were taken to Pinderfields Hospital in Wakefield with smoke inhalation on Sunday, the fire service said.',
			'Pinderfields Hospital',
			/^(?:Which hospital fills the gap|Where)/u
		],
		[
			'en',
			'The case was heard at Bradford Crown Court, where the judge adjourned it until 12 May.',
			'Bradford Crown Court',
			/^(?!Which building)/u
		],
		[
			'pl',
			'Dwie osoby trafiły do Szpitala Wojewódzkiego w Łomży z objawami zatrucia dymem.',
			'Szpital Wojewódzki w Łomży',
			/^(?:Który szpital pasuje do luki|Dokąd|Gdzie)/u
		]
	] as const)('%s: %s', (language, text, name, asked) => {
		const extraction = extractFacts(text, { language });
		const entity = extraction.entities.find((found) => found.name === name);
		expect(entity).toBeDefined();
		const candidate = extraction.candidates.find(
			(found) => found.kind === 'entity' && found.value === entity?.id
		);
		expect(candidate?.question).toMatch(asked);
	});
});
