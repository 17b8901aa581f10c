import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire as requireFrom } from 'node:module';
import { dirname, join } from 'node:path';
import type { Language } from '../quiz/content';
import {
	registerLemmaForms,
	registerNameForms,
	registerProperNames
} from '../quiz/score/known-names';
import {
	compileHunspellDictionary,
	readHunspell,
	type Morphology
} from '../quiz/extract/morphology';

/**
 * Polish morphology for extraction: the Hunspell dictionary of the `dictionary-pl` package
 * (Polish Native Lang Project, sjp.pl; GPL-3.0, LGPL-3.0 or MPL-2.0), compiled once into a
 * sorted table kept in node_modules/.cache/factquiz, then read back at each start (about a
 * quarter of a second on a busy machine; building a map of its 300 000 entries took seconds).
 * English needs none. Without the package, extraction keeps its rules.
 *
 * Names of people for English scoring: the list of the `humannames` package (about 200 000
 * given names and surnames, English and common non-English ones, from censuses; MIT), so
 * that "Carver" typed for Carter is read as another person, not a typo.
 */

const loaded = new Map<Language, Morphology | null>();

function dictionaryFolder(): string | null {
	try {
		return dirname(requireFrom(import.meta.url).resolve('dictionary-pl'));
	} catch {
		return null;
	}
}

/** Written aside and renamed: another process may be reading the table meanwhile. */
function writeAtomically(path: string, text: string): void {
	const aside = `${path}.${process.pid}`;
	writeFileSync(aside, text);
	renameSync(aside, path);
}

function loadPolish(): Morphology | null {
	const folder = dictionaryFolder();
	if (!folder) return null;
	const aff = readFileSync(join(folder, 'index.aff'), 'utf8');
	const dicPath = join(folder, 'index.dic');
	// node_modules/dictionary-pl → node_modules/.cache/factquiz
	const cacheFolder = join(folder, '..', '.cache', 'factquiz');
	const tablePath = join(cacheFolder, 'dictionary-pl.table');
	let table: string | null = null;
	if (existsSync(tablePath) && statSync(tablePath).mtimeMs >= statSync(dicPath).mtimeMs) {
		table = readFileSync(tablePath, 'utf8');
	}
	if (table === null) {
		table = compileHunspellDictionary(readFileSync(dicPath, 'utf8'));
		try {
			mkdirSync(cacheFolder, { recursive: true });
			writeAtomically(tablePath, table);
		} catch {
			// A read-only install compiles on every start: slower, still right.
		}
	}
	const morphology = readHunspell(aff, table);
	// Scoring of typed names then knows that "Gorzyce" or "Kalata" is a real name, not a typo,
	// and so is a foreign one ("Pereyra" is not Pereira): Polish news names people from abroad.
	registerProperNames('pl', [
		...morphology.properNames().filter((name) => !morphology.isLemma(name.toLowerCase())),
		...namesOfPeople()
	]);
	registerNameForms('pl', (name) => morphology.forms(name));
	// Only lemmas that differ from the word in its ending: "Bytów" is also a case of "byt".
	registerLemmaForms('pl', (word) => [
		...new Set(
			morphology
				.lemmas(word)
				.filter((lemma) => sharedStart(lemma.toLowerCase(), word.toLowerCase()) >= word.length - 2)
				.flatMap((lemma) => morphology.forms(lemma))
		)
	]);
	return morphology;
}

/** The names of the `humannames` list; none when it is not installed. */
function namesOfPeople(): string[] {
	try {
		const list = readFileSync(requireFrom(import.meta.url).resolve('humannames/list.txt'), 'utf8');
		return list.split(/\r?\n/).filter((name) => name !== '');
	} catch {
		return [];
	}
}

function registerEnglishNames(): null {
	registerProperNames('en', namesOfPeople());
	return null;
}

/**
 * The morphology of `language`, loaded once per process, with the names its scoring must
 * know; undefined when there is none.
 */
export function loadMorphology(language: Language): Morphology | undefined {
	if (!loaded.has(language))
		loaded.set(language, language === 'pl' ? loadPolish() : registerEnglishNames());
	return loaded.get(language) ?? undefined;
}

function sharedStart(a: string, b: string): number {
	let length = 0;
	while (length < a.length && length < b.length && a[length] === b[length]) length++;
	return length;
}
