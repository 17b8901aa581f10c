import type { Language } from '../content';
import { readNumber, type Numeral } from '../language/numerals';
import type { ExtractionLexicon } from './lexicon';
import type { Token } from './tokens';
import type { SentenceContext } from './types';

/**
 * Figures in digits or words, read by the core's number reader: this file only finds where
 * a figure starts and ends, what hedges it and what it counts.
 */

export interface FoundQuantity {
	kind: 'number' | 'proportion';
	value: number;
	approximate: boolean;
	/** Token range of the figure alone: "11 tysięcy". */
	first: number;
	last: number;
	/** Token where the phrase starts, hedge included: "ok." in "ok. 11 tysięcy". */
	phraseFirst: number;
	/** Token range of what the figure counts or is a share of, if anything. */
	unitFirst?: number;
	unitLast?: number;
	/** The unit is one of area ("m kw.", "sq m"): "Ile m kw." words no question well. */
	area?: true;
	/** Token of the counted noun itself. */
	noun?: number;
	/** The noun is written into the figure's word ("nine-day"), or is a currency sign. */
	nounText?: string;
	/** A currency sign before the figure: "$1.9 billion". */
	currency?: string;
	/** One end of a range in words: "od 180 do 350 zł", "three to five years". */
	rangeEnd?: boolean;
	/** Words that are a figure but give no fact: "co piąta" of a whole named before. */
	silent?: boolean;
}

/** A figure spans a dozen tokens at most ("two million five hundred thousand and one"). */
const MAX_FIGURE_TOKENS = 12;
/** A share's unit is read up to this many words: "dziennej amunicji wykorzystywanej przez Rosję". */
const MAX_UNIT_WORDS = 5;
/** Words between a figure and its noun that may be skipped: "11 tysięcy północnokoreańskich żołnierzy". */
const MAX_ADJECTIVES = 2;
const UNIT_STOPS = new Set([',', ';', ':', '.', '!', '?', ')', '(', '—', '–', '"', '”', '„']);
/** Words before a figure that make it a reference, not a quantity: "art. 5", "No. 3". */
const REFERENCE_WORDS = new Set([
	'art',
	'nr',
	'no',
	'ust',
	'pkt',
	'poz',
	'str',
	'par',
	'rozdz',
	'godz',
	// "DK 91", "DW 172": a national or regional road's number.
	'dk',
	'dw'
]);
/**
 * Nouns a number after names rather than counts: "linii 105 i 126", "bus route 38",
 * "flight 370", "sali 215", "a phase 1 trial", "strefy 1", "drogę wojewódzką 172" (folded).
 */
const ROUTE_WORDS = new Set([
	...['linia', 'linii', 'linie', 'linia', 'linie', 'sala', 'sali', 'sale'],
	...['peron', 'peronu', 'peronie', 'peronem', 'etap', 'etapu', 'etapie', 'etapem'],
	...['faza', 'fazy', 'fazie', 'faze', 'faza', 'strefa', 'strefy', 'strefie', 'strefe'],
	...['kategoria', 'kategorii', 'kategorie', 'klasa', 'klasy', 'klasie', 'klase'],
	...['artykul', 'artykulu', 'rozdzial', 'rozdzialu'],
	...['wojewodzka', 'wojewodzkiej', 'wojewodzkie', 'krajowa', 'krajowej', 'krajowe'],
	...['ekspresowa', 'ekspresowej', 'autostrada', 'autostrady', 'autostradzie'],
	...['line', 'lines', 'route', 'routes', 'flight', 'platform', 'gate', 'room', 'phase'],
	...['stage', 'tier', 'category', 'level', 'grade', 'zone', 'article', 'section', 'chapter'],
	...['clause', 'junction', 'ward', 'terminal', 'band', 'round']
]);
/**
 * "at this stage 40 people", "w pierwszym etapie 200 domów": a word before the noun that
 * picks it out already, so the number after it counts (folded).
 */
const ROUTE_PICKED =
	/^(?:this|that|each|every|first|second|third|next|last|final|early|later|same|current|ten|ta|tym|tej|tego|te|kazd\w*|pierwsz\w*|drug\w*|trzec\w*|kolejn\w*|nastepn\w*|ostatni\w*|obecn\w*|jedn\w*)$/u;
/**
 * "42 nowe wagony": adjectives too short for the lexicon's endings rule (which keeps "mowa"
 * and "Nowy Sącz" out of it) describe the noun after them between a figure and its noun.
 */
const SHORT_POLISH_ADJECTIVE = /^\p{Ll}{1,2}ow[aey]$/u;
const LIST_JOINERS = new Set(['i', 'oraz', 'and', ',']);
/** Words that hedge a figure restated in brackets: "(ok. 610 KM)", "(about 8 km)" (folded). */
const CONVERSION_HEDGES = new Set(['ok', 'okolo', 'about', 'around', 'approx', 'roughly', 'ca']);
/** Words after "the 43" that make it a bus's or a train's route: "the 43 between A and B". */
const ROUTE_ENDS = new Set(['between', 'from', 'service', 'bus', 'route']);

/** "8.30" in Polish is a time: decimals take a comma. */
const POLISH_TIME = /^\d{1,2}\.\d{2}$/;
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥']);
/** English nouns after a figure are plural: the first word in "s" is the counted one. */
const ENGLISH_PLURAL = /[^su]s$/;
const ENGLISH_NOUN_REACH = 3;

class QuantityReader {
	private readonly words: readonly string[];

	constructor(
		private readonly tokens: readonly Token[],
		private readonly used: readonly boolean[],
		private readonly text: string,
		private readonly lexicon: ExtractionLexicon,
		private readonly language: Language
	) {
		this.words = tokens.map((token) => (token.kind === 'word' ? token.key : ''));
	}

	/**
	 * Whether the number at `index` follows a reference's word, alone or in a list of numbers
	 * ("nr 3, 11 i 45", "art. 5"), or is a bus route English names by "the" ("the 43 between
	 * Reepham and Aylsham").
	 */
	private followsReference(index: number): boolean {
		const at = this.listStart(index);
		const before = this.tokens[at - 1];
		const reference = before?.text === '.' ? this.tokens[at - 2] : before;
		if (reference?.kind === 'word' && REFERENCE_WORDS.has(reference.key)) return true;
		const token = this.tokens[index];
		return (
			this.language === 'en' &&
			at === index &&
			before?.key === 'the' &&
			token?.kind === 'number' &&
			/^\d{1,3}$/u.test(token.text) &&
			// "she used the 43 three times a week": a count right after it is how often.
			(ROUTE_ENDS.has(this.tokens[index + 1]?.key ?? '') ||
				(this.tokens[index + 1]?.spaceBefore === true &&
					this.numeralsOf(this.tokens[index + 1]) !== null))
		);
	}

	/** The first number of the list the number at `index` closes: "3" of "nr 3, 11 i 45". */
	private listStart(index: number): number {
		let at = index;
		while (
			LIST_JOINERS.has(this.tokens[at - 1]?.text.toLowerCase() ?? '') &&
			this.tokens[at - 2]?.kind === 'number'
		)
			at -= 2;
		return at;
	}

	/** Whether the number at `index` follows a route's noun, alone or in a list of numbers. */
	private namesRoute(index: number): boolean {
		const at = this.listStart(index);
		const before = this.tokens[at - 1];
		if (before?.kind !== 'word' || !ROUTE_WORDS.has(before.key)) return false;
		// "at level 40%": a share is a level's value, never its name.
		const after = this.tokens[index + 1];
		if (after?.text === '%' || SHARE_WORDS.has(after?.key ?? '')) return false;
		const picker = this.tokens[at - 2];
		return !(picker?.kind === 'word' && ROUTE_PICKED.test(picker.key));
	}

