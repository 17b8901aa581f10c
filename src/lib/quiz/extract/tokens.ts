import { foldText } from '../language/normalize';

/**
 * Words, numbers and punctuation of an article with their character offsets, so that every
 * candidate can point back at the exact text it was read from.
 */
export interface Token {
	kind: 'word' | 'number' | 'punct';
	/** The text as the article has it. */
	text: string;
	start: number;
	end: number;
	/** Folded words of the token (see `foldText`): "Dzong-un" → ["dzong", "un"], "U.S." → ["u", "s"]. */
	words: readonly string[];
	/** The folded words joined by spaces: what lexicons are looked up by. */
	key: string;
	/** Starts with a capital letter. */
	capitalised: boolean;
	/** Two or more letters, all capitals: "USA", "NATO", "U.S.". */
	acronym: boolean;
	/** Whitespace (or the start of the text) separates it from the token before. */
	spaceBefore: boolean;
}

export function isDigitCode(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** Latin letters up to U+024F, looked up rather than case-converted: most letters of any article. */
const LATIN_LETTERS = (() => {
	const letters = new Uint8Array(0x250);
	for (let code = 0; code < letters.length; code++) {
		const char = String.fromCharCode(code);
		letters[code] = char.toLowerCase() !== char.toUpperCase() ? 1 : 0;
	}
	return letters;
})();

export function isLetterAt(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if (code < LATIN_LETTERS.length) return LATIN_LETTERS[code] === 1;
	if (Number.isNaN(code)) return false;
	const char = text[index] as string;
	return char.toLowerCase() !== char.toUpperCase();
}

export function isSpaceCode(code: number): boolean {
	return (
		code === 32 ||
		code === 9 ||
		code === 10 ||
		code === 13 ||
		code === 12 ||
		code === 0xa0 ||
		code === 0x2009 ||
		code === 0x202f ||
		code === 0x2007
	);
}

function isUpperAt(text: string, index: number): boolean {
	const char = text[index] as string;
	return char !== char.toLowerCase();
}

const APOSTROPHES = new Set(["'", '’']);

/** "Putin's", "Kyiv’s": an English possessive ending. */
function isPossessive(surface: string): boolean {
	const last = surface.charCodeAt(surface.length - 1);
	return (
		surface.length > 2 &&
		(last === 115 || last === 83) &&
		APOSTROPHES.has(surface[surface.length - 2] as string)
	);
}

/** Letters, then hyphen- or apostrophe-joined letters: "Dzong-un", "Putin's", "mid-January". */
function wordEnd(text: string, start: number, limit: number): number {
	let end = start;
	for (;;) {
		while (end < limit && isLetterAt(text, end)) end++;
		const joiner = text[end];
		if (
			end + 1 < limit &&
			(joiner === '-' || (joiner !== undefined && APOSTROPHES.has(joiner))) &&
			isLetterAt(text, end + 1)
		) {
			end++;
			continue;
		}
		return end;
	}
}

/**
 * "U.S.", "m.in.", "e.g.", "p.n.e.": groups of one or two letters, each closed by a dot.
 * Returns where such an abbreviation ends, or -1 when the text at `start` is not one.
 */
function dottedAbbreviationEnd(text: string, start: number, limit: number): number {
	let index = start;
	let groups = 0;
	for (;;) {
		let end = index;
		while (end < limit && end - index < 3 && isLetterAt(text, end)) end++;
		const length = end - index;
		if (length === 0 || length > 2 || text[end] !== '.') break;
		groups++;
		index = end + 1;
		if (!(index < limit && isLetterAt(text, index))) break;
	}
	return groups >= 2 ? index : -1;
}

/** "11", "1,5", "11.000", "1.234.567": digits with single inner separators. */
function numberEnd(text: string, start: number, limit: number): number {
	let end = start;
	for (;;) {
		while (end < limit && isDigitCode(text.charCodeAt(end))) end++;
		const separator = text[end];
		if ((separator === ',' || separator === '.') && isDigitCode(text.charCodeAt(end + 1))) {
			end++;
			continue;
		}
		return end;
	}
}

/**
 * Folding is the costliest step per word, and articles share most of their words: folded
 * words are remembered across articles, and the memory is cleared when full rather than
 * evicted entry by entry (cheap, and bounded).
 */
const foldedWords = new Map<string, readonly string[]>();
const FOLDED_WORDS_LIMIT = 50_000;

export function foldWords(text: string): readonly string[] {
	let folded = foldedWords.get(text);
	if (folded === undefined) {
		const joined = foldText(text);
		folded = joined === '' ? [] : joined.split(' ');
		if (foldedWords.size >= FOLDED_WORDS_LIMIT) foldedWords.clear();
		foldedWords.set(text, folded);
	}
	return folded;
}

/** "ZUS-em", "SOR-ze", "PiS-u", "NFOŚiGW-u": Polish declines an acronym after a hyphen. */
const ACRONYM_ENDING = /^(\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu})-\p{Ll}{1,4}$/u;

