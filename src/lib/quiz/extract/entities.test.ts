import { describe, expect, it } from 'vitest';
import type { Language } from '../content';
import { extractFacts } from './extract';
import type { ExtractedEntity } from './types';

const entities = (text: string, language: Language) => extractFacts(text, { language }).entities;
const named = (list: ExtractedEntity[], name: string) =>
	list.find((entity) => entity.name === name);

describe('entity boundaries', () => {
	it('keeps a party named with "i" whole, in its base form', () => {
		const found = entities(
			'Radni Prawa i Sprawiedliwości przypominają, że most miał kosztować 160 mln zł.',
			'pl'
		);
		expect(named(found, 'Prawo i Sprawiedliwość')).toMatchObject({
			category: 'organisation',
			aliases: expect.arrayContaining(['PiS'])
		});
		expect(found.map((entity) => entity.name)).not.toContain('Praw');
	});

	it('splits a place in the genitive from the person named after it', () => {
		const found = entities(
			'Wstęgę przeciął prezydent Gorzowa Wielkopolskiego Jacek Wojtaszek. Wojtaszek mówił długo.',
			'pl'
		);
		expect(named(found, 'Jacek Wojtaszek')).toMatchObject({
			category: 'person',
			aliases: expect.arrayContaining(['Wojtaszek'])
		});
		expect(named(found, 'Gorzów Wielkopolski')).toMatchObject({ category: 'place', kind: 'city' });
	});

	it('keeps "i Zieleni" in the name and links the acronym, splitting it from a person', () => {
		const found = entities(
			'Według Miejskiego Zarządu Dróg i Zieleni przez most przejedzie 28 tys. pojazdów. Dyrektor MZDiZ Ewa Rogalska to potwierdziła.',
			'pl'
		);
		expect(named(found, 'Miejski Zarząd Dróg i Zieleni')).toMatchObject({
			category: 'organisation',
			aliases: expect.arrayContaining(['MZDiZ'])
		});
		expect(named(found, 'Ewa Rogalska')).toMatchObject({ category: 'person' });
	});

	it('links an acronym in brackets to the name before it, and "U.S." there is no country', () => {
		const found = entities(
			'The quake was measured by the U.S. Geological Survey (USGS) at 6.8. The USGS said 212 people died.',
			'en'
		);
		expect(named(found, 'U.S. Geological Survey')).toMatchObject({
			category: 'organisation',
			aliases: expect.arrayContaining(['USGS'])
		});
		expect(named(found, 'United States')).toBeUndefined();
	});

	it('takes no unit, time zone or code for an organisation', () => {
		const found = entities(
			'Owners can enter the VIN on the website from 10:00 GMT, as 48,000 SUVs were recalled. The VAT and PKB rose. Voltera said the TRT figures of 2 Mw were wrong. The firm Voltera agreed. It was Chapter IV and XII.',
			'en'
		);
		expect(found.map((entity) => entity.name)).toEqual(['Voltera']);
	});

	it('reads a currency sign "US$" as no country', () => {
		const found = entities('Voltera will pay US$2.5bn for Cellsmith. Voltera agreed.', 'en');
		expect(named(found, 'United States')).toBeUndefined();
	});
});