	private numeralsOf(token: Token | undefined): Numeral[] | null {
		if (token?.kind !== 'word' || token.words.length === 0) return null;
		const found: Numeral[] = [];
		for (const word of token.words) {
			const numeral = this.lexicon.numerals.words.get(word);
			if (!numeral) return null;
			found.push(numeral);
		}
		return found;
	}

	private isFigureToken(index: number): boolean {
		const token = this.tokens[index];
		if (!token || this.used[index]) return false;
		if (token.kind === 'number') return true;
		if (token.kind === 'punct') return token.text === '%';
		return this.numeralsOf(token) !== null;
	}

	/** Whether the token at `dash` is a dash joining two figures into a range: "4-7", "35 – 40". */
	private isRangeDash(dash: number, other: number): boolean {
		const token = this.tokens[dash];
		const beyond = this.tokens[Math.max(dash, other)];
		if (!token || !['-', '–', '—'].includes(token.text) || this.tokens[other]?.kind !== 'number')
			return false;
		return !(token.spaceBefore && beyond?.spaceBefore);
	}

	/** A number glued to letters on its left is a name or a model: "F-16", "COVID-19", "G7". */
	private isPartOfName(index: number): boolean {
		const token = this.tokens[index] as Token;
		if (token.spaceBefore) return false;
		const before = this.tokens[index - 1];
		if (before?.kind === 'word') return true;
		return before?.text === '-' && !before.spaceBefore && this.tokens[index - 2]?.kind === 'word';
	}

	/**
	 * "Polski 2050", "Route 66", "Apollo 11": a number after a capitalised word inside the
	 * sentence names the thing, it counts nothing. A sentence's first word is capitalised anyway.
	 */
	private followsName(index: number): boolean {
		const before = this.tokens[index - 1];
		return (
			before?.kind === 'word' &&
			before.capitalised &&
			!before.acronym &&
			index - 1 > 0 &&
			!this.lexicon.notNouns.has(before.key) &&
			!this.lexicon.datePrepositions.has(before.key)
		);
	}

	/** Whether the word a figure is followed by is a noun it counts, not a verb ("zdobyli", "bought"). */
	private isCountedNoun(index: number): boolean {
		const token = this.tokens[index] as Token;
		// Written, not folded: the folded key of "zdobyła" has no "ł" to tell the verb by.
		return this.language === 'en'
			? ENGLISH_PLURAL.test(token.key)
			: !/(ł|ła|ło|li|ły)$/u.test(token.text.toLowerCase());
	}

	/** Where the figure starting at `first` ends (inclusive), before any check of its value. */
	private figureEnd(first: number): number {
		let last = first;
		for (let index = first + 1; index < this.tokens.length; index++) {
			if (index - first >= MAX_FIGURE_TOKENS) break;
			const token = this.tokens[index] as Token;
			const scale = this.scaleAfterFraction(index);
			if (scale > 0) {
				last = index = scale;
				continue;
			}
			// "£6.4m a year": "a" starts a figure ("a million") or follows "and" ("one and a half"),
			// never goes on with one.
			const article = token.key === 'a' || token.key === 'an';
			if (article && !this.lexicon.numerals.connectors.has((this.tokens[index - 1] as Token).key))
				break;
			if (this.isFigureToken(index)) {
				// "11 000": a group of three digits continues a number, any other number starts one.
				const previous = this.tokens[index - 1] as Token;
				if (
					token.kind === 'number' &&
					previous.kind === 'number' &&
					!(token.text.length === 3 && /^\d{1,3}$/.test(previous.text))
				)
					break;
				if (token.kind === 'punct' && token.spaceBefore && previous.kind !== 'number') break;
				last = index;
				continue;
			}
			const next = index + 1;
			const joins =
				token.kind === 'word' &&
				this.lexicon.numerals.connectors.has(token.key) &&
				this.numeralsOf(this.tokens[next]) !== null &&
				!this.used[next];
			const fraction =
				token.text === '/' && this.tokens[next]?.kind === 'number' && !token.spaceBefore;
			const perCent = token.key === 'per' && this.tokens[next]?.key === 'cent' && !this.used[next];
			// "jedno i drugie", "one and the second": an ordinal after "and" is no denominator.
			const ordinal = this.numeralsOf(this.tokens[next])?.every((n) => n.role === 'denominator');
			if ((joins && !ordinal) || fraction) continue;
			if (perCent) {
				last = next;
				index = next;
				continue;
			}
			break;
		}
		return last;
	}

	/**
	 * "a quarter of a million", "half a million": the index of the scale a fraction just read is
	 * of, when `index` is the "of" or the "a" after it; else -1.
	 */
	private scaleAfterFraction(index: number): number {
		const fraction = this.numeralsOf(this.tokens[index - 1]);
		if (!fraction?.some((numeral) => numeral.role === 'denominator')) return -1;
		let at = index;
		if (this.tokens[at]?.key === 'of') at++;
		if (this.tokens[at]?.key === 'a' || this.tokens[at]?.key === 'an') at++;
		if (at === index) return -1;
		const scale = this.numeralsOf(this.tokens[at]);
		return scale?.some((numeral) => numeral.role === 'scale' && numeral.value >= 1000) ? at : -1;
	}

	private value(first: number, last: number): number | null {
		const start = (this.tokens[first] as Token).start;
		const end = (this.tokens[last] as Token).end;
		return readNumber(this.text.slice(start, end), this.lexicon.numerals);
	}

	private roles(first: number, last: number): Set<Numeral['role'] | 'digits' | 'percent-sign'> {
		const roles = new Set<Numeral['role'] | 'digits' | 'percent-sign'>();
		for (let index = first; index <= last; index++) {
			const token = this.tokens[index] as Token;
			if (token.kind === 'number') roles.add('digits');
			else if (token.text === '%' || token.key === 'cent') roles.add('percent-sign');
			else for (const numeral of this.numeralsOf(token) ?? []) roles.add(numeral.role);
		}
		return roles;
	}

	/** The hedge ending right before `first` ("ok.", "mniej więcej", "more than"), if any. */
	private hedgeBefore(first: number): number | null {
		let end = first - 1;
		if (this.tokens[end]?.text === '.' && !this.tokens[end]?.spaceBefore) end--;
		for (const hedge of this.lexicon.hedges) {
			const start = end - hedge.length + 1;
			if (start < 0) continue;
			let matches = true;
			for (let offset = 0; offset < hedge.length && matches; offset++) {
				const token = this.tokens[start + offset];
				matches = token?.kind === 'word' && token.key === hedge[offset];
			}
			// "7 percent over two years": after a figure, "over" is a preposition.
			const before = this.tokens[start - 1];
			const afterFigure =
				before !== undefined &&
				(before.kind === 'number' || before.text === '%' || this.numeralsOf(before) !== null);
			if (matches && !afterFigure) return start;
		}
		return null;
	}

	private isWord(index: number): boolean {
		return this.tokens[index]?.kind === 'word' && !this.used[index];
	}

