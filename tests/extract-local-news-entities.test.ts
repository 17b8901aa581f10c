import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/lib/quiz/extract';
import type { ExtractedEntity } from '../src/lib/quiz/extract';
import { loadMorphology } from '../src/lib/server/morphology';

/**
 * Entities of Polish local news, read with the dictionary the server loads: the classes the
 * reading of tests/fixtures/unseen found (a person swallowed by an institution, a function's
 * place taken for a person, a pronoun for a town, base forms left in their case). Sentences
 * written here.
 */

const morphology = loadMorphology('pl');
const entities = (text: string) => extractFacts(text, { language: 'pl', morphology }).entities;
const named = (list: readonly ExtractedEntity[], name: string) =>
	list.find((entity) => entity.name === name);
const names = (list: readonly ExtractedEntity[]) => list.map((entity) => entity.name);

describe('an institution with its seat, then a person', () => {
	it('ends the institution at its seat and the person is one of their own', () => {
		const found = entities(
			'Prezes oddziału Związku Nauczycielstwa Polskiego (ZNP) w Wołominie Barbara Lis uważa, że gmina ma pieniądze. - Nikt nas nie pytał - mówi Lis.'
		);
		expect(named(found, 'Związek Nauczycielstwa Polskiego w Wołominie')).toMatchObject({
			category: 'organisation'
		});
		expect(named(found, 'Barbara Lis')).toMatchObject({ category: 'person' });
		expect(names(found).some((name) => name.includes('Wołominie Barbara'))).toBe(false);
	});

	it('takes an institution named by two common nouns for an organisation after a title', () => {
		const found = entities(
			'Rzecznik Kuratorium Oświaty w Gdańsku Ewa Nowak powiedziała, że urzędnicy sprawdzą uchwałę.'
		);
		expect(named(found, 'Kuratorium Oświaty w Gdańsku')).toMatchObject({
			category: 'organisation'
		});
		expect(named(found, 'Ewa Nowak')).toMatchObject({ category: 'person' });
	});

	it('takes a regional office with capitals for an organisation, not a place', () => {
		const found = entities(
			'Poszukiwacze mieli pozwolenie wydane przez Mazowieckiego Wojewódzkiego Konserwatora Zabytków.'
		);
		expect(named(found, 'Mazowiecki Wojewódzki Konserwator Zabytków')).toMatchObject({
			category: 'organisation'
		});
	});

	it("keeps a school's patron in the school's name, no person of its own", () => {
		const found = entities(
			'Od września dzieci będą dojeżdżać do Zespołu Szkół im. Władysława Reymonta w Tarnowie.'
		);
		expect(named(found, 'Zespół Szkół im. Władysława Reymonta w Tarnowie')).toMatchObject({
			category: 'organisation'
		});
		expect(named(found, 'Władysław Reymont')).toBeUndefined();
	});
});

