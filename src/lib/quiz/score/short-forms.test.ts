import { describe, expect, it } from 'vitest';
import type { Entity } from '../content';
import { makeEntity, makeEntityFact } from '../../testing/score-facts';
import { scoreEntityAnswer } from './entity';

/**
 * Short forms students type for a firm, a trust or a body of local news, credited where no
 * other entity of the article shares them; and the names that only look alike (the village a
 * gmina or a firm is named after, the town behind a place's adjective, the trail a trust is
 * named after), never credited.
 */

const academy = [
	makeEntity({ id: 'trust', name: 'Harrowden Learning Trust', type: 'organisation' }),
	makeEntity({ id: 'dfe', name: 'Department for Education', type: 'organisation' }),
	makeEntity({ id: 'council', name: 'Kettleby Borough Council', type: 'organisation' }),
	makeEntity({ id: 'builder', name: 'Brackenmoor Structures Ltd', type: 'organisation' }),
	makeEntity({ id: 'traders', name: "Kettleby Traders' Association", type: 'organisation' }),
	makeEntity({ id: 'kettleby', name: 'Kettleby', type: 'city' }),
	makeEntity({ id: 'road', name: 'Almsford Road', type: 'place' }),
	makeEntity({ id: 'engineer', name: 'Oliver Quenby', type: 'person' })
];

const hospital = [
	makeEntity({ id: 'nhs-trust', name: 'Wessex Moor Hospitals NHS Trust', type: 'organisation' }),
	makeEntity({ id: 'hospital', name: 'Wessex Moor Hospital', type: 'organisation' }),
	makeEntity({ id: 'ministry', name: 'Ministry of Defence', type: 'organisation' }),
	makeEntity({ id: 'department', name: 'Department of Health', type: 'organisation' })
];

const gmina = [
	makeEntity({
		id: 'gmina',
		name: 'gmina Zarzecze',
		type: 'place',
		aliases: ['gminy Zarzecze', 'Zarzecze']
	}),
	makeEntity({
		id: 'komenda',
		name: 'Komenda Powiatowa Policji w Lesku',
		type: 'organisation',
		aliases: ['Komendy Powiatowej Policji w Lesku']
	}),
	makeEntity({ id: 'lesko', name: 'Lesko', type: 'city', aliases: ['Lesku'] }),
	makeEntity({ id: 'starogard', name: 'Starogard Gdański', type: 'city' }),
	makeEntity({ id: 'wisla', name: 'Wisła', type: 'place', aliases: ['Wisłą', 'Wiśle'] })
];

function credit(
	entities: readonly Entity[],
	id: string,
	answer: string,
	language: 'pl' | 'en'
): number {
	return scoreEntityAnswer(makeEntityFact({ value: id }), entities, answer, language).credit;
}

describe('an English firm or body by its short form', () => {
	it.each([
		['trust', 'Harrowden'],
		['trust', 'the Harrowden trust'],
		['trust', 'Harrowden Trust'],
		['builder', 'Brackenmoor'],
		['builder', 'Brackenmoor Structures'],
		['dfe', 'the government'],
		['dfe', 'Department for Education'],
		['traders', "the traders' association"],
		['traders', 'the association'],
		['nhs-trust', 'the trust'],
		['nhs-trust', 'the NHS trust']
	])('%s: "%s" is credited', (id, answer) => {
		const entities = id === 'nhs-trust' ? hospital : academy;
		expect(credit(entities, id, answer, 'en')).toBe(1);
	});

	it.each([
		['trust', 'The Harrowden'],
		['trust', 'Kettleby Borough Council'],
		['council', 'the trust'],
		['builder', 'Brackenmoor village'],
		['builder', 'Brackenmoor (village)'],
		['engineer', 'Quenby (village)'],
		['road', 'Almsford'],
		['hospital', 'the trust']
	])('%s: "%s" is not credited', (id, answer) => {
		const entities = id === 'hospital' ? hospital : academy;
		expect(credit(entities, id, answer, 'en')).toBe(0);
	});

	it('credits "the government" for no one where the article names two departments', () => {
		expect(credit(hospital, 'ministry', 'the government', 'en')).toBe(0);
		expect(credit(hospital, 'department', 'the government', 'en')).toBe(0);
	});

	it('credits a lane by its name alone, named after nothing else', () => {
		const lane = [...academy, makeEntity({ id: 'lane', name: 'Thornbeck Lane', type: 'place' })];
		expect(credit(lane, 'lane', 'Thornbeck', 'en')).toBe(1);
	});

	it('keeps the street credited by its full name and its kind written short', () => {
		expect(credit(academy, 'road', 'Almsford Road', 'en')).toBe(1);
		expect(credit(academy, 'road', 'Almsford Rd', 'en')).toBe(1);
	});

	it('keeps the town credited with a word that says it is one', () => {
		expect(credit(academy, 'kettleby', 'Kettleby town', 'en')).toBe(1);
		expect(credit(academy, 'council', 'Kettleby town council', 'en')).toBe(1);
	});
});