	/** What a figure counts: up to two adjectives, then a noun that is no function word. */
	private countedNoun(
		after: number
	): { unitFirst: number; noun: number; unitLast?: number; area?: true } | null {
		let index = after;
		let adjectives = 0;
		while (this.isWord(index) && adjectives < MAX_ADJECTIVES) {
			const token = this.tokens[index] as Token;
			// English names of origin are capitalised: "11,000 North Korean soldiers".
			const describes =
				this.lexicon.isAdjective(token.key) ||
				(this.language === 'pl' && SHORT_POLISH_ADJECTIVE.test(token.text)) ||
				(this.language === 'en' && token.capitalised && !token.acronym);
			// "120 więcej niż": a comparative ends like an adjective but describes no noun.
			if (!describes || this.lexicon.notNouns.has(token.key) || !this.isWord(index + 1)) break;
			index++;
			adjectives++;
		}
		const noun = this.tokens[index];
		if (!noun || !this.isWord(index)) return null;
		if (this.lexicon.notNouns.has(noun.key) || this.numeralsOf(noun) !== null) return null;
		const area = this.areaUnitLast(index);
		if (area !== null) return { unitFirst: after, noun: index, unitLast: area, area: true };
		// "70 km/h", "25 zł/m2": a rate, which the word before the slash alone misnames.
		const slash = this.tokens[index + 1];
		const per = this.tokens[index + 2];
		if (slash?.text === '/' && !slash.spaceBefore) {
			if (!per || per.spaceBefore || per.kind === 'punct') return null;
			return { unitFirst: after, noun: index, unitLast: index + 2 };
		}
		// "tworzy dwa kolejne u dostawców": an adjective standing for a noun said before, with a
		// preposition or nothing after it, names no unit.
		const following = this.tokens[index + 1];
		if (
			this.language === 'pl' &&
			PLURAL_ADJECTIVE.test(noun.key) &&
			(following?.kind !== 'word' || this.lexicon.prepositions.has(following.key))
		)
			return null;
		// A neuter past verb ("trafiło", "zginęło") follows Polish figures, never counted.
		if (/[aeiy]lo$/.test(noun.key) && noun.key.length > 4 && !noun.capitalised) return null;
		if (this.language === 'en' && !ENGLISH_PLURAL.test(noun.key)) {
			// "14 container terminals": English compounds end in the counted plural.
			for (let next = index + 1; next < index + ENGLISH_NOUN_REACH; next++) {
				const word = this.tokens[next];
				if (!word || !this.isWord(next) || this.lexicon.notNouns.has(word.key)) break;
				if (ENGLISH_PLURAL.test(word.key)) return { unitFirst: after, noun: next };
			}
		}
		return { unitFirst: after, noun: index };
	}

	/**
	 * "620 m kw.", "540 m²", "180 m2", "1,100 sq m", "2 sq km": a unit of area is one unit, whose
	 * length word alone misnames it. The last token of the unit, or null for none.
	 */
	private areaUnitLast(index: number): number | null {
		const noun = this.tokens[index] as Token;
		const next = this.tokens[index + 1];
		if (!next) return null;
		const glued = !next.spaceBefore;
		if (AREA_LENGTHS.has(noun.key)) {
			if (glued && (next.text === '²' || next.text === '2')) return index + 1;
			if (next.kind === 'word' && next.key === 'kw') {
				const dot = this.tokens[index + 2];
				return dot?.text === '.' && !dot.spaceBefore ? index + 2 : index + 1;
			}
		}
		if ((noun.key === 'sq' || noun.key === 'square') && next.kind === 'word') {
			if (AREA_LENGTHS.has(next.key) || SQUARE_UNITS.has(next.key)) return index + 1;
		}
		return null;
	}

	/** A share's unit: the words after it up to a punctuation mark, "of" dropped. */
	private shareUnit(after: number): { unitFirst: number; unitLast: number; noun?: number } | null {
		let first = after;
		const firstToken = this.tokens[first];
		const of = firstToken?.kind === 'word' && (firstToken.key === 'of' || firstToken.key === 'z');
		// English names what a share is of with "of"; "7 percent over two years" has no unit.
		if (this.language === 'en' && !of) return null;
		if (of) first++;
		let last = -1;
		let words = 0;
		for (let index = first; index < this.tokens.length && words < MAX_UNIT_WORDS; index++) {
			const token = this.tokens[index] as Token;
			if (UNIT_STOPS.has(token.text) || this.used[index] || token.kind !== 'word') break;
			// A function word ends the unit ("zalanych domów | nie nadaje się"); a preposition
			// may continue it ("amunicji wykorzystywanej przez Rosję"), a pronoun cannot start it.
			const preposition = this.lexicon.prepositions.has(token.key) || token.key === 'przez';
			if (this.lexicon.notNouns.has(token.key) && (!preposition || index === first)) break;
			last = index;
			words++;
		}
		while (last >= first && this.lexicon.prepositions.has((this.tokens[last] as Token).key)) last--;
		if (last < first) return null;
		const counted = this.countedNoun(first);
		return counted && counted.noun <= last
			? { unitFirst: first, unitLast: last, noun: counted.noun }
			: { unitFirst: first, unitLast: last };
	}

	/** "co piąty uczeń", "one in five voters": a share written as a distributive. */
	private readDistributive(first: number): FoundQuantity | null {
		if (this.used[first]) return null;
		const found = this.lexicon.distributive(this.words, first);
		if (!found) return null;
		const last = first + found.length - 1;
		for (let index = first; index <= last; index++) if (this.used[index]) return null;
		const quantity: FoundQuantity = {
			kind: 'proportion',
			value: found.value,
			approximate: false,
			first,
			last,
			phraseFirst: first
		};
		// "co piąty uczeń": the noun is singular, so it names the unit but frames no question.
		const counted = this.countedNoun(last + 1);
		// "one in five said", "co piąta przeciekała": a share of a whole named in another
		// sentence, which a question on it cannot show; "ponad 200 nor, a z tej liczby co trzecia
		// była" has its whole before it.
		const of = ['of', 'z'].includes(this.tokens[last + 1]?.key ?? '');
		const counts =
			counted !== null &&
			(this.isCountedNoun(counted.noun) ||
				IRREGULAR_PLURALS.has((this.tokens[counted.noun] as Token).key));
		const wholeBefore = this.tokens.slice(0, first).some((_, at) => this.isFigureToken(at));
		if (!of && !counts && !wholeBefore) return { ...quantity, silent: true };
		if (counted) quantity.noun = counted.noun;
		return quantity;
	}

	/** "nine-day", "four-year": a figure and its noun in one hyphenated word. */
	private readCompound(first: number): FoundQuantity | null {
		const token = this.tokens[first] as Token;
		if (token.kind !== 'word' || token.words.length < 2 || this.used[first]) return null;
		const nounWord = token.words[token.words.length - 1] as string;
		const figureWords = token.words.slice(0, -1);
		if (this.lexicon.numerals.words.has(nounWord)) return null;
		if (!figureWords.every((word) => this.lexicon.numerals.words.has(word))) return null;
		const value = readNumber(figureWords.join(' '), this.lexicon.numerals);
		if (value === null) return null;
		const nounText = token.text.slice(token.text.lastIndexOf('-') + 1);
		// "four-legged", "one-eyed": an adjective of the figure describes, it counts nothing.
		if (this.language === 'en' && /ed$/u.test(nounWord)) return null;
		return this.oneWordCount(first, value, nounText);
	}

	/** "przekroczyło normę trzykrotnie", "a fourfold rise": how many times, in one word. */
	private readMultiple(first: number): FoundQuantity | null {
		const token = this.tokens[first] as Token;
		if (token.kind !== 'word' || this.used[first]) return null;
		const match = MULTIPLE.exec(token.key);
		const value = match ? MULTIPLE_PREFIXES.get(match[1] as string) : undefined;
		if (value === undefined) return null;
		return this.oneWordCount(first, value, this.language === 'pl' ? 'razy' : 'times');
	}

	/**
	 * "comet 67P", "88P/Kessler-Wong", "a 5G mast", "the 27A", "26/1187/FUL": digits with one
	 * capital letter or a further slash against them name a thing; a unit's capital ("-9C",
	 * "16F", "400MW") is no such letter.
	 */
	private namesCode(first: number, last: number): boolean {
		for (let index = first; index <= last; index++) {
			if (this.tokens[index]?.kind !== 'number') continue;
			const after = this.tokens[index + 1];
			if (
				after?.kind === 'word' &&
				!after.spaceBefore &&
				/^\p{Lu}$/u.test(after.text) &&
				!UNIT_CAPITALS.has(after.text)
			)
				return true;
		}
		const after = this.tokens[last + 1];
		return (
			after?.text === '/' &&
			!after.spaceBefore &&
			this.tokens[last]?.kind === 'number' &&
			this.tokens[last + 2]?.spaceBefore === false
		);
	}

