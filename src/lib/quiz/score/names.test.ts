import { describe, expect, it } from 'vitest';
import { makeEntity, makeEntityFact, makeEntitySetFact } from '../../testing/score-facts';
import { scoreEntityAnswer, scoreEntitySetAnswer } from './entity';

/**
 * Names as students type them, from real local news: the surname alone, a role before it,
 * another case, no diacritics, a typo, an acronym; and the answers that must stay wrong,
 * another real town or another person.
 */

const polish = [
	makeEntity({ id: 'marek-cebula', name: 'Marek Cebula', type: 'person' }),
	makeEntity({ id: 'karol-nawrocki', name: 'Karol Nawrocki', type: 'person' }),
	makeEntity({ id: 'michail-mirgorodski', name: 'Michaił Mirgorodski', type: 'person' }),
	makeEntity({ id: 'jacek-wojcicki', name: 'Jacek Wójcicki', type: 'person' }),
	makeEntity({ id: 'lublin', name: 'Lublin', type: 'city' }),
	makeEntity({ id: 'gorzow', name: 'Gorzów Wielkopolski', type: 'city' }),
	makeEntity({ id: 'uae', name: 'Zjednoczone Emiraty Arabskie', type: 'country' }),
	makeEntity({ id: 'pis', name: 'Prawo i Sprawiedliwość', type: 'organisation' }),
	makeEntity({ id: 'nfz', name: 'NFZ', type: 'organisation' })
];

const english = [
	makeEntity({ id: 'nuj', name: 'National Union of Journalists', type: 'organisation' }),
	makeEntity({ id: 'bbc', name: 'BBC', type: 'organisation' }),
	makeEntity({ id: 'keir-starmer', name: 'Keir Starmer', type: 'person' }),
	makeEntity({ id: 'rachel-reeves', name: 'Rachel Reeves', type: 'person' }),
	makeEntity({ id: 'leeds', name: 'Leeds', type: 'city' }),
	makeEntity({ id: 'hereford', name: 'Hereford', type: 'city' })
];

function polishCredit(id: string, answer: string): number {
	return scoreEntityAnswer(makeEntityFact({ value: id }), polish, answer, 'pl').credit;
}

function englishCredit(id: string, answer: string): number {
	return scoreEntityAnswer(makeEntityFact({ value: id }), english, answer, 'en').credit;
}

describe('a person named as students name them', () => {
	it.each([
		['marek-cebula', 'Cebula'],
		['marek-cebula', 'cebula'],
		['marek-cebula', 'wojewoda Cebula'],
		['marek-cebula', 'Wojewoda Marek Cebula'],
		['marek-cebula', 'pan Cebula'],
		['marek-cebula', 'Cebuli'],
		['marek-cebula', 'Cebulla'],
		['marek-cebula', 'Marka Cebuli'],
		['karol-nawrocki', 'Nawrocki'],
		['karol-nawrocki', 'Nawrockim'],
		['karol-nawrocki', 'Nawrockiemu'],
		['karol-nawrocki', 'prezydent Nawrocki'],
		['karol-nawrocki', 'Nawrocky'],
		['karol-nawrocki', 'Nawrokci'],
		['michail-mirgorodski', 'Mirgorodski'],
		['michail-mirgorodski', 'Mirgorodskiemu'],
		['michail-mirgorodski', 'Michaiłowi Mirgorodskiemu'],
		['michail-mirgorodski', 'Michail Mirgorodski'],
		['michail-mirgorodski', 'Rosjanin Michaił Mirgorodski'],
		['michail-mirgorodski', 'Mirgorodzki'],
		['jacek-wojcicki', 'Wojcicki'],
		['jacek-wojcicki', 'prezydent Gorzowa Wielkopolskiego Jacek Wójcicki']
	])('%s: %j earns full credit', (id, answer) => {
		expect(polishCredit(id, answer)).toBe(1);
	});

	it.each([
		['keir-starmer', 'Starmer'],
		['keir-starmer', 'Mr Starmer'],
		['keir-starmer', 'Prime Minister Starmer'],
		['keir-starmer', 'Starmr'],
		['keir-starmer', "Starmer's government"],
		['rachel-reeves', 'the chancellor, Reeves']
	])('English: %s: %j earns full credit', (id, answer) => {
		expect(englishCredit(id, answer)).toBe(1);
	});

	it.each([
		['marek-cebula', 'Jan Cebula'],
		['marek-cebula', 'Nawrocki'],
		['karol-nawrocki', 'Andrzej Nawrocki'],
		['karol-nawrocki', 'Cebula'],
		['karol-nawrocki', 'Karol'],
		['michail-mirgorodski', 'Michaił'],
		['keir-starmer', 'Reeves']
	])('%s: %j is another person or no one: 0', (id, answer) => {
		const credit = id === 'keir-starmer' ? englishCredit(id, answer) : polishCredit(id, answer);
		expect(credit).toBe(0);
	});

	it('refuses the surname alone when two people of the module share it', () => {
		const brothers = [
			makeEntity({ id: 'lech', name: 'Lech Kaczyński', type: 'person' }),
			makeEntity({ id: 'jaroslaw', name: 'Jarosław Kaczyński', type: 'person' })
		];
		const fact = makeEntityFact({ value: 'jaroslaw' });
		expect(scoreEntityAnswer(fact, brothers, 'Kaczyński', 'pl').credit).toBe(0);
		expect(scoreEntityAnswer(fact, brothers, 'Jarosław Kaczyński', 'pl').credit).toBe(1);
		expect(scoreEntityAnswer(fact, brothers, 'Lech Kaczyński', 'pl').credit).toBe(0);
	});
});

