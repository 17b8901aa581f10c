import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../content';
import { CONCEPTS, conceptTable, ideaOf, rootsOf } from './concepts';
import { foldText } from './normalize';
import { stem } from './stem';
import { POLISH_STOPWORDS } from './stem-pl';
import { ENGLISH_STOPWORDS } from './stem-en';

describe('the concept table', () => {
	it.each(LANGUAGES)('%s: no word or stem states two ideas', (language) => {
		const owners = new Map<string, number>();
		const clashes: string[] = [];
		CONCEPTS.forEach((group, id) => {
			for (const word of group) {
				const folded = foldText(word);
				for (const form of new Set([folded, stem(folded, language)])) {
					const owner = owners.get(form);
					if (owner !== undefined && owner !== id) clashes.push(`${word} (${form})`);
					owners.set(form, id);
				}
			}
		});
		expect(clashes).toEqual([]);
	});

	it('gives no root to two ideas', () => {
		const owners = new Map<string, number>();
		const clashes: string[] = [];
		CONCEPTS.forEach((group, id) => {
			for (const word of group) {
				for (const root of rootsOf(foldText(word))) {
					const owner = owners.get(root);
					if (owner !== undefined && owner !== id) clashes.push(`${word} (${root})`);
					owners.set(root, id);
				}
			}
		});
		expect(clashes).toEqual([]);
	});

	it.each([
		['ukarałby', 'kara', 'pl'],
		['represjonowani', 'represje', 'pl'],
		['prześladowanych', 'prześladowanie', 'pl'],
		['families', 'rodzina', 'pl'],
		['persecuted', 'represje', 'pl'],
		['rodzinami', 'family', 'en']
	] as const)(
		'%s, a form the stemmer leaves apart, states the idea of %s (%s)',
		(word, idea, language) => {
			const table = conceptTable(language);
			const of = (text: string) => {
				const folded = foldText(text);
				return ideaOf(table, folded, stem(folded, language));
			};
			expect(of(word)).toBeGreaterThanOrEqual(0);
			expect(of(word)).toBe(of(idea));
		}
	);

	it.each(['karabin', 'dowódca', 'rodeo', 'familiarny'])(
		'%s, which only begins like a word of the table, states no idea',
		(word) => {
			const table = conceptTable('pl');
			const folded = foldText(word);
			expect(ideaOf(table, folded, stem(folded, 'pl'))).toBe(-1);
		}
	);

	it('holds no stopword, which would turn every answer into an idea', () => {
		const words = CONCEPTS.flat().map(foldText);
		expect(
			words.filter((word) => POLISH_STOPWORDS.has(word) || ENGLISH_STOPWORDS.has(word))
		).toEqual([]);
	});

	it.each([
		['boją', 'strach', 'pl'],
		['obawiają', 'lęk', 'pl'],
		['ukarani', 'represje', 'pl'],
		['bliskich', 'rodzina', 'pl'],
		['scared', 'fear', 'en'],
		['punished', 'reprisals', 'en'],
		['relatives', 'families', 'en']
	] as const)('%s states the idea of %s (%s)', (word, idea, language) => {
		const { groupOf } = conceptTable(language);
		const of = (text: string) => {
			const folded = foldText(text);
			return groupOf.get(folded) ?? groupOf.get(stem(folded, language));
		};
		expect(of(word)).toBeDefined();
		expect(of(word)).toBe(of(idea));
	});
});