	/** A count said in one word with its noun ("nine-day", "trzykrotnie"), hedged or not. */
	private oneWordCount(first: number, value: number, nounText: string): FoundQuantity {
		const hedge = this.hedgeBefore(first);
		return {
			kind: 'number',
			value,
			approximate: hedge !== null,
			first,
			last: first,
			phraseFirst: hedge ?? first,
			nounText
		};
	}

	/**
	 * "12 miles (19 km)", "US$2.5bn (£1.9bn)", "-9C (16F)": a figure in brackets right after
	 * another one restates it in other units.
	 */
	private isConversion(first: number): boolean {
		let open = first - 1;
		if (this.tokens[open] && CURRENCY_SIGNS.has(this.tokens[open]?.text ?? '')) open--;
		// "450 kW (ok. 610 KM)", "5 miles (about 8 km)": a hedge opens the restatement.
		if (this.tokens[open]?.text === '.' && CONVERSION_HEDGES.has(this.tokens[open - 1]?.key ?? ''))
			open -= 2;
		else if (CONVERSION_HEDGES.has(this.tokens[open]?.key ?? '')) open--;
		if (this.tokens[open]?.text === '-') open--;
		if (this.tokens[open]?.text !== '(') return false;
		for (let index = open - 1; index >= Math.max(0, open - CONVERSION_REACH); index--) {
			if (this.tokens[index]?.kind === 'number') return true;
		}
		// "4,5 tys. m kw. (0,45 ha)": abbreviated units between the figure and its restatement.
		for (let index = open - 1; index >= Math.max(0, open - ABBREVIATED_UNIT_REACH); index--) {
			const token = this.tokens[index];
			if (token?.kind === 'number') return true;
			const abbreviation =
				token?.text === '.' || (token?.kind === 'word' && ABBREVIATED_UNITS.has(token.key));
			if (!abbreviation) return false;
		}
		return false;
	}

	/**
	 * "od godz. 7 do 15", "od godz. 6:30 do 18", "między godz. 8 a 16": the end of a range
	 * that opens on an hour is an hour too.
	 */
	private endsHourRange(first: number): boolean {
		const joiner = this.tokens[first - 1];
		if (joiner?.kind !== 'word' || !HOUR_RANGE_JOINERS.has(joiner.key)) return false;
		let start = first - 2;
		const colon = this.tokens[start - 1];
		if (colon?.text === ':' && !colon.spaceBefore && this.tokens[start - 2]?.kind === 'number')
			start -= 2;
		if (this.tokens[start]?.kind !== 'number') return false;
		const before = this.tokens[start - 1];
		const word = before?.text === '.' ? this.tokens[start - 2] : before;
		return word?.kind === 'word' && HOUR_WORDS.has(word.key);
	}

	/**
	 * Whether "a third" at `first`..`last` is an ordinal: a singular word that is no verb
	 * follows ("a third man", "a fourth consecutive year"), where a share is followed by "of",
	 * a verb or a stop ("a third of voters", "a fifth said").
	 */
	private ranksNoun(first: number, last: number): boolean {
		const article = this.tokens[first];
		const ordinal = this.numeralsOf(this.tokens[last]);
		const next = this.tokens[last + 1];
		if (this.language !== 'en' || last !== first + 1) return false;
		if (article?.key !== 'a' || ordinal?.length !== 1 || ordinal[0]?.role !== 'denominator')
			return false;
		if (ordinal[0].value === 2 || next?.kind !== 'word' || next.key === 'of') return false;
		return (
			!this.lexicon.notNouns.has(next.key) &&
			!this.lexicon.questions.auxiliaries.has(next.key) &&
			!this.lexicon.isPastVerb(next.key) &&
			!ENGLISH_PLURAL.test(next.key)
		);
	}

	/**
	 * "14 Grey Street", "przy ul. Jana Pawła II 15/3", "al. gen. Józefa Hallera 8": the number
	 * of a house in an address.
	 */
	private isHouseNumber(first: number): boolean {
		if (this.language === 'en') {
			for (let at = first + 1; at <= first + 1 + MAX_STREET_NAME_WORDS; at++) {
				const word = this.tokens[at];
				if (word?.kind !== 'word' || !word.capitalised || !word.spaceBefore) return false;
				// "12 High Street shops": a count of what the street names.
				const after = this.tokens[at + 1];
				const counts = after?.kind === 'word' && ENGLISH_PLURAL.test(after.key);
				if (ENGLISH_STREET_WORDS.has(word.key)) return at > first + 1 && !counts;
			}
			return false;
		}
		// "na ul. Długiej 40 kierowców": a count of what follows.
		const after = this.tokens[first + 1];
		if (after?.kind === 'word' && !after.capitalised && !this.lexicon.prepositions.has(after.key))
			return false;
		for (let at = first - 1; at >= Math.max(0, first - 2 - 2 * MAX_STREET_NAME_WORDS); at--) {
			const token = this.tokens[at] as Token;
			if (token.text === '.' && !token.spaceBefore) continue;
			// "ul. 3 Maja 9/11": a street named after a day.
			const kindBefore =
				this.tokens[at - 1]?.text === '.' ? this.tokens[at - 2] : this.tokens[at - 1];
			if (token.kind === 'number' && at < first - 1 && kindBefore?.kind === 'word')
				return this.lexicon.streetKinds.has(kindBefore.key);
			if (token.kind !== 'word') return false;
			if (this.lexicon.streetKinds.has(token.key)) return at < first - 1;
			if (!token.capitalised && !this.lexicon.abbreviations.has(token.key)) return false;
		}
		return false;
	}

	/** Whether the number at `index` is one of the parts of "2hr 15min 02sec" or "1h 5m". */
	private isDurationPart(index: number): boolean {
		const part = (at: number) =>
			this.tokens[at]?.kind === 'number' &&
			this.tokens[at + 1]?.kind === 'word' &&
			!this.tokens[at + 1]?.spaceBefore &&
			DURATION_PARTS.has(this.tokens[at + 1]?.key ?? '');
		return part(index) && (part(index + 2) || part(index - 2));
	}

	/** "od lat 90.", "w latach 80-tych", "the 1990s", "the '90s": a decade, no count. */
	private namesDecade(first: number): boolean {
		const token = this.tokens[first] as Token;
		const after = this.tokens[first + 1];
		if (token.kind !== 'number' || !after || after.spaceBefore) return false;
		if (after.kind === 'word' && after.key === 's') return /^(?:1[89]|20)?[0-9]0$/.test(token.text);
		const before = this.tokens[first - 1];
		return (
			this.language === 'pl' &&
			before?.kind === 'word' &&
			DECADE_WORDS.has(before.key) &&
			/^[1-9]0$/.test(token.text) &&
			(after.text === '.' || after.text === '-')
		);
	}

	/** Which tokens are groups of a telephone number, marked on first use. */
	private phoneGroups: Uint8Array | undefined;

	/**
	 * Whether the number at `index` is one group of a telephone number: "41 387 22 90", "01632
	 * 960 418". Three or more groups of two to five digits, nine to twelve in all, that are no
	 * thousands written apart ("1 250 000": every group after the first has three digits), or
	 * open with a 0; or an area code opening with a 0 and six digits or more ("01667 464000").
	 */
	private isPhoneGroup(index: number): boolean {
		this.phoneGroups ??= this.markPhoneGroups();
		return this.phoneGroups[index] === 1;
	}

