import { describe, expect, it } from 'vitest';
import type { Language } from '../content';
import { extractFacts } from './extract';

const figures = (text: string, language: Language) =>
	extractFacts(text, { language })
		.candidates.filter(
			(candidate) => candidate.kind === 'number' || candidate.kind === 'proportion'
		)
		.map((candidate) =>
			candidate.kind === 'number' || candidate.kind === 'proportion' ? candidate.value : null
		);

describe('figures that are no facts', () => {
	it.each([
		['en', 'The quake hit at 04:17 local time (01:17 GMT), killing 212 people.', [212]],
		['en', 'The strongest came at 07:42 local time; 270 aftershocks were recorded.', [270]],
		['pl', 'Wstęgę przecięto o godz. 11:00, a przyszło 350 osób.', [350]],
		['pl', 'Konferencja zacznie się o 18:00 w ratuszu, gdzie czeka 40 radnych.', [40]],
		['en', 'Fri 13 Mar 2026 17.42 GMT: the court fined the firm £2m.', [2_000_000]],
		['pl', 'Autobusy linii 105 i 126 przewiozą 3 tys. pasażerów.', [3000]],
		['pl', 'W 58. minucie strzelił z 16 metrów, a na 50. rocznicę przyszło 900 osób.', [16, 900]],
		['en', 'Flight 370 and bus route 38 carried 120 passengers.', [120]],
		['en', 'Its epicentre was about 12 miles (19 km) north-east of the city.', [12]],
		['en', 'It struck at a depth of 10 km (6 miles) below the town.', [10]],
		['en', 'Temperatures fell to -9C (16F) as 38,000 tents were handed out.', [-9, 38000]],
		['en', 'Voltera agreed to buy it for US$2.5bn (£1.9bn) in cash.', [2_500_000_000]],
		['en', 'It was the 21st such attack, and 40 people were hurt.', [40]],
		['en', 'She came 3rd in the 2nd race, beating 112 runners.', [112]],
		['pl', 'Zapisy przyjmuje biuro gminy pod numerem 41 387 22 90, a miejsc jest 60.', [60]],
		['pl', 'Infolinia 32 250 14 00 działa od poniedziałku; zgłosiło się 140 osób.', [140]],
		['en', 'Readers can call 01632 960 418 to book one of the 45 places.', [45]],
		['en', 'Call 01423 567800 to book one of the 60 seats.', [60]],
		['en', 'The net zero target of the 12 councils is 2045.', [12]],
		['pl', 'Uwagi przyjmuje ratusz przy ul. 3 Maja 9/11 do piątku; wpłynęło 40 uwag.', [40]],
		[
			'en',
			'Visitors topped a quarter of a million, and half a million came in 2024.',
			[250_000, 500_000]
		],
		['en', 'The 7-mile (11km) road has a 6,500-seat stadium by it.', [7, 6500]],
		['pl', 'Wodociągi wydały 1 250 000 zł, a spółka 12 500 000 zł.', [1_250_000, 12_500_000]],
		['pl', 'Tramwaje nr 2, 8 i 16 przewiozą w maju 9 tys. osób.', [9000]],
		['en', 'The 56 between Holt and Cromer carried 240 passengers a week.', [240]],
		['en', 'Mrs Dunn takes the 56 four times a week.', [4]],
		['pl', 'Na dachu stanie agregat o mocy 200 kW (ok. 270 KM) za 90 tys. zł.', [200, 90_000]],
		['en', 'The path runs for 3 miles (about 5 km) and cost £60,000.', [3, 60_000]],
		['pl', 'Dym trzeba zgłaszać pod numer alarmowy 112; w maju zgłoszono 112 pożarów.', [112]],
		['pl', 'W razie wypadku dzwoń pod 112, jak zrobiło 30 turystów.', [30]],
		[
			'en',
			'If you see someone in the water, call 999; the crew rescued 112 people last year.',
			[112]
		],
		['en', 'Dial 111 for advice; the ward has 111 beds.', [111]],
		['en', 'Pupils in Years 7 to 9 and Year 11 lost 12 days of lessons.', [12]],
		['pl', 'Parking o pow. 2,4 tys. m kw. (0,24 ha) ma 90 miejsc.', [2400, 90]],
		['pl', 'Zebrano 8 tys. zł od mieszkańców (2 tys. zł dała gmina).', [8000, 2000]]
	] as const)('%s: %s', (language, text, values) => {
		expect(figures(text, language)).toEqual(values);
	});

	it.each([
		['en', 'The authority put the magnitude at 6,7 on Monday.', 6.7],
		['en', 'Voltera will invest a further £300m in its research centre.', 300_000_000],
		['en', 'It lost £87.4m last year.', 87_400_000]
	] as const)('%s: reads %s', (language, text, value) => {
		expect(figures(text, language)).toContain(value);
	});
});