/** The acronym a declined acronym is, or the surface as it is. */
export function withoutAcronymEnding(surface: string): string {
	return ACRONYM_ENDING.exec(surface)?.[1] ?? surface;
}

/** "NFOŚiGW", "MZDiZ", "PiS": capitals joined by a lowercase conjunction or preposition. */
const JOINED_ACRONYM = /^\p{Lu}+(?:[iwzo]\p{Lu}+)+$/u;

/** Two or more letters, all capitals; only words that start with one are looked at. */
function isAcronym(surface: string): boolean {
	if (JOINED_ACRONYM.test(surface)) return true;
	let letters = 0;
	for (let index = 0; index < surface.length; index++) {
		if (!isLetterAt(surface, index)) continue;
		if (!isUpperAt(surface, index)) return false;
		letters++;
	}
	return letters >= 2;
}

function makeToken(
	kind: Token['kind'],
	text: string,
	start: number,
	end: number,
	spaceBefore: boolean
): Token {
	const surface = text.slice(start, end);
	// An English possessive is not part of the name: "Putin's" is looked up as "Putin",
	// "the USA's" as the acronym "USA".
	const bare = isPossessive(surface) ? surface.slice(0, -2) : withoutAcronymEnding(surface);
	const words = kind === 'punct' ? [] : foldWords(bare);
	const capitalised = kind === 'word' && isUpperAt(text, start);
	return {
		kind,
		text: surface,
		start,
		end,
		words,
		key: words.length === 1 ? (words[0] as string) : words.join(' '),
		capitalised,
		acronym: capitalised && isAcronym(bare),
		spaceBefore
	};
}

/** The tokens of `text` between `start` and `end`, offsets relative to the whole text. */
export function tokenize(text: string, start: number, end: number): Token[] {
	const tokens: Token[] = [];
	let index = start;
	let spaceBefore = true;
	while (index < end) {
		const code = text.charCodeAt(index);
		if (isSpaceCode(code)) {
			spaceBefore = true;
			index++;
			continue;
		}
		let tokenEnd: number;
		let kind: Token['kind'];
		if (isDigitCode(code)) {
			kind = 'number';
			tokenEnd = numberEnd(text, index, end);
		} else if (isLetterAt(text, index)) {
			kind = 'word';
			const dotted = dottedAbbreviationEnd(text, index, end);
			tokenEnd = dotted > 0 ? dotted : wordEnd(text, index, end);
		} else {
			kind = 'punct';
			// A surrogate pair (an emoji) stays one token.
			tokenEnd = code >= 0xd800 && code <= 0xdbff ? Math.min(index + 2, end) : index + 1;
		}
		tokens.push(makeToken(kind, text, index, tokenEnd, spaceBefore));
		spaceBefore = false;
		index = tokenEnd;
	}
	return tokens;
}
