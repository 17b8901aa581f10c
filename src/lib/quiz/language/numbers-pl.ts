import { readNumber, type Numeral, type NumeralLexicon } from './numerals';

/**
 * Polish numerals in every case and gender, folded (no diacritics), so that "czterech",
 * "czterema" and "czterej" all read 4 and "dwoch" typed without the accent still reads 2.
 * Folding creates no collisions among these forms (a test checks it).
 */

type Role = 'unit' | 'teen' | 'ten' | 'hundred';

const FORMS: [Role, number, string[]][] = [
	['unit', 0, ['zero', 'zera', 'zeru', 'zerem']],
	[
		'unit',
		1,
		[
			'jeden',
			'jedna',
			'jedno',
			'jednego',
			'jednej',
			'jednemu',
			'jednym',
			'jedni',
			'jednych',
			'jednymi'
		]
	],
	[
		'unit',
		2,
		[
			'dwa',
			'dwie',
			'dwoch',
			'dwu',
			'dwom',
			'dwoma',
			'dwiema',
			'dwaj',
			'dwoje',
			'dwojga',
			'dwojgu',
			'dwojgiem'
		]
	],
	[
		'unit',
		3,
		['trzy', 'trzech', 'trzem', 'trzema', 'trzej', 'troje', 'trojga', 'trojgu', 'trojgiem']
	],
	[
		'unit',
		4,
		[
			'cztery',
			'czterech',
			'czterem',
			'czterema',
			'czterej',
			'czworo',
			'czworga',
			'czworgu',
			'czworgiem'
		]
	],
	['unit', 5, ['piec', 'pieciu', 'piecioma']],
	['unit', 6, ['szesc', 'szesciu', 'szescioma']],
	['unit', 7, ['siedem', 'siedmiu', 'siedmioma']],
	['unit', 8, ['osiem', 'osmiu', 'osmioma']],
	['unit', 9, ['dziewiec', 'dziewieciu', 'dziewiecioma']],
	['teen', 10, ['dziesiec', 'dziesieciu', 'dziesiecioma']],
	['teen', 11, ['jedenascie', 'jedenastu', 'jedenastoma']],
	['teen', 12, ['dwanascie', 'dwunastu', 'dwunastoma']],
	['teen', 13, ['trzynascie', 'trzynastu', 'trzynastoma']],
	['teen', 14, ['czternascie', 'czternastu', 'czternastoma']],
	['teen', 15, ['pietnascie', 'pietnastu', 'pietnastoma']],
	['teen', 16, ['szesnascie', 'szesnastu', 'szesnastoma']],
	['teen', 17, ['siedemnascie', 'siedemnastu', 'siedemnastoma']],
	['teen', 18, ['osiemnascie', 'osiemnastu', 'osiemnastoma']],
	['teen', 19, ['dziewietnascie', 'dziewietnastu', 'dziewietnastoma']],
	['ten', 20, ['dwadziescia', 'dwudziestu', 'dwudziestoma']],
	['ten', 30, ['trzydziesci', 'trzydziestu', 'trzydziestoma']],
	['ten', 40, ['czterdziesci', 'czterdziestu', 'czterdziestoma']],
	['ten', 50, ['piecdziesiat', 'piecdziesieciu', 'piecdziesiecioma']],
	['ten', 60, ['szescdziesiat', 'szescdziesieciu', 'szescdziesiecioma']],
	['ten', 70, ['siedemdziesiat', 'siedemdziesieciu', 'siedemdziesiecioma']],
	['ten', 80, ['osiemdziesiat', 'osiemdziesieciu', 'osiemdziesiecioma']],
	['ten', 90, ['dziewiecdziesiat', 'dziewiecdziesieciu', 'dziewiecdziesiecioma']],
	['hundred', 100, ['sto', 'stu', 'stoma']],
	['hundred', 200, ['dwiescie', 'dwustu', 'dwustoma']],
	['hundred', 300, ['trzysta', 'trzystu', 'trzystoma']],
	['hundred', 400, ['czterysta', 'czterystu', 'czterystoma']],
	['hundred', 500, ['piecset', 'pieciuset']],
	['hundred', 600, ['szescset', 'szesciuset']],
	['hundred', 700, ['siedemset', 'siedmiuset']],
	['hundred', 800, ['osiemset', 'osmiuset']],
	['hundred', 900, ['dziewiecset', 'dziewieciuset']]
];

