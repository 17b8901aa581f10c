import { describe, expect, it } from 'vitest';
import { englishEntities as entities, named } from './support/extracted-entities';

/**
 * Types and boundaries of English names with no given name to tell a person: companies,
 * hospitals and regions written as two or three capitalised words. Sentences written here
 * in the style of British regional news, after the blind reading's classes (JUDGED.md).
 */

describe('a capitalised name with no given name at its start', () => {
	it.each([
		[
			'The contract was won by Gannet Offshore, which will build 12 turbines. Gannet Offshore said work starts in May.',
			'Gannet Offshore'
		],
		[
			'Developer Solway Firth Wind secured £310m for the scheme. Solway Firth Wind expects first power in 2029.',
			'Solway Firth Wind'
		],
		[
			'The cable will be laid by Pennine Grid Electricity Transmission at a cost of £90m. Pennine Grid Electricity Transmission declined to comment.',
			'Pennine Grid Electricity Transmission'
		],
		[
			'Patients were moved to Whitby Royal Infirmary after the flood. Whitby Royal Infirmary treated 40 of them.',
			'Whitby Royal Infirmary'
		],
		[
			'Bradwell Tidal Energy has hired 85 engineers. Bradwell Tidal Energy plans a second plant.',
			'Bradwell Tidal Energy'
		]
	])('is an organisation by its last word: %j', (text, name) => {
		expect(named(entities(text), name)).toMatchObject({ category: 'organisation' });
	});

	it.each([
		[
			'The pipeline lands at St Cyrus, where a new terminal will stand. St Cyrus has 1,200 residents.',
			'St Cyrus'
		],
		[
			'Most jobs will go to the East Midlands, officials said. The East Midlands lost 3,000 jobs last year.',
			'East Midlands'
		],
		[
			'Rail links to West Lothian will close for 12 days. West Lothian has 3 stations.',
			'West Lothian'
		],
		['Power will flow south to the Lower Fens. The Lower Fens have no other supply.', 'Lower Fens'],
		[
			'Jobs fell as Wiltshire lost its last mine. Officials said Wiltshire needs 400 new jobs.',
			'Wiltshire'
		],
		[
			'Farmers across Lincolnshire lost 30% of the crop. Lincolnshire County Council said it would help.',
			'Lincolnshire'
		]
	])('is a place by its shape: %j', (text, name) => {
		expect(named(entities(text), name)).toMatchObject({ category: 'place' });
	});

	it('still takes two unknown words with no organisation or place word for a person', () => {
		expect(
			named(
				entities('The plan was criticised by Torquil Brannagh, a local councillor.'),
				'Torquil Brannagh'
			)
		).toMatchObject({ category: 'person' });
	});
});

describe('what stands next to a name', () => {
	it('drops an "-based" prefix from a company and keeps its town a place', () => {
		const found = entities(
			'Cardiff-based Hafren Power will supply the turbines. Hafren Power employs 210 people.'
		);
		expect(named(found, 'Hafren Power')).toMatchObject({ category: 'organisation' });
		expect(found.map((entity) => entity.name)).not.toContain('Cardiff-based Hafren Power');
		expect(named(found, 'Cardiff')).toMatchObject({ category: 'place' });
	});

	it('keeps a title, a given name and a surname that is also a given name as one person', () => {
		const found = entities(
			'Dr Isla Thomas, a transport economist at the University of Dundee, said costs would fall by a third.'
		);
		expect(named(found, 'Isla Thomas')).toMatchObject({ category: 'person' });
		expect(found.map((entity) => entity.name)).not.toContain('Isla');
	});

	it('keeps "and" inside a department\'s name and links its acronym', () => {
		const found = entities(
			'The Department for Culture and Heritage (DCH) said 14 museums would close. A DCH spokesman declined to comment.'
		);
		expect(named(found, 'Department for Culture and Heritage')).toMatchObject({
			category: 'organisation',
			aliases: expect.arrayContaining(['DCH'])
		});
		expect(found.map((entity) => entity.name)).not.toContain('Heritage');
	});

	it('does not join two organisations named side by side with "and"', () => {
		const found = entities('The Bank of Scotland and Barclays each lent £40m to the port.');
		expect(found.map((entity) => entity.name)).not.toContain('Bank of Scotland and Barclays');
	});

	it("keeps a saint's name a hospital opens with inside the hospital", () => {
		const found = entities(
			"Patients at St Bede's Hospital waited 14 hours. St Bede's said 40 beds were shut."
		);
		expect(named(found, "St Bede's Hospital")).toMatchObject({
			category: 'organisation',
			aliases: expect.arrayContaining(["St Bede's"])
		});
		expect(found.map((entity) => entity.name)).not.toContain('St Bede');
	});

	it.each([
		['The water regulator Aquaris said bills would rise by £12 a year.', 'Aquaris'],
		['The consumer watchdog Fairtrade Checks found 14 breaches.', 'Fairtrade Checks'],
		['The homelessness charity Roofline housed 300 families last year.', 'Roofline']
	])(
		'takes a name after a regulator, watchdog or charity for an organisation: %j',
		(text, name) => {
			expect(named(entities(text), name)).toMatchObject({ category: 'organisation' });
		}
	);

	it('keeps a service named with its nation as one organisation', () => {
		const found = entities(
			'The trust will get £31m from NHS Wales in 2027, and NHS Wales will check its plan.'
		);
		expect(named(found, 'NHS Wales')).toMatchObject({ category: 'organisation' });
	});

	it('finds a trade union named after the word "union"', () => {
		const found = entities(
			'Cleaners have been balloted by the union Voiceworks over the cuts, a spokeswoman said.'
		);
		expect(named(found, 'Voiceworks')).toMatchObject({ category: 'organisation' });
	});
});

