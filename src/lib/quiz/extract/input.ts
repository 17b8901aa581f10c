import type { Language } from '../content';

/**
 * What extraction refuses, and why, before it reads a word: every refusal has a code for
 * an interface to translate and a message that says what to do.
 */

/** Longest article text read, in characters: about 14,000 words, three times a long report. */
export const MAX_ARTICLE_LENGTH = 100_000;

/** Longest source read before HTML tags are stripped, in characters. */
export const MAX_SOURCE_LENGTH = 1_000_000;

export type ExtractionErrorCode =
	'empty' | 'binary' | 'too-large' | 'unsupported-language' | 'no-facts';

export class ExtractionError extends Error {
	constructor(
		readonly code: ExtractionErrorCode,
		message: string
	) {
		super(message);
		this.name = 'ExtractionError';
	}
}

/**
 * Control characters other than tab, line breaks and form feed, and U+FFFD (what a decoder
 * leaves of bytes that are not UTF-8): text has almost none, binary files many.
 */
function isBinaryCode(code: number): boolean {
	return (
		(code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) ||
		code === 0x7f ||
		code === 0xfffd
	);
}

/** Share of suspicious characters above which input is taken for binary. */
const BINARY_SHARE = 0.01;

export function looksBinary(text: string): boolean {
	if (text.includes('\u0000')) return true;
	let suspicious = 0;
	for (let index = 0; index < text.length; index++) {
		if (isBinaryCode(text.charCodeAt(index))) suspicious++;
	}
	return suspicious > Math.max(2, text.length * BINARY_SHARE);
}

/** Refuses what is not an article's text: empty, binary, or longer than `limit`. */
export function checkArticleText(text: string, limit = MAX_ARTICLE_LENGTH): void {
	if (text.trim() === '') {
		throw new ExtractionError(
			'empty',
			'the article is empty: paste or give the text of an article'
		);
	}
	if (text.length > limit) {
		throw new ExtractionError(
			'too-large',
			`the article is too long: ${text.length.toLocaleString('en-US')} characters, ` +
				`the limit is ${limit.toLocaleString('en-US')}`
		);
	}
	if (looksBinary(text)) {
		throw new ExtractionError(
			'binary',
			'this looks like a binary file, not text: give the article as .txt, .md or .html'
		);
	}
}

/** Folded function words: a few of them make up a sixth of any Polish or English text. */
const POLISH_WORDS = new Set(
	(
		'i w we z ze na do sie nie jest sa od po przez dla jak oraz ktory ktora ktore ktorzy byl ' +
		'byla bylo byli tez juz tylko ale czy o przed pod miedzy jego jej ich tym tego tej takze ' +
		'rowniez wiec gdy bardzo moze'
	).split(' ')
);
const ENGLISH_WORDS = new Set(
	(
		'the and of to in is was that for on with as by at from it were has have had said which ' +
		'this are be been an their not but will would its after who'
	).split(' ')
);

const POLISH_LETTERS: Readonly<Record<string, string>> = {
	ą: 'a',
	ć: 'c',
	ę: 'e',
	ł: 'l',
	ń: 'n',
	ó: 'o',
	ś: 's',
	ź: 'z',
	ż: 'z'
};

const LETTER = /\p{L}/u;

function isAsciiLetter(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Fewer words than this cannot be told apart reliably. */
const MIN_WORDS = 12;
/** Function words of the winning language must make up this share of the words. */
const MIN_SHARE = 0.08;
/** Foreign letters above this share of all letters: another language, or another script. */
const MAX_FOREIGN_SHARE = 0.005;
/** Words read for the decision; the rest of a long article adds nothing. */
const SAMPLE_WORDS = 5_000;

export interface LanguageGuess {
	language: Language | null;
	words: number;
	polishShare: number;
	englishShare: number;
	foreignShare: number;
}

/** Polish, English, or null for anything else (or too little text to tell). */
export function detectLanguage(text: string): LanguageGuess {
	let words = 0;
	let polish = 0;
	let english = 0;
	let letters = 0;
	let foreign = 0;
	let word = '';
	const finishWord = () => {
		if (word === '') return;
		words++;
		if (POLISH_WORDS.has(word)) polish++;
		if (ENGLISH_WORDS.has(word)) english++;
		word = '';
	};
	for (let index = 0; index < text.length && words < SAMPLE_WORDS; index++) {
		const code = text.charCodeAt(index);
		const char = text[index] as string;
		if (isAsciiLetter(code)) {
			letters++;
			word += char.toLowerCase();
			continue;
		}
		if (code < 0xc0 || !LETTER.test(char)) {
			finishWord();
			continue;
		}
		letters++;
		const lower = char.toLowerCase();
		const plain = POLISH_LETTERS[lower];
		// Marks neither Polish nor English writes (ř, ü, é, ñ), or another script altogether.
		if (plain === undefined) foreign++;
		word += plain ?? lower;
	}
	finishWord();
	const guess = {
		words,
		polishShare: words ? polish / words : 0,
		englishShare: words ? english / words : 0,
		foreignShare: letters ? foreign / letters : 0
	};
	if (words < MIN_WORDS || guess.foreignShare > MAX_FOREIGN_SHARE)
		return { language: null, ...guess };
	const [best, other, language] =
		guess.polishShare >= guess.englishShare
			? [guess.polishShare, guess.englishShare, 'pl' as const]
			: [guess.englishShare, guess.polishShare, 'en' as const];
	if (best < MIN_SHARE || best < other * 1.5) return { language: null, ...guess };
	return { language, ...guess };
}

/** The article's language, or a refusal that says why it could not be told. */
export function requireLanguage(text: string): Language {
	const guess = detectLanguage(text);
	if (guess.language) return guess.language;
	if (guess.words < MIN_WORDS) {
		throw new ExtractionError(
			'unsupported-language',
			`the text is too short (${guess.words} words) to tell its language: say whether it is Polish or English (--lang pl|en)`
		);
	}
	throw new ExtractionError(
		'unsupported-language',
		'the text is not in Polish or English: facts can be extracted from Polish and English articles only'
	);
}
