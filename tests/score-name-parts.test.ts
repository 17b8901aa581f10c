import { describe, expect, it } from 'vitest';
import type { EntityType } from '../src/lib/quiz/content';
import { scoreEntityAnswer } from '../src/lib/quiz/score/entity';
import { loadMorphology } from '../src/lib/server/morphology';
import { makeEntity, makeEntityFact } from '../src/lib/testing/score-facts';
import { growthOf, linearGrowthLimit } from '../src/lib/testing/growth';
import { MAX_ANSWER_LENGTH } from '../src/lib/quiz/score/result';

/**
 * Names typed as readers shorten them: part of an institution's name, its common-noun form,
 * a place without its qualifier, a town the dictionary declines irregularly. Each is
 * credited only when no other entity of the module shares it, and a word the name lacks
 * (another compass point, another ministry) makes another name.
 */

loadMorphology('pl');
loadMorphology('en');

const entity = (id: string, name: string, type: EntityType, aliases: string[] = []) =>
	makeEntity({ id, name, type, aliases });

function scorer(entities: ReturnType<typeof entity>[], language: 'pl' | 'en') {
	return (id: string, answer: string) =>
		scoreEntityAnswer(makeEntityFact({ value: id }), entities, answer, language).credit;
}

describe('Polish institutions by part of their name', () => {
	const credit = scorer(
		[
			entity('ministerstwo', 'Ministerstwo Rolnictwa i Rozwoju Wsi', 'organisation'),
			entity('osp', 'Ochotnicza Straż Pożarna w Gorzycach', 'organisation', ['OSP']),
			entity('izba', 'Podkarpacka Izba Gospodarcza', 'organisation'),
			entity('stowarzyszenie', 'Stowarzyszenie Rodzin Zastępczych "Przystań"', 'organisation'),
			entity('kpp', 'Komenda Powiatowa Policji w Oleśnicy', 'organisation'),
			entity('sad', 'Sąd Okręgowy w Kaliszu', 'organisation'),
			entity('kalisz', 'Kalisz', 'city', ['Kaliszu']),
			entity('olesnica', 'Oleśnica', 'city', ['Oleśnicy']),
			entity('nowicka', 'Ewa Nowicka', 'person')
		],
		'pl'
	);

	it.each([
		['ministerstwo', 'Ministerstwo Rolnictwa'],
		['ministerstwo', 'ministerstwa rolnictwa'],
		['osp', 'straż pożarna'],
		['osp', 'Ochotnicza Straż Pożarna'],
		['izba', 'izba gospodarcza'],
		['izba', 'Izby Gospodarczej'],
		['stowarzyszenie', 'stowarzyszenie rodzin zastępczych'],
		['kpp', 'Komenda Powiatowa Policji'],
		['kpp', 'komenda policji w Oleśnicy'],
		['sad', 'Sąd Okręgowy'],
		['sad', 'sąd w Kaliszu']
	])('%s: %j is credited', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});

	it.each([
		['ministerstwo', 'Ministerstwo Rolnictwa i Sportu'],
		['ministerstwo', 'ministerstwo'],
		['osp', 'straż miejska'],
		['izba', 'Izba Skarbowa'],
		['kpp', 'Komenda Wojewódzka Policji'],
		['sad', 'Sąd Rejonowy'],
		['sad', 'Kalisz'],
		['kpp', 'Oleśnica']
	])('%s: %j is refused', (id, answer) => {
		expect(credit(id, answer)).toBe(0);
	});
});

describe('a part two institutions of the module share names neither', () => {
	const credit = scorer(
		[
			entity('policja', 'Komenda Powiatowa Policji w Sanoku', 'organisation'),
			entity('psp', 'Komenda Powiatowa Państwowej Straży Pożarnej w Sanoku', 'organisation')
		],
		'pl'
	);

	it('refuses the words both names have', () => {
		expect(credit('policja', 'Komenda Powiatowa')).toBe(0);
		expect(credit('psp', 'komenda w Sanoku')).toBe(0);
	});

	it('credits the words that tell them apart', () => {
		expect(credit('psp', 'Państwowa Straż Pożarna')).toBe(1);
		expect(credit('policja', 'Komenda Policji')).toBe(1);
	});
});

