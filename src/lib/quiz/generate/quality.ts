import { articleTexts } from '../article';
import {
	evidenceProblems,
	isConversion,
	isFragmentLabel,
	keyProblems,
	statementProblems,
	wordingProblems,
	gapRevealsRange,
	figuresIn,
	quotedGap,
	speakerUnnamed,
	type CheckContext
} from '../check';
import type { Fact, Language } from '../content';
import { escapeRegExp } from '../language/normalize';
import { QUIZ_PHRASES } from '../language/phrases';
import type { QuizModule } from '../module';
import { wordingWithSentenceBefore } from './context';
import { wordingNamingSpeaker } from './speaker';
import { displayValue, openBoundOf, sentenceBounds } from './values';

/**
 * What of a fact can be asked without a teacher rewriting it, decided once per module with the
 * automatic question check (check.ts): a question that cannot be worded well is not offered.
 * A fact whose evidence is clutter, a heading or not the article's sentence, or whose figure is
 * a conversion in brackets ("5 km/s (11,000 mph)"), gives no question;
 * its wordings that read as broken questions are never drawn; a true/false statement or a
 * matching row that reads wrong leaves the fact out of those types.
 */
export interface FactQuality {
	/** The evidence is a sentence of the article's text, not a title, caption or cross-link. */
	askable: boolean;
	/** The fact's questions that read as whole questions, in the fact's order. */
	wordings: string[];
	/** The wordings a learner answers by typing: no gap whose noun gives the figure's range away. */
	typedWordings: string[];
	statement: boolean;
	/** The label can stand as a row of a matching or ordering question. */
	label: boolean;
	/** The evidence with a gap for the figure asks something: the rest of it does not give the key. */
	gap: boolean;
}

const qualities = new WeakMap<QuizModule, Map<string, FactQuality>>();
const articles = new WeakMap<QuizModule, string>();

function articleText(module: QuizModule): string {
	let text = articles.get(module);
	if (text === undefined) {
		text = articleTexts(module.article).join('\n');
		articles.set(module, text);
	}
	return text;
}

/**
 * "Kiedy spółdzielnią kieruje zarząd komisaryczny?" for "Od 2024 roku…": a Polish question
 * about a date the article gives as a start asks since when.
 */
function sinceWording(question: string, fact: Fact): string {
	if (fact.kind !== 'date' || !fact.cloze || !/^od\s/iu.test(fact.cloze)) return question;
	return question.replace(/^Kiedy\s/u, 'Od kiedy ');
}

/**
 * "Kiedy pociąg zostanie zawieszony?" for "zawieszony do czerwca 2027 r.": a date the article
 * gives as the end of a period is asked until when ("Do kiedy", "Until when").
 */
function untilWording(question: string, fact: Fact, language: Language): string {
	if (fact.kind !== 'date' || !fact.cloze) return question;
	if (language === 'pl')
		return /^do\s/iu.test(fact.cloze) ? question.replace(/^Kiedy\s/u, 'Do kiedy ') : question;
	if (!/^(until|till)\s/iu.test(fact.cloze)) return question;
	// "When will the road stay closed?" → "Until when will the road stay closed?"
	return question.replace(/^When\s/u, 'Until when ');
}

/**
 * "Kiedy pochodzi najmłodsza moneta?" for "pochodzi z 1451 r.": a year the article gives with
 * "z" is asked "Z którego roku".
 */
function fromYearWording(question: string, fact: Fact): string {
	if (fact.kind !== 'date' || !fact.cloze) return question;
	const cloze = fact.cloze.trim();
	const year = /^(?:ze?\s+)?\d{4}(?:\s*(?:r\.|roku))?$/iu.test(cloze);
	const afterZ =
		/^ze?\s/iu.test(cloze) ||
		new RegExp(`(?:^|\\s)[Zz]e?\\s+${escapeRegExp(cloze)}`, 'u').test(fact.evidence);
	return year && afterZ ? question.replace(/^Kiedy\s/u, 'Z którego roku ') : question;
}