describe('figures of the blind reading of 2026-12-07', () => {
	const candidates = (text: string, language: Language) =>
		extractFacts(text, { language }).candidates;

	it.each([
		['pl', 'Startował z poparciem Koalicji Obywatelskiej i Polski 2050.'],
		['pl', 'Kandydaci Polski 2050 zdobyli 312 głosów.'],
		['en', 'Fans of Route 66 and Apollo 11 bought 400 tickets.']
	] as const)('%s: a figure after a capitalised name is part of it: %s', (language, text) => {
		const found = candidates(text, language);
		expect(found.filter((candidate) => candidate.kind === 'date')).toEqual([]);
		for (const candidate of found)
			if (candidate.kind === 'number') expect([312, 400]).toContain(candidate.value);
	});

	it('still reads a year after a capitalised preposition or month', () => {
		const dates = candidates(
			'W 2020 r. projekt porzucono, a w maju 2024 r. go wznowiono.',
			'pl'
		).filter((candidate) => candidate.kind === 'date');
		expect(dates).toHaveLength(2);
	});

	it.each([
		['pl', 'Kursuje 4 380 pociągów, o 120 więcej niż rok wcześniej.', 120],
		['pl', 'Od Pesy odbierzemy w przyszłym roku 42 nowe wagony.', 42],
		['pl', 'Przewoźnicy uruchomią 26 nowych połączeń, a 11 zostanie zawieszonych.', 11]
	] as const)(
		'%s: the unit is a noun, not a comparative or adjective: %s',
		(language, text, value) => {
			const figure = candidates(text, language).find(
				(candidate) => candidate.kind === 'number' && candidate.value === value
			);
			const unit = figure?.kind === 'number' ? figure.unit : undefined;
			expect(unit ?? '').not.toMatch(/więcej|niż|^nowe$|zostanie/u);
		}
	);

	it('reads no English year as a count', () => {
		const text =
			'The observatory warned that 2026 could be the worst fire season since 2023, when 175,000 hectares burned.';
		expect(figures(text, 'en')).toEqual([175_000]);
	});
});

