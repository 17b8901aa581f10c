import type { Language } from '../content';
import { typoAllowance, withinEdits } from '../language/fuzzy';
import { words } from '../language/normalize';
import { stem, stopwordsFor } from '../language/stem';

/**
 * The phrase index shared by the scorers of typed names and free text. Both sides are folded
 * and stemmed, phrases match word by word in any order, and typos are forgiven per
 * `typoAllowance`.
 *
 * The key's words are indexed once per fact (or entity list) and language and cached, so
 * scoring an answer folds and stems the answer and then looks each of its words up: a few
 * map lookups per word, and a typo-tolerant scan only for words that match no key word
 * exactly. A word that is exactly one key word is never also read as a typo of another.
 */

/** A word of a key phrase, ready to be compared. */
export interface KeyWord {
	folded: string;
	stem: string;
	foldedAllowance: number;
	/** Counted on the stem itself: "strach" stems to "str", which must forgive nothing. */
	stemAllowance: number;
}

/** The key words of a set of phrases, each once, and the lookups that find them. */
export interface KeyIndex {
	language: Language;
	words: KeyWord[];
	bySurface: Map<string, number>;
	byStem: Map<string, number[]>;
	/** Key words that forgive at least one typo. */
	forgiving: number[];
}

/** A key phrase as the indices of its content words; stopwords only when it has nothing else. */
export interface PreparedPhrase {
	text: string;
	keys: readonly number[];
}

export interface AnswerWord {
	folded: string;
	stem: string;
}

export function createIndex(language: Language): KeyIndex {
	return { language, words: [], bySurface: new Map(), byStem: new Map(), forgiving: [] };
}

function addKeyWord(index: KeyIndex, folded: string): number {
	const known = index.bySurface.get(folded);
	if (known !== undefined) return known;
	const stemmed = stem(folded, index.language);
	const key: KeyWord = {
		folded,
		stem: stemmed,
		foldedAllowance: typoAllowance(folded),
		stemAllowance: typoAllowance(stemmed)
	};
	const id = index.words.push(key) - 1;
	index.bySurface.set(folded, id);
	const sameStem = index.byStem.get(stemmed);
	if (sameStem) sameStem.push(id);
	else index.byStem.set(stemmed, [id]);
	if (key.foldedAllowance > 0 || key.stemAllowance > 0) index.forgiving.push(id);
	return id;
}

export function addPhrase(index: KeyIndex, phrase: string): PreparedPhrase {
	const all = words(phrase);
	const stopwords = stopwordsFor(index.language);
	const content = all.filter((word) => !stopwords.has(word));
	const chosen = content.length > 0 ? content : all;
	return { text: phrase, keys: [...new Set(chosen.map((word) => addKeyWord(index, word)))] };
}

export const NO_MATCH = 0;
export const TYPO = 1;
export const STEM = 2;
export const SURFACE = 3;
export type MatchLevel = typeof NO_MATCH | typeof TYPO | typeof STEM | typeof SURFACE;

/**
 * Whether two words differ by at most the key word's allowance of typos, comparing stems
 * ("rodzinz" for "rodziny") and folded words ("rakietowum" for "rakietowy").
 */
function typoMatches(given: AnswerWord, key: KeyWord): boolean {
	return (
		(Math.abs(given.stem.length - key.stem.length) <= key.stemAllowance &&
			withinEdits(given.stem, key.stem, key.stemAllowance)) ||
		(Math.abs(given.folded.length - key.folded.length) <= key.foldedAllowance &&
			withinEdits(given.folded, key.folded, key.foldedAllowance))
	);
}

/**
 * Records how well each answer word matches each key word: `levels[position * stride + key]`
 * keeps the best level (a stride of 0 keeps one level per key word, wherever it occurs), and
 * `hits`, when given, collects the key words met. Equal stems meet; so does a stem with the
 * other word unstemmed, because a base form can end in letters that look like an ending
 * ("problem" → "probl", but "problemu" → "problem").
 */
export function readAnswer(
	index: KeyIndex,
	answer: readonly AnswerWord[],
	levels: Uint8Array,
	stride: number,
	hits?: number[]
): void {
	const stopwords = stopwordsFor(index.language);
	for (let position = 0; position < answer.length; position++) {
		const word = answer[position] as AnswerWord;
		const row = position * stride;
		const surface = index.bySurface.get(word.folded);
		if (surface !== undefined) record(levels, row, surface, SURFACE, hits);
		const byKeyStem = index.byStem.get(word.stem);
		if (byKeyStem) for (const key of byKeyStem) record(levels, row, key, STEM, hits);
		const stemIsKey = index.bySurface.get(word.stem);
		if (stemIsKey !== undefined) record(levels, row, stemIsKey, STEM, hits);
		const wordIsStem = word.folded === word.stem ? undefined : index.byStem.get(word.folded);
		if (wordIsStem) for (const key of wordIsStem) record(levels, row, key, STEM, hits);
		const exact =
			surface !== undefined ||
			byKeyStem !== undefined ||
			stemIsKey !== undefined ||
			wordIsStem !== undefined;
		if (exact || stopwords.has(word.folded)) continue;
		for (const key of index.forgiving) {
			if (typoMatches(word, index.words[key] as KeyWord)) record(levels, row, key, TYPO, hits);
		}
	}
}

function record(
	levels: Uint8Array,
	row: number,
	key: number,
	level: MatchLevel,
	hits: number[] | undefined
): void {
	if (level > (levels[row + key] as number)) levels[row + key] = level;
	hits?.push(key);
}

export function answerWords(answer: string, language: Language): AnswerWord[] {
	return words(answer).map((folded) => ({ folded, stem: stem(folded, language) }));
}

/** Which key words occur somewhere in the answer. */
export function presentKeys(index: KeyIndex, answer: readonly AnswerWord[]): Uint8Array {
	const present = new Uint8Array(index.words.length);
	readAnswer(index, answer, present, 0);
	return present;
}

export function phrasePresent(present: Uint8Array, phrase: PreparedPhrase): boolean {
	return phrase.keys.length > 0 && phrase.keys.every((key) => (present[key] as number) > NO_MATCH);
}

/**
 * True when every content word of `phrase` occurs in `answer`, in any order, after folding
 * and stemming, each forgiving the typos its length allows.
 */
export function matchesPhrase(answer: string, phrase: string, language: Language): boolean {
	const index = createIndex(language);
	const prepared = addPhrase(index, phrase);
	return phrasePresent(presentKeys(index, answerWords(answer, language)), prepared);
}

export function foldedOrNull(answer: readonly AnswerWord[]): string | null {
	return answer.length === 0 ? null : answer.map((word) => word.folded).join(' ');
}