describe('a place that is no person', () => {
	it('reads a function and a town in the genitive as the town, not a person', () => {
		const found = entities(
			'Wystawę otworzy muzeum. Burmistrz Ostródy Adam Lis liczy na turystów. Burmistrz Kętrzyna nie przyszedł.'
		);
		expect(named(found, 'Ostróda')).toMatchObject({ category: 'place' });
		expect(named(found, 'Kętrzyn')).toMatchObject({ category: 'place' });
		expect(named(found, 'Adam Lis')).toMatchObject({ category: 'person' });
	});

	it("reads a mayor's town in an adjective's form as the town when her name follows", () => {
		const found = entities(
			'Umowę podpisała burmistrz Giżycka dr Katarzyna Lewandowska. Miasto Giżycko zapłaci 5 mln zł.'
		);
		expect(named(found, 'Giżycko')).toMatchObject({ category: 'place' });
		expect(names(found)).not.toContain('Giżycka');
		expect(named(found, 'Katarzyna Lewandowska')).toMatchObject({ category: 'person' });
	});

	it('takes a common word opening a sentence for no party, and the agency told for no one', () => {
		const found = entities(
			'- Razem będziemy silniejsi - powiedział burmistrz PAP. Jan Kowal dodał, że przyszło 40 osób.'
		);
		expect(names(found)).toEqual(['Jan Kowal']);
		const party = entities(
			'Radni partii Razem zebrali 40 podpisów. Razem z nimi głosował Jan Kowal.'
		);
		expect(names(party)).toContain('Razem');
	});

	it('takes no adjective opening a sentence before a lowercase noun for a name', () => {
		const found = entities(
			'Nowa ciepłownia będzie miała dwa kotły. Stary budynek kotłowni rozebrano. Wyjazd do Nowej Soli zaplanował Jan Lis.'
		);
		expect(names(found)).not.toContain('Nowa');
		expect(names(found)).not.toContain('Stary');
		expect(found.find((entity) => entity.aliases.includes('Nowej Soli'))).toMatchObject({
			category: 'place'
		});
	});

	it('keeps a title before a surname a person', () => {
		const found = entities('Ustawę poparła minister Nowackiej. Mówił o tym prezydent Nawrocki.');
		expect(named(found, 'Nawrocki')).toMatchObject({ category: 'person' });
		expect(names(found)).not.toContain('Nowacki');
	});

	it("gives a country's alias that is a person's surname to the person", () => {
		const found = entities(
			'Na zebraniu głos zabrała Barbara Czech z rady rodziców. - Szkoła musi zostać - mówi Czech.'
		);
		expect(named(found, 'Barbara Czech')).toMatchObject({ category: 'person' });
		expect(named(found, 'Czechy')).toBeUndefined();
	});

	it('takes no pronoun opening a sentence for a town', () => {
		expect(() =>
			entities('- Tych pieniędzy nie ma w budżecie - mówi radny. Tych samych słów użył rok temu.')
		).toThrow(/no facts/u);
	});
});

describe("a Polish place's base form", () => {
	it('reads villages and towns declined in the locative back to the nominative', () => {
		const found = entities(
			'Leśnicy spotkają się z mieszkańcami w Rytlu. Pożar wybuchł w Sękocinie Starym, a potem w Nowej Wsi i w Starym Sączu.'
		);
		expect(names(found)).toEqual(
			expect.arrayContaining(['Rytel', 'Sękocin Stary', 'Nowa Wieś', 'Stary Sącz'])
		);
	});

	it('reads a river after "nad" and a region in the genitive back to the nominative', () => {
		const found = entities('Wsie nad Rabą zostaną bez autobusów. Monety pochodzą z Saksonii.');
		expect(named(found, 'Raba')).toMatchObject({ category: 'place', kind: 'river' });
		expect(named(found, 'Saksonia')).toMatchObject({ category: 'place' });
	});

	it('reads a town of two hyphened names back to its base, and a brotherhood as a body', () => {
		const found = entities(
			'Zamek w Golubiu-Dobrzyniu odwiedziło 40 tys. osób. Członkowie Bractwa Rycerskiego Ziemi Golubskiej pracowali 30 dni. W Kędzierzynie-Koźlu mieszka 58 tys. osób.'
		);
		expect(named(found, 'Golub-Dobrzyń')).toMatchObject({ category: 'place' });
		expect(named(found, 'Kędzierzyn-Koźle')).toMatchObject({ category: 'place' });
		expect(named(found, 'Bractwo Rycerskie Ziemi Golubskiej')).toMatchObject({
			category: 'organisation'
		});
	});

	it('keeps a plural place plural', () => {
		const found = entities(
			'W Borach Dolnośląskich ubyło drzew. Szkodnik zaatakował Bory Tucholskie.'
		);
		expect(names(found)).toEqual(expect.arrayContaining(['Bory Dolnośląskie', 'Bory Tucholskie']));
	});

	it('prefers the town in "-ów" and reads feminine adjectives alone', () => {
		const found = entities('Szkoła w Brzozowie zostanie zamknięta. Most w Białej Podlaskiej stoi.');
		expect(names(found)).toEqual(expect.arrayContaining(['Brzozów', 'Biała Podlaska']));
	});

	it("keeps a woman's double-barrelled surname in the nominative", () => {
		const found = entities(
			'Przekonuje prof. Anna Kowalska-Nurek z uczelni w Toruniu. Zdaniem Kowalskiej-Nurek to błąd.'
		);
		expect(named(found, 'Anna Kowalska-Nurek')).toMatchObject({ category: 'person' });
	});
});