	/** "Year 11 pupils", "Years 3 to 6": an English school year, its number a name. */
	private namesSchoolYear(index: number): boolean {
		if (this.language !== 'en' || this.tokens[index]?.kind !== 'number') return false;
		const isYearWord = (at: number) => {
			const token = this.tokens[at];
			return token?.capitalised === true && (token.key === 'year' || token.key === 'years');
		};
		if (isYearWord(index - 1)) return true;
		const joiner = this.tokens[index - 1]?.key;
		return (
			(joiner === 'to' || joiner === 'and' || this.tokens[index - 1]?.text === '-') &&
			this.tokens[index - 2]?.kind === 'number' &&
			isYearWord(index - 3)
		);
	}

	/** "call 999", "pod numer alarmowy 112": the number to dial counts nothing. */
	private isEmergencyNumber(index: number): boolean {
		const token = this.tokens[index];
		if (token?.kind !== 'number' || !EMERGENCY_NUMBERS.has(token.text)) return false;
		const before = this.tokens[index - 1];
		return before?.kind === 'word' && DIAL_WORDS.has(before.key);
	}

	/** One pass over the runs of digit groups, so that a long run is read once, not per group. */
	private markPhoneGroups(): Uint8Array {
		const marks = new Uint8Array(this.tokens.length);
		const grouped = (at: number) =>
			this.tokens[at]?.kind === 'number' && /^\d+$/u.test(this.tokens[at]?.text ?? '');
		for (let start = 0; start < this.tokens.length; start++) {
			if (!grouped(start)) continue;
			let end = start;
			while (grouped(end + 1) && this.tokens[end + 1]?.spaceBefore) end++;
			const groups = this.tokens.slice(start, end + 1).map((token) => token.text);
			const digits = groups.join('').length;
			const phone =
				(groups.length >= 3 &&
					digits >= 9 &&
					digits <= 12 &&
					groups.every((group) => group.length >= 2 && group.length <= 5) &&
					(groups[0]?.startsWith('0') === true ||
						groups.slice(1).some((group) => group.length !== 3))) ||
				// "01667 464000": a British area code and the number.
				(groups.length === 2 &&
					(digits === 10 || digits === 11) &&
					/^0\d{2,4}$/u.test(groups[0] ?? '') &&
					(groups[1]?.length ?? 0) >= 6);
			if (phone) marks.fill(1, start, end + 1);
			start = end;
		}
		return marks;
	}

	/** The quantity starting at `first`; `previous` is the one read just before it, if any. */
	read(first: number, previous?: FoundQuantity): FoundQuantity | null {
		if (this.isPhoneGroup(first) || this.isEmergencyNumber(first) || this.namesSchoolYear(first))
			return null;
		const distributive = this.readDistributive(first);
		if (distributive) return distributive;
		const compound = this.readCompound(first) ?? this.readMultiple(first);
		if (compound) return compound;
		const token = this.tokens[first];
		if (!token || !this.isFigureToken(first) || token.kind === 'punct') return null;
		if (token.kind === 'number' && this.isPartOfName(first)) return null;
		// "the A646 through Todmorden": a letter glued to digits names a road, its "A" no numeral.
		const glued = this.tokens[first + 1];
		if (token.kind === 'word' && glued?.kind === 'number' && !glued.spaceBefore) return null;
		// "Scotland's net zero target", "zero-waste": a policy's name counts nothing.
		if (
			token.key === 'zero' &&
			(this.tokens[first - 1]?.key === 'net' || this.tokens[first + 1]?.text === '-')
		)
			return null;
		// "the 27A three times": the route's letter opens no figure of its own.
		if (token.kind === 'word' && !token.spaceBefore && this.tokens[first - 1]?.kind === 'number')
			return null;
		if (this.language === 'pl' && token.kind === 'number' && POLISH_TIME.test(token.text))
			return null;
		const before = this.tokens[first - 1];
		if (this.followsReference(first)) return null;
		if (this.namesRoute(first)) return null;
		const after = this.tokens[first + 1];
		// "14:30" is a time, its hour and its minutes alike; so is "17.42 GMT" and "04:17 local time".
		if (after?.text === ':' && !after.spaceBefore && this.tokens[first + 2]?.kind === 'number')
			return null;
		if (
			before?.text === ':' &&
			!before.spaceBefore &&
			!token.spaceBefore &&
			this.tokens[first - 2]?.kind === 'number'
		)
			return null;
		if (after?.kind === 'word' && TIME_ZONES.has(after.key)) return null;
		// "po 4-7 dzieci", "35–40 cm": either end of a range is no fact of its own, and a question
		// keyed on one end shows the other cut at its dash ("…po 4-?"); a range asks nothing.
		if (this.isRangeDash(first + 1, first + 2) || this.isRangeDash(first - 1, first - 2))
			return null;
		if (after?.key === 'local' && this.tokens[first + 2]?.key === 'time') return null;
		// "w 58. minucie", "50. rocznica": a Polish ordinal is a number with a full stop that
		// ends no sentence (a lowercase word follows).
		const next = this.tokens[first + 2];
		if (
			this.language === 'pl' &&
			token.kind === 'number' &&
			after?.text === '.' &&
			!after.spaceBefore &&
			next?.kind === 'word' &&
			!next.capitalised
		)
			return null;
		// "21st", "3rd", "21st-century": an ordinal ranks, it counts nothing.
		if (
			after?.kind === 'word' &&
			!after.spaceBefore &&
			ORDINAL_SUFFIXES.has(after.words[0] ?? after.key)
		)
			return null;
		// "2hr 15min 02sec": a part of a time written in units is no figure of its own.
		if (this.isDurationPart(first)) return null;
		// "11pm", "7 p.m.": a time of day.
		if (after?.kind === 'word' && CLOCK_SUFFIXES.has(after.key)) return null;
		if (this.endsHourRange(first) || this.namesDecade(first)) return null;
		// "15/3": the flat's number after a house number dropped just before.
		const slash = this.tokens[first - 1];
		const house = slash?.text === '/' && !slash.spaceBefore && !token.spaceBefore;
		if (house && this.tokens[first - 2]?.kind === 'number') return null;
		if (this.isHouseNumber(first)) return null;
		if (this.isConversion(first)) return null;

		let last = this.figureEnd(first);
		let value = this.value(first, last);
		while (value === null && last > first) {
			last--;
			value = this.value(first, last);
		}
		if (value === null) return null;
		if (this.namesCode(first, last)) return null;
		const metric = this.readsMetres(first, last, previous);
		if (metric === 'unsure') return null;
		if (metric === 'metres') return this.metres(last);
		// "24/7", "15/3": a slash between numbers that make no share is a code or an address.
		const slashed = this.tokens.slice(first, last + 1).some((part) => part.text === '/');
		if (slashed && value > 1) return null;

		const roles = this.roles(first, last);
		const isShare =
			roles.has('percent') ||
			roles.has('percent-sign') ||
			((roles.has('whole') || roles.has('denominator') || roles.has('fraction-prefix')) &&
				!roles.has('scale') &&
				value > 0 &&
				value <= 1);
		// "a third man", "for a fourth time": "a" and an ordinal before a noun rank it.
		if (isShare && this.ranksNoun(first, last)) return null;
		// "pół wieku", "half an hour": a length of time, no share of anything.
		if (isShare && !roles.has('percent') && !roles.has('percent-sign')) {
			const article = this.tokens[last + 1]?.key === 'a' || this.tokens[last + 1]?.key === 'an';
			const period = this.tokens[last + (article ? 2 : 1)];
			if (period?.kind === 'word' && PERIOD_NOUNS.has(period.key)) return null;
		}
		// "w pierwszej połowie", "the second half": a half of a match or a year is a period.
		// ("drugiej połowie" may also read as a half of a half: the ordinal opens the figure.)
		const ranked = [this.tokens[first - 1], last > first ? this.tokens[first] : undefined];
		if (
			isShare &&
			!roles.has('percent') &&
			!roles.has('percent-sign') &&
			ranked.some((word) => word?.kind === 'word' && PERIOD_ORDINALS.test(word.key))
		)
			return null;

		let unitStart = last + 1;
		// "11 tys." and "40 proc.": the abbreviation's full stop belongs to the figure.
		const dot = this.tokens[unitStart];
		const lastToken = this.tokens[last] as Token;
		const abbreviated =
			lastToken.kind === 'word' &&
			(this.lexicon.abbreviations.has(lastToken.key) ||
				this.lexicon.closingAbbreviations.has(lastToken.key));
		if (dot?.text === '.' && !dot.spaceBefore && abbreviated) unitStart++;

		const sign = this.tokens[first - 1];
		const currency =
			sign && CURRENCY_SIGNS.has(sign.text) && !token.spaceBefore ? sign.text : undefined;
		const figureStart = currency ? first - 1 : first;
		const hedge = this.hedgeBefore(figureStart);
		let phraseFirst = hedge ?? figureStart;
		const modifier = this.tokens[phraseFirst - 1];
		if (modifier?.kind === 'word' && this.lexicon.figureModifiers.has(modifier.key)) phraseFirst--;

		// "-9C": a minus written against the figure, after a space or at the start.
		const minus = this.tokens[figureStart - 1];
		const negative =
			minus?.text === '-' &&
			!token.spaceBefore &&
			(minus.spaceBefore || figureStart - 1 === 0) &&
			value > 0;
		if (negative && phraseFirst === figureStart) phraseFirst--;
		// "od 180 do 350 zł", "three to five years", "between 40 and 60%": a question on either
		// end of a range in words shows the other one; the teacher may still ask it ("the
		// youngest was 27"), so it stays a candidate, marked.
		const rangeEnd =
			this.opensRange(phraseFirst, first, last, unitStart, value) ||
			this.closesRange(phraseFirst, first, last, value);
		const found: FoundQuantity = {
			kind: isShare ? 'proportion' : 'number',
			value: negative ? -value : value,
			approximate: hedge !== null,
			first: negative && !currency ? first - 1 : first,
			last: unitStart - 1,
			phraseFirst,
			...(currency ? { currency } : {}),
			...(rangeEnd ? { rangeEnd } : {})
		};
		if (isShare) {
			const unit = this.shareUnit(unitStart);
			const inWords = !roles.has('percent') && !roles.has('percent-sign');
			// "śmietnik dla pół Polski": half of a place is a manner of speaking.
			const place = this.tokens[unitStart];
			if (inWords && this.language === 'pl' && place?.kind === 'word' && place.capitalised)
				return null;
			// "zgodziliśmy się na mniej niż połowę, bo…": a half of nothing the sentence names, where
			// "40 dzieci, a połowa" has its whole before it and "a third said" a verb after it.
			const stop = this.tokens[unitStart];
			const alone = stop === undefined || stop.kind === 'punct';
			const wholeBefore = this.tokens.slice(0, phraseFirst).some((_, at) => this.isFigureToken(at));
			if (inWords && !unit && alone && !wholeBefore) return null;
			if (unit) {
				found.unitFirst = unit.unitFirst;
				found.unitLast = unit.unitLast;
				if (unit.noun !== undefined) found.noun = unit.noun;
			}
			return found;
		}
		// "a 6,500-seat stadium", "the 7-mile (11km) stretch": the noun written against the figure.
		const dash = this.tokens[unitStart];
		const joined = this.tokens[unitStart + 1];
		if (
			this.language === 'en' &&
			!currency &&
			dash?.text === '-' &&
			!dash.spaceBefore &&
			joined?.kind === 'word' &&
			!joined.spaceBefore &&
			!joined.capitalised &&
			this.numeralsOf(joined) === null
		) {
			found.unitFirst = found.noun = found.unitLast = unitStart + 1;
			return found;
		}
		const counted = currency ? null : this.countedNoun(unitStart);
		// "warned that 2026 could be…": English prints counts above 999 with a comma, so four bare
		// digits of a year's size that count no plural noun are a year, never a count.
		const yearLike =
			this.language === 'en' &&
			first === last &&
			/^(1[89]|20|21)\d{2}$/.test(token.text) &&
			!currency;
		if (yearLike && !(counted && ENGLISH_PLURAL.test((this.tokens[counted.noun] as Token).key)))
			return null;
		// "Polski 2050.", "Apollo 11 bought": a plain number after a name, counting no noun, is the
		// name's own; "traci do Lecha 7 punktów", "The Mall 48 seconds" count.
		if (
			this.followsName(first) &&
			first === last &&
			/^\d+$/.test(token.text) &&
			!currency &&
			!(counted && this.isCountedNoun(counted.noun))
		)
			return null;
		if (this.isLoneOne(first, last, value, phraseFirst, counted?.noun)) return null;
		if (counted) {
			found.unitFirst = counted.unitFirst;
			found.unitLast = counted.unitLast ?? counted.noun;
			found.noun = counted.noun;
			if (counted.area) found.area = true;
			return found;
		}
		const shared = this.nounOfRangeStart(phraseFirst, previous);
		if (shared !== undefined) {
			found.noun = shared;
			return found;
		}
		// "one of them", "dwa razy": a small number in words counts something or nothing.
		if (!roles.has('digits') && value < 10 && !currency) return null;
		return found;
	}