describe('a place: typos forgiven, never another real place', () => {
	it.each([
		['lublin', 'Lublin'],
		['lublin', 'w Lublinie'],
		['lublin', 'Lublna'],
		['lublin', 'LUBLIN'],
		['gorzow', 'Gorzowie Wielkopolskim'],
		['gorzow', 'Gorzow Wlkp']
	])('%s: %j earns full credit', (id, answer) => {
		expect(polishCredit(id, answer)).toBe(1);
	});

	it.each([
		['lublin', 'Lubin'],
		['lublin', 'w Lubinie'],
		['lublin', 'Lubiń'],
		['lublin', 'Berlin']
	])('%s: %j is another town: 0', (id, answer) => {
		expect(polishCredit(id, answer)).toBe(0);
	});

	it('English: Leeds is not Leek', () => {
		expect(englishCredit('leeds', 'Leeds')).toBe(1);
		expect(englishCredit('leeds', 'Leek')).toBe(0);
	});

	it.each([
		['Herefrod', 1],
		['Hwreford', 1],
		['Herefird', 1],
		['Hertford', 0],
		['Herefond', 0]
	])(
		'English: a letter slipped to a neighbouring key or a vowel is a typo, another letter another town: %j',
		(answer, credit) => {
			expect(englishCredit('hereford', answer)).toBe(credit);
		}
	);
});

describe('acronyms and full names', () => {
	it.each([
		['uae', 'ZEA'],
		['uae', 'zea'],
		['uae', 'Zjednoczone Emiraty Arabskie'],
		['uae', 'Zjednoczonych Emiratów Arabskich'],
		['uae', 'Zjednoczonych Emiratow Arabskich'],
		['pis', 'PiS'],
		['pis', 'PIS'],
		['pis', 'Prawa i Sprawiedliwości'],
		['nfz', 'NFZ'],
		['nfz', 'Narodowy Fundusz Zdrowia'],
		['nfz', 'Narodowego Funduszu Zdrowia']
	])('%s: %j earns full credit', (id, answer) => {
		expect(polishCredit(id, answer)).toBe(1);
	});

	it.each([
		['nuj', 'the NUJ'],
		['nuj', 'NUJ'],
		['nuj', 'National Union of Journalists'],
		['nuj', 'the national union of journalists'],
		['bbc', 'BBC'],
		['bbc', 'the British Broadcasting Corporation']
	])('English: %s: %j earns full credit', (id, answer) => {
		expect(englishCredit(id, answer)).toBe(1);
	});

	it.each([
		['nfz', 'Narodowy Bank Polski', 'pl'],
		['nfz', 'NFW', 'pl'],
		['uae', 'Arabia Saudyjska', 'pl'],
		['pis', 'Polska i Szwecja', 'pl'],
		['bbc', 'the British Council', 'en']
	])('%s: %j is not it: 0', (id, answer, language) => {
		const credit = language === 'en' ? englishCredit(id, answer) : polishCredit(id, answer);
		expect(credit).toBe(0);
	});
});

