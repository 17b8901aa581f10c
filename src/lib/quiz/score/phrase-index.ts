import type { Language } from '../content';
import { conceptTable, ideaOf, type ConceptTable } from '../language/concepts';
import { spelledByEar } from '../language/by-ear';
import { typoAllowance, withinEdits } from '../language/fuzzy';
import { foldText, words } from '../language/normalize';
import { stem, stopwordsFor } from '../language/stem';
import { dictionaryForms, formsOfLemmas, isKnownName, isRealName } from './known-names';
import { isGenericWord } from './name-parts';
import { ENGLISH_POSSESSIVE, englishName, expandAbbreviation, nameWords } from './name-parts';

/**
 * The phrase index shared by the scorers of typed names and free text. Both sides are folded
 * and stemmed, phrases match word by word in any order, and typos are forgiven per
 * `typoAllowance`.
 *
 * The key's words are indexed once per fact (or entity list) and language and cached, so
 * scoring an answer folds and stems the answer and then looks each of its words up: a few
 * map lookups per word, and a typo-tolerant scan only for words that match no key word
 * exactly. A word that is exactly one key word is never also read as a typo of another, and
 * a word that is the name of a known place ("Lubin") is never read as a typo at all, nor,
 * in a name, a real name the dictionary knows (see `isRealName`).
 */

/** A word of a key phrase, ready to be compared. */
export interface KeyWord {
	folded: string;
	stem: string;
	foldedAllowance: number;
	/** Counted on the stem itself: "strach" stems to "str", which must forgive nothing. */
	stemAllowance: number;
	/** The idea of the concept table the word states, for indexes that read ideas; else -1. */
	group: number;
	/** Names in Polish: the gender of an adjectival surname ("Kurowski", "Kurowska"). */
	gender: Gender;
}

/** The key words of a set of phrases, each once, and the lookups that find them. */
export interface KeyIndex {
	language: Language;
	words: KeyWord[];
	bySurface: Map<string, number>;
	byStem: Map<string, number[]>;
	/** Key words that forgive at least one typo. */
	forgiving: number[];
	/**
	 * Free text only: words meet through the concept table as well (a verb for a noun, a
	 * near-synonym), phrases drop light words ("członkowie"), and a negated answer word
	 * states no idea of the key unless the key negates too. Null for names.
	 */
	concepts: ConceptTable | null;
	byGroup: Map<number, number[]>;
	/** Whether some key word is a negation ("nie", "not"): then the answer's count as words. */
	negates: boolean;
	/**
	 * Names only: a typo keeps the name's first letter and never cuts or extends its end
	 * ("Cebula" is not "Cebulak", "Kessel" not "Kessler"), and a Polish adjectival surname
	 * keeps its gender ("Kurowska" is not "Kurowski").
	 */
	names: boolean;
	gendered: boolean;
	/** Names only: the folded dictionary forms of the key words' lemmas (`formsOfLemmas`). */
	lemmaForms: Set<string>;
	/**
	 * Polish names only: stems of key words the dictionary lists without their cases (it
	 * lists "Inowrocławia" as a name of its own), so a real name of that stem is their case.
	 */
	unDeclined: Set<string>;
	/** Polish names only: a town named by an adjective and a noun in one word, by its parts. */
	byCompound: Map<string, number[]>;
	/** English names only: key words written with a possessive ("Anne's"), also typed without. */
	possessives: Set<string>;
	/**
	 * English names only: key words that a real name spelled by ear may stand for ("Reaves" for
	 * Reeves, "Marocco" for Morocco): all but a town's or a place's, where it is likely another
	 * town ("Howden" is not Howdon).
	 */
	byEar: Set<number>;
}

/** What an index compares: plain words, ideas (free text) or names (entities). */
export type Reading = 'words' | 'ideas' | 'names';

const NO_GENDER = 0;
const MASCULINE = 1;
const FEMININE = 2;
type Gender = typeof NO_GENDER | typeof MASCULINE | typeof FEMININE;

const ADJECTIVAL_MASCULINE = /(?:sk|ck|dzk)(?:i|iego|iemu|im)$/;
const ADJECTIVAL_FEMININE = /(?:sk|ck|dzk)(?:a|iej)$/;

