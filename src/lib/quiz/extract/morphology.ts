/**
 * Morphology from a Hunspell dictionary (for Polish, `dictionary-pl`, the Polish Native Lang
 * Project's dictionary under GPL/LGPL/MPL): the lemmas of an inflected word and the forms of
 * a lemma, read from the affix rules the dictionary ships. Pure: the server and the CLI read
 * the files and pass their text in; without a dictionary extraction falls back to its rules.
 */

/** What extraction and scoring ask of a language's morphology. */
export interface Morphology {
	/**
	 * The dictionary's lemmas that `form` is an inflection of (itself included when it is a
	 * lemma), each with the capitalisation of its entry: "Tomasza" → ["Tomasz"], "Prawa" →
	 * ["prawo", "prawy", …]. Empty when the dictionary does not know the word.
	 */
	lemmas(form: string): string[];
	/** Whether `form` is a lemma of the dictionary as written ("Jacek", "prawo"). */
	isLemma(form: string): boolean;
	/** Every form the dictionary derives from `lemma`, the lemma first; empty when unknown. */
	forms(lemma: string): string[];
	/** The lemmas written with a capital: surnames, given names, places. */
	properNames(): string[];
	/**
	 * For a capitalised word the dictionary does not know, its lemma by analogy with the names
	 * it does ("Pereirze" → "Pereira", as "Elwirze" is Elwira's); undefined when names ending
	 * like the word itself are as many (it is most likely a base form: "Sørgaard").
	 */
	guessProperLemma(form: string): string | undefined;
}

interface AffixRule {
	flag: string;
	/** Letters the rule removes from the lemma's end. */
	strip: string;
	/** Letters it then appends. */
	add: string;
	/** What the lemma's end must look like, as a regular expression anchored at the end. */
	condition: RegExp | null;
}

/** Flags as the dictionary writes them: one character each (Hunspell's default), or "long"/"num". */
type FlagMode = 'char' | 'long' | 'num';

function splitFlags(flags: string, mode: FlagMode): string[] {
	if (mode === 'num') return flags.split(',').filter(Boolean);
	if (mode === 'long') return flags.match(/../gu) ?? [];
	return [...flags];
}

function conditionOf(text: string): RegExp | null {
	if (text === '.' || text === '') return null;
	return new RegExp(`${text}$`, 'u');
}

/** The first line of a compiled dictionary: its entries sorted, one a line, "word/flags". */
const TABLE_MARK = '#factquiz-sorted-1\n';

function entryLine(line: string): [word: string, flags: string] | null {
	let stop = line.length;
	for (let at = 0; at < line.length; at++) {
		const code = line.charCodeAt(at);
		// Morphological fields after a space or tab are not read.
		if (code === 9 || code === 32 || code === 13) {
			stop = at;
			break;
		}
	}
	const slash = line.indexOf('/');
	const word = slash >= 0 && slash < stop ? line.slice(0, slash) : line.slice(0, stop);
	if (word === '') return null;
	return [word, slash >= 0 && slash < stop ? line.slice(slash + 1, stop) : ''];
}

/**
 * A Hunspell dictionary (.dic) as a table looked up by binary search in its text: no map of
 * 300 000 entries to build on every start (seconds on a busy machine), so the server and the
 * CLI compile it once, keep the result in a cache file, and read it back in milliseconds.
 */
export function compileHunspellDictionary(dic: string): string {
	const merged = new Map<string, string>();
	const lines = dic.split('\n');
	// The first line is the entry count.
	for (let index = 1; index < lines.length; index++) {
		const entry = entryLine(lines[index] as string);
		if (!entry) continue;
		const [word, flags] = entry;
		merged.set(word, (merged.get(word) ?? '') + flags);
	}
	const words = [...merged.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return TABLE_MARK + words.map((word) => `${word}/${merged.get(word) ?? ''}`).join('\n');
}

/** The flags of `word` in a compiled table, or undefined when it is no entry. */
function lookUp(table: string, word: string): string | undefined {
	let low = TABLE_MARK.length;
	let high = table.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		const lineStart = table.lastIndexOf('\n', middle - 1) + 1;
		let lineEnd = table.indexOf('\n', lineStart);
		if (lineEnd < 0) lineEnd = table.length;
		const slash = table.indexOf('/', lineStart);
		const key = table.slice(lineStart, slash);
		if (key === word) return table.slice(slash + 1, lineEnd);
		if (key < word) low = lineEnd + 1;
		else high = lineStart;
	}
	return undefined;
}

