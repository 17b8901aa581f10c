import { describe, expect, it } from 'vitest';
import { polishEntities as entities, named, names } from './support/extracted-entities';

/**
 * Polish places: towns, villages, rivers and regions as regional news writes them, read with
 * the dictionary the server loads. Sentences written here for the classes of the blind
 * reading (tests/fixtures/corpus/JUDGED.md, final): none is taken from its articles.
 */

describe('Polish places', () => {
	it('reads a known town whose name ends like a case ending back in its other cases', () => {
		const found = entities(
			'Sąd Okręgowy w Radomiu skazał 2 mężczyzn. Pochodzą z Radomia, a pracowali pod Radomiem.'
		);
		expect(named(found, 'Radom')).toMatchObject({ category: 'place' });
		expect(names(found).filter((name) => name.startsWith('Radom'))).toEqual(['Radom']);
	});

	it('takes no council for the town whose stem it shares, also when it opens a sentence', () => {
		const found = entities(
			'Rada dyskutowała o budżecie przez 3 godziny. Radni z Lublina przyjęli 12 poprawek.'
		);
		expect(names(found)).not.toContain('Radom');
		expect(named(found, 'Lublin')).toMatchObject({ category: 'place' });
	});

	it('reads a town named by an adjective and a noun in one word back to its base form', () => {
		const found = entities(
			'W Czarnymstoku spłonęły 3 stodoły. Strażacy z Lublina dotarli pod Czarnystok po 20 minutach, a pod Czarnymstokiem zebrało się 200 osób.'
		);
		expect(named(found, 'Czarnystok')).toMatchObject({ category: 'place' });
		expect(names(found)).not.toContain('Czarnymstoku');
		expect(names(found)).not.toContain('Czarnymstokiem');
	});

	it('takes "X Wielka" for a place, not a person or an organisation', () => {
		const found = entities(
			'Sołtysem jest Adam Nowak, a Jeziorna Wielka liczy 800 mieszkańców. Adam Nowak mieszka w Jeziornej Wielkiej od 30 lat.'
		);
		expect(named(found, 'Jeziorna Wielka')).toMatchObject({ category: 'place' });
	});

	it('takes "X Górna" for a place, not a person', () => {
		const found = entities(
			'Wierzbica Górna liczy 800 mieszkańców. Autobus do Wierzbicy Górnej kursuje 2 razy dziennie.'
		);
		expect(named(found, 'Wierzbica Górna')).toMatchObject({ category: 'place' });
	});

	it('takes a river after "nad" or "rzeka" for a river, not a town', () => {
		const found = entities('Domy nad Wkrą zalało 40 cm wody. Rzeka Wkra wylała w 3 miejscach.');
		expect(named(found, 'Wkra')).toMatchObject({ category: 'place', kind: 'river' });
	});

	it('takes a region in -szczyzna for a place', () => {
		const found = entities(
			'Opolszczyzna straciła 30 proc. plonów. Na Opolszczyźnie nie padało od 6 tygodni.'
		);
		expect(named(found, 'Opolszczyzna')).toMatchObject({ category: 'place' });
	});

	it('finds a village after "we wsi" and "w miejscowości"', () => {
		const found = entities(
			'Pożar wybuchł we wsi Trzebuń pod Olsztynem, a drugi w miejscowości Kałduny. Spłonęły 2 domy.'
		);
		expect(named(found, 'Trzebuń')).toMatchObject({ category: 'place' });
		expect(named(found, 'Kałduny')).toMatchObject({ category: 'place' });
	});
});

describe('a preposition that also stands before rivers', () => {
	it('leaves a person named after "nad" to the person', () => {
		const found = entities(
			'Kowalczyk ma 12 punktów przewagi nad Nowakiem. Marek Nowak przegrał 2 mecze.'
		);
		expect(named(found, 'Marek Nowak')).toMatchObject({ category: 'person' });
		expect(found.filter((entity) => entity.kind === 'river')).toEqual([]);
	});
});

describe('places named beside other places', () => {
	it('takes a region after "na" in the locative for a place', () => {
		const found = entities('Susza dotknęła 40 gmin na Kurpiach i na Podhalu, ale nie na Warmii.');
		expect(names(found)).toEqual(expect.arrayContaining(['Kurpie', 'Podhale', 'Warmia']));
		expect(found.every((entity) => entity.category === 'place')).toBe(true);
	});

	it('leaves a person after "na" to the person', () => {
		const found = entities('Na Trzaskowskiego zagłosowało 51 proc. mieszkańców.');
		expect(found.filter((entity) => entity.category === 'place')).toEqual([]);
	});

	it('takes names joined to a place by "i" or a comma for places', () => {
		const found = entities(
			'Towar trafiał do odbiorców w Czechach, Austrii i Słowenii oraz do Bułgarii. Rolnicy z Krzczonowa i Gorzkowa stracili 60 proc. plonów.'
		);
		for (const name of ['Austria', 'Słowenia', 'Gorzków']) {
			expect(named(found, name)).toMatchObject({ category: 'place' });
		}
	});
});

