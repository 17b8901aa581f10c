import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolishNumber, polishNumeralForms } from './numbers-pl';
import { foldNumeralWord } from './numerals';
import { polishWords } from '../../testing/polish-words';

/** Every form of a declined numeral, by value: nominative, genitive, dative, instrumental… */
const DECLINED: [number, string[]][] = [
	[1, ['jeden', 'jedna', 'jedno', 'jednego', 'jednej', 'jednemu', 'jednym', 'jedną']],
	[2, ['dwa', 'dwie', 'dwóch', 'dwu', 'dwom', 'dwoma', 'dwiema', 'dwaj', 'dwoje', 'dwojga']],
	[3, ['trzy', 'trzech', 'trzem', 'trzema', 'trzej', 'troje']],
	[4, ['cztery', 'czterech', 'czterem', 'czterema', 'czterej', 'czworo']],
	[5, ['pięć', 'pięciu', 'pięcioma']],
	[6, ['sześć', 'sześciu', 'sześcioma']],
	[7, ['siedem', 'siedmiu', 'siedmioma']],
	[8, ['osiem', 'ośmiu', 'ośmioma']],
	[9, ['dziewięć', 'dziewięciu', 'dziewięcioma']],
	[10, ['dziesięć', 'dziesięciu', 'dziesięcioma']],
	[11, ['jedenaście', 'jedenastu', 'jedenastoma']],
	[12, ['dwanaście', 'dwunastu', 'dwunastoma']],
	[13, ['trzynaście', 'trzynastu', 'trzynastoma']],
	[14, ['czternaście', 'czternastu', 'czternastoma']],
	[15, ['piętnaście', 'piętnastu', 'piętnastoma']],
	[16, ['szesnaście', 'szesnastu', 'szesnastoma']],
	[17, ['siedemnaście', 'siedemnastu', 'siedemnastoma']],
	[18, ['osiemnaście', 'osiemnastu', 'osiemnastoma']],
	[19, ['dziewiętnaście', 'dziewiętnastu', 'dziewiętnastoma']],
	[20, ['dwadzieścia', 'dwudziestu', 'dwudziestoma']],
	[30, ['trzydzieści', 'trzydziestu', 'trzydziestoma']],
	[40, ['czterdzieści', 'czterdziestu', 'czterdziestoma']],
	[50, ['pięćdziesiąt', 'pięćdziesięciu', 'pięćdziesięcioma']],
	[60, ['sześćdziesiąt', 'sześćdziesięciu']],
	[70, ['siedemdziesiąt', 'siedemdziesięciu']],
	[80, ['osiemdziesiąt', 'osiemdziesięciu']],
	[90, ['dziewięćdziesiąt', 'dziewięćdziesięciu']],
	[100, ['sto', 'stu', 'stoma']],
	[200, ['dwieście', 'dwustu', 'dwustoma']],
	[300, ['trzysta', 'trzystu']],
	[400, ['czterysta', 'czterystu']],
	[500, ['pięćset', 'pięciuset']],
	[600, ['sześćset', 'sześciuset']],
	[700, ['siedemset', 'siedmiuset']],
	[800, ['osiemset', 'ośmiuset']],
	[900, ['dziewięćset', 'dziewięciuset']],
	[1000, ['tysiąc', 'tysiąca', 'tysiącem', 'tysiącu']],
	[1_000_000, ['milion', 'miliona', 'milionem', 'milionie']],
	[1_000_000_000, ['miliard', 'miliarda', 'miliardem', 'miliardzie']]
];

const DECLINED_CASES = DECLINED.flatMap(([value, forms]) =>
	forms.map((form) => [form, value] as const)
);

