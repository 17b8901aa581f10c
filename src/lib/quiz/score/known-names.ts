import type { Language } from '../content';
import { GAZETTEER } from '../extract/gazetteer';
import { words } from '../language/normalize';
import { stem } from '../language/stem';

/**
 * Names of real places and organisations that a typed word may be on its own (the
 * gazetteer's one-word names): "Lubin" is a town, never a typo of "Lublin". Acronyms are
 * left out: folded, "WHO" and "US" are English words.
 */
const known: Partial<Record<Language, ReadonlySet<string>>> = {};

function knownNames(language: Language): ReadonlySet<string> {
	let names = known[language];
	if (!names) {
		const set = new Set<string>();
		for (const entry of GAZETTEER) {
			for (const name of [entry.name.pl, entry.name.en, ...entry.aliases]) {
				const letters = name.replace(/[^\p{L}]/gu, '');
				if (letters === letters.toUpperCase()) continue;
				const folded = words(name);
				if (folded.length !== 1) continue;
				const [word] = folded as [string];
				set.add(word);
				set.add(stem(word, language));
			}
		}
		names = set;
		known[language] = names;
	}
	return names;
}

const phrases: Partial<Record<Language, ReadonlySet<string>>> = {};

/** Whether folded words joined by spaces are a name of several words the gazetteer knows. */
export function isKnownPhrase(folded: string, language: Language): boolean {
	let names = phrases[language];
	if (!names) {
		const set = new Set<string>();
		for (const entry of GAZETTEER)
			for (const name of [entry.name.pl, entry.name.en, ...entry.aliases]) {
				const parts = words(name);
				if (parts.length > 1) set.add(parts.join(' '));
			}
		names = set;
		phrases[language] = names;
	}
	return names.has(folded);
}

/** Whether a folded answer word (or its stem) is the name of a known place or organisation. */
export function isKnownName(folded: string, stemmed: string, language: Language): boolean {
	const names = knownNames(language);
	return names.has(folded) || names.has(stemmed);
}

const openings: Partial<Record<Language, ReadonlySet<string>>> = {};

/**
 * Whether a folded word opens a name of several words the gazetteer knows, or is one: "Nowy"
 * of Nowy Sącz. The first part of a town's name names it alone only when it opens no other.
 */
export function opensKnownName(folded: string, language: Language): boolean {
	let names = openings[language];
	if (!names) {
		const set = new Set<string>();
		for (const entry of GAZETTEER) {
			for (const name of [entry.name.pl, entry.name.en, ...entry.aliases]) {
				const [first] = words(name);
				if (first !== undefined) set.add(first);
			}
		}
		names = set;
		openings[language] = names;
	}
	return names.has(folded) || isKnownName(folded, stem(folded, language), language);
}

/**
 * Real names a dictionary knows (for Polish, the capitalised lemmas of dictionary-pl that are
 * no common word: surnames, given names, towns), folded, as written: their stems would
 * reach common words ("Główny" and "głównego"). The server registers them when it loads the
 * dictionary; without them only the gazetteer's names are known.
 */
const registered: Partial<Record<Language, Set<string>>> = {};

export function registerProperNames(language: Language, names: Iterable<string>): void {
	const set = new Set<string>();
	for (const name of names) {
		const folded = words(name);
		if (folded.length === 1) set.add(folded[0] as string);
	}
	registered[language] = set;
}

/**
 * Whether a typed word is a real name of its own, so never a typo of another name: a known
 * place or organisation, or a name the registered dictionary knows ("Gorzyce" is a village,
 * not a typo of "Gorczyca"; "Kalata" a surname, not "Kaleta" mistyped).
 */
export function isRealName(folded: string, stemmed: string, language: Language): boolean {
	if (isKnownName(folded, stemmed, language)) return true;
	return registered[language]?.has(folded) === true;
}

/**
 * The forms a dictionary gives of a one-word name ("Opole": Opola, Opolu, Opolem), registered
 * with the dictionary: scoring then knows every case of a place as the place's, and may take
 * any other real name ("Niemce", a village) for another place, however close its stem.
 */
const formsOf: Partial<Record<Language, (name: string) => readonly string[]>> = {};

export function registerNameForms(
	language: Language,
	forms: (name: string) => readonly string[]
): void {
	formsOf[language] = forms;
}

export function dictionaryForms(name: string, language: Language): readonly string[] {
	if (/\s/u.test(name)) return [];
	return formsOf[language]?.(name) ?? [];
}

/**
 * Every form the dictionary gives of the lemmas a word of a name is a form of ("Korea" gives
 * Korei, Koreę; "Południowa", of "południowy", gives Południowej), folded; registered with the
 * dictionary. A word that is a real name of its own ("Korei" is also a surname) still names
 * the key when it is one of these forms.
 */
const lemmaFormsOf: Partial<Record<Language, (word: string) => readonly string[]>> = {};

export function registerLemmaForms(
	language: Language,
	forms: (word: string) => readonly string[]
): void {
	lemmaFormsOf[language] = forms;
}

export function formsOfLemmas(word: string, language: Language): readonly string[] {
	return lemmaFormsOf[language]?.(word) ?? [];
}
