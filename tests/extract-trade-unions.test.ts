import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/lib/quiz/extract';
import { loadMorphology } from '../src/lib/server/morphology';

/**
 * Trade unions a reader knows by name alone, with no "union" beside them: "Unite, which
 * represents 400 drivers, said…". Sentences written here.
 */

const morphology = loadMorphology('pl');

describe('a known trade union named alone', () => {
	it.each([
		['Unite, which represents 400 bus drivers, said the strike would go ahead.', 'Unite'],
		['The GMB called the offer an insult to 2,000 refuse collectors.', 'GMB'],
		[
			'The Royal College of Nursing said 12% of posts were empty. The RCN wants a 5% rise.',
			'Royal College of Nursing'
		]
	])('is an organisation: %j', (text, name) => {
		const found = extractFacts(text, { language: 'en' }).entities;
		expect(found.find((entity) => entity.name === name)).toMatchObject({
			category: 'organisation',
			kind: 'union'
		});
	});

	it('is one in Polish too, in another case', () => {
		const found = extractFacts(
			'Protest zapowiedział Związek Nauczycielstwa Polskiego. Według ZNP pensje wzrosną o 5 proc.',
			{ language: 'pl', morphology }
		).entities;
		expect(found.find((entity) => entity.aliases.includes('ZNP'))).toMatchObject({
			name: 'Związek Nauczycielstwa Polskiego',
			kind: 'union'
		});
	});
});