describe('English names of places, events and ships', () => {
	const english = (text: string) =>
		extractFacts(text, { language: 'en', morphology: loadMorphology('en') }).entities;

	it('finds a lone name where English puts a place, unless someone works there', () => {
		const found = english(
			'The quay at Felling will cost £12m. Trade moves between Whitby and Redcar, and ships compete on the Wear and the Blyth. An analyst at Numis said profits rose 4%.'
		);
		for (const place of ['Felling', 'Whitby', 'Redcar', 'Wear', 'Blyth'])
			expect(named(found, place), place).toMatchObject({ category: 'place' });
		expect(named(found, 'Numis')?.category).not.toBe('place');
	});

	it('joins "the X" to the river the article named in full', () => {
		const found = english(
			'The firm polluted the River Avon 300 times. The fine will be spent on the Avon.'
		);
		expect(named(found, 'River Avon')).toMatchObject({ aliases: expect.arrayContaining(['Avon']) });
		expect(named(found, 'Avon')).toBeUndefined();
	});

	it('takes no storm, ship or unit for a person or an organisation', () => {
		const found = english(
			'Crews worked through Storm Agnes in March. The RV Prince Madog replaces the Celtic Voyager, built in 2001. The sea was 1.4C warmer.'
		);
		expect(found.filter((entity) => entity.category === 'person')).toEqual([]);
		expect(names(found)).not.toContain('RV');
		expect(names(found)).not.toContain('C');
	});

	it('takes no holiday, agency told, reference or pollutant for an entity', () => {
		const found = english(
			'Hebden Bridge was flooded on Boxing Day 2015. The council told Reuters that PM10 levels rose, quoting reference 26/1187/FUL.'
		);
		expect(names(found)).toEqual(['Hebden Bridge']);
	});

	it('keeps a person whose surname is a grant, and a county before its council', () => {
		const found = english(
			'The manager, Mrs Eilidh Grant, said 40 flights left. Plans by Shropshire Council would raise £1.4m, said Sarah Grant.'
		);
		expect(names(found)).toEqual(['Eilidh Grant', 'Shropshire Council', 'Sarah Grant']);
	});

	it("takes a plural opening a sentence for no body though a body's name holds it", () => {
		const found = english(
			'Insurers have paid out more than £5m, according to the Association of British Insurers (ABI). Mr Tom Jones said 40 cars were found. Jones added that 12 men were held.'
		);
		expect(names(found)).toEqual(['Association of British Insurers', 'Tom Jones']);
	});

	it('joins two areas before a council or a police force into one body', () => {
		const found = english(
			'The plan, lodged with Westmorland and Furness Council on Monday, was backed by Avon and Somerset Police.'
		);
		expect(names(found)).toEqual(['Westmorland and Furness Council', 'Avon and Somerset Police']);
		expect(found.every((entity) => entity.category === 'organisation')).toBe(true);
	});

	it("takes a saint's or a king's marina and pier for places", () => {
		const found = english(
			"Residents of St Mary's Marina complained about noise. The ship will be open at King's Pier from 10am on 3 May."
		);
		expect(named(found, "St Mary's Marina")).toMatchObject({ category: 'place' });
		expect(named(found, "King's Pier")).toMatchObject({ category: 'place' });
	});

	it('keeps the lowercase kind of a local court or council in its name', () => {
		const found = english(
			'He was jailed at Leeds crown court and fined by Kirklees council, 12 May.'
		);
		expect(named(found, 'Kirklees council')).toMatchObject({ category: 'organisation' });
	});
});