describe('figures of the unseen reading of 2026-12-07', () => {
	const dates = (text: string, language: Language) =>
		extractFacts(text, { language })
			.candidates.filter((candidate) => candidate.kind === 'date')
			.map((candidate) => (candidate.kind === 'date' ? candidate.value : null));

	it.each([
		['en', 'The library will close between 10pm and 7am from March; 85 readers signed.', [85]],
		['en', 'A vote is called for 6 p.m. on Tuesday, when 140 members may attend.', [140]],
		['pl', 'Punkt działa w dni robocze od godz. 8 do 16 i przyjął już 420 wniosków.', [420]],
		['pl', 'W soboty biuro jest czynne od godz. 9:30 do 13, a czeka 75 osób.', [75]],
		['pl', 'Tak suchej jesieni nie notowano od lat 80., a straty objęły 350 gospodarstw.', [350]],
		['en', 'Its roof was last replaced in the 1970s, and 64 pupils now use the hall.', [64]],
		['pl', 'Takiej wody nie było tu od pół wieku, a ewakuowano 230 osób.', [230]],
		['en', 'The town had not seen such a flood in half a century; 230 homes were empty.', [230]],
		['pl', 'Jeśli zamkną szpital, stracimy jedno i drugie, a pracę straci 75 osób.', [75]],
		['en', 'A fourth man was charged, and police spoke to 16 witnesses for a third time.', [16]],
		['en', 'Ndlovu won in 2hr 8min 14sec, ahead of 310 other runners.', [310]],
		['en', 'The probe flies at about 8 km/s (18,000 mph) and carries 9 instruments.', [8, 9]],
		['en', 'The 19th-century mill in the valley employs 45 people.', [45]],
		['en', 'Tickets are sold at 14 Grey Street, where 60 people can sit.', [60]],
		['en', 'The firm sold 12 High Street shops to a fund.', [12]],
		['pl', 'Biuro przy ul. Jana Pawła II 15/3 w Radomiu zatrudnia 40 osób.', [40]],
		['pl', 'Na ul. Długiej 40 kierowców utknęło w korku.', [40]],
		['en', 'The unit offers 24/7 care to 85 patients.', [85]]
	] as const)('%s: %s', (language, text, values) => {
		expect(figures(text, language)).toEqual(values);
	});

	it.each([
		['en', 'A third said they would leave, as did a fifth of the 900 tenants.', [1 / 3, 0.2, 900]],
		['pl', 'Do szkoły chodzi 40 dzieci, a połowa dojeżdża z innych wsi.', [40, 0.5]]
	] as const)('%s: a share stays a share: %s', (language, text, values) => {
		expect(figures(text, language)).toEqual(values);
	});

	it.each([
		[
			'pl',
			'Gród spalono między 1241 a 1259 r., jak podaje kronika.',
			[{ year: 1241 }, { year: 1259 }]
		],
		[
			'pl',
			'Zbiory pokaże muzeum od 3 lutego do 28 marca 2027 r. w nowej sali.',
			[
				{ day: 3, month: 2, year: 2027, bound: 'since' },
				{ day: 28, month: 3, year: 2027, bound: 'until' }
			]
		],
		[
			'en',
			'The fair will be held on 9 and 10 May 2027 in the market hall.',
			[
				{ day: 9, month: 5, year: 2027 },
				{ day: 10, month: 5, year: 2027 }
			]
		],
		[
			'pl',
			'Kiermasz potrwa od 4 do 11 maja 2027 r., a wystawi się 60 firm.',
			[
				{ day: 4, month: 5, year: 2027, bound: 'since' },
				{ day: 11, month: 5, year: 2027, bound: 'until' }
			]
		],
		[
			'en',
			'The exhibition runs from 4 to 11 May 2027 in the town hall.',
			[
				{ day: 4, month: 5, year: 2027, bound: 'since' },
				{ day: 11, month: 5, year: 2027 }
			]
		],
		[
			'pl',
			'Zjazd odbędzie się 20-21 czerwca 2027 r. w Opolu.',
			[
				{ day: 20, month: 6, year: 2027 },
				{ day: 21, month: 6, year: 2027 }
			]
		],
		[
			'en',
			'Such floods were common in 1970s Britain, and the wall was built in 2024.',
			[{ year: 2024 }]
		]
	] as const)('%s: dates of a range or a list: %s', (language, text, values) => {
		expect(dates(text, language)).toEqual(values);
	});
});

