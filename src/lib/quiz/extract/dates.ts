import type { Language, Season } from '../content';
import { parseDateAnswer } from '../score/date';
import type { ExtractionLexicon } from './lexicon';
import type { Morphology } from './morphology';
import type { Token } from './tokens';
import type { ExtractedDate, SentenceContext } from './types';

/**
 * Dates and periods: "jesienią 2024 roku", "do połowy stycznia", "15 stycznia 2025 r.",
 * "in mid-January", "by the end of 2024", "since March 2022". Month and season words are
 * read by the core's date reader (`parseDateAnswer`), which learners' answers go through too.
 */

/** Days of the week, folded, in any case: "sobotę", "czwartek", "Saturday". */
const WEEKDAYS =
	/^(?:poniedzial\p{L}*|wtor\p{L}*|srod\p{L}*|czwart\p{L}*|piat\p{L}*|sobot\p{L}*|niedziel\p{L}*|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

export interface FoundDate {
	value: ExtractedDate;
	/** Token range of the whole phrase, bound and part included. */
	first: number;
	last: number;
	/** Token range of the date itself, for a cloze or a gap: "stycznia" in "do połowy stycznia". */
	coreFirst: number;
}

type DateWord = { month: number } | { season: Season };

const wordCaches: Record<Language, Map<string, DateWord | null>> = { pl: new Map(), en: new Map() };
const WORD_CACHE_LIMIT = 20_000;

/** A month or season word ("stycznia", "jesienią", "March"), or null. */
function dateWord(key: string, language: Language): DateWord | null {
	const wordCache = wordCaches[language];
	const cached = wordCache.get(key);
	if (cached !== undefined) return cached;
	const parsed = /^[a-z]+$/.test(key) ? parseDateAnswer(key, language) : null;
	let found: DateWord | null = null;
	if (parsed && parsed.year === undefined && parsed.day === undefined) {
		if (parsed.month !== undefined) found = { month: parsed.month };
		else if (parsed.season !== undefined) found = { season: parsed.season };
	}
	if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
	wordCache.set(key, found);
	return found;
}

/** Month words that are also other words ("mają", "May") or abbreviations ("Mar"). */
function isAmbiguousMonth(key: string): boolean {
	return key.length <= 4 && key !== 'june' && key !== 'july' && key !== 'luty';
}

const FOUR_DIGITS = /^\d{4}$/;
/** Words between the two years of a range: "między 1454 a 1466 r.", "from 2019 to 2021". */
const RANGE_JOINERS = new Set(['a', 'do', 'i', 'to', 'and']);
/** Words between two days of one month: "12 and 13 December", "15 i 16 stycznia". */
const DAY_JOINERS = new Set(['i', 'oraz', 'and']);
/** Folded Polish plural endings of the oblique cases: "projektów", "gminach", "osobami", "rodzinom". */
const OBLIQUE_PLURAL = /(?:ow|ach|ami|om)$/;
/** Polish past forms ("wzrosła", "zamknęły"), which follow a year, never a count. */
const PAST_VERB = /(?:ł|ła|ło|ły)$/u;
/** Nominative endings of a subject after a year ("firma", "miasto", "władze", "urzędnicy"). */
const NOMINATIVE_ENDING = /(?:a|o|e|y)$/;
const DAY_DIGITS = /^\d{1,2}$/;
/**
 * Folded words before a year that it does not qualify: "przez cały 2025 r.", "w tym 2026"; and
 * nouns of a point in time the year is the value of: "termin 2030 roku", "data 2027 r.".
 */
const NOT_QUALIFIED =
	/^(?:caly|ten|ubiegly|zeszly|przyszly|biezacy|obecny|rok|lata|termin\p{L}*|dat[aeyi]|dacie|horyzont\p{L}*)$|(?:ym|ego|ej|ych|im)$/u;
/** Words a bare-noun phrase is searched back for its preposition: "za trzy ostatnie kwartały". */
const NOUN_PHRASE_WORDS = 3;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function yearOf(token: Token | undefined): number | null {
	if (token?.kind !== 'number' || !FOUR_DIGITS.test(token.text)) return null;
	const year = Number(token.text);
	return year >= 1000 && year <= 2100 ? year : null;
}

function dayOf(token: Token | undefined): number | null {
	if (token?.kind !== 'number' || !DAY_DIGITS.test(token.text)) return null;
	const day = Number(token.text);
	return day >= 1 && day <= 31 ? day : null;
}

class DateReader {
	constructor(
		private readonly tokens: readonly Token[],
		private readonly used: readonly boolean[],
		private readonly lexicon: ExtractionLexicon,
		private readonly language: Language,
		private readonly morphology?: Morphology
	) {}

	/**
	 * Whether the Polish word after a bare four-digit number is what it counts: "na 1928
	 * stypendiów", "w 2015 gminach", "do 1960 rodzin". A plural of an oblique case ("-ów",
	 * "-ach", "-ami", "-om") is always counted; with the dictionary, so is an inflected form
	 * that agrees with the figure (the genitive plural after "1960"), while a lemma ("W 2021
	 * firma…") or a nominative plural ("W 2021 władze…") opens the clause the year dates.
	 */
	private countsNoun(index: number, year: number): boolean {
		if (this.language !== 'pl') return false;
		const noun = this.tokens[index];
		if (noun?.kind !== 'word' || noun.capitalised || this.used[index]) return false;
		const key = noun.key;
		const word = noun.text.toLowerCase();
		if (this.lexicon.notNouns.has(key) || this.lexicon.yearWords.has(key)) return false;
		if (dateWord(key, this.language) !== null || PAST_VERB.test(word)) return false;
		if (OBLIQUE_PLURAL.test(key) && key.length > 4) return true;
		if (!this.morphology) return false;
		const lastTwo = year % 100;
		const few = year % 10 >= 2 && year % 10 <= 4 && (lastTwo < 12 || lastTwo > 14);
		if (few || NOMINATIVE_ENDING.test(key)) return false;
		const lemmas = this.morphology.lemmas(word);
		// "przyjęli": a verb's form, the clause's predicate after a year.
		if (lemmas.every((lemma) => lemma.endsWith('ć'))) return false;
		return lemmas.some((lemma) => lemma !== word);
	}

	private word(index: number): string | undefined {
		const token = this.tokens[index];
		return token?.kind === 'word' && !this.used[index] ? token.key : undefined;
	}

	private monthAt(index: number): number | null {
		const token = this.tokens[index];
		if (token?.kind !== 'word' || this.used[index]) return null;
		if (this.language === 'en' && !token.capitalised) return null;
		const found = dateWord(token.key, this.language);
		return found && 'month' in found ? found.month : null;
	}

	private seasonAt(index: number): Season | null {
		const token = this.tokens[index];
		if (token?.kind !== 'word' || this.used[index]) return null;
		const found = dateWord(token.key, this.language);
		return found && 'season' in found ? found.season : null;
	}

	/** The year at `index`, and where it ends once "roku", "r." or "year" after it is taken. */
	private yearAt(index: number): { year: number; last: number } | null {
		const year = this.used[index] ? null : yearOf(this.tokens[index]);
		if (year === null) return null;
		let last = index;
		const after = this.word(index + 1);
		if (after !== undefined && this.lexicon.yearWords.has(after)) {
			last = index + 1;
			const dot = this.tokens[index + 2];
			if (after === 'r' && dot?.text === '.' && !dot.spaceBefore) last = index + 2;
		}
		return { year, last };
	}

	/** Whether a bare four-digit number is a year rather than a count ("2000 żołnierzy"). */
	private isYearInContext(index: number): boolean {
		const year = yearOf(this.tokens[index]);
		if (year === null) return false;
		const before = this.word(index - 1);
		const after = this.tokens[index + 1];
		if (after?.kind === 'word' && this.lexicon.yearWords.has(after.key)) return true;
		// "the 1990s": a decade, no year.
		if (after?.kind === 'word' && after.key === 's' && !after.spaceBefore) return false;
		// "w sezonie 2026/27", "the 2025/26 season": a season or a financial year spans two
		// years; its first half alone is no date.
		if (
			after?.text === '/' &&
			!after.spaceBefore &&
			this.tokens[index + 2]?.kind === 'number' &&
			!this.tokens[index + 2]?.spaceBefore
		)
			return false;
		// "między 1454 a 1466 r.", "from 2019 to 2021": the year word after the range's end
		// makes its start a year too.
		if (this.opensYearRange(index)) return true;
		if (this.countsNoun(index + 1, year)) return false;
		// "Polski 2050", "Euro 2024": a capitalised word inside the sentence names the figure.
		const name = this.tokens[index - 1];
		if (
			name?.kind === 'word' &&
			name.capitalised &&
			index - 1 > 0 &&
			!this.lexicon.datePrepositions.has(name.key) &&
			!this.lexicon.dateBounds.has(name.key) &&
			!this.lexicon.dateParts.has(name.key) &&
			dateWord(name.key, this.language) === null
		)
			return false;
		if (
			before !== undefined &&
			(this.lexicon.datePrepositions.has(before) ||
				this.lexicon.dateBounds.has(before) ||
				this.lexicon.dateParts.has(before))
		)
			return true;
		if (year < 1900) return false;
		return (
			after === undefined ||
			after.kind === 'punct' ||
			(after.kind === 'word' && this.lexicon.notNouns.has(after.key))
		);
	}

	/** Whether a range of years starts at `index`: "między 1454 a 1466 r.", "od 1990 do 1995 roku". */
	private opensYearRange(index: number): boolean {
		const joiner = this.tokens[index + 1];
		if (joiner?.kind !== 'word' || !RANGE_JOINERS.has(joiner.key)) return false;
		const end = this.tokens[index + 3];
		return (
			yearOf(this.tokens[index + 2]) !== null &&
			end?.kind === 'word' &&
			this.lexicon.yearWords.has(end.key)
		);
	}

	/**
	 * "12 and 13 December", "15 i 16 stycznia", "od 13 do 19 grudnia": a day listed before
	 * another day of a month, or opening a range with it, is a date of that month and year.
	 */
	private listedDay(index: number): FoundDate | null {
		const day = dayOf(this.tokens[index]);
		const joiner = this.tokens[index + 1];
		// "od 13 do 19 grudnia", "from 13 to 19 December", "13-14 grudnia": the first day of a
		// range, of the month named after the last.
		const ranges =
			joiner !== undefined &&
			((joiner.key === 'do' && this.word(index - 1) === 'od') ||
				(joiner.key === 'to' && this.language === 'en') ||
				(['-', '–'].includes(joiner.text) && !joiner.spaceBefore));
		const lists = joiner?.kind === 'word' && DAY_JOINERS.has(joiner.key);
		if (day === null || !(lists || ranges)) return null;
		if (dayOf(this.tokens[index + 2]) === null) return null;
		const next = this.monthAt(index + 3) === null ? null : this.read(index + 3);
		if (next?.value.day === undefined || next.value.month === undefined) return null;
		// "do 19 grudnia" takes its "do" as its bound.
		if (next.first !== index + 2 && !(ranges && next.first === index + 1)) return null;
		const value: ExtractedDate = { day, month: next.value.month };
		if (next.value.year !== undefined) value.year = next.value.year;
		return { value, first: this.extendLeft(index, value), last: index, coreFirst: index };
	}

	/** Extends a date to the left over "połowy", "the end of", "do", "until". */
	private extendLeft(first: number, value: ExtractedDate): number {
		let index = first - 1;
		// "mid-2024": the part is joined to the year by a hyphen.
		if (this.tokens[index]?.text === '-' && !this.tokens[index]?.spaceBefore) {
			const part = this.lexicon.dateParts.get(this.word(index - 1) ?? '');
			if (part) {
				value.part = part;
				first = index - 1;
				index = first - 1;
			}
		}
		if (this.language === 'en' && this.word(index) === 'of') {
			const part = this.lexicon.dateParts.get(this.word(index - 1) ?? '');
			if (part) {
				value.part ??= part;
				first = index - 1;
				index = first - 1;
				if (this.word(index) === 'the') {
					first = index;
					index--;
				}
			}
		}
		const part = this.lexicon.dateParts.get(this.word(index) ?? '');
		if (part && value.part === undefined) {
			value.part = part;
			first = index;
			index--;
		}
		const bound = this.lexicon.dateBounds.get(this.word(index) ?? '');
		if (bound) {
			value.bound = bound;
			first = index;
		}
		return first;
	}

	/**
	 * Whether a date names the period a noun covers, or what something is compared with, and
	 * so not when the sentence's event happened: "Dane za trzy kwartały 2026 r. przedstawiła
	 * w czwartek", "budżet na 2027 r.", "w porównaniu z 2019 r.", "figures for 2025", "the
	 * 2025-26 budget". Event dates keep theirs: "w 2026 r. gmina wyda", "od 2024 r.".
	 */
	qualifiesNoun(date: FoundDate): boolean {
		const { value } = date;
		if (value.part !== undefined) return false;
		const qualifiers = this.lexicon.yearQualifiers;
		let at = date.coreFirst - 1;
		// "plan na lata 2026–2030": the plural of the year word stands between.
		if (this.language === 'pl' && this.plainWord(at) === 'lata') at--;
		const before = this.plainWord(at);
		if (before === undefined) return false;
		const previous = this.plainWord(at - 1) ?? '';
		const yearOnly = value.month === undefined && value.season === undefined;
		if (
			qualifiers.always.has(before) ||
			(yearOnly && qualifiers.determiners.has(before)) ||
			qualifiers.comparisons.has(`${previous} ${before}`)
		)
			return true;
		if (qualifiers.afterNoun.has(before)) return qualifiers.nouns.test(previous);
		if (!qualifiers.afterBareNoun || !yearOnly || value.bound !== undefined) return false;
		return this.endsNounPhrase(at);
	}

	/** The folded word at `index`, used or not: a bound a date took is still read before it. */
	private plainWord(index: number): string | undefined {
		const token = this.tokens[index];
		return token?.kind === 'word' ? token.key : undefined;
	}

	/**
	 * "trzy kwartały 2026 r.", "Budżet 2027 r.": a common noun right before a year, unless a
	 * date preposition opens its phrase ("w pierwszym kwartale 2026 r.") or it is a name's.
	 */
	private endsNounPhrase(at: number): boolean {
		const noun = this.tokens[at];
		if (noun?.kind !== 'word' || (noun.capitalised && at > 0)) return false;
		const key = noun.key;
		// "między 1241 a 1259 r.", "2025 oraz 2026 r.": a joiner of years is no noun.
		if (key.length < 3 || RANGE_JOINERS.has(key) || DAY_JOINERS.has(key)) return false;
		if (
			NOT_QUALIFIED.test(key) ||
			this.lexicon.prepositions.has(key) ||
			this.lexicon.notNouns.has(key) ||
			this.lexicon.yearWords.has(key) ||
			this.lexicon.datePrepositions.has(key) ||
			this.lexicon.dateBounds.has(key) ||
			this.lexicon.dateParts.has(key) ||
			dateWord(key, this.language) !== null
		)
			return false;
		for (let back = at - 1; back >= Math.max(0, at - NOUN_PHRASE_WORDS); back--) {
			const word = this.plainWord(back);
			if (word === undefined || this.lexicon.yearQualifiers.always.has(word)) break;
			if (this.lexicon.datePrepositions.has(word) || this.lexicon.dateBounds.has(word))
				return false;
		}
		return true;
	}

	read(index: number): FoundDate | null {
		const token = this.tokens[index];
		if (!token || this.used[index]) return null;

		const dotted = token.kind === 'number' ? DOTTED_DATE.exec(token.text) : null;
		if (dotted && this.language === 'pl') {
			const [day, month, year] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
			if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
				const value: ExtractedDate = { year, month, day };
				return { value, first: this.extendLeft(index, value), last: index, coreFirst: index };
			}
		}

		const hyphenated = token.kind === 'word' && token.words.length === 2 ? token.words : null;
		const joinedPart = hyphenated ? this.lexicon.dateParts.get(hyphenated[0] ?? '') : undefined;
		if (hyphenated && joinedPart) {
			const found = dateWord(hyphenated[1] ?? '', this.language);
			if (found && 'month' in found) {
				const value: ExtractedDate = { month: found.month, part: joinedPart };
				return this.finishMonth(index, index, value);
			}
		}

		const listed = this.listedDay(index);
		if (listed) return listed;

		const month = this.monthAt(index);
		if (month !== null) {
			const value: ExtractedDate = { month };
			let first = index;
			const dayBefore = dayOf(this.tokens[index - 1]);
			if (dayBefore !== null && !this.used[index - 1]) {
				value.day = dayBefore;
				first = index - 1;
			}
			const before = this.word(first - 1);
			const result = this.finishMonth(first, index, value);
			const anchored = value.day !== undefined || value.year !== undefined;
			const introduced =
				value.part !== undefined ||
				value.bound !== undefined ||
				(before !== undefined && this.lexicon.datePrepositions.has(before));
			// "maja" is also "mają" (they have), "May" a verb, "Mar" a name: they need a day or year.
			if (isAmbiguousMonth(token.key) ? !anchored : !(anchored || introduced)) return null;
			return result;
		}

		const season = this.seasonAt(index);
		if (season !== null) {
			let next = index + 1;
			if (this.word(next) === 'of') next++;
			const year = this.yearAt(next);
			if (!year) return null;
			const value: ExtractedDate = { year: year.year, season };
			return { value, first: this.extendLeft(index, value), last: year.last, coreFirst: index };
		}

		if (this.isYearInContext(index)) {
			const year = this.yearAt(index);
			if (!year) return null;
			const value: ExtractedDate = { year: year.year };
			return { value, first: this.extendLeft(index, value), last: year.last, coreFirst: index };
		}
		return null;
	}

	/** After a month: an English day ("January 15"), then a year ("2025", "2025 r."). */
	private finishMonth(first: number, monthIndex: number, value: ExtractedDate): FoundDate {
		let last = monthIndex;
		if (value.day === undefined) {
			const dayAfter = dayOf(this.tokens[monthIndex + 1]);
			if (dayAfter !== null && this.language === 'en') {
				value.day = dayAfter;
				last = monthIndex + 1;
				const suffix = this.tokens[last + 1];
				if (suffix?.kind === 'word' && !suffix.spaceBefore && /^(?:st|nd|rd|th)$/.test(suffix.key))
					last++;
			}
		}
		let next = last + 1;
		if (this.tokens[next]?.text === ',' && yearOf(this.tokens[next + 1]) !== null) next++;
		const year = this.yearAt(next);
		// "mają 2000 żołnierzy": a number that counts something is no year.
		const counted = this.tokens[next + 1];
		const countsSomething =
			year !== null &&
			year.last === next &&
			counted?.kind === 'word' &&
			!this.lexicon.notNouns.has(counted.key);
		if (year && !countsSomething) {
			value.year = year.year;
			last = year.last;
		}
		return { value, first: this.extendLeft(first, value), last, coreFirst: first };
	}
}