/** The gender a folded Polish adjectival surname form shows; none for other words and plurals. */
function genderOf(folded: string): Gender {
	if (ADJECTIVAL_MASCULINE.test(folded)) return MASCULINE;
	if (ADJECTIVAL_FEMININE.test(folded)) return FEMININE;
	return NO_GENDER;
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

export function createIndex(language: Language, reading: Reading = 'words'): KeyIndex {
	return {
		language,
		words: [],
		bySurface: new Map(),
		byStem: new Map(),
		forgiving: [],
		concepts: reading === 'ideas' ? conceptTable(language) : null,
		byGroup: new Map(),
		negates: false,
		names: reading === 'names',
		gendered: false,
		lemmaForms: new Set(),
		unDeclined: new Set(),
		byCompound: new Map(),
		possessives: new Set(),
		byEar: new Set()
	};
}

function groupOf(table: ConceptTable | null, folded: string, stemmed: string): number {
	if (table === null) return -1;
	return ideaOf(table, folded, stemmed);
}

function addKeyWord(index: KeyIndex, folded: string): number {
	const known = index.bySurface.get(folded);
	if (known !== undefined) return known;
	const stemmed = stem(folded, index.language);
	const key: KeyWord = {
		folded,
		stem: stemmed,
		foldedAllowance: typoAllowance(folded),
		stemAllowance: typoAllowance(stemmed),
		group: groupOf(index.concepts, folded, stemmed),
		gender: index.names && index.language === 'pl' ? genderOf(folded) : NO_GENDER
	};
	if (key.gender !== NO_GENDER) index.gendered = true;
	const id = index.words.push(key) - 1;
	if (key.group >= 0) {
		const sameGroup = index.byGroup.get(key.group);
		if (sameGroup) sameGroup.push(id);
		else index.byGroup.set(key.group, [id]);
	}
	if (index.concepts?.negations.has(folded)) index.negates = true;
	const compound = index.names && index.language === 'pl' ? compoundOf(folded) : null;
	if (compound !== null) {
		const sameCompound = index.byCompound.get(compound);
		if (sameCompound) sameCompound.push(id);
		else index.byCompound.set(compound, [id]);
	}
	index.bySurface.set(folded, id);
	const sameStem = index.byStem.get(stemmed);
	if (sameStem) sameStem.push(id);
	else index.byStem.set(stemmed, [id]);
	if (key.foldedAllowance > 0 || key.stemAllowance > 0) index.forgiving.push(id);
	return id;
}

export function addPhrase(index: KeyIndex, phrase: string): PreparedPhrase {
	// Names: "St Luke's" is "Saint Luke", as `nameAnswerWords` reads the answer.
	const all = index.names ? nameWords(phrase, index.language) : words(phrase);
	if (index.names && index.language === 'en') {
		for (const match of phrase.matchAll(/(\p{L}+)['’]s\b/gu)) {
			for (const word of words(match[1] ?? '')) index.possessives.add(`${word}s`);
		}
	}
	// The words of a name of several words ("Korea Południowa"); a one-word name's cases come
	// from its own dictionary forms (`knownNames`), which keep "Niemce" apart from Niemcy.
	if (index.names && all.length > 1) {
		for (const word of phrase.split(/[^\p{L}\p{M}'’-]+/u)) {
			for (const form of formsOfLemmas(word, index.language)) index.lemmaForms.add(foldText(form));
		}
	}
	if (index.names && index.language === 'pl') {
		// "Ustrzyki" of Ustrzyki Dolne too: "w Ustrzykach Dolnych" is the town.
		const tokens = phrase.split(/[^\p{L}\p{M}'’-]+/u).filter((token) => token !== '');
		for (const word of all.length === 1 ? tokens.slice(0, 1) : tokens) {
			if (dictionaryForms(word, index.language).length === 1) {
				index.unDeclined.add(stem(words(word)[0] ?? word, index.language));
			}
		}
	}
	const stopwords = stopwordsFor(index.language);
	const content = all.filter((word) => !stopwords.has(word));
	const light = index.concepts?.light;
	const weighty = light
		? content.filter((word) => !light.has(word) && !light.has(stem(word, index.language)))
		: content;
	const chosen = weighty.length > 0 ? weighty : content.length > 0 ? content : all;
	return { text: phrase, keys: [...new Set(chosen.map((word) => addKeyWord(index, word)))] };
}

/**
 * A folded Polish word as an adjective and a noun written together ("krasnystaw",
 * "krasnegostawu", "bialymstoku"): the adjective's stem and the noun's, whatever their cases,
 * or null for a word that is not one.
 */
const COMPOUND = /^(\p{L}{3,}?)(?:ego|emu|ym|im|y|i)(\p{L}{3,})$/u;

export function compoundOf(folded: string): string | null {
	const parts = COMPOUND.exec(folded);
	if (!parts) return null;
	const noun = parts[2] as string;
	const locative = LOCATIVES.find(([ending]) => noun.endsWith(ending));
	const base = locative ? noun.slice(0, -locative[0].length) + locative[1] : noun;
	return `${parts[1] as string}|${stem(base, 'pl')}`;
}

/** Locative endings that soften the noun's last consonant ("borze" of bór, "stawie"). */
const LOCATIVES: readonly (readonly [string, string])[] = [
	['scie', 'st'],
	['dzie', 'd'],
	['rze', 'r'],
	['cie', 't'],
	['zie', 'z'],
	['sie', 's'],
	['nie', 'n'],
	['wie', 'w'],
	['bie', 'b'],
	['pie', 'p'],
	['mie', 'm'],
	['le', 'l']
];

export const NO_MATCH = 0;
export const TYPO = 1;
export const STEM = 2;
export const SURFACE = 3;
export type MatchLevel = typeof NO_MATCH | typeof TYPO | typeof STEM | typeof SURFACE;

/**
 * Whether two words differ by at most the key word's allowance of typos, comparing stems
 * ("rodzinz" for "rodziny") and folded words ("rakietowum" for "rakietowy"). Names compare
 * stems only: a typo in a case ending of a name would otherwise pass for another name
 * ("Szczecinek" is two letters from "Szczecinie").
 */
function typoMatches(given: AnswerWord, key: KeyWord, names: boolean): boolean {
	if (names) {
		return (
			Math.abs(given.stem.length - key.stem.length) <= key.stemAllowance &&
			withinEdits(given.stem, key.stem, key.stemAllowance) &&
			nameTypo(given.stem, key.stem)
		);
	}
	return (
		(Math.abs(given.stem.length - key.stem.length) <= key.stemAllowance &&
			withinEdits(given.stem, key.stem, key.stemAllowance)) ||
		(Math.abs(given.folded.length - key.folded.length) <= key.foldedAllowance &&
			withinEdits(given.folded, key.folded, key.foldedAllowance))
	);
}

const ADJECTIVAL_STEM = /(?:sk|ck|dzk)$/u;
const SLIPPED_ADJECTIVAL = /(?:[scz]k|k[scz])$/u;

/** Whether `given` is a long `key` with one of its letters left out. */
function isOneLetterLeftOut(given: string, key: string): boolean {
	if (given.length !== key.length - 1 || given.length < 7) return false;
	let at = 0;
	while (at < given.length && given[at] === key[at]) at++;
	return given.slice(at) === key.slice(at + 1);
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = new Set('aeiouy');
/** Letters that may stand for one sound: "Lindkvist" for Lindqvist, "Wagner" for Vagner. */
const SOUND_ALIKE = ['kqc', 'vwf', 'sz', 'ijy', 'dt', 'bp', 'gk'];

/** Whether two letters sit side by side, or one above the other, on a QWERTY keyboard. */
function neighbouringKeys(a: string, b: string): boolean {
	const place = (letter: string) => {
		const row = KEYBOARD_ROWS.findIndex((keys) => keys.includes(letter));
		return row < 0
			? null
			: { row, column: (KEYBOARD_ROWS[row] as string).indexOf(letter) + row / 2 };
	};
	const [first, second] = [place(a), place(b)];
	if (!first || !second || Math.abs(first.row - second.row) > 1) return false;
	return Math.abs(first.column - second.column) <= 1;
}

/**
 * Whether one letter written for another is a slip of the finger (a neighbouring key) or of
 * the ear (a vowel for a vowel, "Wujcik"; a letter of the same sound, "Lindkvist");
 * "Hertford" for Hereford is neither, but another town. Other edits (a letter left out,
 * added, two swapped) pass.
 */
function slipOfTheKeys(given: string, key: string): boolean {
	if (given.length !== key.length) return true;
	let start = 0;
	while (start < given.length && given[start] === key[start]) start++;
	let end = given.length;
	while (end > start && given[end - 1] === key[end - 1]) end--;
	if (end - start !== 1) return true;
	const [typed, meant] = [given[start] as string, key[start] as string];
	return (
		(VOWELS.has(typed) && VOWELS.has(meant)) ||
		SOUND_ALIKE.some((letters) => letters.includes(typed) && letters.includes(meant)) ||
		neighbouringKeys(typed, meant)
	);
}

/**
 * Whether two spellings a few edits apart may be one name: the same first letter, and neither
 * the other with letters cut from or added to its end, unless what differs is a doubled
 * letter ("Prescot" for "Prescott"). Another ending makes another name ("Cebula" and
 * "Cebulak", "Szczecin" and "Szczecinek"); learners rarely mistype a name's first letter
 * ("Boyle" for "Doyle").
 */
function nameTypo(given: string, key: string): boolean {
	if (given.charCodeAt(0) !== key.charCodeAt(0)) return false;
	// "Wierzbięta" is not Wierzbicki mistyped: a surname of the -ski/-cki kind keeps its
	// ending, if with a slip in it ("Nawrokci", "Mirgorodzki", "Ostrowka": one letter of a long
	// name left out).
	if (
		ADJECTIVAL_STEM.test(key) &&
		!SLIPPED_ADJECTIVAL.test(given) &&
		!isOneLetterLeftOut(given, key)
	)
		return false;
	if (!slipOfTheKeys(given, key)) return false;
	const [shorter, longer] = given.length < key.length ? [given, key] : [key, given];
	if (shorter.length === longer.length || !longer.startsWith(shorter)) return true;
	const added = longer.slice(shorter.length);
	if (added.length === 1 && added === shorter[shorter.length - 1]) return true;
	// The last letter of a long name left out ("Ashwort", "Darmstad"): a slip, where a real
	// name typed was refused before ("Cebula" for Cebulak is a surname of its own).
	return added.length === 1 && given === shorter && shorter.length >= 6;
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
	const ideas = index.concepts;
	const negations = ideas !== null && !index.negates ? ideas.negations : null;
	for (let position = 0; position < answer.length; position++) {
		const word = answer[position] as AnswerWord;
		if (negations !== null && position > 0) {
			if (negations.has((answer[position - 1] as AnswerWord).folded)) continue;
		}
		const row = position * stride;
		const gender = index.gendered ? genderOf(word.folded) : NO_GENDER;
		const surface =
			index.bySurface.get(word.folded) ??
			(index.possessives.has(word.folded)
				? index.bySurface.get(word.folded.slice(0, -1))
				: undefined);
		if (surface !== undefined) mark(index, levels, row, surface, SURFACE, hits, gender);
		// English names do not decline: "Vargas" is not Varga, "Baines" not Bains, though an
		// English stem says so; a possessive was taken off the answer word already.
		if (index.names && index.language === 'en') {
			// Generic words do: "the Menai Straits", "the Docklands Councils".
			const singular = word.folded.endsWith('s') ? word.folded.slice(0, -1) : '';
			const generic =
				surface === undefined && isGenericWord(singular, singular, index.language)
					? index.bySurface.get(singular)
					: undefined;
			if (generic !== undefined) mark(index, levels, row, generic, STEM, hits, gender);
			else if (surface === undefined && !stopwords.has(word.folded))
				markTypos(index, word, levels, row, hits, gender);
			continue;
		}
		// "Krasnegostawu" is Krasnystaw: both parts of such a town decline.
		if (index.names && index.byCompound.size > 0 && surface === undefined) {
			const compound = compoundOf(word.folded);
			const keys = compound === null ? undefined : index.byCompound.get(compound);
			if (keys) for (const key of keys) mark(index, levels, row, key, STEM, hits, gender);
		}
		// A real name is no form of another: "Niemce" (a village the dictionary knows) shares
		// its stem with Niemcy, "Przemyśl" with "Przemysłowa", yet each names something else.
		if (
			index.names &&
			surface === undefined &&
			isRealName(word.folded, word.folded, index.language) &&
			!index.lemmaForms.has(word.folded) &&
			!index.unDeclined.has(word.stem)
		)
			continue;
		const byKeyStem = index.byStem.get(word.stem);
		if (byKeyStem) for (const key of byKeyStem) mark(index, levels, row, key, STEM, hits, gender);
		const stemIsKey = index.bySurface.get(word.stem);
		if (stemIsKey !== undefined) mark(index, levels, row, stemIsKey, STEM, hits, gender);
		const wordIsStem = word.folded === word.stem ? undefined : index.byStem.get(word.folded);
		if (wordIsStem) for (const key of wordIsStem) mark(index, levels, row, key, STEM, hits, gender);
		let exact =
			surface !== undefined ||
			byKeyStem !== undefined ||
			stemIsKey !== undefined ||
			wordIsStem !== undefined;
		if (ideas !== null) {
			const sameIdea = index.byGroup.get(groupOf(ideas, word.folded, word.stem));
			if (sameIdea) {
				for (const key of sameIdea) mark(index, levels, row, key, STEM, hits, gender);
				exact = true;
			}
		}
		if (exact || stopwords.has(word.folded)) continue;
		markTypos(index, word, levels, row, hits, gender);
	}
}

/** Marks the key words `word` is a forgivable typo of, unless it is a real name itself. */
function markTypos(
	index: KeyIndex,
	word: AnswerWord,
	levels: Uint8Array,
	row: number,
	hits: number[] | undefined,
	gender: Gender
): void {
	// A known place is never a typo of another. A name typed is never a typo of another name
	// when it is a real one itself, except, in English, the key as a student spells it by
	// ear: the list of English names holds nearly every spelling of a surname.
	if (isKnownName(word.folded, word.stem, index.language)) return;
	const real = index.names && isRealName(word.folded, word.stem, index.language);
	if (real && index.language !== 'en') return;
	for (const key of index.forgiving) {
		const keyWord = index.words[key] as KeyWord;
		if (real && !(index.byEar.has(key) && spelledByEar(word.folded, keyWord.folded))) continue;
		if (typoMatches(word, keyWord, index.names)) {
			mark(index, levels, row, key, TYPO, hits, gender);
		}
	}
}

/**
 * Whether the answer denies an idea of the key: a negation ("nie", "not", "bez") right before
 * a word that is, or states the same idea as, a key word ("nie boją się" for "strach"). Never
 * for a key that negates itself, whose words are matched as they are.
 */
export function deniesKey(index: KeyIndex, answer: readonly AnswerWord[]): boolean {
	const ideas = index.concepts;
	if (ideas === null || index.negates) return false;
	for (let position = 1; position < answer.length; position++) {
		if (!ideas.negations.has((answer[position - 1] as AnswerWord).folded)) continue;
		const word = answer[position] as AnswerWord;
		if (hasKeyWord(index, word.folded, word.stem)) return true;
	}
	return false;
}

/** Whether a folded word (or its stem, or its idea) is a key word of the index. */
export function hasKeyWord(index: KeyIndex, folded: string, stemmed: string): boolean {
	return (
		index.bySurface.has(folded) ||
		index.byStem.has(stemmed) ||
		index.bySurface.has(stemmed) ||
		index.byStem.has(folded) ||
		(index.concepts !== null && index.byGroup.has(groupOf(index.concepts, folded, stemmed)))
	);
}

/** Records a match unless the key is a Polish surname of the other gender. */
function mark(
	index: KeyIndex,
	levels: Uint8Array,
	row: number,
	key: number,
	level: MatchLevel,
	hits: number[] | undefined,
	gender: Gender
): void {
	if (gender !== NO_GENDER) {
		const own = (index.words[key] as KeyWord).gender;
		if (own !== NO_GENDER && own !== gender) return;
	}
	record(levels, row, key, level, hits);
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
	const text = language === 'en' ? answer.replace(ENGLISH_POSSESSIVE, '') : answer;
	return words(text).map((folded) => ({ folded, stem: stem(folded, language) }));
}

/** The words of an answer that names something, abbreviations written out ("ul." is "ulica"). */
export function nameAnswerWords(answer: string, language: Language): AnswerWord[] {
	return answerWords(language === 'en' ? englishName(answer) : answer, language).map((word) => {
		const folded = expandAbbreviation(word.folded, language);
		return folded === word.folded ? word : { folded, stem: stem(folded, language) };
	});
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