describe('figures of the blind reading of unseen2 (2026-12-07)', () => {
	const candidates = (text: string, language: Language) =>
		extractFacts(text, { language }).candidates.filter(
			(candidate) => candidate.kind === 'number' || candidate.kind === 'proportion'
		);

	it.each([
		['The 12m ferry Morning Star left the quay with 30 passengers.', [12, 30]],
		['Boats under 15m made up 40 of the fleet.', [15, 40]],
		['Pilots reported a 4m (13ft) swell as 9 boats turned back.', [4, 9]],
		['Forecasters warned of waves up to 5m along the coast.', [5]],
		['The new sea wall will stand 7m high.', [7]]
	] as const)('en: an "m" against digits is metres where a length reads: %s', (text, values) => {
		const found = candidates(text, 'en');
		expect(found.map((candidate) => candidate.value)).toEqual(values);
		const first = found[0];
		expect(first?.kind === 'number' ? first.unit : undefined).toBe('metres');
	});

	it.each([
		['The council borrowed £14m for the scheme.', 14_000_000],
		['The port handled 7m tonnes of grain.', 7_000_000],
		['Some 2m people watched the final.', 2_000_000],
		['The trust spent £1.2bn, and 300m more went on repairs.', 300_000_000]
	] as const)('en: an "m" is million with money or a counted plural: %s', (text, value) => {
		expect(candidates(text, 'en').map((candidate) => candidate.value)).toContain(value);
	});

	it('en: an "m" that is neither clearly money nor a length gives no candidate', () => {
		expect(figures('The trust saved 3m last year, and 45 nurses were hired.', 'en')).toEqual([45]);
	});

	it.each([
		['en', 'A phase 2 study will enrol 60 patients.', [60]],
		['en', 'Stage 3 of the works will close 4 roads.', [4]],
		['en', 'Tier 2 rules were lifted for 14 towns.', [14]],
		['en', 'The storm was a category 5 when it struck 20 islands.', [20]],
		['en', 'Homes in zone 2 and on line 4 gained 35 new stops.', [35]],
		['en', 'During Covid-19 the hall was shut for 18 months.', [18]],
		['en', 'The drug, known as ABX-204, was given to 70 mice.', [70]],
		['en', 'The probe flew past comet 46P and took 900 images.', [900]],
		['en', 'Traffic on the A646 through Todmorden and the M62 was stopped for 3 hours.', [3]],
		['en', 'She takes the 27A three times a week, paying £4 each way.', [3, 4]],
		['en', 'The ground will have a 3G pitch and 120 seats.', [120]],
		['en', 'Comments quoting 26/1187/FUL may be sent by 40 residents.', [40]],
		['pl', 'Remont drogi DK 91 pod Łodzią potrwa 14 tygodni.', [14]],
		['pl', 'Ruszył etap 3 przebudowy, a faza 2 pochłonie 12 mln zł.', [12_000_000]],
		['pl', 'Mieszkańcy strefy 2 zapłacą za bilet 5 zł.', [5]],
		['pl', 'Z peronu 3 odjedzie w sobotę 14 pociągów.', [14]],
		['pl', 'Na drodze wojewódzkiej 241 stanęło 30 ciężarówek.', [30]],
		['pl', 'Uczniowie klasy 4 zebrali 800 zł.', [800]],
		['pl', 'Zgodnie z art. 15 ustawy gmina ukarała 9 firm.', [9]]
	] as const)(
		'%s: a number that names a phase, zone or line counts nothing: %s',
		(language, text, values) => {
			expect(figures(text, language)).toEqual(values);
		}
	);

	it.each([
		['en', 'At this stage 40 people had been moved out.', [40]],
		['pl', 'W pierwszym etapie 200 domów dostanie wodę.', [200]],
		['pl', 'Stopa pozostanie na poziomie 5,75 proc.', [0.0575]]
	] as const)(
		'%s: a stage picked out before it lets the number count: %s',
		(language, text, values) => {
			expect(figures(text, language)).toEqual(values);
		}
	);

	it.each([
		[
			'en',
			'"One bad year is a warning, but one closure is not a crisis," she told 200 staff.',
			[200]
		],
		['en', 'The flood took their savings in one night, and 80 homes were lost.', [80]],
		['pl', 'Trener mówi, że napastnik potrzebuje jednej dobrej akcji, a drużyna 3 punktów.', [3]]
	] as const)('%s: a lone "one" of speech is no count: %s', (language, text, values) => {
		expect(figures(text, language)).toEqual(values);
	});

	it.each([
		['en', 'At least one school will close.', [1]],
		['en', 'Only one pupil failed the test.', [1]],
		['pl', 'Za było 12 radnych, przeciw 3, a jeden wstrzymał się od głosu.', [12, 3, 1]],
		['pl', 'Wisła rozegrała o jeden mecz mniej niż lider.', [1]],
		['pl', 'W każdym powiecie powstanie co najmniej jeden punkt.', [1]]
	] as const)(
		'%s: a "one" hedged, compared or set against figures counts: %s',
		(language, text, values) => {
			expect(figures(text, language)).toEqual(values);
		}
	);

	it.each([
		['en', 'Most patients recover within two to four weeks.'],
		['en', 'The ferry runs two or three times a week.'],
		['en', 'Between 30 and 45% of the firms failed.'],
		['pl', 'Leczenie trwa od dwóch do czterech lat.'],
		['pl', 'Firma brała od 150 do 300 zł za tonę.'],
		['pl', 'Autobus jeździ dwa lub trzy razy dziennie.'],
		['pl', 'Między 30 a 45 proc. firm upadło.'],
		['pl', 'Kara wynosi od 5 do 20 tys. zł.']
	] as const)(
		'%s: both ends of a range in words are marked, so neither is ticked: %s',
		(language, text) => {
			// A small end in words counting nothing ("two to") gives no candidate of its own anyway.
			const found = candidates(text, language);
			expect(found.length).toBeGreaterThan(0);
			for (const candidate of found) {
				expect(candidate.kind === 'number' || candidate.kind === 'proportion').toBe(true);
				if (candidate.kind === 'number' || candidate.kind === 'proportion')
					expect(candidate.range).toBe(true);
			}
		}
	);

	it.each([
		['en', 'The fine was cut from £4m to £2.5m.'],
		['en', 'The team won 3 to 1 in front of 900 fans.'],
		['en', 'Shares rose 12.5% to 310p.'],
		['pl', 'Bilet zdrożał z 8 do 10 zł.'],
		['pl', 'Czas jazdy spadł z czterech godzin do trzech.']
	] as const)('%s: a change or a score is no range: %s', (language, text) => {
		for (const candidate of candidates(text, language))
			if (candidate.kind === 'number' || candidate.kind === 'proportion')
				expect(candidate.range).toBeUndefined();
	});

	it.each([
		['pl', 'Ta fabryka truła pół Mazowsza, a zatrudniała 90 osób.', [90]],
		['pl', '- Zgodziliśmy się na mniej niż połowę, bo trzeba oszczędzać.', []],
		['en', 'One in four said no, and 35 left the meeting.', [35]],
		['pl', 'Zebrano 500 worków, a z tej liczby co czwarty był dziurawy.', [500, 0.25]]
	] as const)(
		'%s: a share of nothing the sentence names is no fact: %s',
		(language, text, values) => {
			let found: (number | null)[];
			try {
				found = figures(text, language);
			} catch {
				// An article with no candidate at all is refused: no figure either.
				found = [];
			}
			expect(found).toEqual(values);
		}
	);

	it('pl: "trzykrotnie" is three times', () => {
		const found = candidates('Pył przekroczył normę czterokrotnie w 6 gminach.', 'pl');
		expect(found.map((candidate) => [candidate.value, candidate.unit])).toEqual([
			[4, 'razy'],
			[6, 'gminach']
		]);
	});
});

