import { isAbbreviatedHeading } from './article';
import type { Language } from './content';
import { askedKind, PROGRAMME_NOUNS } from './extract/lexicon';
import { GIVEN_NAME_SET } from './extract/names';
import { parseNumber } from './language/number';
import { genderAfterGap, polishNameGender } from './language/gender-pl';
import { escapeRegExp, foldText } from './language/normalize';
import { foldedPrepositions, POLISH_PREPOSITIONS } from './language/prepositions-pl';
import { QUIZ_PHRASES } from './language/phrases';
import type { QuestionWithKey } from './question';

/**
 * The automatic question check: what a demanding teacher would refuse in a generated
 * question, found without reading it. Reason codes only; the words come later, in the UI's
 * language. A question with no reason is not proven good (a check cannot tell a plausible
 * distractor from a silly one), but one with a reason is not to be offered as it is.
 *
 * Each rule says only what it can say reliably: a false reason hides a good question from a
 * teacher, so a rule that would guess is left out.
 */

export const QUESTION_ISSUES = [
	/** Two options of one question read the same (as text, or as the same figure). */
	'duplicate-options',
	/** Two rows (ordering items, matching labels) read the same. */
	'duplicate-rows',
	/** A row's label is a cut piece of a sentence ("Sąd … skazał"), not what the figure counts. */
	'row-label-fragment',
	/** The key (a figure, a name, a date) is not what the evidence says. */
	'key-not-in-evidence',
	/** The evidence is not a sentence of the article, verbatim. */
	'evidence-not-in-article',
	/** The evidence is a title or subheading of the article, not a sentence. */
	'evidence-heading',
	/** An option is not in the form its place needs (the case a preposition governs, the evidence's own form, a figure's scale word). */
	'option-case',
	/** A distractor the question itself rules out: the prompt names it, or says the answer is a firm and it is a council. */
	'option-ruled-out',
	/** The prompt asks nothing: no question word or no question mark. */
	'prompt-not-a-question',
	/** The prompt is a broken sentence: a dangling preposition or conjunction, a deleted figure, a quote cut off, a gap inside a figure. */
	'prompt-fragment',
	/** The prompt shows its own answer. */
	'answer-in-prompt',
	/** Cross-links, captions, bylines, agency tags, URLs in the prompt, the options or the evidence. */
	'clutter',
	/** A statement keyed false says what the evidence says, only spelt otherwise ("2" for "two"). */
	'true-false-same-value',
	/** The question asserts what its sentence denies: "nie", "not", "never" dropped. */
	'negation-dropped',
	/** Generation offers no question of the fact at all: each one it could word reads wrong. */
	'no-question'
] as const;
export type QuestionIssue = (typeof QUESTION_ISSUES)[number];

export const QUIZ_ISSUES = [
	/** Another question of the quiz shows this question's answer. */
	'answer-shown-elsewhere',
	/** An earlier question of the quiz asks the same fact. */
	'fact-asked-twice'
] as const;
export type QuizIssue = (typeof QUIZ_ISSUES)[number];

export interface CheckContext {
	language: Language;
	/** The module's article as plain text; evidence is looked up in it when given. */
	article?: string;
	/**
	 * The module's entities: a key naming one is stated by any of its aliases ("Moskwa" for
	 * Rosja); its type tells a person's name, which follows a title, from a cut organisation's.
	 */
	entities?: readonly { name: string; aliases: readonly string[]; type?: string }[];
}

/** One finding of `checkQuiz`: question `index` has `issue` because of question `other`. */
export interface QuizFinding {
	index: number;
	issue: QuizIssue;
	other: number;
}

// ---------------------------------------------------------------------------------------
// Text helpers

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The evidence as a list of sentences, whether a question holds one string or several. */
export function evidenceSentences(question: QuestionWithKey): string[] {
	const evidence: unknown = question.evidence;
	if (Array.isArray(evidence)) return evidence.filter((part) => typeof part === 'string');
	return typeof evidence === 'string' ? [evidence] : [];
}

const MULTIPLIERS: Readonly<Record<string, number>> = {
	k: 1e3,
	tys: 1e3,
	tysiac: 1e3,
	tysiace: 1e3,
	tysiecy: 1e3,
	thousand: 1e3,
	m: 1e6,
	mln: 1e6,
	milion: 1e6,
	miliony: 1e6,
	milionow: 1e6,
	million: 1e6,
	millions: 1e6,
	bn: 1e9,
	mld: 1e9,
	miliard: 1e9,
	miliardy: 1e9,
	miliardow: 1e9,
	billion: 1e9,
	billions: 1e9,
	'%': 0.01,
	proc: 0.01,
	procent: 0.01,
	procenta: 0.01
};

/**
 * A figure in digits, with its currency sign and multiplier or percent: "£150m", "14,6 mln",
 * "450 tys.", "38 412", "3,1 proc.", "87%". Times ("04:17") and dates ("12.03.2026") are read
 * apart, so their parts never pass for counts.
 */
const FIGURE =
	/(?<![\d:.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)|\d+(?:[.,]\d+)*)(?![\d:])\s?(k|tys\.?|tysi[aąeę]c\p{L}*|thousand|m|mln|milion\p{L}*|million|millions|bn|mld|miliard\p{L}*|billion|billions|%|proc\.?|procent\p{L}*|per cent|p)?(?![\p{L}\d])/giu;
/** "04:17", "17.42 GMT", "godz. 15.20": a time of day, not a count. */
const TIME =
	/(?<![\d.])\d{1,2}:\d{2}(?![\d.])|(?<![\d.])\d{1,2}\.\d{2}(?=\s*(?:GMT|BST|UTC|CET|CEST|am|pm|a\.m\.|p\.m\.))|(?<=godz\.\s?)\d{1,2}\.\d{2}/g;
const NUMERIC_DATE = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g;

function readDigits(digits: string, language: Language): number {
	const compact = digits.replace(/[ \u00a0\u202f]/g, '');
	if (language === 'pl') return Number(compact.replace(/\./g, '').replace(',', '.'));
	// English: a comma before exactly three digits groups thousands; any other comma is a
	// decimal one, as a Polish or Turkish source has it ("6,7").
	if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) return Number(compact.replace(/,/g, ''));
	return Number(compact.replace(',', '.'));
}

function multiplierOf(word: string | undefined): number {
	if (!word) return 1;
	const folded = foldText(word).replace(/\s+/g, '');
	if (word === '%') return 0.01;
	if (folded.startsWith('tysi')) return 1e3;
	if (folded.startsWith('milion')) return 1e6;
	if (folded.startsWith('miliard')) return 1e9;
	if (folded.startsWith('procent') || folded === 'percent') return 0.01;
	return MULTIPLIERS[folded] ?? 1;
}

/** Parts of times and numeric dates, removed before figures are read. */
function withoutTimesAndDates(text: string): string {
	return text
		.replace(NUMERIC_DATE, (match) => ' '.repeat(match.length))
		.replace(TIME, (match) => ' '.repeat(match.length));
}

/** How a numeral in words can begin, folded: anything else is not read as one. */
const NUMERAL_START: Record<Language, RegExp> = {
	pl: /^(jed|dwa|dwi|dwo|dwu|dwo|trz|trze|czter|piec|piat|pie|szes|szesc|sied|osi|osm|dziew|dzies|dwudz|trzyd|sto|set|tys|mil|pol|poltor|cwier|kilk|kilkun|kilkadz|kilkus|obu|oba|obie|setk|tuzin|pare|par)/,
	en: /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirt|fourt|fift|sixt|sevent|eight|ninet|twent|thirty|forty|hundred|thousand|million|billion|half|quarter|third|dozen|a|an|both|couple)$|^(thirt|fourt|fift|sixt|sevent|eight|nint|twent|fort)/
};

/** Figures already read: a module's sentences are checked once per question that quotes them. */
const figureCache = new Map<string, number[]>();
const FIGURE_CACHE_SIZE = 4000;

/** Every figure a sentence states, in digits or in words, as values (percentages as shares). */
export function figuresIn(text: string, language: Language): number[] {
	const cacheKey = `${language}:${text}`;
	const cached = figureCache.get(cacheKey);
	if (cached) return cached;
	const values = readFigures(text, language);
	if (figureCache.size >= FIGURE_CACHE_SIZE) figureCache.clear();
	figureCache.set(cacheKey, values);
	return values;
}

