import { describe, expect, it } from 'vitest';
import { polishEntities as entities } from './support/extracted-entities';
import type { ExtractedEntity } from '../src/lib/quiz/extract/types';

/**
 * People named in the dative and locative, and by a given name and an initial, as Polish
 * local news writes them. Sentences written here; none comes from the blind articles.
 */

const people = (list: readonly ExtractedEntity[]) =>
	list.filter((entity) => entity.category === 'person').map((entity) => entity.name);

describe("a man's name in the dative or locative", () => {
	it('is read back to the nominative, with the dictionary or without it', () => {
		const found = entities(
			'Radni dyskutowali o Krzysztofie Wójciku przez 3 godziny. Medal wręczono Michałowi Dudkowi w sobotę.'
		);
		expect(people(found)).toEqual(expect.arrayContaining(['Krzysztof Wójcik', 'Michał Dudek']));
		expect(found.some((entity) => entity.category === 'place')).toBe(false);
	});

	it('reads a given name whose vowel drops in its other cases', () => {
		const found = entities(
			'Puchar przypadł Pawłowi Zającowi, który przebiegł 42 km. O Pawle Zającu mówi całe miasto.'
		);
		expect(people(found)).toEqual(['Paweł Zając']);
	});

	it('is one person with the same name in the nominative', () => {
		const found = entities(
			'Wójt Tomasz Grabowiec zarabia 9 tys. zł. Radni napisali o Tomaszu Grabowcu 2 listy. Tomaszowi Grabowcowi dano 14 dni.'
		);
		expect(people(found)).toEqual(['Tomasz Grabowiec']);
	});
});

describe('a person named by a given name and an initial', () => {
	it('keeps the initial with its full stop, in the base form, in every case', () => {
		const found = entities(
			'Policja zatrzymała Jacka W., który ukradł 6 rowerów. Jackowi W. grozi 5 lat więzienia. Jacek W. przyznał się do winy.'
		);
		expect(people(found)).toEqual(['Jacek W.']);
	});

	it('keeps the full stop before a relative clause', () => {
		const found = entities('Dariusz P., który prowadził auto, miał 2 promile.');
		expect(people(found)).toEqual(['Dariusz P.']);
	});
});