/**
 * Repairs of a wording that leave its meaning as it is: the dash opening a quotation
 * ("„- Rocznie wysyłaliśmy…”") is no part of the sentence; a currency sign the gap swallowed
 * ("offered about _____.") goes back before it, so options read "£55m" as the article does
 * ("£120,000 on 12 cameras" has none before the 12);
 * "Ilu" counts men only ("Ile dzieci", "Ile osób").
 */
function repairedWording(question: string, fact: Fact, language: Language): string {
	const gap = QUIZ_PHRASES[language].gap;
	let repaired = question.replace(/([„"“])\s*[-–—]\s+/u, '$1');
	const sign = fact.cloze
		? new RegExp(`([£$€])\\s?${escapeRegExp(fact.cloze.trim())}(?![\\d]|[.,]\\d)`, 'u').exec(
				fact.evidence
			)?.[1]
		: undefined;
	if (sign && repaired.includes(gap) && !repaired.includes(`${sign}${gap}`))
		repaired = repaired.replace(gap, () => `${sign}${gap}`);
	if (language === 'pl')
		repaired = repaired.replace(/^Ilu (dzieci|osób|kobiet|dziewcząt|zwierząt)(?=\s)/u, 'Ile $1');
	// A quotation inside the quoted sentence takes single quotes, as British papers print it:
	// '"\'It tells us…\'"', not '""It tells us…""'.
	else
		repaired = repaired.replace(
			/^([^"]*: ")(.*)("\??)$/u,
			// A quotation cut by the sentence splitter (an odd count) stays, for the check to refuse.
			(whole: string, open: string, inner: string, close: string) =>
				(inner.match(/"/g) ?? []).length % 2 === 0
					? `${open}${inner.replace(/"/g, "'")}${close}`
					: whole
		);
	return repaired;
}

/** A gap's sentence of direct speech whose speaker neither it nor its attribution names. */
function quotesUnnamed(question: string, evidence: string, context: CheckContext): boolean {
	const gapped = quotedGap(question);
	return gapped !== undefined && speakerUnnamed(gapped, evidence, context);
}

/** What the automatic check needs to know of the module. */
export function checkContext(module: QuizModule): CheckContext {
	return { language: module.language, article: articleText(module), entities: module.entities };
}

/**
 * Years that bound a span: "between 2021 and 2025", "w latach 2021-2027", "od 2019 do 2024 r.".
 * Either year asked with the other in sight is no fact a reader learns, and asked without it
 * the one year is half the answer.
 */
const YEAR_SPAN =
	/\b(?:between|from|od|w latach|latach|z lat)?\s*((?:19|20)\d{2})(?:\s*r\.)?\s*(?:and|to|do|[-–—/])\s*((?:19|20)\d{2})\b/giu;

function yearOfSpan(fact: Fact): boolean {
	if (fact.kind !== 'date' || fact.value.month !== undefined || fact.value.day !== undefined)
		return false;
	const year = String(fact.value.year);
	for (const match of fact.evidence.matchAll(YEAR_SPAN))
		if (match[1] === year || match[2] === year) return true;
	return false;
}

/**
 * A few of a thing in a comparison is a figure of speech, not a fact: "za wąska dla dwóch
 * samochodów", "too narrow for two cars".
 */
const COMPARISON_COUNT: Record<Language, RegExp> = {
	pl: /(?:^|\s)(?:za|zbyt)\s+\p{L}+\s+(?:dla|na)\s+(\S+)/giu,
	en: /\btoo\s+\p{L}+\s+(?:for|to take|to hold)\s+(\S+)/giu
};
const SMALL_COUNT = 5;

function countOfSpeech(fact: Fact, language: Language): boolean {
	if (fact.kind !== 'number' || fact.value >= SMALL_COUNT) return false;
	for (const match of fact.evidence.matchAll(COMPARISON_COUNT[language])) {
		const word = (match[1] as string).replace(/[,.;:!?"„”()]+$/u, '');
		if (figuresIn(word, language).includes(fact.value)) return true;
	}
	return false;
}

/** The largest count a reader can tell from "both", a comparative or the items listed after it. */
const GIVEN_AWAY_LIMIT = 3;

/**
 * Words before a count that say it is two: "the older of its _____ vessels", "between _____
 * villages", "obie", "starszy z _____".
 */
const PAIR_BEFORE: Record<Language, RegExp> = {
	en: /(?:\bthe\s+(?:\p{L}+er|more\s+\p{L}+|less\s+\p{L}+|elder|other)\s+of\s+(?:its|the|their|his|her|our|these|those)?|\bbetween|\beach\s+of\s+(?:its|the|their)?)\s*$/iu,
	pl: /(?:\p{L}+(?:szy|sza|sze|ejszy|ejsza|ejsze)\s+z|\b(?:między|pomiędzy)|\bz\s+(?:obu|obydwu))\s*$/iu
};
const BOTH: Record<Language, RegExp> = {
	en: /\bboth\b/iu,
	pl: /(?<![\p{L}])(?:oba|obie|obu|obaj|obydwa|obydwie|obydwaj|obydwu)(?![\p{L}])/iu
};
const LIST_SEPARATOR: Record<Language, RegExp> = {
	en: /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/iu,
	pl: /\s*,\s*|\s+(?:i|oraz|lub|albo)\s+/iu
};
const LIST_CLAUSE_START =
	/^(?:and|or|but|which|who|where|while|when|after|before|as|so|with|i|a|ale|lecz|który|która|które|którzy|gdzie|gdy|oraz|ale)(?![\p{L}])/iu;
/** Words an item of a listing has at most: "at Hall Leys Park", "w Kolnie". */
const LIST_ITEM_WORDS = 6;

/**
 * A count of two or three the sentence gives away: "the older of its two vessels", "between two
 * villages", "both", or the items listed right after it ("from two stations, at Hall Leys Park
 * and at the Arc"). Asking it tests counting, not reading.
 */
function countGivenAway(fact: Fact, language: Language): boolean {
	if (fact.kind !== 'number' || fact.cloze === undefined) return false;
	if (!Number.isInteger(fact.value) || fact.value < 2 || fact.value > GIVEN_AWAY_LIMIT)
		return false;
	const match = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(fact.cloze)}(?![\\p{L}\\d])`, 'iu').exec(
		fact.evidence
	);
	if (!match) return false;
	const before = fact.evidence.slice(0, match.index);
	const after = fact.evidence.slice(match.index + match[0].length);
	if (
		fact.value === 2 &&
		(PAIR_BEFORE[language].test(before) || BOTH[language].test(fact.evidence))
	)
		return true;
	// "two stations, at Hall Leys Park and at the Arc": a short noun phrase, then its items.
	const listing = /^\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+\s*[,:(–—]\s*([^.;()]+)/u.exec(after);
	// "two weeks, and buses will divert via…": a clause goes on, no listing.
	if (!listing || LIST_CLAUSE_START.test(listing[1] as string)) return false;
	// "at Mill Lane, at the fire station and at Tesco, until 8pm": the listing ends with the
	// item after its last "and".
	const text = listing[1] as string;
	const conjunctions = [...text.matchAll(/\s(?:and|or|i|oraz|lub|albo)\s/giu)];
	const last = conjunctions.at(-1);
	if (!last) return false;
	const end = text.indexOf(',', (last.index ?? 0) + last[0].length);
	const items = (end < 0 ? text : text.slice(0, end))
		.split(LIST_SEPARATOR[language])
		.map((item) => item.trim())
		.filter((item) => item.length > 0);
	return (
		items.length === fact.value &&
		items.every((item) => item.split(/\s+/u).length <= LIST_ITEM_WORDS)
	);
}

function assess(module: QuizModule, fact: Fact): FactQuality {
	const { language } = module;
	const context = checkContext(module);
	const askable =
		evidenceProblems([fact.evidence], context).length === 0 &&
		!(fact.cloze !== undefined && isConversion(fact.evidence, fact.cloze)) &&
		!yearOfSpan(fact) &&
		!countOfSpeech(fact, language) &&
		!countGivenAway(fact, language);
	// "Of the £9.6m, £_____ … and £2.4m": the sentence around the gap is the sum that gives it.
	const derived = sentenceBounds(module, fact).derived;
	// "More than _____ pupils": many figures fill the gap truly, so it is asked only among
	// options on the bound's far side (values.ts), never typed, never as a statement.
	const bound = openBoundOf(fact, language) !== undefined;
	const gap = !derived && !bound;
	const gapMark = QUIZ_PHRASES[language].gap;
	// Figures are read from the evidence by the numeric check itself; names and dates are keys.
	const key =
		fact.kind === 'number' || fact.kind === 'proportion' ? null : displayValue(module, fact);
	const shareInWords =
		fact.kind === 'proportion' && fact.cloze !== undefined && !/\d/u.test(fact.cloze);
	const wordings = fact.questions
		.map((question) => repairedWording(question, fact, language))
		.map((question) =>
			language === 'pl' ? fromYearWording(sinceWording(question, fact), fact) : question
		)
		.map((question) => untilWording(question, fact, language))
		.map((question) => wordingNamingSpeaker(module, question, fact.evidence))
		.map((question) => wordingWithSentenceBefore(module, fact, question, context))
		.filter(
			(question) =>
				(!derived || !question.includes(gapMark)) &&
				// "z 37 właścicieli prawie połowa", "two thirds of the hours": a share the article
				// says in words fills its gap with those words (the cloze asks them), never with a
				// number the article does not print ("50%", "66,7%").
				!(shareInWords && question.includes(gapMark)) &&
				wordingProblems(question, fact.evidence, language).length === 0 &&
				!quotesUnnamed(question, fact.evidence, context) &&
				(key === null || keyProblems(question, fact.evidence, key, context).length === 0)
		);
	const statement =
		gap &&
		fact.statement !== undefined &&
		!speakerUnnamed(fact.statement, fact.evidence, context) &&
		statementProblems(
			fact.statement.replace('{value}', () => displayValue(module, fact)),
			language
		).length === 0;
	const label =
		fact.label !== undefined &&
		!isFragmentLabel(fact.label, language) &&
		(!fact.label.trim().endsWith('?') ||
			wordingProblems(fact.label, fact.evidence, language).length === 0);
	// "karę w wysokości _____ wartości umowy" keyed "0,1 proc.": a box for a number leaves the
	// share's "proc." or "%" unasked, and a bare "0,1" reads as a tenth, not a thousandth.
	const unitInGap =
		fact.kind === 'proportion' && fact.cloze !== undefined && /%|proc|percent/iu.test(fact.cloze);
	const typedWordings = wordings.filter(
		(question) =>
			!gapRevealsRange(question, fact.evidence, language) &&
			!((unitInGap || bound) && question.includes(gapMark))
	);
	return { askable, wordings, typedWordings, statement, label, gap };
}

export function factQuality(module: QuizModule, fact: Fact): FactQuality {
	let byFact = qualities.get(module);
	if (!byFact) {
		byFact = new Map();
		qualities.set(module, byFact);
	}
	let quality = byFact.get(fact.id);
	if (!quality) {
		quality = assess(module, fact);
		byFact.set(fact.id, quality);
	}
	return quality;
}

/** Whether the fact can be asked in its own words (numeric, choice and short-answer questions). */
export function hasWording(module: QuizModule, fact: Fact): boolean {
	const quality = factQuality(module, fact);
	return quality.askable && quality.wordings.length > 0;
}