function readFigures(text: string, language: Language): number[] {
	const values: number[] = [];
	const plain = withoutTimesAndDates(text);
	for (const match of plain.matchAll(FIGURE)) {
		const value = readDigits(match[1] as string, language);
		if (Number.isFinite(value))
			values.push(Number((value * multiplierOf(match[2])).toPrecision(12)));
	}
	// Numerals in words, one to three words long: "osiem", "dziesięciu", "two thousand".
	const tokens = plain.split(/\s+/).filter(Boolean);
	for (let start = 0; start < tokens.length; start++) {
		// Only a word that can start a numeral is read: the number reader is slow on the rest.
		if (!NUMERAL_START[language].test(foldText(tokens[start] as string))) continue;
		for (let length = 1; length <= 3 && start + length <= tokens.length; length++) {
			const window = tokens.slice(start, start + length);
			if (window.some((token) => /\d/.test(token))) break;
			const value = parseNumber(window.join(' ').replace(/[,.;:!?"„”()]+$/u, ''), language);
			if (value !== null) values.push(value);
		}
	}
	return values;
}

const sameValue = (a: number, b: number) =>
	Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-6;

/** Month number of a month's name in any case, Polish or English ("kwietniu" → 4). */
const MONTH_STEMS: readonly (readonly string[])[] = [
	['stycz', 'january', 'jan'],
	['lut', 'february', 'feb'],
	['marz', 'marc', 'march', 'mar'],
	['kwie', 'april', 'apr'],
	['maj', 'may'],
	['czerw', 'june', 'jun'],
	['lip', 'july', 'jul'],
	['sierp', 'august', 'aug'],
	['wrze', 'september', 'sept', 'sep'],
	['pazdz', 'october', 'oct'],
	['listop', 'november', 'nov'],
	['grud', 'december', 'dec']
];

function monthOf(folded: string): number | undefined {
	for (let index = 0; index < MONTH_STEMS.length; index++) {
		const stems = MONTH_STEMS[index] as readonly string[];
		if (
			stems.some((stem) =>
				stem.length <= 3 || stem === 'may' ? folded === stem : folded.startsWith(stem)
			)
		)
			return index + 1;
	}
	return undefined;
}

const STOPWORDS = new Set([
	'i',
	'a',
	'w',
	'we',
	'z',
	'ze',
	'na',
	'do',
	'o',
	'od',
	'the',
	'of',
	'and',
	'in',
	'on',
	'at',
	'to'
]);

/**
 * Whether two words are forms of one word: a common start long enough for the longer's stem.
 * Three letters make a stem only of short words ("Rosja", "Rosją"): "more" is no form of
 * "Morocco", nor "mar" of "Maroko".
 */
function sameStem(a: string, b: string): boolean {
	if (a === b) return true;
	const shorter = Math.min(a.length, b.length);
	const longer = Math.max(a.length, b.length);
	if (shorter <= 3) return false;
	const needed = Math.max(longer > 6 ? 4 : 3, longer - 4);
	if (shorter < needed) return false;
	return a.slice(0, needed) === b.slice(0, needed);
}

/**
 * Whether `text` states `phrase`: every figure of it among the text's figures, every month
 * among its months, every other word of it in some form among the text's words.
 */
function states(text: string, phrase: string, language: Language): boolean {
	const textWords = foldText(text).split(' ').filter(Boolean);
	const textFigures = figuresIn(text, language);
	const textNumbers = new Set<number>(textFigures);
	const textMonths = new Set<number>();
	for (const match of text.matchAll(NUMERIC_DATE)) {
		textMonths.add(Number(match[2]));
		textNumbers.add(Number(match[1]));
		textNumbers.add(Number(match[3]));
	}
	for (const word of textWords) {
		const month = monthOf(word);
		if (month !== undefined) textMonths.add(month);
		if (/^\d+$/.test(word)) textNumbers.add(Number(word));
	}
	const phraseFigures = figuresIn(phrase, language);
	const phraseOnlyFigure =
		phraseFigures.length > 0 &&
		!/\p{L}{2,}/u.test(phrase.replace(/proc\.?|mln|mld|tys\.?|bn|zł/giu, ''));
	if (phraseOnlyFigure)
		return phraseFigures.every((value) =>
			[...textNumbers].some((found) => sameValue(found, value))
		);
	for (const word of foldText(phrase).split(' ').filter(Boolean)) {
		if (STOPWORDS.has(word)) continue;
		if (/^\d+$/.test(word)) {
			if (![...textNumbers].some((found) => sameValue(found, Number(word)))) return false;
			continue;
		}
		const month = monthOf(word);
		if (month !== undefined && textMonths.has(month)) continue;
		if (!textWords.some((found) => sameStem(found, word))) return false;
	}
	return true;
}

/**
 * Whether the evidence states a key: the key itself, or for a list of names ("Rosja i Korea
 * Północna") each of them, a name counting as stated by any alias the module gives it.
 */
function keyStated(evidence: string, key: string, context: CheckContext): boolean {
	const { language } = context;
	const stated = (part: string) => {
		if (states(evidence, part, language)) return true;
		const entity = context.entities?.find(
			(candidate) => foldText(candidate.name) === foldText(part)
		);
		return entity?.aliases.some((alias) => states(evidence, alias, language)) ?? false;
	};
	if (stated(key)) return true;
	const parts = key.split(/,\s+|\s+(?:i|oraz|and)\s+/u).filter(Boolean);
	return parts.length > 1 && parts.every(stated);
}

// ---------------------------------------------------------------------------------------
// Clutter

const CLUTTER: readonly RegExp[] = [
	/\bZOBACZ\b/,
	/\bZobacz (też|także|również|wideo|więcej)\b/iu,
	/\bCzytaj (także|też|również|więcej|dalej)\b/iu,
	/\bPolecamy:/u,
	/\bSee also\b/i,
	/\bRead more\b/i,
	/\bRelated:/,
	/(^|\s)Fot\.\s/u,
	/\bFoto:/iu,
	/\bPhotograph:/i,
	/\bPhoto:/i,
	/\b(Getty Images|Shutterstock|PA Images|AFP\/|EPA\/)/,
	/\b(Dodano|Aktualizacja|Opublikowano|Data publikacji|Updated|Published):?\s+\d/iu,
	/(^|\s)oprac\.\s/iu,
	/\bautor:\s/iu,
	/(^|[\s"„“])By [\p{Lu}][\p{Ll}]+ [\p{Lu}]/u,
	/\b(Correspondent|Science Editor|Media Editor)\b/,
	/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w* \d{1,2} \p{L}+ \d{4}\b/u,
	/\bŹródło:/u,
	/\((PAP|AFP|Reuters|AP|PA)\)/,
	/\b(PAP|AFP|PA)\//,
	/\b(Reporting by|Editing by|Additional reporting|contributed to this report)\b/i,
	/https?:\/\/|\bwww\.\S/i,
	/\[(KALKULATOR|WIDEO|VIDEO|ZDJĘCIA|GALERIA|MAPA|SONDA)\]/iu,
	/©/
];
/** An agency's name alone as an option or a name: a byline, never an answer. */
const AGENCY_WORD = /(^|\s)(PAP|AFP|Reuters)(\s|$)/;

/** Runs of three or more digit groups: a telephone number, or thousands written apart. */
const DIGIT_GROUP_RUN = /(?<![\d.,]|\d[ \u00a0-])\d{2,5}(?:[ \u00a0-]\d{2,5}){2,}(?![.,]?\d)/gu;

/** A number to call: "tel. 123 456 789" is a mobile's nine digits, grouped like a million. */
const CALLED_NUMBER =
	/(?:^|[\s(])(?:tel\.|telefon\p{L}*|numer\p{L}*|call|phone|ring)\s*:?\s*(?:\+\d{2}\s?)?\d{3}[ \u00a0-]?\d{3}[ \u00a0-]?\d{3}(?!\d)/iu;

/**
 * Whether the text holds a telephone number: "01873 850 412", "pod numerem 87 428 31 10".
 * Service information no question is about, and a sentence carrying it reads as a notice, not
 * news; the rule is the one extraction reads figures by (nine to twelve digits in groups of
 * two to five, opening with a 0 or not all thousands), so "1 250 000 zł" is no telephone.
 */
export function holdsPhoneNumber(text: string): boolean {
	if (CALLED_NUMBER.test(text)) return true;
	return [...text.matchAll(DIGIT_GROUP_RUN)].some(([run]) => {
		const groups = run.split(/[ \u00a0-]/u);
		const digits = groups.join('').length;
		return (
			digits >= 9 &&
			digits <= 12 &&
			(groups[0]?.startsWith('0') === true || groups.slice(1).some((group) => group.length !== 3))
		);
	});
}

function hasClutter(text: string): boolean {
	return CLUTTER.some((pattern) => pattern.test(text)) || holdsPhoneNumber(text);
}

/** Whether an option or a name is clutter: a byline, a caption, an agency's name alone. */
export function isClutterOption(text: string): boolean {
	return hasClutter(text) || AGENCY_WORD.test(text);
}

// ---------------------------------------------------------------------------------------
// Prompts

const QUESTION_WORDS: Record<Language, RegExp> = {
	pl: /^(ile|ilu|ilo|iloma|iloma|kto|kogo|komu|kim|co|czego|czemu|czym|gdzie|skąd|dokąd|kiedy|jak|jaki|jaka|jakie|jakiego|jakiej|jakim|jakich|jaką|jakimi|który|która|które|którego|której|którym|których|którą|którzy|czy|dlaczego|podaj|wymień|wskaż|napisz)$/iu,
	en: /^(what|who|whom|whose|which|when|where|why|how|name|give|list|is|are|was|were|did|does|do|has|have|had|will|would|can|could)$/i
};

/** Words that cannot end a question: it stops where a figure or a name was cut out. */
const DANGLING: Record<Language, ReadonlySet<string>> = {
	pl: new Set([
		// "za" stands last in "głosowało za", so a rule of its own decides it.
		...foldedPrepositions(POLISH_PREPOSITIONS, ['za']),
		'i',
		'oraz',
		'a',
		'lub',
		'albo',
		'ani',
		'czyli',
		'że',
		'który',
		'która',
		'które',
		'których',
		'wysokości',
		'kwocie',
		'kwotę',
		'wartości',
		'poziomie',
		'liczbie'
	]),
	// English strands prepositions ("Which city is it based in?"), so none of them is here.
	en: new Set([
		'and',
		'or',
		'but',
		'the',
		'a',
		'an',
		'than',
		'nearly',
		'almost',
		'totalling',
		'least'
	])
};

/** Personal pronouns, which a question cut from an article leaves without their person. */
const PRONOUNS: Record<Language, ReadonlySet<string>> = {
	pl: new Set(['on', 'ona', 'ono', 'oni', 'one', 'niej', 'nim', 'niego', 'nią', 'niemu', 'nich']),
	en: new Set(['he', 'she', 'they', 'him', 'them'])
};

/** Conjunctions that open a subordinate clause, which cannot follow a question word. */
const SUBORDINATORS: Record<Language, ReadonlySet<string>> = {
	pl: new Set([
		'zanim',
		'gdy',
		'kiedy',
		'jesli',
		'jezeli',
		'ze',
		'bo',
		'poniewaz',
		'choc',
		'chociaz',
		'aby',
		'zeby',
		'gdyz',
		'dopoki',
		'skoro',
		'odkad',
		'niz'
	]),
	en: new Set([
		'before',
		'after',
		'when',
		'while',
		'because',
		'although',
		'if',
		'since',
		'until',
		'unless',
		'whereas'
	])
};

/** Possessives that need a person named before them in the question. */
const POSSESSIVES: Record<Language, ReadonlySet<string>> = {
	pl: new Set(['jego', 'jej', 'ich']),
	// "their" and "its" stand as often for a thing the question names ("people… their homes").
	en: new Set(['his', 'her'])
};

/** Folded connectives that tie a sentence to the one before it: "tymczasem", "however". */
const CONNECTIVES: Record<Language, RegExp> = {
	pl: /^(?:tymczasem|natomiast|zas|jednak|jednakze|zarazem)$/u,
	en: /^(?:meanwhile|however|nevertheless|nonetheless)$/u
};

const CONJUNCTIONS: Record<Language, ReadonlySet<string>> = {
	pl: new Set(['i', 'oraz', 'a', 'lub', 'albo']),
	en: new Set(['and', 'or', 'but'])
};

/** A phrase that needs a figure after it, followed by none: "w wysokości oraz", "worth and". */
const FIGURE_PHRASE: Record<Language, RegExp> = {
	pl: /\b(w wysokości|w kwocie|o wartości|na kwotę|na poziomie|o długości|w liczbie)\s*(oraz|i|a|,|\?|$)/iu,
	en: /\b(worth|totalling|amounting to|a total of)\s*(and|or|,|\?|$)/i
};

const AUXILIARIES = new Set([
	'is',
	'are',
	'was',
	'were',
	'has',
	'have',
	'had',
	'will',
	'would',
	'can',
	'could',
	'did',
	'does',
	'do',
	'should',
	'may',
	'might',
	'must',
	'been',
	'be'
]);

const GAP = /_{3,}/;

/** The question proper: the prompt without the "choose one" words a generator adds. */
function questionPart(prompt: string, language: Language): string {
	const phrases = QUIZ_PHRASES[language];
	let text = collapse(prompt);
	for (const suffix of [phrases.chooseOne, phrases.chooseAll]) {
		if (text.endsWith(suffix)) text = text.slice(0, -suffix.length).trim();
	}
	return text;
}

/**
 * "Jego kadencja potrwa _____", "Na jego biurku czeka…": a sentence shown alone whose opening
 * words point back to a person the sentence before named.
 */
function opensOnPossessive(sentence: string, language: Language): boolean {
	const opening = collapse(sentence)
		.replace(/^[„"“]/u, '')
		.split(' ')
		.slice(0, 3);
	return opening.some((word) => POSSESSIVES[language].has(foldText(word)));
}

/**
 * "Najdroższa opiewała na…": a Polish sentence whose subject is a superlative or an ordinal
 * standing for a noun of the sentence before (the dearest *offer*), its verb right after.
 */
const ELIDED_NOUN_OPENING =
	/^(?:Naj\p{Ll}+|Pierwsz\p{Ll}+|Drug\p{Ll}+|Ostatni\p{Ll}*|Kolejn\p{Ll}+|Pozosta\p{Ll}+)\s+(?:\p{Ll}+(?:ł|ła|ło|li|ły)|jest|są|ma|mają|będzie|będą)(?![\p{L}])/u;

/**
 * "Pierwszy, zalew w Kraśniku, ma 56 ha": an ordinal or an adjective alone before a comma or a
 * dash, the noun it qualifies (the first *reservoir*) left in the sentence before.
 */
const ELIDED_NOUN_BEFORE_APPOSITION =
	/^(?:Pierwsz(?:y|a|e|i)|Drug(?:i|a|ie)|Trzeci(?:a|e)?|Czwart(?:y|a|e)|Kolejn(?:y|a|e|i)|Ostatni(?:a|e)?|Now(?:y|a|e|i)|Pozostał(?:y|a|e|i))\s*[,–—]/u;

function opensOnElidedNoun(sentence: string, language: Language): boolean {
	const opening = collapse(sentence).replace(/^[„"“…]+/u, '');
	return (
		language === 'pl' &&
		(ELIDED_NOUN_OPENING.test(opening) || ELIDED_NOUN_BEFORE_APPOSITION.test(opening))
	);
}

/**
 * "To o 800 tys. zł mniej…", "Resztę, czyli 1,6 mln zł, dołożyła…", "That is £300,000 less…",
 * "The rest came from…": a sentence whose subject or object is "that" or "the rest" of what the
 * sentence before said; shown alone, less than what, the rest of what, it does not say.
 */
const OPENING_REFERENCE: Record<Language, RegExp> = {
	// "To zły dzień" in a quotation points at the day it names; "To o 800 tys. zł mniej", "To
	// oznacza…", "To 40 proc. więcej" at the sentence before.
	pl: /^(?:To\s+(?:o|ponad|prawie|około|ok\.|aż|tylko|zaledwie|niemal|blisko|więcej|mniej|oznacza|oznacza\p{Ll}*|daje|dało|stanowi|kosztuje|kosztowało|sprawia|sprawi|pozwala|pozwoli|pozwoliło|wystarczy|wynosi|wyniesie|przekłada|\p{Ll}{3,}uje|jed\p{Ll}+|naj\p{Ll}+|[\d_])|(?:(?:Na|Z|Do|Za|W|O)\s+)?[Rr]eszt\p{Ll}*(?![\p{L}]))/u,
	// "That adds up to…", "This covers…": a pronoun before its verb; "This year", "This scheme
	// will…" and "This news" are a determiner before a noun (the demonstrative rule's).
	en: /^(?:(?:That|This)(?:['’]s\b|\s+(?:is|was|will|would|could|can|may|might|has|had|means|meant|(?!(?:news|series|species|lens|bus|gas|campus|process|class|business|address|access|success|crisis|status|basis)\b)\p{Ll}+(?<![su]s)s|\p{Ll}{2,}ed)\b)|(?:Of\s+)?[Tt]he\s+(?:rest|remainder|balance|remaining)\b)/u
};

/**
 * "Ma 780 m kw. powierzchni…", "Liczy _____ mieszkańców": a Polish sentence opening, past at
 * most a time, on a present verb of having or measuring with its figure next: what has it, the
 * sentence before named.
 */
const POLISH_PRESENT_OF_AMOUNT =
	/^(?:ma|mają|liczy|liczą|mierzy|mierzą|waży|ważą|kosztuje|kosztują|zatrudnia|zatrudniają|obejmuje|obejmują|mieści|mieszczą|pomieści|pomieszczą|posiada|posiadają|zajmuje|zajmują|wynosi|wynoszą|potrwa|potrwają|przyjmie|przyjmą)$/u;

function opensOnReference(sentence: string, language: Language): boolean {
	const text = collapse(sentence).replace(/^[„"“‘…\s–—-]+/u, '');
	if (OPENING_REFERENCE[language].test(text)) return true;
	if (language !== 'pl') return false;
	const words = text.split(' ').map((word) => word.toLowerCase().replace(/[,;:!?"„”()]+$/gu, ''));
	let at = 0;
	while (at < words.length && at < 6 && POLISH_TIME_OPENING.test(words[at] as string)) at++;
	if (!POLISH_PRESENT_OF_AMOUNT.test(words[at] ?? '')) return false;
	const next = words[at + 1] ?? '';
	const then = words[at + 2] ?? '';
	const modifier = /^(?:ok\.?|około|ponad|prawie|blisko|niemal|niespełna|aż|tylko|zaledwie)$/u;
	return /^(?:\d|_{3,})/u.test(next) || (modifier.test(next) && /^(?:\d|_{3,})/u.test(then));
}

/**
 * Whether a sentence shown alone leans on the one before it: a possessive or pronoun naming
 * no one, an elided noun.
 */
function pointsBack(sentence: string, language: Language): boolean {
	return (
		REPORTED_UNNAMED[language].test(collapse(sentence)) ||
		POINTING_BACK_TO_PLACE[language].test(sentence) ||
		POINTING_BACK_IN_TIME[language].test(sentence) ||
		pointsBackAnywhere(sentence, language) ||
		subjectLeftBefore(sentence, language) ||
		verbWithoutSubject(sentence, language) ||
		pointsBackUnnamed(sentence, language) ||
		opensOnElidedNoun(sentence, language) ||
		opensOnReference(sentence, language) ||
		opensOnBareInstitution(sentence, language) ||
		figureSaysNothing(sentence) ||
		pointsBackByDemonstrative(sentence, language, OPENING_WORDS) ||
		firstPersonUnnamed(sentence, language) ||
		opensOnReportingVerb(sentence, language) ||
		(language === 'en' && (pointsBackInEnglish(sentence) || quotesUnnamedSpeaker(sentence))) ||
		(language === 'pl' && (closesOnBareVerb(sentence) || pointsBackToPolishPlace(sentence)))
	);
}

/** Polish nouns of an institution that, alone, stand for one the article named elsewhere. */
const POLISH_BARE_INSTITUTION = /^(?:Resort|Urząd|Spółka|Gmina|Ministerstwo|Starostwo|Samorząd)$/u;

/** Verbs of what an institution says, plans or pays, which follow it as its subject. */
const POLISH_INSTITUTION_VERB =
	/^(?:planuje|planują|szacuje|informuje|poinformował|poinformowała|poinformowało|deklaruje|proponuje|zaproponował|zaproponowała|zaproponowało|zapowiada|zapowiedział|zapowiedziała|zapowiedziało|chce|ma|musi|może|podaje|podał|podała|podało|przekazał|przekazała|przekazało|zapewnia|wylicza|twierdzi|przeznaczy|przeznaczył|przeznaczyła|przeznaczyło|wyda|wydał|wydała|wydało|zapłaci|dołoży|otrzyma|otrzymał|otrzymała|otrzymało|dostanie|dostał|dostała|dostało|przyznaje|przyznał|przyznała|przyznało|ogłosił|ogłosiła|ogłosiło|zamierza|szacuje|odpowiada|odpowiedział|odpowiedziała|odpowiedziało|zapłaciła|zapłaciło|zapłacił)$/u;

/** Owners a budget may be named by after it: "w budżecie gminy", "z budżetu państwa". */
const POLISH_BUDGET_OWNER =
	/^(?:gminy|miasta|powiatu|województwa|państwa|spółki|szpitala|resortu|ministerstwa|samorządu|uczelni|szkoły|sołectwa|unii|ue)$/u;

/**
 * "Resort zapowiada dopłatę…", "W budżecie na 2027 r. zapisano…": a Polish sentence opening on
 * a bare noun of an institution as its subject, or on a budget no word of the sentence says
 * whose it is; which ministry, whose budget, the article said elsewhere.
 */
function opensOnBareInstitution(sentence: string, language: Language): boolean {
	if (language !== 'pl') return false;
	const raw = collapse(sentence)
		.replace(/^[„"“…\s–—-]+/u, '')
		.split(' ');
	const words = raw.map((word) => word.toLowerCase().replace(/[,.;:!?"„”()]+$/gu, ''));
	if (POLISH_BARE_INSTITUTION.test(raw[0] ?? ''))
		return POLISH_INSTITUTION_VERB.test(words[1] ?? '') && /^\p{Ll}/u.test(raw[1] ?? '');
	if (!/^(?:w|z|ze|do)$/u.test(words[0] ?? '') || !/^budże(?:cie|tu)$/u.test(words[1] ?? ''))
		return false;
	return (
		!POLISH_BUDGET_OWNER.test(words[2] ?? '') && !raw.slice(1).some((word) => /^\p{Lu}/u.test(word))
	);
}

/**
 * "Businesses will receive £150.", "Dostaną 300 zł.": a sentence of a few words closing on its
 * figure, no noun after it saying what the figure counts, and too short to say what it is for.
 */
const FEW_WORDS = 6;

function figureSaysNothing(sentence: string): boolean {
	const words = collapse(sentence)
		.replace(/[.!?…]+$/u, '')
		.split(' ');
	if (words.length >= FEW_WORDS) return false;
	const last = words.slice(-2).join(' ');
	// A gap alone may be of a noun ("Ogień objął _____."): only a sum's gap is a figure's.
	return /(?:^|\s)(?:[£$€]\s?(?:\d[\d.,]*|_{3,})(?:m|bn|k|p)?|(?:\d[\d.,]*|_{3,})\s(?:zł|złotych|euro|tys\.?|mln|mld)|\d[\d.,]*)$/u.test(
		last
	);
}

/** Polish verbs of thinking that, like those of saying, open a sentence whose subject is dropped. */
const POLISH_THINKING_VERB =
	/^(?:sądzi|sądził|sądziła|sądzą|myśli|myślał|myślała|liczy|liczył|liczyła|wierzy|wierzył|wierzyła|obawia|obawiał|obawiała|obawiają|spodziewa|spodziewał|spodziewała|spodziewają|deklaruje|deklarował|deklarowała|zastrzega|zastrzegł|zastrzegła|szacuje|szacował|szacowała|przewiduje|przewidywał|przewidywała|podaje|podał|podała|pisze|pisał|pisała|zaznacza|zaznaczył|zaznaczyła|podkreśla|podkreślił|podkreśliła)$/u;

/** Reflexive verbs whose "się" is their own, not the impersonal "Mówi się, że…". */
const POLISH_REFLEXIVE_REPORTING =
	/^(?:obawia|obawiał|obawiała|obawiają|spodziewa|spodziewał|spodziewała|spodziewają)$/u;

/** Words that may stand between an opening verb and its "że" without being its subject. */
const POLISH_FILLER_AFTER_VERB =
	/^(?:też|także|również|jednak|zaś|natomiast|przy|tym|zresztą|jeszcze|ponadto|dodatkowo|wprost|otwarcie|jednocześnie)$/u;

/**
 * "Zapewnia też, że prace…", "Dodaje, że…", "Przyznał, iż…": a Polish sentence opening on a
 * verb of saying or thinking, its subject dropped, so who says it only the sentence before
 * told. "Mówi się, że…" says it of no one; "Zapewnia też wójt, że…" names them.
 */
function opensOnReportingVerb(sentence: string, language: Language): boolean {
	if (language !== 'pl') return false;
	const raw = collapse(sentence)
		.replace(/^[„"“…\s–—-]+/u, '')
		.split(' ');
	const words = raw.map((word) => word.toLowerCase().replace(/[,.;:!?"„”()]+$/gu, ''));
	const verb = words[0] ?? '';
	if (!POLISH_QUOTE_VERB.test(verb) && !POLISH_THINKING_VERB.test(verb)) return false;
	for (let at = 1; at < raw.length; at++) {
		const previous = raw[at - 1] as string;
		const word = words[at] as string;
		if (/:$/u.test(previous)) return true;
		if (/,$/u.test(previous)) return /^(?:że|iż|aby|by|żeby)$/u.test(word);
		if (/^(?:że|iż)$/u.test(word)) return true;
		if (
			word === 'się' ? !POLISH_REFLEXIVE_REPORTING.test(verb) : !POLISH_FILLER_AFTER_VERB.test(word)
		)
			return false;
	}
	return false;
}

/** What follows an opening "There" that only says something exists: "There are 40 beds". */
const EXISTENTIAL_VERB =
	/^(?:is|are|was|were|will|would|could|can|may|might|must|should|has|have|had|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|used|being|be|'s)$/u;

/** Words after which an "it" is a clause's subject, not an object: "said it would", "as it". */
const BEFORE_SUBJECT_IT =
	/^(?:that|and|but|or|because|if|when|as|so|said|says|what|where|whether|than|while|until|before|after|since|though|although|once|unless|how|why)$/u;

/** Words opening a phrase fronted before an English main clause: "Without the rise, it…". */
const FRONTED_OPENER =
	/^(?:without|with|after|before|despite|under|in|on|by|if|unless|although|though|because|when|once|since|until|while|for)$/u;

/** Words after an "it" that make it a subject: "it would", "it opened". */
const AFTER_SUBJECT_IT =
	/^(?:is|was|will|would|could|can|has|had|did|does|should|may|might|must|remains|\p{Ll}+ed)$/u;

/** Plural nouns of what a service or a place offers: tickets for what, spaces where. */
const ENGLISH_OWNED_PLURAL =
	/^(?:tickets|places|spaces|fares|seats|prices|charges|fees|permits|passes|rooms|pitches|plots)$/u;

/** What a clause's verb may open with after its subject: "would", "will cost", "rose". */
const ENGLISH_CLAUSE_VERB =
	/^(?:would|will|could|can|may|might|must|should|are|were|have|had|cost|costs|start|started|rise|rose|fall|fell|go|went|\p{Ll}+ed)$/u;

/** Verbs that report a clause whose subject comes right after them (with "that" or not). */
const ENGLISH_REPORTING_VERB =
	/^(?:said|says|told|added|adds|expects|expected|confirmed|confirms|announced|announces|estimated|estimates|believes|believed|warned|warns|claimed|claims|stated)$/u;

/**
 * "Cornwall Council said tickets would cost £3 return.": a bare plural of what a service or a
 * place offers, as the subject of the sentence or of the clause a reporting verb opens, with
 * nothing saying whose it is ("tickets for the new service", "its tickets"): which tickets, only
 * the sentence before told.
 */
function ownerlessPlural(words: readonly string[]): boolean {
	// "…tickets would cost £12, and the theatre…": a noun phrase of the sentence may own them.
	if (words.some((word) => /^(?:the|its|their|his|her|this|these|our)$/u.test(word))) return false;
	return words.some((word, index) => {
		if (!ENGLISH_OWNED_PLURAL.test(word)) return false;
		const before = words[index - 1];
		const opens =
			index === 0 ||
			ENGLISH_REPORTING_VERB.test(before ?? '') ||
			(before === 'that' && ENGLISH_REPORTING_VERB.test(words[index - 2] ?? ''));
		return opens && ENGLISH_CLAUSE_VERB.test(words[index + 1] ?? '');
	});
}

/**
 * "Some 1,200 children have lessons there every week", "Councillors voted to close it for good":
 * an adverbial "there" or an object "it" that stands for a place or a thing only the sentence
 * before named. A name before it ("in Leeds… there") or a noun phrase past the subject ("bought
 * the old mill… to sell it") gives it something to stand for.
 */
function pointsBackInEnglish(sentence: string): boolean {
	const raw = collapse(sentence)
		.replace(/^[\s"“‘'…]+/u, '')
		.split(' ');
	const words = raw.map((word) => word.toLowerCase().replace(/^[("“‘']+|[,.;:!?"”’')]+$/gu, ''));
	if (ownerlessPlural(words)) return true;
	// "in Leeds … there" names a place; "Leeds City Council … there" names who acts.
	const placeNamedBefore = (index: number) =>
		raw
			.slice(1, index)
			.some(
				(word, at) =>
					/^\p{Lu}/u.test(word) &&
					!ENGLISH_OPENING_PHRASE.test(word.toLowerCase().replace(/[,.;:]+$/u, '')) &&
					ENGLISH_PLACE_PREPOSITION.test(words[at] ?? '')
			);
	// The words naming the subject that opens the sentence ("Network Rail", "In Leeds, the"):
	// a name among them names who acts, never what an object pronoun after them stands for.
	let subjectEnd = 0;
	while (
		subjectEnd < raw.length &&
		(/^\p{Lu}/u.test(raw[subjectEnd] as string) ||
			/^(?:of|the|and|&)$/u.test(words[subjectEnd] as string))
	)
		subjectEnd++;
	const namedAsObject = (index: number) =>
		raw
			.slice(Math.max(1, subjectEnd), index)
			.some(
				(word) =>
					/^\p{Lu}/u.test(word) &&
					!ENGLISH_TITLE.test(word) &&
					!ENGLISH_OPENING_PHRASE.test(word.toLowerCase().replace(/[,.;:]+$/u, ''))
			);
	const phraseBefore = (index: number) =>
		words.slice(2, index).some((other) => /^(?:the|a|an|this|its|their|his|her)$/u.test(other));
	return words.some((word, index) => {
		// "The busiest of them", "any of them", "will sell them": a plural the sentence before
		// named, unless a phrase past the subject ("bought 12 buses and will sell them") gives it.
		if (word === 'them')
			return !phraseBefore(index) && figuresBefore(words, index) === 0 && !namedAsObject(index);
		// "How many beds are there…?" asks what exists.
		if (word === 'there')
			return (
				!EXISTENTIAL_VERB.test(words[index + 1] ?? '') &&
				!EXISTENTIAL_VERB.test(words[index - 1] ?? '') &&
				!placeNamedBefore(index)
			);
		// "The school then had 300 pupils": then, when the sentence before said. "…at first, then
		// move", "and then" and "if …, then" order what the sentence itself says.
		if (word === 'then')
			return (
				!/,$/u.test(raw[index - 1] ?? '') &&
				!/^(?:and|or|but|since|until|till|by|from|before|after|than)$/u.test(
					words[index - 1] ?? ''
				) &&
				!words.slice(0, index).includes('if')
			);
		if (word !== 'it' || index === 0) return false;
		// "Without the cuts, it would have faced a gap of £4m": the subject of the main clause
		// after a fronted phrase, which is not what it stands for.
		if (
			/,$/u.test(raw[index - 1] ?? '') &&
			FRONTED_OPENER.test(words[0] ?? '') &&
			!ENGLISH_IMPERSONAL_IT.test(words.slice(index).join(' '))
		)
			return true;
		if (BEFORE_SUBJECT_IT.test(words[index - 1] ?? '')) return false;
		if (AFTER_SUBJECT_IT.test(words[index + 1] ?? '')) return false;
		return !phraseBefore(index) && !namedAsObject(index);
	});
}

/**
 * "'Four years without a pool is too long,' she said.": a quotation whose only speaker is a
 * pronoun, who said it the sentence before told.
 */
export function quotesUnnamedSpeaker(sentence: string): boolean {
	const text = collapse(sentence);
	return (
		/[,.!?…]['"”’]\s+(?:he|she|they)\s+(?:said|says|added|adds|explained|warned|told|insisted|admitted|argued|continued|claimed|stressed|noted|recalled)\b/iu.test(
			text
		) || /['"”’]\s+(?:said|added|says)\s+(?:he|she)\b/iu.test(text)
	);
}

/**
 * Verbs that close a Polish quotation ("– … – dodaje.", "– … – mówiła Anna Wrona."), in the
 * present and the past.
 */
export const POLISH_QUOTE_VERB =
	/^(?:mówi(?:ł|ła|li|ły|ą)?|powiedzia(?:ł|ła|li|ły)|doda(?:je|ją|ł|ła|li|ły|wał|wała)|podkreśl(?:a|ają|ał|ała|ił|iła|ili)|wylicza(?:ją|ł|ła)?|wyliczy(?:ł|ła)|przyzna(?:je|ją|ł|ła|li|wał|wała)|tłumacz(?:y|ą|ył|yła|yli)|zaznacz(?:a|ają|ał|ała|ył|yła|yli)|zapewni(?:a|ają|ał|ała|ł|ła|li)|oceni(?:a|ają|ał|ała|ł|ła|li)|wyjaśni(?:a|ają|ał|ała|ł|ła|li)|twierdz(?:i|ą|ił|iła)|stwierdz(?:a|ił|iła)|opowiada(?:ją|ł|ła)?|zauważ(?:a|ył|yła)|przekonuj(?:e|ą)|przekonywa(?:ł|ła)|przypomina(?:ł|ła)?|przypomnia(?:ł|ła)|komentuj(?:e|ą)|skomentowa(?:ł|ła)|ostrzega(?:ł|ła)?|apeluj(?:e|ą)|apelowa(?:ł|ła)|zapowiada(?:ł|ła)?|zapowiedzia(?:ł|ła)|podsumowuj(?:e|ą)|podsumowa(?:ł|ła)|wskazuj(?:e|ą)|wskaza(?:ł|ła)|uważa(?:ł|ła)?|wspomina(?:ł|ła)?|zdradza(?:ł|ła)?|kwituj(?:e|ą)|skwitowa(?:ł|ła)|dopowiada(?:ł|ła)?|relacjonuj(?:e|ą)|informuj(?:e|ą)|poinformowa(?:ł|ła)|śmieje|śmiał|śmiała|przekonuje)$/u;

/** The words after a closing verb that name no one: "z uśmiechem", "się", "zgodnie". */
const NAMELESS_AFTER_VERB = /^(?:się\s+)?(?:(?:z|ze)\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Ll}+nie)?$/u;

/** "– … – dodaje.": the attribution at the end of a Polish quotation, and what follows its verb. */
function closingAttribution(sentence: string): { verb: string; rest: string } | undefined {
	const text = collapse(sentence).replace(/[”"»]+$/u, '');
	const match = /\s[-–—]\s+(\p{Ll}+)((?:\s+(?![-–—](?:\s|$))\S+)*?)\s*[.!?…]*$/u.exec(text);
	if (!match || !POLISH_QUOTE_VERB.test(match[1] as string)) return undefined;
	return { verb: match[1] as string, rest: (match[2] ?? '').trim().replace(/[.!?…,]+$/u, '') };
}

/**
 * "– Woda spływa teraz rynnami – dodaje.": a Polish quotation closed by its verb alone, whose
 * speaker only the sentence before named. "– dodaje wójt Nowak", "– podkreśla burmistrz" name
 * them (a function names someone enough).
 */
export function closesOnBareVerb(sentence: string): boolean {
	const attribution = closingAttribution(sentence);
	return attribution !== undefined && NAMELESS_AFTER_VERB.test(attribution.rest);
}

/**
 * "Policzcie sami – mówi Krzysztof Szymczak.": the last sentence of a Polish quotation whose
 * opening dash stood sentences before; shown alone, what it says of is cut away.
 */
export function isQuotationTail(sentence: string): boolean {
	return !/^[\s„"“]*[-–—]/u.test(sentence) && closingAttribution(sentence) !== undefined;
}

/** Whether a Polish sentence ends on an attribution that names someone: "– mówi Jan Nowak.". */
export function namesItsSpeaker(sentence: string): boolean {
	const attribution = closingAttribution(sentence);
	return attribution !== undefined && !NAMELESS_AFTER_VERB.test(attribution.rest);
}

/**
 * The paragraph of the article holding `evidence`, when it is direct speech ("– …") and the
 * evidence lies inside the quotation: before the attribution that closes it, or in a paragraph
 * with none.
 */
export function quoteParagraphOf(evidence: string, article: string): string | undefined {
	const sentence = collapse(evidence);
	const paragraph = article
		.split('\n')
		.map(collapse)
		.find((line) => line.includes(sentence));
	if (paragraph === undefined || !/^[-–—]\s/u.test(paragraph)) return undefined;
	const at = paragraph.indexOf(sentence);
	const close = [...paragraph.matchAll(/\s[-–—]\s+(\p{Ll}+)/gu)].find((match) =>
		POLISH_QUOTE_VERB.test(match[1] as string)
	);
	if (close !== undefined && (close.index ?? 0) < at) return undefined;
	return paragraph;
}

/**
 * "Ojciec zaczynał od jednego pieca i _____ pracowników." from "– Ojciec zaczynał od jednego
 * pieca…", or a sentence in the middle of a paragraph of direct speech: words of someone the
 * shown sentence does not name, which only the rest of the paragraph or the one before tells.
 * A shown sentence that ends on "– mówi Marek Sowiński." names them.
 */
export function speakerUnnamed(shown: string, evidence: string, context: CheckContext): boolean {
	if (context.language !== 'pl') return false;
	if (closesOnBareVerb(shown)) return true;
	if (namesItsSpeaker(shown)) return false;
	if (/^[„"“]?\s*[-–—]\s/u.test(collapse(evidence)) && !namesItsSpeaker(evidence)) return true;
	return context.article !== undefined && quoteParagraphOf(evidence, context.article) !== undefined;
}

/**
 * The sentence as the article may print it when a question named its speaker: "… – mówi
 * Marek Sowiński." for "…." or "… – mówi.".
 */
function unnamedForms(sentence: string): string[] {
	const forms = [sentence];
	const attribution = /\s[-–—]\s+(\p{Ll}+(?:\s+się)?)\s+((?:\p{Lu}[\p{L}-]*\s*)+)([.!?…]*)$/u.exec(
		sentence
	);
	if (attribution && POLISH_QUOTE_VERB.test((attribution[1] as string).split(' ')[0] as string)) {
		const before = sentence.slice(0, attribution.index);
		forms.push(`${before} – ${attribution[1]}${attribution[3]}`);
		forms.push(`${before}${attribution[3] || '.'}`, before);
	}
	// '"…," Owen Pritchard said.' for '"…," he said.'
	const english = /^(.*[,.!?…]['"”’]\s+)(?:\p{Lu}[\p{L}'’-]*\s+)+(\p{Ll}+[.!?]?)$/u.exec(sentence);
	if (english)
		for (const pronoun of ['he', 'she']) forms.push(`${english[1]}${pronoun} ${english[2]}`);
	return forms;
}

/** Prepositions of a Polish place phrase: "w Kielcach", "nad Biebrzą", "przy szkole". */
const POLISH_LOCATIVE_PREPOSITION = /^(?:w|we|na|nad|pod|przy|koło|obok|u)$/u;

/** Nouns after "w" or "na" that say how or how much, not where: "w ramach", "na koniec". */
const NOT_A_PLACE =
	/^(?:tym|tej|ciągu|sumie|ramach|wysokości|kwocie|latach|czasie|sprawie|ogóle|końcu|koniec|wyniku|przypadku|związku|trakcie|razie|formie|celu|pewno|przykład|przyszłość|początku|zamian|rzecz|podstawie|mocy|miejsce|wiosnę|lato|jesień|zimę)$/u;

/**
 * "Od 2027 r. firma ma tam wypiekać 21 ton pieczywa", "Gmina Tomice buduje tam 31 km kanałów",
 * "Wodniczka wróci tu za pięć lat": a "tam" or "tu" standing for a place only the sentence
 * before named. A place named before it ("W Kielcach … tam") gives it one, a name of who acts
 * ("Gmina Tomice") does not; "tam, gdzie" points ahead, "tu i tam" nowhere.
 */
function pointsBackToPolishPlace(sentence: string): boolean {
	const raw = collapse(sentence)
		.replace(/^[„"“–—\s-]+/u, '')
		.split(' ');
	const bare = (word: string | undefined) =>
		(word ?? '').replace(/^[„"“(]+|[,.;:!?"”)]+$/gu, '').toLowerCase();
	// "W Kielcach … tam", "…, że w małych szkołach … kosztuje tam": a place phrase, named or not,
	// unless it only says where a name is ("Gmina Tomice w powiecie wadowickim buduje tam").
	const placeNamedBefore = (index: number) =>
		raw.slice(0, index).some((word, at) => {
			const next = raw[at + 1] ?? '';
			if (!POLISH_LOCATIVE_PREPOSITION.test(bare(word)) || at + 1 >= index) return false;
			if (/^\p{Lu}/u.test(next)) return true;
			return (
				/^\p{Ll}/u.test(next) &&
				!NOT_A_PLACE.test(bare(next)) &&
				!POLISH_TIME_OPENING.test(bare(next)) &&
				!/^\p{Lu}/u.test(raw[at - 1] ?? '')
			);
		});
	return raw.some((word, index) => {
		// "TU" is an insurer ("Towarzystwo Ubezpieczeń"), never "here".
		if (!/^(?:[Tt]am|[Tt]u|[Tt]utaj)$/u.test(word.replace(/[,.;:!?"”]+$/u, ''))) return false;
		if (/,$/u.test(word) || /^(?:gdzie|i)$/u.test(raw[index + 1] ?? '')) return false;
		return !placeNamedBefore(index);
	});
}

/**
 * What may come before an English sentence's subject without naming anyone: "In 2027",
 * "Between 2019 and 2023", "On Monday".
 */
const ENGLISH_OPENING_PHRASE =
	/^(?:in|on|at|by|from|between|since|until|after|before|during|and|to|of|the|last|next|early|late|earlier|later|then|instead|however|now|also|meanwhile|still|so|but|year|month|week|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|_{3,}|[£$€]?[\d.,]+\p{L}{0,3})$/u;

const ENGLISH_PLACE_PREPOSITION = /^(?:from|in|at|to|near|across|around|into|outside)$/u;

/** A title before a name: no name itself. */
const ENGLISH_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Rev)\.?,?$/u;

/** Verbs with which an English pronoun only reports what someone said. */
const ENGLISH_SPEECH = /^(?:said|says|added|adds|explained|warned|told)$/u;

/** "It took three years to…", "It is likely that…": an "it" that stands for nothing. */
const ENGLISH_IMPERSONAL_IT =
	/^it (?:(?:is|was|will be|would be|has been|had been) \S+ (?:that|to|for)\b|(?:took|takes|will take|would take|costs?) .*\bto \p{Ll})/u;

/**
 * "He said the group would…", "It is travelling at…", "Between 2016 and 2022 it took in…": an
 * English sentence shown alone whose subject is a pronoun standing for someone or something
 * only the sentence before named.
 */
function opensOnEnglishPronoun(sentence: string): boolean {
	const words = collapse(sentence)
		.replace(/^[\s"“‘'…]+/u, '')
		.split(' ')
		.map((word) => word.toLowerCase().replace(/[,;:!?"”’')]+$/u, ''));
	// "Its data will be made public…": whose, only a name further on ("Its chief executive,
	// Mr Owen Pryor, said…") would tell.
	// A title ("Its mayor, Ms _____, said") is the answer's, and names no owner.
	// A place after "from" or "in" ("…passengers from Inverness") is where, not whose.
	if (/^(?:its|their|his|her)$/u.test(words[0] ?? '')) {
		// The apposition after the opening noun ("Its chief executive, Dr Ann Wood, said") names
		// the person the possessive qualifies, never its owner.
		const raw = collapse(sentence)
			.replace(/^([^,]+),[^,]+,/u, '$1')
			.split(' ');
		return !raw.some(
			(word, index) =>
				index > 0 &&
				/^\p{Lu}/u.test(word) &&
				!ENGLISH_TITLE.test(word) &&
				!ENGLISH_OPENING_PHRASE.test(word.toLowerCase()) &&
				!ENGLISH_PLACE_PREPOSITION.test(raw[index - 1] ?? '') &&
				// "houses in Lisle Lane": a place's later words are still the place's.
				!/^\p{Lu}/u.test(raw[index - 1] ?? '')
		);
	}
	for (const [index, word] of words.entries()) {
		// "She sentenced Daniel Prescott to 12 years" still asks what it says; "He said…" quotes
		// an unnamed speaker, whom the quoted gap leaves out ("…the group would…").
		if (/^(?:he|she|they)$/u.test(word)) return ENGLISH_SPEECH.test(words[index + 1] ?? '');
		if (word === 'it') return !ENGLISH_IMPERSONAL_IT.test(words.slice(index).join(' '));
		if (!ENGLISH_OPENING_PHRASE.test(word)) return false;
	}
	return false;
}

/** "When will it land…?": an English question whose subject "it" the question never names. */
function asksOfEnglishIt(question: string): boolean {
	return /\b(?:will|would|did|does|do|is|was|has|had|can|could|should|must) it\b/iu.test(question);
}

/**
 * "_____ miles (11km) away", "_____ km (3.4 miles) across": the gap's figure given again,
 * converted, in the brackets after it, which gives the answer away.
 */
function gapShowsConversion(sentence: string): boolean {
	// A unit of two words too: "_____ square metres (2,260 sq ft)".
	// "_____ m kw. (0,45 ha)": an abbreviated unit's dots too.
	return /_{3,}\s*(?:[\p{L}/%.²]{1,12}\s*){0,2}\(\s*(?:[~≈]|ok\.|about)?\s*[£$€]?\s*\d/u.test(
		sentence
	);
}

/** A verb that ends a sentence's opening: "Zarówno Moskwa zaprzeczyły tym doniesieniom". */
const SENTENCE_VERB: Record<Language, RegExp> = {
	pl: /^(?:\p{L}+(?:ł|ła|ło|li|ły)|jest|są|będzie|będą|ma|mają|można|trzeba)$/u,
	en: /^(?:is|are|was|were|has|have|had|will|would|can|could|\p{L}+ed)$/u
};

/**
 * Words of a whole sentence in which a demonstrative before its verb points back to the sentence
 * before ("Z tej ilości można…", "Takiej suszy…"); further on it may stand for what the sentence
 * itself said ("…1270 mieszkań, a 312 lokali to mniej niż jedna czwarta tej liczby", "…poparł ten
 * pomysł").
 */
const OPENING_WORDS = 4;

/** Polish demonstratives: "tej liczby", "z tego", "takiej suszy", "ten sam". */
const POLISH_DEMONSTRATIVE =
	/^(?:ten|ta|te|tego|tej|temu|tym|tę|tą|tych|tymi|taki|taka|takie|takiego|takiej|takim|takich|taką|takimi|tamten|tamta|tamte|tamtego|tamtej|tamtych)$/u;
/** What a Polish demonstrative may qualify without pointing back: "w tym roku", "tym razem". */
const POLISH_DEICTIC_TIME =
	/^(?:rok|roku|tygodniu|tygodnia|miesiącu|miesiąca|sezonie|sezonu|kwartale|półroczu|razem|bardziej|pory)$/u;
/** English words that point back with the noun after them: "this figure", "that amount". */
const ENGLISH_DEMONSTRATIVE = /^(?:this|these)$/;
const ENGLISH_REFERENCE_NOUN =
	/^(?:figure|figures|number|numbers|amount|amounts|sum|sums|total|totals|level|rate|money|cash|increase|rise|fall|drop|cut|one|ones)$/;
/** What an English "this" may qualify without pointing back: "this year", "this week". */
const ENGLISH_DEICTIC_TIME =
	/^(?:year|year's|week|week's|month|month's|summer|spring|autumn|winter|season|morning|afternoon|evening|weekend|time)$/;

/**
 * "…to mniej niż jedna czwarta tej liczby", "Z tej kwoty…", "Takiej suszy…", "that figure",
 * "the same amount": a demonstrative standing for what a sentence before said, which the
 * student does not see. "W tym roku", "this year" and "w tym 310 lekarzy" point nowhere.
 */
function pointsBackByDemonstrative(
	sentence: string,
	language: Language,
	reach = Infinity
): boolean {
	const words = collapse(sentence)
		.replace(/^[„"“…\s–—-]+/u, '')
		.split(' ')
		.map((word) => word.toLowerCase().replace(/^[„"“(]+|[,.;:!?"„”()]+$/gu, ''));
	// In a whole sentence, only the demonstratives of its opening words, before its verb.
	const verbAt = words.findIndex(
		(word, index) => index < reach && index > 0 && SENTENCE_VERB[language].test(word)
	);
	const end = Math.min(reach, verbAt > 0 && reach !== Infinity ? verbAt : reach);
	return words.some((word, index) => {
		if (index >= end) return false;
		const next = words[index + 1] ?? '';
		if (language === 'en') {
			if (word === 'same' && words[index - 1] === 'the') return true;
			// "that" also opens a clause, "those" a phrase ("among those devastated").
			if ((word === 'that' || word === 'those') && ENGLISH_REFERENCE_NOUN.test(next)) return true;
			return (
				ENGLISH_DEMONSTRATIVE.test(word) && /^\p{L}/u.test(next) && !ENGLISH_DEICTIC_TIME.test(next)
			);
		}
		if (!POLISH_DEMONSTRATIVE.test(word) || !/^\p{L}/u.test(next)) return false;
		// "miast takich jak Radom": the sentence names them itself.
		if (next === 'jak') return false;
		// "w tym m.in. dwie szkoły", "tym samym": "tym" as "including" or "thereby".
		if (
			word === 'tym' &&
			(next === 'm' || (next === 'samym' && !/^\p{L}/u.test(words[index + 2] ?? '')))
		)
			return false;
		return !POLISH_DEICTIC_TIME.test(next);
	});
}

/** Nouns that, after a demonstrative, stand for a sum or count said before: "z tej kwoty", "of that sum". */
const POLISH_REFERENCE_NOUN =
	/^(?:kwot\p{L}*|sum\p{L}*|liczb\p{L}*|pieniądz\p{L}*|pieniędzy|środk\p{L}*|przypad\p{L}*|ilość|ilości|wartość|wartości|powierzchni\p{L}*)$/u;

/**
 * How many figures (or the gap) a sentence states before word `index`: a second one may be
 * what a demonstrative after it stands for ("…1270 mieszkań, a 312 lokali to mniej niż jedna
 * czwarta tej liczby"), a single one is the part of a sum the sentence before gave.
 */
function figuresBefore(words: readonly string[], index: number): number {
	return words.slice(0, index).filter((word) => /\d|_{3,}/u.test(word)).length;
}

/**
 * "…lend £_____ of that sum", "the latter", "było to 2,7 tys. ha", "zgłosili 146 takich
 * przypadków", "z tych pieniędzy": words anywhere in a sentence that stand for something only
 * the sentence before said ("such cases" as which, "that sum" as what). "Takich jak" and "taki,
 * że" say it themselves; "w tym" means "including".
 */
function pointsBackAnywhere(sentence: string, language: Language): boolean {
	if (restOfSumBefore(sentence, language) || partOfWholeBefore(sentence, language)) return true;
	const raw = collapse(sentence)
		.replace(/^[„"“…\s–—-]+/u, '')
		.split(' ');
	const words = raw.map((word) => word.toLowerCase().replace(/^[„"“(‘']+|[,.;:!?"„”()’']+$/gu, ''));
	return words.some((word, index) => {
		const next = words[index + 1] ?? '';
		const after = words.slice(index + 1, index + 4);
		if (language === 'en') {
			if (word === 'the' && /^(?:latter|former)$/u.test(next)) return true;
			// "…the number fell to 291": the number of what, the sentence before said.
			if (
				word === 'the' &&
				/^(?:number|figure|total|amount)$/u.test(next) &&
				/^(?:fell|rose|was|is|has|had|reached|stood|increased|dropped|went|grew|doubled|halved)$/u.test(
					words[index + 2] ?? ''
				)
			)
				return true;
			if (
				word === 'these' &&
				/^\p{L}/u.test(next) &&
				!ENGLISH_DEICTIC_TIME.test(next) &&
				next !== 'days'
			)
				return true;
			return (
				/^(?:that|this|those)$/u.test(word) &&
				/^(?:of|from|for|in|to|with|on|out)$/u.test(words[index - 1] ?? '') &&
				ENGLISH_REFERENCE_NOUN.test(next) &&
				figuresBefore(words, index) < 2
			);
		}
		// "było to 2,7 tys. ha", "To było…": "to" as the subject, standing for what came before.
		// (In the first clause only: "…, a zwykle jest to ponad 8" stands for the sentence's own.)
		if (
			/^(?:był|była|było|były|jest|są|będzie|będą)$/u.test(word) &&
			next === 'to' &&
			!raw.slice(0, index).some((other) => /,$/u.test(other))
		)
			return true;
		if (index === 0 && word === 'to' && /^(?:był|była|było|były|jest|są)$/u.test(next)) return true;
		// "Kiedy zdarzyło się to…", "mówi, że to największy kłopot": "to" as the subject of a
		// verb or a clause, standing for what the sentence before said.
		if (
			word === 'to' &&
			index > 0 &&
			!/,$/u.test(raw[index - 1] ?? '') &&
			(/^(?:się|że|bo|iż|ponieważ|gdyż)$/u.test(words[index - 1] ?? '') ||
				(/^\p{Ll}{3,}ło$/u.test(words[index - 1] ?? '') &&
					!NEUTER_NOUN_IN_LO.test(words[index - 1] ?? '')))
		)
			return true;
		if (
			/^tak(?:i|a|ie|iego|iej|ich|im|imi|ą)$/u.test(word) &&
			/^\p{Ll}/u.test(raw[index + 1] ?? '') &&
			!/^(?:sam|sama|samo|same|samego|samej|samych|samym)$/u.test(next) &&
			!after.some((other) => /^(?:jak|że|aby|by|żeby|iż)$/u.test(other)) &&
			!/,$/u.test(raw[index] ?? '')
		)
			return true;
		// "tych pieniędzy", "z tych 40 mln": "tych, którzy…" qualifies nothing.
		if (
			word === 'tych' &&
			/^[\p{Ll}\d]/u.test(raw[index + 1] ?? '') &&
			!/^(?:dniach|dni|samych)$/u.test(next)
		)
			return true;
		return (
			/^(?:ten|ta|te|tego|tej|temu|tę|tą|tymi)$/u.test(word) &&
			POLISH_REFERENCE_NOUN.test(next) &&
			figuresBefore(words, index) < 2
		);
	});
}

/** Nouns ending like a past verb of persons: "po chwili", "w sali". */
const NOUN_IN_LI = /^(?:chwili|fali|sali|stali|roli|woli|soli|doli|kapeli|hali|skali|cegli|gali)$/u;

/** Plural subjects of persons that may follow their verb: "ratownicy", "lekarze", "radni". */
const POLISH_PERSONS_SUBJECT =
	/^(?!(?:pomocy|pracy|nocy|mocy|ulicy|granicy|stolicy|tablicy|dzielnicy|kamienicy|rocznicy|piwnicy|spółdzielni|zieleni)$)(?:\p{Ll}{3,}(?:cy|dzy|rzy|rze|owie|nni|ani|eni|ci|anie|ele)|ludzie|policjanci|radni)$/u;

/** Nouns ending like a neuter past verb: "koło to", "źródło to". */
const NEUTER_NOUN_IN_LO =
	/^(?:koło|źródło|światło|ciało|działo|hasło|masło|krzesło|czoło|pismo|godło|łóżko|skrzydło|ogniwo)$/u;

/**
 * "Pozostałe 1,7 mln zł dołoży powiat", "pozostałych _____ osób": the rest of a sum the sentence
 * before gave, unless this one gave it first; asked without its figure ("Ile zł pozostałe
 * dołoży powiat?") the rest of what, no one can tell.
 */
function restOfSumBefore(sentence: string, language: Language): boolean {
	if (language !== 'pl') return false;
	const words = collapse(sentence)
		.split(' ')
		.map((word) => word.toLowerCase().replace(/^[„"“(]+|[,;:!?"„”()]+$/gu, ''));
	return words.some(
		(word, index) =>
			/^pozosta\p{Ll}+$/u.test(word) &&
			/^(?:\d|_{3,}|ok\.?$|około$|ponad$|prawie$|blisko$)/u.test(words[index + 1] ?? '') &&
			figuresBefore(words, index) === 0
	);
}

/** Wholes that "reszta" may name itself: "reszta kraju", "resztę roku". */
const POLISH_NAMED_WHOLE =
	/^(?:kraju|świata|regionu|miasta|województwa|powiatu|gminy|życia|roku|sezonu|dnia|tygodnia|miesiąca|drogi|trasy)$/u;

/**
 * "Kolejne 2 mln zł dołoży powiat", "Powiat pokryje resztę", "Pozostałe szkoły…", "A further
 * £1.2m will come from…", "The government will pay the rest": a part of a breakdown whose
 * whole, or whose other parts, only the sentence before gave. A figure before it in the
 * sentence ("Of the £14.2m, … the remaining £1.6m") gives them; "the rest of the country",
 * "reszta kraju" name the whole.
 */
function partOfWholeBefore(sentence: string, language: Language): boolean {
	const raw = collapse(sentence)
		.replace(/^[„"“…\s–—-]+/u, '')
		.split(' ');
	const words = raw.map((word) => word.toLowerCase().replace(/^[„"“(‘']+|[,.;:!?"„”()’']+$/gu, ''));
	const figure = (word: string | undefined) => /^(?:[£$€]?\d|_{3,}|[£$€]_{3,})/u.test(word ?? '');
	const modifier =
		/^(?:ok\.?|około|ponad|prawie|blisko|niemal|niespełna|about|around|nearly|almost|over|some)$/u;
	const figureNext = (index: number) =>
		figure(words[index + 1]) || (modifier.test(words[index + 1] ?? '') && figure(words[index + 2]));
	// "Of the £14.2m, …", "a total of £3m": the whole the rest is of. A part before ("Fares bring
	// in £1.1m, so the rest…") is no whole.
	const wholeBefore = (index: number) =>
		words
			.slice(0, index)
			.some(
				(word, at) =>
					figure(word) &&
					(/^(?:of|total)$/u.test(words[at - 1] ?? '') ||
						(words[at - 1] === 'the' && words[at - 2] === 'of'))
			);
	return words.some((word, index) => {
		const next = words[index + 1] ?? '';
		if (language === 'en' && words[index - 1] === 'the') {
			if (/^(?:rest|remainder)$/u.test(word))
				return (
					(next !== 'of' || /^(?:it|them)$/u.test(words[index + 2] ?? '')) && !wholeBefore(index)
				);
			if (word === 'remaining') return !wholeBefore(index);
		}
		if (figuresBefore(words, index) > 0) return false;
		if (language === 'en') {
			if (word === 'further' && words[index - 1] === 'a') return figureNext(index);
			if (word === 'another') return figureNext(index);
			return false;
		}
		if (/^kolejn\p{Ll}+$/u.test(word)) return figureNext(index);
		if (/^pozosta(?:łe|łych|łym|łymi|łej|łego|łą)$/u.test(word)) return true;
		if (/^reszt(?:a|ę|y|ą|cie)$/u.test(word))
			return !POLISH_NAMED_WHOLE.test(next) && !/^\p{Lu}/u.test(raw[index + 1] ?? '');
		return false;
	});
}

/** Words that may stand before a Polish verb without being its subject: "W 2019 r.", "Od maja". */
const POLISH_TIME_OPENING =
	/^(?:w|we|od|do|po|przez|za|przed|na|r\.?|roku|rok|tym|ubiegłym|zeszłym|przyszłym|latach|lat|ub\.|br\.|\d[\d.,]*|_{3,}|stycz\p{L}+|lut\p{L}+|mar\p{L}+|kwie\p{L}+|maj\p{L}*|czerw\p{L}+|lip\p{L}+|sierp\p{L}+|wrze\p{L}+|październik\p{L}*|listopad\p{L}*|grud\p{L}+)$/u;

/**
 * "W 2019 r. przewiozła 3,1 mln pasażerów", "Zatrudniała _____ osób": a Polish sentence whose
 * verb (a past form of one man or woman) comes first, after at most a time phrase, and whose
 * object, a figure, follows it: its subject was named by the sentence before, so any question
 * made of it names no one ("Kiedy przewiozła…?").
 */
function subjectLeftBefore(sentence: string, language: Language): boolean {
	if (language !== 'pl') return false;
	const raw = collapse(sentence)
		.replace(/^[„"“…\s–—-]+/u, '')
		.split(' ');
	const words = raw.map((word) => word.toLowerCase().replace(/[,;:!?"„”()]+$/gu, ''));
	let at = 0;
	while (at < words.length && at < 6 && POLISH_TIME_OPENING.test(words[at] as string)) at++;
	const verb = words[at] ?? '';
	// "Udzielili pomocy 96 osobom": a verb of persons with no subject is "they" of the sentence
	// before, whatever follows it, unless its subject comes after it ("…ratownicy z Helu").
	if (
		/^\p{Ll}{3,}(?:a|e|i|y|ę|ą|ś|z|k|g)li(?:by)?$/u.test(verb) &&
		!NOUN_IN_LI.test(verb) &&
		!words.slice(at + 1).some((word) => POLISH_PERSONS_SUBJECT.test(word)) &&
		!raw.slice(at + 1).some((word) => /^\p{Lu}/u.test(word))
	)
		return true;
	// "Kosztowałby _____ zł", "Zapłacili _____ zł": a conditional or a plural leaves it too.
	if (!/^\p{Ll}{3,}(?:ł|ła|łby|łaby|li|ły|liby|łyby)$/u.test(verb) || NOUN_IN_LI.test(verb))
		return false;
	const next = words[at + 1] ?? '';
	const then = words[at + 2] ?? '';
	const modifier = /^(?:ok\.?|około|ponad|prawie|blisko|niemal|niespełna|aż|tylko|zaledwie)$/u;
	return /^(?:\d|_{3,})/u.test(next) || (modifier.test(next) && /^(?:\d|_{3,})/u.test(then));
}

/**
 * Polish verbs of the third person that need a subject: a past form of one man, one woman or
 * persons (not "doszło", "udało się": a neuter past is as often impersonal or of a figure), a
 * conditional, and modals and futures that report what someone will do.
 */
const POLISH_PERSONAL_PAST = /^\p{Ll}{2,}(?:ł|ła|li|ły)(?:by)?$/u;
const POLISH_PERSONAL_PRESENT =
	/^(?:ma|mają|musi|muszą|chce|chcą|powinien|powinna|powinni|powinny|zamierza|zamierzają|planuje|planują|zapłaci|zapłacą|otrzyma|otrzymają|dostanie|dostaną)$/u;

/** Nouns and adjectives that end like a past verb: "szkoła", "zespół", "ubiegły". */
const NOT_A_PAST_VERB =
	/^(?:szkoła|szkoły|siła|siły|skała|skały|mgła|igła|perła|reguła|reguły|mogiła|kapitał|udział|udziały|dział|działy|oddział|oddziały|rozdział|podział|przydział|materiał|materiały|przemysł|pomysł|pomysły|zamysł|kościół|stół|dół|zespół|anioł|orzeł|kocioł|węzeł|osioł|poseł|popiół|artykuł|artykuły|tytuł|tytuły|kanał|kanały|upał|upały|zapał|cały|cała|mały|mała|mali|biały|biała|trwały|trwała|dojrzały|dojrzała|zeszły|zeszła|ubiegły|ubiegła|przyszły|były|była|byli)$/u;

/** Words that name no one: adverbs, particles, pronouns that are no subject. */
const POLISH_NO_SUBJECT_WORD =
	/^(?:zgodnie|już|jeszcze|też|także|również|nie|tylko|dopiero|wcześniej|później|potem|teraz|obecnie|dziś|dzisiaj|wczoraj|jutro|ostatecznie|prawdopodobnie|zapewne|wkrótce|niemal|prawie|ok|około|ponad|aż|zaledwie|blisko|najmniej|najpóźniej|najwcześniej|jednak|więc|zaś|bowiem|natomiast|tymczasem|ponadto|dodatkowo|łącznie|razem|rocznie|miesięcznie|dziennie|się|by|nawet|wreszcie|znowu|ponownie|pierwotnie|początkowo|mu|jej|im|ich|go|ją|je|nam|nas|mi|mnie|r|tys|mln|mld|zł|proc|km|ha|m|godz|min|euro|mies)$/u;

/** Endings no nominative has: "umową", "karę", "pasażerów", "mieszkańcom", "wykonawcy" does. */
const POLISH_OBLIQUE_ENDING = /(?:ę|ą|ów|om|ami|ach|owi|emu|ego|ymi|imi|ych)$/u;
// "-ej" of an adjective ("wojewódzkiej", "miejskiej"), not of "złodziej" or "turniej".
const POLISH_OBLIQUE_LONG_ENDING = /^\p{Ll}{3,}(?:[^i]ej|kiej|giej|ym|im)$/u;

/**
 * Words after a preposition that qualify its noun rather than being it: "za każdy dzień", "w
 * kolejnych etapach", "w lutym 2027 r." (a month declines as an adjective).
 */
const POLISH_PHRASE_LEAD =
	/^(?:każd\p{Ll}+|ten|ta|te|tego|tej|tym|tych|tę|kilka|kilku|kilkunastu|kilkanaście|kilkadziesiąt|dwóch|trzech|czterech|pięciu|sześciu|kilkudziesięciu|kilkaset|kilkuset|wiele|wielu|\p{Ll}+(?:ym|im|ej|ego|ych|ich|ymi|imi))$/u;

/**
 * "Zgodnie z umową miała skończyć w lutym 2027 r., ale…": a Polish sentence whose first clause
 * has a verb of a person (who was to finish? the contractor of the sentence before) and no word
 * that may be its subject, before the verb or after it: only phrases of prepositions, adverbs,
 * an infinitive, a time, a figure a past verb of one person cannot take as its subject, and
 * words in a case no subject is in. Impersonal forms ("trzeba", "można", "wykonano") have no
 * subject to miss; any word that may be a nominative, and any name, may be the subject.
 */
function verbWithoutSubject(sentence: string, language: Language): boolean {
	if (language !== 'pl') return false;
	const raw = collapse(sentence)
		.replace(/^[„"“…\s–—-]+/u, '')
		.split(' ');
	const clauseFrom = (from: number) => {
		const clause: string[] = [];
		for (const word of raw.slice(from)) {
			if (/^[–—-]$/u.test(word)) break;
			clause.push(word);
			if (/[,;:]$/u.test(word)) break;
		}
		return clause;
	};
	const clause = clauseFrom(0);
	const lower = (words: readonly string[]) =>
		words.map((word) => word.toLowerCase().replace(/^[„"“(]+|[,.;:!?"„”()]+$/gu, ''));
	const words = lower(clause);
	// "Ale gdy spadnie ulewa, przytrzyma falę…": the main clause after a subordinate one opens
	// on its verb, whose subject the sentence before named.
	const opener = words[0] === 'ale' || words[0] === 'a' || words[0] === 'i' ? 1 : 0;
	if (SUBORDINATORS.pl.has(foldText(words[opener] ?? '')) && clause.length < raw.length) {
		const main = clauseFrom(clause.length);
		const mainWords = lower(main);
		const verb = mainWords[0] ?? '';
		if (
			/^\p{Ll}{4,}(?:a|i|y|ie|je|uje)$/u.test(verb) &&
			!POLISH_NO_SUBJECT_WORD.test(verb) &&
			!POLISH_PREPOSITION_WORDS.has(foldText(verb)) &&
			clauseLacksSubject(main, mainWords, 0, true)
		)
			return true;
	}
	const verbs = [...words.keys()].filter((index) => {
		const word = words[index] as string;
		// "W tle Wisła": a name is no verb.
		if (index > 0 && /^\p{Lu}/u.test(clause[index] as string)) return false;
		if (POLISH_PERSONAL_PRESENT.test(word)) return true;
		// "zebrało 4,7 tys. podpisów": a neuter verb whose figure is its object, not its subject.
		if (POLISH_NEUTER_TRANSITIVE_PAST.test(word)) return words[index + 1] !== 'się';
		return POLISH_PERSONAL_PAST.test(word) && !NOUN_IN_LI.test(word) && !NOT_A_PAST_VERB.test(word);
	});
	// A second such word may be a noun the lists miss ("Pszczoła zebrała…"): nothing is said.
	if (verbs.length !== 1) return false;
	const verbAt = verbs[0] as number;
	// "Zatrudniła 40 osób": a figure is no subject of a past verb of one person or of persons.
	const verb = words[verbAt] as string;
	const takesNoFigure =
		/(?:ł|ła|li)(?:by)?$/u.test(verb) || POLISH_NEUTER_TRANSITIVE_PAST.test(verb);
	return clauseLacksSubject(clause, words, verbAt, takesNoFigure);
}

/**
 * Neuter past verbs that take what they count as their object ("zebrało 4 tys. podpisów"): their
 * subject is a neuter noun (the association, the ministry) the sentence must name. "Zginęło 40
 * osób", "przybyło 300 mieszkańców" count their subject, and stay out.
 */
const POLISH_NEUTER_TRANSITIVE_PAST =
	/^(?:zebrało|przekazało|przeznaczyło|wydało|zainwestowało|pozyskało|zgromadziło|zapłaciło|zatrudniało|zatrudniło|kupiło|sprzedało|wybudowało|zorganizowało|wysłało|rozdało|zapowiedziało|podpisało)$/u;

/**
 * Whether a clause's words other than its verb (at `verbAt`) may none be its subject (see
 * `verbWithoutSubject`).
 */
function clauseLacksSubject(
	clause: readonly string[],
	words: readonly string[],
	verbAt: number,
	takesNoFigure: boolean
): boolean {
	let afterPreposition = 0;
	let inPhrase = false;
	return words.every((word, index) => {
		const capitalised = /^\p{Lu}/u.test(clause[index] as string);
		// "2,7", "3-5", the gap of "_____ robotników"; "17-latek" is a noun, and the gap of
		// "_____ ostrzegał", "koordynował _____, student…" the name of who acts.
		const figure =
			/^\d[\d.,–-]*$/u.test(word) ||
			(GAP.test(word) &&
				/^\p{Ll}/u.test(clause[index + 1] ?? '') &&
				!/[,;:]$/u.test(clause[index] as string) &&
				index + 1 !== verbAt);
		const wasInPhrase = inPhrase;
		inPhrase = false;
		if (index === verbAt) return true;
		// "w ciągu dwóch tygodni": a noun of a compound preposition is a preposition too.
		if (
			POLISH_PREPOSITION_WORDS.has(foldText(word)) ||
			(/^(?:ciągu|trakcie|wyniku|ramach|czasie)$/u.test(word) && words[index - 1] === 'w')
		) {
			afterPreposition = 2;
			return true;
		}
		// The preposition's noun ("w Witanowicach", "w 2027 r."), one word qualifying it, and
		// the figure of its measure ("w wysokości 0,1 proc.").
		if (afterPreposition > 0) {
			afterPreposition = POLISH_PHRASE_LEAD.test(word) ? afterPreposition - 1 : 0;
			inPhrase = true;
			return true;
		}
		if (figure && wasInPhrase) {
			inPhrase = true;
			return true;
		}
		if (figure) return takesNoFigure;
		if (GAP.test(word) || (capitalised && index > 0)) return false;
		if (word === '' || POLISH_NO_SUBJECT_WORD.test(word)) return true;
		if (POLISH_TIME_OPENING.test(word)) return true;
		if (POLISH_INFINITIVE.test(word)) return true;
		return POLISH_OBLIQUE_ENDING.test(word) || POLISH_OBLIQUE_LONG_ENDING.test(word);
	});
}

/**
 * "Kiedy zgodnie z umową miała skończyć?": a Polish question of when, how many or where whose
 * verb has no subject left in it (see above). "Kto", "co", "który" are the subject themselves.
 */
function asksOfVerbWithoutSubject(question: string, language: Language): boolean {
	const match = /^(?:(?:do|od) )?(?:kiedy|ile|ilu|gdzie|jak|dlaczego)\s+(.*)$/iu.exec(
		collapse(question)
	);
	return match !== null && verbWithoutSubject(match[1] as string, language);
}

/**
 * Polish first-person words: "my", "nasz", "pamiętam", "widzieliśmy", "zlikwidowałem" (not
 * "-ałem" alone, which ends the instrumental of "oddział", "udział", "kapitał").
 */
const POLISH_FIRST_PERSON =
	/^(?:ja|mnie|mi|mną|my|nas|nam|nami|mój|moja|moje|mojego|mojej|moim|moich|moją|nasz|nasza|nasze|naszego|naszej|naszym|naszych|naszą|naszymi|jestem|jesteśmy|mam|mamy|wiem|wiemy|mogę|możemy|muszę|musimy|chcę|chcemy|pamiętam|pamiętamy|uważam|uważamy|sądzę|myślę|liczę|liczymy|widzę|widzimy|zbiorę|zbierzemy|robię|robimy|zrobimy|zrobię|będę|będziemy|boję|boimy|obawiam|obawiamy|spodziewam|spodziewamy|zapewniam|zapewniamy|miałem|chciałem|widziałem|słyszałem|\p{L}+(?:iłem|yłem|ąłem|ęłem|owałem|[aiyeę]łam|liśmy|łyśmy|łbym|łabym|libyśmy|ujemy|uję))$/u;
const ENGLISH_FIRST_PERSON = /^(?:we|we're|we've|we'll|our|ours|me|my|i'm|i've|i'll|i'd)$/;
/** Verbs that attribute a quotation: "mówi Jan Kowalczuk", "said a spokesman". */
const SPEECH_VERB: Record<Language, RegExp> = {
	pl: /^(?:mówi|powiedzia|doda|podkreśl|zaznacz|przekonu|tłumacz|wyjaśni|oceni|twierdzi|stwierdzi|przyzna|zapewni|informu|poinformowa|opowiada|komentu|zauważ|relacjonu|wskazu|wskaza|wylicza|przypomina|przypomnia|ostrzega|ostrzegł|apelu|zapowi)/u,
	en: /^(?:said|says|told|added|explained|warned|according)$/
};

/**
 * "Takiej suszy nie pamiętam od 30 lat.", "We have cut waiting lists…": a first-person remark
 * whose speaker the sentence does not attribute ("- mówił wiceminister", "said a spokesman"
 * would). A title quoted inside it ("a petition titled 'Save our Chronicle'") is no remark.
 */
function firstPersonUnnamed(sentence: string, language: Language): boolean {
	const opening = /^[\s„"“‘'–—-]*/u.exec(collapse(sentence))?.[0].length ?? 0;
	const text = collapse(sentence);
	const own =
		text.slice(0, opening) + text.slice(opening).replace(/[„"“‘'][^„"“”‘’']*[”"’']/gu, ' ');
	const raw = own.split(' ').map((word) => word.replace(/^[„"“(‘']+|[,.;:!?"„”()’']+$/gu, ''));
	const lower = raw.map((word) => word.toLowerCase());
	const firstPerson = raw.some((word, index) =>
		language === 'pl'
			? POLISH_FIRST_PERSON.test(lower[index] as string)
			: ENGLISH_FIRST_PERSON.test(lower[index] as string) ||
				(word === 'I' && /^\p{Ll}/u.test(raw[index + 1] ?? ''))
	);
	return firstPerson && !lower.some((word) => SPEECH_VERB[language].test(word));
}

/**
 * Prepositions that make a date the end or the start of a period ("do końca czerwca",
 * "przed końcem 2027 r."): a gap that takes one with the date and ends its sentence
 * ("Kontrola potrwa _____") is filled as well by any span of time.
 */
const PERIOD_PREPOSITION = /^(?:do|przed|od|po|aż|until|before|since|by|till)\s/iu;

function gapTakesPeriodAtEdge(gappedSentence: string, taken: string | undefined): boolean {
	if (taken === undefined) return false;
	const text = collapse(gappedSentence);
	// "_____ rodzice mogą składać uwagi" keyed "Do końca 2026 r.": at the start as at the end.
	return (
		(/_{3,}[\s.]*$/u.test(text) || /^[„"“…]*_{3,}/u.test(text)) &&
		PERIOD_PREPOSITION.test(collapse(taken))
	);
}

/**
 * "W trzech kwartałach 2026 r. jego przychody wzrosły o _____", "zapłaciliśmy za niego
 * _____ euro": a Polish sentence shown alone whose pronoun stands for someone it never names
 * (a word with a capital before the pronoun, or two opening it, would name them).
 */
function pointsBackUnnamed(sentence: string, language: Language): boolean {
	if (opensOnPossessive(sentence, language)) return true;
	if (language !== 'pl') return false;
	const words = collapse(sentence)
		.replace(/^[„"“]/u, '')
		.split(' ');
	if (objectPronounUnnamed(words)) return true;
	const at = words.findIndex((word) => {
		const bare = word.toLowerCase().replace(/[,.;:!?"„”()]+$/u, '');
		// An object pronoun ("nią", "z nich") the rule above has decided.
		if (POLISH_OBJECT_PRONOUN.test(bare)) return false;
		return POSSESSIVES.pl.has(bare) || PRONOUNS.pl.has(bare) || BOTH_OF_THEM.has(foldText(bare));
	});
	if (at < 0) return false;
	const capital = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word);
	// "Szpital i przychodnia…, a obie placówki": the two it stands for, joined before it;
	// "Obie bramki dla gospodarzy": the phrase after its noun says which two.
	const bothNamed =
		BOTH_OF_THEM.has(foldText(words[at] ?? '').replace(/[,.;:!?"„”()]+$/u, '')) &&
		(words.slice(0, at).some((word) => /^(?:i|oraz)$/u.test(word)) ||
			(/^(?:dla|z|ze|w|we|na|do|od|u)$/u.test(words[at + 2] ?? '') &&
				/^\p{L}/u.test(words[at + 3] ?? '')));
	// "Wójt Anna Nowak mówi, że oba były czynne": one name before "oba" is no pair.
	if (BOTH_OF_THEM.has(foldText(words[at] ?? '').replace(/[,.;:!?"„”()]+$/u, '')))
		return !bothNamed;
	const from = capital(words[0]) && capital(words[1]) ? 0 : 1;
	return !namesBefore(words.slice(from, at)).some((name) => ownsPossessive(name, words[at]));
}

/** The runs of capitalised words among `words`: "Ewa Sienkiewicz", "Gmina Tomice". */
function namesBefore(words: readonly string[]): string[] {
	const names: string[] = [];
	let run: string[] = [];
	for (const word of [...words, '']) {
		if (/^\p{Lu}/u.test(word)) run.push(word.replace(/[,.;:!?"„”()]+$/u, ''));
		if (run.length > 0 && (!/^\p{Lu}/u.test(word) || /[,.;:!?"„”()]$/u.test(word))) {
			names.push(run.join(' '));
			run = [];
		}
	}
	return names;
}

/**
 * Whether a name may be what a possessive stands for: "jego" a man's, "jej" a woman's. "Ewa
 * Sienkiewicz szacuje, że spłonęła jedna czwarta jego powierzchni": whose, only the sentence
 * before said. Only a person's name, from the given name on, tells a gender; any other name
 * ("RDOŚ", "Urząd Miasta", "Prezes Anna Nowak"'s title) may own either.
 */
function ownsPossessive(name: string, possessive: string | undefined): boolean {
	const word = (possessive ?? '').toLowerCase().replace(/[,.;:!?"„”()]+$/u, '');
	const parts = name.split(' ');
	const given = parts.findIndex((part) => GIVEN_NAME_SET.has(foldText(part)));
	const gender = given < 0 ? undefined : polishNameGender(parts.slice(given).join(' '));
	if (word === 'jego') return gender !== 'feminine';
	if (word === 'jej') return gender !== 'masculine';
	return true;
}

/** Polish pronouns that are only ever objects: "wydał ją", "chce go sprzedać", "z nich". */
const POLISH_OBJECT_PRONOUN = /^(?:go|ją|mu|niego|niej|nim|nią|niemu|nich)$/u;

/** Words opening a second clause, whose object may stand for a noun of the first. */
const POLISH_CLAUSE_JOIN =
	/^(?:i|oraz|a|ale|lecz|tylko|bo|ponieważ|gdyż|by|aby|żeby|więc|dlatego|gdzie|czyli|któr\p{Ll}+)$/u;

/** Words that may follow an object "ich" but never a possessive one: "zatrudnić ich w…". */
const AFTER_OBJECT_ICH =
	/^(?:już|też|także|również|jeszcze|nie|tylko|aż|ponad|około|ok\.?|do|w|we|na|z|ze|po|przez|od|o|za|dla|u|przy|jako|\d.*|_{3,})$/u;

/** Prepositions after which "nie" is "them" (the accusative), never the negation. */
const ACCUSATIVE_PREPOSITION = /^(?:za|na|przez|o|w|we|pod|nad|przed|między|po|ponad)$/u;

/** What follows a negation "nie" that a preposition happens to stand before: "na nie ma rady". */
const AFTER_NEGATION = /^(?:tylko|ma|mają|było|była|był|jest|są|będzie|będą|wiadomo)$/u;

/**
 * Whether word `index` of a Polish sentence is an object pronoun: "go", "ją", "nich" always;
 * "je" ("eats" as well) before an infinitive or after a verb that carries one or a past verb
 * ("chce je dołożyć", "sprzedała je"); "ich" (a possessive as well) before no noun; "nie" (the
 * negation as well) after a preposition ("Grozi za nie grzywna", "czekali na nie").
 */
function isPolishObjectPronoun(words: readonly string[], index: number): boolean {
	const word = words[index] ?? '';
	const previous = words[index - 1] ?? '';
	const next = words[index + 1] ?? '';
	if (POLISH_OBJECT_PRONOUN.test(word)) return true;
	if (word === 'nie') return ACCUSATIVE_PREPOSITION.test(previous) && !AFTER_NEGATION.test(next);
	if (word === 'je')
		return (
			POLISH_INFINITIVE.test(next) ||
			INFINITIVE_CARRIERS.test(foldText(previous)) ||
			(/^\p{Ll}{3,}(?:ł|ła|ło|li|ły)$/u.test(previous) && !NOUN_IN_LI.test(previous))
		);
	if (word === 'ich')
		return (
			index > 0 &&
			(next === '' || AFTER_OBJECT_ICH.test(next) || POLISH_INFINITIVE.test(next)) &&
			!POLISH_PREPOSITION_WORDS.has(foldText(previous))
		);
	return false;
}

const POLISH_PREPOSITION_WORDS = foldedPrepositions(POLISH_PREPOSITIONS);

/**
 * "Kurator Jan Wrona wydał ją 20 listopada", "Gmina chce je dołożyć za…": an object pronoun
 * standing for what the sentence before named. A name before it names the subject, not the
 * object; a clause joined before it ("kupiła halę i sprzeda ją") may give it its noun.
 */
function objectPronounUnnamed(raw: readonly string[]): boolean {
	const words = raw.map((word) => word.toLowerCase().replace(/^[„"“(]+|[,.;:!?"„”()]+$/gu, ''));
	const at = words.findIndex((_, index) => isPolishObjectPronoun(words, index));
	if (at < 0) return false;
	// A lower-case word of some length before the join: the first clause's verb or object.
	const content = (index: number) =>
		/^\p{Ll}/u.test(raw[index] ?? '') && (words[index] ?? '').length >= 4;
	// "więcej gości niż przed nim": after a preposition a pronoun may stand for a noun of any
	// clause before it ("po remoncie… niż przed nim"), reported or compared as well.
	const prepositional = /^ni/u.test(words[at] as string);
	const joined = words.some(
		(word, index) =>
			index >= 2 &&
			index < at &&
			(POLISH_CLAUSE_JOIN.test(word) ||
				(prepositional && /^(?:że|iż|niż|jak|jeśli|jeżeli|gdy|kiedy)$/u.test(word))) &&
			words.slice(1, index).some((_, place) => content(place + 1))
	);
	return !joined;
}

/** "obu krajów": both of two the sentence before named. */
const BOTH_OF_THEM: ReadonlySet<string> = new Set([
	'obu',
	'obydwu',
	'obydwoch',
	'oba',
	'obie',
	'obaj',
	'obydwa',
	'obydwie',
	'obydwaj',
	'obiema',
	'obydwoma',
	'obydwiema'
]);

/**
 * A quoted sentence with a gap inside a question ("Jaka liczba pasuje do luki: „…_____…”?").
 * Given the evidence, the gapped sentence alone, without the sentence shown before it.
 */
export function quotedGap(text: string, evidence?: string): string | undefined {
	const quoted = /[„"“]([^„"“”]*_{3,}[^„"“”]*)[”"]/u.exec(text)?.[1];
	return quoted === undefined || evidence === undefined
		? quoted
		: splitShownContext(quoted, evidence).gapped;
}

/** Text as compared with the evidence: any quotation mark one mark, no opening dash. */
function plainShown(text: string): string {
	return collapse(text)
		.replace(/['"„”“’‘«»]/gu, '"')
		.replace(/^"?\s*[-–—]\s+/u, '');
}

/**
 * A gap's shown text split into the article's sentence shown before the gapped one (what a
 * pronoun or an elided noun of the gapped sentence leans on) and the gapped sentence: the
 * first sentence start from which the words up to the gap open the evidence (an "ok." of
 * the gapped sentence ends no sentence).
 */
export function splitShownContext(
	shown: string,
	evidence: string
): { context?: string; gapped: string } {
	const sentence = plainShown(evidence);
	const gapAt = shown.search(GAP);
	const opensEvidence = (from: number) =>
		sentence.startsWith(plainShown(shown.slice(from, gapAt)).replace(/^"/u, ''));
	if (gapAt < 0 || opensEvidence(0)) return { gapped: shown };
	const starts = [...shown.slice(0, gapAt).matchAll(/[.!?…]["”’»]?\s+/gu)].map(
		(match) => (match.index ?? 0) + match[0].length
	);
	const from = starts.find(opensEvidence);
	if (from === undefined) return { gapped: shown };
	return { context: shown.slice(0, from).trim(), gapped: shown.slice(from) };
}

/**
 * Whether a cloze's sentence shown alone leans on the one before it: what it is refused for,
 * unless the question shows that sentence before it.
 */
export function leansOnSentenceBefore(sentence: string, language: Language): boolean {
	return pointsBack(sentence, language) || (language === 'en' && opensOnEnglishPronoun(sentence));
}

/** The same of a gap quoted in a question, which a phrase pointing back ("ten pomysł") fails too. */
export function gapLeansOnSentenceBefore(sentence: string, language: Language): boolean {
	return leansOnSentenceBefore(sentence, language) || POINTING_BACK[language].test(sentence);
}

function gapProblems(sentence: string): QuestionIssue[] {
	const issues: QuestionIssue[] = [];
	// A gap inside a figure, a time, a range or a word: "14:_____", "2017-_____", "_____-letnia",
	// "15min _____sec". A money suffix after it is the figure's own ("£_____m", "_____p").
	const glued = sentence.replace(/_{3,}(m|bn|k|p|mln|mld)(?![\p{L}\d])/gu, '_____');
	if (/[\p{L}\d][:.,-]?_{3,}|_{3,}[:.,-]?[\p{L}\d]/u.test(glued)) issues.push('prompt-fragment');
	// A gap in brackets just after a figure asks for a unit conversion: "12 miles (_____ km)".
	if (/\d\p{L}{0,6}\s*\(\s*[£$€]?\s*_{3,}/u.test(sentence)) issues.push('prompt-fragment');
	if (gapShowsConversion(sentence)) issues.push('prompt-fragment');
	if ((sentence.match(/_{3,}/g) ?? []).length !== 1) issues.push('prompt-fragment');
	// "„- Rocznie wysyłaliśmy…”": the dash that opens a quotation in Polish news is no part of
	// the sentence a student is asked to complete.
	if (/^\s*[-–—]\s/u.test(sentence)) issues.push('prompt-fragment');
	// "po 6- _____ zawodników": a range cut at its dash.
	if (/\d\s*[-–]\s*_{3,}/u.test(sentence)) issues.push('prompt-fragment');
	// "w nocy z 16 na _____", "from 3 to _____": a range's other end shown, so how much of the
	// date the gap holds (a day, or the month and year too) is anyone's guess.
	if (/(?:^|\s)(?:z|od|from|between)\s+\d{1,2}\s+(?:na|do|to|and)\s+_{3,}/iu.test(sentence))
		issues.push('prompt-fragment');
	return issues;
}

/** A quotation cut by the sentence splitter: a straight quote without its pair, a „ without its ”. */
function unbalancedQuotes(text: string): boolean {
	const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
	return count(/"/g) % 2 === 1 || count(/„/g) !== count(/”/g);
}

/**
 * Whether `figure` stands in the evidence in brackets just after another figure: a unit or
 * currency conversion ("12 miles (19 km)", "$55,000 (£42,000)"), never a fact of its own.
 */
export function isConversion(evidence: string, figure: string): boolean {
	const text = collapse(evidence);
	const part = collapse(figure);
	if (part === '' || !/\d/.test(part)) return false;
	for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
		if (
			/\d[\d.,]*\s*[\p{L}/%£$€]*\s*\(\s*(?:[~≈]|ok\.|około|about|around|approx\.?|roughly)?\s*[£$€]?\s*$/u.test(
				text.slice(0, at)
			)
		)
			return true;
	}
	return false;
}

function wordsOf(text: string): string[] {
	return collapse(text)
		.replace(/[?!.]+$/u, '')
		.split(' ')
		.filter(Boolean);
}

/** What is wrong with a question's wording, if anything. */
export function promptProblems(
	prompt: string,
	language: Language,
	evidence?: string
): QuestionIssue[] {
	const issues = new Set<QuestionIssue>();
	const text = questionPart(prompt, language);
	if (hasClutter(text)) issues.add('clutter');
	const shown = quotedGap(text);
	if (shown !== undefined) {
		const { context: before, gapped } =
			evidence === undefined ? { gapped: shown } : splitShownContext(shown, evidence);
		for (const issue of gapProblems(gapped)) issues.add(issue);
		if (unbalancedQuotes(text)) issues.add('prompt-fragment');
		// "…zaprzeczyły tym doniesieniom": a phrase that points back, in a gap as in a statement;
		// a sentence shown before the gap's is what it points back to, and must not point back.
		if (gapLeansOnSentenceBefore(before ?? gapped, language)) issues.add('prompt-fragment');
		return [...issues];
	}
	if (!text.endsWith('?')) issues.add('prompt-not-a-question');
	// "…ćwiczy po 6-?": a range cut at its dash, half a figure shown.
	if (/\d\s*[-–]\s*\?$/u.test(text)) issues.add('prompt-fragment');
	// "Kiedy doszło do zatrucia w nocy z 16?": a range whose other end the question took away.
	if (/\s(?:z|od|from|between)\s+\d{1,2}\?$/iu.test(text)) issues.add('prompt-fragment');
	// "Kiedy ile miasto dołoży…?": an indirect question of the sentence left after the lead.
	if (/^(?:kiedy|ile|ilu|kto|gdzie)\s+(?:ile|ilu|kto|co|gdzie|kiedy|czy|jak)\s/iu.test(text))
		issues.add('prompt-fragment');
	// "When were 312 flooded?": a figure standing for a noun the sentence before gave.
	if (
		language === 'en' &&
		/\b(?:was|were|is|are|will|have|has|had)\s+(?:about\s+)?[\d][\d,.]*\s+(?:\p{Ll}+ed|been|be)\b/u.test(
			text
		)
	)
		issues.add('prompt-fragment');
	const words = wordsOf(text);
	const folded = words.map((word) => foldText(word));
	const lower = words.map((word) => word.toLowerCase().replace(/[,;:"„”]+$/u, ''));
	const opener = words.slice(0, 5).map((word) => word.toLowerCase().replace(/[,;:]+$/u, ''));
	if (!opener.some((word) => QUESTION_WORDS[language].test(word)))
		issues.add('prompt-not-a-question');
	const last = lower[lower.length - 1] ?? '';
	if (DANGLING[language].has(last) || DANGLING[language].has(foldText(last)))
		issues.add('prompt-fragment');
	if (language === 'pl' && asksWithoutSubject(lower)) issues.add('prompt-fragment');
	// "Kto zapowiada, że jeśli plan zostanie zatwierdzony bez zmian?": a condition cut off
	// before what follows from it.
	if (/(?:\s|^)(?:jeśli|jeżeli|gdyby|if)\s[^,]*\?$/iu.test(text)) issues.add('prompt-fragment');
	// "… trwała dwa lata i kosztowała?": a conjunction before the last word leaves a verb
	// without what it needs.
	const beforeLast = lower[lower.length - 2] ?? '';
	const finalVerb = language === 'pl' ? /(ł|ła|ło|li|ły)$/u : /ed$/;
	if (lower.length >= 4 && CONJUNCTIONS[language].has(beforeLast) && finalVerb.test(last))
		issues.add('prompt-fragment');
	// A pronoun with nothing in the question to stand for: "Ilu pracowników zatrudniła przy niej?",
	// or a word pointing back to a sentence the question does not show: "…stwierdzono wtedy?".
	if (lower.some((word) => PRONOUNS[language].has(word) || CONTEXT_WORDS[language].has(word)))
		issues.add('prompt-fragment');
	// "Ile dzieci przyjęły obie placówki?": both of two the question never names.
	if (language === 'pl' && pointsBackUnnamed(text, language)) issues.add('prompt-fragment');
	if (
		POINTING_BACK[language].test(text) ||
		POINTING_BACK_TO_PLACE[language].test(text) ||
		POINTING_BACK_IN_TIME[language].test(text) ||
		pointsBackAnywhere(text, language) ||
		pointsBackByDemonstrative(text, language) ||
		firstPersonUnnamed(text, language)
	)
		issues.add('prompt-fragment');
	if (language === 'en' && (asksOfEnglishIt(text) || pointsBackInEnglish(text)))
		issues.add('prompt-fragment');
	// "Ile jaj próg zagrożenia wynosi tymczasem?": a connective that joined the sentence to the
	// one before it, which the question does not show.
	if (folded.some((word) => CONNECTIVES[language].test(word))) issues.add('prompt-fragment');
	// "Kiedy zanim projekt porzucono?": a subordinate clause of the sentence left as the question.
	const asking = opener.findIndex((word) => QUESTION_WORDS[language].test(word));
	// After "Ile głosów", "How many votes" the clause would start one noun later.
	const counting = /^(ile|ilu|how)$/.test(folded[asking] ?? '');
	const afterNoun =
		asking + (folded[asking + 1] === 'many' || folded[asking + 1] === 'much' ? 3 : 2);
	if (
		asking >= 0 &&
		(SUBORDINATORS[language].has(folded[asking + 1] ?? '') ||
			(counting && SUBORDINATORS[language].has(folded[afterNoun] ?? '')))
	)
		issues.add('prompt-fragment');
	// "Kiedy jego kadencja potrwa?": a possessive whose person the question never names.
	const possessive = lower.findIndex((word) => POSSESSIVES[language].has(word));
	if (possessive >= 0 && !words.slice(1, possessive).some((word) => /^\p{Lu}/u.test(word)))
		issues.add('prompt-fragment');
	if (asksBarely(words, asking, language)) issues.add('prompt-fragment');
	if (language === 'pl' && counting && strandsPolishVerb(lower, asking))
		issues.add('prompt-fragment');
	if (language === 'pl' && (reportsWithoutSubject(words) || countsWithoutVerb(words)))
		issues.add('prompt-fragment');
	if (language === 'pl' && POLISH_MEASURE_END.test(text)) issues.add('prompt-fragment');
	if (language === 'en' && invertedAcrossSpeech(folded, asking)) issues.add('prompt-fragment');
	// "When is construction expected to take 18 months?" from "…take 18 months from spring
	// 2027": the date starts a span the question keeps, and "When" asks of the span.
	if (
		language === 'en' &&
		/^when\b.*\b(?:take|takes|took|last|lasts|lasted)\s+(?:\S+\s+)?(?:\d[\d.,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)\s+(?:more\s+)?(?:days?|weeks?|months?|years?|decades?)\b/iu.test(
			text
		)
	)
		issues.add('prompt-fragment');
	// "Ile zł?", "How many investors?": a question word and a noun, nothing asked of them.
	if (/^(ile|ilu|how many|how much)\s+\S+\?$/iu.test(text)) issues.add('prompt-fragment');
	if (FIGURE_PHRASE[language].test(text)) issues.add('prompt-fragment');
	// A quote cut off, an attribution left inside ("… - mówiła …"), a heading's colon.
	if (/\s[-–—]\s|^\S+(\s\S+)?\s[-–—]/u.test(text)) issues.add('prompt-fragment');
	if (/\p{L}:\s/u.test(text)) issues.add('prompt-fragment');
	if (unbalancedQuotes(text)) issues.add('prompt-fragment');
	if (/\s["„”]\s*\?$/u.test(text)) issues.add('prompt-fragment');
	// A range with one end cut away: "w latach -2023", "2017- Wróblewski".
	if (/(^|\s)[-–]\d|\d[-–](\s|$)/u.test(text)) issues.add('prompt-fragment');
	if (/…|\.\.\./u.test(text)) issues.add('prompt-fragment');
	if ((text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length)
		issues.add('prompt-fragment');
	if (language === 'pl') {
		// "Ilu" counts men: "Ilu nieprawidłowości", "Ilu mieszkań" are wrong ("Ile").
		if (/^ilu\s+(\p{L}+(ości|ań|eń|ek)|dzieci|osób|kobiet|dziewcząt|zwierząt)(\s|\?)/iu.test(text))
			issues.add('prompt-fragment');
		// "Ile min średnie opóźnienie…?": an abbreviation reads as a word ("min" as "mines").
		if (/^(ile|ilu)\s+(min|godz|proc|tys|mies|sek|ok)\.?(\s|\?)/iu.test(text))
			issues.add('prompt-fragment');
		// "Ile minut średnie opóźnienie w listopadzie wyniosło?": a verb of amount pushed to the
		// end past its subject; Polish asks "Ile minut wyniosło średnie opóźnienie…?".
		if (
			words.length >= 5 &&
			/^(wyni|wyno|się[gd]|osiąg|przekr)\p{L}*$/u.test(lower[lower.length - 1] ?? '') &&
			/^(ile|ilu)$/.test(folded[0] ?? '')
		)
			issues.add('prompt-fragment');
		// "Ile głosów komisja podała, że oddano?": the figure's clause hung on a reporting verb.
		if (/^(ile|ilu)\s.*,\s*że(\s+\S+){0,2}\?$/iu.test(text)) issues.add('prompt-fragment');
		// "Ile radnych za głosowało?" from "Za głosowało 17 radnych": "za" (in favour) moved
		// before the verb reads as a preposition with nothing after it.
		if (/\sza\s+\p{L}+(ł|ła|ło|li|ły)\?$/u.test(text)) issues.add('prompt-fragment');
		// "Ile zł więc deficyt wyniesie?": a conjunction that joined the figure to the sentence
		// before it, left behind when the figure was cut out.
		if (/^(ile|ilu)\s+\S+\s+(więc|zaś|bowiem|natomiast|a|i|ale|oraz)\s/iu.test(text))
			issues.add('prompt-fragment');
		if (relativeWithoutComma(words) || participleForVerb(words, asking, counting))
			issues.add('prompt-fragment');
		// "Ile lat pracę zakończyć w ciągu?": a preposition phrase left without its noun.
		if (
			PREPOSITION_NOUNS.test(foldText(last)) &&
			/^(?:w|we|z|ze|na|do|od|po|pod|u)$/.test(foldText(beforeLast))
		)
			issues.add('prompt-fragment');
		if (
			last === 'za' &&
			!/^(?:głosow\p{L}*|się|było|byli|były|jest|są|będzie|będą)$/u.test(beforeLast)
		)
			issues.add('prompt-fragment');
		// "Ile lat miasto halę wybudować?": an infinitive whose verb ("chce", "ma") was left out.
		if (infinitiveAlone(words)) issues.add('prompt-fragment');
		// "Ile razy więcej widzów niż dotychczasowa sala?": a comparison with no verb of its own.
		const than = folded.indexOf('niz');
		if (
			/^ile razy\s/iu.test(text) &&
			than > 2 &&
			!words.slice(2, than).some((word) => POLISH_FINITE.test(word.replace(/[,;:"„”()]+$/u, '')))
		)
			issues.add('prompt-fragment');
		// "Ile mieszkań w których miało powstać?": a relative clause with nothing to hang on.
		if (
			/^(ile|ilu)\s+\S+\s+(\S+\s+)?(który|która|którą|które|którego|której|któremu|którym|których|którymi|którzy|że|czego)(\s|\?|$)/iu.test(
				text
			)
		)
			issues.add('prompt-fragment');
	} else {
		// "Who bought by the Barclay twins…?": a passive without its auxiliary.
		const second = folded[1] ?? '';
		if (
			/^(who|what|which)$/.test(folded[0] ?? '') &&
			folded[2] === 'by' &&
			!AUXILIARIES.has(second)
		)
			issues.add('prompt-fragment');
		if (/^how (many|much)\s+\S+\s+(that|which|who)\b/i.test(text)) issues.add('prompt-fragment');
		// "When are where turbines due to be installed?": a relative word of a subordinate clause
		// kept after the question word (or its auxiliary).
		const next = AUXILIARIES.has(second) ? folded[2] : second;
		if (
			asking === 0 &&
			(/^(?:where|which|who|whose|whom|when)$/.test(next ?? '') || second === 'that') &&
			folded.length > 3
		)
			issues.add('prompt-fragment');
		// "How many times as long as its old vessel allowed?": no verb before the second "as".
		if (/^how many times (as|more)\b/i.test(text)) {
			const end = folded.findIndex(
				(word, index) => index > 4 && (word === 'as' || word === 'than')
			);
			const clause = folded.slice(4, end < 0 ? folded.length : end);
			if (end >= 0 && !clause.some((word) => AUXILIARIES.has(word) || ENGLISH_PAST.test(word)))
				issues.add('prompt-fragment');
		}
		// "How many seconds ahead of Ethiopia's Bekele Tola?": the figure's phrase with no verb.
		if (
			/^how (many|much)$/.test(`${folded[0] ?? ''} ${folded[1] ?? ''}`) &&
			!folded.slice(3).some((word) => AUXILIARIES.has(word) || ENGLISH_PAST.test(word))
		)
			issues.add('prompt-fragment');
	}
	return [...issues];
}

/** Folded nouns of Polish preposition phrases that need a noun after them: "w ciągu", "w trakcie". */
const PREPOSITION_NOUNS =
	/^(?:ciagu|trakcie|czasie|sprawie|ramach|wyniku|celu|rzecz|przypadku|okolicach|poblizu|srodku|miejsce|zwiazku|porownaniu|zakresie|wysokosci)$/;
/** Polish infinitives: "zakończyć", "wybudować", "przyjąć" (not "pięć", "część"). */
const POLISH_INFINITIVE = /^\p{Ll}{3,}[aeiyąuo]ć$/u;
/** Words that carry an infinitive: "chce", "ma", "trzeba", "powinna". */
const INFINITIVE_CARRIERS =
	/^(?:chce|chca|ma|maja|moze|moga|musi|musza|nalezy|trzeba|mozna|warto|zamierza|zamierzaja|planuje|planuja|powinien|powinna|powinno|powinni|powinny|zdola|zdolaja|uda|udalo|postanawia|pozwoli|pozwala|pomoze|zacznie|zaczna|probuje|stara|staraja|umie|potrafi|woli|wolno|da|dalo)$/;

/**
 * "Ile lat miasto nową halę wybudować?": a Polish question whose only verb is an infinitive;
 * the finite verb that carried it ("chce", "ma") was left out.
 */
function infinitiveAlone(words: readonly string[]): boolean {
	const bare = words.map((word) => word.replace(/[,;:"„”()?]+$/u, ''));
	if (!bare.some((word) => POLISH_INFINITIVE.test(word))) return false;
	// "Ile miesięcy": the counted noun after "Ile" is no verb, whatever its ending.
	const from = /^(?:ile|ilu)$/iu.test(bare[0] ?? '') ? 2 : 1;
	return !bare.some(
		(word, index) =>
			index >= from &&
			((!POLISH_INFINITIVE.test(word) &&
				POLISH_FINITE.test(word) &&
				!POLISH_PARTICIPLE.test(word)) ||
				INFINITIVE_CARRIERS.test(foldText(word)))
	);
}

/** Folded Polish relative words: "w którym", "zgodnie z którą", "gdzie". */
const POLISH_RELATIVE = /^(?:ktor(?:y|a|e|ego|ej|emu|ym|ymi|ych|zy)|gdzie|dokad|skad)$/;
/** Words between a comma and the relative word it opens: "w", "zgodnie z", "na mocy". */
const RELATIVE_LEAD =
	/^(?:w|we|z|ze|na|do|od|o|po|przy|przez|dla|za|pod|nad|przed|u|zgodnie|mocy|wedlug|wobec)$/;

/**
 * "Kiedy w którym przyznało…", "Ile parkingów powstanie zgodnie z którym do 2030 r.?": a Polish
 * relative word that no comma sets off, followed by its clause's verb, a preposition or nothing,
 * qualifies no noun of the question: a subordinate clause of the sentence was left as the
 * question. ("Politycy których państw…" asks which: a noun follows.)
 */
function relativeWithoutComma(words: readonly string[]): boolean {
	return words.some((word, index) => {
		if (index === 0 || !POLISH_RELATIVE.test(foldText(word))) return false;
		let at = index - 1;
		while (at >= 0 && RELATIVE_LEAD.test(foldText(words[at] as string))) at--;
		// "W którym roku…", "Do której szkoły…": the question's own opening.
		if (at < 0 || /[,;:]$/u.test(words[at] as string)) return false;
		const next = (words[index + 1] ?? '').replace(/[,;:"„”()]+$/u, '');
		return (
			next === '' ||
			/^\d/u.test(next) ||
			RELATIVE_LEAD.test(foldText(next)) ||
			/^\p{Ll}+(?:ł|ła|ło|li|ły|no|to)$|^(?:jest|są|będzie|będą|ma|mają|może|mogą)$/u.test(next)
		);
	});
}

/** Polish participles ("wydana", "otwarta", "zatrzymani", "dotycząca"): a noun's phrase, no verb. */
const POLISH_PARTICIPLE =
	/(?:an|on|ęt|yt|ut|it|art|ąc)(?:y|a|e|ego|ej|ych|ym|ymi|ą)$|(?:ani|oni|eni|ęci|yci|uci|arci)$|ąc$|wszy$/u;
/** Words that make a Polish question a clause: a past or impersonal form, an auxiliary. */
const POLISH_FINITE =
	/^(?:\p{L}+(?:ł|ła|ło|li|ły|no|to)|jest|są|był|była|było|były|byli|będzie|będą|zostanie|zostaną|ma|mają|może|mogą|musi|muszą|powstanie|powstaną|\p{L}+(?:uje|ują|eje|eją|ie|ią|i|y))$/u;

/**
 * "Kiedy wydana przez Ossolineum?", "Ile zł otwarta w 2019 r., kosztowała?": a participle right
 * after the question's head, in a question with no verb of its own (a word after a preposition
 * is none) or with the comma that closed the participle's aside.
 */
function participleForVerb(words: readonly string[], asking: number, counting: boolean): boolean {
	if (asking < 0) return false;
	const at = asking + (counting ? 2 : 1);
	const word = (words[at] ?? '').toLowerCase().replace(/[,;:]+$/u, '');
	if (word.length < 5 || !POLISH_PARTICIPLE.test(word)) return false;
	if (words.slice(at).some((other) => /,$/u.test(other))) return true;
	return !words.some((other, index) => {
		if (index <= at || !/^\p{Ll}/u.test(other)) return false;
		const bare = other.replace(/[,;:"„”()]+$/u, '');
		const after = foldText(words[index - 1] ?? '');
		return !RELATIVE_LEAD.test(after) && POLISH_FINITE.test(bare) && !POLISH_PARTICIPLE.test(bare);
	});
}

/** Past tenses, which a "How many" question built from a news sentence keeps as its verb. */
const ENGLISH_PAST =
	/^(\p{L}+ed|sold|won|took|made|got|gave|ran|lost|paid|spent|left|came|went|saw|said|told|found|held|brought|bought|kept|fell|rose|grew|drew|became|began|built|hit|cut|set|put|raised|earned)$/u;

/**
 * Problems a prompt shows only next to its evidence: "Ilu członków na rozprawę przyszło
 * spółdzielni?" from "…ok. 40 członków spółdzielni." tears the counted noun from the words
 * that followed it, and "Ile zł część pieniędzy, trafiła…?" from "Część pieniędzy, ok. 2,3
 * mln zł, trafiła…" keeps the comma that closed the figure's aside.
 */
function wordOrderProblems(prompt: string, evidence: string, language: Language): QuestionIssue[] {
	const text = questionPart(prompt, language);
	if (cutTime(text, evidence)) return ['prompt-fragment'];
	if (language !== 'pl') return [];
	const opening = /^(?:ile|ilu|iloma)\s+(\S+)\s/iu.exec(text);
	const noun = opening?.[1];
	if (!noun) return [];
	const bare = (word: string) => word.replace(/[,.;:!?"„”()]+$/u, '');
	const evidenceWords = collapse(evidence).split(' ');
	const at = evidenceWords.findIndex(
		(word, index) =>
			index > 0 && bare(word) === noun && /\d|\p{L}/u.test(evidenceWords[index - 1] ?? '')
	);
	if (at < 0) return [];
	const promptWords = collapse(text).replace(/\?$/u, '').split(' ').map(bare);
	if (/,$/u.test(evidenceWords[at] ?? '') && text.includes(',')) return ['prompt-fragment'];
	const next = evidenceWords[at + 1];
	// "zastępów Państwowej Straży": a name in the genitive is torn from its noun as a word is.
	if (next === undefined || !/^\p{L}/u.test(next) || /[,.;:!?]$/u.test(evidenceWords[at] ?? ''))
		return [];
	const following = bare(next);
	const adjacent = promptWords.some(
		(word, index) => word === noun && promptWords[index + 1] === following
	);
	return !adjacent && promptWords.includes(following) ? ['prompt-fragment'] : [];
}

/** "Who won his second London title in 2?" from "…in 2:03:51": a time cut at its colon. */
function cutTime(text: string, evidence: string): boolean {
	for (const match of text.matchAll(/(?<![\d:.,])(\d{1,2})(?![\d:.,]\d)/gu)) {
		const figure = match[1] as string;
		const standalone = new RegExp(`(?<![\\d:.,])${figure}(?![\\d:]|[.,]\\d)`, 'u');
		const inTime = new RegExp(`(?<![\\d:.,])${figure}[:.]\\d{2}`, 'u');
		if (inTime.test(evidence) && !standalone.test(evidence)) return true;
	}
	return false;
}

/**
 * "Kiedy spółdzielnią kieruje zarząd komisaryczny?" for "Od 2024 roku spółdzielnią kieruje…":
 * the evidence gives the start of a state, and the question asks when, not since when.
 */
function asksWhenForSince(prompt: string, evidence: string, key: string, language: Language) {
	const opener = foldText(questionPart(prompt, language)).split(' ')[0] ?? '';
	if (opener !== (language === 'pl' ? 'kiedy' : 'when')) return false;
	const year = /\d{4}/.exec(key)?.[0];
	if (!year) return false;
	const since = language === 'pl' ? 'od' : 'since';
	const words = foldText(evidence).split(' ');
	return words.some((word, index) => word === year && words[index - 1] === since);
}

/**
 * "Kiedy radni przyjęli budżet?" keyed 2027 from "przyjęli we wtorek budżet miasta na 2027 rok":
 * the year is what the plan is for ("na 2027 rok", "for 2027"), not when it happened.
 */
function asksWhenForPlanYear(prompt: string, evidence: string, key: string, language: Language) {
	const opener = foldText(questionPart(prompt, language)).split(' ')[0] ?? '';
	if (opener !== (language === 'pl' ? 'kiedy' : 'when')) return false;
	const year = /\d{4}/.exec(key)?.[0];
	if (!year) return false;
	const words = foldText(evidence).split(' ');
	return words.some(
		(word, index) =>
			word === year &&
			words[index - 1] === (language === 'pl' ? 'na' : 'for') &&
			(language === 'en' || /^rok/u.test(words[index + 1] ?? ''))
	);
}

/**
 * "Kiedy pociąg zostanie zawieszony?" keyed "czerwiec 2027" from "zawieszony do czerwca 2027 r.",
 * "When will the road stay closed?" for "until 15 March": the date ends a period, so the
 * question asks until when; "when" reads as the day it starts.
 */
function asksWhenForUntil(prompt: string, evidence: string, key: string, language: Language) {
	const opener = foldText(questionPart(prompt, language)).split(' ')[0] ?? '';
	if (opener !== (language === 'pl' ? 'kiedy' : 'when')) return false;
	const year = /\d{4}/.exec(key)?.[0];
	if (!year) return false;
	const until = language === 'pl' ? /^do$/ : /^(until|till|to|through)$/;
	const words = foldText(evidence).split(' ');
	// Only a day and a month stand between "do" and the year: "do 12 grudnia 2027", never
	// "oddany do użytku w 1998".
	const dayOrMonth = (word: string) => /^\d{1,2}$/.test(word) || monthOf(word) !== undefined;
	return words.some((word, index) => {
		if (word !== year) return false;
		let at = index - 1;
		while (at >= 0 && index - at <= 2 && dayOrMonth(words[at] ?? '')) at--;
		return until.test(words[at] ?? '');
	});
}

/** Prepositions that make the name after them a place where something happened, not a doer. */
const PLACE_PREPOSITIONS: Record<Language, ReadonlySet<string>> = {
	pl: new Set(['w', 'we', 'z', 'ze', 'na', 'do', 'od', 'przy', 'pod', 'nad', 'u', 'kolo']),
	en: new Set(['in', 'at', 'from', 'near', 'of', 'into', 'to'])
};

/**
 * "Kto wysłał na miejsce mobilne laboratorium?" keyed "Wrocław" from "Inspektorat … we
 * Wrocławiu wysłał…", "Who sold…?" keyed "Texas" from "Voltera, based in Austin, Texas, sold…":
 * a who-question whose key the evidence names only after a preposition of place.
 */
function keyIsPlaceOfDoer(
	prompt: string,
	evidence: string,
	key: string,
	context: CheckContext
): boolean {
	const { language } = context;
	const opener = foldText(questionPart(prompt, language)).split(' ')[0] ?? '';
	if (opener !== (language === 'pl' ? 'kto' : 'who')) return false;
	const entity = context.entities?.find((candidate) => foldText(candidate.name) === foldText(key));
	const forms = [key, ...(entity?.aliases ?? [])].filter((form) => form.length > 1);
	const text = collapse(evidence);
	let found = false;
	for (const form of forms) {
		let at = text.indexOf(form);
		while (at >= 0) {
			if (at === 0 || !/\p{L}/u.test(text.charAt(at - 1))) {
				found = true;
				const before = foldText(text.slice(0, at)).split(' ').filter(Boolean).slice(-2);
				if (!before.some((word) => PLACE_PREPOSITIONS[language].has(word))) return false;
			}
			at = text.indexOf(form, at + 1);
		}
	}
	return found;
}

/**
 * What is wrong with a key beside its prompt and evidence: the evidence does not state it, it
 * names where the doer is rather than the doer, or the question asks when for a since.
 */
export function keyProblems(
	prompt: string,
	evidence: string,
	key: string,
	context: CheckContext
): QuestionIssue[] {
	const issues: QuestionIssue[] = [];
	if (
		!keyStated(evidence, key, context) ||
		keyIsPlaceOfDoer(prompt, evidence, key, context) ||
		keyIsCutName(evidence, key, context)
	)
		issues.push('key-not-in-evidence');
	if (asksWhenForSince(prompt, evidence, key, context.language)) issues.push('prompt-fragment');
	if (asksWhenForPlanYear(prompt, evidence, key, context.language))
		issues.push('key-not-in-evidence');
	if (asksWhenForUntil(prompt, evidence, key, context.language)) issues.push('prompt-fragment');
	return issues;
}

/** A capitalised Polish adjective: the first word of a name such as "Narodowy Fundusz Zdrowia". */
const NAME_ADJECTIVE = /^\p{Lu}\p{Ll}*(owy|owa|owe|ny|na|ne|ski|ska|skie|cki|cka|ckie|zki|zka)$/u;

/**
 * "Kto podpisał kontrakt?" keyed "Fundusz Zdrowia" from "Narodowy Fundusz Zdrowia podpisał…":
 * a key that the evidence names only after a capitalised adjective is a name cut short, and
 * a student who writes "NFZ" or the whole name would be marked against it.
 */
function keyIsCutName(evidence: string, key: string, context: CheckContext): boolean {
	if (context.language !== 'pl') return false;
	const entity = context.entities?.find((candidate) => foldText(candidate.name) === foldText(key));
	if (!entity || entity.type === 'person') return false;
	const words = collapse(evidence).split(' ');
	const keyWords = collapse(key).split(' ');
	return words.some(
		(word, index) =>
			index > 0 &&
			keyWords.every((part, offset) => words[index + offset] === part) &&
			NAME_ADJECTIVE.test(words[index - 1] ?? '')
	);
}

/**
 * Polish verb forms and participles, which name nobody: "miał", "ma", "być", "gotowy",
 * "otwarty".
 */
const POLISH_VERB_OR_PARTICIPLE =
	/^(?:\p{Ll}+(?:ł|ła|ło|li|ły)|być|zostać|jest|są|będzie|będą|ma|mają|może|mogą|musi|muszą|powinien|powinna|powinno|powinny|zostanie|zostaną|się|to|\p{Ll}+(?:owy|owa|owe|ony|ona|one|any|ana|ane|ty|ta|te))$/u;

/**
 * "Kiedy miał być gotowy?", "Kiedy stanie się to?": a short Polish question whose words after
 * the question word are only verbs, participles and "to", so that what it asks about was the
 * subject of a sentence the student does not see.
 */
function asksWithoutSubject(words: readonly string[]): boolean {
	const rest = words.slice(1);
	if (rest.length === 0 || rest.length > 3) return false;
	if (rest[rest.length - 1] === 'to') return true;
	return rest.every((word) => POLISH_VERB_OR_PARTICIPLE.test(word));
}

/**
 * Words a question may hold beside its verb without saying what it asks about: adverbs of time,
 * manner or rate, negations, articles ("Kto zgłosił już…", "Who also said…").
 */
const BARE_WORDS: Record<Language, RegExp> = {
	pl: /^(?:nowy|nowa|nowe|nowego|nowej|nową|nowym|już|jeszcze|też|także|również|nie|się|teraz|obecnie|wcześniej|później|dziś|dzisiaj|wczoraj|jutro|ostatecznie|łącznie|razem|dziennie|rocznie|miesięcznie|tygodniowo|średnio|wtedy|ok|około|łącznie)$/u,
	en: /^(?:the|a|an|also|already|now|then|first|finally|recently|yesterday|today|still|just|not|new|eventually|originally|previously)$/u
};

/** Verb forms a bare question keeps: "ma kosztować", "zgłosił", "announced", "will open". */
const BARE_VERB: Record<Language, RegExp> = {
	pl: /^(?:\p{Ll}+(?:ł|ła|ło|li|ły|łby|łaby|no|to|uje|ują)|\p{Ll}{3,}[aeiyąuo]ć|być|jest|są|będzie|będą|ma|mają|może|mogą|musi|muszą|chce|chcą|powinien|powinna|powinno|powinny|wynosi|wyniesie|trwa|potrwa|ruszy|ruszą|powstanie|powstaną|zostanie|zostaną|kosztować|zapłaci|zapłacą|otworzy|otworzą|mówi|mówią|zgłosi)$/u,
	en: /^(?:\p{Ll}+ed|is|are|was|were|has|have|had|will|would|can|could|did|does|do|should|may|might|must|be|been|said|says|say|told|tells|won|took|made|got|gave|ran|lost|paid|spent|left|came|went|saw|found|held|brought|bought|kept|fell|rose|grew|became|began|built|set|put|open|opens|close|closes|start|starts|begin|begins|cost|costs)$/u
};

/**
 * Nouns that, bare, ask about something the sentence before named: a generic noun ("placówka",
 * "the facility") that stands for one of several such things in the article, a noun that needs
 * its complement ("chęć udziału" in what, "the rest" of what).
 */
const BARE_NOUN: Record<Language, RegExp> = {
	pl: /^(?:placówk\p{Ll}*|obiekt\p{Ll}*|inwestycj\p{Ll}*|budyn(?:ek|ku|kiem)|budynki|firm\p{Ll}*|spół(?:ka|ki|ce|kę|ką)|chęć|udział\p{Ll}*|reszt\p{Ll}*|częś(?:ć|ci)|połow\p{Ll}*|większoś(?:ć|ci)|pozostał\p{Ll}*)$/u,
	en: /^(?:facility|scheme|company|building|site|project|firm|rest|remainder|balance|part|half|majority)$/u
};

/** Polish auxiliaries and modals, which carry the verb after them. */
const POLISH_AUXILIARY =
	/^(?:będzie|będą|ma|mają|może|mogą|musi|muszą|zostanie|zostaną|został|została|zostało|zostały|zostali|jest|są|był|była|było|były|byli)$/u;

/** "każdy kurs", "each trip": a noun taken one by one out of a set the question does not name. */
const DISTRIBUTIVE: Record<Language, RegExp> = {
	pl: /^(?:każd\p{Ll}+)$/u,
	en: /^(?:each|every)$/u
};

/**
 * "Who announced?", "Ile zł ma kosztować?", "Kto zgłosił już chęć udziału?", "Ile zł kosztuje
 * każdy kurs?", "Kiedy ruszy placówka?": a question whose words after its head (the question
 * word, and the counted noun or kind of "Ile zł", "Which organisation") are only a verb, an
 * adverb and at most a bare generic noun, so what it asks about was said in a sentence the
 * student does not see. A name, a figure or any other noun says it.
 */
function asksBarely(words: readonly string[], asking: number, language: Language): boolean {
	if (asking < 0) return false;
	const lower = words.map((word) => word.toLowerCase().replace(/[,;:"„”()?]+$/u, ''));
	const head = lower[asking] ?? '';
	let from = asking + 1;
	if (head === 'how')
		from += lower[from] === 'many' || !BARE_VERB.en.test(lower[from + 1] ?? '') ? 2 : 1;
	// "Ile zł", "Which organisation": the counted noun or the kind is part of the head.
	// ("Ile kosztowała budowa?" has none: a verb right after "Ile" is the question's own.)
	else if (
		/^(?:ile|ilu|which)$/u.test(head) &&
		!(/^\p{Ll}{4,}$/u.test(lower[from] ?? '') && BARE_VERB[language].test(lower[from] ?? ''))
	)
		from += 1;
	else if (
		/^(?:what|jak\p{Ll}*|któr\p{Ll}*)$/u.test(head) &&
		!BARE_VERB[language].test(lower[from] ?? '')
	)
		from += 1;
	const rest = words.slice(from);
	if (rest.length === 0 || rest.length > 5) return false;
	if (rest.some((word) => /^[\p{Lu}\d]/u.test(word))) return false;
	// Auxiliaries carry the verb: "When will the facility open?" asks of one verb.
	const content = lower
		.slice(from)
		.filter(
			(word) =>
				!BARE_WORDS[language].test(word) &&
				!(language === 'en' ? AUXILIARIES.has(word) : POLISH_AUXILIARY.test(word))
		);
	let nouns = 0;
	const others: string[] = [];
	content.forEach((word, index) => {
		if (BARE_NOUN[language].test(word) || DISTRIBUTIVE[language].test(word)) nouns++;
		else if (DISTRIBUTIVE[language].test(content[index - 1] ?? '')) nouns++;
		else others.push(word);
	});
	// "nowy budynek szkoły", "the facility's car park": a word after the bare noun says which it
	// is. Questions put the Polish verb first ("Kiedy ruszy placówka?"), the English one after
	// ("When will the facility open?"), where it qualifies nothing.
	const qualified = content.some((word, index) => {
		const next = content[index + 1];
		return (
			BARE_NOUN[language].test(word) &&
			next !== undefined &&
			!BARE_NOUN[language].test(next) &&
			(language === 'pl' || !BARE_VERB.en.test(next))
		);
	});
	if (nouns > 0) return !qualified && others.length <= 1;
	return others.length <= 2 && others.every((word) => BARE_VERB[language].test(word));
}

/**
 * "Kto mówi, że od lat nie mieściła sprzętu?": a clause after "że" that opens, past a time and
 * a negation, on a verb with no subject in the question (what did not hold it), and says little
 * else.
 */
function reportsWithoutSubject(words: readonly string[]): boolean {
	const lower = words.map((word) => word.toLowerCase().replace(/[,;:"„”()]+$/u, ''));
	const that = lower.indexOf('że');
	if (that < 1 || !/,$/u.test(words[that - 1] ?? '')) return false;
	let at = that + 1;
	while (
		at < lower.length &&
		(POLISH_TIME_OPENING.test(lower[at] as string) ||
			/^(?:dawna|dawien|dawno|zawsze|wielu|kilku|kilkunastu|lata)$/u.test(lower[at] as string) ||
			/^(?:nie|już|jeszcze|wciąż|nadal)$/u.test(lower[at] as string))
	)
		at++;
	const verb = lower[at] ?? '';
	if (!/^\p{Ll}{3,}(?:ł|ła|ło|li|ły)$/u.test(verb)) return false;
	const after = words.slice(at + 1);
	return after.length <= 3 && !after.some((word) => /^[\p{Lu}\d]/u.test(word));
}

/** Reporting verbs: an auxiliary inverted across one breaks English ("When has the company says it…"). */
const ENGLISH_REPORTING =
	/^(?:says|said|say|told|tells|added|adds|explained|claims|claimed|announced|confirmed|insisted|warned|argued|believes|believed|thinks|thought|stated|suggested)$/u;

/**
 * "When has the company says it a connection…?", "When had said the company cut…?": an
 * auxiliary moved to the front out of a clause reported after "says" or "said", which no
 * inversion can reach. The figure inside reported speech is asked by its gap.
 */
function invertedAcrossSpeech(folded: readonly string[], asking: number): boolean {
	if (asking < 0) return false;
	const auxiliary = folded.findIndex(
		(word, index) => index > asking && index <= asking + 3 && AUXILIARIES.has(word)
	);
	if (auxiliary < 0) return false;
	return folded.some(
		(word, index) => index > auxiliary && ENGLISH_REPORTING.test(word) && folded[index + 1] !== 'to'
	);
}

/**
 * Polish words that read as a verb of a clause, finite or participle; nouns made of verbs
 * ("wyżywienie", "zajęcie") and adverbs in "-nie" ("dziennie") look like one and are none.
 */
/** Adverbs that qualify the figure a question took out: "ma latem ledwie?". */
const FIGURE_ADVERB =
	/^(?:ledwie|ledwo|tylko|zaledwie|aż|prawie|niemal|niemalże|jedynie|około|blisko|ponad|niespełna|nawet)$/u;

/**
 * "Ile stopni woda ma latem ledwie?", "Ilu pacjentów według danych szpitala w 2025 r. na
 * internie leczono?": an "Ile" question that ends on the adverb of the figure it took out, or
 * on its verb after a long adverbial, which no one would say.
 */
function strandsPolishVerb(lower: readonly string[], asking: number): boolean {
	const last = lower[lower.length - 1] ?? '';
	if (FIGURE_ADVERB.test(last)) return true;
	const between = lower.slice(asking + 2, -1);
	const pastVerb = /^\p{Ll}{3,}(?:ł|ła|ło|li|ły|ono|ano|ęto|yto|ito)$/u.test(last);
	return (
		pastVerb &&
		(between.length >= 8 ||
			(between.length >= 4 && between.some((word) => /^(?:według|zdaniem)$/u.test(word))))
	);
}

function readsAsPolishVerb(word: string): boolean {
	const bare = word.replace(/[,;:"„”()?]+$/u, '');
	if (!/^\p{Ll}/u.test(bare)) return false;
	if (/(?:enie|[^t]anie|ęcie|ycie|ucie|dziennie|cznie|nie)$/u.test(bare) && !/stanie$/u.test(bare))
		return bare === 'nie' ? false : /^(?:będzie|dostanie)$/u.test(bare);
	// "potrwają", "trwa", "może": present forms end like many nouns, so any such ending counts
	// (the rule asks only that a verb could be there).
	return (
		POLISH_FINITE.test(bare) ||
		/\p{Ll}(?:ą|e)$/u.test(bare) ||
		/^(?:ma|trwa|potrwa|zna|czeka|daje|dostaje|zostaje|wystarcza|płaci|wyda|zapłaci)$/u.test(
			bare
		) ||
		POLISH_PARTICIPLE.test(bare) ||
		POLISH_INFINITIVE.test(bare) ||
		BARE_VERB.pl.test(bare)
	);
}

/**
 * "Ile zł wyżywienie dziennie?" from "…, a wyżywienie 12 zł dziennie": a "Ile" question with no
 * verb after its counted noun; the sentence left its verb in the clause before.
 */
function countsWithoutVerb(words: readonly string[]): boolean {
	if (!/^(?:ile|ilu)$/iu.test(words[0] ?? '')) return false;
	// "Ile kosztowała budowa?": the word after "Ile" may be the verb itself ("zł" is no "-ł" verb).
	const rest = words.slice(1).filter((word, index) => index > 0 || word.length >= 4);
	return rest.length > 0 && !rest.some(readsAsPolishVerb);
}

/** "…60 paneli o łącznej mocy?": a measure's noun at the end, the figure it governed cut away. */
const POLISH_MEASURE_END =
	/\so(?:\s+\p{Ll}+)?\s+(?:powierzchni|długości|wysokości|szerokości|głębokości|pojemności|mocy|wartości|wadze|średnicy|prędkości|kubaturze)\?$/u;

/** Phrases that point back to what the question does not show: "na ten cel", "this purpose". */
const POINTING_BACK: Record<Language, RegExp> = {
	// "zapłaci za nie", "czekali na nie": "nie" after a preposition is "them", said before.
	// "wydaliśmy na to 14 tys. zł", "o 0,8 m wyższe niż to?": "to" standing for what was said
	// before ("zgodził się na to, by…" points ahead, and is kept).
	pl: /(^|\s)(na ten cel|w tym celu|ten pomysł|tym doniesieniom|tej sprawie|za to|(?:za|przez|pod|nad|przed|między|o) nie|na to(?!,)|niż to)(\s|[?.,]|$)/iu,
	en: /(^|\s)(this purpose|the idea|these reports)(\s|[?.]|$)/iu
};

/** "Tędy przejeżdża…": a way or a place only the sentence before named. */
const POINTING_BACK_TO_PLACE: Record<Language, RegExp> = {
	pl: /(^|\s)(tędy|tamtędy|stamtąd)(\s|[,?.]|$)/iu,
	en: /(?!)/u
};

/**
 * "Koszty wzrosły w tym czasie o 45 proc.", "najdroższa oferta opiewała wtedy na…", "at the
 * time": a time only the sentence before gave, in a sentence as in a question.
 */
const POINTING_BACK_IN_TIME: Record<Language, RegExp> = {
	pl: /(^|\s)(w tym czasie|do tego czasu|od tego czasu|od tamtego czasu|od tamtej pory|do tamtej pory|w (?:tym|tamtym) okresie|w tamtym czasie|przez ten czas|wtedy|wówczas|(?:\p{L}+\s+)?(?:rok|lata|lat|miesiąc|miesiące|miesięcy|tydzień|tygodnie|tygodni|dzień|dni)\s+później(?!\s+niż))(\s|[,?.]|$)/iu,
	en: /(^|\s)(at the time|(?:by|until|till|since|before) then|(?:by|at) that time|that (?:period|year|month|week|point|decade|season)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|months?|weeks?|days?) later(?! than))(\s|[,?.]|$)/iu
};

/**
 * "Jak dodaje, z 9 mln zł dopłaty…", "Jak przypomniał, najdroższa oferta…": words reported of
 * someone the sentence does not name.
 */
const REPORTED_UNNAMED: Record<Language, RegExp> = {
	pl: /^[„"“–—\s-]*(?:Jak|Według|Zdaniem)\s+(?:\p{Ll}+\s+)?(?:dodaje|dodał|dodała|dodali|przypomina|przypomniał|przypomniała|mówi|mówił|mówiła|powiedział|powiedziała|podkreśla|podkreślił|podkreśliła|zaznacza|zaznaczył|zaznaczyła|tłumaczy|tłumaczył|tłumaczyła|wyjaśnia|wyjaśnił|wyjaśniła|twierdzi|twierdził|twierdziła|zauważa|zauważył|zauważyła|informuje|poinformował|poinformowała|wylicza|wyliczył|wyliczyła|zapewnia|zapewnił|zapewniła|ocenia|ocenił|oceniła|przyznaje|przyznał|przyznała|zapowiada|zapowiedział|zapowiedziała|niego|niej|nich|jego|jej|ich),/u,
	en: /^[“"‘\s]*(?:According to (?:him|her|them)|(?:He|She|They) (?:added|said|says|adds|explained|noted)(?: that)?),?\s/u
};

/** Words that point back to a sentence the question does not show: "Stwierdzono wtedy…". */
const CONTEXT_WORDS: Record<Language, ReadonlySet<string>> = {
	pl: new Set(['wtedy', 'tam', 'wówczas', 'obu', 'obydwu']),
	en: new Set(['then'])
};

/**
 * What is wrong with a true/false statement as a learner reads it, the figure in place: a
 * quotation cut off or opened by a dash, a pronoun or "then" with nothing to point to, a
 * gap, no full stop (a title or a caption).
 */
export function statementProblems(statement: string, language: Language): QuestionIssue[] {
	const issues = new Set<QuestionIssue>();
	const text = collapse(statement);
	if (hasClutter(text)) issues.add('clutter');
	if (unbalancedQuotes(text) || /^[-–—]/u.test(text) || GAP.test(text))
		issues.add('prompt-fragment');
	if (!/[.!?…]["”»)]*$/u.test(text)) issues.add('prompt-fragment');
	const words = foldText(text).split(' ');
	if (words.some((word) => PRONOUNS[language].has(word) || CONTEXT_WORDS[language].has(word)))
		issues.add('prompt-fragment');
	if (POINTING_BACK[language].test(text)) issues.add('prompt-fragment');
	// "…jego przychody wzrosły o 8,4 proc.": whose, the statement alone does not say;
	// "Najdroższa opiewała na…": the dearest what.
	if (pointsBack(text, language)) issues.add('prompt-fragment');
	if (language === 'en' && opensOnEnglishPronoun(text)) issues.add('prompt-fragment');
	return [...issues];
}

/**
 * "Ile zł chce przeznaczyć dyrekcja?" from "Na opryski, które miałyby się odbyć…, dyrekcja chce
 * przeznaczyć 9,4 mln zł.": a sentence opened by a phrase of a preposition that a relative
 * clause interrupts, asked without that phrase, loses what the figure is for.
 */
function lostOpening(question: string, evidence: string, language: Language): boolean {
	if (quotedGap(question) !== undefined) return false;
	const relative =
		language === 'pl'
			? /^[„"“–—\s-]*(\p{L}+)\s+(\p{L}+)[^,]{0,60}?,\s*(?:\p{L}+\s+)?(?:któr\p{L}+|gdzie|co)\s[^,]+,/u
			: /^[“"‘\s]*(\p{L}+)\s+(?:the\s+|a\s+|an\s+)?(\p{L}+)[^,]{0,60}?,\s*(?:which|who|where|that)\s[^,]+,/u;
	const match = relative.exec(collapse(evidence));
	if (!match) return false;
	const preposition = foldText(match[1] as string);
	const prepositions = language === 'pl' ? OPENING_PREPOSITIONS_PL : ENGLISH_OPENING_PREPOSITIONS;
	if (!prepositions.has(preposition)) return false;
	const noun = foldText(match[2] as string);
	const stem = noun.slice(0, Math.max(3, noun.length - 2));
	return !foldText(question)
		.split(' ')
		.some((word) => word.startsWith(stem));
}

const OPENING_PREPOSITIONS_PL = foldedPrepositions(POLISH_PREPOSITIONS);

const ENGLISH_OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([
	'for',
	'on',
	'in',
	'to',
	'from',
	'with',
	'at',
	'into'
]);

/**
 * "Kiedy pochodzi najmłodsza moneta?" for "pochodzi z 1451 r.": a verb that takes "z" and a
 * year asks "Z którego roku", never "Kiedy".
 */
function asksWhenForFrom(question: string, language: Language): boolean {
	return language === 'pl' && /^Kiedy\s+(?:\S+\s+)?(?:pochodz|datuj)\p{L}*/u.test(question);
}

/** What is wrong with a prompt's wording, read beside the evidence it was made from. */
/** Words that negate the word after them, folded; "didn't" folds to "didnt". */
const NEGATION =
	/^(?:nie|not|never|longer|cannot|(?:did|does|do|has|have|had|is|are|was|were|wo|would|could|ca|should)nt)$/u;
/** "nie tylko", "not only", "nie więcej niż": a negation that denies no verb. */
const NOT_A_VERB = new Set(['tylko', 'wiecej', 'mniej', 'only', 'least', 'just', 'even']);

/**
 * "Kto przyznał się do winy?" from "Oskarżony nie przyznał się do winy": the question asks a
 * word the sentence negates, with the negation dropped, so it states the opposite of the
 * article. A word the sentence also says without a negation is left alone.
 */
export function negationDropped(question: string, evidence: string): boolean {
	const asked = foldText(question).split(' ').filter(Boolean);
	if (asked.some((word) => NEGATION.test(word))) return false;
	const words = foldText(evidence).split(' ').filter(Boolean);
	const negated: string[] = [];
	const plain: string[] = [];
	words.forEach((word, index) => {
		if (word.length < 3 || NEGATION.test(word) || STOPWORDS.has(word)) return;
		(NEGATION.test(words[index - 1] ?? '') ? negated : plain).push(word);
	});
	return negated.some(
		(word) =>
			!NOT_A_VERB.has(word) &&
			!plain.some((other) => sameStem(other, word)) &&
			asked.some((other) => sameStem(other, word))
	);
}

/** A word a comparison's "niż"/"than" may follow: "więcej niż", "faster than". */
const COMPARATIVE =
	/^(?:more|less|fewer|rather|other|wiecej|mniej|inaczej|\p{L}+(?:er|szy|sza|sze|szych|szej|iej|ej))$/u;

/**
 * "Z którego roku niż pokazywały badania?", "When than forecasts suggested?": the question
 * word leads straight into a comparison's clause, whose figure dates or counts nothing asked.
 */
export function asksOfComparison(question: string): boolean {
	const words = foldText(question.replace(/[„"“].*$/u, ''))
		.split(' ')
		.filter(Boolean);
	const at = words.findIndex((word) => word === 'niz' || word === 'than');
	return at > 0 && at <= 3 && !COMPARATIVE.test(words[at - 1] as string);
}

export function wordingProblems(
	prompt: string,
	evidence: string,
	language: Language
): QuestionIssue[] {
	const asked = questionPart(prompt, language);
	// "Do kiedy prace potrwają od marca 2027?": one end of a period asked with the other left
	// in, which reads as if the end depended on the start.
	const otherEnd =
		language === 'pl' &&
		/^(?:Do|Od) kiedy\s/u.test(asked) &&
		/\s(?:od|do)\s+(?:\p{L}+\s+)?\d/u.test(asked);
	const gapped = quotedGap(asked, evidence);
	const period =
		gapped !== undefined && gapTakesPeriodAtEdge(gapped, gapTakes(prompt, evidence, language));
	const unnamed =
		gapped === undefined
			? subjectLeftBefore(evidence, language) ||
				restOfSumBefore(evidence, language) ||
				asksOfVerbWithoutSubject(asked, language)
			: speakerUnnamed(gapped, evidence, { language });
	return [
		...new Set([
			...promptProblems(prompt, language, evidence),
			...(negationDropped(asked, evidence) ? (['negation-dropped'] as const) : []),
			...wordOrderProblems(prompt, evidence, language),
			...(period ||
			otherEnd ||
			unnamed ||
			asksOfComparison(asked) ||
			lostOpening(asked, evidence, language) ||
			asksWhenForFrom(asked, language) ||
			asksWhenAcrossClause(asked, language)
				? (['prompt-fragment'] as const)
				: [])
		])
	];
}

/**
 * "Until when has the union collected signatures on a petition asking the trust to freeze
 * charges?": a date asked of a sentence with a clause of its own after the main verb (an
 * infinitive, "asking", "by/aby/żeby") may be that clause's date, not the verb's.
 */
function asksWhenAcrossClause(question: string, language: Language): boolean {
	if (language === 'en')
		return (
			/^(?:(?:Until|By|Since|From) )?when\s/iu.test(question) &&
			// "asking the trust to freeze", not "due to reopen" or "expected to open".
			(/\s(?:asking|urging|calling on|calling for|demanding)\s/u.test(question) ||
				/\s(?:the|a|an|its|their|his|her)\s+\p{Ll}+\s+to\s+\p{Ll}+/u.test(question))
		);
	return (
		/^(?:(?:Do|Od) )?kiedy\s/iu.test(question) && /,?\s(?:by|aby|żeby|ażeby)\s/u.test(question)
	);
}

/**
 * Whether a figure's quoted gap gives its range away to a learner who types the figure; a
 * choice among options that all agree with the noun ("_____ łóżka": 24, 32, 43) does not.
 */
export function gapRevealsRange(prompt: string, evidence: string, language: Language): boolean {
	const taken = gapTakes(prompt, evidence, language);
	const value = taken === undefined ? null : parseNumber(taken.trim(), language);
	const gapped = quotedGap(questionPart(prompt, language));
	return value !== null && gapped !== undefined && gapNounGivesRange(gapped, value, language);
}

/**
 * "Miasto przez _____ miesiące zarządzał komisarz" keyed 3: the Polish noun after a gap takes
 * one form for 2–4 and another for 1, so the gap gives the figure's range away.
 */
function gapNounGivesRange(gapped: string, value: number, language: Language): boolean {
	if (language !== 'pl' || !['one', 'few'].includes(numberClass(value, language))) return false;
	const next =
		gapped
			.split(GAP)[1]
			?.trim()
			.split(/\s+/)[0]
			?.replace(/[,.;:!?"„”()]+$/u, '') ?? '';
	// "dwóch Koreańczyków": men take the genitive plural after any figure, so it gives nothing away.
	// "po dwóch latach": the oblique cases of the plural are one form for every figure above one.
	return (
		/^\p{L}{3,}$/u.test(next) && !NOT_COUNTED.test(next) && !/(ów|ych|ich|ach|ami|om)$/u.test(next)
	);
}

// ---------------------------------------------------------------------------------------
// Options and cloze gaps

/** Locative after "w", "we", "przy": never a bare nominative ("w maj", "w Gorzów", "w Warszawa"). */
const LOCATIVE_PREPOSITIONS = new Set(['w', 'we', 'przy']);
/** Instrumental after "nad", "przed": "nad Wartą", never "nad Warta". */
const INSTRUMENTAL_PREPOSITIONS = new Set(['nad', 'przed']);
/** Days of the week take the accusative after "w" ("w czwartek"), which may end in a consonant. */
const WEEKDAYS = /^(poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele)$/;

/** Whether `option` can stand after `preposition` in Polish, judged by its first word's ending. */
function agreesAfter(preposition: string, option: string): boolean {
	const first = foldText(option).split(' ')[0] ?? '';
	if (first === '' || /\d/.test(first)) return true;
	const original = (collapse(option).split(' ')[0] ?? '').toLowerCase();
	if (LOCATIVE_PREPOSITIONS.has(preposition)) {
		if (WEEKDAYS.test(first)) return true;
		return /([euiy]|ach|ech|ich|ych|ym|im|ej)$/.test(first);
	}
	if (INSTRUMENTAL_PREPOSITIONS.has(preposition)) {
		return /(ą|em|iem|ami|mi|ym|im)$/u.test(original);
	}
	return true;
}

function caseProblems(
	prompt: string,
	options: readonly string[],
	language: Language
): QuestionIssue[] {
	if (language !== 'pl') return [];
	const match = /(?:^|[\s(„"])(\p{L}+)\s+_{3,}/u.exec(prompt);
	const preposition = match?.[1]?.toLowerCase();
	if (!preposition) return [];
	return options.every((option) => agreesAfter(preposition, option)) ? [] : ['option-case'];
}

/**
 * "Konserwator zabytków _____ zapowiedziała…" with three men among the options: the verb after
 * the gap, a woman's like the key, rules out every man. Only names the module knows as persons
 * are read, and only when the verb's gender is the key's (so the word read is its verb).
 */
function gendersDisagree(
	gappedSentence: string,
	keys: readonly string[],
	options: readonly string[],
	context: CheckContext
): boolean {
	if (context.language !== 'pl' || !context.entities) return false;
	const person = (text: string) =>
		context.entities?.some(
			(entity) => entity.type === 'person' && foldText(entity.name) === foldText(text)
		) ?? false;
	const verb = genderAfterGap(gappedSentence, GAP);
	if (!verb || !keys.every((key) => person(key) && polishNameGender(key) === verb)) return false;
	return options.some((option) => {
		const gender = person(option) ? polishNameGender(option) : undefined;
		return gender !== undefined && gender !== verb;
	});
}

function duplicates(texts: readonly string[], language: Language): boolean {
	const seen = new Set<string>();
	for (const text of texts) {
		const value = /^[\d\s.,%]+$/u.test(text.trim()) ? parseNumber(text, language) : null;
		const key = value !== null ? `#${value}` : foldText(text);
		if (seen.has(key)) return true;
		seen.add(key);
	}
	return false;
}

/** A matching or ordering row that is a cut piece of the evidence, or a broken question, rather than a label. */
export function isFragmentLabel(label: string, language: Language): boolean {
	if (/…|\.\.\./u.test(label) || GAP.test(label) || unbalancedQuotes(label)) return true;
	// A label worded as a question must read as one: "Ile rodzin sąd: "Oszukał "?" does not.
	if (collapse(label).endsWith('?') && promptProblems(label, language).length > 0) return true;
	const words = wordsOf(label).map((word) => word.toLowerCase());
	const last = words[words.length - 1] ?? '';
	return DANGLING[language].has(last);
}

// ---------------------------------------------------------------------------------------
// The check

/** What is wrong with a question's evidence: clutter, not the article's, a heading. */
export function evidenceProblems(
	evidence: readonly string[],
	context: CheckContext
): QuestionIssue[] {
	const issues: QuestionIssue[] = [];
	if (evidence.some(hasClutter)) issues.push('clutter');
	if (context.article === undefined) return issues;
	// A cross-link's headline or a caption split off its "ZOBACZ:" or "Fot." is clutter too.
	const lines = context.article.split('\n').map(collapse);
	const inClutterLine = (sentence: string) =>
		lines.some((line) => hasClutter(line) && line.includes(collapse(sentence)));
	if (!issues.includes('clutter') && evidence.some(inClutterLine)) issues.push('clutter');
	const article = collapse(context.article);
	if (evidence.some((sentence) => !article.includes(collapse(sentence))))
		issues.push('evidence-not-in-article');
	// A line that does not end a sentence is a title, a subheading or a caption, and so is
	// every sentence in it ("Osiem lat więzienia…. Sąd: "Oszukał ponad 300 rodzin"").
	const headings = lines.filter(
		(line, index) =>
			line !== '' && (!/[.!?…]["”»)]*$/u.test(line) || isAbbreviatedHeading(lines, index))
	);
	const isHeading = (sentence: string) => {
		const bare = collapse(sentence).replace(/[.]$/u, '');
		return headings.some((line) => line.includes(bare));
	};
	if (evidence.some(isHeading)) issues.push('evidence-heading');
	return issues;
}

function keyTexts(question: QuestionWithKey): string[] {
	switch (question.type) {
		case 'single-choice':
		case 'multiple-response':
		case 'true-false':
			return question.choices
				.filter((choice) => question.key.choiceIds.includes(choice.id))
				.map((choice) => choice.text);
		case 'cloze':
		case 'short-answer':
			return [question.key.value];
		default:
			return [];
	}
}

/** The statement of a true/false question, without the "True or false?" before it. */
function statementOf(prompt: string, language: Language): string {
	const lead = QUIZ_PHRASES[language].trueFalse;
	const text = collapse(prompt);
	return text.startsWith(lead) ? text.slice(lead.length).trim() : text;
}

/** The text with every figure replaced by its value, so that "2" and "two" read the same. */
function withFiguresAsValues(text: string, language: Language): string {
	const marked = text.replace(FIGURE, (match, digits: string, word?: string) => {
		const value = readDigits(digits, language) * multiplierOf(word);
		return Number.isFinite(value) ? ` #${value} ` : match;
	});
	return marked
		.split(/\s+/)
		.map((token) => {
			if (/\d/.test(token)) return token;
			const value = parseNumber(token.replace(/[,.;:!?"„”()]+$/u, ''), language);
			return value === null ? token : `#${value}`;
		})
		.join(' ')
		.replace(/#([\d.e+-]+)/g, 'n$1')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}.]+/gu, ' ')
		.trim();
}

/** The grammatical number a Polish numeral gives its noun: "1 rok", "2 lata", "5 lat". */
function polishNumberClass(value: number): string {
	if (!Number.isInteger(value)) return 'fraction';
	if (value === 1) return 'one';
	const lastTwo = value % 100;
	const last = value % 10;
	return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? 'few' : 'many';
}

/** The grammatical number a figure gives its noun in English: "1 victim", "4 victims". */
function englishNumberClass(value: number): string {
	return value === 1 ? 'one' : 'other';
}

/** The grammatical number a figure gives the noun after it, in the module's language. */
export function numberClass(value: number, language: Language): string {
	return language === 'pl' ? polishNumberClass(value) : englishNumberClass(value);
}

/** The words of a statement that differ from the evidence's, and the evidence's in their place. */
function changedSpan(statement: string, evidence: string) {
	const said = collapse(statement).split(' ');
	const stated = collapse(evidence).split(' ');
	let start = 0;
	while (start < said.length && start < stated.length && said[start] === stated[start]) start++;
	let end = 0;
	while (
		end < said.length - start &&
		end < stated.length - start &&
		said[said.length - 1 - end] === stated[stated.length - 1 - end]
	)
		end++;
	return {
		said: said.slice(start, said.length - end).join(' '),
		stated: stated.slice(start, stated.length - end).join(' '),
		before: said[start - 1] ?? '',
		next: (said[said.length - end] ?? '').replace(/[,.;:!?"„”()]+$/u, '')
	};
}

/**
 * A statement where another figure took the article's one and left its noun in the wrong
 * form: "Proces trwał prawie 10 lata" from "prawie dwa lata", "4 victim" from "One victim".
 */
function nounDisagrees(statement: string, evidence: string, language: Language): boolean {
	const span = changedSpan(statement, evidence);
	const saidValue = parseNumber(span.said, language);
	const statedValue = parseNumber(span.stated, language);
	if (saidValue === null || statedValue === null || !/^\p{L}{3,}$/u.test(span.next)) return false;
	if (
		/^(zł|złotych|euro|proc|procent|per|percent|mln|mld|tys|million|millions|billion|billions|thousand)$/u.test(
			span.next
		)
	)
		return false;
	// "dwóch Koreańczyków", "trzech żołnierzy": with men the noun is in the genitive plural
	// after any figure, as it is after "5".
	if (language === 'pl' && /^(dwóch|trzech|czterech|dwu|obu|obydwu)$/iu.test(span.stated))
		return false;
	if (language === 'pl' && /(ów|ych|ich)$/u.test(span.next)) return false;
	return numberClass(saidValue, language) !== numberClass(statedValue, language);
}

/** A figure with its scale word, as news sites print it: "31 mln", "£62m", "210 tys.". */
const SCALED_FIGURE = /\d(\s?(mln|mld|tys\.?)|(m|bn|k))(?![\p{L}\d])/u;

/**
 * "z czego 20 000 000 zł" in a sentence of "47,3 mln zł", "£81,000,000" beside "£8m": a figure
 * written in another form than the article's gives a false statement away and is no sentence
 * of a news site.
 */
function figureRewritten(statement: string, evidence: string): boolean {
	const span = changedSpan(statement, evidence);
	// "31 000 000" for "31 mln" shares its first word with the article's figure.
	const stated = `${span.before} ${span.stated} ${span.next}`;
	const said = `${span.before} ${span.said} ${span.next}`;
	// "ok. 300 metrów" for "ok. 2,5 tys. metrów" is how a site writes a figure below the scale.
	const couldBeScaled = /\d{1,3}([ ,.\u00a0]\d{3})+|\d{4,}/u.test(span.said);
	if (couldBeScaled && SCALED_FIGURE.test(stated) && !SCALED_FIGURE.test(said)) return true;
	// "9383 głosy" beside the article's "11 284" and "9 383": the thousands separator dropped
	// (or added) makes the one figure look altered.
	const grouped = /^\D*\d{1,3}([ ,.\u00a0]\d{3})+\D*$/u;
	const ungrouped = /^\D*\d{4,}\D*$/u;
	return (
		(grouped.test(span.stated) && ungrouped.test(span.said)) ||
		(ungrouped.test(span.stated) && grouped.test(span.said))
	);
}

/** Whether a bracket with a figure stands right after `part` of `text` (and its unit). */
function conversionAfter(text: string, part: string): boolean {
	const at = collapse(text).indexOf(part);
	if (at < 0) return false;
	const rest = collapse(text).slice(at + part.length);
	// "770 sq m (15,000 sq ft)": a unit of two words too.
	return /^\s*(?:[\p{L}/%.²]{1,12}\s*){0,2}\(\s*(?:[~≈]|ok\.|about)?\s*[£$€]?\s*\d/u.test(rest);
}

function trueFalseProblems(
	question: Extract<QuestionWithKey, { type: 'true-false' }>,
	evidence: string,
	language: Language
): QuestionIssue[] {
	const statement = statementOf(question.prompt, language);
	const isTrue = question.key.choiceIds.includes('true');
	const issues: QuestionIssue[] = [];
	if (nounDisagrees(statement, evidence, language)) issues.push('option-case');
	if (figureRewritten(statement, evidence)) issues.push('option-case');
	// A figure changed inside a time, a date or a range ("11:3" for "11:00", "2022-2600").
	const span = changedSpan(statement, evidence);
	const cutFigure = /\d:\d|\d[–-]\d|\d{1,2}\.\d{1,2}\.\d{4}|:\d*$|^\d*:|^[–-]|[–-]$/u;
	if ([span.said, span.stated].some((part) => /\d/.test(part) && cutFigure.test(part)))
		issues.push('prompt-fragment');
	// A figure changed inside the brackets of a conversion: "5 km/s (7,200 mph)".
	// (A conversion left out, the figure before it kept, changes nothing: "54 metres long".)
	if (span.said !== '' && isConversion(evidence, span.stated.replace(/^\(/u, '')))
		issues.push('prompt-fragment');
	// "…lower instruments 1,600 metres (8,200ft)" for "2,500 metres (8,200ft)": a figure altered
	// beside its conversion, which still says the article's figure.
	if (!isTrue && span.said !== '' && conversionAfter(statement, span.said))
		issues.push('prompt-fragment');
	// Figures in digits only: a hand-written statement may word its date otherwise ("do połowy").
	const digitsSaid = [...withoutTimesAndDates(statement).matchAll(FIGURE)].map(
		(match) => readDigits(match[1] as string, language) * multiplierOf(match[2])
	);
	const stated = figuresIn(evidence, language);
	if (isTrue) {
		if (!digitsSaid.every((value) => stated.some((found) => sameValue(found, value))))
			issues.push('key-not-in-evidence');
	} else if (withFiguresAsValues(statement, language) === withFiguresAsValues(evidence, language)) {
		issues.push('true-false-same-value');
	}
	return issues;
}

/** What of the evidence a quoted gap stands for: "four-legged" in "…of a _____ whale…". */
function gapTakes(prompt: string, evidence: string, language: Language): string | undefined {
	const gapped = quotedGap(questionPart(prompt, language), evidence);
	if (gapped === undefined) return undefined;
	const at = gapped.search(GAP);
	// The template nests the sentence's own quotation in other marks ('…', «…»): any mark
	// matches any other, one character for one, so positions in the evidence hold.
	const before = sameMarks(gapped.slice(0, at).replace(/^["'„“]/u, ''));
	const after = sameMarks(gapped.slice(at).replace(GAP, '').replace(/…$/u, '').slice(0, 20));
	const original = collapse(evidence);
	const text = sameMarks(original);
	const start = text.indexOf(before);
	if (start < 0) return undefined;
	const from = start + before.length;
	const end = after === '' ? text.length : text.indexOf(after, from);
	return end < 0 ? undefined : original.slice(from, end);
}

function sameMarks(text: string): string {
	return text.replace(/[„”"“«»‘’']/gu, '"');
}

/** Words after a Polish figure that take their form from a scale word or a unit, not from it. */
const NOT_COUNTED = /^(zł|złotych|euro|proc\.?|procent|mln|mld|tys\.?|km|m|kg|t|ha|%)$/u;

/**
 * Problems of a figure's gap in a quoted sentence: a gap standing for part of a compound
 * ("a _____ whale" for "four-legged"), and, in Polish, options that do not agree with the
 * noun after the gap ("Oddział ma _____ łóżka" with "31" or "240").
 */
function figureGapProblems(
	question: QuestionWithKey,
	evidence: string,
	language: Language
): QuestionIssue[] {
	const taken = gapTakes(question.prompt, evidence, language);
	if (taken === undefined) return [];
	const issues: QuestionIssue[] = [];
	if (/\p{L}-\p{L}|\d-\p{L}/u.test(taken)) issues.push('prompt-fragment');
	if (language !== 'pl' || question.type !== 'single-choice') return issues;
	const gapped = quotedGap(questionPart(question.prompt, language)) ?? '';
	const next =
		gapped
			.split(GAP)[1]
			?.trim()
			.split(/\s+/)[0]
			?.replace(/[,.;:!?"„”()]+$/u, '') ?? '';
	if (!/^\p{L}{3,}$/u.test(next) || NOT_COUNTED.test(next)) return issues;
	const keyText = question.choices.find((choice) =>
		question.key.choiceIds.includes(choice.id)
	)?.text;
	const keyValue = keyText === undefined ? null : parseNumber(keyText, language);
	if (keyValue === null || /\p{L}/u.test(keyText ?? '')) return issues;
	const keyClass = numberClass(keyValue, language);
	const disagrees = question.choices.some((choice) => {
		const value = parseNumber(choice.text, language);
		return (
			value !== null && !/\p{L}/u.test(choice.text) && numberClass(value, language) !== keyClass
		);
	});
	if (disagrees) issues.push('option-case');
	return issues;
}

/**
 * Why a generated question should not be offered as it is; an empty list when the check
 * finds nothing.
 */
/**
 * "£2.1m comes from the Shared Prosperity Fund and £600,000 from _____" offering the Shared
 * Prosperity Fund: an option that is a name the prompt shows, in any form the module knows.
 * Figures and dates are left out: the prompt's other figures are no options of this one.
 */
function namesShown(prompt: string, option: string, context: CheckContext): boolean {
	if (/\d/u.test(option) || !/^\p{Lu}/u.test(option.trim())) return false;
	const folded = foldText(option);
	const entity = context.entities?.find((entity) => foldText(entity.name) === folded);
	const forms = [folded, ...(entity?.aliases ?? []).map(foldText)].filter(
		(form) => form.length > 1
	);
	const text = foldText(prompt);
	return forms.some((form) =>
		new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(form)}(?![\\p{L}\\d])`, 'u').test(text)
	);
}

export type BodyKind =
	'company' | 'council' | 'school' | 'trust' | 'programme' | 'club' | 'hospital' | 'other';

/** Words that say what a gap's organisation is: "a firm based in…", "firmie _____", "spółka _____". */
const KIND_NOUNS: readonly [BodyKind, { test(word: string): boolean }][] = [
	[
		'company',
		/^(?:firm|company|contractor|builders?|firm(?:a|ę|ą|y|ie)|spółk(?:a|ę|ą|i)|spółce|wykonawc(?:a|y|ą|ę))$/iu
	],
	['council', /^(?:council|rad[aęąy]|radzie)$/iu],
	['school', /^(?:school|szkoł[aęąy]|szkole)$/iu],
	['trust', /^trust$/iu],
	['programme', { test: (word: string) => PROGRAMME_NOUNS.has(word.toLowerCase()) }]
];

function kindOfNoun(word: string | undefined): BodyKind | undefined {
	if (word === undefined) return undefined;
	return KIND_NOUNS.find(([, noun]) => noun.test(word))?.[0];
}

const REPRESENTED_ON =
	/\b(?:represents?|representing|represented)\s+[^,;:_"„”]{1,60}?\s+on\s+(?:the\s+)?_{3,}/iu;

/**
 * What the prompt says its gap's organisation is: the apposition after the gap ("_____, a firm
 * based in Padiham", "_____, the Preston-based contractor") or the noun right before it
 * ("firmie _____", "spółka _____", "the trust _____"), or the body a ward is represented on.
 */
export function gapBodyKind(prompt: string): BodyKind | undefined {
	const after = /_{3,}\s*,\s*(?:a|an|the)\s+([^,.;:!?"„”]*)/iu.exec(prompt);
	const words = (after?.[1] ?? '').split(/[\s-]+/u).slice(0, 4);
	const apposition = words.map(kindOfNoun).find((kind) => kind !== undefined);
	if (apposition) return apposition;
	const before = kindOfNoun(/([\p{L}]+)\s+_{3,}/u.exec(prompt)?.[1]);
	if (before) return before;
	// "who represents Matlock East on _____": a ward is represented on a council.
	if (REPRESENTED_ON.test(prompt)) return 'council';
	// "the _____ fund", "the _____ scheme": the head noun after the gap names a programme.
	const head = kindOfNoun(/_{3,}\s+([\p{L}]+)/u.exec(prompt)?.[1]);
	return head === 'programme' ? head : undefined;
}

/**
 * Nouns only one kind of body owns, after "its" or "jej", "swoich": "at its clubhouse" is a
 * club's, "its pupils" a school's, "its patients" a hospital's. A council or a hospital among
 * the options of "Who offered meals at its clubhouse?" is ruled out by the question.
 */
const OWNED_NOUNS: readonly [BodyKind, RegExp][] = [
	[
		'club',
		/(?<!\p{L})(?:its|their|jego|jej|swo\p{L}*)\s+(?:own\s+|new\s+|home\s+)?(?:clubhouse|club\s?house|stadium|ground|pitch|players|squad|fans|supporters|first\s+team|klubow\p{L}*|stadion\p{L}*|boisk\p{L}*|zawodni\p{L}*|piłkar\p{L}*|kibic\p{L}*|kibiców)(?!\p{L})/iu
	],
	[
		'school',
		/(?<!\p{L})(?:its|their|jego|jej|swo\p{L}*)\s+(?:own\s+|new\s+)?(?:pupils|headteacher|head\s+teacher|classrooms|sixth\s+form|playground|uczni\p{L}*|uczennic\p{L}*|dyrektor\p{L}*\s+szkoły|sal\p{L}*\s+lekcyjn\p{L}*|boisk\p{L}*\s+szkoln\p{L}*)(?!\p{L})/iu
	],
	[
		'hospital',
		/(?<!\p{L})(?:its|their|jego|jej|swo\p{L}*)\s+(?:own\s+|new\s+)?(?:patients|wards|A&E|emergency\s+department|operating\s+theatres?|pacjent\p{L}*|oddział\p{L}*|SOR|izb\p{L}*\s+przyjęć)(?!\p{L})/iu
	]
];

/** What kind of body the prompt's possessive says owns what it names: "at its clubhouse" → a club. */
export function ownerBodyKind(prompt: string): BodyKind | undefined {
	return OWNED_NOUNS.find(([, owned]) => owned.test(prompt))?.[0];
}

/** What an organisation's name says it is: "… Ltd", "… sp. z o.o.", "… Council", "Rada …", a fund, a society. */
export function bodyKindOfName(name: string): BodyKind | undefined {
	const text = name.trim();
	if (
		/(?:\b(?:Ltd|Limited|plc|PLC|LLP|Inc|GmbH|S\.\s?A|Sp\.\s?[jk])\.?|\bsp\.\s?z\s?o\.\s?o\.)$/iu.test(
			text
		)
	)
		return 'company';
	// "Levelling Up Fund", "Fundusze Europejskie dla Podkarpacia", but not "Narodowy Fundusz Zdrowia".
	if (askedKind('organisation', text) === 'programme') return 'programme';
	if (/(?<!\p{L})(?:Council|Rada)(?!\p{L})/u.test(text)) return 'council';
	if (
		/(?<!\p{L})(?:School|Academy|College|Szkoła|Szkół|Liceum|Technikum|Przedszkole)(?!\p{L})/u.test(
			text
		)
	)
		return 'school';
	if (/(?<!\p{L})Trust(?!\p{L})/u.test(text)) return 'trust';
	if (/(?<!\p{L})(?:Hospital|Infirmary|Szpital)(?!\p{L})/u.test(text)) return 'hospital';
	if (/(?<!\p{L})(?:Club|Klub|F\.?C\.?|A\.?F\.?C\.?|KS|MKS|GKS)(?!\p{L})/u.test(text))
		return 'club';
	if (
		/(?<!\p{L})(?:Fund|Society|Association|Authority|Agency|Ministry|Department|Foundation|Museum|Fundusz|Fundacja|Stowarzyszenie|Towarzystwo|Urząd|Gmina|Starostwo|Ministerstwo|Agencja|Muzeum)(?!\p{L})/u.test(
			text
		)
	)
		return 'other';
	return undefined;
}

export function checkQuestion(question: QuestionWithKey, context: CheckContext): QuestionIssue[] {
	const { language } = context;
	const evidenceList = evidenceSentences(question);
	const evidence = evidenceList.join(' ');
	const issues = new Set<QuestionIssue>(evidenceProblems(evidenceList, context));
	const add = (found: readonly QuestionIssue[]) => found.forEach((issue) => issues.add(issue));

	switch (question.type) {
		case 'numeric': {
			add(wordingProblems(question.prompt, evidence, language));
			add(figureGapProblems(question, evidence, language));
			if (gapRevealsRange(question.prompt, evidence, language)) issues.add('prompt-fragment');
			if (question.unit && hasClutter(question.unit)) issues.add('clutter');
			const stated = figuresIn(evidence, language);
			if (!stated.some((value) => sameValue(value, question.key.value)))
				issues.add('key-not-in-evidence');
			const shown = quotedGap(question.prompt) ?? questionPart(question.prompt, language);
			if (figuresIn(shown, language).some((value) => sameValue(value, question.key.value)))
				issues.add('answer-in-prompt');
			break;
		}
		case 'single-choice':
		case 'multiple-response': {
			add(wordingProblems(question.prompt, evidence, language));
			add(figureGapProblems(question, evidence, language));
			const texts = question.choices.map((choice) => choice.text);
			if (duplicates(texts, language)) issues.add('duplicate-options');
			if (texts.some(isClutterOption)) issues.add('clutter');
			for (const key of keyTexts(question))
				add(keyProblems(question.prompt, evidence, key, context));
			const keys = new Set(keyTexts(question).map(foldText));
			const distractors = texts.filter((text) => !keys.has(foldText(text)));
			if (distractors.some((text) => namesShown(question.prompt, text, context)))
				issues.add('option-ruled-out');
			// "awarded to _____, a firm based in Padiham" among a fund and a council; "Who offered
			// meals at its clubhouse?" among a council and a hospital.
			const owner = ownerBodyKind(question.prompt);
			const kind =
				gapBodyKind(question.prompt) ??
				(owner !== undefined && keyTexts(question).every((text) => bodyKindOfName(text) === owner)
					? owner
					: undefined);
			if (
				kind !== undefined &&
				distractors.some((text) => {
					const optionKind = bodyKindOfName(text);
					return optionKind !== undefined && optionKind !== kind;
				})
			)
				issues.add('option-ruled-out');
			const gapped = quotedGap(question.prompt);
			if (gapped !== undefined) {
				add(caseProblems(gapped, texts, language));
				if (gendersDisagree(gapped, keyTexts(question), texts, context)) issues.add('option-case');
			}
			break;
		}
		case 'true-false': {
			const statement = statementOf(question.prompt, language);
			add(statementProblems(statement, language));
			add(trueFalseProblems(question, evidence, language));
			break;
		}
		case 'cloze': {
			const text = collapse(question.prompt);
			if (hasClutter(text)) issues.add('clutter');
			add(gapProblems(text));
			if (unbalancedQuotes(text)) issues.add('prompt-fragment');
			const key = collapse(question.key.value);
			const sentence = clozeShown(text, language);
			if (/^[-–—]\s/u.test(sentence)) issues.add('prompt-fragment');
			// The sentence shown before the gapped one is what it leans on, and must not lean.
			const { context: before, gapped } = splitShownContext(sentence, evidence);
			if (leansOnSentenceBefore(before ?? gapped, language)) issues.add('prompt-fragment');
			if (gapTakesPeriodAtEdge(gapped, key)) issues.add('prompt-fragment');
			// "a _____ whale" keyed "four-legged": the figure is part of an adjective, which no
			// student can guess the form of, and the fact is the count itself ("four legs").
			if (/^\p{L}+-\p{L}+$/u.test(key) && parseNumber(key.split('-')[0] ?? '', language) !== null)
				issues.add('prompt-fragment');
			// A year ("w _____ kontrolowana" keyed "2023 roku") counts nothing.
			const keyValue = /^(1\d|2[01])\d{2}(?!\d)/u.test(key) ? null : parseNumber(key, language);
			if (keyValue !== null && gapNounGivesRange(sentence, keyValue, language))
				issues.add('prompt-fragment');
			const filled = gapped.replace(GAP, () => key);
			if (!unnamedForms(filled).some((form) => collapse(evidence).includes(form))) {
				issues.add(states(evidence, key, language) ? 'option-case' : 'key-not-in-evidence');
			}
			if (foldText(sentence.replace(GAP, ' ')).includes(foldText(key)) && foldText(key).length > 2)
				issues.add('answer-in-prompt');
			const options: unknown = (question as { choices?: unknown }).choices;
			const optionTexts = Array.isArray(options)
				? options.flatMap((option: unknown) =>
						typeof option === 'object' && option !== null && 'text' in option
							? [String((option as { text: unknown }).text)]
							: []
					)
				: [key];
			add(caseProblems(sentence, optionTexts, language));
			if (gendersDisagree(sentence, [key], optionTexts, context)) issues.add('option-case');
			if (optionTexts.length > 1 && duplicates(optionTexts, language))
				issues.add('duplicate-options');
			break;
		}
		case 'short-answer': {
			add(wordingProblems(question.prompt, evidence, language));
			if (hasClutter(question.key.value) || AGENCY_WORD.test(question.key.value))
				issues.add('clutter');
			add(keyProblems(question.prompt, evidence, question.key.value, context));
			break;
		}
		case 'ordering': {
			const labels = question.choices.map((choice) => choice.text);
			if (duplicates(labels, language)) issues.add('duplicate-rows');
			if (labels.some(hasClutter)) issues.add('clutter');
			if (labels.some((label) => isFragmentLabel(label, language)))
				issues.add('row-label-fragment');
			break;
		}
		case 'matching': {
			const labels = question.items.map((item) => item.text);
			const figures = question.choices.map((choice) => choice.text);
			if (duplicates(labels, language)) issues.add('duplicate-rows');
			if (duplicates(figures, language)) issues.add('duplicate-options');
			if (labels.some(hasClutter)) issues.add('clutter');
			if (labels.some((label) => isFragmentLabel(label, language)))
				issues.add('row-label-fragment');
			if (figures.some((figure) => !states(evidence, figure, language)))
				issues.add('key-not-in-evidence');
			// A label that shows its own figure answers the row.
			if (
				labels.some((label) =>
					figuresIn(label, language).some((value) =>
						figures.some((figure) => sameValue(parseNumber(figure, language) ?? NaN, value))
					)
				)
			)
				issues.add('answer-in-prompt');
			break;
		}
	}
	const shown = shownSentence(question, language);
	if (shown !== undefined && evidenceList.length === 1 && speakerUnnamed(shown, evidence, context))
		issues.add('prompt-fragment');
	// A sentence shown before the gapped one is the article's own, word for word, right before it.
	const before = shown === undefined ? undefined : splitShownContext(shown, evidence).context;
	const rightBefore = (article: string, sentence: string) =>
		collapse(article).includes(`${collapse(sentence)} ${collapse(evidence)}`);
	if (
		before !== undefined &&
		(evidenceList.length !== 1 ||
			evidenceProblems([before], context).length > 0 ||
			(context.article !== undefined && !rightBefore(context.article, before)))
	)
		issues.add('prompt-fragment');
	return QUESTION_ISSUES.filter((issue) => issues.has(issue));
}

/** A cloze's shown text: its sentence, or the sentence before and its sentence. */
function clozeShown(text: string, language: Language): string {
	const { cloze, clozePassage } = QUIZ_PHRASES[language];
	const lead = [cloze, clozePassage].find((phrase) => text.startsWith(phrase));
	return lead === undefined ? text : text.slice(lead.length).trim();
}

/** The article's sentence as a question shows it: a cloze's, a gap's, a statement's. */
function shownSentence(question: QuestionWithKey, language: Language): string | undefined {
	if (question.type === 'true-false') return statementOf(question.prompt, language);
	if (question.type === 'cloze') return clozeShown(collapse(question.prompt), language);
	if (question.type === 'ordering' || question.type === 'matching') return undefined;
	return quotedGap(question.prompt);
}

// ---------------------------------------------------------------------------------------
// The quiz as a whole

/** What a learner sees of a question before answering it. */
function visibleTexts(question: QuestionWithKey): string[] {
	switch (question.type) {
		case 'matching':
			return [
				question.prompt,
				...question.items.map((item) => item.text),
				...question.choices.map((choice) => choice.text)
			];
		case 'ordering':
			return [question.prompt, ...question.choices.map((choice) => choice.text)];
		default:
			// Options of choice questions are left out: a name among distractors gives nothing away.
			return [question.prompt];
	}
}

/** Figures a question asks for: the numeric key, or a key that reads as a figure. */
function answerFigures(question: QuestionWithKey, language: Language): number[] {
	if (question.type === 'numeric') return [question.key.value];
	if (question.type === 'true-false') return [];
	return keyTexts(question).flatMap((text) => {
		const value = parseNumber(text, language);
		return value === null ? [] : [value];
	});
}

/** Names, dates and other words a question asks for. */
function answerNames(question: QuestionWithKey, language: Language): string[] {
	if (question.type === 'true-false') return [];
	return keyTexts(question).filter(
		(text) => /\p{L}{2,}/u.test(text) && parseNumber(text, language) === null
	);
}

/** Small figures ("two hours") recur by chance; they count as shown only from the same sentence. */
const SMALL_FIGURE = 12;

/**
 * A figure that names one fact of an article wherever it recurs: not a small count (under 10)
 * and not a year, which recur by chance ("two hours", "in 2024").
 */
export function isTellingFigure(value: number): boolean {
	if (Math.abs(value) < 10) return false;
	return !(Number.isInteger(value) && value >= 1800 && value <= 2100);
}

/**
 * The quiz-level check: no question shows the answer of another (a matching question's
 * figures, a cloze sentence naming the person the next question asks for, a true statement),
 * and no fact is asked twice. Each finding names both questions by their index.
 */
/**
 * "…with the rest from a US fund, Calder…" beside a question keyed "Calder Bio Partners": a
 * gap of the same sentence whose quote, cut short, ends on the start of a name of several
 * words.
 */
function showsNameStart(text: string, name: string): boolean {
	const words = name.split(/\s+/u);
	if (words.length < 2 || (words[0] as string).length < 3 || !text.includes('…')) return false;
	for (let length = 1; length < words.length; length++) {
		const start = words.slice(0, length).map(escapeRegExp).join('\\s+');
		if (new RegExp(`(?<![\\p{L}\\d])${start}\\s*…`, 'iu').test(text)) return true;
	}
	return false;
}

/** A figure in digits with the word it counts: "2,371,850 passengers", "1,1 mln pasażerów". */
const COUNTED_FIGURE =
	/(?<![\d.,])(\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?)(\s?(?:million|billion|mln|mld|bn|m)\b\.?)?\s+(\p{L}+)/gu;

/**
 * Whether a text states an approximate numeric key another way: "2,371,850 passengers" for
 * "almost 2.4 million passengers", a figure of the key's unit its tolerance takes.
 */
function restatesKey(question: QuestionWithKey, text: string, language: Language): boolean {
	if (question.type !== 'numeric' || !question.unit) return false;
	const { min, max } = question.key;
	if (min === undefined || max === undefined) return false;
	const unit = foldText(question.unit);
	return [...text.matchAll(COUNTED_FIGURE)].some(([, digits = '', scale = '', noun = '']) => {
		const value = parseNumber(`${digits}${scale}`.trim(), language);
		return (
			value !== null &&
			Math.abs(value) > SMALL_FIGURE &&
			value >= min &&
			value <= max &&
			foldText(noun) === unit
		);
	});
}

export function checkQuiz(
	questions: readonly QuestionWithKey[],
	context: CheckContext
): QuizFinding[] {
	const { language } = context;
	const findings: QuizFinding[] = [];
	const seenFacts = new Map<string, number>();
	questions.forEach((question, index) => {
		for (const factId of question.factIds) {
			const earlier = seenFacts.get(factId);
			if (earlier !== undefined && earlier !== index) {
				findings.push({ index, issue: 'fact-asked-twice', other: earlier });
				break;
			}
		}
		for (const factId of question.factIds) if (!seenFacts.has(factId)) seenFacts.set(factId, index);
	});
	const evidenceOf = questions.map(
		(question) => new Set(evidenceSentences(question).map(collapse))
	);
	// One figure of one sentence under two facts ("356 mieszkań, ale 356 nowych lokali"): asked
	// twice, whatever noun each question counts.
	questions.forEach((question, index) => {
		if (findings.some((finding) => finding.index === index)) return;
		const figures = answerFigures(question, language);
		const earlier = questions.findIndex(
			(other, at) =>
				at < index &&
				[...(evidenceOf[index] as Set<string>)].some((sentence) =>
					(evidenceOf[at] as Set<string>).has(sentence)
				) &&
				answerFigures(other, language).some((value) =>
					figures.some((figure) => sameValue(figure, value))
				)
		);
		if (earlier >= 0) findings.push({ index, issue: 'fact-asked-twice', other: earlier });
	});
	// "from 420 to _____ pupils" and "once all _____ places were filled", both 630: one figure
	// of the article asked twice from two sentences.
	questions.forEach((question, index) => {
		if (findings.some((finding) => finding.index === index)) return;
		const figures = answerFigures(question, language).filter(isTellingFigure);
		if (figures.length === 0) return;
		const earlier = questions.findIndex(
			(other, at) =>
				at < index &&
				answerFigures(other, language).some((value) =>
					figures.some((figure) => sameValue(figure, value))
				)
		);
		if (earlier >= 0) findings.push({ index, issue: 'fact-asked-twice', other: earlier });
	});
	questions.forEach((question, index) => {
		const figures = answerFigures(question, language);
		const names = answerNames(question, language);
		for (let other = 0; other < questions.length; other++) {
			if (other === index) continue;
			const shown = visibleTexts(questions[other] as QuestionWithKey);
			const sharesSentence = [...(evidenceOf[index] as Set<string>)].some((sentence) =>
				(evidenceOf[other] as Set<string>).has(sentence)
			);
			const shownFigures = shown.flatMap((text) => figuresIn(text, language));
			const figureShown =
				figures.some(
					(value) =>
						(Math.abs(value) > SMALL_FIGURE || !Number.isInteger(value) || sharesSentence) &&
						shownFigures.some((found) => sameValue(found, value))
				) || shown.some((text) => restatesKey(question, text, language));
			const nameShown = names.some(
				(name) =>
					shown.some((text) => states(text.replace(/_{3,}/g, ' '), name, language)) ||
					(sharesSentence && shown.some((text) => showsNameStart(text, name)))
			);
			if (figureShown || nameShown) {
				findings.push({ index, issue: 'answer-shown-elsewhere', other });
				break;
			}
		}
	});
	return findings.sort((a, b) => a.index - b.index);
}