describe('English organisations by the words a reader keeps', () => {
	const credit = scorer(
		[
			entity('severn', 'Severn Trent Water', 'organisation'),
			entity('harbrook', 'Harbrook Energy', 'organisation'),
			entity('dunmore', 'University of Dunmore', 'organisation'),
			entity('transport', 'Department of Transport and Infrastructure', 'organisation'),
			entity('trust', 'Royal Berkshire Hospitals NHS Foundation Trust', 'organisation'),
			entity('institute', 'Hartley Institute for Marine Research', 'organisation'),
			entity('luke', "St Luke's Hospital", 'organisation'),
			entity('reading', 'Reading', 'city'),
			entity('hughes', 'Owen Hughes', 'person')
		],
		'en'
	);

	it.each([
		['severn', 'Severn Trent'],
		['harbrook', 'Harbrook'],
		['dunmore', 'Dunmore'],
		['dunmore', 'Dunmore University'],
		['transport', 'the Department of Transport'],
		// The module's one department, by its kind as readers of the article call it.
		['transport', 'the department'],
		['trust', 'Royal Berkshire Hospitals NHS Trust'],
		['trust', 'the Royal Berkshire trust'],
		['institute', 'Hartley Institute'],
		['luke', "Saint Luke's Hospital"],
		['luke', "St Luke's"],
		['luke', 'St Lukes Hospital']
	])('%s: %j is credited', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});

	it.each([
		['harbrook', 'Energy'],
		['transport', 'Department of Health'],
		['dunmore', 'University'],
		['trust', 'NHS'],
		['institute', 'Hartley Institute for Space Research'],
		['luke', "St Mary's Hospital"],
		['hughes', 'Owen']
	])('%s: %j is refused', (id, answer) => {
		expect(credit(id, answer)).toBe(0);
	});
});

describe('places by their short form, and compass words that make another place', () => {
	const polish = scorer(
		[
			entity('kamionka', 'Kamionka Wielka', 'place'),
			entity('brzozow', 'Brzozów', 'city'),
			entity('inowroclaw', 'Inowrocław', 'city')
		],
		'pl'
	);
	const english = scorer(
		[
			entity('midlands', 'West Midlands', 'place', ['Midlands']),
			entity('sussex', 'East Sussex', 'place')
		],
		'en'
	);

	it.each([
		['kamionka', 'Kamionka'],
		['kamionka', 'w Kamionce Wielkiej'],
		['inowroclaw', 'Inowrocławia'],
		['inowroclaw', 'w Inowrocławiu']
	])('%s: %j is credited', (id, answer) => {
		expect(polish(id, answer)).toBe(1);
	});

	it.each([
		['kamionka', 'Kamionka Mała'],
		['kamionka', 'Wielka']
	])('%s: %j is refused', (id, answer) => {
		expect(polish(id, answer)).toBe(0);
	});

	it('credits the county without its compass word, and refuses another compass word', () => {
		expect(english('sussex', 'Sussex')).toBe(1);
		expect(english('sussex', 'West Sussex')).toBe(0);
		expect(english('midlands', 'East Midlands')).toBe(0);
		expect(english('midlands', 'the Midlands')).toBe(1);
	});
});

describe('towns named by an adjective and a noun decline both', () => {
	const credit = scorer(
		[entity('czerwonygrod', 'Czerwonystok', 'city'), entity('wrong-base', 'Białymbrzegu', 'city')],
		'pl'
	);

	it.each([
		['czerwonygrod', 'Czerwonegostoku'],
		['czerwonygrod', 'w Czerwonymstoku'],
		['wrong-base', 'Białybrzeg'],
		['wrong-base', 'Białegobrzegu']
	])('%s: %j is credited', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});

	it('refuses another noun after the same adjective', () => {
		expect(credit('czerwonygrod', 'Czerwonybór')).toBe(0);
	});
});

