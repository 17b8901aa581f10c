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
	return foldQuickly(text) ?? foldFully(text);
}

/** The reference folding, by Unicode normalisation: what foldText does, only slower. */
export function foldFully(text: string): string {
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

/**
 * What foldFully makes of each character below U+0250 (ASCII, Latin-1 and Latin Extended-A and
 * B: every Polish letter) on its own: the letters it becomes, '' when it vanishes, ' ' when it
 * separates words. Read off foldFully itself, so that the quick path cannot disagree with it.
 */
const QUICK_LIMIT = 0x250;
const QUICK_FOLDS: readonly (string | undefined)[] = Array.from(
	{ length: QUICK_LIMIT },
	(_, code) => {
		const character = String.fromCharCode(code);
		const between = foldFully(`a${character}b`);
		if (between === 'a b') return ' ';
		if (between === 'ab') return '';
		const alone = foldFully(character);
		return /^[a-z0-9]+$/.test(alone) && between === `a${alone}b` ? alone : undefined;
	}
);

/**
 * foldFully in one pass for text of those characters, which is nearly every answer; null for
 * anything else (combining marks, other scripts), which takes the full path.
 */
function foldQuickly(text: string): string | null {
	let folded = '';
	let space = false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		const fold = code < QUICK_LIMIT ? QUICK_FOLDS[code] : undefined;
		if (fold === undefined) return null;
		if (fold === ' ') space = folded !== '';
		else if (fold !== '') {
			if (space) folded += ' ';
			space = false;
			folded += fold;
		}
	}
	return folded;
}

/** The folded words of a text: "Kim Dzong-un" → ["kim", "dzong", "un"]. */
export function words(text: string): string[] {
	const folded = foldText(text);
	return folded === '' ? [] : folded.split(' ');
}

/** Text matched literally inside a regular expression ("St. Ives", "£2.5m"). */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
