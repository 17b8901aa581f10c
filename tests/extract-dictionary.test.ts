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