describe('acronyms of well-known institutions and their full names', () => {
	const polish = scorer(
		[
			entity('zus', 'Zakład Ubezpieczeń Społecznych', 'organisation'),
			entity('nfz', 'NFZ', 'organisation'),
			entity('psp', 'Komenda Powiatowa Państwowej Straży Pożarnej w Sanoku', 'organisation'),
			entity('mops', 'Miejski Ośrodek Pomocy Społecznej w Radomiu', 'organisation'),
			entity('ztm', 'ZTM', 'organisation', ['Zarząd Transportu Miejskiego'])
		],
		'pl'
	);
	const english = scorer(
		[
			entity('ons', 'Office for National Statistics', 'organisation'),
			entity('hmrc', 'HMRC', 'organisation'),
			entity('cps', 'Crown Prosecution Service', 'organisation')
		],
		'en'
	);

	it.each([
		['zus', 'ZUS'],
		['nfz', 'Narodowy Fundusz Zdrowia'],
		['nfz', 'Narodowego Funduszu Zdrowia'],
		['psp', 'PSP'],
		['mops', 'MOPS'],
		['ztm', 'Zarządu Transportu Miejskiego']
	])('%s: %j is credited', (id, answer) => {
		expect(polish(id, answer)).toBe(1);
	});

	it.each([
		['ons', 'ONS'],
		['ons', 'the ONS'],
		['hmrc', 'HM Revenue and Customs'],
		['cps', 'the CPS']
	])('%s: %j is credited', (id, answer) => {
		expect(english(id, answer)).toBe(1);
	});

	it.each([
		['zus', 'KRUS', 'pl'],
		['zus', 'NIK', 'pl'],
		['nfz', 'Narodowy Bank Polski', 'pl'],
		['cps', 'SFO', 'en'],
		['ons', 'OBR', 'en']
	] as const)('%s: %j names another institution', (id, answer, language) => {
		expect(language === 'pl' ? polish(id, answer) : english(id, answer)).toBe(0);
	});
});

describe('a surname of the -ski/-cki kind keeps its ending when mistyped', () => {
	const credit = scorer([entity('trzebnicki', 'Paweł Trzebnicki', 'person')], 'pl');

	it.each(['Trzebnicki', 'Trzebnickiego', 'Trzebnicky', 'Trzebnidcki'])(
		'%j is credited',
		(answer) => {
			expect(credit('trzebnicki', answer)).toBe(1);
		}
	);

	it.each(['Trzebnięta', 'Trzebniak', 'Trzebnicka'])('%j is another surname', (answer) => {
		expect(credit('trzebnicki', answer)).toBe(0);
	});

	const woman = scorer([entity('wierzchowska', 'Anna Wierzchowska', 'person')], 'pl');

	it.each(['Wierzchowka', 'Wierzchoska', 'Wierzchowskiej'])(
		'%j, one letter of a long surname left out, is credited',
		(answer) => {
			expect(woman('wierzchowska', answer)).toBe(1);
		}
	);

	it.each(['Wierzchowski', 'Wierzchowiak'])('%j is another surname', (answer) => {
		expect(woman('wierzchowska', answer)).toBe(0);
	});
});

