/**
 * Folding of learners' text before it is compared with a key: case, diacritics, quotes,
 * dashes and punctuation must never decide whether an answer is right.
 */

/** Letters that NFKD leaves whole because they are not a base letter plus a mark. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
	ł: 'l',
	đ: 'd',
	ð: 'd',
	ø: 'o',
	ħ: 'h',
	ı: 'i',
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	þ: 'th'
};

/** Anything outside printable ASCII may carry a diacritic (tabs and newlines take the slow path too). */
const BEYOND_PRINTABLE_ASCII = /[^ -~]/;
const MARKS = /\p{M}+/gu;
const UNDECOMPOSED = /[łđðøħıßæœþ]/g;
/**
 * Apostrophes vanish rather than split, so "Putin's" stays one word and Polish
 * "Kennedy'ego" keeps its ending on the name.
 */
const APOSTROPHES = /['’ʼ`´]/g;
/** One character class with one quantifier: linear, whatever the input. */
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Lowercase, diacritics removed (ł → l too), apostrophes dropped, every other run of
 * non-letters and non-digits (quotes, dashes, hyphens, punctuation, whitespace) turned
 * into one space, trimmed. "Kim Dzong-un, „przywódca”" → "kim dzong un przywodca".
 */
export function foldText(text: string): string {
	let folded = text;
	if (BEYOND_PRINTABLE_ASCII.test(folded)) {
		// Compatibility forms first ("𝐴", "Ａ" → "A"), then case, which may add marks ("İ").
		folded = folded
			.normalize('NFKD')
			.toLowerCase()
			.replace(MARKS, '')
			.replace(UNDECOMPOSED, (letter) => FOLDED_LETTERS[letter] ?? letter);
	} else {
		folded = folded.toLowerCase();
	}
	return folded.replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim();
}

/** The folded words of a text: "Kim Dzong-un" → ["kim", "dzong", "un"]. */
export function words(text: string): string[] {
	const folded = foldText(text);
	return folded === '' ? [] : folded.split(' ');
}