describe('English names without a given name, and the words around them', () => {
	const english = (text: string) =>
		extractFacts(text, { language: 'en', morphology: loadMorphology('en') }).entities;

	it("types a building's, a site's or a body's name by its last word, not as a person", () => {
		const found = english(
			'Visitors to Brecon Otter Zoo and Llanthony Priory rose. The vote at Hay Parish Hall was chaired by the Hay Market Rooms trust, and birds from the Near East came to Brecon Otter Zoo.'
		);
		expect(named(found, 'Brecon Otter Zoo')).toMatchObject({ category: 'organisation' });
		expect(named(found, 'Llanthony Priory')).toMatchObject({ category: 'place' });
		expect(named(found, 'Hay Parish Hall')).toMatchObject({ category: 'place' });
		expect(named(found, 'Near East')).toMatchObject({ category: 'place' });
		expect(found.filter((entity) => entity.category === 'person')).toEqual([]);
	});

	it('keeps a number or an adjective opening a sentence out of the name after it', () => {
		const found = english(
			'Three Bengal tiger cubs were born in May. Endangered Bengal tigers live in India, and Bengal tiger numbers are falling, said Dr Anna Price.'
		);
		expect(names(found).filter((name) => name.includes('Bengal'))).toEqual([]);
		expect(named(found, 'Anna Price')).toMatchObject({ category: 'person' });
	});

	it('goes on through "of" and "and" to a body\'s tail', () => {
		const found = english(
			'Brecon Chamber of Trade objected. Orkney and Shetland Ferries Ltd said the Brecon Chamber of Trade was wrong.'
		);
		expect(named(found, 'Brecon Chamber of Trade')).toMatchObject({ category: 'organisation' });
		expect(named(found, 'Orkney and Shetland Ferries Ltd')).toMatchObject({
			category: 'organisation'
		});
		expect(names(found)).not.toContain('Orkney');
	});

	it("takes a continent for a continent and a nation's government for a body", () => {
		const found = english(
			'Half the money came from the Welsh government. Cranes fly from Africa to Europe, the Welsh government said.'
		);
		expect(named(found, 'Welsh government')).toMatchObject({ category: 'organisation' });
		expect(named(found, 'Europe')).toMatchObject({ kind: 'continent' });
	});

	it('keeps a zoo named after a city whole', () => {
		const found = english('The bear came from Riga Zoo in Latvia last year.');
		expect(named(found, 'Riga Zoo')).toMatchObject({ category: 'organisation' });
	});
});

describe('the short forms readers use for a school and a double surname', () => {
	it('gives a school without its patron and a woman by either part of her surname', () => {
		const found = entities(
			'Dzieci będą dojeżdżać do Zespołu Szkół im. Jana Kochanowskiego w Nysie od 1 września. Przekonuje prof. Anna Kowalska-Nurek z uczelni w Toruniu.'
		);
		expect(named(found, 'Zespół Szkół im. Jana Kochanowskiego w Nysie')?.aliases).toEqual(
			expect.arrayContaining(['Zespół Szkół', 'Zespół Szkół w Nysie'])
		);
		expect(named(found, 'Anna Kowalska-Nurek')?.aliases).toEqual(
			expect.arrayContaining(['Kowalska', 'Nurek'])
		);
	});
});