describe('base forms', () => {
	it.each([
		[
			'pl',
			'Obrońca Tomasza Wróblewskiego mec. Piotr Zawadzki zapowiedział apelację. Wróblewski nie przyznał się.',
			['Tomasz Wróblewski', 'Piotr Zawadzki']
		],
		[
			'pl',
			'Rosjanin Michaił Mirgorodski został zatrzymany w Gdańsku. Mirgorodski odmówił zeznań.',
			['Michaił Mirgorodski']
		],
		[
			'pl',
			'Sędzia SO Małgorzata Kruczek uzasadniała wyrok przez dwie godziny.',
			['Małgorzata Kruczek']
		],
		[
			'en',
			'Caroline Ashworth KC told the court the fraud cost £2m. Ms Ashworth added nothing.',
			['Caroline Ashworth']
		],
		[
			'en',
			"The court heard Oliver Prescott's lawyer. NASA's Bill Nelson and the USA's Jenna Morris spoke.",
			['Oliver Prescott', 'NASA', 'Bill Nelson', 'United States', 'Jenna Morris']
		],
		[
			'pl',
			'Posłowie Koalicji Obywatelskiej i Konfederacji głosowali przeciw ustawie 12 maja.',
			['Koalicja Obywatelska', 'Konfederacja']
		]
	] as const)('%s: %s', (language, text, names) => {
		const found = entities(text, language).map((entity) => entity.name);
		expect(found).toEqual(expect.arrayContaining([...names]));
	});

	it('names a river by its base form, as a place', () => {
		const found = entities('Nowy most stanął nad Wartą w 2024 r. i kosztował 200 mln zł.', 'pl');
		expect(named(found, 'Warta')).toMatchObject({ category: 'place', kind: 'river' });
	});

	it('gives the surname alone as an alias of a person', () => {
		const found = entities('Wojewoda Marek Cebulak przyjechał o 11. Cebulak mówił krótko.', 'pl');
		expect(named(found, 'Marek Cebulak')?.aliases).toContain('Cebulak');
	});
});

describe('names in English news', () => {
	it('keeps a city opening a university, and no agency credited in brackets', () => {
		const found = entities(
			'ANKARA, Feb 9 (Reuters) - A seismologist at Istanbul Technical University said 120 buildings fell. Severnside Water was fined £150m. Severnside said it would pay. The River Severn rose.',
			'en'
		);
		expect(found.map((entity) => `${entity.category}: ${entity.name}`)).toEqual([
			'place: Ankara',
			'organisation: Istanbul Technical University',
			'organisation: Severnside Water',
			'place: River Severn'
		]);
		expect(named(found, 'Severnside Water')?.aliases).toContain('Severnside');
	});
});

describe('the kind of a name told by the word before or inside it', () => {
	it('reads a company after its kind and a place by its geographic head', () => {
		const found = entities(
			'Voltera agreed to buy the battery firm Cellsmith. The East Anatolian Fault moved. Offices in Canary Wharf closed.',
			'en'
		);
		expect(named(found, 'Cellsmith')?.category).toBe('organisation');
		expect(named(found, 'East Anatolian Fault')?.category).toBe('place');
		expect(named(found, 'Canary Wharf')?.category).toBe('place');
	});

	it('reads a Polish company after "firma" or "spółka"', () => {
		const found = entities(
			'Halę wynajmowała firma Chem-Trans, a most budowała spółka Acciona.',
			'pl'
		);
		expect(named(found, 'Chem-Trans')?.category).toBe('organisation');
		expect(named(found, 'Acciona')?.category).toBe('organisation');
	});
});

describe('aliases of an institution named after its country', () => {
	it('lists it with the country named otherwise and without it', () => {
		const found = entities('The U.S. Geological Survey measured a magnitude of 7.8.', 'en');
		expect(named(found, 'U.S. Geological Survey')?.aliases).toEqual(
			expect.arrayContaining([
				'Geological Survey',
				'United States Geological Survey',
				'US Geological Survey'
			])
		);
	});
});

describe('a company by its brand', () => {
	it('lists the brand after a generic head, not an adjective', () => {
		const found = entities(
			'Według Banku Pekao PKB wzrośnie o 3 proc. Bank Światowy spodziewa się wzrostu o 2 proc.',
			'pl'
		);
		expect(named(found, 'Bank Pekao')?.aliases).toContain('Pekao');
		expect(found.flatMap((entity) => entity.aliases)).not.toContain('Światowy');
	});
});