describe('more forms readers write', () => {
	const polish = scorer(
		[
			entity('wzgorza', 'Spółdzielnia Mieszkaniowa „Zielone Wzgórza”', 'organisation'),
			entity('rokita', 'Fabryka Mebli "Rokita"', 'organisation'),
			// Extraction names it without the quotes the article wrote; its other names keep them.
			entity('jantar', 'Spółdzielnia Pracy Złoty Jantar', 'organisation', [
				'Spółdzielni Pracy „Złoty Jantar”'
			]),
			entity('agromex', 'Agro-Mex', 'organisation'),
			entity('pelnomocnik', 'Pełnomocnik Rządu ds. Osób Niepełnosprawnych', 'organisation')
		],
		'pl'
	);
	const english = scorer(
		[
			entity('tyne', 'Tyne Valley', 'place'),
			entity('kent', 'Kent', 'place'),
			entity('das', 'Priya Das', 'person'),
			entity('usa', 'United States', 'country'),
			entity('forest', 'U.S. Forest Service', 'organisation')
		],
		'en'
	);

	it.each([
		['wzgorza', 'Zielone Wzgórza'],
		['wzgorza', 'Zielonych Wzgórz'],
		['rokita', 'Rokita'],
		['jantar', 'Złoty Jantar'],
		['jantar', 'Zloty Jantar'],
		['agromex', 'agromex'],
		['agromex', 'Agro Mex'],
		['pelnomocnik', 'Pełnomocnik Rządu do spraw Osób Niepełnosprawnych']
	])('%s: %j is credited', (id, answer) => {
		expect(polish(id, answer)).toBe(1);
	});

	it.each([
		['tyne', 'the upper Tyne Valley'],
		['das', 'Dr Das'],
		['das', 'Das'],
		['usa', 'US'],
		['usa', 'the U.S.'],
		['forest', 'US Forest Service']
	])('%s: %j is credited', (id, answer) => {
		expect(english(id, answer)).toBe(1);
	});

	it.each([
		['kent', 'East Kent'],
		['tyne', 'North Tyne Valley'],
		['usa', 'us'],
		['das', 'Priya']
	])('%s: %j is refused', (id, answer) => {
		expect(english(id, answer)).toBe(0);
	});
});

describe('an institution whatever type extraction gave it', () => {
	const english = scorer(
		[
			entity('torran', 'Glasgow-based Torran Energy', 'organisation'),
			entity('ardmore', 'Ardmore Grid Electricity Transmission', 'person', ['Transmission']),
			entity('mair', 'Ewan Dunbar', 'person')
		],
		'en'
	);
	const polish = scorer([entity('gora', 'Jan Góra', 'person')], 'pl');

	it.each([
		['torran', 'Torran'],
		['torran', 'Torran Energy'],
		['ardmore', 'Ardmore Grid'],
		['mair', 'Dunbar']
	])('%s: %j is credited', (id, answer) => {
		expect(english(id, answer)).toBe(1);
	});

	it('still reads a person by the surname, never by the given name', () => {
		expect(english('mair', 'Ewan')).toBe(0);
		expect(polish('gora', 'Góra')).toBe(1);
		expect(polish('gora', 'Jan')).toBe(0);
	});
});

describe('a surname in the plural names a family, not the person', () => {
	const credit = scorer(
		[entity('kurc', 'Jerzy Kurc', 'person'), entity('sroka', 'Piotr Sroka', 'person')],
		'pl'
	);

	it.each([
		['kurc', 'Kurca'],
		['kurc', 'Kurcowi'],
		['kurc', 'Kurcem'],
		['kurc', 'Jerzego Kurca'],
		['sroka', 'Sroki'],
		['sroka', 'Sroce'],
		['sroka', 'Sroką']
	])('%s: %j is credited', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});

	it.each([
		['kurc', 'Kurce'],
		['kurc', 'Kurcowie'],
		['kurc', 'Kurców'],
		['sroka', 'Srokowie'],
		['sroka', 'państwo Srokowie']
	])('%s: %j is refused', (id, answer) => {
		expect(credit(id, answer)).toBe(0);
	});
});