describe('units of area', () => {
	const candidates = (text: string, language: Language) =>
		extractFacts(text, { language }).candidates.flatMap((candidate) =>
			candidate.kind === 'number'
				? [{ value: candidate.value, unit: candidate.unit, question: candidate.question }]
				: []
		);

	it.each([
		['pl', 'Hala ma 1,8 tys. m kw. powierzchni, a zaplecze 240 m2.', ['m kw.', 'm2']],
		['pl', 'Działka o powierzchni 3 km² leży przy drodze, a parking ma 650 m².', ['km²', 'm²']],
		[
			'en',
			'The depot covers 4,300 sq m, and its offices 700 square feet.',
			['sq m', 'square feet']
		],
		['en', 'A 2 sq km reserve was set aside.', ['sq km']]
	] as const)('%s: %s', (language, text, units) => {
		const found = candidates(text, language);
		expect(found.map((figure) => figure.unit)).toEqual(units);
		// "Ile m w hali…kw?": the length word alone is no unit to ask in, and the gap keeps it.
		for (const figure of found) expect(figure.question).toMatch(/_____/);
	});

	it('pl: a figure after a measure’s noun is asked in its sentence, not "Ile m … o powierzchni?"', () => {
		const [figure] = candidates('W piwnicy powstał magazyn o pojemności 120 ton zboża.', 'pl');
		expect(figure?.question).toMatch(/o pojemności _____ ton/);
	});
});