	/** Where the figure ending at `end` starts, and its value: the left end of a range. */
	private figureBefore(end: number): { first: number; value: number } | null {
		let last = end;
		const dot = this.tokens[last];
		const word = this.tokens[last - 1];
		if (dot?.text === '.' && !dot.spaceBefore && word?.kind === 'word')
			if (
				this.lexicon.abbreviations.has(word.key) ||
				this.lexicon.closingAbbreviations.has(word.key)
			)
				last--;
		if (!this.isFigureToken(last)) return null;
		let first = last;
		while (first > 0 && first > last - MAX_FIGURE_TOKENS && this.isFigureToken(first - 1)) first--;
		for (let start = first; start <= last; start++) {
			if (this.tokens[start]?.kind === 'punct') continue;
			const value = this.value(start, last);
			if (value !== null) return { first: start, value };
		}
		return null;
	}

	/** Whether a share's sign or word is among the tokens of a figure. */
	private isShareFigure(first: number, last: number): boolean {
		const roles = this.roles(first, last);
		return roles.has('percent') || roles.has('percent-sign');
	}

	/**
	 * Whether `joiner` between two figures makes them a range: "od … do", "between … and",
	 * "między … a"; "to" and "or" without "from" when the figures rise ("three to five years",
	 * "two or three times"), where "won 3 to 1" or "from 40 ships to 12" tell a score or a change.
	 */
	private joinsRange(
		opener: Token | undefined,
		joiner: Token | undefined,
		low: { value: number; share: boolean },
		high: { value: number; share: boolean }
	): boolean {
		if (joiner?.kind !== 'word') return false;
		const opens = opener?.kind === 'word' ? opener.key : '';
		if (joiner.key === 'do') return this.language === 'pl' && opens === 'od';
		if (['and', 'a', 'i'].includes(joiner.key)) return opens === 'between' || opens === 'miedzy';
		if (!RANGE_WORDS.has(joiner.key) || opens === 'from' || opens === 'z') return false;
		return low.value < high.value && !(low.share && !high.share);
	}

	/** Whether the figure at `first`..`last` opens a range with the figure after it. */
	private opensRange(
		phraseFirst: number,
		first: number,
		last: number,
		unitStart: number,
		value: number
	): boolean {
		const joiner = this.tokens[unitStart];
		let other = unitStart + 1;
		if (CURRENCY_SIGNS.has(this.tokens[other]?.text ?? '')) other++;
		if (!this.isFigureToken(other) || this.tokens[other]?.kind === 'punct') return false;
		let otherLast = this.figureEnd(other);
		let otherValue = this.value(other, otherLast);
		while (otherValue === null && otherLast > other) otherValue = this.value(other, --otherLast);
		if (otherValue === null) return false;
		return this.joinsRange(
			this.tokens[phraseFirst - 1],
			joiner,
			{ value, share: this.isShareFigure(first, last) },
			{ value: otherValue, share: this.isShareFigure(other, otherLast) }
		);
	}