describe('an institution with another seat is another institution', () => {
	const credit = scorer(
		[
			entity('sad', 'Sąd Rejonowy w Łęczycy', 'organisation', ['Sąd Rejonowy']),
			entity('firm', 'Baltic Ferries', 'organisation')
		],
		'pl'
	);

	it.each(['Sąd Rejonowy w Łęczycy', 'sąd rejonowy', 'Sądu Rejonowego w Łęczycy'])(
		'%j is credited',
		(answer) => {
			expect(credit('sad', answer)).toBe(1);
		}
	);

	it.each(['Sąd Rejonowy w Kutnie', 'sąd rejonowy we Włocławku'])('%j is refused', (answer) => {
		expect(credit('sad', answer)).toBe(0);
	});
});

describe('a town alone does not name the body that governs it', () => {
	const polish = scorer(
		[
			entity('rada', 'Rada Miasta Krakowa', 'organisation'),
			entity('komisja', 'Komisja Europejska', 'organisation')
		],
		'pl'
	);
	const english = scorer(
		[
			entity('council', 'Leeds City Council', 'organisation'),
			entity('uni', 'Oxford University', 'organisation')
		],
		'en'
	);

	it('refuses the town for its council, and an adjective alone', () => {
		expect(polish('rada', 'Kraków')).toBe(0);
		expect(polish('rada', 'Rada Miasta')).toBe(1);
		expect(polish('komisja', 'Europejska')).toBe(0);
		expect(english('council', 'Leeds')).toBe(0);
		expect(english('council', 'Leeds Council')).toBe(1);
	});

	it('credits the town a university is named after', () => {
		expect(english('uni', 'Oxford')).toBe(1);
	});
});

describe('a country with a compass word is another country without it', () => {
	const credit = scorer([entity('mk', 'Macedonia Północna', 'country')], 'pl');

	it('refuses the name without its compass word', () => {
		expect(credit('mk', 'Macedonia')).toBe(0);
		expect(credit('mk', 'Macedonii Północnej')).toBe(1);
	});
});

describe('British forms of address and courts', () => {
	const credit = scorer(
		[
			entity('helen', 'Helen Marsh', 'person'),
			entity('kevin', 'Kevin Doyle', 'person'),
			entity('court', 'Snaresbrook Crown Court', 'organisation')
		],
		'en'
	);

	it.each([
		['helen', 'Dame Helen'],
		['kevin', 'Sir Kevin'],
		['court', 'Snaresbrook'],
		['court', 'Snaresbrook court']
	])('%s: %j is credited', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});

	it.each([
		['helen', 'Helen'],
		['kevin', 'Sir Helen'],
		['court', 'Crown Court']
	])('%s: %j is refused', (id, answer) => {
		expect(credit(id, answer)).toBe(0);
	});
});

describe('a football club is not its town', () => {
	const credit = scorer([entity('burnley', 'Burnley', 'city')], 'en');

	it('credits the town, refuses its club', () => {
		expect(credit('burnley', 'Burnley')).toBe(1);
		expect(credit('burnley', 'Burnley FC')).toBe(0);
		expect(credit('burnley', 'AFC Burnley')).toBe(0);
	});
});

describe('several hyphenated names in one module', () => {
	const credit = scorer(
		[
			entity('a', 'Agro-Mex', 'organisation'),
			entity('b', 'Bud-Pol', 'organisation'),
			entity('c', 'Trans-Bet', 'organisation')
		],
		'pl'
	);

	it.each([
		['a', 'agromex'],
		['b', 'budpol'],
		['c', 'transbet']
	])('%s: %j is credited', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});
});

