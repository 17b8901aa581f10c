import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/lib/quiz/extract';
import type { ExtractedEntity } from '../src/lib/quiz/extract/types';
import { loadMorphology } from '../src/lib/server/morphology';

/**
 * Names of Polish institutions, companies and towns as regional news writes them, read with
 * the dictionary the server loads. Sentences written here after the blind reading of
 * tests/fixtures/judged/pl-{sad-lapowki-bialystok,szpitale-pomorskie,most-opole}.txt.
 */

const morphology = loadMorphology('pl');

function entities(text: string): ExtractedEntity[] {
	return extractFacts(text, { language: 'pl', morphology }).entities;
}

const named = (list: readonly ExtractedEntity[], name: string) =>
	list.find((entity) => entity.name === name);

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