describe('a list of names', () => {
	it('accepts surnames and acronyms in a list, and refuses another town in it', () => {
		const fact = makeEntitySetFact({ value: ['marek-cebula', 'uae'] });
		expect(scoreEntitySetAnswer(fact, polish, 'Cebula i ZEA', 'pl').credit).toBe(1);
		expect(scoreEntitySetAnswer(fact, polish, 'wojewoda Cebula', 'pl').credit).toBe(0.5);
		const towns = makeEntitySetFact({ value: ['lublin', 'gorzow'] });
		expect(scoreEntitySetAnswer(towns, polish, 'Lublin, Gorzów Wielkopolski', 'pl').credit).toBe(1);
		expect(scoreEntitySetAnswer(towns, polish, 'Lubin, Gorzów Wielkopolski', 'pl').credit).toBe(0);
	});
});

describe('a typo of a name never makes another name', () => {
	const people = [
		makeEntity({ id: 'cebulak', name: 'Marek Cebulak', type: 'person' }),
		makeEntity({ id: 'kessler', name: 'Brandon Kessler', type: 'person' }),
		makeEntity({ id: 'doyle', name: 'Margaret Doyle', type: 'person' }),
		makeEntity({ id: 'mehta', name: 'Raj Mehta', type: 'person' }),
		makeEntity({ id: 'prescott', name: 'Oliver Prescott', type: 'person' }),
		makeEntity({ id: 'ashworth', name: 'Catherine Ashworth', type: 'person' }),
		makeEntity({ id: 'cellsmith', name: 'Cellsmith', type: 'organisation' }),
		makeEntity({ id: 'kurowski', name: 'Adam Sadowski', type: 'person' }),
		makeEntity({ id: 'szczecin', name: 'Szczecin', type: 'city', aliases: ['Szczecinie'] }),
		makeEntity({
			id: 'przemyslowa',
			name: 'ul. Przemysłowa',
			type: 'place',
			aliases: ['ul. Przemysłowej', 'Przemysłowa']
		})
	];
	const credit = (id: string, answer: string, language: 'pl' | 'en' = 'pl') =>
		scoreEntityAnswer(makeEntityFact({ value: id }), people, answer, language).credit;

	it.each([
		['cebulak', 'Cebula', 'pl'],
		['kessler', 'Kessel', 'en'],
		['mehta', 'Mehra', 'en'],
		['doyle', 'Boyle', 'en'],
		['cellsmith', 'Cell phone', 'en'],
		['kurowski', 'Sadowska', 'pl'],
		['kurowski', 'Sadowskiej', 'pl'],
		['szczecin', 'Szczecinek', 'pl'],
		['przemyslowa', 'Przemyśl', 'pl']
	] as const)('%s: %j is another name: 0', (id, answer, language) => {
		expect(credit(id, answer, language)).toBe(0);
	});

	it.each([
		['cebulak', 'Cebulaka', 'pl'],
		['cebulak', 'Cebullak', 'pl'],
		['kessler', 'Kesler', 'en'],
		['prescott', 'oliver prescot', 'en'],
		['prescott', 'Prescot', 'en'],
		['ashworth', 'Ashwort', 'en'],
		['cellsmith', 'Cell smith', 'en'],
		['kurowski', 'Sadowskiego', 'pl'],
		['kurowski', 'Sadowskim', 'pl'],
		['kurowski', 'Sadowsky', 'pl'],
		['szczecin', 'w Szczecinie', 'pl'],
		['szczecin', 'Szczecinem', 'pl']
	] as const)('%s: %j is the same name: 1', (id, answer, language) => {
		expect(credit(id, answer, language)).toBe(1);
	});
});

