import type { DateValue, EntityType, Fact, Language, Season } from '../content';
import { SEASONS } from '../content';
import { articleTexts } from '../article';
import {
	bodyKindOfName,
	figuresIn,
	gapBodyKind,
	isClutterOption,
	ownerBodyKind,
	type BodyKind
} from '../check';
import { askedKind } from '../extract/lexicon';
import { formatNumber } from '../language/number';
import { escapeRegExp, foldText } from '../language/normalize';
import { QUIZ_PHRASES } from '../language/phrases';
import { formatDate, formatDateAfter, parseDateAnswer } from '../score/date';
import { scoreFactAnswer } from '../score/fact';
import { acceptedRange, isWithinRange } from '../score/number';
import type { QuizModule } from '../module';
import type { Random } from '../random';
import { sentenceBefore } from './sentence-before';

/**
 * How fact values and their distractors read in a question, and which distractors a fact
 * has. Pools are computed once per module and fact: generation then only draws from them.
 */

export function formatProportion(module: QuizModule, value: number): string {
	return QUIZ_PHRASES[module.language].percent(Math.round(value * 1000) / 10);
}

function entityName(module: QuizModule, id: string): string {
	return module.entities.find((entity) => entity.id === id)?.name ?? id;
}

export function joinNames(module: QuizModule, names: readonly string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} ${QUIZ_PHRASES[module.language].and} ${names[names.length - 1]}`;
}

/** The key of a fact as a learner would read it in an option or a statement. */
export function displayValue(module: QuizModule, fact: Fact): string {
	switch (fact.kind) {
		case 'number':
			return formatNumber(fact.value, module.language);
		case 'proportion':
			return formatProportion(module, fact.value);
		case 'date':
			return shownDate(fact.value, fact.evidence, module.language);
		case 'entity':
			return entityName(module, fact.value);
		case 'entity-set':
			return joinNames(
				module,
				fact.value.map((id) => entityName(module, id))
			);
		case 'text':
			return fact.value;
	}
}

/**
 * A date as the evidence gives it: "w kwietniu" or "on 15 December" has no year, and the year
 * extraction guessed (from the article's date or another figure) is not the article's word,
 * so it is not shown. Learners' answers without a year score in full either way.
 */
function shownDate(value: DateValue, evidence: string, language: Language): string {
	return dateWithYearIf(value, yearIn(value.year, evidence), language);
}

/**
 * A date's key as its prompt's gap reads it: "Już w _____ pracownicy pisali" takes "marcu
 * 2025", not "marzec 2025"; any other key as `displayValue` gives it.
 */
export function keyForGap(module: QuizModule, fact: Fact, prompt: string): string {
	const shown = displayValue(module, fact);
	if (fact.kind === 'entity') return nameAsWritten(module, fact, prompt, shown);
	if (fact.kind !== 'date') return shown;
	const before = /(\p{L}+)\s+_{3,}/u.exec(prompt)?.[1];
	if (before === undefined) return dateAsAsked(module, fact, prompt, shown);
	const inCase = formatDateAfter(fact.value, before, module.language);
	if (inCase === formatDate(fact.value, module.language)) return shown;
	return yearIn(fact.value.year, fact.evidence) ? inCase : withoutYear(inCase, fact.value.year);
}

/**
 * A Polish name as the gap takes it: "Burmistrz _____ zapowiedział" is answered "gminy
 * Końskie", the words the article writes, not the base form "gmina Końskie" a noun before the
 * gap (or a preposition) rules out. Scoring reads any form of the name.
 */
function nameAsWritten(module: QuizModule, fact: Fact, prompt: string, shown: string): string {
	if (module.language !== 'pl' || !fact.cloze || !prompt.includes(QUIZ_PHRASES.pl.gap))
		return shown;
	const written = fact.cloze.trim();
	const sameWords = written.split(/\s+/u).length === shown.trim().split(/\s+/u).length;
	return sameWords && fact.evidence.includes(written) ? written : shown;
}

/** A question asking for one end of a period: "Do kiedy …?", "Od kiedy …?", "Until when …?". */
const PERIOD_END_QUESTION: Record<Language, RegExp> = {
	pl: /^(do|od) kiedy\s/iu,
	en: /^(until|since) when\s/iu
};

/** Words that lead a date as one end of a period: "do końca", "od początku", "until the end of". */
const PERIOD_LEAD_WORDS =
	/^(do|od|końca|początku|połowy|przełomu|until|till|since|the|end|start|beginning|middle|of)$/iu;

/**
 * A date as a question asking for one end of a period takes it: "Do kiedy spółka postawi
 * ekran?" is answered "do końca kwietnia 2027", the words the sentence gives after its
 * preposition, not "kwiecień 2027". Options go the same way ("do końca lutego 2027"); any
 * other prompt, or a text that reads as no date, is left as it is.
 */
export function dateAsAsked(module: QuizModule, fact: Fact, prompt: string, text: string): string {
	if (fact.kind !== 'date' || !fact.cloze || fact.value.season !== undefined) return text;
	const asked = PERIOD_END_QUESTION[module.language].exec(prompt)?.[1]?.toLowerCase();
	if (asked === undefined) return text;
	const words = fact.cloze.trim().split(/\s+/u);
	const leadLength = words.findIndex((word) => !PERIOD_LEAD_WORDS.test(word));
	const lead = words.slice(0, leadLength);
	const first = lead[0]?.toLowerCase();
	const same = first === asked || (asked === 'until' && first === 'till');
	if (leadLength <= 0 || !same) return text;
	const parsed = parseDateAnswer(text, module.language);
	if (!parsed || parsed.season !== undefined) return text;
	if (parsed.year === undefined && parsed.month === undefined) return text;
	const value: DateValue = {
		year: parsed.year ?? fact.value.year,
		...(parsed.month !== undefined ? { month: parsed.month } : {}),
		...(parsed.day !== undefined ? { day: parsed.day } : {})
	};
	let date = formatDateAfter(value, lead[lead.length - 1] as string, module.language);
	if (parsed.year === undefined) date = withoutYear(date, value.year);
	return `${lead.join(' ')} ${date}`;
}

function yearIn(year: number, evidence: string): boolean {
	return new RegExp(`(^|\\D)${year}(\\D|$)`, 'u').test(evidence);
}

/** A date with its year, or without it when the article does not give the key's year. */
function dateWithYearIf(value: DateValue, withYear: boolean, language: Language): string {
	const text = formatDate(value, language);
	if (value.month === undefined && value.season === undefined) return text;
	if (withYear) return text;
	return withoutYear(text, value.year);
}

/** "marcu 2025" → "marcu": a formatted date without the year it ends with. */
function withoutYear(formatted: string, year: number | undefined): string {
	return year === undefined ? formatted : formatted.replace(new RegExp(`\\s*${year}$`, 'u'), '');
}

/** Scale words from the largest down, as each language's news sites print them. */
const SCALE_LADDERS: readonly (readonly [string, number])[][] = [
	[
		['mld', 1e9],
		['mln', 1e6],
		['tys.', 1e3]
	],
	[
		['bn', 1e9],
		['m', 1e6]
	],
	[['k', 1e3]]
];

/**
 * How the article writes a figure: "47,3 mln", "£62m", "210 tys.". A figure shown in another
 * form ("20 000 000 zł" beside "47,3 mln zł", "£81,000,000" in a sentence of "£8m") gives a
 * false statement away and reads as no news site writes, so options and statements keep the
 * article's scale word, or the next smaller one for a smaller figure ("118 mln" beside "2,14 mld").
 */
export function figureAsWritten(module: QuizModule, fact: Fact, value: number): string {
	const plain = formatNumber(value, module.language);
	if (fact.kind !== 'number' || !fact.cloze) return plain;
	// "£19.50", "12,70 zł": a sum with pence or grosze keeps both digits, as prices are printed;
	// "19.5" beside "£12.70" would read as no price and give the key away.
	if (isSumInPence(fact.cloze) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6)
		return inPence(value, module.language);
	// "9 383" in an article that spaces its thousands: "9383" beside it would look altered.
	const separator = /^\d{1,3}([ \u00a0])\d{3}$/u.exec(fact.cloze.trim())?.[1];
	if (separator && Number.isInteger(value) && value >= 1000 && value < 10000)
		return plain.replace(/^(\d)(\d{3})$/u, `$1${separator}$2`);
	const written = /^[£$€]?(\d[\d.,]*(\s?)(k|tys\.|m|mln|bn|mld))$/u.exec(fact.cloze.trim());
	const scaleWord = written?.[3];
	const ladder = SCALE_LADDERS.find((steps) => steps.some(([word]) => word === scaleWord));
	if (!written || !ladder) return plain;
	if (value === fact.value) return written[1] ?? plain;
	// The largest scale word the figure reaches: "4,12 mld" rather than "4120 mln".
	for (const [word, scale] of ladder) {
		const scaled = value / scale;
		if (scaled < 1) continue;
		// "1.234567m" is no figure an article prints: such a value stays whole.
		if (Math.abs(Math.round(scaled * 100) - scaled * 100) > 1e-6) return plain;
		return `${formatNumber(scaled, module.language)}${written[2]}${word}`;
	}
	return plain;
}

/** Whether an English figure is spoken with "an" before it: "an eight…", "an eleven…", "an eighteen…". */
export function readsWithAn(figure: string): boolean {
	const leading = /\d+/u.exec(figure)?.[0] ?? '';
	return leading.startsWith('8') || leading === '11' || leading === '18';
}

/** Whether the article writes the figure as a sum with pence: "£19.50", "12,70 zł", not "£1.25m". */
function isSumInPence(written: string): boolean {
	const figure = written
		.trim()
		.replace(/^[£$€]\s?/u, '')
		.replace(/\s?(zł|złotych|euro|EUR|PLN|USD|GBP)$/u, '');
	return /^\d{1,3}(?:[ ,\u00a0]?\d{3})*[.,]\d{2}$/u.test(figure);
}

/** A sum with exactly two decimals: 19.5 → "19.50" ("19,50" in Polish). */
function inPence(value: number, language: Language): string {
	const pence = Math.round(value * 100);
	const whole = formatNumber(Math.trunc(pence / 100), language);
	const fraction = String(Math.abs(pence) % 100).padStart(2, '0');
	return `${whole}${language === 'pl' ? ',' : '.'}${fraction}`;
}

/**
 * A share as the article words it: "40 proc." where the article writes the word, else "40%",
 * in options, statements and the key shown after an answer.
 */
export function percentAsWritten(fact: Fact, shown: string): string {
	return fact.kind === 'proportion' && /\sproc(?:\.|ent)?$/u.test(fact.cloze?.trim() ?? '')
		? shown.replace(/\s?%$/u, ' proc.')
		: shown;
}

/** Rounds to two significant digits, so near-value distractors look like article figures. */
function roundNicely(value: number): number {
	if (value === 0) return 0;
	const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
	return Math.round(value / magnitude) * magnitude;
}

/** How far apart two figures may be and still pass for one another (11 000 and 1 000 do; 11 000 and 2 do not). */
const PLAUSIBLE_RATIO = 20;

/** Units of time, in the forms a figure gives them. */
const DURATION_UNITS =
	/^(lat|lata|rok|roku|lat życia|miesi[aą]c\p{L}*|tygodni\p{L}*|dni|dzień|godzin\p{L}*|minut\p{L}*|years?|months?|weeks?|days?|hours?|minutes?)$/iu;

/**
 * Units of a speed, a share in per cent, a temperature or a magnitude: a level a thing reaches,
 * whose options stay within `LEVEL_RATIO` of the key ("1500 km/h" among drivers' speeds on a
 * road, "600 proc." of a share, are options no reader would consider).
 */
const LEVEL_UNITS =
	/^(km\/h|km\/godz\.?|mph|m\/s|węzł\p{L}*|knots?|%|proc\.?|procent\p{L}*|per ?cent|°C|°F|stopni\p{L}*|degrees?|magnitude|magnitudy)$/iu;
const LEVEL_RATIO = 3;
/** A share of a whole in per cent is at most the whole; a magnitude's scale ends at 10. */
const LEVEL_CEILINGS: readonly [RegExp, number][] = [
	[/^(%|proc\.?|procent\p{L}*|per ?cent)$/iu, 100],
	[/^(magnitude|magnitudy)$/iu, 10]
];

/** A part and its whole as news writes them: "w 38 z 245 sołectw", "12 out of 40 schools". */
const PART_OF_WHOLE: Record<Language, RegExp> = {
	pl: /(\d+(?:[ \u00a0]\d{3})*(?:,\d+)?)\s+z\s+(\d+(?:[ \u00a0]\d{3})*(?:,\d+)?)(?![\d,])/gu,
	// "27 of the roof's 160 beams": the whole may follow a possessive.
	en: /(\d+(?:,\d{3})*(?:\.\d+)?)\s+(?:out\s+)?of\s+(?:(?:the|its|their)\s+)?(?:[\p{L}-]+['’]s?\s+)?(\d+(?:,\d{3})*(?:\.\d+)?)(?![\d.])/gu
};

function readFigure(text: string, language: Language): number {
	const plain =
		language === 'pl' ? text.replace(/[ \u00a0]/gu, '').replace(',', '.') : text.replace(/,/g, '');
	return Number(plain);
}

/**
 * "w 164 z _____ gmin": the whole a part is of must stay greater than the part, and the part
 * less than its whole, or the option is one no reader would consider. The bounds a figure's
 * options must keep strictly within (none when its sentence gives no part of a whole).
 */
function partOfWhole(evidence: string, value: number, language: Language) {
	for (const match of evidence.matchAll(PART_OF_WHOLE[language])) {
		const part = readFigure(match[1] as string, language);
		const whole = readFigure(match[2] as string, language);
		if (!(part < whole)) continue;
		if (whole === value) return { above: part, below: Infinity };
		if (part === value) return { above: 0, below: whole };
	}
	return { above: -Infinity, below: Infinity };
}

/** Decimal places of a figure as an article prints it, two at most. */
function decimalsOf(value: number): number {
	for (let places = 0; places < 2; places++) {
		const scaled = value * 10 ** places;
		if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return places;
	}
	return 2;
}

function roundTo(value: number, places: number): number {
	return Math.round(value * 10 ** places) / 10 ** places;
}

/**
 * A whole key's options are whole; a decimal key's options have as many decimals as it
 * ("every 9.7 hours" among 13 and 17 would give itself away).
 */
function hasDecimalsOf(candidate: number, key: number): boolean {
	return decimalsOf(candidate) === decimalsOf(key);
}

/** Units of a sum of money: the one kind of figure an article's reader takes ten times over. */
const MONEY_UNITS =
	/^(£|\$|€|zł|złotych|złote|euro|EUR|PLN|USD|GBP|dolar\p{L}*|funt\p{L}*|pounds?|dollars?)$/iu;

/**
 * Below this a count of people or things shifted by a power of ten is absurd to a reader:
 * "120 dzieci" in one nursery group, "190 months" of building work. A thousand visitors or ten
 * thousand are both news.
 */
const SHIFTABLE_COUNT = 100;

/** How far apart siblings may be for a count, a distance or a duration: near the key only. */
const NEAR_RATIO = 3;

/**
 * How far a sum of money may be from the key: "£450,000" beside a £1.80 bus fare is another
 * fact of the article, not an answer a reader weighs, so money has no tier of another size.
 */
const MONEY_RATIO = 10;

/**
 * How far a sum paid per period or per unit may be from the key, either way: "earn less than
 * £3,000 a year" beside £30,000, or "240 zł za m kw." beside 45 zł, is no wage or rent a reader
 * weighs. A salary, a fee or a rent varies within about a half to twice itself.
 */
const RATE_RATIO = 2;

/** Words after a sum that make it a rate: "a year", "per hour", "for a full day", "rocznie", "za m kw.". */
const RATE_AFTER: Record<Language, RegExp> = {
	en: /^\s*(?:(?:more|less|extra|net|gross|before\s+tax)\s+)?(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|night|hour|shift|head|person|household|pupil|square\s+metre|sq\s?m)|for\s+(?:a|an|one|each)\s+(?:full\s+)?(?:year|month|week|day|night|hour)|annually|monthly|weekly|daily|hourly)(?!\p{L})/iu,
	pl: /^\s*(?:(?:zł|złotych|euro|netto|brutto|więcej|mniej)\s+){0,2}(?:rocznie|miesięcznie|tygodniowo|dziennie|za\s+(?:każd\p{L}+\s+)?(?:godzinę|dzień|dobę|noc|miesiąc|rok|osobę|m\s?kw\.?|m2|m²|metr\p{L}*|m\s+sześc\.?)|na\s+(?:rok|miesiąc|godzinę|dzień|osobę|dom|mieszkańca))(?!\p{L})/iu
};

/** Words shortly before a sum that make it a rate: "za każdą godzinę trzeba zapłacić 3 zł", "per hour: £4". */
const RATE_BEFORE: Record<Language, RegExp> = {
	en: /(?<!\p{L})(?:per|each|every|an?)\s+(?:year|month|week|day|night|hour)\b[^.;,]{0,30}$/iu,
	pl: /(?<!\p{L})za\s+(?:każd\p{L}+\s+)?(?:godzinę|dzień|dobę|noc|miesiąc|rok)(?!\p{L})[^.;]{0,30}$/iu
};

/** Whether the sentence gives the key's sum per period or per unit, a wage, a fee or a rent. */
function isRate(fact: Extract<Fact, { kind: 'number' }>, language: Language): boolean {
	if (!fact.cloze) return false;
	const at = fact.evidence.indexOf(fact.cloze);
	if (at < 0) return false;
	const after = fact.evidence
		.slice(at + fact.cloze.length)
		.replace(/^\s*(?:zł|złotych|euro)\b/u, '');
	return RATE_AFTER[language].test(after) || RATE_BEFORE[language].test(fact.evidence.slice(0, at));
}

/**
 * A range the sentence bounds: "grown from 620 sq m to _____" wants more than 620, and
 * "spadła z 12 do _____" less than 12. The options keep the key's side of the other end.
 */
const FROM_TO: Record<Language, RegExp> = {
	en: /\bfrom\s+([£$€]?\d[\d.,]*(?:\s?(?:k|m|bn|million|billion))?)\b[^.;]{0,25}?\bto\s+([£$€]?\d[\d.,]*(?:\s?(?:k|m|bn|million|billion))?)/giu,
	pl: /\b(?:z|ze|od)\s+(\d[\d ,]*(?:\s?(?:tys\.?|mln|mld))?)\s[^.;]{0,25}?\bdo\s+(\d[\d ,]*(?:\s?(?:tys\.?|mln|mld))?)/giu
};

/** "Of the £4.6m cost…", "z czego", "z tej kwoty": the sentence splits a whole into parts. */
const PARTS_OF_WHOLE: Record<Language, RegExp> = {
	en: /\b(?:of (?:the|its|this|that|which)|out of|including|of whom)\b/iu,
	pl: /(?:^|[\s,])(?:z czego|z tego|z tej kwoty|w tym|z nich|[Ss]pośród|[Zz]e?\s+(?:(?:kwoty|sumy|puli|budżetu|łącznie)\s+)?\d)/u
};

/**
 * The figures of a sentence written with a unit ("4,5 mln zł", "£5.3m"): the other parts of a
 * sum of money or a measure the extraction did not make facts of. None for a count, whose
 * figures `unlabelledCount` reads.
 */
function figuresWithUnit(evidence: string, unit: string, language: Language): number[] {
	const trimmed = unit.trim();
	if (!trimmed || isPlainCount(trimmed)) return [];
	const figure = String.raw`\d(?:[\d\u00a0 ]|[.,]\d)*(?:\s?(?:k|m|bn|million|billion|tys\.?|mln|mld))?`;
	const written = /^\p{L}/u.test(trimmed)
		? new RegExp(String.raw`(${figure})\s?${escapeRegExp(trimmed)}(?!\p{L})`, 'gu')
		: new RegExp(String.raw`${escapeRegExp(trimmed)}\s?(${figure})(?![\d\p{L}])`, 'gu');
	return [...evidence.matchAll(written)].flatMap((match) =>
		figuresIn(match[1] as string, language).slice(0, 1)
	);
}

/** The sentence's other figures written with the key's unit: "4,5 mln zł" beside a key of 9 mln. */
function otherSumsOfUnit(fact: Extract<Fact, { kind: 'number' }>, language: Language): number[] {
	return figuresWithUnit(fact.evidence, fact.unit, language).filter(
		(figure) => !sameFigure(figure, fact.value)
	);
}

const sameFigure = (a: number, b: number) =>
	Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-6;

/**
 * Words that make a figure one end of an open range: "more than 430 volunteers", "ponad 17 km",
 * "co najmniej 75", "fewer than 20". Many figures fill a gap after them truly; "about",
 * "nearly", "około", "prawie" keep one answer and are none of them.
 */
const OPEN_BOUNDS: Record<Language, { above: string; below: string }> = {
	en: {
		above: String.raw`(?:more|greater)\s+than|at\s+least|upwards\s+of|in\s+excess\s+of|no\s+(?:fewer|less)\s+than|over|above|exceeding`,
		below: String.raw`(?:fewer|less)\s+than|no\s+more\s+than|at\s+most|below|up\s+to`
	},
	pl: {
		above: String.raw`ponad|co\s+najmniej|przynajmniej|przeszło|powyżej|więcej\s+niż|nie\s+mniej\s+niż|minimum|min\.`,
		below: String.raw`mniej\s+niż|nie\s+więcej\s+niż|poniżej|najwyżej|maksymalnie|co\s+najwyżej`
	}
};

/** "spread over 12 months": before a span of time "over" is a preposition, no bound. */
const OVER_A_SPAN = /^over\s+\S+\s+(?:years?|months?|weeks?|days?|hours?|decades?)\b/iu;

/**
 * Which side of the key the truth lies on when the evidence gives the figure as a bound:
 * "above" for "More than 430 volunteers" (any smaller figure is true too), "below" for "fewer
 * than 20".
 */
export function openBoundOf(fact: Fact, language: Language): 'above' | 'below' | undefined {
	if ((fact.kind !== 'number' && fact.kind !== 'proportion') || !fact.cloze) return undefined;
	const figure = escapeRegExp(fact.cloze.trim());
	for (const side of ['above', 'below'] as const) {
		const bound = new RegExp(
			String.raw`(?<!\p{L})(?:${OPEN_BOUNDS[language][side]})\s+[£$€]?\s?${figure}(?![\d\p{L}])(?:\s+\S+)?`,
			'giu'
		);
		for (const match of fact.evidence.matchAll(bound)) if (!OVER_A_SPAN.test(match[0])) return side;
	}
	return undefined;
}

/**
 * What the key's sentence tells of its figure: the figures a prompt quoting it shows (never an
 * option), the bounds of a "from … to …" range, and for a part of a whole the most the part
 * can be, the whole less the other parts shown. `derived` when the whole and every other part
 * are shown: the key is then arithmetic, and a gap in that sentence gives it away.
 */
export function sentenceBounds(module: QuizModule, fact: Fact) {
	const result = { shown: [] as number[], above: -Infinity, below: Infinity, derived: false };
	if (fact.kind !== 'number') return result;
	const { language } = module;
	const value = fact.value;
	result.shown = figuresIn(fact.evidence, language).filter((figure) => !sameFigure(figure, value));
	// "More than _____ volunteers": a smaller option is true too, so options lie beyond the bound.
	const bound = openBoundOf(fact, language);
	if (bound === 'above') result.above = value;
	if (bound === 'below') result.below = value;
	for (const match of fact.evidence.matchAll(FROM_TO[language])) {
		const [from] = figuresIn(match[1] as string, language);
		const [to] = figuresIn(match[2] as string, language);
		if (from === undefined || to === undefined || sameFigure(from, to)) continue;
		const other = sameFigure(from, value) ? to : sameFigure(to, value) ? from : undefined;
		if (other === undefined) continue;
		if (value > other) result.above = Math.max(result.above, other);
		else result.below = Math.min(result.below, other);
	}
	// "Pozostałe 11,4 mln zł to 6,5 mln zł z budżetu miasta i 4,9 mln zł ze środków spółki": sums
	// that add up in the sentence are arithmetic whatever words join them.
	if (!isPlainCount(fact.unit) && addsUpInSentence(fact, language)) result.derived = true;
	// "£74,000 a month, about £_____ for the 12 months": a rate times its periods.
	if (!isPlainCount(fact.unit) && multipliesInSentence(fact, language)) result.derived = true;
	// "12 zł dziennie, czyli przy _____ dniach ok. 240 zł": the periods are the total's share.
	if (countsPeriodsOfProduct(fact, language)) result.derived = true;
	const before = wholeBefore(module, fact);
	if (before !== undefined) {
		result.below = Math.min(result.below, before);
		return result;
	}
	if (!PARTS_OF_WHOLE[language].test(fact.evidence)) return result;
	// "Of the 74 residents who replied, 39 backed it and 18 opposed it": counts of people split
	// by what they did are labelled by the verb, so a count's parts are the sentence's other counts.
	const counts = isPlainCount(fact.unit);
	const labelled = module.facts
		.filter(
			(other) =>
				other.kind === 'number' &&
				(other.unit === fact.unit || (counts && isPlainCount(other.unit))) &&
				other.evidence === fact.evidence &&
				!sameFigure(other.value, value)
		)
		.map((other) => (other as { value: number }).value);
	// "a 18 było przeciw": a count the extraction left without a noun is a part all the same.
	// "Z kwoty 18,6 mln zł 4,5 mln zł to dotacja…": a sum the extraction made no fact of is a
	// part (or the whole) all the same.
	const unlabelled = counts
		? result.shown.filter((figure) => unlabelledCount(module, fact, figure))
		: otherSumsOfUnit(fact, language);
	const siblings = [...new Set([...labelled, ...unlabelled])];
	const whole = Math.max(...siblings);
	const parts = siblings.reduce((sum, part) => sum + part, 0);
	// The whole asked with every part shown: "Of the £_____ cost, £2.7m …, £0.9m … and £0.6m".
	if (!(whole > value)) {
		result.derived = siblings.length >= 2 && Math.abs(parts - value) <= value * 0.005;
		// The whole holds its parts: "Of the _____ who replied, 39 … and 18 …" is at least 57.
		if (!result.derived && siblings.length > 0 && parts < value)
			result.above = Math.max(result.above, parts);
		return result;
	}
	const rest = siblings.filter((sibling) => sibling !== whole).reduce((sum, part) => sum + part, 0);
	const room = whole - rest;
	if (room <= 0) return result;
	if (Math.abs(room - value) <= whole * 0.005) result.derived = true;
	else if (room > value) result.below = Math.min(result.below, room);
	return result;
}

/**
 * Words that split a whole the sentence before gives: "Z tej kwoty…", "Of this…", "…and the
 * rest, about £500,000, …", "Resztę dołoży miasto".
 */
const PARTS_OF_WHOLE_BEFORE: Record<Language, RegExp> = {
	en: /\b(?:the rest|the remainder|the remaining|of (?:this|that|it|which|the total|the sum|the money|the cost))\b/iu,
	pl: /(?<!\p{L})(?:[Zz] tej (?:kwoty|sumy|puli|liczby)|[Zz] tego|[Rr]esztę|[Rr]eszta|[Rr]eszty|[Pp]ozostał\p{L}*)(?!\p{L})/u
};

/**
 * "Of the £3.8m, £2.1m will come from the lottery. The council will put in £_____ and the
 * rest, about £500,000, …": a part of a whole the sentence before gives. Options stay below
 * that whole less the sentence's other parts (and the other parts the sentence before splits
 * off, when it splits the whole too); a figure as large as the whole is no part of it.
 * The most an option may be, or none when the sentence splits no whole given before it.
 */
function wholeBefore(module: QuizModule, fact: Extract<Fact, { kind: 'number' }>) {
	const { language } = module;
	if (isPlainCount(fact.unit) || !PARTS_OF_WHOLE_BEFORE[language].test(fact.evidence))
		return undefined;
	const previous = sentenceBefore(module, fact.evidence);
	if (previous === undefined) return undefined;
	const own = otherSumsOfUnit(fact, language);
	const earlier = figuresWithUnit(previous, fact.unit, language);
	const whole = Math.max(...earlier);
	if (!(whole > Math.max(fact.value, ...own))) return undefined;
	const splitEarlier = PARTS_OF_WHOLE[language].test(previous)
		? earlier.filter((figure) => !sameFigure(figure, whole))
		: [];
	const sum = (figures: number[]) => figures.reduce((total, figure) => total + figure, 0);
	const room = whole - sum(own) - sum(splitEarlier);
	// A key the whole less every other part leaves (£3.8m − £2.1m − £0.5m = £1.2m) would
	// leave no option but smaller ones: the parts this sentence shows bound it then.
	if (room > fact.value * (1 + SPLIT_SLACK)) return room;
	const ownRoom = whole - sum(own);
	// Parts that add up to more than the whole are no split of it: only the whole bounds them.
	return ownRoom > fact.value * (1 + SPLIT_SLACK) ? ownRoom : whole;
}

/** How much room above the key a split leaves before the key is all that is left. */
const SPLIT_SLACK = 0.05;

/**
 * Whether the key is the sum of the sentence's other sums of its unit, or one of them less the
 * rest: "Pozostałe _____ zł to 6,5 mln zł … i 4,9 mln zł", "… to 6,5 mln zł … i _____ zł".
 */
function addsUpInSentence(fact: Extract<Fact, { kind: 'number' }>, language: Language): boolean {
	const others = otherSumsOfUnit(fact, language);
	if (others.length < 2) return false;
	const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(a, b) * 0.005;
	const sum = others.reduce((total, figure) => total + figure, 0);
	const whole = Math.max(...others);
	return near(sum, fact.value) || (whole > fact.value && near(whole - (sum - whole), fact.value));
}

/**
 * "12 months", "the 12-month hire", "over 20 trading days", "przez 18 miesięcy", "na 3 lata",
 * "przy 20 dniach handlu", "po 3 latach": a count of periods.
 */
const PERIOD_COUNT: Record<Language, RegExp> = {
	en: /(?<![\d.,])(\d+)(?:\s+|-)(?:(?:trading|working|school|business|market)\s+)?(?:years?|months?|weeks?|days?|nights?|hours?)(?!\p{L})/giu,
	pl: /(?<![\d.,])(\d+)\s+(?:lat|lata|latach|latami|rok|miesięcy|miesiące|miesiąc|miesiącach|miesiącami|tygodni|tygodnie|tydzień|tygodniach|tygodniami|dni|dzień|dniach|dniami|doby|dób|dobach|godzin|godziny|godzinach|godzinami)(?!\p{L})/giu
};

/** Products within this share of the key are the key: "about £890,000" for 12 × £74,000. */
const PRODUCT_SLACK = 0.02;

/**
 * Whether the key is another sum of its unit in the sentence times a count of periods the
 * sentence gives, or one divided by it: "£74,000 a month, about £_____ for the 12 months" and
 * "£_____ a month … £890,000 for the 12 months" are arithmetic, not facts a reader recalls.
 */
function multipliesInSentence(
	fact: Extract<Fact, { kind: 'number' }>,
	language: Language
): boolean {
	const value = fact.value;
	if (!(value > 0)) return false;
	const periods = [...fact.evidence.matchAll(PERIOD_COUNT[language])]
		.map((match) => Number(match[1]))
		.filter((count) => count >= 2 && !sameFigure(count, value));
	if (periods.length === 0) return false;
	const others = otherSumsOfUnit(fact, language).filter((figure) => figure > 0);
	const near = (figure: number) => Math.abs(figure - value) <= value * PRODUCT_SLACK;
	return others.some((other) =>
		periods.some((count) => near(other * count) || near(other / count))
	);
}

/**
 * Whether the key is the sentence's count of periods and two other figures of it are a rate
 * and its total over them: "12 zł dziennie, czyli przy _____ dniach handlu ok. 240 zł".
 */
function countsPeriodsOfProduct(
	fact: Extract<Fact, { kind: 'number' }>,
	language: Language
): boolean {
	const value = fact.value;
	const isPeriodCount = [...fact.evidence.matchAll(PERIOD_COUNT[language])].some((match) =>
		sameFigure(Number(match[1]), value)
	);
	if (!isPeriodCount || value < 2) return false;
	const others = figuresIn(fact.evidence, language).filter(
		(figure) => figure > 0 && !sameFigure(figure, value)
	);
	const near = (figure: number) => Math.abs(figure - value) <= value * PRODUCT_SLACK;
	return others.some((rate) => others.some((total) => total > rate && near(total / rate)));
}

/** A whole figure of the sentence that is no year and no fact of another kind than a count. */
function unlabelledCount(module: QuizModule, fact: Fact, figure: number): boolean {
	if (!Number.isInteger(figure) || (figure >= 1900 && figure <= 2100)) return false;
	return !module.facts.some(
		(other) =>
			other.evidence === fact.evidence &&
			((other.kind === 'number' && sameFigure(other.value, figure) && !isPlainCount(other.unit)) ||
				(other.kind === 'date' && other.value.year === figure))
	);
}

/** The scale word's size the article writes the key with ("2.7m" → 1e6), 1 for none. */
function writtenScale(module: QuizModule, fact: Fact): number {
	const word = /\d\s?(k|tys\.|m|mln|bn|mld)$/u.exec(fact.cloze?.trim() ?? '')?.[1];
	if (!word) return 1;
	return SCALE_LADDERS.flat().find(([name]) => name === word)?.[1] ?? 1;
}

/**
 * Number distractors in two tiers: figures of the same size as the key first (other figures of
 * the article counting the same thing, near values, and for sums of money and large counts the
 * key shifted by a power of ten), then the article's figures of another size, which a learner
 * would rule out at a glance. None is a figure the key's sentence shows, none leaves the bounds
 * the sentence sets, and each is written with a scale word when the key is ("720,000" among
 * "7.2m" and "9.4m", "2 124 000 000" beside "212,4 mln" are none).
 */
function numberCandidates(module: QuizModule, fact: Extract<Fact, { kind: 'number' }>): number[][] {
	const value = fact.value;
	const money = MONEY_UNITS.test(fact.unit.trim());
	const siblings = module.facts
		.filter((other) => other.kind === 'number' && other.unit === fact.unit && other.id !== fact.id)
		.map((other) => (other as { value: number }).value);
	// A duration ten times longer ("przez 120 lat pracowała", "a 900-minute operation") is a
	// distractor no reader would consider, nor are 160 km in twenty minutes' drive.
	const duration = DURATION_UNITS.test(fact.unit);
	const level = LEVEL_UNITS.test(fact.unit);
	const rate = money && isRate(fact, module.language);
	const shiftable =
		(money && !rate) ||
		(!money && !duration && !level && value >= SHIFTABLE_COUNT && countUnit(fact.unit));
	const ratio = rate ? RATE_RATIO : money ? MONEY_RATIO : shiftable ? PLAUSIBLE_RATIO : NEAR_RATIO;
	const comparable = (candidate: number) =>
		Math.max(candidate, value) <= ratio * Math.max(Math.min(candidate, value), 1);
	const ceiling = LEVEL_CEILINGS.find(([unit]) => unit.test(fact.unit))?.[1] ?? Infinity;
	// The key shifted by ten is asked only when nothing nearer is left (last tier): beside it,
	// a tenth and ten times the key leave the key the middle value a student picks.
	const shifted = shiftable ? [value * 10, value / 10] : [];
	const range = acceptedRange(fact);
	const spread = Math.max(range.max - value, 0) / Math.max(Math.abs(value), 1);
	const near = [
		value * (1 + spread + 0.3),
		value * (1 - spread - 0.35),
		value * (1 + spread + 0.6),
		value * (1 - spread - 0.2)
	].map((near) => (decimalsOf(value) > 0 ? roundTo(near, decimalsOf(value)) : roundNicely(near)));
	const small =
		Number.isInteger(value) && value < 20
			? [value + 1, value + 3, ...(shiftable ? [value * 2, value + 5] : [value * 2])]
			: [];
	const bounds = partOfWhole(fact.evidence, value, module.language);
	const sentence = sentenceBounds(module, fact);
	const scale = writtenScale(module, fact);
	const usable = (candidate: number) =>
		hasDecimalsOf(candidate, value) &&
		candidate > 0 &&
		candidate >= scale &&
		// "2 124 000 000 zł" beside "212,4 mln zł": a figure no scale word prints is no option.
		(scale === 1 || /\p{L}/u.test(figureAsWritten(module, fact, candidate))) &&
		!isWithinRange(candidate, range) &&
		candidate > bounds.above &&
		candidate < bounds.below &&
		candidate > sentence.above &&
		candidate < sentence.below &&
		!sentence.shown.some((figure) => sameFigure(figure, candidate)) &&
		(!level || Math.max(candidate, value) <= LEVEL_RATIO * Math.min(candidate, value)) &&
		(!rate || comparable(candidate)) &&
		(candidate <= ceiling || value > ceiling);
	return [
		[...siblings.filter(comparable), ...near, ...small].filter(usable),
		[
			...shifted.filter(usable),
			...(money ? [] : siblings.filter((sibling) => !comparable(sibling)).filter(usable))
		]
	];
}

/**
 * Units of a measure (a distance, an area, a weight, a power): "160 km" for "16 km" or
 * "8,500 sq m" for "850 sq m" is a figure everyday sense rules out, so these are no counts.
 */
const MEASURE_UNITS =
	/^(km|m|cm|mm|mil\p{L}*|miles?|metr\p{L}*|kilometr\p{L}*|sq\.? ?m|square metres?|m kw\.?|m2|m²|ha|hektar\p{L}*|hectares?|acres?|akr\p{L}*|kg|t|ton\p{L}*|tonnes?|kW|MW|GW|kWh|MWh|l|litr\p{L}*|litres?|ft|feet|yards?)$/iu;

/** A count of people or things: no sum of money, measure, duration or level. */
function isPlainCount(unit: string): boolean {
	const trimmed = unit.trim();
	return (
		countUnit(trimmed) &&
		!MONEY_UNITS.test(trimmed) &&
		!DURATION_UNITS.test(trimmed) &&
		!LEVEL_UNITS.test(trimmed)
	);
}

/** Whether a unit counts people or things (or is none): what may be shifted by ten when large. */
function countUnit(unit: string): boolean {
	return !MEASURE_UNITS.test(unit.trim());
}

/**
 * Kinds of entity that can stand in for one another as options: a person among persons, a
 * state, an organisation or a group among those that act, a town among places. A city among
 * persons is an option no reader would consider.
 */
const FAMILY: Readonly<Record<EntityType, string>> = {
	person: 'person',
	country: 'actor',
	organisation: 'actor',
	group: 'actor',
	city: 'place',
	place: 'place'
};

/** Words no person's name holds: what an extracted "person" is when it is an office or an event. */
const NOT_IN_PERSON_NAMES =
	/^(inspektorat|urząd|zarząd|sąd|spółdzielnia|fundusz|instytut|ministerstwo|komenda|straż|rada|security|act|events?|marathon|carmaker|company|council|union|bank|agency|ministry|office|court|police|university|service|group)$/iu;
/** Nationality nouns and titles kept before a name: "Ukrainiec Ołeksandr Tkaczuk". */
const BEFORE_PERSON_NAMES =
	/^(ukrainiec|rosjanin|polak|niemiec|białorusin|amerykanin|brytyjczyk|prezydent|prezes|minister|premier|wojewoda|sędzia|prokurator|mec\.?|prok\.?|dr|mr|mrs|ms|sir|dame)$/iu;

/**
 * Whether an entity reads as what its type says, as an option: a person named by two to four
 * capitalised words, none an office, an event or a title, and in Polish none an adjective in
 * "-e" ("Słoneczne Wzgórze" is an estate). Extraction errs there at times; a distractor that
 * is plainly not a person is one no reader would consider.
 */
function readsAsItsKind(entity: { name: string; type: EntityType }, language: Language): boolean {
	if (entity.type !== 'person') return true;
	const words = entity.name.split(/\s+/);
	if (words.length < 2 || words.length > 4) return false;
	if (words.some((word) => NOT_IN_PERSON_NAMES.test(word) || BEFORE_PERSON_NAMES.test(word)))
		return false;
	return language !== 'pl' || !/\p{Ll}e$/u.test(words[0] ?? '');
}

const PROPORTIONS = [0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 0.9, 1 / 3, 2 / 3];

/** How far a share's option may be from the key: a third to three times it, 30 points at most. */
const SHARE_RATIO = 3;
const SHARE_REACH = 0.3;

/**
 * Shares a reader would take for the key: the common fractions near it, then steps of it in the
 * key's own precision ("4,1 proc." → "2,1 proc.", "6,2 proc."). "33,3 proc." for "3,2 proc.",
 * a digit moved, is no option.
 */
function proportionCandidates(value: number): number[] {
	const plausible = (candidate: number) =>
		candidate > 0 &&
		candidate <= 1 &&
		Math.max(candidate, value) < SHARE_RATIO * Math.min(candidate, value) &&
		Math.abs(candidate - value) <= SHARE_REACH;
	const round = (candidate: number) => Math.round(candidate * 1000) / 1000;
	const steps = [value * 0.5, value * 1.5, value * 2, value * 0.75].map(round);
	const common =
		PROPORTIONS.includes(value) || Math.abs(value * 20 - Math.round(value * 20)) < 1e-9;
	const ordered = common ? [...PROPORTIONS, ...steps] : [...steps, ...PROPORTIONS];
	return [...new Set(ordered)].filter(plausible);
}

function dateCandidates(module: QuizModule, fact: Extract<Fact, { kind: 'date' }>): string[] {
	const { value } = fact;
	const seasons: (Season | undefined)[] = value.season
		? SEASONS.filter((season) => season !== value.season)
		: [undefined];
	const sameYear = seasons.map((season) => ({ ...value, season }));
	// Months next to the key's, for a date whose year the article does not give.
	// A month moved past December or January moves the year with it: December before January
	// 2027 is December 2026.
	const otherMonths =
		value.month === undefined
			? []
			: [-1, 1, 2, -2].map((shift) => {
					const months = value.year * 12 + (value.month ?? 1) - 1 + shift;
					return { ...value, year: Math.floor(months / 12), month: (months % 12) + 1 };
				});
	const otherYears = [value.year - 1, value.year + 1].map((year) => ({ ...value, year }));
	const others = otherDatesOfSentence(fact, module.language);
	return (
		[...sameYear, ...otherYears, ...otherMonths]
			.filter((date) => others.every((other) => keepsSide(date, value, other)))
			// "12 December 2026" before "12 January 2027": an option shows its year when the key does.
			.map((date) =>
				dateWithYearIf(onCalendar(date), yearIn(value.year, fact.evidence), module.language)
			)
	);
}

/**
 * The other dates the key's sentence gives: "start on _____ and … finished by October 2027".
 * Each is read around a year of the sentence, with the day and month words just before it
 * ("do końca czerwca 2027 r."), whether or not the draft ticked it as a fact.
 */
function otherDatesOfSentence(fact: Extract<Fact, { kind: 'date' }>, language: Language) {
	const found: DateValue[] = [];
	const cloze = fact.cloze ? fact.evidence.indexOf(fact.cloze) : -1;
	for (const match of fact.evidence.matchAll(/\b(?:1[89]|20)\d\d\b/gu)) {
		const at = match.index ?? 0;
		// The key's own words are no other date.
		if (cloze >= 0 && at >= cloze && at < cloze + (fact.cloze?.length ?? 0)) continue;
		const words = fact.evidence
			.slice(0, at)
			.split(/[\s,;:()]+/u)
			.filter(Boolean)
			.slice(-3);
		for (let start = 0; start <= words.length; start++) {
			const date = parseDateAnswer(`${words.slice(start).join(' ')} ${match[0]}`.trim(), language);
			if (date?.year === Number(match[0])) {
				found.push(date as DateValue);
				break;
			}
		}
	}
	return found;
}

/** First and last month (as year × 12 + month index) a date covers; a winter its whole year. */
function monthSpan(date: DateValue): [number, number] {
	const base = date.year * 12;
	if (date.month !== undefined) return [base + date.month - 1, base + date.month - 1];
	const season = { spring: [2, 4], summer: [5, 7], autumn: [8, 10] }[
		date.season as 'spring' | 'summer' | 'autumn'
	];
	return season ? [base + (season[0] as number), base + (season[1] as number)] : [base, base + 11];
}

/** A date as a day count, for ordering within a month: its first and last day. */
function daySpan(date: DateValue): [number, number] {
	const [first, last] = monthSpan(date);
	if (date.day !== undefined) return [first * 31 + date.day - 1, first * 31 + date.day - 1];
	return [first * 31, last * 31 + 30];
}

/**
 * Whether a candidate stays on the key's side of another date of its sentence: a start the
 * sentence ends in June 2027 is no later than June, an end after a start no earlier. A
 * candidate across the other date is an option the prompt itself rules out.
 */
function keepsSide(candidate: DateValue, key: DateValue, other: DateValue): boolean {
	const [keyFirst, keyLast] = daySpan(key);
	const [otherFirst, otherLast] = daySpan(other);
	const [first, last] = daySpan(candidate);
	if (keyLast < otherFirst) return last < otherFirst;
	if (keyFirst > otherLast) return first > otherLast;
	return true;
}

/** Days in a month of the Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date moved back to the month's last day when the month has fewer days: "31 marca" a
 * month on is "30 kwietnia", never "31 kwietnia", and 29 February a year on is 28 February.
 * An impossible date is an option a learner rules out without the article.
 */
function onCalendar(date: DateValue): DateValue {
	if (date.day === undefined || date.month === undefined) return date;
	return { ...date, day: Math.min(date.day, daysInMonth(date.year, date.month)) };
}

/** Candidate distractors in tiers, most plausible first (entities of the same type before others). */
function rawDistractors(module: QuizModule, fact: Fact): string[][] {
	// The author's own list replaces the article's: the review page lets them fix a bad one.
	if (fact.kind !== 'text' && fact.distractors) return [fact.distractors];
	switch (fact.kind) {
		case 'number':
			return numberCandidates(module, fact).map((tier) =>
				tier.map((value) => formatNumber(value, module.language))
			);
		case 'proportion':
			return [
				proportionCandidates(fact.value)
					.filter((value) => !isWithinRange(value, acceptedRange(fact)))
					.map((value) => formatProportion(module, value))
			];
		case 'date':
			return [dateCandidates(module, fact)];
		case 'entity': {
			const key = module.entities.find((entity) => entity.id === fact.value);
			const others = module.entities.filter(
				(entity) => entity.id !== fact.value && readsAsItsKind(entity, module.language)
			);
			const sameType = others.filter((entity) => entity.type === key?.type);
			// "Which city fills the gap": a county or a country is no option for a town.
			const sameFamily = others.filter(
				(entity) =>
					entity.type !== key?.type &&
					key &&
					key.type !== 'city' &&
					FAMILY[entity.type] === FAMILY[key.type]
			);
			return [sameType, sameFamily].map((tier) => tier.map((entity) => entity.name));
		}
		case 'entity-set': {
			const members = module.entities.filter((entity) => fact.value.includes(entity.id));
			const types = new Set(members.map((entity) => entity.type));
			const families = new Set(members.map((entity) => FAMILY[entity.type]));
			const others = module.entities.filter(
				(entity) => !fact.value.includes(entity.id) && readsAsItsKind(entity, module.language)
			);
			return [
				others.filter((entity) => types.has(entity.type)),
				others.filter((entity) => !types.has(entity.type) && families.has(FAMILY[entity.type]))
			].map((tier) => tier.map((entity) => entity.name));
		}
		case 'text':
			return [fact.distractors];
	}
}

/**
 * "ZNP" for "Związek Nauczycielstwa Polskiego": an acronym of the key is the key, even when
 * the article's entities did not link the two, so it is never a distractor, nor beside
 * another option it abbreviates.
 */
function isAcronymOf(candidate: string, key: string): boolean {
	if (!/^\p{Lu}{2,6}$/u.test(candidate)) return false;
	const initials = key
		.split(/[\s-]+/)
		.filter((word) => /^\p{Lu}/u.test(word))
		.map((word) => word.charAt(0))
		.join('');
	return initials === candidate;
}

/** Words that do not tell one name from another: "Museum of Barnstaple", "Urząd Gminy w Sorkwitach". */
const NAME_GLUE = new Set([
	'of',
	'the',
	'and',
	'for',
	'at',
	'in',
	'on',
	'i',
	'w',
	'we',
	'z',
	'ze',
	'na',
	'dla',
	'do',
	'im'
]);

function nameWords(name: string): Set<string> {
	return new Set(
		foldText(name)
			.split(/[^\p{L}\p{N}]+/u)
			.filter((word) => word.length > 0 && !NAME_GLUE.has(word))
	);
}

/**
 * "Museum of Barnstaple" and "Barnstaple Museum", "Okafor" and "Simon Okafor": two names one of
 * whose words are all the other's name the same thing, or a reader cannot tell they do not.
 */
export function namesSameThing(a: string, b: string): boolean {
	const first = nameWords(a);
	const second = nameWords(b);
	if (first.size === 0 || second.size === 0) return false;
	const [small, large] = first.size <= second.size ? [first, second] : [second, first];
	return [...small].every((word) => large.has(word));
}

/** A byline or a credit line: "Warmia i Mazury / Paweł Grabowski (PAP)", "By Jane Doe, BBC News". */
function isBylineLine(line: string): boolean {
	const text = line.trim();
	if (isClutterOption(text) || /\((?:PAP|AFP|Reuters|IAR|PA|AP|BBC)\)/u.test(text)) return true;
	if (text.length > 90 || /[.!?]$/u.test(text)) return false;
	return /\s\/\s/u.test(text) || /^By\s+\p{Lu}/u.test(text);
}

/**
 * Whether a name stands in the article only in its bylines ("Warmia" of "Warmia i Mazury /
 * Paweł Grabowski (PAP)"): an option cut from there is no one the article speaks of.
 */
function onlyInBylines(module: QuizModule, name: string): boolean {
	const lines = articleLines(module).filter((line) => namedIn(line, name));
	return lines.length > 0 && lines.every(isBylineLine);
}

/** Whether `name` stands in `text` as a whole name (not as the start of a longer word). */
function namedIn(text: string, name: string): boolean {
	return new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(text);
}

/**
 * What the fact's wordings say its organisation is ("_____, a firm based in…", "spółka _____"),
 * when the key is an organisation: a person after "przewodniczący rady _____" is no council.
 */
function keyBodyKind(module: QuizModule, fact: Fact): BodyKind | undefined {
	if (fact.kind !== 'entity') return undefined;
	const key = module.entities.find((entity) => entity.id === fact.value);
	if (key?.type !== 'organisation' && key?.type !== 'group') return undefined;
	const said = fact.questions.map(gapBodyKind).find((kind) => kind !== undefined);
	if (said !== undefined) return said;
	// "Who offered meals at its clubhouse?": only a club owns one, when the key is a club.
	const owner = fact.questions.map(ownerBodyKind).find((kind) => kind !== undefined);
	if (owner !== undefined && bodyKindOfName(key.name) === owner) return owner;
	// "Which hospital fills the gap", "Which fund or programme…": the options are of the key's
	// kind.
	const asked = askedKind(key.type, key.name);
	return asked === 'hospital' || asked === 'programme' ? asked : undefined;
}

/** Whether the fact asks its key as a building: "Bilton Court, a five-storey block". */
function askedAsBuilding(module: QuizModule, fact: Fact): boolean {
	if (fact.kind !== 'entity') return false;
	const key = module.entities.find((entity) => entity.id === fact.value);
	if (!key) return false;
	return fact.questions.some((question) => askedKind(key.type, key.name, question) === 'building');
}

function isBuildingEntity(module: QuizModule, name: string): boolean {
	const entity = module.entities.find((candidate) => candidate.name === name);
	return entity !== undefined && askedKind(entity.type, entity.name) === 'building';
}

/** Whether the key is an organisation asked as a place: a venue ("Arc Leisure Centre"). */
function askedAsVenue(module: QuizModule, fact: Fact): boolean {
	if (fact.kind !== 'entity') return false;
	const key = module.entities.find((entity) => entity.id === fact.value);
	return key?.type === 'organisation' && askedKind(key.type, key.name) === 'place';
}

function isOrganisationName(module: QuizModule, name: string): boolean {
	return module.entities.some((entity) => entity.name === name && entity.type === 'organisation');
}

function isPlaceEntity(module: QuizModule, name: string): boolean {
	const entity = module.entities.find((candidate) => candidate.name === name);
	return entity !== undefined && askedKind(entity.type, entity.name) === 'place';
}

/** Words that introduce a company by its name in the article: "firmą Budomex", "the firm Ardent". */
const COMPANY_BEFORE_NAME =
	'(?:firm|company|contractor|firm(?:a|ę|ą|y|ie)|spółk(?:a|ę|ą|i)|spółce|wykonawc(?:a|y|ą|ę))';

/** Whether an option is of the kind the prompt names: by its name, or a firm the article calls one. */
function isOfKind(module: QuizModule, name: string, kind: BodyKind): boolean {
	const own = bodyKindOfName(name);
	if (own !== undefined || kind !== 'company') return own === kind;
	const introduced = new RegExp(
		`(?<!\\p{L})${COMPANY_BEFORE_NAME}\\s+${escapeRegExp(name)}(?!\\p{L})`,
		'iu'
	);
	return articleLines(module).some((line) => introduced.test(line));
}

/** Whether a question of the fact shows `name` or another form of its entity, in any case. */
function namedInWordings(module: QuizModule, fact: Fact, name: string): boolean {
	const folded = foldText(name);
	const entity = module.entities.find((entity) => foldText(entity.name) === folded);
	const forms = [name, ...(entity?.aliases ?? [])].map(foldText).filter((form) => form.length > 1);
	const wordings = fact.questions.map(foldText);
	return forms.some((form) => wordings.some((wording) => namedIn(wording, form)));
}

/** "River Slea", "Jezioro Czos", "Lincolnshire": a body of water, a forest or a county. */
const NATURAL_FEATURE =
	/^(?:River|Loch|Lake|Afon|Llyn|Mount|Jezioro|Jeziora|Rzeka|Zalew|Puszcza|Zatoka)\s|\s(?:River|Brook|Reservoir|Water)$|shire$/u;

function isNaturalFeature(name: string): boolean {
	return NATURAL_FEATURE.test(name.trim());
}

const lineCache = new WeakMap<QuizModule, string[]>();

function articleLines(module: QuizModule): string[] {
	let lines = lineCache.get(module);
	if (!lines) {
		lines = articleTexts(module.article).flatMap((text) => text.split(/\n+/u));
		lineCache.set(module, lines);
	}
	return lines;
}

const pools = new WeakMap<QuizModule, Map<string, string[][]>>();

/**
 * Distractors that are never right, in tiers: each is scored against the fact like a
 * learner's answer and kept only if it earns no credit, and none equals the key or another
 * after folding.
 */
function distractorTiers(module: QuizModule, fact: Fact): readonly string[][] {
	let byFact = pools.get(module);
	if (!byFact) {
		byFact = new Map();
		pools.set(module, byFact);
	}
	const cached = byFact.get(fact.id);
	if (cached) return cached;
	const key = displayValue(module, fact);
	const seen = new Set([foldText(key)]);
	const keyNames =
		fact.kind === 'entity-set'
			? fact.value.map((id) => module.entities.find((entity) => entity.id === id)?.name ?? id)
			: [key];
	const kind = keyBodyKind(module, fact);
	const building = askedAsBuilding(module, fact);
	const venue = askedAsVenue(module, fact);
	// Towns between which something lies are never a river, a lake or a county.
	const featuresAllowed = fact.kind !== 'entity-set' || keyNames.some(isNaturalFeature);
	const tiers = rawDistractors(module, fact).map((tier) =>
		tier.filter((candidate) => {
			const folded = foldText(candidate);
			if (seen.has(folded) || isClutterOption(candidate)) return false;
			if (keyNames.some((name) => isAcronymOf(candidate, name) || isAcronymOf(name, candidate)))
				return false;
			const named = fact.kind === 'entity' || fact.kind === 'entity-set';
			if (named && keyNames.some((name) => namesSameThing(candidate, name))) return false;
			if (named && onlyInBylines(module, candidate)) return false;
			// "…approved by North Kesteven District Council": a name the key's own sentence shows
			// elsewhere is ruled out by the prompt.
			if (fact.kind === 'entity-set' && namedIn(fact.evidence, candidate)) return false;
			// "£2.1m comes from the UK Shared Prosperity Fund and £600,000 from _____": an option
			// the question itself names, in any form the module knows, is ruled out by reading it.
			if (fact.kind === 'entity' && namedInWordings(module, fact, candidate)) return false;
			// "awarded to _____, a firm based in Padiham": only firms are options.
			if (kind !== undefined && !isOfKind(module, candidate, kind)) return false;
			// "Which building fills the gap": a council or a club is no building.
			if (building && !isBuildingEntity(module, candidate)) return false;
			// "Which place fills the gap: …at the _____": a council is no venue.
			if (venue && !isPlaceEntity(module, candidate)) return false;
			// "Which organisation said…": a leisure centre is no body that says or pays.
			if (
				fact.kind === 'entity' &&
				!venue &&
				isOrganisationName(module, candidate) &&
				isPlaceEntity(module, candidate)
			)
				return false;
			if (!featuresAllowed && isNaturalFeature(candidate)) return false;
			// An entity outside the set earns nothing as an option; the set scorer would
			// give it negative credit, which says the same.
			const credit =
				fact.kind === 'entity-set' ? 0 : scoreFactAnswer(module, fact, candidate).credit;
			if (credit > 0) return false;
			seen.add(folded);
			// An option and its acronym are one answer twice.
			keyNames.push(candidate);
			return true;
		})
	);
	byFact.set(fact.id, tiers);
	return tiers;
}

export function distractorsOf(module: QuizModule, fact: Fact): readonly string[] {
	return distractorTiers(module, fact).flat();
}

/** `count` distractors, drawn from the most plausible tier first (fewer when the article offers fewer). */
export function pickDistractors(
	module: QuizModule,
	fact: Fact,
	random: Random,
	count: number
): string[] {
	const picked: string[] = [];
	// Tiers past the one that completes the set are never shuffled: nothing from them is used.
	for (const tier of distractorTiers(module, fact)) {
		if (picked.length >= count) break;
		for (const candidate of random.shuffle(tier)) {
			if (picked.length >= count) break;
			picked.push(candidate);
		}
	}
	return picked;
}

/** Years and other large labels are no multipliers a reader applies. */
const MULTIPLIER_LIMIT = 1000;

/**
 * Whether one figure follows from another by a multiplier either sentence gives: "osiem grup po
 * 12 dzieci" and "Budynek na 96 miejsc" (8 × 12 = 96). A quiz asking both lets the learner
 * work one out from the other; it is fair, but one of them tests more.
 */
export function figuresFollow(module: QuizModule, first: Fact, second: Fact): boolean {
	if (first.kind !== 'number' || second.kind !== 'number') return false;
	const [small, large] =
		first.value <= second.value ? [first.value, second.value] : [second.value, first.value];
	if (!Number.isInteger(small) || !Number.isInteger(large) || small < 2 || small === large)
		return false;
	const multipliers = [
		...figuresIn(first.evidence, module.language),
		...figuresIn(second.evidence, module.language)
	];
	return multipliers.some(
		(factor) =>
			Number.isInteger(factor) &&
			factor >= 2 &&
			factor < MULTIPLIER_LIMIT &&
			factor !== small &&
			small * factor === large
	);
}
