import { describe, expect, it } from 'vitest';
import { polishEntities as entities } from './support/extracted-entities';
import type { ExtractedEntity } from '../src/lib/quiz/extract/types';

/**
 * Streets written with the kind in full or abbreviated, and lowercase administrative units,
 * as Polish local news writes them. Sentences written here; none comes from the blind articles.
 */

const places = (list: readonly ExtractedEntity[]) =>
	list.filter((entity) => entity.category === 'place');

describe('a street written "ul." and "ulica"', () => {
	it('is one place, whichever form opens the sentence', () => {
		const found = places(
			entities(
				'Bank otwarto przy ul. Jesionowej 12 w 2019 roku. Ulica Jesionowa ma 640 metrów. Na ulicy Jesionowej stoi 9 latarni.'
			)
		);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ name: 'ul. Jesionowa' });
	});
});

describe('a voivodeship, a county or a gmina written in lowercase', () => {
	it.each([
		[
			'Na drogi województwo podkarpackie wyda 90 mln zł. W województwie podkarpackim jest 160 gmin.',
			'województwo podkarpackie',
			'region'
		],
		[
			'W powiecie hrubieszowskim zamknięto 4 szkoły. Powiat hrubieszowski ma 63 tys. mieszkańców.',
			'powiat hrubieszowski',
			'county'
		],
		[
			'Gmina Tarnawatka dostała 3 mln zł na kanalizację. Do gminy Tarnawatka należy 17 wsi.',
			'gmina Tarnawatka',
			'gmina'
		]
	])('is one place in its base form: %s', (text, name, kind) => {
		const found = places(entities(text));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ name, kind });
	});
});

describe('an institution with a quoted name', () => {
	it('is named without the quotation marks, which its aliases keep', () => {
		const found = entities(
			'Park posprząta Fundacja Ekologiczna „Zielony Brzeg” za 40 tys. zł. Fundacja Ekologiczna "Zielony Brzeg" ma 12 wolontariuszy.'
		);
		const organisations = found.filter((entity) => entity.category === 'organisation');
		expect(organisations).toHaveLength(1);
		expect(organisations[0]).toMatchObject({
			name: 'Fundacja Ekologiczna Zielony Brzeg',
			aliases: expect.arrayContaining(['Fundacja Ekologiczna „Zielony Brzeg”', 'Zielony Brzeg'])
		});
	});
});

describe("a gmina's name followed by a person's", () => {
	it('ends where the given name starts', () => {
		const found = entities('Wójt gminy Stara Kornica Adam Mazur zarabia 11 tys. zł.');
		expect(places(found)).toMatchObject([
			{ name: 'gmina Stara Kornica', aliases: expect.arrayContaining(['Stara Kornica']) }
		]);
		expect(found.find((entity) => entity.category === 'person')).toMatchObject({
			name: 'Adam Mazur'
		});
	});
});

describe('the kind before a quoted name', () => {
	it('is an alias of the institution', () => {
		const found = entities('Towarzystwo Przyjaciół „Stara Przystań” zebrało 18 tys. zł.');
		expect(found[0]?.aliases).toEqual(
			expect.arrayContaining(['Towarzystwo Przyjaciół', 'Stara Przystań'])
		);
	});
});
