import { readNumber, type Numeral, type NumeralLexicon } from './numerals';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function buildWords(): Map<string, Numeral> {
	const words = new Map<string, Numeral>();
	UNITS.forEach((word, value) => words.set(word, { role: 'unit', value }));
	TEENS.forEach((word, index) => words.set(word, { role: 'teen', value: 10 + index }));
	TENS.forEach((word, index) => words.set(word, { role: 'ten', value: 20 + index * 10 }));
	for (const word of ['hundred', 'hundreds']) words.set(word, { role: 'hundred-multiplier' });
	for (const word of ['thousand', 'thousands']) words.set(word, { role: 'scale', value: 1e3 });
	for (const word of ['million', 'millions']) words.set(word, { role: 'scale', value: 1e6 });
	for (const word of ['billion', 'billions']) words.set(word, { role: 'scale', value: 1e9 });
	words.set('k', { role: 'scale', value: 1e3, afterDigitsOnly: true });
	words.set('bn', { role: 'scale', value: 1e9, afterDigitsOnly: true });
	// "£150m", "£40mn": money in millions; "150 m" apart is metres and stays 150.
	for (const word of ['m', 'mn'])
		words.set(word, { role: 'scale', value: 1e6, afterDigitsOnly: true, attachedOnly: true });
	words.set('half', { role: 'denominator', value: 2, alone: 0.5 });
	words.set('halves', { role: 'denominator', value: 2 });
	for (const word of ['third', 'thirds']) words.set(word, { role: 'denominator', value: 3 });
	for (const word of ['quarter', 'quarters'])
		words.set(word, { role: 'denominator', value: 4, alone: 0.25 });
	for (const word of ['fourth', 'fourths']) words.set(word, { role: 'denominator', value: 4 });
	for (const word of ['fifth', 'fifths']) words.set(word, { role: 'denominator', value: 5 });
	for (const word of ['tenth', 'tenths']) words.set(word, { role: 'denominator', value: 10 });
	words.set('percent', { role: 'percent' });
	words.set('minus', { role: 'minus' });
	words.set('a', { role: 'article' });
	words.set('an', { role: 'article' });
	return words;
}

export const ENGLISH_NUMERALS: NumeralLexicon = {
	words: buildWords(),
	connectors: new Set(['and']),
	negations: new Set(['not', 'no']),
	decimalComma: false,
	decimalPoints: new Set(['point'])
};

export function parseEnglishNumber(text: string): number | null {
	return readNumber(text, ENGLISH_NUMERALS);
}
