import { foldedPrepositions, POLISH_SIMPLE_PREPOSITIONS } from '../language/prepositions-pl';
import type { Language } from '../content';
import { parseNumber } from '../language/number';
import { foldText } from '../language/normalize';
import type { Morphology } from './morphology';
import type { FoundQuantity } from './numbers';
import type { Token } from './tokens';

/**
 * What a figure counts, as a noun phrase a matching or ordering row can show: the counted
 * noun in its base form with the words of its clause that tell it from the article's other
 * figures ("mieszkańcy, których ewakuowali strażacy", "people killed", "buildings that had
 * collapsed"). Worded only where the sentence's shape is one of a few that can be reworded
 * safely; otherwise there is none, and the figure stays out of those questions: a broken row
 * is worse than a question fewer.
 */

export interface LabelSource {
	/** The tokens of the evidence sentence. */
	tokens: readonly Token[];
	found: FoundQuantity;
	/** The counted noun in its plural base form ("żołnierze"). */
	noun?: string;
	/** The plural base form the rules give a counted noun's surface ("uczniów" → "uczniowie"). */
	pluralOf?: (surface: string) => string;
	/** Whether a plural noun names persons ("Ilu żołnierzy"): Polish chooses "którzy" for them. */
	isPersonal: (noun: string) => boolean;
	language: Language;
	morphology?: Morphology;
	/** Tokens that belong to a name: they keep their capital at the start of a sentence. */
	nameTokens: ReadonlySet<number>;
	/** The figure before this one in its sentence, with its label. */
	whole?: WholeFigure;
}

export interface WholeFigure {
	found: FoundQuantity;
	label: string;
}

/** Rows longer than this read as sentences, not as what a figure counts. */
const MAX_LABEL_WORDS = 12;
const MAX_LABEL_LENGTH = 90;

/** Brackets are no clause's end: they hold an acronym ("Wojsk Obrony Terytorialnej (WOT)"). */
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '—', '–', '"', '„', '”', '“', '.']);
const folded = (words: readonly string[]): ReadonlySet<string> =>
	new Set(words.map((word) => foldText(word)));

const CLAUSE_WORDS: Record<Language, ReadonlySet<string>> = {
	pl: folded([
		'a',
		'ale',
		'lecz',
		'ze',
		'zeby',
		'aby',
		'jesli',
		'jezeli',
		'gdy',
		'bo',
		'poniewaz',
		'choc',
		'czyli',
		'ktory',
		'ktora',
		'ktore',
		'ktorzy',
		'ktorego',
		'ktorej',
		'ktorych',
		'ktorym',
		'ktorymi',
		'co',
		'czego',
		'czym',
		'gdzie',
		'kiedy',
		'jak',
		'wiec',
		'zatem',
		'dlatego',
		'jednak',
		'natomiast',
		'zanim'
	]),
	en: folded([
		'that',
		'which',
		'who',
		'while',
		'but',
		'although',
		'whereas',
		'because',
		'as',
		'and',
		'or',
		'when',
		'where',
		'if',
		'unless',
		'whether',
		'so',
		'however'
	])
};
/** Words that join two clauses or two noun phrases: a row stops before them. */
const JOINERS: Record<Language, ReadonlySet<string>> = {
	pl: folded(['i', 'oraz', 'lub', 'albo']),
	en: folded(['and', 'or'])
};
/** Words standing for someone the row does not name: "przy niej", "its members". */
const POINTERS: Record<Language, ReadonlySet<string>> = {
	pl: folded([
		'on',
		'ona',
		'ono',
		'oni',
		'one',
		'niej',
		'nim',
		'niego',
		'nią',
		'niemu',
		'nich',
		'jego',
		'jej',
		'ich',
		'jemu',
		'tam',
		'wtedy',
		'tym',
		'tego',
		'to',
		'ten',
		'ta',
		'swoich',
		'swoje',
		'swój'
	]),
	en: folded([
		'he',
		'she',
		'it',
		'they',
		'him',
		'her',
		'them',
		'his',
		'its',
		'their',
		'this',
		'these',
		'those',
		'then',
		'there'
	])
};
const PREPOSITIONS: Record<Language, ReadonlySet<string>> = {
	// A figure's phrase opens with a short preposition, or one of place among others.
	pl: foldedPrepositions([...POLISH_SIMPLE_PREPOSITIONS, 'wokół', 'wśród', 'między'], ['bez']),
	en: folded([
		'in',
		'on',
		'at',
		'of',
		'for',
		'from',
		'to',
		'by',
		'with',
		'after',
		'before',
		'over',
		'since',
		'until',
		'than',
		'during',
		'across',
		'within'
	])
};

function wordKey(token: Token | undefined): string {
	return token?.kind === 'word' ? token.key : '';
}

function isFigure(token: Token, language: Language): boolean {
	if (token.kind === 'number') return true;
	return token.kind === 'word' && parseNumber(token.text.toLowerCase(), language) !== null;
}

/** Tokens as the article spaces them, a word opening the sentence lowercased unless a name. */
function textOf(source: LabelSource, indexes: readonly number[]): string {
	let text = '';
	indexes.forEach((index, position) => {
		const token = source.tokens[index] as Token;
		let word = token.text;
		const opensSentence = source.tokens.slice(0, index).every((before) => before.kind === 'punct');
		if (opensSentence && token.capitalised && !token.acronym && !source.nameTokens.has(index))
			word = word.charAt(0).toLowerCase() + word.slice(1);
		const glued = position > 0 && !token.spaceBefore && indexes[position - 1] === index - 1;
		text += position === 0 || glued ? word : ` ${word}`;
	});
	return text;
}

interface Clause {
	first: number;
	last: number;
}

/** The clause holding the figure: from the punctuation or clause word before it to the one after. */
function clauseOf(source: LabelSource, from: number, to: number): Clause {
	const { tokens, language } = source;
	const stops = CLAUSE_WORDS[language];
	let first = from;
	while (first > 0) {
		const before = tokens[first - 1] as Token;
		if (before.kind === 'punct' && (CLAUSE_PUNCTUATION.has(before.text) || before.text === '-'))
			break;
		if (stops.has(wordKey(before))) break;
		first--;
	}
	let last = to;
	while (last < tokens.length - 1) {
		const after = tokens[last + 1] as Token;
		if (after.kind === 'punct' && (CLAUSE_PUNCTUATION.has(after.text) || after.text === '-')) break;
		if (stops.has(wordKey(after)) || JOINERS[language].has(wordKey(after))) break;
		last++;
	}
	return { first, last };
}

/**
 * The words of `indexes` without any figure: a prepositional phrase holding one ("z 34
 * zastępów", "in the first 12 hours") goes, from its preposition to the figure's noun; what
 * follows it goes too. Null when a figure cannot be taken out so.
 */
function withoutFigures(source: LabelSource, indexes: readonly number[]): number[] | null {
	const { tokens, language } = source;
	const kept = [...indexes];
	for (;;) {
		const at = kept.findIndex((index) => isFigure(tokens[index] as Token, language));
		if (at < 0) return kept;
		const isPreposition = (position: number) =>
			PREPOSITIONS[language].has(wordKey(tokens[kept[position] as number]));
		let from = at;
		while (from > 0 && !isPreposition(from)) from--;
		if (!isPreposition(from)) return null;
		// The figure's whole phrase goes: "in 38 Premier League games", "za 9,5 mln zł", "w 2025
		// roku": names, scale words and signs after the figure, then its noun.
		let to = at;
		const follows = (position: number) =>
			position < kept.length && kept[position] === (kept[position - 1] as number) + 1;
		while (follows(to + 1)) {
			const token = tokens[kept[to + 1] as number] as Token;
			if (token.kind === 'punct' || isPreposition(to + 1)) break;
			to++;
			if (!token.capitalised && !SCALE_WORDS.has(token.key) && !isFigure(token, language)) break;
		}
		kept.splice(from, to - from + 1);
	}
}

/** Words of a figure's scale or currency that stand between it and its noun: "9,5 mln zł". */
const SCALE_WORDS = new Set(['mln', 'mld', 'tys', 'bln', 'm', 'bn', 'k', 'million', 'billion']);

function range(first: number, last: number): number[] {
	const indexes: number[] = [];
	for (let index = first; index <= last; index++) indexes.push(index);
	return indexes;
}

/** A row must stand alone: no pronoun, no dangling preposition or joiner at its end. */
function standsAlone(source: LabelSource, indexes: readonly number[]): boolean {
	const { tokens, language } = source;
	if (indexes.some((index) => POINTERS[language].has(wordKey(tokens[index])))) return false;
	if (indexes.some((index) => (tokens[index] as Token).kind === 'punct')) {
		// Brackets around an acronym may stay: "(WOT)"; other punctuation breaks the row.
		const loose = indexes.filter((index) => {
			const token = tokens[index] as Token;
			return token.kind === 'punct' && token.text !== '(' && token.text !== ')';
		});
		if (loose.length > 0) return false;
	}
	const last = wordKey(tokens[indexes[indexes.length - 1] as number]);
	return !PREPOSITIONS[language].has(last) && !JOINERS[language].has(last);
}

function finish(label: string): string | undefined {
	const words = label.split(/\s+/u);
	if (words.length > MAX_LABEL_WORDS || label.length > MAX_LABEL_LENGTH) return undefined;
	return label;
}

// ---------------------------------------------------------------------------------------
// English