describe('Polish bodies and places by the forms students type', () => {
	it('credits "policja" for the one police headquarters of the article', () => {
		expect(credit(gmina, 'komenda', 'policja', 'pl')).toBe(1);
		expect(credit(gmina, 'komenda', 'policja w Lesku', 'pl')).toBe(1);
	});

	it('credits the gmina by its name, and not the village it is named after', () => {
		expect(credit(gmina, 'gmina', 'Zarzecze', 'pl')).toBe(1);
		expect(credit(gmina, 'gmina', 'gmina Zarzecze', 'pl')).toBe(1);
		expect(credit(gmina, 'gmina', 'Zarzecze (wieś)', 'pl')).toBe(0);
		expect(credit(gmina, 'gmina', 'wieś Zarzecze', 'pl')).toBe(0);
		expect(credit(gmina, 'gmina', 'miasto i gmina Zarzecze', 'pl')).toBe(1);
	});

	it('does not credit the town a place is named after by its adjective', () => {
		expect(credit(gmina, 'starogard', 'Starogard Gdański', 'pl')).toBe(1);
		expect(credit(gmina, 'starogard', 'Starogardzie Gdańskim', 'pl')).toBe(1);
		expect(credit(gmina, 'starogard', 'Gdańsk', 'pl')).toBe(0);
	});

	it('does not credit a festival or a bridge named after the river', () => {
		expect(credit(gmina, 'wisla', 'nad Wisłą', 'pl')).toBe(1);
		expect(credit(gmina, 'wisla', 'rzeka Wisła', 'pl')).toBe(1);
		expect(credit(gmina, 'wisla', 'Festiwal nad Wisłą', 'pl')).toBe(0);
	});
});

describe('a body whose own name holds a settlement word', () => {
	// Extraction lists the district's cases and its first word, as it does for a quarter.
	const quarter = [
		makeEntity({
			id: 'old-town',
			name: 'Stare Miasto',
			type: 'organisation',
			aliases: ['Starego Miasta', 'Stare']
		}),
		makeEntity({ id: 'zarzecze', name: 'Zarzecze', type: 'city' })
	];

	it('credits the name in another case, the word of its own name after it', () => {
		expect(credit(quarter, 'old-town', 'Starym Mieście', 'pl')).toBe(1);
		expect(credit(quarter, 'old-town', 'Stare Miasto', 'pl')).toBe(1);
	});
});

describe('a town whose genitive looks like an adjective', () => {
	const valley = [
		makeEntity({ id: 'brzesko', name: 'Brzesko', type: 'city', aliases: ['Brzeska', 'Brzesku'] }),
		makeEntity({ id: 'nowe-brzesko', name: 'Nowe Brzesko', type: 'city' })
	];

	it('credits the town in every case', () => {
		expect(credit(valley, 'brzesko', 'Brzesko', 'pl')).toBe(1);
		expect(credit(valley, 'brzesko', 'w Brzesku', 'pl')).toBe(1);
		expect(credit(valley, 'brzesko', 'Brzeska', 'pl')).toBe(1);
	});
});

describe('a body whose chairman the article names by its name', () => {
	const market = [
		makeEntity({
			id: 'association',
			name: 'Stowarzyszenie Kupców Kaliskich',
			type: 'organisation'
		}),
		makeEntity({
			id: 'chairman',
			name: 'Witold Karaś',
			type: 'person',
			aliases: ['Karaś', 'prezes Stowarzyszenia Kupców Kaliskich']
		})
	];

	it('credits the body by its kind and its distinctive word', () => {
		expect(credit(market, 'association', 'stowarzyszenie kupców', 'pl')).toBe(1);
		expect(credit(market, 'association', 'Stowarzyszenie Kupców Kaliskich', 'pl')).toBe(1);
	});

	it('does not credit the body for its chairman', () => {
		expect(credit(market, 'chairman', 'stowarzyszenie kupców', 'pl')).toBe(0);
		expect(credit(market, 'chairman', 'Witold Karaś', 'pl')).toBe(1);
	});
});

describe('a Polish firm named by its trade and its brand', () => {
	const firms = [
		makeEntity({ id: 'builder', name: 'Beskidy Budownictwo', type: 'organisation' }),
		makeEntity({ id: 'vineyard', name: 'Winnica Srebrne Wzgórze', type: 'organisation' }),
		makeEntity({ id: 'krosno', name: 'Krosno', type: 'city' })
	];

	it('credits the brand without the trade', () => {
		expect(credit(firms, 'builder', 'Beskidy', 'pl')).toBe(1);
		expect(credit(firms, 'builder', 'firma Beskidy Budownictwo', 'pl')).toBe(1);
		expect(credit(firms, 'vineyard', 'Srebrne Wzgórze', 'pl')).toBe(1);
	});

	it('does not credit another firm of the trade, nor the town', () => {
		expect(credit(firms, 'builder', 'Krosno', 'pl')).toBe(0);
		expect(credit(firms, 'builder', 'Budownictwo', 'pl')).toBe(0);
		expect(credit(firms, 'vineyard', 'Winnica', 'pl')).toBe(0);
	});
});