describe('English places and people told apart (unseen6 classes)', () => {
	const kinds = (text: string) =>
		Object.fromEntries(entities(text, 'en').map((entity) => [entity.name, entity.category]));

	it('a town ending in "Wells" or "Regis" is a place; a given name before "Wells" is a person', () => {
		const found = kinds(
			'The route between Tunbridge Wells and Chipping Regis opened on Monday. Tom Wells, a driver, welcomed it, and Ms Alison Regis agreed.'
		);
		expect(found).toMatchObject({
			'Tunbridge Wells': 'place',
			'Chipping Regis': 'place',
			'Tom Wells': 'person',
			'Alison Regis': 'person'
		});
	});

	it('a village joined by "la" or "le" is a place; "National Grid" is a company', () => {
		expect(
			kinds(
				'Residents of Thorpe le Soken and Kirkby la Thorpe objected, and National Grid said the line would be buried.'
			)
		).toMatchObject({
			'Thorpe le Soken': 'place',
			'Kirkby la Thorpe': 'place',
			'National Grid': 'organisation'
		});
	});

	it('a village and its village hall are two names; a river is the same without "River"', () => {
		const found = entities(
			'A school will be built between Ashwell and Hinxworth, on the River Rhee. The Rhee floods each winter. A meeting will be held at Hinxworth Village Hall on Friday.',
			'en'
		);
		expect(named(found, 'Hinxworth')).toMatchObject({ category: 'place' });
		expect(named(found, 'Hinxworth Village Hall')?.aliases ?? []).not.toContain('Hinxworth');
		expect(named(found, 'River Rhee')?.aliases).toContain('Rhee');
	});

	it('places listed after "the parishes of" are places', () => {
		const found = kinds(
			'The fund will go to the parishes of Wendling, Scarning and Gressenhall, the council said. Wendling has 300 homes.'
		);
		expect(found).toMatchObject({ Wendling: 'place', Scarning: 'place', Gressenhall: 'place' });
	});
});

describe('Polish places in lists and programmes (unseen6 classes)', () => {
	const kinds = (text: string) =>
		Object.fromEntries(entities(text, 'pl').map((entity) => [entity.name, entity.category]));

	it('"Miasto X" opening a sentence is X; "gminy X, Y i Z" are all places', () => {
		const found = kinds(
			'Miasto Kętrzyn oraz gminy Reszel, Barciany i Srokowo podpisały umowę. Koszty podzieli miasto Kętrzyn.'
		);
		expect(found).toMatchObject({
			Kętrzyn: 'place',
			Barciany: 'place',
			Srokowo: 'place'
		});
		expect(Object.keys(found)).not.toContain('Miasto Kętrzyn');
	});

	it('a programme "Fundusze Europejskie dla X i Y" is one name', () => {
		const names = entities(
			'Część pieniędzy dał program Fundusze Europejskie dla Kujaw i Pomorza, a resztę gmina.',
			'pl'
		).map((entity) => entity.name);
		expect(names).toContain('Fundusze Europejskie dla Kujaw i Pomorza');
		expect(names).not.toContain('Pomorze');
	});
});

describe('English towns and bodies named after a person (issue 17)', () => {
	it('reads a town ending in "Wells" or "Spa" as a place, not a person', () => {
		const found = entities(
			'The new bus station in Tenby Wells will open in May. Buses will run to Corsham Spa every hour.',
			'en'
		);
		expect(named(found, 'Tenby Wells')).toMatchObject({ category: 'place' });
		expect(named(found, 'Corsham Spa')).toMatchObject({ category: 'place' });
	});

	it('reads a name joined by a lowercase "la" or "le" with no given name as a village', () => {
		const found = entities('Residents of Ashby le Marsh objected to the plan in March.', 'en');
		expect(named(found, 'Ashby le Marsh')).toMatchObject({ category: 'place' });
	});

	it('keeps a writer apart from the society named after him', () => {
		const found = entities(
			"The room is devoted to Henry Pendle's novels. His desk is on loan from the Henry Pendle Society.",
			'en'
		);
		expect(named(found, 'Henry Pendle Society')).toBeDefined();
		expect(named(found, 'Henry Pendle Society')?.aliases ?? []).not.toContain("Henry Pendle's");
	});
});
