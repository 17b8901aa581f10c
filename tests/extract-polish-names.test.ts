import { describe, expect, it } from 'vitest';
import { polishEntities as entities, named, names } from './support/extracted-entities';

/**
 * Boundaries, types and base forms of Polish names as regional news writes them, read with
 * the dictionary the server loads. Sentences written here for the classes of the blind
 * reading (tests/fixtures/corpus/JUDGED.md, final): none is taken from its articles.
 */

describe('an acronym in brackets after an institution and its seat', () => {
	it('belongs to the institution, never to the town', () => {
		const found = entities(
			'Badacze z Instytutu Rybactwa Śródlądowego w Olsztynie (IRŚ) policzyli 420 sielaw. Według IRŚ ryb ubywa.'
		);
		const town = named(found, 'Olsztyn');
		expect(town?.aliases ?? []).not.toContain('IRŚ');
		expect(found.find((entity) => entity.aliases.includes('IRŚ'))).toMatchObject({
			category: 'organisation'
		});
	});
});

describe('a seat written after the acronym in brackets', () => {
	it("stays in the institution's name, and the acronym is its alias", () => {
		const found = entities(
			'Śledztwo prowadzi Komenda Powiatowa Policji (KPP) w Ełku. Według KPP zatrzymano 4 osoby.'
		);
		expect(named(found, 'Komenda Powiatowa Policji w Ełku')).toMatchObject({
			category: 'organisation',
			aliases: expect.arrayContaining(['KPP', 'Komenda Powiatowa Policji'])
		});
		expect(named(found, 'Ełk')).toMatchObject({ category: 'place' });
	});

	it('takes an acronym that is not the initials of the words before it', () => {
		const found = entities(
			'Ogień gasili strażacy z Komendy Miejskiej Państwowej Straży Pożarnej (PSP) w Ełku. Według PSP spłonęły 3 domy.'
		);
		expect(named(found, 'Komenda Miejska Państwowej Straży Pożarnej w Ełku')).toMatchObject({
			aliases: expect.arrayContaining(['PSP'])
		});
	});
});

describe("a unit named with its parent's acronym", () => {
	it("is named without the acronym, which stays the parent's", () => {
		const found = entities(
			'Grant dostał Uniwersytet Wrocławski (UWr). Badania poprowadzi Centrum Inżynierii Materiałowej UWr, które zatrudni 9 osób.'
		);
		expect(named(found, 'Centrum Inżynierii Materiałowej')).toMatchObject({
			category: 'organisation'
		});
		expect(named(found, 'Uniwersytet Wrocławski')?.aliases).toContain('UWr');
	});
});

describe('an institution in the locative', () => {
	it('is an organisation, not a place its preposition suggests', () => {
		const found = entities(
			'Wnioski można składać do 31 stycznia w Biurze Obsługi Klientów przy ul. Zgierskiej 12.'
		);
		expect(named(found, 'Biuro Obsługi Klientów')).toMatchObject({ category: 'organisation' });
	});
});

describe('a common noun inside a longer name', () => {
	it('is no town whose stem it shares', () => {
		const found = entities(
			'Skargę złożyli członkowie Naczelnej Rady Adwokackiej, którzy zebrali 3 tys. podpisów.'
		);
		expect(names(found)).not.toContain('Radom');
	});
});

describe('long institution names', () => {
	it('go on through "ds." and keep the genitive after it', () => {
		const found = entities(
			'Dotację w wysokości 2 mln zł przyznała Krajowa Rada ds. Zdrowia Publicznego. Pieniądze trafią do 14 szpitali.'
		);
		expect(named(found, 'Krajowa Rada ds. Zdrowia Publicznego')).toMatchObject({
			category: 'organisation'
		});
	});

	it('keep a faculty named after two fields whole', () => {
		const found = entities(
			'To duży sukces Wydziału Fizyki i Ochrony Klimatu oraz całej uczelni - powiedział dziekan Jan Kos.'
		);
		expect(named(found, 'Wydział Fizyki i Ochrony Klimatu')).toMatchObject({
			category: 'organisation'
		});
		expect(names(found)).not.toContain('Ochrona Klimatu');
		expect(names(found)).not.toContain('Ochrony Klimatu');
	});

	it('decline only the words before "ds."', () => {
		const found = entities(
			'Grant przyznała jej w 2024 r. Europejska Rada ds. Innowacji Morskich. Badania prowadzi z pieniędzy Europejskiej Rady ds. Innowacji Morskich (ERIM).'
		);
		expect(named(found, 'Europejska Rada ds. Innowacji Morskich')).toMatchObject({
			category: 'organisation',
			aliases: expect.arrayContaining(['ERIM'])
		});
	});

	it('go on through "do Spraw" and a lowercase "i" in the genitive chain, with the seat', () => {
		const found = entities(
			'Postępowanie prowadzi Śląski Wydział Zamiejscowy Departamentu do Spraw Ścigania Przemytu i Przestępstw Celnych Prokuratury Krajowej w Katowicach. Zatrzymano 6 osób.'
		);
		expect(
			named(
				found,
				'Śląski Wydział Zamiejscowy Departamentu do Spraw Ścigania Przemytu i Przestępstw Celnych Prokuratury Krajowej w Katowicach'
			)
		).toMatchObject({ category: 'organisation' });
	});

	it("keep an adjective that opens the sentence before an institution's head", () => {
		const found = entities(
			'Regionalna Izba Obrachunkowa w Kielcach zakwestionowała wydatki na 3 mln zł.'
		);
		expect(named(found, 'Regionalna Izba Obrachunkowa w Kielcach')).toMatchObject({
			category: 'organisation'
		});
	});
});