describe('what readers call a known place or country', () => {
	it('accepts the names the gazetteer knows for the entity', () => {
		const places = [
			makeEntity({ id: 'turkey', name: 'Turkey', type: 'country' }),
			makeEntity({ id: 'uk', name: 'United Kingdom', type: 'country' })
		];
		const credit = (id: string, answer: string) =>
			scoreEntityAnswer(makeEntityFact({ value: id }), places, answer, 'en').credit;
		expect(credit('turkey', 'Türkiye')).toBe(1);
		expect(credit('uk', 'Britain')).toBe(1);
		expect(credit('uk', 'the UK')).toBe(1);
		expect(credit('uk', 'Ukraine')).toBe(0);
		expect(credit('turkey', 'Britain')).toBe(0);
	});

	it('a fleeting e of a Polish surname is the same name', () => {
		const people = [makeEntity({ id: 'surowiec', name: 'Robert Surowiec', type: 'person' })];
		const fact = makeEntityFact({ value: 'surowiec' });
		expect(scoreEntityAnswer(fact, people, 'Surowca', 'pl').credit).toBe(1);
		expect(scoreEntityAnswer(fact, people, 'radnemu Surowcowi', 'pl').credit).toBe(1);
	});
});

describe('English names written short, as readers write them', () => {
	const places = [
		makeEntity({ id: 'keele-university', name: 'Keele University', type: 'organisation' }),
		makeEntity({ id: 'south-tyneside', name: 'South Tyneside', type: 'place' }),
		makeEntity({ id: 'leeds', name: 'Leeds', type: 'city' })
	];
	const credit = (id: string, answer: string) =>
		scoreEntityAnswer(makeEntityFact({ value: id }), places, answer, 'en').credit;

	it('credits "Uni" for "University" and a compass initial', () => {
		expect(credit('keele-university', 'Keele Uni')).toBe(1);
		expect(credit('south-tyneside', 'S Tyneside')).toBe(1);
	});

	it('credits no other compass point', () => {
		expect(credit('south-tyneside', 'N Tyneside')).toBe(0);
	});
});

describe('the parts of a name that name something else', () => {
	const entities = [
		makeEntity({ id: 'gwen', name: 'Gwen Price-Davies', type: 'person' }),
		makeEntity({ id: 'energy', name: 'Severn Estuary Energy', type: 'organisation' }),
		makeEntity({ id: 'power', name: 'Celtic Sea Power', type: 'organisation' }),
		makeEntity({ id: 'strait', name: 'Solent Strait', type: 'place' }),
		makeEntity({ id: 'bridge', name: 'Solent Bridge', type: 'place' })
	];

	function credit(id: string, answer: string): number {
		return scoreEntityAnswer(makeEntityFact({ value: id }), entities, answer, 'en').credit;
	}

	it('reads a double-barrelled surname whole, never one half of it', () => {
		expect(credit('gwen', 'Price-Davies')).toBe(1);
		expect(credit('gwen', 'Price Davies')).toBe(1);
		expect(credit('gwen', 'Ms Price-Davies')).toBe(1);
		expect(credit('gwen', 'Davies')).toBe(0);
	});

	it('does not take the place a company is named after for the company', () => {
		expect(credit('energy', 'Severn Estuary Energy')).toBe(1);
		expect(credit('energy', 'Severn Estuary')).toBe(0);
		expect(credit('power', 'Celtic Sea')).toBe(0);
	});

	it('reads the plural of a generic word in an English name', () => {
		expect(credit('strait', 'the Solent Straits')).toBe(1);
		expect(credit('bridge', 'the Solent Straits')).toBe(0);
	});
});

