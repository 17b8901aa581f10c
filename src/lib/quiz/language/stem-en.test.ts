import { describe, expect, it } from 'vitest';
import { foldText } from './normalize';
import { ENGLISH_STOPWORDS, stemEnglish } from './stem-en';
import { stem, stopwordsFor } from './stem';

const stemOf = (word: string) => stemEnglish(foldText(word));

describe('stemEnglish: inflected forms of one word meet', () => {
	it.each([
		['fear', 'fears feared fearing'],
		['accuse', 'accused accuses accusing'],
		['troop', 'troops'],
		['family', 'families'],
		['Korea', "Korea's"],
		['Korean', 'Koreans'],
		['missile', 'missiles'],
		['relative', 'relatives'],
		['stop', 'stopped stopping stops'],
		['persecution', 'persecutions'],
		['box', 'boxes'],
		['church', 'churches'],
		['deny', 'denied denies'],
		['soldier', "soldiers soldiers'"]
	])('%s ~ %s', (base, forms) => {
		const expected = stemOf(base);
		for (const form of forms.split(' ')) expect(stemOf(form), form).toBe(expected);
	});

	it.each([
		['spring', 'spring'],
		['king', 'king'],
		['was', 'was'],
		['us', 'us'],
		['this', 'this'],
		['falling', 'fall'],
		['2024', '2024']
	])('%s → %s (too short or not an ending)', (word, expected) => {
		expect(stemEnglish(word)).toBe(expected);
	});
});

describe('ENGLISH_STOPWORDS', () => {
	it.each(['the', 'of', 'in', 'and', 'a', 'an', 'to', 'for', 'with'])('holds %s', (word) => {
		expect(ENGLISH_STOPWORDS.has(word)).toBe(true);
	});
});

describe('stem: the dispatcher', () => {
	it.each([
		['rodzinami', 'pl', 'rodzin'],
		['families', 'en', 'family'],
		['rodzinami', 'en', 'rodzinami'],
		['families', 'pl', 'families']
	] as const)('%s in %s → %s', (word, language, expected) => {
		expect(stem(word, language)).toBe(expected);
		expect(stem(word, language)).toBe(expected);
	});

	it('gives each language its stopwords', () => {
		expect(stopwordsFor('pl').has('sie')).toBe(true);
		expect(stopwordsFor('en').has('the')).toBe(true);
		expect(stopwordsFor('en').has('sie')).toBe(false);
	});
});