/** Thousands in every case: the scale word agrees with the number before it. */
const THOUSANDS: [string, number][] = [
	['jedenaście tysięcy', 11000],
	['jedenastu tysięcy', 11000],
	['jedenastoma tysiącami', 11000],
	['cztery tysiące', 4000],
	['czterech tysięcy', 4000],
	['czterema tysiącami', 4000],
	['czterem tysiącom', 4000],
	['o czterech tysiącach', 4000],
	['dwa tysiące', 2000],
	['dwóch tysięcy', 2000],
	['dwoma tysiącami', 2000],
	['pięć tysięcy', 5000],
	['pięciu tysięcy', 5000],
	['sto tysięcy', 100000],
	['stu tysięcy', 100000],
	['dwa miliony', 2e6],
	['dwóch milionów', 2e6],
	['pięć milionów', 5e6],
	['trzy miliardy', 3e9],
	['trzech miliardów', 3e9],
	['dwadzieścia jeden tysięcy', 21000],
	['dwudziestu jeden tysięcy', 21000],
	['dwa tysiące trzysta czterdzieści pięć', 2345],
	['dwóch tysięcy trzystu czterdziestu pięciu', 2345],
	['tysiąc dziewięćset osiemdziesiąt cztery', 1984],
	['dwa miliony pięćset tysięcy', 2_500_000],
	[
		'sto dwadzieścia trzy miliony czterysta pięćdziesiąt sześć tysięcy siedemset osiemdziesiąt dziewięć',
		123_456_789
	],
	['dziewięćset dziewięćdziesiąt dziewięć miliardów', 999e9],
	['półtora tysiąca', 1500],
	['półtora miliona', 1_500_000],
	['półtorej', 1.5],
	['pół miliona', 500_000],
	['pół tysiąca', 500],
	['dwa i pół tysiąca', 2500],
	['ćwierć miliona', 250_000]
];

const DIGITS: [string, number][] = [
	['11000', 11000],
	['11 000', 11000],
	['11\u00a0000', 11000],
	['11\u202f000', 11000],
	['11.000', 11000],
	['1 000 000', 1e6],
	['2', 2],
	['0', 0],
	['1,5', 1.5],
	['0,5', 0.5],
	['1.5', 1.5],
	['1,500', 1.5],
	['11 tys.', 11000],
	['11 tys', 11000],
	['11tys.', 11000],
	['11 tysięcy', 11000],
	['11 tysiące', 11000],
	['2,5 tys.', 2500],
	['11k', 11000],
	['11 K', 11000],
	['2 mln', 2e6],
	['2 mln.', 2e6],
	['2 miliony', 2e6],
	['1,5 mld', 1.5e9],
	['1,5 miliarda', 1.5e9],
	['3 mld', 3e9],
	['2,14 mld', 2_140_000_000],
	['0,07 mln', 70_000],
	['2 mln 500 tys.', 2_500_000],
	['-5', -5],
	['minus pięć', -5],
	['2m', 2]
];

const FRACTIONS: [string, number][] = [
	['1/2', 0.5],
	['3/4', 0.75],
	['pół', 0.5],
	['połowa', 0.5],
	['połowę', 0.5],
	['połowy', 0.5],
	['połową', 0.5],
	['jedna druga', 0.5],
	['jedna trzecia', 1 / 3],
	['jedną trzecią', 1 / 3],
	['jednej trzeciej', 1 / 3],
	['dwie trzecie', 2 / 3],
	['trzy czwarte', 0.75],
	['jedna czwarta', 0.25],
	['ćwierć', 0.25],
	['jedna dziesiąta', 0.1],
	['50%', 0.5],
	['50 %', 0.5],
	['50 procent', 0.5],
	['50 proc.', 0.5],
	['pięćdziesiąt procent', 0.5],
	['pięćdziesięciu procent', 0.5],
	['25 procentach', 0.25],
	['12,5%', 0.125]
];

const IN_CONTEXT: [string, number][] = [
	['ok. 11 tys. żołnierzy', 11000],
	['ok 11 tys', 11000],
	['około czterech tysięcy żołnierzy', 4000],
	['około czterech tysięcy żołnierzy północnokoreańskich', 4000],
	['blisko 11 tysięcy', 11000],
	['prawie tysiąc', 1000],
	['niemal tysiąc żołnierzy', 1000],
	['mniej więcej 11 000', 11000],
	['ponad 4 tys.', 4000],
	['przeszło cztery tysiące', 4000],
	['szacunkowo 11 tys. żołnierzy', 11000],
	['tylko dwóch', 2],
	['dwóch Koreańczyków', 2],
	['~11000', 11000],
	['≈ 11 000', 11000],
	['11 000 ludzi', 11000],
	['trafiło tam 11 tysięcy żołnierzy', 11000],
	['JEDENAŚCIE TYSIĘCY', 11000],
	['Jedenaście Tysięcy', 11000],
	['  11 tys.  ', 11000],
	['około połowę', 0.5]
];