describe('English and Welsh names as readers of local news type them (issue 17)', () => {
	const entities = [
		makeEntity({ id: 'tenby-wells', name: 'Tenby Wells', type: 'place' }),
		makeEntity({ id: 'hall', name: 'Tenby Wells Market Hall', type: 'place' }),
		makeEntity({ id: 'corsham-spa', name: 'Corsham Spa', type: 'place' }),
		makeEntity({ id: 'ramblers', name: 'Ramblers Cymru', type: 'organisation' }),
		makeEntity({ id: 'hartwell', name: 'Hartwell Construction Ltd', type: 'organisation' }),
		makeEntity({ id: 'nuclear', name: 'Great British Nuclear', type: 'organisation' }),
		makeEntity({ id: 'coombe', name: 'Coombe Meadow Action Group', type: 'organisation' }),
		makeEntity({ id: 'police', name: 'Gwent Police', type: 'organisation' }),
		makeEntity({ id: 'council', name: 'Ceredigion County Council', type: 'organisation' }),
		makeEntity({ id: 'government', name: 'Welsh Government', type: 'organisation' }),
		makeEntity({ id: 'usk', name: 'River Usk', type: 'place' }),
		makeEntity({ id: 'brecon', name: 'Brecon', type: 'city' }),
		makeEntity({ id: 'showground', name: 'Three Counties Showground', type: 'place' }),
		makeEntity({ id: 'lugg', name: 'Lugg', type: 'place' }),
		makeEntity({ id: 'nora', name: 'Henry Pendle', type: 'person' }),
		makeEntity({ id: 'society', name: 'Henry Pendle Society', type: 'organisation' })
	];
	const credit = (id: string, answer: string) =>
		scoreEntityAnswer(makeEntityFact({ value: id }), entities, answer, 'en').credit;

	it.each([
		['tenby-wells', 'Tenby'],
		['corsham-spa', 'Corsham'],
		['ramblers', 'Ramblers'],
		['hartwell', 'Hartwell'],
		['nuclear', 'GB Nuclear'],
		['coombe', 'Coombe Meadow'],
		['coombe', 'the action group'],
		['police', 'the police'],
		['showground', 'the showground'],
		['lugg', 'River Lugg'],
		['lugg', 'the River Lugg'],
		['council', 'Cyngor Sir Ceredigion'],
		['police', 'Heddlu Gwent'],
		['government', 'Llywodraeth Cymru'],
		['usk', 'Afon Wysg'],
		['brecon', 'Aberhonddu'],
		['society', 'Pendle Society']
	])('%s: %j earns full credit', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});

	it.each([
		['hall', 'Tenby'],
		['ramblers', 'Ramblers Scotland'],
		['council', 'Cyngor Sir Powys'],
		['police', 'Heddlu Dyfed-Powys'],
		['usk', 'Afon Gwy'],
		['brecon', 'Caerdydd'],
		['lugg', 'Lugg Castle'],
		['society', 'Henry Pendle'],
		['nora', 'Henry Pendle Society']
	])('%s: %j names another body, place or person: 0', (id, answer) => {
		expect(credit(id, answer)).toBe(0);
	});
});

describe('Polish bodies as readers of local news name them (issue 17)', () => {
	const entities = [
		makeEntity({
			id: 'wfos',
			name: 'Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Lublinie',
			type: 'organisation'
		}),
		makeEntity({ id: 'lublin', name: 'Lublin', type: 'city', aliases: ['Lublinie'] }),
		makeEntity({
			id: 'komenda',
			name: 'Komenda Miejska Państwowej Straży Pożarnej w Chełmie',
			type: 'organisation'
		}),
		makeEntity({ id: 'psp', name: 'PSP', type: 'organisation' }),
		makeEntity({ id: 'chelm', name: 'Chełm', type: 'city', aliases: ['Chełmie'] }),
		makeEntity({ id: 'osp', name: 'Ochotnicza Straż Pożarna w Rejowcu', type: 'organisation' }),
		makeEntity({
			id: 'weterynaria',
			name: 'Powiatowy Inspektorat Weterynarii w Chełmie',
			type: 'organisation'
		}),
		makeEntity({ id: 'straz-miejska', name: 'Straż Miejska w Chełmie', type: 'organisation' })
	];
	const credit = (id: string, answer: string) =>
		scoreEntityAnswer(makeEntityFact({ value: id }), entities, answer, 'pl').credit;

	it.each([
		['wfos', 'WFOŚiGW'],
		['wfos', 'WFOSiGW'],
		['wfos', 'WFOŚiGW w Lublinie'],
		['komenda', 'PSP'],
		['komenda', 'Państwowa Straż Pożarna'],
		['komenda', 'Komenda Miejska PSP w Chełmie'],
		['komenda', 'KM PSP Chełm'],
		['psp', 'Komenda Miejska PSP w Chełmie'],
		['osp', 'straż w Rejowcu'],
		['weterynaria', 'powiatowy lekarz weterynarii'],
		['straz-miejska', 'strażnicy miejscy']
	])('%s: %j earns full credit', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});

	it.each([
		['wfos', 'NFOŚiGW'],
		['wfos', 'WFOŚiGW w Chełmie'],
		['komenda', 'OSP'],
		['osp', 'Państwowa Straż Pożarna'],
		['osp', 'straż w Chełmie'],
		['straz-miejska', 'powiatowy lekarz weterynarii']
	])('%s: %j names another body: 0', (id, answer) => {
		expect(credit(id, answer)).toBe(0);
	});

	it('reads "PSP" as the komenda only where the article has one komenda of the PSP', () => {
		const two = [
			...entities,
			makeEntity({
				id: 'komenda-2',
				name: 'Komenda Powiatowa Państwowej Straży Pożarnej w Krasnymstawie',
				type: 'organisation'
			})
		];
		const fact = makeEntityFact({ value: 'komenda' });
		expect(scoreEntityAnswer(fact, two, 'PSP', 'pl').credit).toBe(0);
	});
});

