import { describe, expect, it } from 'vitest';
import { extractFacts } from '../quiz/extract/extract';
import { loadMorphology } from './morphology';

describe('loadMorphology', () => {
	const polish = loadMorphology('pl');

	it('reads the Polish Hunspell dictionary of dictionary-pl, and has none for English', () => {
		expect(polish).toBeDefined();
		expect(polish?.lemmas('Wojtaszka')).toContain('Wojtaszek');
		expect(polish?.lemmas('Sprawiedliwości')).toContain('sprawiedliwość');
		expect(polish?.lemmas('Gorzowie')).toContain('Gorzów');
		expect(loadMorphology('en')).toBeUndefined();
		expect(loadMorphology('pl')).toBe(polish);
	});

	it('gives names their base form where the rules of endings cannot', () => {
		const text =
			'Wyrok usłyszał Robert Surowiec. Sąd wysłuchał radnego Surowca i dyrektora Zespołu Szkół Budowlanych w 2024 r. Do Kazimierza Wojtaszka przyszło 5 osób.';
		const names = (morphology: typeof polish) =>
			extractFacts(text, { language: 'pl', ...(morphology ? { morphology } : {}) }).entities.map(
				(entity) => entity.name
			);
		expect(names(polish)).toEqual([
			'Robert Surowiec',
			'Zespół Szkół Budowlanych',
			'Kazimierz Wojtaszek'
		]);
		// The rules alone, as the browser and the tests that load no dictionary have them.
		expect(names(undefined)).toContain('Kazimierz Wojtaszk');
	});
});
