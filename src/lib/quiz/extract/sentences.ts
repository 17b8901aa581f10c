import type { Language } from '../content';
import { EXTRACTION_LEXICONS } from './lexicon';
import { foldWords, isDigitCode, isLetterAt, isSpaceCode } from './tokens';

/** A sentence of the article: `text` is exactly `article.slice(start, end)`. */
export interface Sentence {
	text: string;
	start: number;
	end: number;
}

const TERMINATORS = new Set(['.', '!', '?', '…']);
/** What may follow a full stop inside the sentence it closes: „Tak.” (Tak.) */
const CLOSERS = new Set(['"', '”', '»', '’', "'", ')', ']', '“']);

function isLowercaseLetter(text: string, index: number): boolean {
	if (!isLetterAt(text, index)) return false;
	const char = text[index] as string;
	return char === char.toLowerCase() && char !== char.toUpperCase();
}

/**
 * The word before a full stop at `dot`, as written (letters, digits and inner dots):
 * "tys" in "11 tys.", "U.S" in "U.S.", "2024" in "w 2024.".
 */
function wordBefore(text: string, dot: number, floor: number): string {
	let start = dot;
	while (start > floor) {
		const index = start - 1;
		if (isLetterAt(text, index) || isDigitCode(text.charCodeAt(index)) || text[index] === '.') {
			start--;
		} else break;
	}
	return text.slice(start, dot);
}

/**
 * Whether the full stop at `dot` ends a sentence, given the next visible character. When in
 * doubt it does not: two sentences kept together still make a verbatim evidence, a sentence
 * cut in two does not.
 */
function endsSentence(
	text: string,
	dot: number,
	next: number,
	floor: number,
	language: Language
): boolean {
	const lexicon = EXTRACTION_LEXICONS[language];
	const written = wordBefore(text, dot, floor);
	if (written === '') return true;
	if (bracketContinues(text, next) && isAbbreviationLike(written, lexicon)) return false;
	const nextIsDigit = isDigitCode(text.charCodeAt(next));
	const letters = written.replace(/\./g, '');
	// An initial: "J. Smith", "Kim J. Un"; but "zatrzymano Marka K. Policja nie…" ends with the
	// initial of a surname when a capitalised word and a lowercase one follow it.
	if (letters.length === 1 && isLetterAt(text, dot - 1) && written === written.toUpperCase()) {
		return language === 'pl' && surnameInitialEnds(text, dot, next);
	}
	const folded = foldWords(letters).join('');
	// "o godz. 8.30." and "w 2024.": a figure closes a sentence like any word.
	if (/\d/.test(written)) return true;
	if (written.includes('.')) {
		// "U.S.", "m.in.", "p.n.e.": only the listed ones may close a sentence.
		const dotted = foldWords(written).join('.');
		return lexicon.closingAbbreviations.has(dotted) && !nextIsDigit;
	}
	if (lexicon.abbreviations.has(folded)) return false;
	if (lexicon.closingAbbreviations.has(folded)) {
		return (
			!nextIsDigit &&
			!acronymComplement(text, next) &&
			!(language === 'pl' && opensSentence(text, floor, dot, lexicon))
		);
	}
	return true;
}

/**
 * "poniżej 6 proc. PKB.", "o 2 proc. PKB, jak podał GUS": an acronym right after an
 * abbreviation and closed by punctuation is its complement; no sentence is one acronym.
 */
function acronymComplement(text: string, next: number): boolean {
	let end = next;
	while (end < text.length && /\p{Lu}/u.test(text[end] as string)) end++;
	return end - next >= 2 && /^[.,;:)!?]/u.test(text.slice(end, end + 1));
}

/** Letters of a unit or other abbreviation written lowercase: "kw", "zł", "ha", "ft". */
const SHORT_ABBREVIATION = /^\p{Ll}{1,4}$/u;

function isAbbreviationLike(
	written: string,
	lexicon: (typeof EXTRACTION_LEXICONS)[Language]
): boolean {
	const folded = foldWords(written).join('.');
	return (
		SHORT_ABBREVIATION.test(written) ||
		lexicon.abbreviations.has(folded) ||
		lexicon.closingAbbreviations.has(folded)
	);
}

/**
 * "3,2 tys. m kw. (0,32 ha) i stanęła…", "12,000 sq. ft. (1,100 sq m) and": a bracket opening
 * on a figure or a lowercase word after an abbreviation converts or explains it, inside the
 * sentence; "zł. (Wcześniej…)" opens an aside of its own.
 */
