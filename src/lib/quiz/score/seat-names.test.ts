import { describe, expect, it } from 'vitest';
import { makeEntity, makeEntityFact } from '../../testing/score-facts';
import { scoreEntityAnswer } from './entity';

/**
 * Institutions named by their seat or region, as students write them in a local-news quiz:
 * the company's acronym with its town, the kind of body with its town, the marshal's office
 * by the voivodeship's capital, the voivodeship by its region, a city by its other name.
 */

const polish = [
	makeEntity({
		id: 'mpk',
		name: 'Miejskie Przedsiębiorstwo Komunikacji w Koninie',
		type: 'organisation'
	}),
	// Extraction lists the acronym and seat of the same company apart.
	makeEntity({ id: 'mpk-short', name: 'MPK w Koninie', type: 'organisation' }),
	makeEntity({ id: 'konin', name: 'Konin', type: 'city' }),
	makeEntity({ id: 'sad', name: 'Sąd Rejonowy w Koninie', type: 'organisation' }),
	makeEntity({
		id: 'straz',
		name: 'Komenda Powiatowa Państwowej Straży Pożarnej w Koninie',
		type: 'organisation',
		aliases: ['PSP']
	}),
	makeEntity({
		id: 'muzeum',
		name: 'Muzeum Ziemi Kujawskiej we Włocławku',
		type: 'organisation'
	}),
	makeEntity({
		id: 'urzad',
		name: 'Urząd Marszałkowski Województwa Lubelskiego',
		type: 'organisation'
	}),
	makeEntity({ id: 'mazowieckie', name: 'województwo mazowieckie', type: 'place' }),
	makeEntity({ id: 'gmina', name: 'gmina Kamionka', type: 'place' }),
	makeEntity({ id: 'kamionka', name: 'Kamionka', type: 'city' }),
	makeEntity({ id: 'krolewiec', name: 'Królewiec', type: 'city' }),
	makeEntity({ id: 'gdansk', name: 'Gdańsk', type: 'city' })
];

const english = [
	makeEntity({ id: 'notts', name: 'Nottinghamshire', type: 'place' }),
	makeEntity({ id: 'council', name: 'Lancashire County Council', type: 'organisation' })
];

function credit(id: string, answer: string, language: 'pl' | 'en' = 'pl'): number {
	const entities = language === 'pl' ? polish : english;
	return scoreEntityAnswer(makeEntityFact({ value: id }), entities, answer, language).credit;
}

describe('an institution named by its seat or region', () => {
	it.each([
		['mpk', 'MPK Konin'],
		['mpk', 'MPK w Koninie'],
		['mpk', 'mpk konin'],
		['mpk-short', 'Miejskie Przedsiębiorstwo Komunikacji w Koninie'],
		['sad', 'sąd w Koninie'],
		['straz', 'Komenda Powiatowa PSP w Koninie'],
		['muzeum', 'muzeum we Włocławku'],
		['muzeum', 'Muzeum we Wloclawku'],
		['urzad', 'urząd marszałkowski w Lublinie'],
		['mazowieckie', 'Mazowsze'],
		['mazowieckie', 'na Mazowszu'],
		['gmina', 'Kamionka'],
		['kamionka', 'gmina Kamionka'],
		['krolewiec', 'Kaliningrad'],
		['gdansk', 'Danzig']
	])('credits %s for "%s"', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});

	it.each([
		['mpk', 'MPK Kalisz'],
		['mpk', 'MPK w Radomiu'],
		['sad', 'Sąd Okręgowy w Koninie'],
		['sad', 'Sąd Apelacyjny w Koninie'],
		['sad', 'Naczelny Sąd w Koninie'],
		['sad', 'sąd w Kaliszu'],
		['straz', 'Komenda Miejska PSP w Koninie'],
		['muzeum', 'muzeum w Toruniu'],
		['urzad', 'urząd marszałkowski w Krakowie'],
		['mazowieckie', 'Pomorze']
	])('refuses for %s "%s"', (id, answer) => {
		expect(credit(id, answer)).toBe(0);
	});

	it('reads the usual abbreviation of an English county', () => {
		expect(credit('notts', 'Notts', 'en')).toBe(1);
		expect(credit('council', 'Lancs County Council', 'en')).toBe(1);
		expect(credit('notts', 'Hants', 'en')).toBe(0);
	});
});

describe('a local body named by its kind', () => {
	const one = [
		makeEntity({ id: 'rada', name: 'Rada Gminy Kamionka', type: 'organisation' }),
		makeEntity({ id: 'kamionka', name: 'Kamionka', type: 'city' }),
		makeEntity({ id: 'kuratorium', name: 'Kuratorium Oświaty w Lublinie', type: 'organisation' })
	];
	const two = [
		...one,
		makeEntity({ id: 'rada-wola', name: 'Rada Gminy Wola', type: 'organisation' })
	];
	const councils = [
		makeEntity({ id: 'council', name: 'Durham County Council', type: 'organisation' }),
		makeEntity({ id: 'durham', name: 'Durham', type: 'city' })
	];

	function scoreIn(entities: typeof one, id: string, answer: string, language: 'pl' | 'en') {
		return scoreEntityAnswer(makeEntityFact({ value: id }), entities, answer, language).credit;
	}

	it('credits the kind where the article has one body of it', () => {
		expect(scoreIn(one, 'rada', 'rada gminy', 'pl')).toBe(1);
		expect(scoreIn(one, 'kuratorium', 'kuratorium', 'pl')).toBe(1);
		expect(scoreIn(councils, 'council', 'the council', 'en')).toBe(1);
		expect(scoreIn(councils, 'council', 'the county council', 'en')).toBe(1);
	});

	it('credits it for no other entity, nor where the article has two bodies of the kind', () => {
		expect(scoreIn(one, 'kamionka', 'rada gminy', 'pl')).toBe(0);
		expect(scoreIn(two, 'rada', 'rada gminy', 'pl')).toBe(0);
		expect(scoreIn(two, 'rada-wola', 'rada gminy', 'pl')).toBe(0);
		expect(scoreIn(councils, 'durham', 'the council', 'en')).toBe(0);
		expect(scoreIn(councils, 'council', 'Wessex County Council', 'en')).toBe(0);
		expect(scoreIn(one, 'rada', 'rada gminy Wola', 'pl')).toBe(0);
	});
});

