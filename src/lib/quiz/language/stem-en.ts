/**
 * A light English stemmer for folded words: plurals, possessives, "-ed", "-ing" and a final
 * "e", so that "fears", "feared" and "fearing" meet, and "accuse", "accused", "accuses".
 */

const MIN_STEM = 3;
const VOWEL = /[aeiouy]/;
const HAS_DIGIT = /\d/;
/** Porter's rule: "stopped" → "stop", but "falling" keeps "fall". */
const UNDOUBLED = /([^aeiouylsz])\1$/;

function stripSuffix(word: string): string {
	if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
	if (word.endsWith('ied') && word.length > 4) return word.slice(0, -3) + 'y';
	if (word.endsWith('sses')) return word.slice(0, -2);
	if (/(?:[sxz]|ch|sh)es$/.test(word) && word.length - 2 >= MIN_STEM) return word.slice(0, -2);
	if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word) && word.length - 1 >= MIN_STEM) {
		return word.slice(0, -1);
	}
	for (const ending of ['ing', 'ed']) {
		if (!word.endsWith(ending)) continue;
		const stem = word.slice(0, -ending.length);
		if (stem.length < MIN_STEM || !VOWEL.test(stem)) return word;
		return UNDOUBLED.test(stem) ? stem.slice(0, -1) : stem;
	}
	return word;
}

export function stemEnglish(word: string): string {
	if (HAS_DIGIT.test(word)) return word;
	const unpossessed = word.replace(/['’]s?$/, '');
	const stem = stripSuffix(unpossessed);
	return stem.endsWith('e') && stem.length > MIN_STEM ? stem.slice(0, -1) : stem;
}

/** Folded English words that carry no content in an answer or a key phrase. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set([
	'a',
	'an',
	'and',
	'are',
	'as',
	'at',
	'be',
	'both',
	'by',
	'for',
	'from',
	'he',
	'her',
	'his',
	'in',
	'is',
	'it',
	'its',
	'of',
	'on',
	'or',
	'she',
	'that',
	'the',
	'their',
	'them',
	'they',
	'this',
	'to',
	'was',
	'well',
	'were',
	'with'
]);