const SCALES: [number, string[]][] = [
	[
		1e3,
		[
			'tysiac',
			'tysiaca',
			'tysiacowi',
			'tysiacem',
			'tysiacu',
			'tysiace',
			'tysiecy',
			'tysiacom',
			'tysiacami',
			'tysiacach'
		]
	],
	[
		1e6,
		[
			'milion',
			'miliona',
			'milionowi',
			'milionem',
			'milionie',
			'miliony',
			'milionow',
			'milionom',
			'milionami',
			'milionach'
		]
	],
	[
		1e9,
		[
			'miliard',
			'miliarda',
			'miliardowi',
			'miliardem',
			'miliardzie',
			'miliardy',
			'miliardow',
			'miliardom',
			'miliardami',
			'miliardach'
		]
	]
];

/** Singular forms are a count by themselves ("tysiąca żołnierzy" is 1000); plural ones need a number. */
const SINGULAR = new Set(
	['tysiac', 'milion', 'miliard']
		.flatMap((stem) => [stem, `${stem}a`, `${stem}owi`, `${stem}em`])
		.concat(['tysiacu', 'milionie', 'miliardzie'])
);

/** Abbreviations only count after digits: "11 tys." is 11 000, "tys." alone is nothing. */
const ABBREVIATIONS: [number, string[]][] = [
	[1e3, ['tys', 'k']],
	[1e6, ['mln']],
	[1e9, ['mld']]
];

/** Ordinal forms used as denominators of fractions: "jedna trzecia", "dwie trzecie", "trzech czwartych". */
const DENOMINATORS: [number, string[]][] = [
	[2, ['druga', 'drugie', 'drugich', 'drugiej']],
	[3, ['trzecia', 'trzecie', 'trzecich', 'trzeciej']],
	[4, ['czwarta', 'czwarte', 'czwartych', 'czwartej']],
	[5, ['piata', 'piate', 'piatych', 'piatej']],
	[6, ['szosta', 'szoste', 'szostych', 'szostej']],
	[7, ['siodma', 'siodme', 'siodmych', 'siodmej']],
	[8, ['osma', 'osme', 'osmych', 'osmej']],
	[9, ['dziewiata', 'dziewiate', 'dziewiatych', 'dziewiatej']],
	[10, ['dziesiata', 'dziesiate', 'dziesiatych', 'dziesiatej']],
	[100, ['setna', 'setne', 'setnych', 'setnej']]
];

function buildWords(): Map<string, Numeral> {
	const words = new Map<string, Numeral>();
	const add = (forms: string[], numeral: Numeral) => {
		for (const form of forms) {
			if (words.has(form)) throw new Error(`duplicate Polish numeral form "${form}"`);
			words.set(form, numeral);
		}
	};
	for (const [role, value, forms] of FORMS) add(forms, { role, value });
	for (const [value, forms] of SCALES) {
		for (const form of forms) add([form], { role: 'scale', value, alone: SINGULAR.has(form) });
	}
	for (const [value, forms] of ABBREVIATIONS)
		add(forms, { role: 'scale', value, afterDigitsOnly: true });
	for (const [value, forms] of DENOMINATORS) add(forms, { role: 'denominator', value });
	add(['pol'], { role: 'fraction-prefix', value: 0.5 });
	add(['poltora', 'poltorej'], { role: 'fraction-prefix', value: 1.5 });
	add(['cwierc'], { role: 'fraction-prefix', value: 0.25 });
	add(['polowa', 'polowy', 'polowie', 'polowe'], { role: 'whole', value: 0.5 });
	add(['procent', 'procenta', 'procentow', 'procentach', 'procentami', 'procentom', 'proc'], {
		role: 'percent'
	});
	add(['minus'], { role: 'minus' });
	return words;
}

export const POLISH_NUMERALS: NumeralLexicon = {
	words: buildWords(),
	connectors: new Set(['i']),
	negations: new Set(['nie', 'bez']),
	decimalComma: true,
	decimalPoints: new Set(['przecinek'])
};

/** Every folded form the Polish lexicon knows, with its role: for tests and documentation. */
export function polishNumeralForms(): [string, Numeral][] {
	return [...POLISH_NUMERALS.words.entries()];
}

export function parsePolishNumber(text: string): number | null {
	return readNumber(text, POLISH_NUMERALS);
}