describe('people', () => {
	it('joins a woman named in the dative to her name in the nominative', () => {
		const found = entities(
			'Medal wręczono Jadwidze Kaczmarek z Opola. Jadwiga Kaczmarek pracuje w szpitalu od 30 lat.'
		);
		expect(named(found, 'Jadwiga Kaczmarek')).toMatchObject({ category: 'person' });
		expect(names(found)).not.toContain('Jadwidze Kaczmarek');
	});

	it.each([
		['Wniosek oddaliła sędzia Anna Wrona. Sędzia Wrona uznała go za spóźniony.', 'Anna Wrona'],
		['Protokół podpisała Beata Kania, skarbniczka gminy.', 'Beata Kania'],
		['Zarzuty usłyszał Jan Wrona z Głogowa.', 'Jan Wrona']
	])('keeps a name in "-a" that is in the nominative: %s', (sentence, name) => {
		const found = entities(sentence);
		expect(named(found, name)).toMatchObject({ category: 'person' });
	});

	it('reads a surname that is a noun as itself, and a man named in the instrumental', () => {
		expect(names(entities('Do wniosku odniosła się wójt Sowa, która była przeciw.'))).toContain(
			'Sowa'
		);
		expect(
			names(entities('Rozmawialiśmy z Markiem Sroką i Pawłem Wojtaszkiem o wyroku sądu w Opolu.'))
		).toEqual(expect.arrayContaining(['Marek Sroka', 'Paweł Wojtaszek']));
	});

	it('keeps a given name and an initial as the person', () => {
		const found = entities(
			'Magazynem kierował 52-letni Zbigniew K., którego zatrzymano w Łomży w 2024 r.'
		);
		expect(named(found, 'Zbigniew K.')).toMatchObject({ category: 'person' });
		expect(names(found)).not.toContain('Zbigniew');
	});

	it('keeps an initial that spells a preposition, and a given name the dictionary declines', () => {
		const found = entities(
			'Laboratorium prowadził 46-letni Marian W., którego zatrzymano w Łomży. Marian W. przyznał się do winy.'
		);
		expect(named(found, 'Marian W.')).toMatchObject({ category: 'person' });
		expect(named(found, 'Marian W.')?.aliases).not.toContain('W.');
		expect(names(found)).not.toContain('.');
	});
});

describe("a street's patron", () => {
	it.each([
		[
			'Policjanci weszli do mieszkania przy ul. ks. Jerzego Popiełuszki w Łomży, gdzie znaleźli 4 kg marihuany.',
			'Popiełuszki'
		],
		[
			'Zatrzymano go w domu przy ul. gen. Józefa Bema w Ełku, gdzie znaleziono 4 kg marihuany.',
			'Bema'
		],
		['Na rondzie gen. Stefana Grota-Roweckiego zderzyły się 3 auta.', 'Grota-Roweckiego'],
		[
			'Koncert odbędzie się na pl. Tadeusza Kościuszki w sobotę o 18, przyjdzie 2 tys. osób.',
			'Kościuszki'
		]
	])('is no person: %j', (text, patron) => {
		const found = entities(text);
		expect(found.filter((entity) => entity.category === 'person')).toEqual([]);
		expect(
			found.find((entity) => entity.aliases.some((alias) => alias.includes(patron)))
		).toMatchObject({ category: 'place', kind: 'street' });
	});

	it("keeps the numeral of a patron in the street's name", () => {
		expect(
			names(entities('Remont al. Jana Pawła II potrwa 14 miesięcy i kosztuje 30 mln zł.'))
		).toContain('al. Jana Pawła II');
	});
});

describe('an institution followed by a town', () => {
	it('is the institution, not a club of that town', () => {
		const found = entities(
			'Najwyższa Izba Kontroli sprawdziła 12 gmin. Raport NIK Gdańsk opublikowała w piątek.'
		);
		expect(
			found.filter((entity) => entity.aliases.includes('NIK') || entity.name === 'NIK')
		).toHaveLength(1);
		expect(found.some((entity) => entity.kind === 'club')).toBe(false);
	});
});