const WITHOUT_DIACRITICS: [string, number][] = [
	['jedenascie tysiecy', 11000],
	['czterech tysiecy', 4000],
	['dwoch', 2],
	['piecset', 500],
	['dwadziescia', 20],
	['tysiac', 1000],
	['polowe', 0.5],
	['poltora miliona', 1_500_000],
	['osmiu', 8],
	['szesc', 6]
];

/** Nothing, or more than one number, or a typo: never some other number. */
const UNREADABLE: string[] = [
	'',
	'   ',
	'abc',
	'tys.',
	'%',
	'mln',
	'k',
	'dwudzestu',
	'czterch',
	'jedenscie',
	'dwadziescie',
	'tysionc',
	'2 lub 3',
	'między 10 a 12 tysięcy',
	'10-12 tysięcy',
	'tysiąc tysiąc',
	'dwa trzy',
	'jedenaście dwa',
	'dwa dwadzieścia',
	'sto sto',
	'nie 11 tysięcy',
	'bez dwóch',
	'druga',
	'trzecia',
	'pierwszy',
	'drugi',
	'kilka',
	'wiele tysięcy',
	'tysiąc ludzi i milion pocisków',
	'tysięcy',
	'miliony',
	'1/0',
	'x'.repeat(201)
];

describe('parsePolishNumber', () => {
	it.each(DECLINED_CASES)('reads the declined form %s as %d', (text, value) => {
		expect(parsePolishNumber(text)).toBe(value);
	});
	it.each(THOUSANDS)('reads compound %s as %d', (text, value) => {
		expect(parsePolishNumber(text)).toBe(value);
	});
	it.each(DIGITS)('reads digits %j as %d', (text, value) => {
		expect(parsePolishNumber(text)).toBe(value);
	});
	it.each(FRACTIONS)('reads fraction or percentage %s as %d', (text, value) => {
		expect(parsePolishNumber(text)).toBeCloseTo(value, 10);
	});
	it.each(IN_CONTEXT)('ignores hedges and nouns in %j', (text, value) => {
		expect(parsePolishNumber(text)).toBe(value);
	});
	it.each(WITHOUT_DIACRITICS)('forgives missing diacritics in %s', (text, value) => {
		expect(parsePolishNumber(text)).toBe(value);
	});
	it.each(UNREADABLE)('reads no number from %j', (text) => {
		expect(parsePolishNumber(text)).toBeNull();
	});

	it('never confuses two numerals once diacritics are folded', () => {
		const byFolded = new Map<string, number>();
		for (const [value, forms] of DECLINED) {
			for (const form of forms) {
				const folded = foldNumeralWord(form.toLowerCase());
				const seen = byFolded.get(folded);
				if (seen !== undefined) expect(seen, folded).toBe(value);
				byFolded.set(folded, value);
			}
		}
		expect(new Set(polishNumeralForms().map(([form]) => form)).size).toBe(
			polishNumeralForms().length
		);
	});
});

describe('parsePolishNumber properties', () => {
	it('reads back every integer spelled out in Polish words', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
				expect(parsePolishNumber(polishWords(n))).toBe(n);
			}),
			{ numRuns: 2000 }
		);
	});

	it('reads back every integer in digits, grouped with spaces or not', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
				expect(parsePolishNumber(String(n))).toBe(n);
				expect(parsePolishNumber(String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' '))).toBe(n);
				expect(
					parsePolishNumber(String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0') + ' żołnierzy')
				).toBe(n);
			}),
			{ numRuns: 1000 }
		);
	});

	it('never throws and returns a finite number or null for any text', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
				(text) => {
					const value = parsePolishNumber(text);
					expect(value === null || Number.isFinite(value)).toBe(true);
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('handles long runs of numeral words within its length limit', () => {
		const long = 'dwa '.repeat(50).slice(0, 200);
		expect(parsePolishNumber(long)).toBeNull();
		expect(parsePolishNumber('tysiąc '.repeat(28))).toBeNull();
	});
});