/** The dates of a sentence; their tokens are marked used. */
function namesStreet(tokens: readonly Token[], first: number, lexicon: ExtractionLexicon): boolean {
	const before = tokens[first - 1]?.text === '.' ? tokens[first - 2] : tokens[first - 1];
	return before?.kind === 'word' && lexicon.streetKinds.has(before.key);
}

export function findDates(
	context: SentenceContext,
	lexicon: ExtractionLexicon,
	language: Language,
	morphology?: Morphology
): FoundDate[] {
	const reader = new DateReader(context.tokens, context.used, lexicon, language, morphology);
	const found: FoundDate[] = [];
	for (let index = 0; index < context.tokens.length; index++) {
		const date = reader.read(index);
		if (!date) continue;
		// "ul. 3 Maja", "al. 11 Listopada": a street named after a day is no date.
		if (namesStreet(context.tokens, date.first, lexicon)) {
			index = date.last;
			continue;
		}
		// "on Saturday, 22 May 2027", "w czwartek, 3 grudnia": the weekday before the date is
		// part of its phrase, and a question asking "When" keeps no "Saturday" of its answer.
		const comma = context.tokens[date.first - 1];
		const weekday = context.tokens[date.first - 2];
		if (
			comma?.text === ',' &&
			weekday?.kind === 'word' &&
			!context.used[date.first - 2] &&
			WEEKDAYS.test(weekday.key)
		)
			date.first -= 2;
		// A noun's year stays read, so that it is taken for no count either.
		const qualifies = reader.qualifiesNoun(date);
		for (let used = date.first; used <= date.last; used++) context.used[used] = true;
		if (!qualifies) found.push(date);
		index = date.last;
	}
	// "od 15 stycznia do 30 kwietnia 2027 r.": the year closing a range dates its start too.
	for (let at = 1; at < found.length; at++) {
		const start = (found[at - 1] as FoundDate).value;
		const end = found[at] as FoundDate;
		const adjacent = end.first === (found[at - 1] as FoundDate).last + 1;
		if (
			adjacent &&
			start.bound === 'since' &&
			end.value.bound === 'until' &&
			start.year === undefined &&
			start.month !== undefined &&
			end.value.year !== undefined &&
			end.value.month !== undefined &&
			start.month <= end.value.month
		)
			start.year = end.value.year;
	}
	return found;
}
