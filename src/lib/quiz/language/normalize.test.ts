import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldFully, foldText, words } from './normalize';
import { growthOf, linearGrowthLimit } from '$lib/testing/growth';

describe('foldText', () => {
	it.each([
		['Korea Północna', 'korea polnocna'],
		['ŻOŁNIERZE', 'zolnierze'],
		['ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ', 'acelnoszz acelnoszz'],
		['Władimir Putin', 'wladimir putin'],
		['„niepodważalnych dowodów”', 'niepodwazalnych dowodow'],
		['«Świat musi się dowiedzieć»', 'swiat musi sie dowiedziec'],
		['jesień – 2024 r.', 'jesien 2024 r'],
		['ok. 11 tys.', 'ok 11 tys'],
		['  wiele\t\tspacji \n i linii  ', 'wiele spacji i linii'],
		["Putin's army", 'putins army'],
		['Kennedy’ego', 'kennedyego'],
		['Kim Dzong-un', 'kim dzong un'],
		['Kim—Putin', 'kim putin'],
		['Ørsted, Straße, Æsir', 'orsted strasse aesir'],
		['Ｋｏｒｅａ ２０２４', 'korea 2024'],
		['İstanbul', 'istanbul'],
		['Zürich café naïve', 'zurich cafe naive'],
		['!!!', ''],
		['', ''],
		['10.2024', '10 2024'],
		['Kim 🚀 Dzong', 'kim dzong']
	])('%j → %j', (text, folded) => {
		expect(foldText(text)).toBe(folded);
	});

	it('is idempotent and never leaves double spaces, for any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (text) => {
				const folded = foldText(text);
				expect(foldText(folded)).toBe(folded);
				expect(folded).not.toMatch(/ {2}|^ | $|[A-ZĄĆĘŁŃÓŚŹŻ]/);
			})
		);
	});

	it('copes with lone surrogates and control characters', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) => {
				expect(typeof foldText(text)).toBe('string');
			})
		);
	});

	it('stays linear on long hostile input', () => {
		const hostile = (scale: number) =>
			'-'.repeat(25_000 * scale) + 'ą'.repeat(25_000 * scale) + ' '.repeat(25_000 * scale) + 'x';
		expect(foldText(hostile(8))).toBe('a'.repeat(200_000) + ' x');
		expect(growthOf(hostile, foldText)).toBeLessThan(linearGrowthLimit());
	});
});

describe('words', () => {
	it.each([
		['Kim Dzong-un', ['kim', 'dzong', 'un']],
		['Korea Płd.', ['korea', 'pld']],
		['Ukraina, Korea Południowa', ['ukraina', 'korea', 'poludniowa']],
		['   ', []],
		['„…”', []]
	])('%j → %j', (text, expected) => {
		expect(words(text)).toEqual(expected);
	});
});

describe('the quick folding', () => {
	// Polish and other Latin letters, ASCII, combining marks, other scripts and astral characters,
	// mixed: the quick path must give what the full one gives, or step aside.
	const character = fc.oneof(
		fc.constantFrom(..."ąćęłńóśźżĄĆĘŁŃÓŚŹŻßæøœİıÿŸ½²ª´`’ʼ'„”«»–—-.,;:!? \t\n"),
		fc.integer({ min: 0, max: 0x24f }).map((code) => String.fromCharCode(code)),
		fc.integer({ min: 0x250, max: 0x2fff }).map((code) => String.fromCharCode(code)),
		fc.constantFrom('\u0301', '\u0328', '\u0307', '𝐴', 'Ａ', '😀')
	);

	it('folds every text exactly as Unicode normalisation does', () => {
		fc.assert(
			fc.property(fc.array(character, { maxLength: 40 }), (characters) => {
				const text = characters.join('');
				expect(foldText(text)).toBe(foldFully(text));
			}),
			{ numRuns: 5000 }
		);
	});
});
