import { describe, expect, it } from 'vitest';
import { parseNumber } from '$lib/quiz/language/number';
import { numberHintFor } from './number-hint';

/** Every example a hint gives is read by the scorer as the figure it means. */
describe('numberHintFor', () => {
	const examples = (text: string) =>
		[...text.matchAll(/[„"]([^”"]+)[”"]/g)].map((match) => match[1] ?? '');

	it('gives number examples the scorer reads as 2500, in each language', () => {
		for (const language of ['pl', 'en'] as const) {
			const hint = numberHintFor('number', language);
			expect(hint.lang).toBe(language);
			const shown = examples(hint.text);
			expect(shown).toHaveLength(3);
			for (const example of shown) expect(parseNumber(example, language)).toBe(2500);
		}
	});

	it('gives proportion examples the scorer reads as one half', () => {
		for (const language of ['pl', 'en'] as const) {
			const shown = examples(numberHintFor('proportion', language).text);
			expect(shown).toHaveLength(3);
			for (const example of shown) expect(parseNumber(example, language)).toBe(0.5);
		}
	});
});