describe('reading part of a name stays linear', () => {
	const entities = [
		entity('osp', 'Ochotnicza Straż Pożarna w Gorzycach', 'organisation'),
		entity('kpp', 'Komenda Powiatowa Policji w Oleśnicy', 'organisation'),
		entity('izba', 'Podkarpacka Izba Gospodarcza', 'organisation')
	];

	it('scores answers up to the longest allowed in linear time', () => {
		const answer = (scale: number) =>
			'straż pożarna komenda policji '
				.repeat(MAX_ANSWER_LENGTH / 30)
				.slice(0, (MAX_ANSWER_LENGTH / 8) * scale);
		const score = (text: string) =>
			scoreEntityAnswer(makeEntityFact({ value: 'osp' }), entities, text, 'pl');
		expect(growthOf(answer, score)).toBeLessThan(linearGrowthLimit());
	});
});

describe('a person extraction split into a given name and a surname', () => {
	const credit = scorer(
		[
			entity('isla', 'Isla', 'person'),
			entity('grant', 'Grant', 'person'),
			entity('ross', 'Duncan Ross', 'person')
		],
		'en'
	);

	it('reads the full name as the surname’s person', () => {
		expect(credit('grant', 'Isla Grant')).toBe(1);
		expect(credit('grant', 'Dr Isla Grant')).toBe(1);
	});

	it('still refuses another person with a full name of their own', () => {
		expect(credit('grant', 'Duncan Ross')).toBe(0);
		expect(credit('grant', 'Grant or Duncan Ross')).toBe(0);
		expect(credit('isla', 'Isla Grant')).toBe(0);
	});
});

describe('one town extraction listed twice, in two cases', () => {
	const credit = scorer(
		[
			entity('locative', 'Zielonymborze', 'city'),
			entity('instrumental', 'Zielonymborem', 'city'),
			entity('other', 'Zielonka', 'city')
		],
		'pl'
	);

	it.each(['Zielonybór', 'Zielonegoboru', 'Zielonymborem', 'w Zielonymborze'])(
		'%j names the town',
		(answer) => {
			expect(credit('locative', answer)).toBe(1);
		}
	);

	it('refuses another town', () => {
		expect(credit('locative', 'Zielonka')).toBe(0);
	});
});

describe('acronyms that keep a syllable of a word', () => {
	const credit = scorer(
		[
			entity('pwr', 'Politechnika Wrocławska', 'organisation'),
			entity('awf', 'Akademia Wychowania Fizycznego i Sportu', 'organisation'),
			entity('umed', 'Uniwersytet Medyczny w Lublinie', 'organisation'),
			entity('pw', 'Politechnika Warszawska', 'organisation')
		],
		'pl'
	);

	it.each([
		['pwr', 'PWr'],
		['awf', 'AWFiS'],
		['umed', 'UMed']
	])('%s: %j is credited', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});

	it('refuses one that spells another name', () => {
		expect(credit('pw', 'PWr')).toBe(0);
		expect(credit('umed', 'UMk')).toBe(0);
	});
});

describe('an English place typed as another real name', () => {
	const credit = scorer(
		[entity('brandon', 'Brandon', 'city'), entity('hendon', 'Hendon Moor', 'place')],
		'en'
	);

	it('is never a typo of the place, though it sounds like it', () => {
		expect(credit('brandon', 'Branden')).toBe(0);
		expect(credit('hendon', 'Henden Moor')).toBe(0);
		expect(credit('brandon', 'Brandn')).toBe(1);
	});

	it('still is a surname spelled by ear', () => {
		const person = scorer([entity('sam', 'Sam Brandon', 'person')], 'en');
		expect(person('sam', 'Sam Branden')).toBe(1);
		expect(person('sam', 'Branden')).toBe(1);
	});
});