	/** Whether the figure at `first`..`last` closes a range opened by the figure before it. */
	private closesRange(phraseFirst: number, first: number, last: number, value: number): boolean {
		const joiner = this.tokens[phraseFirst - 1];
		const before = this.figureBefore(phraseFirst - 2);
		if (!before) return false;
		let opener = before.first - 1;
		if (CURRENCY_SIGNS.has(this.tokens[opener]?.text ?? '')) opener--;
		return this.joinsRange(
			this.tokens[opener],
			joiner,
			{ value: before.value, share: this.isShareFigure(before.first, phraseFirst - 2) },
			{ value, share: this.isShareFigure(first, last) }
		);
	}

	/**
	 * "one company is not a cluster", "in one night", "jednej szansy": a lone "one" in words
	 * names a thing more often than it counts it. It counts when hedged or stressed ("co
	 * najmniej jeden", "only one"), compared ("o jeden mecz mniej", "one more"), set against
	 * figures before it ("9 radnych, przeciw 5, a jeden"), or before a unit of measure.
	 */
	private isLoneOne(
		first: number,
		last: number,
		value: number,
		phraseFirst: number,
		noun: number | undefined
	): boolean {
		const token = this.tokens[first] as Token;
		if (value !== 1 || first !== last || token.kind !== 'word' || phraseFirst < first) return false;
		if (noun !== undefined && MEASURE_UNITS.has((this.tokens[noun] as Token).key)) return false;
		const after = this.tokens[(noun ?? last) + 1];
		if (after?.kind === 'word' && COMPARATIVES.has(after.key)) return false;
		if (this.language === 'pl' && this.tokens[first - 1]?.key === 'o') return false;
		let joiner = first - 1;
		if (!CONTRAST_JOINERS.has(this.tokens[joiner]?.key ?? '')) return true;
		if (this.tokens[joiner - 1]?.text === ',') joiner--;
		for (let at = joiner - 1; at >= 0; at--) {
			// Another count, not an article ("a warning") nor another "one".
			const count =
				this.tokens[at]?.kind === 'number' ||
				this.numeralsOf(this.tokens[at])?.some(
					(numeral) => 'value' in numeral && numeral.value !== 1
				) === true;
			if (this.isFigureToken(at) && count) return false;
		}
		return true;
	}

	/**
	 * Whether an English "m" against digits is million or metres: million with a currency
	 * ("£18m"), before a counted plural ("18m tonnes", "3m people") or in a list of money
	 * ("£1.2bn and 300m"); metres where a length reads ("an 18m trawler", "vessels under 24m",
	 * "a 6m (20ft) swell", "up to 6m", "18m long"); unsure otherwise ("saved 2m last year").
	 */
	private readsMetres(
		first: number,
		last: number,
		previous: FoundQuantity | undefined
	): 'million' | 'metres' | 'unsure' {
		const suffix = this.tokens[last] as Token;
		const number = last - 1;
		if (
			this.language !== 'en' ||
			suffix.key !== 'm' ||
			suffix.spaceBefore ||
			this.tokens[number]?.kind !== 'number' ||
			number < first
		)
			return 'million';
		if (CURRENCY_SIGNS.has(this.tokens[number - 1]?.text ?? '')) return 'million';
		const after = this.tokens[last + 1];
		const counted = this.countedNoun(last + 1);
		const countedKey = counted ? (this.tokens[counted.noun] as Token).key : '';
		if (ENGLISH_PLURAL.test(countedKey) || IRREGULAR_PLURALS.has(countedKey)) return 'million';
		if (previous?.currency !== undefined && previous.last >= number - 3) {
			const between = this.tokens.slice(previous.last + 1, number);
			if (between.every((token) => MONEY_LIST_JOINERS.has(token.key || token.text)))
				return 'million';
		}
		// "a 6m (20ft) swell": restated in feet.
		if (
			after?.text === '(' &&
			this.tokens[last + 2]?.kind === 'number' &&
			IMPERIAL_LENGTHS.has(this.tokens[last + 3]?.key ?? '')
		)
			return 'metres';
		if (after?.kind === 'word' && DIMENSION_WORDS.has(after.key)) return 'metres';
		const before = this.tokens[number - 1];
		const hedge = this.hedgeBefore(number);
		const hedgeWords = hedge === null ? '' : this.words.slice(hedge, number).join(' ');
		// "an 18m trawler", "the 18m trawler": a length describing the noun after it.
		const describes =
			before?.kind === 'word' &&
			LENGTH_DETERMINERS.has(before.key) &&
			after?.kind === 'word' &&
			!after.capitalised;
		if (describes || (before?.kind === 'word' && LENGTH_PREPOSITIONS.has(before.key)))
			return 'metres';
		// "a depth of 6m", "waves of about 6m": "of" after a length's noun.
		const opening = hedge ?? number;
		if (
			this.tokens[opening - 1]?.key === 'of' &&
			LENGTH_NOUNS.has(this.tokens[opening - 2]?.key ?? '')
		)
			return 'metres';
		return hedgeWords === 'up to' ? 'metres' : 'unsure';
	}

	/** "18m" read as metres: the digits before the "m" at `suffix`, counting metres. */
	private metres(suffix: number): FoundQuantity | null {
		const number = suffix - 1;
		const value = this.value(number, number);
		if (value === null) return null;
		const hedge = this.hedgeBefore(number);
		return {
			kind: 'number',
			value,
			approximate: hedge !== null,
			first: number,
			last: suffix,
			phraseFirst: hedge ?? number,
			nounText: 'metres'
		};
	}

	/**
	 * "z trzech godzin do niespełna dwóch", "from 40 ships to 12": the second figure of a range
	 * counts what the first one did. Returns the first figure's noun when `phraseFirst` follows
	 * "do"/"to" right after it.
	 */
	private nounOfRangeStart(
		phraseFirst: number,
		previous: FoundQuantity | undefined
	): number | undefined {
		const joiner = this.tokens[phraseFirst - 1];
		if (joiner?.kind !== 'word' || !RANGE_JOINERS.has(joiner.key)) return undefined;
		return previous?.unitLast === phraseFirst - 2 ? previous.noun : undefined;
	}
}