const AUXILIARIES = new Set([
	'had',
	'have',
	'has',
	'was',
	'were',
	'is',
	'are',
	'will',
	'would',
	'could',
	'can',
	'may',
	'might',
	'must',
	'should',
	'did',
	'do',
	'does'
]);
/** Words after which a verb is in its base form: "to cut", "would still employ". */
const BEFORE_BASE = new Set([
	'to',
	'will',
	'would',
	'could',
	'can',
	'may',
	'might',
	'must',
	'should',
	'did',
	'does',
	'do'
]);
const ARTICLES = new Set(['a', 'an', 'the']);
const RELATIVES = new Set(['that', 'which', 'who']);
/** Prepositions whose phrase after a counted noun describes it: "hectares of olive groves". */
const NOUN_PREPOSITIONS = new Set(['of', 'from']);
/** Verbs whose "from" says where from, not whose: "tourists evacuated from beaches". */
const FROM_VERBS = new Set([
	'evacuated',
	'rescued',
	'removed',
	'moved',
	'withdrawn',
	'taken',
	'released',
	'freed'
]);
/** Spans of time a verb takes rather than acts on: "took four years" counts no years taken. */
const DURATIONS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds']);
const ADVERBS = new Set([
	'still',
	'also',
	'not',
	'now',
	'already',
	'only',
	'then',
	'further',
	'currently',
	'directly',
	'together'
]);
/** Irregular verbs: every form → the past participle. */
const IRREGULAR_PARTICIPLES: ReadonlyMap<string, string> = new Map(
	(
		[
			['sell', 'sold', 'sold'],
			['pay', 'paid', 'paid'],
			['spend', 'spent', 'spent'],
			['lose', 'lost', 'lost'],
			['send', 'sent', 'sent'],
			['build', 'built', 'built'],
			['make', 'made', 'made'],
			['take', 'took', 'taken'],
			['give', 'gave', 'given'],
			['find', 'found', 'found'],
			['keep', 'kept', 'kept'],
			['buy', 'bought', 'bought'],
			['bring', 'brought', 'brought'],
			['hold', 'held', 'held'],
			['cut', 'cut', 'cut'],
			['put', 'put', 'put'],
			['set', 'set', 'set'],
			['win', 'won', 'won'],
			['hit', 'hit', 'hit'],
			['draw', 'drew', 'drawn'],
			['see', 'saw', 'seen'],
			['lead', 'led', 'led'],
			['catch', 'caught', 'caught'],
			['write', 'wrote', 'written'],
			['raise', 'raised', 'raised'],
			['shed', 'shed', 'shed'],
			['throw', 'threw', 'thrown'],
			['strike', 'struck', 'struck'],
			['sink', 'sank', 'sunk'],
			['steal', 'stole', 'stolen'],
			['bear', 'bore', 'borne'],
			['choose', 'chose', 'chosen'],
			['grow', 'grew', 'grown'],
			['fly', 'flew', 'flown'],
			['get', 'got', 'got'],
			['lend', 'lent', 'lent'],
			['seek', 'sought', 'sought'],
			['run', 'ran', 'run'],
			['hire', 'hired', 'hired']
		] as const
	).flatMap(([base, past, participle]) => [
		[base, participle],
		[`${base}s`.replace(/(ch|sh|s|x)s$/u, '$1es'), participle],
		[past, participle],
		[participle, participle],
		[
			`${base.replace(/e$/u, '')}ing`.replace(/^(cut|put|set|win|hit|run|get)ing$/u, '$1$1ing'),
			participle
		]
	])
);
/** Verbs a figure follows without being counted by them: "has 1.1 million customers". */
const NOT_PARTICIPLES = new Set([
	'be',
	'is',
	'are',
	'was',
	'were',
	'been',
	'have',
	'has',
	'had',
	'having',
	'say',
	'said',
	'says',
	'saying',
	'told',
	'tell',
	'represents',
	'represent',
	'represented',
	'including',
	'included',
	'include',
	'includes',
	'reached',
	'reach',
	'reaches',
	'totalled',
	'totalling',
	'exceeded',
	'topped',
	'estimated',
	'worth',
	'than'
]);
const PERSON_NOUNS = new Set([
	'people',
	'staff',
	'residents',
	'members',
	'customers',
	'investors',
	'workers',
	'journalists',
	'reporters',
	'runners',
	'students',
	'pupils',
	'children',
	'soldiers',
	'patients',
	'passengers',
	'employees',
	'voters',
	'victims',
	'mps',
	'firefighters',
	'officers',
	'teachers',
	'doctors',
	'nurses',
	'fans',
	'dockers',
	'strikers',
	'pensioners',
	'spectators',
	'volunteers',
	'women',
	'men',
	'adults',
	'managers',
	'drivers'
]);

function participleOf(word: string): string | undefined {
	const lower = word.toLowerCase();
	if (NOT_PARTICIPLES.has(lower)) return undefined;
	const irregular = IRREGULAR_PARTICIPLES.get(lower);
	if (irregular) return irregular;
	if (/ed$/u.test(lower) && lower.length > 4) return lower;
	if (/ing$/u.test(lower) && lower.length > 5) {
		const stem = lower.slice(0, -3);
		if (/([bdglmnprt])\1$/u.test(stem)) return `${stem}ed`;
		if (/[^aeiou]y$/u.test(stem)) return `${stem.slice(0, -1)}ied`;
		return `${stem}ed`;
	}
	return undefined;
}

/** The participle of a base or third-person form: "employ" → "employed", "publishes" → "published". */
function participleOfBase(word: string): string | undefined {
	const lower = word.toLowerCase();
	if (NOT_PARTICIPLES.has(lower) || AUXILIARIES.has(lower)) return undefined;
	const irregular = IRREGULAR_PARTICIPLES.get(lower);
	if (irregular) return irregular;
	if (!/^[a-z]{3,}$/u.test(lower)) return undefined;
	const base = lower.replace(/(ch|sh|ss|x)es$/u, '$1').replace(/([^s])s$/u, '$1');
	if (base.endsWith('e')) return `${base}d`;
	if (/[^aeiou]y$/u.test(base)) return `${base.slice(0, -1)}ied`;
	return `${base}ed`;
}

function englishVerbBefore(source: LabelSource, index: number): string | undefined {
	const { tokens } = source;
	const verb = tokens[index];
	if (verb?.kind !== 'word' || verb.capitalised) return undefined;
	let before = index - 1;
	while (before >= 0 && ADVERBS.has(wordKey(tokens[before]))) before--;
	if (BEFORE_BASE.has(wordKey(tokens[before]))) {
		if (askedOrExpectedTo(source, before)) return undefined;
		return participleOfBase(verb.text);
	}
	// "for a combined 23 years": an adjective, not a verb; "forest that supported 900
	// collectors": the row would not say what supported them.
	const beforeKey = wordKey(tokens[before]);
	if (ARTICLES.has(beforeKey) || PREPOSITIONS.en.has(beforeKey) || RELATIVES.has(beforeKey))
		return undefined;
	return participleOf(verb.text) ?? presentParticiple(source, index, before);
}

/** Verbs whose figure is a measure or a state, not what they act on: "weighs 5 tonnes". */
const NOT_ACTING = new Set([
	'remains',
	'seems',
	'means',
	'becomes',
	'gets',
	'goes',
	'comes',
	'lasts',
	'weighs',
	'measures',
	'equals',
	'ranks',
	'covers',
	'spans',
	'stands',
	'holds',
	'contains',
	'needs',
	'counts'
]);

/**
 * "The port employs 820 people", "it supports 13,500 jobs": a verb in the third person after
 * its subject (a noun, a name or a pronoun, never an article or a preposition) acts on the
 * figure, which the row names by the verb's participle: "people employed".
 */
