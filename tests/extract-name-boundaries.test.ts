import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/lib/quiz/extract';
import type { ExtractedEntity } from '../src/lib/quiz/extract';
import { loadMorphology } from '../src/lib/server/morphology';

/**
 * Where a name starts and ends in local news: a fire service named after two fields, a saint's
 * church, a charity of friends, a parade, a listing grade, a national park opening a sentence,
 * an agency among the closing initials. The classes the blind reading of unseen12 counted as
 * noise; sentences written here.
 */

const morphology = loadMorphology('pl');
const entities = (text: string, language: 'pl' | 'en') =>
	extractFacts(text, { language, ...(language === 'pl' ? { morphology } : {}) }).entities;
const names = (list: readonly ExtractedEntity[]) => list.map((entity) => entity.name);
const named = (list: readonly ExtractedEntity[], name: string) =>
	list.find((entity) => entity.name === name);

describe('English names that run through "and", "of" and a saint', () => {
	it('keeps a fire and rescue service whole, areas joined by "and" included', () => {
		const found = entities(
			'Lancashire Fire and Rescue Service sent six engines to the mill. Crews from Devon and Somerset Fire and Rescue Service helped, while Westmorland and Furness Council and Cumbria Police closed the road. The Health and Safety Executive will investigate.',
			'en'
		);
		expect(names(found)).toEqual(
			expect.arrayContaining([
				'Lancashire Fire and Rescue Service',
				'Devon and Somerset Fire and Rescue Service',
				'Westmorland and Furness Council',
				'Cumbria Police',
				'Health and Safety Executive'
			])
		);
		expect(names(found)).not.toContain('Rescue Service');
		expect(named(found, 'Lancashire Fire and Rescue Service')).toMatchObject({
			category: 'organisation'
		});
	});

	it('keeps a saint in the church named after them, and a saint’s place a place', () => {
		const found = entities(
			'A collection organised by St Peter’s Church in Thornaby has raised £3,100. Families from St John’s Wood sent clothes.',
			'en'
		);
		expect(named(found, 'St Peter’s Church')).toMatchObject({ category: 'organisation' });
		expect(named(found, 'St John’s Wood')).toMatchObject({ category: 'place' });
		expect(names(found)).not.toContain('St');
		expect(names(found)).not.toContain('Peter’s Church');
	});

	it('reads a friends’ charity named after a place as one organisation', () => {
		const found = entities(
			'The appeal, run by the charity Friends of Whitley Bay Lighthouse, has raised £18,000 since June.',
			'en'
		);
		expect(named(found, 'Friends of Whitley Bay Lighthouse')).toMatchObject({
			category: 'organisation'
		});
		expect(names(found)).not.toContain('Friends');
	});

	it('takes no preposition opening a sentence, no listing grade and no parade’s person', () => {
		const found = entities(
			'Under NHS rules in Wales, carers park free. The Grade II-listed baths will close. Shops on Victoria Parade lost trade, said Helen Carr.',
			'en'
		);
		expect(names(found)).not.toContain('Under NHS');
		expect(names(found)).toContain('NHS');
		expect(names(found).some((name) => name.startsWith('Grade'))).toBe(false);
		expect(named(found, 'Victoria Parade')).toMatchObject({ category: 'place' });
		expect(named(found, 'Helen Carr')).toMatchObject({ category: 'person' });
	});
});

describe('Polish national and landscape parks', () => {
	it('reads a park opening a sentence, after a function and in any case as one place', () => {
		const found = entities(
			'Wigierski Park Narodowy apeluje, by nie rozpalać ognisk. Dyrektor Drawieńskiego Parku Narodowego Marek Sosna mówi, że szlak zamknięto. Pożar wybuchł w Suwalskim Parku Krajobrazowym.',
			'pl'
		);
		expect(named(found, 'Wigierski Park Narodowy')).toMatchObject({ category: 'place' });
		expect(named(found, 'Drawieński Park Narodowy')).toMatchObject({ category: 'place' });
		expect(named(found, 'Suwalski Park Krajobrazowy')).toMatchObject({ category: 'place' });
		expect(named(found, 'Marek Sosna')).toMatchObject({ category: 'person' });
		expect(names(found)).not.toContain('Park Narodowy');
	});
});