describe('lakes, forests and houses of culture named by a noun and an adjective', () => {
	it('reads a lake and a forest in the genitive as places in their base form', () => {
		const found = entities(
			'Leśnicy: Puszcza Rzeczna to nie tartak. Nadleśnictwo chce wyciąć 30 ha lasów wokół jeziora Tałty i Jeziora Ryńskiego. Anna Lis od 10 lat bada Puszczę Rzeczną.'
		);
		expect(named(found, 'Jezioro Ryńskie')).toMatchObject({ category: 'place', kind: 'lake' });
		expect(named(found, 'Jezioro Ryńskie')?.aliases).toContain('Ryńskie');
		expect(named(found, 'Tałty')).toMatchObject({ category: 'place', kind: 'lake' });
		expect(named(found, 'Puszcza Rzeczna')).toMatchObject({ category: 'place', kind: 'forest' });
		expect(found.filter((entity) => entity.category === 'organisation')).toEqual([]);
	});

	it('agrees the adjective before a house of culture with its noun', () => {
		const found = entities(
			'Spotkanie odbędzie się 5 maja o godz. 17 w Piskim Domu Kultury przy ul. Długiej.'
		);
		expect(named(found, 'Piski Dom Kultury')).toMatchObject({ category: 'organisation' });
	});
});

describe('companies named by a plural noun and a town, or after a generic word', () => {
	it('keeps the plural of a registered company and drops the generic word before it', () => {
		const found = entities(
			'Spółka Okna Kalisz SA, należąca do grupy Nordfen, zwolni 30 osób. Prezes zarządu Okien Kalisz Jan Nowak mówi, że zamówienia spadły.'
		);
		expect(named(found, 'Okna Kalisz')).toMatchObject({ category: 'organisation' });
		expect(names(found).some((name) => /^(?:Spółka|Okno )/u.test(name))).toBe(false);
	});

	it('reads a company after "spółka" whole, the region in its name included', () => {
		const found = entities(
			'Dach postawi za 5 mln zł gdańska spółka Budomex Pomorze. Prezes Jan Nowak jest zadowolony.'
		);
		expect(named(found, 'Budomex Pomorze')).toMatchObject({ category: 'organisation' });
		expect(named(found, 'Pomorze')).toBeUndefined();
	});

	it('keeps the region in that company named again in another case, no place', () => {
		const found = entities(
			'Dach postawi za 5 mln zł gdańska spółka Budomex Pomorze. Prezes Budomexu Pomorze Jan Nowak jest zadowolony.'
		);
		expect(named(found, 'Budomex Pomorze')?.mentions).toHaveLength(2);
		expect(named(found, 'Budomex Pomorze')?.aliases).toContain('Budomex');
		expect(named(found, 'Pomorze')).toBeUndefined();
		expect(named(found, 'Jan Nowak')).toMatchObject({ category: 'person' });
	});

	it('takes no acronym of an office for the common noun it spells', () => {
		const found = entities('Dyrektor PUP w Ełku Anna Lis mówi, że urząd pomoże 40 osobom.');
		expect(named(found, 'PUP w Ełku')).toMatchObject({ category: 'organisation' });
	});
});

describe('regions, gminy and council clubs', () => {
	it('reads regions as regions, in their base form', () => {
		const found = entities(
			'Zamówienia od odbiorców z Niemiec i Skandynawii spadły o 30 proc., a bezrobocie w Wielkopolsce rośnie. Na budowie pracuje 70 osób, w tym 25 z Kaszub.'
		);
		for (const name of ['Skandynawia', 'Wielkopolska', 'Kaszuby'])
			expect(named(found, name)).toMatchObject({ category: 'place', kind: 'region' });
	});

	it('reads the names after "gmin" as gminy', () => {
		const found = entities('Do pracy dojeżdża 120 osób z gmin Bielice i Kruklanki.');
		expect(named(found, 'Bielice')).toMatchObject({ category: 'place', kind: 'gmina' });
		expect(named(found, 'Kruklanki')).toMatchObject({ category: 'place', kind: 'gmina' });
	});

	it('reads a council club named with "dla" as one name, not as the party', () => {
		const found = entities(
			'Radny Jan Nowak z klubu Razem dla Ełku przypomniał, że w 2023 r. budowa kosztowała 5 mln zł.'
		);
		expect(named(found, 'Razem dla Ełku')).toMatchObject({ category: 'organisation' });
		expect(named(found, 'Razem')).toBeUndefined();
	});
});