describe('a place or body named as students name it, never its namesake', () => {
	const polish = scorer(
		[
			entity('zalesie', 'Zalesie', 'place'),
			entity('brzozow', 'Brzozów', 'city', ['Brzozowie']),
			entity('koscierz', 'Kościerz Pomorski', 'city'),
			entity('rudniki', 'Rudniki-Bór', 'place'),
			entity('jezioro', 'Jezioro Brzeskie', 'place'),
			entity('chiny', 'Chiny', 'country'),
			entity('pup', 'PUP', 'organisation')
		],
		'pl'
	);
	const english = scorer(
		[
			entity('chamber', 'Crayford Chamber of Trade', 'organisation'),
			entity('forum', 'Hatton Green Business Forum', 'organisation'),
			entity('crayford', 'Crayford', 'city'),
			entity('hatton', 'Hatton Green', 'place'),
			entity('uni', 'University of Dunmore', 'organisation'),
			entity('council', 'Dunmore Council', 'organisation'),
			entity('dunmore', 'Dunmore', 'city'),
			entity('zoo', 'Marden Valley Zoo', 'organisation'),
			entity('china', 'China', 'country'),
			entity('wales', 'Wales', 'place'),
			entity('abbey', 'Tormouth Abbey', 'place'),
			entity('brenna', 'River Brenna', 'place'),
			entity('stonebrook', 'Stonebrook Systems', 'organisation'),
			entity('vale', 'Tamar Vale Buses', 'organisation'),
			entity('ashgrove', 'Ashgrove Lane', 'place')
		],
		'en'
	);

	it.each([
		['brzozow', 'w Brzozowie'],
		['koscierz', 'Kościerz'],
		['koscierz', 'w Kościerzu'],
		['rudniki', 'Rudniki'],
		['chiny', 'północne Chiny'],
		['chiny', 'północno-wschodnie Chiny'],
		['pup', 'w PUP-ie'],
		['pup', 'PUP-u']
	])('%s: %j is credited', (id, answer) => {
		expect(polish(id, answer)).toBe(1);
	});

	it.each([
		['zalesie', 'Zalesie Górne'],
		['zalesie', 'Zalesie Sandomierskie'],
		['brzozow', 'Brzozów Sandomierski'],
		['jezioro', 'Jezioro']
	])('%s: %j is refused', (id, answer) => {
		expect(polish(id, answer)).toBe(0);
	});

	it.each([
		['chamber', 'Chamber of Trade'],
		['chamber', 'the chamber of trade'],
		['forum', 'the Business Forum'],
		['uni', 'Dunmore University'],
		['council', 'Dunmore County Council'],
		['china', 'north-east China'],
		['china', 'North-east China'],
		['china', 'northern China'],
		['wales', 'northern Wales'],
		['wales', 'north Wales'],
		['abbey', 'Tormouth'],
		['brenna', 'the Brenna'],
		['brenna', 'Brenna'],
		['dunmore', 'Dunmore town'],
		['stonebrook', 'Stonebrook'],
		['vale', 'Tamar Vale'],
		['ashgrove', 'Ashgrove']
	])('English: %s: %j is credited', (id, answer) => {
		expect(english(id, answer)).toBe(1);
	});

	it.each([
		['chamber', 'Chamber'],
		['chamber', 'Trade'],
		['uni', 'Dunmore City University'],
		['zoo', 'Tallinn Zoo'],
		['zoo', 'Zoo'],
		['china', 'North China'],
		['wales', 'North Wales'],
		['dunmore', 'Dunmore Castle'],
		['dunmore', 'Dunmore Green'],
		['stonebrook', 'Stonebrook Homes'],
		['ashgrove', 'Ashgrove Road']
	])('English: %s: %j is refused', (id, answer) => {
		expect(english(id, answer)).toBe(0);
	});

	it('refuses a compass word that, typed in lowercase, names another place', () => {
		const countries = [
			makeEntity({ id: 'ireland', name: 'Ireland', type: 'country' }),
			makeEntity({ id: 'korea', name: 'Korea', type: 'country' })
		];
		const credit = (id: string, answer: string) =>
			scoreEntityAnswer(makeEntityFact({ value: id }), countries, answer, 'en').credit;
		expect(credit('ireland', 'northern ireland')).toBe(0);
		expect(credit('korea', 'north korea')).toBe(0);
		expect(credit('ireland', 'western Ireland')).toBe(1);
	});
});