describe('an English village named with "la" or "le" (issue 17)', () => {
	const entities = [
		makeEntity({ id: 'village', name: 'Ashby le Marsh', type: 'place' }),
		makeEntity({ id: 'group', name: 'Ashby Meadows Residents Group', type: 'organisation' }),
		makeEntity({ id: 'town', name: 'Louth', type: 'city' })
	];
	const credit = (list: typeof entities, id: string, answer: string) =>
		scoreEntityAnswer(makeEntityFact({ value: id }), list, answer, 'en').credit;

	it('credits its first word, though a group is named after it', () => {
		expect(credit(entities, 'village', 'Ashby')).toBe(1);
		expect(credit(entities, 'group', 'Ashby Meadows')).toBe(1);
		expect(credit(entities, 'group', 'Ashby')).toBe(0);
		expect(credit(entities, 'village', 'Ashby Meadows')).toBe(0);
	});

	it('credits it for neither where another place opens with that word', () => {
		const two = [...entities, makeEntity({ id: 'other', name: 'Ashby Parva', type: 'place' })];
		expect(credit(two, 'village', 'Ashby')).toBe(0);
	});
});

describe('companies, clubs, councils and offices as students name them short (issue 17)', () => {
	const english = [
		makeEntity({ id: 'quillfield', name: 'Quillfield Groundworks Ltd', type: 'organisation' }),
		makeEntity({ id: 'marlowe', name: 'Marlowe Fabrications plc', type: 'organisation' }),
		makeEntity({ id: 'brackwell', name: 'Brackwell Thorne LLP', type: 'organisation' }),
		makeEntity({ id: 'haulage', name: 'Manchester Haulage Ltd', type: 'organisation' }),
		makeEntity({
			id: 'swimming',
			name: 'Hollinsworth Amateur Swimming Club',
			type: 'organisation'
		}),
		makeEntity({ id: 'rovers', name: 'Dunkeld Rovers Football Club', type: 'organisation' }),
		makeEntity({ id: 'rugby', name: 'Caverley Rugby Club', type: 'organisation' }),
		makeEntity({ id: 'caverley', name: 'Caverley', type: 'city' }),
		makeEntity({
			id: 'district',
			name: 'Pendlebury Vale District Council',
			type: 'organisation'
		}),
		makeEntity({ id: 'borough', name: 'Oakhampstead Borough Council', type: 'organisation' }),
		makeEntity({ id: 'oak-town', name: 'Oakhampstead Town Council', type: 'organisation' }),
		makeEntity({ id: 'fund', name: 'UK Coastal Renewal Fund', type: 'organisation' }),
		makeEntity({
			id: 'metropolitan',
			name: 'Tamesford Metropolitan Borough Council',
			type: 'organisation'
		}),
		makeEntity({ id: 'tamesford', name: 'Tamesford', type: 'city' }),
		makeEntity({ id: 'sands', name: 'Wendover Sands Town Council', type: 'organisation' })
	];
	const polish = [
		makeEntity({
			id: 'krokus',
			name: 'Przedsiębiorstwo Budowlane Krokus sp. z o.o.',
			type: 'organisation'
		}),
		makeEntity({ id: 'wirex', name: 'Zakład Transportowy Wirex', type: 'organisation' }),
		makeEntity({ id: 'tarpol', name: 'Tarpol S.A.', type: 'organisation' }),
		makeEntity({
			id: 'osiedle',
			name: 'Spółdzielnia Mieszkaniowa Jasne Błonia',
			type: 'organisation'
		}),
		makeEntity({
			id: 'utw',
			name: 'Kartuski Uniwersytet Trzeciego Wieku',
			type: 'organisation'
		}),
		makeEntity({
			id: 'wopr',
			name: 'Mazurskie Wodne Ochotnicze Pogotowie Ratunkowe',
			type: 'organisation'
		}),
		makeEntity({ id: 'ug', name: 'Urząd Gminy Zgrzebłowo', type: 'organisation' }),
		makeEntity({ id: 'um', name: 'Urząd Miasta Krośniewice', type: 'organisation' }),
		makeEntity({ id: 'umig', name: 'Urząd Miasta i Gminy Sędziszów', type: 'organisation' })
	];
	const credit = (id: string, answer: string) => {
		const inEnglish = english.some((entity) => entity.id === id);
		const list = inEnglish ? english : polish;
		const language = inEnglish ? 'en' : 'pl';
		return scoreEntityAnswer(makeEntityFact({ value: id }), list, answer, language).credit;
	};

	it.each([
		['quillfield', 'Quillfield'],
		['marlowe', 'Marlowe'],
		['brackwell', 'Brackwell Thorne'],
		['brackwell', 'Brackwell'],
		['krokus', 'Krokus'],
		['krokus', 'firma Krokus'],
		['krokus', 'PB Krokus'],
		['krokus', 'Przedsiębiorstwo Budowlane Krokus'],
		['wirex', 'Wirex'],
		['wirex', 'ZT Wirex'],
		['tarpol', 'Tarpol'],
		['osiedle', 'Jasne Błonia'],
		['osiedle', 'SM Jasne Błonia']
	])('a company without its legal form or generic head: %s: %j', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});

	it.each([
		['swimming', 'Hollinsworth'],
		['swimming', 'Hollinsworth ASC'],
		['rovers', 'Dunkeld Rovers'],
		['rovers', 'Dunkeld Rovers FC'],
		['rovers', 'the Rovers'],
		['rugby', 'Caverley RC'],
		['caverley', 'Caverley']
	])('a club by its name and the initials of its kind: %s: %j', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});

	it.each([
		['district', 'Pendlebury Vale Council'],
		['district', 'Pendlebury Vale council'],
		['metropolitan', 'Tamesford Council'],
		['metropolitan', 'Tamesford council'],
		['tamesford', 'Tamesford'],
		['sands', 'Wendover Sands council'],
		['fund', 'UKCRF'],
		['utw', 'UTW'],
		['wopr', 'Mazurskie WOPR'],
		['ug', 'UG Zgrzebłowo'],
		['ug', 'ug zgrzebłowo'],
		['um', 'UM Krośniewice'],
		['umig', 'UMiG Sędziszów'],
		['umig', 'umig sędziszów']
	])('a council without its tier, initials and offices: %s: %j', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});

	it.each([
		// The town the club is named after is its own answer, never the club's.
		['rugby', 'Caverley'],
		// A place's name is no company's short form.
		['haulage', 'Manchester'],
		// Two councils of the module share it: neither is named by it.
		['borough', 'Oakhampstead Council'],
		['oak-town', 'Oakhampstead Council'],
		['metropolitan', 'Tamesford'],
		['osiedle', 'Zielone Błonia'],
		['ug', 'UM Zgrzebłowo'],
		['um', 'UG Krośniewice']
	])('names no other body or place: %s: %j', (id, answer) => {
		expect(credit(id, answer)).toBe(0);
	});
});