describe('the agency of a byline', () => {
	it('is no entity of the article, with its service or asked a question', () => {
		const found = entities(
			'Urząd Miasta w Ełku nie odpowiedział na pytanie PAP o 4 mln zł. Burmistrz Jan Nowak milczy.\n\n(PAP Biznes)'
		);
		expect(names(found).some((name) => /PAP|Agencja|Biznes/u.test(name))).toBe(false);
	});
});

describe('Polish bodies and villages in their base forms (unseen6 classes, other words)', () => {
	const found = (text: string) =>
		Object.fromEntries(entities(text).map((entity) => [entity.name, entity]));

	it('"Koło Gospodyń Wiejskich" keeps "Koło"; a national system is an organisation', () => {
		const names = found(
			'Salę wynajmie Koło Gospodyń Wiejskich z Babiaka. Jednostka należy do Krajowego Systemu Ratowniczo-Gaśniczego od 2001 r.'
		);
		expect(names['Koło Gospodyń Wiejskich']).toMatchObject({ category: 'organisation' });
		expect(names['Krajowy System Ratowniczo-Gaśniczy']).toMatchObject({
			category: 'organisation'
		});
		expect(Object.keys(names).join(' ')).not.toMatch(/Kolej|Krajowego/u);
	});

	it('a ministry named after fields listed with commas is one name', () => {
		const names = found(
			'Dotację przyznało Ministerstwo Kultury, Dziedzictwa Narodowego i Sportu. Pieniądze dały Gdańsk, Sopot i Gdynia.'
		);
		expect(names['Ministerstwo Kultury, Dziedzictwa Narodowego i Sportu']).toBeDefined();
		expect(names['Sopot']).toMatchObject({ category: 'place' });
		expect(Object.keys(names)).not.toContain('Dziedzictwo Narodowe');
	});

	it('a village named by a feminine adjective goes back to "-a"', () => {
		const names = found('Autobus dowozi dzieci z Suchej, Łęgu i Dolnej do wsi Zielonej.');
		expect(Object.keys(names)).toEqual(
			expect.arrayContaining(['Sucha', 'Łęg', 'Dolna', 'Zielona'])
		);
		expect(Object.keys(names).join(' ')).not.toMatch(/ej\b/u);
	});

	it('the town officer named after "miasta" is a person, not a town', () => {
		const names = found('Skarbnik miasta Paweł Gajda przyznaje, że to dużo. Gajda liczy koszty.');
		expect(names['Paweł Gajda']).toMatchObject({ category: 'person' });
		expect(names['Paweł Gajda']?.aliases).not.toContain('miasto Paweł Gajda');
	});
});

describe('Polish villages, streets and bodies (unseen7 classes, other words)', () => {
	const found = (text: string) =>
		Object.fromEntries(entities(text).map((entity) => [entity.name, entity]));

	it('a plural village met in "-ach", "-ami" and its bare genitive is one place, in "-y/-i/-e"', () => {
		const names = found(
			'Dzieci z Bucz jeżdżą daleko. W Buczach mieszka 300 osób, a droga z Buczami jest zła. W Rudnicach też.'
		);
		expect(names['Rudnice']).toMatchObject({ category: 'place' });
		const bucz = Object.values(names).filter((entity) => /^Bucz/u.test(entity.name));
		expect(bucz.map((entity) => entity.name)).toEqual(['Bucze']);
		expect(names['Bucze']?.aliases).toEqual(expect.arrayContaining(['Buczach', 'Bucz']));
	});

	it('a street named after a titled patron keeps the capitalised title and the name', () => {
		const names = found(
			'Przychodnia działa przy ul. Ks. Jana Twardowskiego od maja. Kierownik Anna Sowa jest zadowolona.'
		);
		expect(names['ul. Ks. Jana Twardowskiego']).toMatchObject({ category: 'place' });
		expect(Object.keys(names)).not.toContain('Jan Twardowski');
	});

	it('an adjective with an acronym is the body the article names in full', () => {
		const names = found(
			'Ratownicy Mazurskiego Wodnego Ochotniczego Pogotowia Ratunkowego pracowali. Szef Mazurskiego WOPR Adam Lis ostrzega.'
		);
		expect(names['Mazurskie Wodne Ochotnicze Pogotowie Ratunkowe']?.aliases).toContain(
			'Mazurskiego WOPR'
		);
		expect(names['Adam Lis']).toMatchObject({ category: 'person' });
	});

	it('an ordinal after the head opens a genitive attribute that keeps its case', () => {
		const names = found('Zajęcia prowadzi Ełcki Uniwersytet Trzeciego Wieku w auli.');
		expect(names['Ełcki Uniwersytet Trzeciego Wieku']).toMatchObject({
			category: 'organisation'
		});
	});

	it('a commune officer named after "gminy" is a person', () => {
		const names = found('Sekretarz gminy Marta Kos liczy koszty. Kos jest ostrożna.');
		expect(names['Marta Kos']).toMatchObject({ category: 'person' });
	});
});