describe('closing initials', () => {
	it('reads no agency from the initials that close a dispatch', () => {
		const found = entities(
			[
				'Strażacy gasili pożar łąk pod Augustowem przez dwie doby, a spłonęło ok. 40 ha trzcinowisk.',
				'',
				'mw/ PAP/ js/'
			].join('\n'),
			'pl'
		);
		expect(names(found)).not.toContain('Polska Agencja Prasowa');
	});

	it('reads no outlet from the initials that close a dispatch', () => {
		const found = entities(
			[
				'Na festiwal w Kazimierzu Dolnym przyjechało w sobotę ok. 20 tys. osób, o 3 tys. więcej niż przed rokiem.',
				'',
				'ak/ (Dziennik Wschodni)'
			].join('\n'),
			'pl'
		);
		expect(names(found).some((name) => name.includes('Dziennik'))).toBe(false);
	});
});

describe('patrons and headlands', () => {
	it('reads no patron of a lowercase place, but keeps a school named after one', () => {
		const found = entities(
			'Koncert odbył się na skwerze im. Marii Dąbrowskiej, a pokaz przygotowała Szkoła Podstawowa im. Władysława Reymonta w Łowiczu.',
			'pl'
		);
		expect(names(found).some((name) => name.startsWith('Maria'))).toBe(false);
		expect(names(found).some((name) => name.startsWith('Szkoła Podstawowa im.'))).toBe(true);
	});

	it('keeps a headland whole and reads no school year as a town', () => {
		const found = entities(
			'The crew sailed round Hartland Point to St Govan’s Head, and pupils in Years 5 and 6 at Tenby watched.',
			'en'
		);
		expect(named(found, 'St Govan’s Head')).toMatchObject({ category: 'place' });
		expect(names(found).some((name) => name.startsWith('Year'))).toBe(false);
	});
});

describe('Polish acronyms', () => {
	it('reads a declined acronym as the acronym, an organisation', () => {
		const found = entities(
			'W nowym OIOM-ie będzie 12 łóżek, a umowę z NFZ-em szpital podpisał w maju. Pacjenci OIOM-u czekają krócej.',
			'pl'
		);
		expect(named(found, 'OIOM')).toMatchObject({ category: 'organisation' });
		expect(named(found, 'NFZ')).toMatchObject({ category: 'organisation' });
		expect(names(found).some((name) => name.includes('-'))).toBe(false);
	});

	it('reads capitals joined by a lowercase "i" as an acronym, not a town', () => {
		const found = entities(
			'Pożyczki udzielił WFOŚiGW, a dotację dał NFOŚiGW-u zarząd. Prezes ZGKiM Adam Wilk mówi, że to dobra wiadomość.',
			'pl'
		);
		for (const acronym of ['WFOŚiGW', 'ZGKiM'])
			expect(named(found, acronym), acronym).toMatchObject({ category: 'organisation' });
	});
});

describe('names a kind word or a river word says', () => {
	it('reads a wind farm and a firth as places, not people', () => {
		const found = entities(
			'The 9-turbine Carn Gorm Wind Farm, above Strathpeffer, began generating in June. Cllr Ewan Rose, who represents Dornoch Firth, welcomed it.',
			'en'
		);
		expect(named(found, 'Carn Gorm Wind Farm')).toMatchObject({ category: 'place' });
		expect(named(found, 'Dornoch Firth')).toMatchObject({ category: 'place' });
		expect(named(found, 'Ewan Rose')).toMatchObject({ category: 'person' });
	});

	it('reads a body named after its kind in apposition as an organisation', () => {
		const found = entities(
			'The MP has asked the regulator, Ofcom, to look again, and the operator, Arriva, to restore the route.',
			'en'
		);
		expect(named(found, 'Ofcom')).toMatchObject({ category: 'organisation' });
		expect(named(found, 'Arriva')).toMatchObject({ category: 'organisation' });
	});

	it('reads a small river the dictionary lacks back to its nominative', () => {
		const found = entities(
			'Zbiornik powstanie na rzece Mrożycy, a wody rzeki Ciemięgi zalały łąki pod Lublinem.',
			'pl'
		);
		expect(named(found, 'Mrożyca')).toMatchObject({ category: 'place', kind: 'river' });
		expect(named(found, 'Ciemięga')).toMatchObject({ category: 'place', kind: 'river' });
	});
});

describe('a council named after areas listed with commas', () => {
	it('keeps the areas and the council one name', () => {
		const found = entities(
			'Causeway Coast, Glens and Moyle District Council, which runs the harbour, objected, and ferries still sail to Larne, Ballycastle and Rathlin.',
			'en'
		);
		expect(named(found, 'Causeway Coast, Glens and Moyle District Council')).toMatchObject({
			category: 'organisation'
		});
		expect(names(found).some((name) => name.startsWith('Glens'))).toBe(false);
	});
});