/** Reads a Hunspell affix file and dictionary into a `Morphology` (suffix rules only). */
export function readHunspell(aff: string, dic: string): Morphology {
	let mode: FlagMode = 'char';
	/** Suffix rules by the letters they append: a word is analysed from its ending. */
	const byAdd = new Map<string, AffixRule[]>();
	/** Suffix rules by flag, for generating forms. */
	const byFlag = new Map<string, AffixRule[]>();
	let longestAdd = 0;
	for (const line of aff.split('\n')) {
		const parts = line.trim().split(/\s+/u);
		if (parts[0] === 'FLAG' && (parts[1] === 'long' || parts[1] === 'num')) mode = parts[1];
		// A rule line has five fields or more; the header of a rule group has four.
		if (parts[0] !== 'SFX' || parts.length < 5) continue;
		const [, flag = '', strip = '', addField = ''] = parts;
		const add = (addField.split('/')[0] ?? '').replace(/^0$/u, '');
		const rule: AffixRule = {
			flag,
			strip: strip === '0' ? '' : strip,
			add,
			condition: conditionOf(parts[4] ?? '.')
		};
		const forAdd = byAdd.get(add) ?? [];
		forAdd.push(rule);
		byAdd.set(add, forAdd);
		const forFlag = byFlag.get(flag) ?? [];
		forFlag.push(rule);
		byFlag.set(flag, forFlag);
		longestAdd = Math.max(longestAdd, add.length);
	}

	const table = dic.startsWith(TABLE_MARK) ? dic : compileHunspellDictionary(dic);
	const flagsOf = (word: string) => lookUp(table, word);
	const hasFlag = (word: string, flag: string) => {
		const flags = flagsOf(word);
		if (flags === undefined) return false;
		return mode === 'char' ? flags.includes(flag) : splitFlags(flags, mode).includes(flag);
	};

	const analyse = (form: string, found: Set<string>) => {
		if (flagsOf(form) !== undefined) found.add(form);
		// From no letters: a rule may only strip ("Polkowice" → "Polkowic", strip "e", add none).
		for (let length = 0; length <= Math.min(longestAdd, form.length - 1); length++) {
			const rules = byAdd.get(form.slice(form.length - length));
			if (!rules) continue;
			const base = form.slice(0, form.length - length);
			for (const rule of rules) {
				const lemma = base + rule.strip;
				if (found.has(lemma) || !hasFlag(lemma, rule.flag)) continue;
				if (rule.condition && !rule.condition.test(lemma)) continue;
				found.add(lemma);
			}
		}
	};

	/** Letters of a name's end compared by analogy. */
	const ANALOGY_ENDING = 3;
	let namesByEnding: Map<string, { word: string; flags: string }[]> | null = null;
	/** Capitalised entries ending in `ending` (as many letters as ANALOGY_ENDING or more). */
	const namesEndingAs = (ending: string): { word: string; flags: string }[] => {
		if (namesByEnding === null) {
			namesByEnding = new Map();
			for (const line of table.slice(TABLE_MARK.length).split('\n')) {
				const first = line.charAt(0);
				if (first === first.toLowerCase()) continue;
				const slash = line.indexOf('/');
				const word = line.slice(0, slash);
				if (word.length <= ANALOGY_ENDING) continue;
				const key = word.slice(-ANALOGY_ENDING);
				const list = namesByEnding.get(key) ?? [];
				list.push({ word, flags: line.slice(slash + 1) });
				namesByEnding.set(key, list);
			}
		}
		const names = namesByEnding.get(ending.slice(-ANALOGY_ENDING)) ?? [];
		return ending.length === ANALOGY_ENDING
			? names
			: names.filter(({ word }) => word.endsWith(ending));
	};
	const carries = (flags: string, flag: string) =>
		mode === 'char' ? flags.includes(flag) : splitFlags(flags, mode).includes(flag);

	return {
		guessProperLemma(form) {
			if (form.length <= ANALOGY_ENDING + 1 || form[0] === form[0]?.toLowerCase()) return undefined;
			// Names ending in the word's last four letters say it is a base form; fewer than three
			// would say so of a word in another case too ("Pereirze" beside "Pomorze").
			const asBase = namesEndingAs(form.slice(-ANALOGY_ENDING - 1)).length;
			let best: { lemma: string; analogies: number } | undefined;
			for (let length = 1; length <= Math.min(longestAdd, form.length - 2); length++) {
				const rules = byAdd.get(form.slice(form.length - length));
				if (!rules) continue;
				const base = form.slice(0, form.length - length);
				for (const rule of rules) {
					const lemma = base + rule.strip;
					if (lemma.length <= ANALOGY_ENDING || lemma === form) continue;
					// News names no one in the vocative ("Otieno" is no "Otiena" addressed), and a
					// person's lemma is no family's plural ("Ashbowie").
					if (rule.add === 'o' || lemma.endsWith('owie')) continue;
					if (rule.condition && !rule.condition.test(lemma)) continue;
					const analogies = namesEndingAs(lemma.slice(-ANALOGY_ENDING)).filter(({ flags }) =>
						carries(flags, rule.flag)
					).length;
					if (analogies > (best?.analogies ?? 0)) best = { lemma, analogies };
				}
			}
			return best !== undefined && best.analogies > asBase ? best.lemma : undefined;
		},
		lemmas(form) {
			const found = new Set<string>();
			analyse(form, found);
			const lower = form.toLowerCase();
			if (lower !== form) analyse(lower, found);
			return [...found];
		},
		isLemma(form) {
			return flagsOf(form) !== undefined;
		},
		properNames() {
			const names: string[] = [];
			for (const line of table.slice(TABLE_MARK.length).split('\n')) {
				const first = line.charAt(0);
				if (first !== first.toLowerCase()) names.push(line.slice(0, line.indexOf('/')));
			}
			return names;
		},
		forms(lemma) {
			const flags = flagsOf(lemma);
			if (flags === undefined) return [];
			const forms = new Set<string>([lemma]);
			for (const flag of new Set(splitFlags(flags, mode))) {
				for (const rule of byFlag.get(flag) ?? []) {
					if (!lemma.endsWith(rule.strip)) continue;
					if (rule.condition && !rule.condition.test(lemma)) continue;
					forms.add(lemma.slice(0, lemma.length - rule.strip.length) + rule.add);
				}
			}
			return [...forms];
		}
	};
}