describe('a government department named after fields listed with commas', () => {
	it('is one organisation through the last "and", with its acronym', () => {
		const found = entities(
			'The Department for Environment, Food and Rural Affairs said 40 farms would be inspected.'
		);
		expect(named(found, 'Department for Environment, Food and Rural Affairs')).toMatchObject({
			category: 'organisation'
		});
		expect(found.map((entity) => entity.name)).not.toContain('Rural Affairs');
		const withAcronym = entities(
			'Ministers at the Department for Culture, Media and Sport (DCMS) can step in if 12 councils fail.'
		);
		expect(named(withAcronym, 'Department for Culture, Media and Sport')?.aliases).toContain(
			'DCMS'
		);
	});

	it('stops before a body of its own in the list', () => {
		const found = entities(
			'Inspectors from the Department for Education, Ofsted and Ofqual visited 40 schools.'
		);
		expect(found.map((entity) => entity.name)).toContain('Department for Education');
	});
});

describe('a vessel named after its kind', () => {
	it('is nobody: "the lifeboat Grace Anne Holt", "the trawler Morning Star"', () => {
		const found = entities(
			'The lifeboat Grace Anne Holt reached the trawler Morning Star within 40 minutes, and HM Coastguard sent a helicopter.'
		);
		expect(found.filter((entity) => entity.category === 'person')).toEqual([]);
		expect(found.map((entity) => entity.name)).not.toContain('HM');
	});
});

describe('titles, codes, laws and stems in English names', () => {
	it("leaves a councillor's or superintendent's title out of the name", () => {
		const found = entities(
			'The cabinet member for culture, Cllr Martin Hale, said 14 branches would stay open. Det Supt Karen Lowe said 3 men had been arrested.'
		);
		expect(found.map((entity) => entity.name)).toEqual(
			expect.arrayContaining(['Martin Hale', 'Karen Lowe'])
		);
	});

	it('reads no body in a product code, no one in a law, and no union in "Unit"', () => {
		const found = entities(
			'The drug, known as ABX-204, was developed in the Molecular Imaging Unit, which tested 20,000 compounds. Under the Housing and Planning Act 2016, councils publish 12 reports a year.'
		);
		expect(found.map((entity) => entity.name)).toEqual(['Molecular Imaging Unit']);
	});
});

describe('a short word that only looks like a title or an organisation word', () => {
	it.each([
		[
			'The ferry will run again in May, said Anna Cole, who chairs the harbour board. Cole said 400 people used it daily.',
			'Anna Cole'
		],
		[
			'Tim Hollis, the harbour master, said the berth cost £12m. Hollis said it opens in June.',
			'Tim Hollis'
		]
	])('reads a person whose name stems like a title or a head word: %j', (text, name) => {
		expect(named(entities(text), name)).toMatchObject({ category: 'person' });
	});

	it('reads "New" at the start of a place name as no organisation word', () => {
		const found = entities('Rangers closed 12 paths in the New Forest on Sunday, said Tom Hale.');
		expect(named(found, 'New Forest')).toMatchObject({ category: 'place' });
	});

	it('still reads an abbreviated title and a newspaper', () => {
		const found = entities(
			'Col Mark Hale said the base would close. The Dundee Times reported 300 jobs would go.'
		);
		expect(named(found, 'Mark Hale')).toMatchObject({ category: 'person' });
		expect(named(found, 'Dundee Times')).toMatchObject({ category: 'organisation' });
	});
});

describe('an Irish lough or a Scottish loch', () => {
	it.each([
		[
			'Ferries cross Carlingmore Lough every half hour, the operator said. Carlingmore Lough is 2km wide at the narrows.',
			'Carlingmore Lough'
		],
		[
			'Salmon counts in Loch Tarvie fell by 31% last year. Anglers on Loch Tarvie blame the dam.',
			'Loch Tarvie'
		]
	])('is a place, not a person: %j', (text, name) => {
		expect(named(entities(text), name)).toMatchObject({ category: 'place' });
	});
});