function presentParticiple(source: LabelSource, verb: number, before: number): string | undefined {
	const { tokens } = source;
	const key = wordKey(tokens[verb]);
	if (!/[^s']s$/u.test(key) || NOT_ACTING.has(key)) return undefined;
	const subject = tokens[before];
	if (subject?.kind !== 'word') return undefined;
	if (AUXILIARIES.has(subject.key) || (/(s|ed|ing|ly)$/u.test(subject.key) && !subject.capitalised))
		return undefined;
	const counted = source.found.noun === undefined ? '' : wordKey(tokens[source.found.noun]);
	if (DURATIONS.has(counted) || MEASURES.has(counted)) return undefined;
	const participle = participleOfBase(key);
	if (participle === undefined) return undefined;
	// "The council owns 1,200 homes" → "homes owned by the council": a subject of "the" and
	// one noun, or a name, says whose; a pronoun says nothing and is left out.
	let doer: string | undefined;
	if (!subject.capitalised && wordKey(tokens[before - 1]) === 'the') doer = `the ${subject.text}`;
	else if (subject.capitalised && source.nameTokens.has(before)) {
		// "The Port of Tyne": the name from its first capital, "of" and "the" within it.
		let first = before;
		while (
			(source.nameTokens.has(first - 1) && tokens[first - 1]?.capitalised) ||
			(['of', 'the'].includes(wordKey(tokens[first - 1])) && tokens[first - 2]?.capitalised)
		)
			first--;
		const opening = tokens[first - 1];
		if (opening !== undefined && wordKey(opening) !== 'the' && opening.kind !== 'punct')
			return participle;
		doer = `the ${textOf(source, range(first, before)).replace(/^the /iu, '')}`;
		if (wordKey(tokens[first - 1]) !== 'the' && wordKey(tokens[first]) !== 'the')
			doer = textOf(source, range(first, before));
	}
	return doer === undefined ? participle : `${participle} by ${doer}`;
}

/** Units a verb in the present measures rather than acts on: "runs 40 miles". */
const MEASURES = new Set([
	'metres',
	'meters',
	'miles',
	'kilometres',
	'kilometers',
	'km',
	'feet',
	'inches',
	'tonnes',
	'tons',
	'kilograms',
	'kg',
	'litres',
	'liters',
	'hectares',
	'acres',
	'degrees',
	'percent',
	'points'
]);

/**
 * "had been asked to cover two jobs", "is expected to handle 9 million passengers": a "to" after
 * a verb in -ed says the deed was asked or foreseen, which "jobs covered" would say was done;
 * "plans to cut 120 jobs" keeps its label, its noun saying what it is.
 */
function askedOrExpectedTo(source: LabelSource, to: number): boolean {
	const token = source.tokens[to - 1];
	return (
		wordKey(source.tokens[to]) === 'to' &&
		token?.kind === 'word' &&
		!token.capitalised &&
		/ed$/u.test(token.key)
	);
}

function isEnglishVerbGroupStart(token: Token | undefined): boolean {
	if (token?.kind !== 'word' || token.capitalised) return false;
	const key = token.key;
	if (AUXILIARIES.has(key)) return true;
	if (NOT_PARTICIPLES.has(key)) return false;
	return participleOf(key) !== undefined && !key.endsWith('ing');
}

function englishLabel(source: LabelSource): string | undefined {
	const { tokens, found } = source;
	if (found.noun === undefined || found.unitFirst === undefined || found.unitLast === undefined)
		return undefined;
	const nounIndexes = range(found.unitFirst, found.unitLast);
	if (nounIndexes.length > 3 || !/s$|^people$|^staff$/u.test(wordKey(tokens[found.noun])))
		return undefined;
	if (!nounIndexes.every((index) => tokens[index]?.kind === 'word')) return undefined;
	const phrase = textOf(source, nounIndexes);
	const clause = clauseOf(source, found.phraseFirst, found.unitLast);
	const person = PERSON_NOUNS.has(wordKey(tokens[found.noun]));

	// "at least 340 buildings had collapsed" → "buildings that had collapsed".
	if (clause.first === found.phraseFirst) {
		// "More than 8,500 rescue workers, including teams from …, had been sent"
		let verb = found.unitLast + 1;
		if (tokens[verb]?.text === ',') {
			let comma = verb + 1;
			while (
				comma < tokens.length &&
				!(tokens[comma]?.text === ',' && isEnglishVerbGroupStart(tokens[comma + 1]))
			)
				comma++;
			verb = comma + 1;
		}
		if (!isEnglishVerbGroupStart(tokens[verb])) return undefined;
		const rest = clauseOf(source, verb, verb);
		const kept = withoutFigures(source, range(verb, rest.last));
		if (!kept || kept.length === 0 || !standsAlone(source, kept)) return undefined;
		return finish(`${phrase} ${person ? 'who' : 'that'} ${textOf(source, kept)}`);
	}
	const after = withoutFigures(source, range(found.unitLast + 1, clause.last));
	if (!after || (after.length > 0 && !standsAlone(source, after))) return undefined;
	// "killing at least 212 people" → "people killed"; "plans to cut 120 jobs" → "jobs cut".
	const participle = englishVerbBefore(source, found.phraseFirst - 1);
	if (participle === undefined) return undefined;
	// "found 14 vehicles registered to the brothers": the article's own words say what they are.
	const next = tokens[found.unitLast + 1];
	if (
		after.length > 1 &&
		after[0] === found.unitLast + 1 &&
		next?.kind === 'word' &&
		/ed$/u.test(next.key)
	)
		return finish(`${phrase} ${textOf(source, after)}`);
	if (DURATIONS.has(wordKey(tokens[found.noun]))) return undefined;
	// "destroyed 2,100 hectares of olive groves" → "hectares of olive groves destroyed"; a verb
	// in the present keeps its phrase after it: "forces 3,200 people from homes".
	const opening = wordKey(tokens[after[0] as number]);
	const present = participleOf(wordKey(tokens[found.phraseFirst - 1])) === undefined;
	if (
		!present &&
		NOUN_PREPOSITIONS.has(opening) &&
		after[0] === found.unitLast + 1 &&
		!(opening === 'from' && FROM_VERBS.has(participle))
	)
		return finish([phrase, textOf(source, after), participle].join(' '));
	return finish([phrase, participle, textOf(source, after)].filter(Boolean).join(' '));
}

// ---------------------------------------------------------------------------------------
// Polish

/** Personal plural of an adjective's lemma: "północnokoreański" → "północnokoreańscy". */
const PERSONAL_ADJECTIVE_ENDINGS: readonly [string, string][] = [
	['ski', 'scy'],
	['cki', 'ccy'],
	['dzki', 'dzcy'],
	['ki', 'cy'],
	['gi', 'dzy'],
	['chy', 'si'],
	['sty', 'ści'],
	['ny', 'ni'],
	['ty', 'ci'],
	['ry', 'rzy'],
	['ły', 'li'],
	['dy', 'dzi'],
	['y', 'i'],
	['i', 'i']
];

function sharesLemma(morphology: Morphology, a: string, b: string): boolean {
	const lemmas = new Set(morphology.lemmas(a));
	return morphology.lemmas(b).some((lemma) => lemmas.has(lemma));
}

/** A genitive plural adjective in the nominative plural: "nowych" → "nowi" / "nowe". */
function nominativeAdjective(
	morphology: Morphology,
	surface: string,
	personal: boolean
): string | undefined {
	const lower = surface.toLowerCase();
	if (!/(ych|ich)$/u.test(lower)) return undefined;
	if (!personal) {
		const form = lower.replace(/ych$/u, 'e').replace(/ich$/u, 'ie');
		return sharesLemma(morphology, lower, form) ? form : undefined;
	}
	for (const lemma of morphology.lemmas(lower)) {
		if (!/[yi]$/u.test(lemma)) continue;
		const ending = PERSONAL_ADJECTIVE_ENDINGS.find(([from]) => lemma.endsWith(from));
		if (!ending) continue;
		const form = lemma.slice(0, lemma.length - ending[0].length) + ending[1];
		if (morphology.forms(lemma).includes(form)) return form;
	}
	return undefined;
}

/** A nominative plural adjective as it stands before a noun in the nominative: "pierwsze". */
function agreeingAdjective(morphology: Morphology, surface: string): string | undefined {
	const lower = surface.toLowerCase();
	// The plural is made from the lemma ("pierwszy" → "pierwsze", "tani" → "tanie", "nowi"):
	// an adverb the dictionary derives from it ("łącznie" of "łączny") is none.
	const plurals = (lemma: string) => {
		const personal = PERSONAL_ADJECTIVE_ENDINGS.find(([from]) => lemma.endsWith(from));
		return [
			lemma.endsWith('y') ? `${lemma.slice(0, -1)}e` : `${lemma}e`,
			...(personal ? [lemma.slice(0, lemma.length - personal[0].length) + personal[1]] : [])
		];
	};
	const adjective = morphology
		.lemmas(lower)
		.some(
			(lemma) =>
				/[yi]$/u.test(lemma) &&
				lemma !== lower &&
				plurals(lemma).includes(lower) &&
				morphology.forms(lemma).includes(lower)
		);
	return adjective ? lower : undefined;
}

/** Forms of "być", which the dictionary's affix rules do not derive from it. */
const FORMS_OF_BE = new Set([
	'jest',
	'sa',
	'byl',
	'byla',
	'bylo',
	'byli',
	'byly',
	'bedzie',
	'beda'
]);

function isPolishVerb(morphology: Morphology, token: Token | undefined): boolean {
	if (token?.kind !== 'word' || token.capitalised) return false;
	if (FORMS_OF_BE.has(token.key)) return true;
	return morphology
		.lemmas(token.text.toLowerCase())
		.some((lemma) => (/ć$/u.test(lemma) && !/ość$/u.test(lemma)) || /óc$/u.test(lemma));
}

/** "trafiło" → "trafili"/"trafiły"; "działa" → "działają": the verb agreeing with a plural noun. */
function pluralVerb(morphology: Morphology, verb: string, personal: boolean): string | undefined {
	if (verb === 'jest') return 'są';
	const candidates: string[] = [];
	if (/ło$/u.test(verb)) candidates.push(verb.replace(/ło$/u, personal ? 'li' : 'ły'));
	else {
		if (/a$/u.test(verb)) candidates.push(`${verb}ją`);
		if (/uje$/u.test(verb)) candidates.push(verb.replace(/uje$/u, 'ują'));
		// "stoi" → "stoją": after a vowel the "i" is a "j" (the dictionary also derives "stoą").
		if (/[aeiouy]i$/u.test(verb)) candidates.push(`${verb.slice(0, -1)}ją`);
		else if (/i$/u.test(verb)) candidates.push(`${verb.slice(0, -1)}ią`, `${verb.slice(0, -1)}ą`);
		if (/y$/u.test(verb)) candidates.push(`${verb.slice(0, -1)}ą`);
	}
	return candidates.find((form) => sharesLemma(morphology, verb, form));
}

/** Whether a verb form is in the past tense: "zatrudniła" (as "zatrudnił"), not "działa". */
function isPast(morphology: Morphology, verb: string): boolean {
	if (/(ł|ło|li|ły)$/u.test(verb)) return true;
	if (!/ła$/u.test(verb)) return false;
	const verbs = morphology.lemmas(verb).filter((lemma) => /ć$/u.test(lemma));
	// "działa" is "działać" in the present before it is "dziać się" in the past.
	if (verbs.some((lemma) => lemma.slice(0, -1) === verb)) return false;
	const masculine = new Set(morphology.lemmas(verb.slice(0, -1)));
	return verbs.some((lemma) => masculine.has(lemma));
}

/**
 * The nominative plural of a counted noun as the dictionary has it: "członkowie", not the
 * depreciative "członki" the rules give; "widzowie" for "widzów". Undefined when none fits.
 */
function nominativePlural(
	morphology: Morphology,
	surface: string,
	noun: string,
	isPersonal: (noun: string) => boolean
): string | undefined {
	const lemma = morphology.lemmas(surface)[0];
	if (lemma === undefined) return undefined;
	const forms = morphology.forms(lemma);
	const owie = surface.endsWith('ów') ? `${surface.slice(0, -2)}owie` : undefined;
	const choices = [noun, ...(owie ? [owie] : [])].filter(
		(form) => forms.includes(form) && !(isPersonal(form) && /[kg]i$/u.test(form))
	);
	if (/[kg]i$/u.test(noun) && owie && forms.includes(owie)) return owie;
	return choices[0];
}

/** Adverbs that may open a clause before its verb without being its subject: "obecnie jest". */
const POLISH_ADVERBS = new Set([
	'obecnie',
	'dzis',
	'teraz',
	'wciaz',
	'nadal',
	'juz',
	'jeszcze',
	'codziennie',
	'rocznie'
]);
const POLISH_DURATIONS = /^(minut|godzin|sekund|lat|dni|miesiecy|tygodni|dob|roku|lata)/u;
const POLISH_MEASURES =
	/^(metr|kilometr|centymetr|milimetr|kilogram|gram|ton|litr|hektar|ar$|procent|stop|cal)/u;
const POLISH_CURRENCIES = new Set(['zl', 'zlotych', 'euro', 'dolarow', 'funtow', 'frankow']);

/** After 2, 3 and 4 (not 12–14) a Polish noun stays in the nominative: "dwie osoby". */
function takesNominative(value: number): boolean {
	const integer = Math.abs(Math.round(value));
	return (
		value === integer && [2, 3, 4].includes(integer % 10) && ![12, 13, 14].includes(integer % 100)
	);
}

/**
 * "1,2 tys. drzew i krzewów": the figure counts the nouns joined after its own too, which a
 * row of its noun alone would not say ("11 lekarzy i 38 pielęgniarek" is two figures).
 */
function countsMoreNouns(source: LabelSource, unitLast: number): boolean {
	const { tokens } = source;
	if (!JOINERS.pl.has(wordKey(tokens[unitLast + 1]))) return false;
	const next = tokens[unitLast + 2];
	return next?.kind === 'word' && !isFigure(next, 'pl');
}

/** Whether a token opens the sentence: only punctuation before it. */
function opensSentence(source: LabelSource, index: number): boolean {
	return source.tokens.slice(0, index).every((token) => token.kind === 'punct');
}

/**
 * Whether a word of the clause may be in the nominative, standing as a subject of its own: a
 * name or a noun in its base form ("Marek", "spółka", "MOPS") not right after a preposition
 * ("w Rosji", "na mecz"). `neuterOnly`: only a neuter one ("miasto", "starostwo"), the
 * subject a past "-ło" shares with a figure. Errs towards yes: a row is then not given.
 */
function mayBeSubject(source: LabelSource, index: number, neuterOnly: boolean): boolean {
	const { tokens, morphology } = source;
	const token = tokens[index];
	if (token?.kind !== 'word' || !morphology) return false;
	if (PREPOSITIONS.pl.has(wordKey(tokens[index - 1]))) return false;
	if (token.acronym) return !neuterOnly;
	const named =
		token.capitalised && !(opensSentence(source, index) && !source.nameTokens.has(index));
	const word = named ? token.text : token.text.toLowerCase();
	const lemmas = morphology.lemmas(word);
	// A name the dictionary lacks is most likely as the article names it: in its base form.
	if (named && lemmas.length === 0) return !neuterOnly;
	if (!morphology.isLemma(word) || isPolishVerb(morphology, token)) return false;
	// Words that do not inflect (adverbs, particles) are no subject.
	if (morphology.forms(word).length < 5) return false;
	return !neuterOnly || /(o|e|um)$/u.test(word);
}

/** Most words a verb may stand from the figure it goes with: "brało udział 120 strażaków". */
const MAX_VERB_DISTANCE = 2;

interface CountedNoun {
	nounToken: Token;
	/** A sum of money, named "pieniądze" whatever its currency. */
	money: boolean;
	/** Whether the article has the noun in the genitive ("340 mieszkańców"). */
	genitive: boolean;
	personal: boolean;
	unitLast: number;
	/** The noun and its adjectives in the nominative plural: "północnokoreańscy żołnierze". */
	words: string[];
}

/** What a Polish figure counts, in the nominative plural, or undefined when none is sure. */
function countedNoun(source: LabelSource): CountedNoun | undefined {
	const { tokens, found, morphology } = source;
	if (!morphology || found.noun === undefined || !source.noun) return undefined;
	const nounToken = tokens[found.noun] as Token;
	if (nounToken.capitalised) return undefined;
	const nounSurface = nounToken.text.toLowerCase();
	// A sum of money is "pieniądze", whatever its currency: "146 mln zł pochodziło z funduszy".
	const money = POLISH_CURRENCIES.has(nounToken.key);
	// "62 tys. budowli": the rules may take a genitive for the base form; after any figure but
	// 2, 3 or 4 the noun is a genitive, and the dictionary's lemma tells its plural.
	const guessedGenitive = !money && nounSurface === source.noun && !takesNominative(found.value);
	const genitive = money || nounSurface !== source.noun || guessedGenitive;
	// The noun's base form is checked against the dictionary: "widzy" for "widzów" is none.
	const noun = money
		? 'pieniądze'
		: guessedGenitive
			? pluralOfLemma(morphology, nounSurface)
			: genitive
				? nominativePlural(morphology, nounSurface, source.noun, source.isPersonal)
				: source.noun;
	if (noun === undefined || (!money && !sharesLemma(morphology, nounSurface, noun)))
		return undefined;
	const adjectival = guessedGenitive && /(ych|ich)$/u.test(nounSurface);
	const personal = adjectival || source.isPersonal(noun) || /owie$/u.test(noun);
	if (!genitive && !takesNominative(found.value)) return undefined;
	const unitLast = Math.max(found.unitLast ?? found.noun, found.noun);
	const words: string[] = [];
	for (let index = found.unitFirst ?? found.noun; index <= unitLast; index++) {
		if (index === found.noun) {
			words.push(noun);
			continue;
		}
		const token = tokens[index] as Token;
		if (token.kind !== 'word') return undefined;
		const word = genitive
			? nominativeAdjective(morphology, token.text, personal)
			: token.text.toLowerCase();
		if (word === undefined) return undefined;
		words.push(word);
	}

	return { nounToken, money, genitive, personal, unitLast, words };
}

function polishLabel(source: LabelSource): string | undefined {
	const { tokens, found, morphology } = source;
	if (!morphology || found.kind !== 'number' || found.noun === undefined || !source.noun)
		return undefined;
	// "po dziewięciu miesiącach", "z 34 zastępów": a preposition's figure says where or when.
	if (PREPOSITIONS.pl.has(wordKey(tokens[found.phraseFirst - 1]))) return undefined;
	const counted = countedNoun(source);
	if (counted === undefined) return undefined;
	const { nounToken, money, genitive, personal, unitLast, words } = counted;
	if (countsMoreNouns(source, unitLast)) return undefined;
	const clause = clauseOf(source, found.phraseFirst, unitLast);
	// "Chcemy, żeby 30 rodzin wprowadziło się w maju": a wish or a purpose, not what happened.
	if (['zeby', 'aby', 'by'].includes(wordKey(tokens[clause.first - 1]))) return undefined;
	// "w której budowę Energa i Enea zainwestowały": the clause leans on a noun outside it.
	if (/^ktor/u.test(wordKey(tokens[clause.first - 1]))) return undefined;
	// "trwał 90 minut": a span of time is no count a verb acts on.
	if (POLISH_DURATIONS.test(nounToken.key)) return undefined;
	const near = (index: number) =>
		index < found.phraseFirst
			? found.phraseFirst - index - 1 <= MAX_VERB_DISTANCE
			: index > unitLast && index - unitLast - 1 <= MAX_VERB_DISTANCE;
	const verbIndex = range(clause.first, clause.last)
		.filter((index) => near(index) && isPolishVerb(morphology, tokens[index]))
		.sort((a, b) => Math.abs(a - found.phraseFirst) - Math.abs(b - found.phraseFirst))[0];
	if (verbIndex === undefined) return undefined;
	const verb = (tokens[verbIndex] as Token).text;
	const negated = wordKey(tokens[verbIndex - 1]) === 'nie';
	const reflexive = [verbIndex - 1, verbIndex + 1].find(
		(index) => wordKey(tokens[index]) === 'sie'
	);
	const past = isPast(morphology, verb);

	let relative: string;
	let verbForm: string | undefined = verb;
	let objectOfNamedDoer = false;
	if (/(no|to)$/u.test(verb) && !past) {
		// "Ewakuowano 340 mieszkańców": nobody named did it, the figure is what was done to.
		relative = personal || negated ? 'których' : 'które';
	} else if (genitive && (/ło$/u.test(verb) || !past)) {
		// "trafiło 11 tysięcy żołnierzy", "działa 12 punktów": the figure is who does it.
		// A present verb is read so only after a place ("w mieście działa"), not after a
		// subject of its own ("firma zatrudnia").
		const opening = wordKey(tokens[clause.first]);
		// "Pracę straci 142 pracowników": one noun in "-ę" before the verb is its object.
		const object =
			clause.first === verbIndex - 1 &&
			/ę$/u.test((tokens[clause.first] as Token).text) &&
			!source.nameTokens.has(clause.first);
		if (
			!past &&
			!object &&
			clause.first < verbIndex &&
			!PREPOSITIONS.pl.has(opening) &&
			!POLISH_ADVERBS.has(opening)
		)
			return undefined;
		// "W przyszłym roku spółka zatrudni 40 kierowców", "Miasto zatrudniło 50 osób": the verb
		// agrees with a subject of its own, and the figure is what it acts on.
		const others = range(clause.first, clause.last).filter(
			(index) => index !== verbIndex && (index < found.phraseFirst || index > unitLast)
		);
		const modifiersAfter =
			verbIndex < found.phraseFirst ? new Set(range(unitLast + 1, clause.last)) : new Set();
		if (
			others.some(
				(index) => !modifiersAfter.has(index) && mayBeSubject(source, index, /ło$/u.test(verb))
			)
		)
			return undefined;
		verbForm = pluralVerb(morphology, verb, personal);
		relative = personal ? 'którzy' : 'które';
	} else if (!genitive && /(li|ły)$/u.test(verb) && verbIndex > unitLast) {
		// "dwie osoby trafiły do szpitala"
		relative = personal ? 'którzy' : 'które';
	} else if (
		genitive &&
		past &&
		(verbIndex === found.phraseFirst - 1 || verbIndex === unitLast + 1)
	) {
		// "Strażacy ewakuowali 340 mieszkańców": someone else did it to the figure. Only a verb
		// next to the figure is read so: "Hala stała w odległości 300 metrów" did nothing to them.
		relative = personal || negated ? 'których' : 'które';
		objectOfNamedDoer = true;
	} else return undefined;
	if (verbForm === undefined) return undefined;

	const skip = new Set<number>([verbIndex]);
	if (negated) skip.add(verbIndex - 1);
	if (reflexive !== undefined) skip.add(reflexive);
	const free = (indexes: number[]) => indexes.filter((index) => !skip.has(index));
	// What stands between the verb and the figure belongs to the verb: "brało udział".
	const between = free(
		verbIndex < found.phraseFirst
			? range(verbIndex + 1, found.phraseFirst - 1)
			: range(unitLast + 1, verbIndex - 1)
	);
	const before = free(range(clause.first, Math.min(verbIndex, found.phraseFirst) - 1));
	const after = free(range(Math.max(verbIndex, unitLast) + 1, clause.last));
	// Words after the figure describe it when the verb came first: "12 punktów pomocy".
	const modifiers = verbIndex < found.phraseFirst ? after : [];
	const rest = verbIndex < found.phraseFirst ? [...between, ...before] : [...before, ...after];
	const nounModifiers = verbIndex > unitLast ? between : modifiers;
	// "396 mln zł MPK podpisało": a name between the figure and its verb is who did it.
	if (verbIndex > unitLast && between.some((index) => (tokens[index] as Token).capitalised))
		return undefined;
	// "Remont kosztował 31 mln zł": the cost of it, or no row ("pieniądze, które kosztował").
	if (money && isCostVerb(source, tokens[verbIndex])) return undefined;
	// A sum of money is named by what happened to it, next to it: "pochodziło", "przekazało".
	if (money && verbIndex !== found.phraseFirst - 1 && verbIndex !== unitLast + 1) return undefined;
	// "pustych 530 lokali", "pierwsze 3 świetlice": an adjective right before the figure goes
	// with its noun, in the noun's case: "puste lokale", not "które stały pustych".
	const leading: string[] = [];
	let adjacent = found.phraseFirst - 1;
	while (rest.includes(adjacent)) {
		const token = tokens[adjacent] as Token;
		const adjective =
			token.kind === 'word' && !token.capitalised
				? genitive
					? nominativeAdjective(morphology, token.text, personal)
					: agreeingAdjective(morphology, token.text)
				: undefined;
		if (adjective === undefined) break;
		leading.unshift(adjective);
		rest.splice(rest.indexOf(adjacent), 1);
		adjacent--;
	}
	const keptModifiers = withoutFigures(source, nounModifiers);
	const keptRest = withoutFigures(source, rest);
	if (!keptModifiers || !keptRest) return undefined;
	// "W pięciu filiach pracuje 140 bibliotekarzy": what told the figure apart held a figure,
	// and "bibliotekarze, którzy pracują" says nothing.
	if (rest.length > 0 && keptRest.length === 0) return undefined;
	// A capitalised "Na" or "W" inside the row: the sentence was cut in the wrong place.
	const miscut = (index: number) => {
		const token = tokens[index] as Token;
		return (
			token.capitalised &&
			!opensSentence(source, index) &&
			(PREPOSITIONS.pl.has(token.key) || CLAUSE_WORDS.pl.has(token.key))
		);
	};
	if ([...keptRest, ...keptModifiers].some(miscut)) return undefined;
	words.unshift(...leading);
	// "mieszkańcy, których ewakuowali" says nothing without who did it.
	if (objectOfNamedDoer && keptRest.length === 0) return undefined;
	// "metrów kwadratowych": adjectives after the noun agree with it too.
	while (genitive && keptModifiers.length > 0) {
		const adjective = nominativeAdjective(
			morphology,
			(tokens[keptModifiers[0] as number] as Token).text,
			personal
		);
		if (adjective === undefined) break;
		words.push(adjective);
		keptModifiers.shift();
	}
	if (keptModifiers.length > 0 && !standsAlone(source, keptModifiers)) return undefined;
	// "beczek z rozpuszczalnikami i farbami": the row would cut the noun's phrase in half.
	if (keptModifiers.length > 0 && countsMoreNouns(source, keptModifiers.at(-1) as number))
		return undefined;
	if (keptRest.length > 0 && !standsAlone(source, keptRest)) return undefined;
	const nounPhrase = [words.join(' '), textOf(source, keptModifiers)].filter(Boolean).join(' ');
	const verbPhrase = [negated ? 'nie' : '', verbForm, reflexive !== undefined ? 'się' : '']
		.filter(Boolean)
		.join(' ');
	return finish(
		`${nounPhrase}, ${relative} ${[verbPhrase, textOf(source, keptRest)].filter(Boolean).join(' ')}`
	);
}

// ---------------------------------------------------------------------------------------
// Possession: "przedsiębiorstwo ma 96 autobusów" → "autobusy przedsiębiorstwa"

/** The folded forms of "mieć": to have, and with an infinitive, to be planned to. */
const FORMS_OF_MIEC = ['ma', 'maja', 'mial', 'miala', 'mialo', 'mieli', 'mialy'];
/** Verbs that say their subject has what the figure counts. */
const POLISH_HAVE = new Set([...FORMS_OF_MIEC, 'posiada', 'posiadaja', 'liczy', 'licza']);
/** Nouns of a size after its measure ("412 metrów długości"): the row names the size. */
const POLISH_DIMENSIONS: ReadonlyMap<string, string> = new Map([
	['dlugosci', 'długość'],
	['szerokosci', 'szerokość'],
	['wysokosci', 'wysokość'],
	['glebokosci', 'głębokość'],
	['srednicy', 'średnica'],
	['powierzchni', 'powierzchnia'],
	['pojemnosci', 'pojemność']
]);

/**
 * "Szkoła w Temeszowie ma 27 uczniów" → "uczniowie szkoły w Temeszowie"; "Most ma 412
 * metrów długości i 24 metry szerokości" → "długość mostu", "szerokość mostu": what the
 * figure counts, owned by the subject in the genitive. Only a subject standing right before
 * the verb, whose first noun the dictionary puts in the genitive, and nothing after the figure.
 */
function possessionLabel(source: LabelSource): string | undefined {
	const { tokens, found, morphology } = source;
	if (!morphology || found.kind !== 'number' || found.noun === undefined) return undefined;
	let verbIndex = found.phraseFirst - 1;
	// "ma 412 metrów długości i 24 metry szerokości": the second figure shares the verb.
	if (JOINERS.pl.has(wordKey(tokens[verbIndex]))) {
		let back = verbIndex - 1;
		while (back > verbIndex - 6 && back >= 0) {
			const token = tokens[back] as Token;
			if (token.kind === 'punct' && token.text !== '.') return undefined;
			if (POLISH_HAVE.has(wordKey(token))) break;
			back--;
		}
		if (!POLISH_HAVE.has(wordKey(tokens[back]))) return undefined;
		verbIndex = back;
	}
	if (!POLISH_HAVE.has(wordKey(tokens[verbIndex]))) return undefined;
	const unitLast = Math.max(found.unitLast ?? found.noun, found.noun);
	const dimension = POLISH_DIMENSIONS.get(wordKey(tokens[unitLast + 1]));
	const end = dimension === undefined ? unitLast : unitLast + 1;
	const after = tokens[end + 1];
	if (after !== undefined && after.kind !== 'punct' && !JOINERS.pl.has(wordKey(after)))
		return undefined;
	if (after?.kind === 'punct' && !CLAUSE_PUNCTUATION.has(after.text)) return undefined;
	const clause = clauseOf(source, verbIndex, verbIndex);
	let first = clause.first;
	while (first < verbIndex && POLISH_ADVERBS.has(wordKey(tokens[first]))) first++;
	const subject = range(first, verbIndex - 1);
	if (subject.length === 0 || subject.length > 5) return undefined;
	if (subject.some((index) => isPolishVerb(morphology, tokens[index]))) return undefined;
	if (!standsAlone(source, subject)) return undefined;
	const owner = genitiveOf(source, subject[0] as number);
	if (owner === undefined) return undefined;
	// "Szkoła podstawowa ma": an attribute in the nominative would have to change too; the
	// words after a preposition keep the case it gives them ("szkoła w Temeszowie").
	const preposition = subject.findIndex((index) => PREPOSITIONS.pl.has(wordKey(tokens[index])));
	const attributes = subject.slice(1, preposition < 0 ? subject.length : preposition);
	if (attributes.some((index) => isNominativeAttribute(source, index))) return undefined;
	const rest = textOf(source, subject.slice(1));
	if (dimension !== undefined) return finish([dimension, owner, rest].filter(Boolean).join(' '));
	const counted = countedNoun(source);
	if (counted === undefined || counted.money) return undefined;
	// "Most ma 146 metrów": a measure with no size named ("metry mostu") says nothing.
	if (POLISH_DURATIONS.test(counted.nounToken.key) || POLISH_MEASURES.test(counted.nounToken.key))
		return undefined;
	return finish([counted.words.join(' '), owner, rest].filter(Boolean).join(' '));
}

// ---------------------------------------------------------------------------------------
// Amounts: "Deficyt budżetu państwa sięgnął 142,3 mld zł" → "deficyt budżetu państwa"

/** Verbs that say their subject is the figure: the subject is then what the figure is. */
const POLISH_AMOUNT_VERBS = new Set([
	'wynieść',
	'wynosić',
	'sięgnąć',
	'sięgać',
	'osiągnąć',
	'pozostać',
	'pozostawać'
]);
const ENGLISH_AMOUNT_VERBS = new Set([
	'was',
	'were',
	'is',
	'are',
	'totalled',
	'totaled',
	'reached',
	'cost',
	'costs',
	'stood',
	'amounted'
]);
/** The word between such a verb and its figure: "stood at", "amounted to". */
const ENGLISH_AMOUNT_LINKS = new Set(['at', 'to']);

/** Verbs of a level reached, before "to": "revenue rose to £104.6m" → "revenue". */
const ENGLISH_LEVEL_VERBS = new Set([
	'rose',
	'fell',
	'grew',
	'increased',
	'dropped',
	'climbed',
	'jumped',
	'declined',
	'decreased',
	'slipped',
	'soared',
	'risen',
	'fallen',
	'grown'
]);
/** Verbs that report what follows: "said revenue rose". */
const REPORTING = new Set(['said', 'says', 'added', 'adds', 'announced', 'reported', 'showed']);

function isLevelVerb(source: LabelSource, phraseFirst: number): boolean {
	const { tokens } = source;
	return (
		wordKey(tokens[phraseFirst - 1]) === 'to' &&
		ENGLISH_LEVEL_VERBS.has(wordKey(tokens[phraseFirst - 2]))
	);
}

/**
 * "revenue rose to £104.6m and pre-tax profit to £21.3m": the words between "and" and "to"
 * name what the second figure is, when the first figure before "and" was a level reached.
 */
function gappedSubject(source: LabelSource): number[] | undefined {
	const { tokens, found } = source;
	if (wordKey(tokens[found.phraseFirst - 1]) !== 'to') return undefined;
	let and = found.phraseFirst - 2;
	while (and > found.phraseFirst - 6 && and > 0 && tokens[and]?.kind === 'word') {
		if (wordKey(tokens[and]) === 'and') break;
		and--;
	}
	if (wordKey(tokens[and]) !== 'and') return undefined;
	const subject = range(and + 1, found.phraseFirst - 2);
	if (subject.length === 0) return undefined;
	if (
		subject.some(
			(index) =>
				AUXILIARIES.has(wordKey(tokens[index])) || ENGLISH_LEVEL_VERBS.has(wordKey(tokens[index]))
		)
	)
		return undefined;
	// The first figure: "rose to £104.6m" right before "and".
	for (let to = and - 1; to > and - 6 && to > 0; to--) {
		const token = tokens[to] as Token;
		if (token.kind === 'punct' && CLAUSE_PUNCTUATION.has(token.text)) return undefined;
		if (wordKey(token) === 'to') return isLevelVerb(source, to + 1) ? subject : undefined;
	}
	return undefined;
}

function isCostVerb(source: LabelSource, token: Token | undefined): boolean {
	if (token?.kind !== 'word') return false;
	return source.morphology?.lemmas(token.text.toLowerCase()).includes('kosztować') ?? false;
}

/**
 * The genitive of the noun that opens a subject, as the dictionary's forms allow telling it:
 * a feminine noun in "-a" ("Przeprawa" → "przeprawy"), a masculine one ("Remont" →
 * "remontu", "Budynek" → "budynku": the one ending the dictionary has), a neuter one
 * ("Boisko" → "boiska"); in the plural, a feminine one ("Ceny" → "cen") or a masculine one
 * ("Wpływy" → "wpływów"). Undefined when none or two fit.
 */
function genitiveOf(source: LabelSource, index: number): string | undefined {
	const token = source.tokens[index];
	const morphology = source.morphology;
	if (token?.kind !== 'word' || !morphology || source.nameTokens.has(index)) return undefined;
	const word = token.text.toLowerCase();
	const only = (lemma: string, candidates: string[]) => {
		const forms = morphology.forms(lemma);
		const found = [...new Set(candidates)].filter((form) => forms.includes(form));
		return found.length === 1 ? found[0] : undefined;
	};
	if (morphology.isLemma(word)) {
		if (/[^i]a$/u.test(word)) {
			const stem = word.slice(0, -1);
			return only(word, [/[kgjl]$/u.test(stem) ? `${stem}i` : `${stem}y`]);
		}
		if (/[oe]$/u.test(word)) return only(word, [`${word.slice(0, -1)}a`]);
		if (/[bcćdfghjklłmnńprsśtwzźż]$/u.test(word)) {
			// "budynek" → "budynk-": a vowel the other forms drop.
			const stems = [word, word.replace(/e([kcrłń])$/u, '$1')];
			return only(
				word,
				stems.flatMap((stem) => [`${stem}u`, `${stem}a`])
			);
		}
		return undefined;
	}
	const lemmas = morphology
		.lemmas(word)
		.filter((lemma) => lemma !== word && /^\p{Ll}/u.test(lemma) && !/ć$/u.test(lemma));
	if (lemmas.length !== 1) return undefined;
	const lemma = lemmas[0] as string;
	const plural = lemma.endsWith('a') ? /[yi]$/u.test(word) : /[yie]$/u.test(word);
	if (!plural) return undefined;
	if (/[^i]a$/u.test(lemma)) return only(lemma, [lemma.slice(0, -1)]);
	if (/[bcdfghjklłmnprstwz]$/u.test(lemma)) return only(lemma, [`${lemma}ów`]);
	return undefined;
}

function isAmountVerb(source: LabelSource, token: Token | undefined): boolean {
	if (token?.kind !== 'word') return false;
	if (source.language === 'en') return ENGLISH_AMOUNT_VERBS.has(token.key);
	return (
		source.morphology
			?.lemmas(token.text.toLowerCase())
			.some((lemma) => POLISH_AMOUNT_VERBS.has(lemma)) ?? false
	);
}

/** Verbs of a change by the figure ("wzrosły o 12 proc."), by lemma: the noun a row names it by. */
const POLISH_CHANGE_VERBS: ReadonlyMap<string, string> = new Map([
	['wzrosnąć', 'wzrost'],
	['wzrastać', 'wzrost'],
	['spaść', 'spadek'],
	['spadać', 'spadek'],
	['zmaleć', 'spadek'],
	['maleć', 'spadek']
]);
/** "ma kosztować", "miała wynieść": the figure is what is planned. */
const POLISH_PLANNED = new Set([...FORMS_OF_MIEC, 'powinien', 'powinna', 'powinno', 'powinny']);
/** "może kosztować", "musiałby": the figure may or may not be; no row states it as a fact. */
const POLISH_UNCERTAIN = new Set(['moze', 'moga', 'mogl', 'mogla', 'moglo', 'musi', 'musza']);
const POLISH_FUTURE = new Set(['bedzie', 'beda']);

/**
 * Whether a word after a genitive head would have to change its case too: a noun or an
 * adjective in the nominative ("Remont generalny" → not "koszt remontu generalny").
 */
function isNominativeAttribute(source: LabelSource, index: number): boolean {
	const token = source.tokens[index];
	const morphology = source.morphology;
	if (token?.kind !== 'word' || !morphology || token.capitalised) return false;
	const word = token.text.toLowerCase();
	if (morphology.isLemma(word)) return true;
	if (/(ych|ich|ej|ego|iego|ym|im)$/u.test(word)) return false;
	return morphology.lemmas(word).some((lemma) => /[yi]$/u.test(lemma));
}

/** "planowany koszt", "planowana dotacja", "planowane wpływy": agreeing with the head noun. */
function plannedFor(source: LabelSource, index: number): string | undefined {
	const token = source.tokens[index];
	const morphology = source.morphology;
	if (token?.kind !== 'word' || !morphology) return undefined;
	const word = token.text.toLowerCase();
	if (!morphology.isLemma(word))
		return morphology.lemmas(word).length > 0 ? 'planowane' : undefined;
	if (/[^i]a$/u.test(word)) return 'planowana';
	if (/([oeę]|um)$/u.test(word)) return 'planowane';
	return /[bcćdfghjklłmnńprsśtwzźż]$/u.test(word) ? 'planowany' : undefined;
}

function amountLabel(source: LabelSource): string | undefined {
	const { tokens, found, language } = source;
	let verbIndex = found.phraseFirst - 1;
	if (language === 'en' && ENGLISH_AMOUNT_LINKS.has(wordKey(tokens[verbIndex]))) verbIndex--;
	// "pozostanie na poziomie 5,25 proc."
	if (
		language === 'pl' &&
		wordKey(tokens[verbIndex]) === 'poziomie' &&
		wordKey(tokens[verbIndex - 1]) === 'na'
	)
		verbIndex -= 2;
	// "Ceny biletów wzrosły o 12 proc." → "wzrost cen biletów"
	let change: string | undefined;
	if (language === 'pl' && wordKey(tokens[verbIndex]) === 'o') {
		const lemmas = source.morphology?.lemmas(tokens[verbIndex - 1]?.text.toLowerCase() ?? '') ?? [];
		change = lemmas.map((lemma) => POLISH_CHANGE_VERBS.get(lemma)).find(Boolean);
		if (change === undefined) return undefined;
		verbIndex--;
	}
	// "revenue rose to £104.6m and pre-tax profit to £21.3m": the second subject shares the verb.
	const gapped = language === 'en' ? gappedSubject(source) : undefined;
	const verb = tokens[verbIndex];
	// "0,05 proc. wartości zamówienia": a share of something the subject is not.
	if (found.kind === 'proportion' && found.unitFirst !== undefined) return undefined;
	const costs = language === 'pl' && isCostVerb(source, verb);
	const level = language === 'en' && isLevelVerb(source, found.phraseFirst);
	if (change === undefined && !costs && !level && !gapped && !isAmountVerb(source, verb))
		return undefined;
	// "is about 5.4 km (3.4 miles) across", "0,05 proc. wartości zamówienia": the figure is
	// only part of what the subject is; "rose to £5m and …" ends its clause there.
	const end = Math.max(found.unitLast ?? found.last, found.last);
	const after = tokens[end + 1];
	const ends =
		after === undefined ||
		(after.kind === 'punct' && CLAUSE_PUNCTUATION.has(after.text)) ||
		((level || gapped !== undefined) && ['and', 'but', 'while'].includes(wordKey(after)));
	if (!ends) return undefined;
	if (gapped !== undefined) {
		if (!standsAlone(source, gapped)) return undefined;
		return finish(textOf(source, gapped));
	}
	const clause = clauseOf(source, found.phraseFirst, end);
	let first = clause.first;
	// "said revenue rose to": the reporting verb is no part of the subject.
	for (let index = first; index < verbIndex; index++)
		if (REPORTING.has(wordKey(tokens[index]))) first = index + 1;
	let last = verbIndex - 1;
	// "has reached", "will cost": the auxiliary goes with the verb.
	while (last >= clause.first && AUXILIARIES.has(wordKey(tokens[last]))) last--;
	let planned = false;
	if (language === 'pl') {
		const modal = wordKey(tokens[last]);
		if (POLISH_UNCERTAIN.has(modal)) return undefined;
		planned = POLISH_PLANNED.has(modal);
		if (planned || POLISH_FUTURE.has(modal)) last--;
	}
	let subject = withoutFigures(source, range(first, last));
	if (!subject || subject.length === 0) return undefined;
	// "W sierpniu inflacja wynosiła": the time or place goes after what it qualifies.
	let qualifier: number[] = [];
	if (PREPOSITIONS[language].has(wordKey(tokens[subject[0] as number]))) {
		// "W przyszłym roku deficyt": in Polish the phrase runs to the subject's nominative.
		let length = 2;
		while (
			language === 'pl' &&
			length < subject.length - 1 &&
			!isNominativeAttribute(source, subject[length - 1] as number) &&
			!isNominativeAttribute(source, subject[length] as number) &&
			!source.morphology?.isLemma((tokens[subject[length] as number] as Token).text.toLowerCase())
		)
			length++;
		qualifier = subject.slice(0, length);
		subject = subject.slice(length);
	}
	if (subject.length === 0 || subject.length > 6) return undefined;
	const isVerb = (index: number) =>
		language === 'pl'
			? source.morphology !== undefined && isPolishVerb(source.morphology, tokens[index])
			: AUXILIARIES.has(wordKey(tokens[index])) || /ed$/u.test(wordKey(tokens[index]));
	if (subject.some(isVerb) || PREPOSITIONS[language].has(wordKey(tokens[subject[0] as number])))
		return undefined;
	if (!standsAlone(source, subject) || (qualifier.length > 0 && !standsAlone(source, qualifier)))
		return undefined;
	const named = textOf(source, subject);
	const where = textOf(source, qualifier);
	if (costs || change !== undefined) {
		// "Przeprawa kosztowała" → "koszt przeprawy"; "liczba pasażerów spadła o" → "spadek
		// liczby pasażerów": the subject in the genitive, which its other words must already be.
		const owner = genitiveOf(source, subject[0] as number);
		if (owner === undefined) return undefined;
		if (subject.slice(1).some((index) => isNominativeAttribute(source, index))) return undefined;
		const rest = textOf(source, subject.slice(1));
		const head = change ?? (planned ? 'planowany koszt' : 'koszt');
		return finish([head, owner, rest, where].filter(Boolean).join(' '));
	}
	if (planned) {
		const adjective = plannedFor(source, subject[0] as number);
		if (adjective === undefined) return undefined;
		return finish([adjective, named, where].filter(Boolean).join(' '));
	}
	const label =
		language === 'en' && /^costs?$/u.test(wordKey(verb))
			? `cost of ${named}`
			: [named, where].filter(Boolean).join(' ');
	return finish(label);
}

/**
 * "dotację w wysokości 2,5 mln zł" → "dotacja": the noun before "w wysokości" in the
 * nominative, when the dictionary gives it one lemma.
 */
function heightLabel(source: LabelSource): string | undefined {
	const { tokens, found, morphology } = source;
	if (!morphology || found.kind !== 'number') return undefined;
	if (wordKey(tokens[found.phraseFirst - 1]) !== 'wysokosci') return undefined;
	if (wordKey(tokens[found.phraseFirst - 2]) !== 'w') return undefined;
	const noun = tokens[found.phraseFirst - 3];
	if (noun?.kind !== 'word' || noun.capitalised) return undefined;
	const word = noun.text.toLowerCase();
	const lemmas = [
		...new Set(
			morphology
				.lemmas(word)
				.filter(
					(lemma) => /^\p{Ll}/u.test(lemma) && !/(ć|c)$/u.test(lemma) && !/[yi]$/u.test(lemma)
				)
		)
	];
	if (lemmas.length !== 1 || isPolishVerb(morphology, noun)) return undefined;
	return lemmas[0];
}

/**
 * The nominative plural of a counted noun, which the rules' guess ("stypendiy") does not
 * always give: the one form of its lemma that ends as a nominative plural does ("stypendia",
 * "nagrody", "osoby"). After 2, 3 or 4 the article's form is it already.
 */
function passiveNoun(
	morphology: Morphology,
	surface: string,
	guess: string,
	value: number,
	isPersonal: (noun: string) => boolean
): string | undefined {
	if (takesNominative(value)) return surface === guess ? surface : undefined;
	const known = nominativePlural(morphology, surface, guess, isPersonal);
	if (known !== undefined && known !== surface && sharesLemma(morphology, surface, known))
		return known;
	const lemmas = [...new Set(morphology.lemmas(surface))];
	if (lemmas.length !== 1) return undefined;
	const lemma = lemmas[0] as string;
	const forms = morphology.forms(lemma);
	const candidates = /um$/u.test(lemma)
		? [`${lemma.slice(0, -2)}a`]
		: /[^i]a$/u.test(lemma)
			? [`${lemma.slice(0, -1)}y`, `${lemma.slice(0, -1)}i`]
			: [];
	const found = candidates.filter((form) => form !== surface && forms.includes(form));
	return found.length === 1 ? found[0] : undefined;
}

/**
 * The nominative plural of a feminine or neuter noun from its one lemma, when exactly one form
 * of the dictionary's ends as one ("budowla" → "budowle", "stypendium" → "stypendia").
 */
function pluralOfLemma(morphology: Morphology, surface: string): string | undefined {
	let lemmas = [...new Set(morphology.lemmas(surface))].filter((lemma) => /^\p{Ll}/u.test(lemma));
	// "radnych" is of "radny" and "radna": the masculine one names them all.
	if (/(ych|ich)$/u.test(surface) && lemmas.length > 1)
		lemmas = lemmas.filter((lemma) => /[yi]$/u.test(lemma));
	if (lemmas.length !== 1) return undefined;
	const lemma = lemmas[0] as string;
	const forms = morphology.forms(lemma);
	// "radnych", "rannych": a noun declined as an adjective counts persons ("radni").
	const personal = PERSONAL_ADJECTIVE_ENDINGS.find(([from]) => lemma.endsWith(from));
	const candidates = /um$/u.test(lemma)
		? [`${lemma.slice(0, -2)}a`]
		: /[^i]a$/u.test(lemma)
			? [`${lemma.slice(0, -1)}y`, `${lemma.slice(0, -1)}i`, `${lemma.slice(0, -1)}e`]
			: /(ych|ich)$/u.test(surface) && personal
				? [lemma.slice(0, lemma.length - personal[0].length) + personal[1]]
				: [];
	const found = candidates.filter((form) => form !== surface && forms.includes(form));
	return found.length === 1 ? found[0] : undefined;
}

/**
 * The passive "zostało przyznanych 48 stypendiów" → "stypendia, które zostały przyznane":
 * the participle agrees with the noun, in the nominative; the clause's other words follow.
 */
function passiveLabel(source: LabelSource): string | undefined {
	const { tokens, found, morphology } = source;
	if (!morphology || found.kind !== 'number' || found.noun === undefined || !source.noun)
		return undefined;
	const auxiliary = wordKey(tokens[found.phraseFirst - 2]);
	const future = auxiliary === 'zostanie';
	if (auxiliary !== 'zostalo' && !future) return undefined;
	const participle = tokens[found.phraseFirst - 1] as Token;
	if (participle.kind !== 'word' || !/(nych|tych)$/u.test(participle.key)) return undefined;
	const nounToken = tokens[found.noun] as Token;
	if (nounToken.capitalised || POLISH_CURRENCIES.has(nounToken.key)) return undefined;
	const unitLast = Math.max(found.unitLast ?? found.noun, found.noun);
	// Only the noun itself: "48 stypendiów", not "48 stypendiów naukowych" worded half-way.
	if ((found.unitFirst ?? found.noun) !== found.noun || unitLast !== found.noun) return undefined;
	const surface = nounToken.text.toLowerCase();
	const noun = passiveNoun(morphology, surface, source.noun, found.value, source.isPersonal);
	if (noun === undefined) return undefined;
	const personal = source.isPersonal(noun) || /owie$/u.test(noun);
	const done = nominativeAdjective(morphology, participle.text, personal);
	if (done === undefined) return undefined;
	if (countsMoreNouns(source, unitLast)) return undefined;
	const clause = clauseOf(source, found.phraseFirst, unitLast);
	if (['zeby', 'aby', 'by'].includes(wordKey(tokens[clause.first - 1]))) return undefined;
	if (/^ktor/u.test(wordKey(tokens[clause.first - 1]))) return undefined;
	const rest = [...range(clause.first, found.phraseFirst - 3), ...range(unitLast + 1, clause.last)];
	const kept = withoutFigures(source, rest);
	if (!kept || (rest.length > 0 && kept.length === 0)) return undefined;
	if (kept.length > 0 && !standsAlone(source, kept)) return undefined;
	if (kept.some((index) => mayBeSubject(source, index, false))) return undefined;
	const verb = future ? 'zostaną' : personal ? 'zostali' : 'zostały';
	return finish(
		`${noun}, ${personal ? 'którzy' : 'które'} ${[verb, done, textOf(source, kept)].filter(Boolean).join(' ')}`
	);
}

/**
 * "łącznie 58 uczniów: 27 w Zalesiu i 31 w Borowie" → "uczniowie w Zalesiu": a figure of a
 * list after a colon counts the noun before it, told apart by its own place or time.
 */
function listItemLabel(source: LabelSource): string | undefined {
	const { tokens, found, language, morphology } = source;
	if (found.kind !== 'number' || found.noun !== undefined || found.unitFirst !== undefined)
		return undefined;
	if (found.phraseFirst !== found.first) return undefined;
	// Back to the colon over the items before: figures, their phrases, commas and joiners.
	let colon = found.phraseFirst - 1;
	while (colon > 0 && tokens[colon]?.text !== ':') {
		const token = tokens[colon] as Token;
		if (token.kind === 'punct' && token.text !== ',') return undefined;
		if (
			token.kind === 'word' &&
			CLAUSE_WORDS[language].has(token.key) &&
			!JOINERS[language].has(token.key)
		)
			return undefined;
		if (language === 'pl' && morphology && isPolishVerb(morphology, token)) return undefined;
		if (language === 'en' && AUXILIARIES.has(token.key)) return undefined;
		colon--;
	}
	if (tokens[colon]?.text !== ':') return undefined;
	const head = tokens[colon - 1];
	const headFigure = tokens[colon - 2];
	if (head?.kind !== 'word' || head.capitalised || headFigure === undefined) return undefined;
	if (!isFigure(headFigure, language) && !SCALE_WORDS.has(headFigure.key)) return undefined;
	// The item's own phrase, up to the next item: "w Zalesiu".
	let last = found.last;
	while (last + 1 < tokens.length) {
		const next = tokens[last + 1] as Token;
		if (
			next.kind === 'punct' ||
			JOINERS[language].has(next.key) ||
			CLAUSE_WORDS[language].has(next.key)
		)
			break;
		last++;
	}
	const phrase = range(found.last + 1, last);
	if (phrase.length < 2 || phrase.length > 5) return undefined;
	if (!PREPOSITIONS[language].has(wordKey(tokens[phrase[0] as number]))) return undefined;
	if (phrase.some((index) => isFigure(tokens[index] as Token, language))) return undefined;
	if (!standsAlone(source, phrase)) return undefined;
	let noun: string | undefined;
	if (language === 'en') noun = /s$|^people$/u.test(head.key) ? head.text : undefined;
	else if (morphology && source.pluralOf) {
		const surface = head.text.toLowerCase();
		const guess = source.pluralOf(surface);
		noun =
			guess === surface
				? pluralOfLemma(morphology, surface)
				: nominativePlural(morphology, surface, guess, source.isPersonal);
		if (noun !== undefined && !sharesLemma(morphology, surface, noun)) noun = undefined;
	}
	if (noun === undefined) return undefined;
	return finish(`${noun} ${textOf(source, phrase)}`);
}

/**
 * "Z tej liczby 1864 monety to szelągi krzyżackie" → "szelągi krzyżackie": a figure that is,
 * by "to", a noun phrase in the nominative plural is counted by that phrase.
 */
function copulaLabel(source: LabelSource): string | undefined {
	const { tokens, found, morphology } = source;
	if (!morphology || found.kind !== 'number') return undefined;
	const end = Math.max(found.unitLast ?? found.last, found.noun ?? found.last, found.last);
	if (wordKey(tokens[end + 1]) !== 'to') return undefined;
	let last = end + 1;
	while (last + 1 < tokens.length && tokens[last + 1]?.kind === 'word') {
		const key = wordKey(tokens[last + 1]);
		if (JOINERS.pl.has(key) || CLAUSE_WORDS.pl.has(key)) break;
		last++;
	}
	const phrase = range(end + 2, last);
	if (phrase.length === 0 || phrase.length > 4) return undefined;
	const nominativePluralWord = (index: number) => {
		const token = tokens[index] as Token;
		if (token.capitalised || source.nameTokens.has(index) || isFigure(token, 'pl')) return false;
		const word = token.text.toLowerCase();
		if (isPolishVerb(morphology, token) || PREPOSITIONS.pl.has(token.key)) return false;
		return /(y|i|e|a)$/u.test(word) && morphology.lemmas(word).some((lemma) => lemma !== word);
	};
	if (!phrase.every(nominativePluralWord)) return undefined;
	if (!standsAlone(source, phrase)) return undefined;
	return finish(textOf(source, phrase));
}

/** "Skarb waży ok. 4,6 kg" → "waga skarbu": the subject's weight, in the genitive. */
function weightLabel(source: LabelSource): string | undefined {
	const { tokens, found, morphology } = source;
	if (!morphology || found.kind !== 'number') return undefined;
	const verbIndex = found.phraseFirst - 1;
	const verb = tokens[verbIndex];
	if (verb?.kind !== 'word' || !morphology.lemmas(verb.text.toLowerCase()).includes('ważyć'))
		return undefined;
	const end = Math.max(found.unitLast ?? found.last, found.last);
	const after = tokens[end + 1];
	if (after !== undefined && !(after.kind === 'punct' && CLAUSE_PUNCTUATION.has(after.text)))
		return undefined;
	const clause = clauseOf(source, verbIndex, verbIndex);
	const subject = range(clause.first, verbIndex - 1);
	if (subject.length === 0 || subject.length > 4 || !standsAlone(source, subject)) return undefined;
	if (subject.some((index) => isPolishVerb(morphology, tokens[index]))) return undefined;
	const owner = genitiveOf(source, subject[0] as number);
	if (owner === undefined) return undefined;
	const preposition = subject.findIndex((index) => PREPOSITIONS.pl.has(wordKey(tokens[index])));
	const attributes = subject.slice(1, preposition < 0 ? subject.length : preposition);
	if (attributes.some((index) => isNominativeAttribute(source, index))) return undefined;
	return finish(['waga', owner, textOf(source, subject.slice(1))].filter(Boolean).join(' '));
}

/** Past forms of a vote's verb: "Za uchwałą było 9 radnych", "przeciw głosowało 5". */
const VOTE_VERBS = new Set(['bylo', 'byli', 'glosowalo', 'glosowali', 'glosowaly']);
const VOTE_SIDES = new Set(['za', 'przeciw']);
const VOTED = /^(.+), (którzy|które) (głosowali|głosowały|wstrzymali się|wstrzymały się) /u;

/**
 * A vote: "Za uchwałą było 9 radnych, przeciw 5, a jeden wstrzymał się od głosu" → "radni,
 * którzy głosowali za uchwałą", "radni, którzy głosowali przeciw", "radni, którzy wstrzymali
 * się od głosu". The side opens the figure's clause; a figure without its noun takes the noun
 * of the vote's figure before it.
 */
function voteLabel(source: LabelSource): string | undefined {
	const { tokens, found, whole, morphology } = source;
	if (!morphology || found.kind !== 'number') return undefined;
	const clause = clauseOf(source, found.phraseFirst, found.last);
	let first = clause.first;
	if (wordKey(tokens[first]) === 'a' || wordKey(tokens[first - 1]) === 'a') {
		if (wordKey(tokens[first]) === 'a') first++;
	}
	const end = Math.max(found.unitLast ?? found.last, found.noun ?? found.last, found.last);
	if (found.noun === undefined) {
		// "przeciw 5", "przeciw było 142", "a 19 wstrzymało się od głosu": the noun of the vote.
		const voted = whole === undefined ? undefined : VOTED.exec(whole.label);
		if (!voted) return undefined;
		const personal = voted[2] === 'którzy';
		const side = wordKey(tokens[first]);
		const between = range(first + 1, found.phraseFirst - 1);
		if (VOTE_SIDES.has(side) && between.every((index) => VOTE_VERBS.has(wordKey(tokens[index])))) {
			const after = tokens[end + 1];
			if (after !== undefined && after.kind !== 'punct') return undefined;
			return finish(
				`${voted[1]}, ${personal ? 'którzy głosowali' : 'które głosowały'} ${tokens[first]?.text.toLowerCase()}`
			);
		}
		const abstained = range(end + 1, end + 4).map((index) => wordKey(tokens[index]));
		if (
			first === found.phraseFirst &&
			/^wstrzyma/u.test(abstained[0] ?? '') &&
			abstained[1] === 'sie' &&
			abstained[2] === 'od' &&
			abstained[3] === 'glosu'
		)
			return `${voted[1]}, ${personal ? 'którzy wstrzymali' : 'które wstrzymały'} się od głosu`;
		return undefined;
	}
	// "Za uchwałą było 9 radnych": the side, its object, a past verb, then the figure.
	const side = wordKey(tokens[first]);
	if (!VOTE_SIDES.has(side) || !VOTE_VERBS.has(wordKey(tokens[found.phraseFirst - 1])))
		return undefined;
	const object = range(first + 1, found.phraseFirst - 2);
	// "za" may end the row: it stands for "for" as "przeciw" for "against".
	if (object.length > 3 || (object.length > 0 && !standsAlone(source, object))) return undefined;
	if (object.some((index) => isPolishVerb(morphology, tokens[index]))) return undefined;
	const after = tokens[end + 1];
	if (after !== undefined && after.kind !== 'punct') return undefined;
	// "Za rok było 300 uczniów" is a time: the side's object is in the instrumental ("za
	// uchwałą", "za projektem"), and only persons vote.
	const instrumental = (index: number) => /(ą|em|iem|ami|mi)$/u.test((tokens[index] as Token).text);
	if (!object.every(instrumental)) return undefined;
	const counted = countedNoun(source);
	if (counted === undefined || counted.money || !counted.personal) return undefined;
	const verb = 'którzy głosowali';
	return finish(`${counted.words.join(' ')}, ${verb} ${textOf(source, [first, ...object])}`);
}

/** Words that open the part of a whole named just before: "w tym", "including". */
function opensPart(source: LabelSource): boolean {
	const { tokens, found, language } = source;
	const before = wordKey(tokens[found.phraseFirst - 1]);
	if (language === 'en')
		return before === 'including' && tokens[found.phraseFirst - 2]?.text === ',';
	return (
		before === 'tym' &&
		wordKey(tokens[found.phraseFirst - 2]) === 'w' &&
		tokens[found.phraseFirst - 3]?.text === ','
	);
}

/**
 * "Pracę straci 142 pracowników, w tym 88 kierowców" → "kierowcy, którzy stracą pracę";
 * "killing 212 people, including 40 children" → "children killed": the whole's label with the
 * part's noun for the whole's, when the whole ends right before the comma and, in Polish, the
 * part's noun takes the same relative word ("którzy" for persons).
 */
function partLabel(source: LabelSource): string | undefined {
	const { tokens, found, whole, language } = source;
	if (!whole || found.kind !== 'number' || found.noun === undefined || !opensPart(source))
		return undefined;
	const comma = found.phraseFirst - (language === 'en' ? 2 : 3);
	const wholeEnd = Math.max(whole.found.unitLast ?? whole.found.last, whole.found.noun ?? 0);
	if (wholeEnd !== comma - 1 || whole.found.noun === undefined) return undefined;
	const partLast = Math.max(found.unitLast ?? found.noun, found.noun);
	const after = tokens[partLast + 1];
	if (after !== undefined && !(after.kind === 'punct' && CLAUSE_PUNCTUATION.has(after.text)))
		return undefined;
	if (language === 'en') {
		if (found.unitFirst === undefined || whole.found.unitFirst === undefined) return undefined;
		const wholeNoun = textOf(source, range(whole.found.unitFirst, wholeEnd));
		const partNoun = textOf(source, range(found.unitFirst, partLast));
		// "jobs, including 30 managers": only persons among persons are sure to share the verb.
		const persons = [whole.found.noun, found.noun].every((index) =>
			PERSON_NOUNS.has(wordKey(tokens[index]))
		);
		if (!whole.label.startsWith(`${wholeNoun} `) || !persons) return undefined;
		return finish(`${partNoun}${whole.label.slice(wholeNoun.length)}`);
	}
	const comma2 = whole.label.indexOf(', ');
	if (comma2 < 0) return undefined;
	const relative = whole.label.slice(comma2 + 2).split(' ')[0] ?? '';
	if (!/^któr/u.test(relative)) return undefined;
	const counted = countedNoun(source);
	if (counted === undefined || counted.money) return undefined;
	const personalWhole = relative === 'którzy' || relative === 'których';
	// "których" serves persons and a negated verb alike: only "którzy" and "które" are sure.
	if (relative === 'których' || counted.personal !== personalWhole) return undefined;
	return finish(`${counted.words.join(' ')}${whole.label.slice(comma2)}`);
}

/** The label of a figure, or undefined when it cannot be worded well. */
export function figureLabel(source: LabelSource): string | undefined {
	const label =
		partLabel(source) ??
		listItemLabel(source) ??
		amountLabel(source) ??
		(source.language === 'pl'
			? (voteLabel(source) ??
				copulaLabel(source) ??
				weightLabel(source) ??
				heightLabel(source) ??
				passiveLabel(source) ??
				possessionLabel(source) ??
				polishLabel(source))
			: englishLabel(source));
	if (label === undefined) return undefined;
	// A row showing a figure gives one away.
	const words = label.toLowerCase().split(/[\s,()]+/u);
	if (words.some((word) => word !== '' && parseNumber(word, source.language) !== null))
		return undefined;
	return label;
}