describe('streets named in a list', () => {
	it('takes every name after one street kind for a street, no person', () => {
		const found = entities(
			'Najwięcej mieszkań, bo 64, powstanie w kwartale ulic Zgierskiej, Limanowskiego i Mickiewicza.'
		);
		expect(names(found)).toEqual(
			expect.arrayContaining(['ulica Zgierska', 'ulica Limanowskiego', 'ulica Mickiewicza'])
		);
		expect(found.every((entity) => entity.kind === 'street')).toBe(true);
	});
});

describe('a village in the locative whose form is also a plural or a common noun', () => {
	it('reads "w Bobrowie" as the village "Bobrów", not the surname "Bóbr"s plural', () => {
		const found = entities('Nowa świetlica powstanie w Sokołowie za 800 tys. zł.');
		expect(names(found)).toContain('Sokołów');
	});

	it('reads both parts of a hyphenated village back to their nominative', () => {
		const found = entities('Przedszkole w Kaliszu-Stacji przyjmie 40 dzieci z okolicy.');
		expect(names(found)).toContain('Kalisz-Stacja');
	});
});

describe('a town of two names, both declined', () => {
	it.each([
		['Pociąg ze Skarżyska-Kamiennej spóźnił się o 25 min, podał przewoźnik.', 'Skarżysko-Kamienna'],
		['W Skarżysku-Kamiennej otwarto 2 nowe żłobki za 6,4 mln zł.', 'Skarżysko-Kamienna'],
		['Do Bielska-Białej dojechało 120 autobusów, wynika z danych PKS.', 'Bielsko-Biała'],
		['Zakłady w Kędzierzynie-Koźlu zatrudniają 3,1 tys. osób.', 'Kędzierzyn-Koźle'],
		['Z Kędzierzyna-Koźla do Opola jest ok. 40 km.', 'Kędzierzyn-Koźle']
	])('reads %j as the town the dictionary lists, %s', (text, town) => {
		expect(names(entities(text))).toContain(town);
	});

	it('reads a town of a noun and an adjective as the "-ów" town, not the "-owo" village', () => {
		const found = entities(
			'Firma z Janowa Podlaskiego wygrała przetarg za 3,8 mln zł. W Janowie Podlaskim ruszy budowa w maju.'
		);
		expect(names(found)).toContain('Janów Podlaski');
		expect(names(found)).not.toContain('Janowo Podlaskie');
	});
});

describe('a town the dictionary lists only in a case of a soft stem', () => {
	it('reads "w Jarosławiu", "z Jarosławia" as Jarosław, one place', () => {
		const found = entities(
			'Karetki jadą do szpitala w Jarosławiu. Z Jarosławia do Radymna jest 15 km.'
		);
		expect(names(found)).toContain('Jarosław');
		expect(names(found).filter((name) => name.startsWith('Jarosław'))).toEqual(['Jarosław']);
	});
});

describe('Polish towns named in the plural, in their oblique cases', () => {
	it('reads a plural town and its adjective from the genitive back to the nominative', () => {
		const found = entities(
			'Karetka z Ustrzyk Dolnych jechała do szpitala 75 minut. Burmistrz zapowiedział 2 nowe karetki.'
		);
		expect(named(found, 'Ustrzyki Dolne')).toMatchObject({ category: 'place' });
		expect(names(found)).not.toContain('Ustrzyk Dolnych');
	});

	it('reads a plural town the dictionary lists in the genitive apart', () => {
		const found = entities('Z Suwałk wyjechało 12 autobusów. W Suwałkach zostało 5 kierowców.');
		expect(names(found)).toContain('Suwałki');
		expect(names(found)).not.toContain('Suwałk');
	});

	it('reads a town named by a plural adjective back to its nominative', () => {
		const found = entities('W Końskich otwarto 2 żłobki dla 90 dzieci.');
		expect(names(found)).toContain('Końskie');
		expect(names(found)).not.toContain('Końskich');
	});

	it.each([
		['Pociąg do Kielc spóźnił się 40 minut. W Kielcach czekało 300 osób.', 'Kielce'],
		['Do Tychów przyjechało 8 drużyn. W Tychach grało 200 zawodników.', 'Tychy'],
		['Z Gliwic wyjechało 6 karetek. W Gliwicach spadło 20 cm śniegu.', 'Gliwice'],
		['Do Katowic dotarło 40 autobusów. W Katowicach zebrało się 5 tys. osób.', 'Katowice']
	])('keeps a known plural town in its nominative: %s', (text, town) => {
		expect(names(entities(text)).filter((name) => name.startsWith(town.slice(0, 4)))).toEqual([
			town
		]);
	});
});
