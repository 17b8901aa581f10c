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
		['pl', 'Wodociągi wydały 1 250 000 zł, a spółka 12 500 000 zł.', [1_250_000, 12_500_000]]
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
			'en',
			'Such floods were common in 1970s Britain, and the wall was built in 2024.',
			[{ year: 2024 }]
		]
	] as const)('%s: dates of a range or a list: %s', (language, text, values) => {
		expect(dates(text, language)).toEqual(values);
	});
});
