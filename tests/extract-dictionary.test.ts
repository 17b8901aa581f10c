import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/lib/quiz/extract';
import { loadMorphology } from '../src/lib/server/morphology';

/**
 * Base forms that need the Polish dictionary the server loads (dictionary-pl): the rules
 * alone do not know these words. Sentences written here, in the style of the corpus.
 */

const morphology = loadMorphology('pl');

function names(text: string): string[] {
	return extractFacts(text, { language: 'pl', morphology }).entities.map((entity) => entity.name);
}

describe('Polish names read with the dictionary', () => {
	it('loads the dictionary', () => {
		expect(morphology).toBeDefined();
	});

	it.each([
		['Oba gole zdobył Szwed Karl Bergström. Bergström strzelił też w pucharze.', 'Karl Bergström'],
		[
			'W klasyfikacji prowadzi Hiszpan Diego Alcántara z 9 golami. Alcántara gra w Gdańsku.',
			'Diego Alcántara'
		],
		['Ranny został Ukrainiec Taras Bojko. Bojko trafił do szpitala.', 'Taras Bojko']
	])('a nationality before a name is no part of it: %j', (text, name) => {
		const found = names(text);
		expect(found).toContain(name);
		expect(found.some((found) => /Szwed|Hiszpan|Ukrainiec/u.test(found))).toBe(false);
	});
});

describe('a foreign name the dictionary lacks', () => {
	it('is read back to its base form by the names that decline alike', () => {
		expect(names('Sędzia podyktował rzut karny po faulu na Marco Pereirze.')).toContain(
			'Marco Pereira'
		);
	});

	it('stays as written in its base form', () => {
		expect(names('Bramkę zdobył Daniel Otieno po podaniu z lewej strony.')).toContain(
			'Daniel Otieno'
		);
	});
});

describe('names told apart by the dictionary', () => {
	it('a declined name glued before a person in the base form is another name', () => {
		const found = names(
			'Po przerwie trener Lecha Henrik Sørgaard wpuścił dwóch zawodników. Sørgaard był zadowolony.'
		);
		expect(found).toContain('Henrik Sørgaard');
		expect(found.some((name) => name.startsWith('Lecha'))).toBe(false);
	});

	it('a woman whose surname does not decline keeps it', () => {
		expect(names('Wyrok dla Anny Kowalczyk zapadł w piątek. Kowalczyk nie przyszła.')).toEqual([
			expect.stringContaining('Kowalczyk')
		]);
	});

	it('names whose stems agree but whose dictionary names differ stay apart', () => {
		const found = names('Lech zagra w Gdańsku z Lechią. Lech prowadzi w tabeli.');
		expect(found).toContain('Lech');
		expect(found).toContain('Lechia');
	});
});