function bracketContinues(text: string, next: number): boolean {
	if (text[next] !== '(') return false;
	return isDigitCode(text.charCodeAt(next + 1)) || isLowercaseLetter(text, next + 1);
}

/** Words of a Polish opening phrase before the sentence's subject: "Do końca 2027 r.". */
const MAX_OPENING_WORDS = 5;
/** Polish finite verbs a clause closing on "r." would have: "zakończono", "wzrósł", "jest". */
const POLISH_VERB = /(?:ł|ła|ło|li|ły|no|to|jest|są|ma|mają|będzie)$/u;

/**
 * "Do końca 2027 r. Łódź odda…", "W 2024 r. Rosja zaprzeczyła": a short phrase that opens on a
 * preposition and has no verb is no sentence, so the abbreviation closing it ends none.
 */
function opensSentence(
	text: string,
	floor: number,
	dot: number,
	lexicon: (typeof EXTRACTION_LEXICONS)['pl']
): boolean {
	const words = text.slice(floor, dot).trim().split(/\s+/u);
	const first = foldWords(words[0] ?? '').join(' ');
	if (words.length > MAX_OPENING_WORDS) return false;
	if (!lexicon.prepositions.has(first) && !lexicon.datePrepositions.has(first)) return false;
	return !words.some((word) => POLISH_VERB.test(word.toLowerCase()));
}

/**
 * "…zatrzymano Marka K. Policja nie podaje…": after a name, an initial followed by a
 * capitalised word and then a lowercase one closes the sentence (Polish news shortens a
 * suspect's surname so); "Kim J. Un." keeps the initial inside the name.
 */
function surnameInitialEnds(text: string, dot: number, next: number): boolean {
	let before = dot - 2;
	if (text[before] !== ' ') return false;
	while (before > 0 && text[before - 1] !== ' ' && isLetterAt(text, before - 1)) before--;
	const name = text.slice(before, dot - 2);
	if (name.length < 2 || name.charAt(0) === name.charAt(0).toLowerCase()) return false;
	let end = next;
	while (end < text.length && isLetterAt(text, end)) end++;
	if (end === next || isLowercaseLetter(text, next)) return false;
	return text[end] === ' ' && isLowercaseLetter(text, end + 1);
}

/**
 * Splits an article into sentences with their offsets. A blank line always ends one (a
 * heading or a paragraph without a final full stop), and a line break before anything but a
 * lowercase letter; a full stop, "!", "?" or "…" ends one
 * when a capital letter, a digit or an opening quote follows, unless it closes an
 * abbreviation of the language ("ok.", "np.", "dr.", "Mr.", "U.S.") or an initial.
 */
export function splitSentences(text: string, language: Language): Sentence[] {
	const sentences: Sentence[] = [];
	let start = -1;
	let lastVisible = -1;
	const close = (end: number) => {
		if (start >= 0 && end > start) sentences.push({ text: text.slice(start, end), start, end });
		start = -1;
	};

	let index = 0;
	while (index < text.length) {
		const code = text.charCodeAt(index);
		if (isSpaceCode(code)) {
			if (code === 10 && start >= 0) {
				// A blank line ends a sentence; so does a single line break unless the text goes
				// on in lowercase: a byline, a date line or a heading has no full stop.
				let probe = index + 1;
				while (probe < text.length && isSpaceCode(text.charCodeAt(probe)) && text[probe] !== '\n')
					probe++;
				if (text[probe] === '\n' || !isLowercaseLetter(text, probe)) close(lastVisible + 1);
			}
			index++;
			continue;
		}
		if (start < 0) start = index;
		const char = text[index] as string;
		if (!TERMINATORS.has(char)) {
			lastVisible = index;
			index++;
			continue;
		}
		let runEnd = index;
		while (runEnd < text.length && TERMINATORS.has(text[runEnd] as string)) runEnd++;
		let end = runEnd;
		while (end < text.length && CLOSERS.has(text[end] as string)) end++;
		const fullStop = char === '.' && runEnd - index === 1 ? index : -1;
		lastVisible = end - 1;
		index = end;
		if (end < text.length && !isSpaceCode(text.charCodeAt(end))) continue;
		let next = end;
		while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
		if (next >= text.length) break;
		if (isLowercaseLetter(text, next)) continue;
		if (fullStop >= 0 && !endsSentence(text, fullStop, next, start, language)) continue;
		close(end);
	}
	close(lastVisible + 1);
	return sentences;
}