/** Time zones after a time: "17.42 GMT". */
const TIME_ZONES = new Set(['gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt']);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
/** Words of a street's name between its kind and the house number: "Jana Pawła II". */
const MAX_STREET_NAME_WORDS = 3;
/** English names of streets end with one of these: "Grey Street", "Old Kent Road". */
const ENGLISH_STREET_WORDS = new Set([
	'street',
	'road',
	'avenue',
	'lane',
	'square',
	'terrace',
	'crescent',
	'drive',
	'quay',
	'parade'
]);
/** Emergency and helpline numbers, and the words a number to dial follows. */
const EMERGENCY_NUMBERS = new Set(['112', '999', '911', '111', '997', '998']);
const DIAL_WORDS = new Set([
	'call',
	'dial',
	'ring',
	'phone',
	'pod',
	'numer',
	'numerem',
	'numeru',
	'alarmowy',
	'alarmowego',
	'alarmowym',
	'ratunkowy',
	'ratunkowego'
]);
/** Written after an hour: "11pm", "7 a.m." (folded "a m"). */
const CLOCK_SUFFIXES = new Set(['am', 'pm', 'a m', 'p m']);
/** Words that make the number after them an hour: "godz. 7", "godzinie 15". */
const HOUR_WORDS = new Set(['godz', 'godzina', 'godziny', 'godzinie', 'godzinach']);
/** Words between the two hours of a range: "od godz. 7 do 15", "między godz. 8 a 16". */
const HOUR_RANGE_JOINERS = new Set(['do', 'a']);
/** "od lat 90.", "w latach 80.": the plural of "rok" before a decade. */
const DECADE_WORDS = new Set(['lat', 'lata', 'latach', 'latami', 'latom']);
/** Lengths of time a fraction may be of: "pół wieku", "half a century", "pół godziny". */
const PERIOD_NOUNS = new Set([
	'wieku',
	'wiek',
	'stulecia',
	'roku',
	'rok',
	'godziny',
	'godzine',
	'doby',
	'dobe',
	'dnia',
	'tygodnia',
	'miesiaca',
	'minuty',
	'minute',
	'dekady',
	'century',
	'year',
	'hour',
	'day',
	'week',
	'month',
	'minute',
	'decade'
]);
/** Tokens between a figure and the bracket restating it: "12 miles (19 km)", "5 km/s (11,000 mph)". */
const CONVERSION_REACH = 4;
const ABBREVIATED_UNIT_REACH = 8;
/** Units and multipliers written abbreviated, folded: "tys. m kw.", "mln m sześc.". */
const ABBREVIATED_UNITS = new Set(
	'tys mln mld m kw km ha zl szesc cm mm kg t hm sq ft mi'.split(' ')
);
/** Units of the parts of a time written out: "2hr 15min 02sec", "1h 5m 30s". */
const DURATION_PARTS = new Set(['h', 'hr', 'hrs', 'm', 'min', 'mins', 's', 'sec', 'secs']);

/** Words after a counted "one" that compare it: "o jeden mecz mniej", "one more". */
const COMPARATIVES = new Set(['more', 'fewer', 'less', 'mniej', 'wiecej']);
/** Words that set a "one" against the figures before it: "przeciw 5, a jeden wstrzymał się". */
const CONTRAST_JOINERS = new Set(['a', 'i', 'and', 'but', 'while', 'whereas']);
/** Units of measure a "one" counts (folded): "one mile", "jeden kilometr". */
const MEASURE_UNITS = new Set([
	...['km', 'kilometre', 'kilometer', 'mile', 'metre', 'meter', 'hectare', 'acre', 'tonne'],
	...['ton', 'litre', 'liter', 'kilogram', 'kg', 'hour', 'week', 'month', 'year', 'minute'],
	...['kilometr', 'metr', 'hektar', 'tona', 'tone', 'litr', 'godzina', 'godzine', 'godziny'],
	...['tydzien', 'tygodnia', 'miesiac', 'miesiaca', 'rok', 'roku', 'minuta', 'minute', 'procent']
]);

/** Lengths squared into an area: "m kw.", "km²", "sq m" (folded). */
const AREA_LENGTHS = new Set([
	'm',
	'km',
	'cm',
	'mm',
	'ft',
	'metr',
	'metrow',
	'metry',
	'metre',
	'metres'
]);
/** What "square" or "sq" makes an area of in English: "square feet", "sq miles". */
const SQUARE_UNITS = new Set([
	'metre',
	'metres',
	'meter',
	'meters',
	'feet',
	'foot',
	'mile',
	'miles',
	'kilometres',
	'yards'
]);

/** Between the figures of a list of money: "£1.2bn and 300m", "£2bn/300m". */
const MONEY_LIST_JOINERS = new Set([',', 'and', 'or', '/', 'to', '-', '–']);
/** Lengths a figure in metres is restated in: "6m (20ft)". */
const IMPERIAL_LENGTHS = new Set(['ft', 'feet', 'foot', 'in', 'inches', 'yd', 'yards']);
/** Words after a length: "18m long", "6m high". */
const DIMENSION_WORDS = new Set([
	'long',
	'high',
	'tall',
	'deep',
	'wide',
	'thick',
	'across',
	'away',
	'below',
	'above',
	'underground',
	'offshore'
]);
/** Words before a length that describes what follows it: "an 18m trawler". */
const LENGTH_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);
/** Prepositions of a length: "vessels under 24m". */
const LENGTH_PREPOSITIONS = new Set(['under', 'below', 'above', 'beneath']);
/** Nouns a length in metres is "of": "a depth of 6m", "waves of up to 6m". */
const LENGTH_NOUNS = new Set([
	'depth',
	'height',
	'length',
	'width',
	'distance',
	'diameter',
	'span',
	'altitude',
	'waves',
	'swell',
	'swells'
]);
/** English plurals with no "s": "3m people". */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'staff', 'police']);

/** "dwukrotnie", "pięciokrotnie", "threefold" (folded): a number of times in one word. */
const MULTIPLE = /^(\p{Ll}+?)(?:krotnie|fold)$/u;
const MULTIPLE_PREFIXES = new Map([
	...(
		['dwu', 'trzy', 'cztero', 'pieciu', 'szescio', 'siedmio', 'osmio', 'dziewieciu'] as const
	).map((prefix, index) => [prefix, index + 2] as const),
	['dziesieciu', 10],
	...(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const).map(
		(prefix, index) => [prefix, index + 2] as const
	)
]);

/** Capitals that write a unit against its figure: "-9C", "16F", "5K", "2L", "9V". */
/** No "A" for amperes: news names routes and roads so ("the 27A") far more often. */
const UNIT_CAPITALS = new Set(['C', 'F', 'K', 'M', 'B', 'T', 'W', 'V', 'J', 'N', 'L']);

/** Words of a share after its figure: "40 proc.". */
const SHARE_WORDS = new Set(['proc', 'procent', 'percent', 'per']);

/** Words between the ends of a range with no opener: "three to five", "dwa lub trzy". */
const RANGE_WORDS = new Set(['to', 'or', 'lub', 'albo']);

/** Words between the two figures of a range: "z trzech godzin do dwóch", "from 40 ships to 12". */
const RANGE_JOINERS = new Set(['do', 'to']);

/** Polish plural adjectives that may stand for a noun: "kolejne", "nowe", "następne", "inne". */
const PLURAL_ADJECTIVE = /^(?:kolejn|now|nastepn|inn|dodatkow|pozostal|ostatni)(?:e|ych|i)$/;

/** Ordinals that make a fraction a part of a period: "pierwszej połowie", "second half", "ostatnim kwartale". */
const PERIOD_ORDINALS =
	/^(?:pierwsz|drug|trzec|czwart|ostatni|first$|second$|third$|fourth$|last$|final$)/u;

/** The numbers and proportions of a sentence, skipping the tokens dates took. */
export function findQuantities(
	context: SentenceContext,
	text: string,
	lexicon: ExtractionLexicon,
	language: Language
): FoundQuantity[] {
	const reader = new QuantityReader(context.tokens, context.used, text, lexicon, language);
	const found: FoundQuantity[] = [];
	for (let index = 0; index < context.tokens.length; index++) {
		const quantity = reader.read(index, found[found.length - 1]);
		if (!quantity) continue;
		if (!quantity.silent) found.push(quantity);
		index = quantity.last;
	}
	// "przekaże 356 odnowionych mieszkań, ale 356 nowych lokali to…": a figure said again in its
	// sentence under another noun is one fact, asked once. Small counts recur by chance ("2
	// szkoły i 2 przedszkola").
	return found.filter(
		(quantity, at) =>
			quantity.kind !== 'number' ||
			Math.abs(quantity.value) <= REPEATED_FIGURE_FLOOR ||
			!found
				.slice(0, at)
				.some((earlier) => earlier.kind === 'number' && earlier.value === quantity.value)
	);
}

/** Counts up to this may be two facts of one sentence; larger repeated ones are one figure. */
const REPEATED_FIGURE_FLOOR = 12;
