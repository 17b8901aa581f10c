import { describe, expect, it } from 'vitest';
import { polishEntities as entities, named } from './support/extracted-entities';

/**
 * Names of Polish institutions, companies and towns as regional news writes them, read with
 * the dictionary the server loads. Sentences written here after the blind reading of
 * tests/fixtures/judged/pl-{sad-lapowki-bialystok,szpitale-pomorskie,most-opole}.txt.
 */

describe('an institution named with "i" and its acronym', () => {
	it('keeps "Dróg Krajowych i Autostrad" in one name and links GDDKiA to it', () => {
		const found = entities(
			'Generalna Dyrekcja Dróg Krajowych i Autostrad podpisała w piątek umowę na budowę obwodnicy. Według GDDKiA ruch spadnie o 40 proc.'
		);
		expect(named(found, 'Generalna Dyrekcja Dróg Krajowych i Autostrad')).toMatchObject({
			category: 'organisation',
			aliases: expect.arrayContaining(['GDDKiA'])
		});
		expect(found.map((entity) => entity.name)).not.toContain('Autostrady');
		expect(found.map((entity) => entity.name)).not.toContain('GDDKiA');
	});

	it('keeps the adjective opening a sentence in the name and links the acronym', () => {
		const found = entities(
			'Narodowy Fundusz Zdrowia zapowiedział, że spółka dostanie wyższy ryczałt. Pomorski oddział NFZ podniesie wartość kontraktów o 12 proc.'
		);
		expect(named(found, 'Narodowy Fundusz Zdrowia')).toMatchObject({
			category: 'organisation',
			aliases: expect.arrayContaining(['NFZ'])
		});
		expect(found.map((entity) => entity.name)).not.toContain('Fundusz Zdrowia');
		expect(found.map((entity) => entity.name)).not.toContain('NFZ');
	});
});

describe('companies, towns and rivers', () => {
	it('reads a consortium of two companies, one with "S.A.", as two organisations', () => {
		const found = entities(
			'Trasę zbuduje konsorcjum firm Budimex i Mosty Łódź S.A. za 1,34 mld zł. Prezes Mosty Łódź S.A. Marek Cebula zapowiedział zatrudnienie 600 osób.'
		);
		expect(named(found, 'Budimex')).toMatchObject({ category: 'organisation' });
		expect(found.find((entity) => entity.name.startsWith('Mosty'))).toMatchObject({
			category: 'organisation'
		});
		expect(found.map((entity) => entity.name)).not.toContain('S.A.');
		expect(named(found, 'Marek Cebula')).toMatchObject({ category: 'person' });
	});

	it('reads a river only named in the locative, whose stem alternates, as the river', () => {
		const found = entities(
			'Nowy most na Odrze w Opolu. Dyrekcja podpisała umowę na budowę obwodnicy Opola z nowym mostem na Odrze.'
		);
		expect(named(found, 'Odra')).toMatchObject({ category: 'place' });
		expect(found.filter((entity) => entity.category === 'organisation')).toEqual([]);
	});

	it('reads "w Bytowie" as Bytów, not as the other town Bytom', () => {
		const found = entities(
			'Spółka obejmie szpitale w Kościerzynie, Kartuzach, Bytowie i Człuchowie. W Bytowie urodziło się 287 dzieci.'
		);
		expect(named(found, 'Bytów')).toMatchObject({ category: 'place' });
		expect(named(found, 'Bytom')).toBeUndefined();
	});

	it('takes a surname after "z" for the person named before, not for a town', () => {
		const found = entities(
			'Sąd skazał Tomasza Jankowskiego na trzy lata więzienia. Na ławie oskarżonych zasiadło razem z Jankowskim pięciu przedsiębiorców.'
		);
		expect(named(found, 'Tomasz Jankowski')).toMatchObject({
			category: 'person',
			aliases: expect.arrayContaining(['Jankowski'])
		});
		expect(found.filter((entity) => entity.category === 'place')).toEqual([]);
	});
});

describe('a company named after its group', () => {
	it('keeps "PKP Polskie Linie Kolejowe" whole, an organisation', () => {
		const found = entities(
			'W ramach inwestycji PKP Polskie Linie Kolejowe przebudują przejazd w Prószkowie za 26 mln zł.'
		);
		expect(named(found, 'PKP Polskie Linie Kolejowe')).toMatchObject({ category: 'organisation' });
		expect(found.filter((entity) => entity.category === 'place').map((e) => e.name)).toEqual([
			'Prószków'
		]);
	});
});