describe('a gmina, its office and the town it is named after (issue 17)', () => {
	const apart = [
		makeEntity({ id: 'town', name: 'Biłgoraj', type: 'city', aliases: ['Biłgoraja', 'Biłgoraju'] }),
		makeEntity({ id: 'gmina', name: 'gmina Biłgoraj', type: 'place', aliases: ['gminy Biłgoraj'] }),
		makeEntity({ id: 'urzad', name: 'Urząd Miasta Biłgoraja', type: 'organisation' })
	];
	const office = [
		makeEntity({ id: 'gmina', name: 'gmina Sitno', type: 'place' }),
		makeEntity({ id: 'urzad', name: 'Urząd Gminy Sitno', type: 'organisation' }),
		makeEntity({ id: 'sitno', name: 'Sitno', type: 'city' })
	];
	const credit = (entities: typeof apart, id: string, answer: string) =>
		scoreEntityAnswer(makeEntityFact({ value: id }), entities, answer, 'pl').credit;

	it('tells the town from the gmina where the article names the town as a body', () => {
		expect(credit(apart, 'town', 'Biłgoraj')).toBe(1);
		expect(credit(apart, 'town', 'miasto Biłgoraj')).toBe(1);
		expect(credit(apart, 'town', 'gmina Biłgoraj')).toBe(0);
		expect(credit(apart, 'gmina', 'gmina Biłgoraj')).toBe(1);
		expect(credit(apart, 'gmina', 'gmina')).toBe(1);
		expect(credit(apart, 'gmina', 'Biłgoraj')).toBe(0);
	});

	it('reads the town office by its seat', () => {
		expect(credit(apart, 'urzad', 'Urząd Miasta w Biłgoraju')).toBe(1);
		expect(credit(apart, 'urzad', 'urząd miasta')).toBe(1);
		expect(credit(apart, 'urzad', 'Urząd Miasta w Zamościu')).toBe(0);
		expect(credit(apart, 'urzad', 'gmina Biłgoraj')).toBe(0);
	});

	it("tells the town from the gmina where the article names the town's mayor", () => {
		const mayor = [
			makeEntity({ id: 'town', name: 'Zduńsk', type: 'city', aliases: ['Zduńska', 'Zduńsku'] }),
			makeEntity({
				id: 'gmina',
				name: 'gmina Zduńsk',
				type: 'place',
				aliases: ['gminy Zduńsk', 'Zduńsk']
			}),
			makeEntity({
				id: 'mayor',
				name: 'Tadeusz Orlik',
				type: 'person',
				aliases: ['Orlik', 'Burmistrz Zduńska']
			})
		];
		expect(credit(mayor, 'gmina', 'Zduńsk')).toBe(0);
		expect(credit(mayor, 'gmina', 'gmina Zduńsk')).toBe(1);
		expect(credit(mayor, 'town', 'gmina Zduńsk')).toBe(0);
		expect(credit(mayor, 'town', 'Zduńsku')).toBe(1);
		// Without the town's own mayor, the gmina is the one its seat names.
		const seat = mayor.filter((entity) => entity.id !== 'mayor');
		expect(credit(seat, 'gmina', 'Zduńsk')).toBe(1);
	});

	it('reads a powiat by its kind or its office where the article has one powiat', () => {
		const powiat = [
			makeEntity({
				id: 'powiat',
				name: 'powiat włoszczowski',
				type: 'place',
				aliases: ['powiatu włoszczowskiego']
			}),
			makeEntity({ id: 'szpital', name: 'Szpital Powiatowy we Włoszczowie', type: 'organisation' }),
			makeEntity({ id: 'resort', name: 'Ministerstwo Zdrowia', type: 'organisation' })
		];
		expect(credit(powiat, 'powiat', 'powiat')).toBe(1);
		expect(credit(powiat, 'powiat', 'starostwo powiatowe')).toBe(1);
		expect(credit(powiat, 'szpital', 'powiat')).toBe(0);
		expect(credit(powiat, 'resort', 'resort zdrowia')).toBe(1);
		expect(credit(powiat, 'szpital', 'resort zdrowia')).toBe(0);
		const two = [...powiat, makeEntity({ id: 'inny', name: 'powiat jędrzejowski', type: 'place' })];
		expect(credit(two, 'powiat', 'powiat')).toBe(0);
		expect(credit(two, 'powiat', 'starostwo powiatowe')).toBe(0);
	});

	it('reads the gmina office as the gmina', () => {
		expect(credit(office, 'gmina', 'Urząd Gminy Sitno')).toBe(1);
		expect(credit(office, 'urzad', 'gmina Sitno')).toBe(1);
		expect(credit(office, 'gmina', 'Sitno')).toBe(1);
	});
});