describe('English towns, estates, terms and bodies (unseen7 classes, other words)', () => {
	const english = loadMorphology('en');
	const found = (text: string) =>
		Object.fromEntries(
			extractFacts(text, { language: 'en', morphology: english }).entities.map((entity) => [
				entity.name,
				entity
			])
		);

	it("splits a town's possessive from the street it owns, and a town from its amenity", () => {
		const names = found(
			"Pavements on Ludlow's Broad Street will be widened. Ludlow's only pool shut. The exhibition is at Ludlow Library. Residents of St Mary's Marina met at King's Pier."
		);
		expect(names['Ludlow']).toMatchObject({ category: 'place' });
		expect(names['Broad Street']).toMatchObject({ category: 'place' });
		expect(names['Ludlow Library']).toMatchObject({ category: 'organisation' });
		expect(names["St Mary's Marina"]).toMatchObject({ category: 'place' });
		expect(names["King's Pier"]).toMatchObject({ category: 'place' });
		expect(Object.keys(names)).not.toContain("Ludlow's Broad Street");
	});

	it('keeps a plural possessive inside a body’s name', () => {
		const names = found("The Ludlow Traders' Association surveyed its 96 members.");
		expect(names["Ludlow Traders' Association"]).toMatchObject({ category: 'organisation' });
	});

	it('a housing estate with no given name is a place, not a person', () => {
		const names = found(
			'The builder is paying for its Abbey Fields estate, where 900 homes are going up. Many pupils live in Abbey Fields, she said. Mr Tom Parker agreed.'
		);
		expect(names['Abbey Fields']).toMatchObject({ category: 'place' });
		expect(names['Tom Parker']).toMatchObject({ category: 'person' });
	});

	it('an acronym spelled out in lowercase words is a term, no organisation; days are no places', () => {
		const names = found(
			'Engineers found high alumina cement (HAC) in the roof. HAC was banned. The Royal Voluntary Service (RVS) helped on Sundays. The RVS said so.'
		);
		expect(Object.keys(names)).not.toContain('HAC');
		expect(Object.keys(names)).not.toContain('Sundays');
		expect(names['Royal Voluntary Service']?.aliases).toContain('RVS');
	});
});

describe('an English role opening a sentence before a name (unseen8 class, other words)', () => {
	it('is no part of the firm’s or the person’s name', () => {
		const found = Object.fromEntries(
			extractFacts(
				'Contractor Brindle Groundworks Ltd moved 4,000 tonnes of clay. Developer Harrow Homes paid £2m. Operator Westlink said the route would reopen.',
				{ language: 'en', morphology: loadMorphology('en') }
			).entities.map((entity) => [entity.name, entity])
		);
		expect(found['Brindle Groundworks Ltd']).toMatchObject({ category: 'organisation' });
		expect(found['Harrow Homes']).toMatchObject({ category: 'organisation' });
		expect(Object.keys(found).join(' ')).not.toMatch(/Contractor|Developer|Operator/u);
	});
});
