import { describe, expect, it } from 'vitest';
import { matchesPhrase } from './phrase-index';

describe('matchesPhrase', () => {
	it.each([
		['pomocy w programie rakietowym', 'pomoc w programie rakietowym', true],
		['w programie rakietowym pomoc', 'pomoc w programie rakietowym', true],
		['Program rakietowy', 'programie rakietowym', true],
		['obawy przed prześladowaniami', 'obawa przed prześladowaniami', true],
		['OBAWA PRZED PRZESLADOWANIAMI', 'obawa przed prześladowaniami', true],
		['obawa przed przesladowanaimi', 'obawa przed prześladowaniami', true],
		['obawa', 'obawa przed prześladowaniami', false],
		['prześladowania', 'obawa przed prześladowaniami', false],
		['rodzinz', 'rodzina', true],
		['rodzinnej', 'rodzina', true],
		['lek', 'lęk', true],
		['lak', 'lęk', false],
		['ze strachu', 'strach', true],
		['strachem', 'strach', true],
		['sto', 'strach', false],
		['bać się', 'bać się', true],
		['się', 'bać się', false],
		['a', 'a', true],
		['', 'rodzina', false],
		['rodzina', '', false],
		['2024', '2025', false]
	])('%j contains %j: %s', (answer, phrase, expected) => {
		expect(matchesPhrase(answer, phrase, 'pl')).toBe(expected);
	});

	it.each([
		["fear of their families' persecution", 'persecution of families', true],
		['families feared', 'family fear', true],
		['the', 'the family', false]
	])('English: %j contains %j: %s', (answer, phrase, expected) => {
		expect(matchesPhrase(answer, phrase, 'en')).toBe(expected);
	});
});
