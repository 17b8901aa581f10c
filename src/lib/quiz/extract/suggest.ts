import { wordingProblems } from '../check';
import type { Language } from '../content';
import { formatNumber } from '../language/number';
import { QUIZ_PHRASES } from '../language/phrases';
import { stem, stopwordsFor } from '../language/stem';
import { askedKind, type ExtractionLexicon } from './lexicon';
import { readPredicate } from './statements';
import type { Morphology } from './morphology';
import type { Token } from './tokens';
import type { Candidate, ExtractedEntity, SentenceContext } from './types';

/**
 * Suggested questions and distractors. A question is built from the clause that states the
 * fact, with the fact's words taken out and a question word put in front: "Do obwodu
 * kurskiego w Rosji trafiło ok. 11 tysięcy północnokoreańskich żołnierzy." → "Ilu
 * północnokoreańskich żołnierzy do obwodu kurskiego w Rosji trafiło?", with the dictionary
 * "…żołnierzy trafiło do obwodu kurskiego w Rosji?". Polish word order allows that almost
 * always; English questions move an auxiliary forward when there is one, and fall back to a
 * gap in the quoted sentence when there is not.
 */

/** Marks that separate the clauses of a sentence (parentheses do not: their text is kept). */
const CLAUSE_SEPARATORS = new Set([',', ';', ':', '—', '–']);
const TRAILING = new Set([' ', '.', ',', ';', ':', '!', '?', '…']);
/** A clause shorter than this, once the fact is out, says too little: the sentence is used. */
const MIN_REMAINDER_WORDS = 2;
/**
 * Longest clause a question is built from, in characters; a longer one is quoted around a
 * gap instead. It also bounds the work per candidate, so a run-on "sentence" of a hundred
 * thousand characters costs no more per figure than a short one.
 */
const MAX_CLAUSE = 300;
/** Characters quoted on each side of a gap. */
const QUOTE_REACH = 120;
/** Sentences up to this many characters are quoted whole around a gap. */
const WHOLE_SENTENCE_LENGTH = 240;

export interface Wording {
	context: SentenceContext;
	text: string;
	language: Language;
	lexicon: ExtractionLexicon;
	/** Token indexes inside names, whose capitals a question keeps. */
	nameTokens: ReadonlySet<number>;
	/** The dictionary, where loaded: it tells a clause with a verb from one without. */
	morphology?: Morphology;
}

function tokenAt(context: SentenceContext, index: number): Token {
	return context.tokens[index] as Token;
}

function lastContentToken(context: SentenceContext): number {
	let last = context.tokens.length - 1;
	while (
		last > 0 &&
		tokenAt(context, last).kind === 'punct' &&
		/[.!?…]/.test(tokenAt(context, last).text)
	)
		last--;
	return last;
}

interface ClauseTable {
	/** For each token, the first and last token of its clause. */
	first: number[];
	last: number[];
}

const clauseTables = new WeakMap<SentenceContext, ClauseTable>();

/** Clause bounds of every token of a sentence, computed once: questions ask for them often. */
function clauseTable(context: SentenceContext): ClauseTable {
	let table = clauseTables.get(context);
	if (table) return table;
	const end = lastContentToken(context);
	const first: number[] = [];
	const last: number[] = new Array<number>(context.tokens.length).fill(end);
	let clauseFirst = 0;
	context.tokens.forEach((token, index) => {
		if (index > 0 && CLAUSE_SEPARATORS.has(tokenAt(context, index - 1).text)) clauseFirst = index;
		first.push(clauseFirst);
	});
	let clauseLast = end;
	for (let index = end; index >= 0; index--) {
		if (index < end && CLAUSE_SEPARATORS.has(tokenAt(context, index + 1).text)) clauseLast = index;
		last[index] = clauseLast;
	}
	table = { first, last };
	clauseTables.set(context, table);
	return table;
}

function clauseOf(context: SentenceContext, first: number, last: number): [number, number] {
	const table = clauseTable(context);
	const end = lastContentToken(context);
	return [table.first[first] ?? 0, Math.min(table.last[last] ?? end, end)];
}

function slice(wording: Wording, first: number, last: number): string {
	if (last < first) return '';
	return wording.text.slice(
		tokenAt(wording.context, first).start,
		tokenAt(wording.context, last).end
	);
}

/** Spaces collapsed, empty parentheses and final punctuation dropped. */
function tidy(text: string): string {
	let collapsed = text.replace(/\s+/g, ' ');
	// Most clauses need none of what follows: each pass runs only when it can change something.
	if (collapsed.includes('(')) collapsed = collapsed.replace(/\( ?\)/g, '').replace(/\( /g, '(');
	if (collapsed.includes('„')) collapsed = collapsed.replace(/„ /g, '„');
	collapsed = collapsed.replace(/ ([,.;:!?)”])/g, '$1');
	if (collapsed.includes(',,')) collapsed = collapsed.replace(/,,+/g, ',');
	if (collapsed.includes('  ')) collapsed = collapsed.replace(/ {2,}/g, ' ');
	let end = collapsed.length;
	while (end > 0 && TRAILING.has(collapsed[end - 1] as string)) end--;
	const kept = collapsed.slice(0, end).trim();
	// "w 2024 r.": the full stop of an abbreviation is no sentence's end, and stays.
	return collapsed.charAt(end) === '.' && FINAL_ABBREVIATION.test(kept) ? `${kept}.` : kept;
}

/** Abbreviations that may end a question's clause: "w 2024 r.", "ok. 4 tys.", "40 proc.". */
const FINAL_ABBREVIATION = /(?:^|[\s(])(?:r|tys|proc|br|ub|ul|pl|al|św|itd|itp)$/u;

interface Remainder {
	text: string;
	/** The token the remaining text starts with, to keep its capital only if it is a name. */
	firstToken: number;
	/** The removed words opened their clause: in English they were its subject. */
	leading: boolean;
	/** Tokens of the remaining words: `from`..`removeFirst - 1` and `last + 1`..`to`. */
	from: number;
	to: number;
	removeFirst: number;
	last: number;
	/** A relative pronoun ("co", "który", "which") opened the clause and was dropped with it. */
	droppedRelative: boolean;
	/** The removed words stood between commas, an aside of the clause ("odcinek, ok. 14 km,"). */
	parenthetical: boolean;
}

/**
 * Words that tell a question built by taking words out of a clause from a non-sentence. Each
 * list is folded. A clause that trips any of them is quoted around a gap instead: fewer
 * natural questions, none broken.
 */
interface WordingRules {
	/** "i", "and": the clause joins two verbs or two things, and the question fits one. */
	coordinators: ReadonlySet<string>;
	/** Clause openers that were its subject ("co obecnie stanowi połowę" has lost "co"). */
	relatives: ReadonlySet<string>;
	/** Words that lean on the figure or date taken out ("już 10 września", "też"). */
	danglers: ReadonlySet<string>;
	/** Auxiliaries of the passive: "was bought by" has no doer before the verb. */
	passive: ReadonlySet<string>;
	/** Words after which a clause ends before its object ("zaproponował, by …", "said that …"). */
	subordinators: ReadonlySet<string>;
	/** Sentence adverbs that add nothing to a predicate ("jednak", "however"). */
	fillers: ReadonlySet<string>;
}

const RULES: Record<Language, WordingRules> = {
	pl: {
		coordinators: new Set(['i', 'oraz', 'a', 'ale', 'lecz', 'lub', 'albo', 'czy', 'ani', 'zas']),
		relatives: new Set(['co', 'ktory', 'ktora', 'ktore', 'ktorzy', 'ktorego', 'ktorej', 'ktorych']),
		danglers: new Set([
			'juz',
			'jeszcze',
			'dopiero',
			'nawet',
			'tez',
			'takze',
			'rowniez',
			'az',
			'tylko',
			'okolo',
			'ok',
			'ponad',
			'prawie',
			'blisko',
			'niespelna',
			'az'
		]),
		passive: new Set([
			'zostal',
			'zostala',
			'zostalo',
			'zostaly',
			'zostali',
			'jest',
			'sa',
			'byl',
			'byla',
			'bylo',
			'byly',
			'byli'
		]),
		subordinators: new Set([
			'by',
			'aby',
			'zeby',
			'ze',
			'iz',
			'gdy',
			'jesli',
			'jezeli',
			'bo',
			'poniewaz',
			'gdyz',
			'zanim',
			'dopoki',
			'odkad',
			'skoro',
			'chociaz'
		]),
		fillers: new Set(['jednak', 'natomiast', 'zas', 'tez', 'takze', 'rowniez', 'wiec'])
	},
	en: {
		coordinators: new Set(['and', 'or', 'but', 'nor']),
		relatives: new Set(['which', 'who', 'that', 'whom', 'whose']),
		danglers: new Set(['already', 'even', 'only', 'just', 'also', 'about', 'nearly', 'some']),
		passive: new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'got', 'gets']),
		subordinators: new Set(['that', 'which', 'who', 'because', 'if', 'when', 'while', 'to']),
		fillers: new Set(['however', 'also', 'though', 'then'])
	}
};

/** The few Polish verbs whose infinitive ends in "c" ("tysiąc", "noc" are nouns). */
const VERBS_IN_C: ReadonlySet<string> = new Set(['móc', 'piec', 'biec', 'strzec', 'wlec', 'rzec']);

/** Numerals and nouns whose lemma ends in "ć" like an infinitive: "za pięć lat", "część". */
const NOT_VERBS_IN_C: ReadonlySet<string> = new Set([
	'pięć',
	'sześć',
	'dziewięć',
	'dziesięć',
	'część',
	'pięść',
	'garść',
	'sieć',
	'płeć',
	'pamięć',
	'chęć',
	'śmierć',
	'nić'
]);

/** Forms the dictionary lists as words of their own, not as forms of "być", "mieć", "móc". */
const IRREGULAR_VERB_FORMS: ReadonlySet<string> = new Set([
	'jest',
	'są',
	'będzie',
	'będą',
	'ma',
	'mają',
	'może',
	'mogą',
	'musi',
	'muszą',
	'chce',
	'chcą',
	'wie',
	'idzie'
]);

/** Whether the dictionary reads a Polish word as a form of a verb (its lemma an infinitive). */
function isVerbForm(word: string, morphology: Morphology): boolean {
	const lower = word.toLowerCase();
	if (IRREGULAR_VERB_FORMS.has(lower)) return true;
	// "pięć" is also a form of "piąć" (to climb), which no news sentence means.
	if (NOT_VERBS_IN_C.has(lower)) return false;
	// "zaległość", "wartość": nouns in "-ość" end in "ć" too, as do "pięć" and "część".
	return morphology
		.lemmas(lower)
		.some(
			(lemma) =>
				(lemma.endsWith('ć') && !lemma.endsWith('ość') && !NOT_VERBS_IN_C.has(lemma)) ||
				VERBS_IN_C.has(lemma)
		);
}

/**
 * Polish participles and adjectives made of them ("wydana", "otwarta", "zatrzymanych",
 * "dotyczące"): a phrase of a noun, never a clause's verb. Written, not folded: "-ą" tells
 * "dotyczącą" from the verb "dotyczą".
 */
const PARTICIPLE =
	/(?:an|on|ęt|yt|ut|it|art|ąc)(?:y|a|e|ego|ej|ych|ym|ymi|ą)$|(?:ani|oni|eni|ęci|yci|uci|arci)$|ąc$|wszy$/u;

/** Folded Polish auxiliaries of the passive: "zostanie zawieszony", "był zamknięty". */
const PASSIVE_AUXILIARY =
	/^(?:zosta(?:l|la|lo|ly|li|nie|na)|jest|sa|byl|byla|bylo|byly|byli|bedzie|beda)$/;

/** Folded adverbs that open a phrase of a noun before a clause's verb: "zgodnie z umową". */
const GOVERNING_OPENER = /^(?:zgodnie|wbrew|dzieki|wedlug|mimo|wskutek|wobec)$/;

/** Folded relative words that open a subordinate clause: "w którym", "zgodnie z którym", "gdzie". */
const RELATIVE_WORD = /^(?:ktor(?:y|a|e|ego|ej|emu|ym|ymi|ych|a|zy)|gdzie|dokad|skad|kiedy|jak)$/;

/**
 * Whether a Polish word is a participle rather than a finite verb: "wydana", "otwarta" are;
 * "wykona" and "zmieni", whose dictionary lemma is the word and "ć", are not.
 */
function isParticiple(word: string, morphology: Morphology | undefined): boolean {
	const lower = word.toLowerCase();
	if (lower.length < 5 || !PARTICIPLE.test(lower)) return false;
	if (!morphology) return true;
	const lemmas = morphology.lemmas(lower);
	// "strona", "zmiany": nouns that end like one, whose lemma is no verb nor adjective of one.
	const ofVerb = lemmas.some(
		(lemma) => lemma.endsWith('ć') || (PARTICIPLE.test(lemma) && /[yi]$/u.test(lemma))
	);
	return ofVerb && !lemmas.some((lemma) => lemma.slice(0, -1) === lower);
}

/** Polish past forms of one man or woman: "zatrudniła", "przyjął" (not "trafiło", "zginęli"). */
function singularPast(folded: string): boolean {
	// "przewiozła", "mogła", "wzrosła": "-ła" after a consonant too.
	return (
		/^(?:byl|byla)$/.test(folded) ||
		(folded.length > 4 && (/[aeiouy](?:l|la)$/.test(folded) || /[zsgkdbr]la$/.test(folded)))
	);
}

/**
 * "Na opryski, które miałyby się odbyć w maju, dyrekcja chce przeznaczyć 9,4 mln zł.": a clause
 * that goes on after a relative clause closed by a comma is the rest of the sentence's main
 * clause, whose opening ("Na opryski", what the money is for) a question made of it would lose.
 */
function interruptedOpening(wording: Wording, rest: Remainder): boolean {
	const { context } = wording;
	if (rest.from < 2 || !CLAUSE_SEPARATORS.has(tokenAt(context, rest.from - 1).text)) return false;
	const [before] = clauseOf(context, rest.from - 2, rest.from - 2);
	if (before === 0) return false;
	let opener = before;
	// "zgodnie z którym", "w którym": the preposition before the relative word.
	while (
		opener < rest.from - 2 &&
		tokenAt(context, opener).kind === 'word' &&
		wording.lexicon.prepositions.has(tokenAt(context, opener).key)
	)
		opener++;
	const key = tokenAt(context, opener).key;
	return (
		RULES[wording.language].relatives.has(key) || (wording.language === 'pl' && key === 'gdzie')
	);
}

/**
 * Whether a question made of `lead` and the remainder reads as a sentence. Refused: a clause
 * joining two verbs or things ("trwała dwa lata i kosztowała"), one whose subject was a
 * relative pronoun taken out with the figure, a word left leaning on nothing ("ostrzegał
 * już?"), a Polish clause whose verb has no subject before it ("zatrudniła przy budowie"),
 * a figure or date inside a phrase of a noun ("przeprowadzonego wiosną 2023 roku") and a
 * counted noun cut from its adjective ("metrów … sześciennych").
 */
function readsWell(wording: Wording, rest: Remainder, language: Language): boolean {
	const rules = RULES[language];
	const { context, lexicon } = wording;
	const keys: string[] = [];
	const kept: string[] = [];
	/** Kept words that cannot be the clause's verb: "640 domów", "w Radoczy". */
	const nounPlaces = new Set<number>();
	for (let index = rest.from; index <= rest.to; index++) {
		if (index >= rest.removeFirst && index <= rest.last) continue;
		const token = tokenAt(context, index);
		if (token.kind === 'word') {
			const before = context.tokens[index - 1];
			// "domów" is also the imperative of "domówić": a word counted by the number before
			// it, or governed by a preposition, is a noun all the same.
			if (
				before?.kind === 'number' ||
				(before?.kind === 'word' && lexicon.prepositions.has(before.key))
			)
				nounPlaces.add(kept.length);
			keys.push(token.key);
			kept.push(token.text);
		}
	}
	if (rest.droppedRelative) return false;
	if (interruptedOpening(wording, rest)) return false;
	// "Linia nr 3 jest najbardziej obciążona: w dni robocze przewozi ok. 7,5 tys. pasażerów":
	// the clause after a colon leaves its subject before it ("Ilu pasażerów przewozi…?").
	if (rest.from > 0 && /^[:;]$/u.test(tokenAt(context, rest.from - 1).text)) return false;
	if (keys.length < MIN_REMAINDER_WORDS) return false;
	// "- mówiła Halina Sobczak": a quotation's attribution is no part of the question.
	if (/\s[-–—]\s/.test(rest.text) || !/^[\p{L}\p{N}„"]/u.test(rest.text)) return false;
	if (rules.subordinators.has(keys[0] as string)) return false;
	// "Kiedy niż pokazywały badania?": the clause of a comparison is no statement of its own.
	if (keys[0] === 'niz' || keys[0] === 'than') return false;
	if (language === 'en' && keys.some((key) => rules.relatives.has(key))) return false;
	if (keys.some((key) => rules.coordinators.has(key))) return false;
	if (rules.danglers.has(keys[keys.length - 1] as string)) return false;
	if (language !== 'pl') return true;
	// "…, a kolejne 41,5 mln zł na remonty": a clause sharing the verb of the one before has
	// none of its own, and "Ile zł kolejne na remonty?" is no question.
	const morphology = wording.morphology;
	// "Kiedy w którym przyznało…", "Ile parkingów powstanie zgodnie z którym…": the clause of a
	// relative word, torn from the noun it qualified.
	if (keys.some((key) => RELATIVE_WORD.test(key))) return false;
	// "Kiedy wydana przez Ossolineum?": a participle is no verb of the question.
	// "wyżywienie": a noun made of a verb is none ("Ile zł wyżywienie dziennie?").
	const finite = (word: string) =>
		morphology
			? isVerbForm(word, morphology) &&
				!isParticiple(word, morphology) &&
				!isVerbalNoun(word, morphology)
			: true;
	if (morphology && !kept.some((word, place) => !nounPlaces.has(place) && finite(word)))
		return false;
	// "Ile zł otwarta w 2019 r., kosztowała?": a participle's aside whose noun is cut away.
	if (isParticiple(kept[0] as string, morphology)) return false;
	const before = context.tokens[rest.removeFirst - 1];
	// "Nowa hala, otwarta w 2019 r., …": the date of a participle dates no clause, unless an
	// auxiliary makes it the verb ("zostanie zawieszony do czerwca").
	const auxiliary = context.tokens[rest.removeFirst - 2];
	if (
		before?.kind === 'word' &&
		rest.removeFirst - 1 >= rest.from &&
		isParticiple(before.text, morphology) &&
		!(auxiliary?.kind === 'word' && PASSIVE_AUXILIARY.test(auxiliary.key))
	)
		return false;
	// "przeprowadzonego wiosną 2023": a participle before the words taken out made them part of
	// a noun's phrase, which the question would leave hanging.
	// So do an adjective before them ("w rekordowym styczniu 2024 r." is a record, not a
	// time; "za kolejne 180 mln zł" would leave "za kolejne" asked of), a comparison ("więcej niż w 2024 r.") and a superlative ("najniżej od 2010 r.").
	if (
		before?.kind === 'word' &&
		rest.removeFirst - 1 >= rest.from &&
		(/(?:on|an|ci|t)(?:ego|ej|ych|ym|ymi)$/.test(before.key) ||
			(before.key.length > 4 && /(?:ym|im|ej|ego|ych)$/.test(before.key)) ||
			// (as written: folded, "odbudowę" would end like "nowe")
			(before.text.length > 4 && /(?:ne|we|kie|gie)$/u.test(before.text.toLowerCase())) ||
			before.key === 'niz' ||
			before.key.startsWith('naj'))
	)
		return false;
	const after = context.tokens[rest.last + 1];
	if (
		after?.kind === 'word' &&
		after.text === after.text.toLowerCase() &&
		lexicon.isAdjective(after.key)
	)
		return false;
	// The subject of a Polish verb may follow it ("przeznaczył rząd"), but a clause that opens
	// with its verb, or with a place or time and then its verb, has none in it.
	const verbAt = keys.findIndex((key) => lexicon.isPastVerb(key) || /^(?:byl|byla)$/.test(key));
	if (verbAt >= 0 && singularPast(keys[verbAt] as string)) {
		const opener = keys[0] as string;
		if (verbAt === 0 || (lexicon.prepositions.has(opener) && verbAt <= 3)) return false;
		// "Kiedy zgodnie z umową miała skończyć?": a phrase of what governs the verb ("zgodnie z
		// umową", "wbrew zapowiedziom") is no subject either.
		if (GOVERNING_OPENER.test(opener) && verbAt <= 4) return false;
	}
	return true;
}

/**
 * The words of the clause around tokens `first`..`last`, without them (and without the
 * preposition that introduced them). A clause too short once they are out grows to its
 * neighbours, then to the whole sentence.
 */
function remainder(wording: Wording, first: number, last: number): Remainder | null {
	const { context, lexicon } = wording;
	const before = context.tokens[first - 1];
	const removeFirst =
		before?.kind === 'word' && lexicon.prepositions.has(before.key) ? first - 1 : first;
	const [clauseFirst, clauseLast] = clauseOf(context, removeFirst, last);
	const end = lastContentToken(context);
	const widened: [number, number] = [
		clauseFirst >= 2 ? clauseOf(context, clauseFirst - 2, clauseFirst - 2)[0] : clauseFirst,
		clauseLast + 2 <= end ? clauseOf(context, clauseLast + 2, clauseLast + 2)[1] : clauseLast
	];
	const ranges: [number, number][] = [[clauseFirst, clauseLast], widened, [0, end]];
	const wordsIn = (from: number, to: number) => {
		let count = 0;
		for (let index = from; index <= to; index++)
			if (tokenAt(context, index).kind !== 'punct') count++;
		return count;
	};
	for (const [rangeFirst, rangeLast] of ranges) {
		const length = tokenAt(context, rangeLast).end - tokenAt(context, rangeFirst).start;
		if (length > MAX_CLAUSE) return null;
		let from = rangeFirst;
		let droppedRelative = false;
		// Words that only joined the clause to the sentence: "co", "which", "a".
		while (
			from < removeFirst &&
			lexicon.questions.leadingConnectives.has(tokenAt(context, from).key)
		) {
			if (RULES[wording.language].relatives.has(tokenAt(context, from).key)) droppedRelative = true;
			from++;
		}
		const words = wordsIn(from, removeFirst - 1) + wordsIn(last + 1, rangeLast);
		if (words >= MIN_REMAINDER_WORDS || rangeFirst === 0) {
			// "na pierwszy mecz w nowej hali, 19 grudnia 2026 r., klub zaprosił": the commas that
			// set the removed words apart go with them.
			const parenthetical =
				removeFirst - 1 > from &&
				last + 1 < rangeLast &&
				tokenAt(context, removeFirst - 1).text === ',' &&
				tokenAt(context, last + 1).text === ',';
			const text = parenthetical
				? tidy(`${slice(wording, from, removeFirst - 2)} ${slice(wording, last + 2, rangeLast)}`)
				: tidy(`${slice(wording, from, removeFirst - 1)} ${slice(wording, last + 1, rangeLast)}`);
			return {
				text,
				firstToken: from < removeFirst ? from : last + 1,
				leading: from === removeFirst,
				from,
				to: rangeLast,
				removeFirst,
				last,
				droppedRelative,
				parenthetical
			};
		}
	}
	return {
		text: '',
		firstToken: last + 1,
		leading: true,
		from: last + 1,
		to: last,
		removeFirst,
		last,
		droppedRelative: false,
		parenthetical: false
	};
}

function lowerFirst(wording: Wording, text: string, firstToken: number): string {
	const token = wording.context.tokens[firstToken];
	if (!token || wording.nameTokens.has(firstToken) || token.acronym) return text;
	// "Duńczyk", "Niemcy": a word the dictionary knows only with its capital keeps it.
	const { morphology } = wording;
	if (
		morphology &&
		token.capitalised &&
		morphology.lemmas(token.text).length > 0 &&
		morphology.lemmas(token.text.toLowerCase()).length === 0
	)
		return text;
	// "Samodzielny Publiczny Zakład…", "Nowy Targ": a word opening a name keeps its capital.
	const next = wording.context.tokens[firstToken + 1];
	if (
		next?.kind === 'word' &&
		next.capitalised &&
		!next.acronym &&
		!stopwordsFor(wording.language).has(token.key)
	)
		return text;
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/** English verbs that report speech or belief: no auxiliary after one moves to the front. */
const REPORTING =
	/^(?:says|said|say|told|tells|added|adds|explained|claims|claimed|announced|confirmed|insisted|warned|argued|believes|believed|thinks|thought|stated|suggested|expects|expected|hopes|hoped)$/u;

/**
 * "the port was closed" → "was the port closed"; null when no auxiliary follows a subject
 * near the start ("was first proposed" has lost its subject).
 */
function invertAuxiliary(text: string, lexicon: ExtractionLexicon): string | null {
	const words = text.split(' ');
	if (REPORTING.test((words[0] ?? '').toLowerCase())) return null;
	for (let index = 1; index < Math.min(words.length, 6); index++) {
		const word = (words[index] as string).toLowerCase();
		// "the company says it has…", "said the company had cut…": an auxiliary of reported
		// speech cannot move in front of the verb that reports it.
		if (REPORTING.test(word.replace(/[,;:]$/u, ''))) return null;
		if (lexicon.questions.auxiliaries.has(word)) {
			return [word, ...words.slice(0, index), ...words.slice(index + 1)].join(' ');
		}
	}
	return null;
}

/**
 * The sentence with tokens `first`..`last` replaced by a gap; a long sentence is quoted
 * only around it, cut at spaces.
 */
export function gapped(wording: Wording, first: number, last: number): string {
	const { context } = wording;
	const sentence = context.sentence;
	const start = tokenAt(context, first).start - sentence.start;
	const end = tokenAt(context, last).end - sentence.start;
	// A sentence a reader takes in at once is quoted whole: a cut in it ("…villages across
	// Norfolk will be withdrawn", "…who left…") loses what it says more than length costs.
	const whole = sentence.text.length <= WHOLE_SENTENCE_LENGTH;
	let from = whole ? 0 : Math.max(0, start - QUOTE_REACH);
	let to = whole ? sentence.text.length : Math.min(sentence.text.length, end + QUOTE_REACH);
	if (from > 0) {
		// A cut opens a clause where the sentence has one to open: "…after the cabinet agreed…".
		const clause = sentence.text.slice(from, start).search(/[,;:]\s/u);
		from = clause >= 0 ? from + clause + 2 : sentence.text.indexOf(' ', from) + 1 || start;
	}
	// "…Mr Neil Whalley, said work would…": a cut before the sentence's first verb drops part
	// of its subject, and the quote would not say who did it; the sentence is quoted from its start.
	if (from > 0 && !verbBefore(wording, sentence.start + from)) from = 0;
	if (to < sentence.text.length) {
		const tail = sentence.text.slice(end, to);
		const clauseEnd = Math.max(tail.lastIndexOf(', '), tail.lastIndexOf('; '));
		to = clauseEnd > 0 ? end + clauseEnd : Math.max(sentence.text.lastIndexOf(' ', to), end);
	}
	const quoted =
		(from > 0 ? '…' : '') +
		sentence.text.slice(from, start) +
		wording.lexicon.questions.gap +
		sentence.text.slice(end, to) +
		(to < sentence.text.length ? '…' : '');
	return quoted.replace(/\s+/g, ' ').trim();
}

/** Whether a verb of the sentence stands before its character `offset`: a cut there keeps the subject. */
function verbBefore(wording: Wording, offset: number): boolean {
	return wording.context.tokens.some(
		(token) => token.end <= offset && isClauseVerb(wording, token)
	);
}

const CLAUSE_WORDS = /^(?:że|żeby|który|która|które|którą|którego|których|co|gdy|bo|więc|czy)$/u;

/**
 * "w 2025 r. w szpitalu urodziło się" → "urodziło się w 2025 r. w szpitalu", "oferty
 * przysłało" → "przysłało oferty": a Polish clause whose verb the figure's removal left last
 * reads as a question with the verb first, right after "Ile" and the counted noun.
 */
function verbFirst(text: string, morphology: Morphology | undefined): string {
	if (!morphology) return text;
	const words = text.split(' ');
	// "sięgają łącznie": an adverb of total or rate goes with its verb.
	const adverb = TRAILING_ADVERB.test(words[words.length - 1] ?? '') ? 1 : 0;
	const reflexive = words[words.length - 1 - adverb] === 'się' ? 1 : 0;
	const last = words.length - 1 - adverb - reflexive;
	// "ma wyremontować", "mogą przyjąć": a modal verb goes first with its infinitive.
	// "będzie kosztował": the future's auxiliary goes first with its verb.
	const verbAt =
		last > 1 &&
		((MODAL.test(words[last - 1] ?? '') && /ć$/u.test(words[last] ?? '')) ||
			COMPOUND_AUXILIARY.test(words[last - 1] ?? ''))
			? last - 1
			: last;
	const verb = words[verbAt + (verbAt < last ? 1 : 0)];
	if (verbAt < 1 || verb === undefined || !isVerbForm(verb, morphology)) return text;
	// Only one plain clause moves: none joined by a comma, a relative or "więc".
	const before = words.slice(0, verbAt);
	if (before.some((word) => /[,;:]/u.test(word) || CLAUSE_WORDS.test(word))) return text;
	if (before.some((word) => isVerbForm(word, morphology) && !isNounToo(word, morphology)))
		return text;
	return [...words.slice(verbAt), ...before].join(' ');
}

/** The auxiliary of the compound future, before the verb it goes with ("będzie kosztował"). */
const COMPOUND_AUXILIARY = /^(?:będzie|będą)$/u;

/**
 * "skarb" (also "skarbić"), "zabezpieczenie" (also "zabezpieczyć"), "połączeń": a noun the
 * dictionary also reads as a verb's form; a word that is a lemma of its own not in "-ć" is the
 * noun in a news sentence.
 */
function isNounToo(word: string, morphology: Morphology): boolean {
	if (isVerbalNoun(word, morphology)) return true;
	const lower = word.toLowerCase();
	return !/ć$/u.test(lower) && !IRREGULAR_VERB_FORMS.has(lower) && morphology.isLemma(lower);
}

/** Modal verbs, present and past: "ma wyremontować", "miał kosztować", "mogła przyjąć". */
const MODAL =
	/^(?:ma|mają|może|mogą|musi|muszą|chce|chcą|powinien|powinna|powinno|powinny|miał|miała|miało|mieli|miały|mógł|mogła|mogło|mogli|mogły|musiał|musiała|musiało|musieli|musiały|chciał|chciała|chciało|chcieli|chciały)$/u;

/** Adverbs of total, rate or time so far that go with the verb before them: "przesłuchali dotąd". */
const TRAILING_ADVERB =
	/^(?:łącznie|razem|rocznie|miesięcznie|dziennie|średnio|dotąd|dotychczas|dziś|obecnie|już)$/u;

/**
 * "wszczepienia", "zamknięcia", "połączeń": a noun made of a verb, which the dictionary may give only the
 * verb's lemma for. A present form of a verb in "-ać" ("ocenia", "zmienia") is the word and
 * "ć", so it stays a verb.
 */
function isVerbalNoun(word: string, morphology: Morphology): boolean {
	const lower = word.toLowerCase();
	// "połączeń", "zgłoszeń": a plural whose lemmas hold the noun ("połączenie") beside the verb.
	// "wyżywienie", "wypożyczenie": the noun's own form ("powstanie", "zostanie" are futures).
	if (/(?:eni|ani|ęci|yci|uci)e$/u.test(lower)) return !/stanie$/u.test(lower);
	// "z wyposażeniem", "po otwarciu", "w zgłoszeniach": the noun's other cases.
	if (/(?:eni|ani|ęci|yci|uci)(?:em|u|om|ach|ami)$/u.test(lower)) return true;
	if (/(?:eń|ań|ęć|yć|uć)$/u.test(lower))
		return morphology.lemmas(lower).some((lemma) => /(?:eni|ani|ęci|yci|uci)e$/u.test(lemma));
	if (!/(?:eni|ani|ęci|yci|uci)a$/u.test(lower)) return false;
	return !morphology.lemmas(lower).some((lemma) => lemma === `${lower}ć`);
}

function ask(lead: string, ...parts: string[]): string {
	return `${[lead, ...parts].filter((part) => part !== '').join(' ')}?`;
}

/** Connectives that tied the sentence to the one before; a question stands alone without them. */
const CONNECTIVES: Record<Language, RegExp> = {
	pl: /^(?:tymczasem|natomiast|zaś|jednak|jednakże)$/iu,
	en: /^(?:meanwhile|however|nevertheless|nonetheless)$/iu
};

/** "próg zagrożenia wynosi tymczasem" → "próg zagrożenia wynosi". */
function withoutConnectives(text: string, language: Language): string {
	return text
		.split(' ')
		.filter((word) => !CONNECTIVES[language].test(word.replace(/[,;]$/u, '')))
		.join(' ')
		.replace(/^,\s*/u, '');
}

/** Words that make a figure a bound, not the amount: "ponad 4,5 mln", "more than 200". */
const BOUNDS = new Set([
	'ponad',
	'przeszlo',
	'blisko',
	'niemal',
	'prawie',
	'niespelna',
	'najmniej',
	'najwyzej',
	'over',
	'almost',
	'nearly',
	'least',
	'than',
	'under'
]);

/**
 * The last token of a name in capitals right after a counted Polish noun, with its acronym in
 * brackets ("zastępów Państwowej Straży Pożarnej (PSP)"); -1 when none follows.
 */
function genitiveNameAfter(wording: Wording, last: number): number {
	if (wording.language !== 'pl') return -1;
	const { tokens } = wording.context;
	let end = last;
	while (tokens[end + 1]?.kind === 'word' && tokens[end + 1]?.capitalised) end++;
	if (end === last) return -1;
	const acronym = tokens[end + 2];
	if (tokens[end + 1]?.text === '(' && acronym?.acronym && tokens[end + 3]?.text === ')') end += 3;
	return end;
}

/** Folded units of length, area, volume and weight: what a noun's size is given in. */
const MEASURE_UNIT = /^(?:km|m|cm|mm|ha|t|kg|l|metr\p{L}*|kilometr\p{L}*|hektar\p{L}*|ton\p{L}*)$/u;

/**
 * "rozkopany był odcinek 1,2 km", "zbuduje most 180 m": a measure right after a noun in its
 * base form gives that noun's size, and "Ile km … rozkopany był odcinek?" asks it as what
 * the verb did. (The dictionary tells the noun: "roku" in "w tym roku 9 km" is no base form.)
 */
function measuresNounBefore(
	wording: Wording,
	phraseFirst: number,
	unit: { first: number; last: number } | undefined
): boolean {
	const { morphology, context } = wording;
	if (wording.language !== 'pl' || !morphology || !unit) return false;
	if (!MEASURE_UNIT.test(tokenAt(context, unit.first).key)) return false;
	const before = context.tokens[phraseFirst - 1];
	if (before?.kind !== 'word' || before.capitalised || before.text.length < 4) return false;
	const lower = before.text.toLowerCase();
	const rules = RULES.pl;
	return (
		morphology.isLemma(lower) &&
		!isVerbForm(lower, morphology) &&
		!stopwordsFor('pl').has(before.key) &&
		!rules.danglers.has(before.key) &&
		!rules.fillers.has(before.key) &&
		!BOUNDS.has(before.key) &&
		!TRAILING_ADVERB.test(lower) &&
		!wording.lexicon.prepositions.has(before.key)
	);
}

function boundBefore(wording: Wording, figureFirst: number): boolean {
	const before = wording.context.tokens[figureFirst - 1];
	return before?.kind === 'word' && BOUNDS.has(before.key);
}

export function quantityQuestion(
	wording: Wording,
	phrase: { first: number; last: number; figureFirst: number; figureLast: number },
	unit: { first: number; last: number } | undefined,
	lead: string,
	language: Language
): string {
	const gap = () =>
		wording.lexicon.questions.whichNumber(gapped(wording, phrase.figureFirst, phrase.figureLast));
	// "46 zastępów Państwowej Straży Pożarnej (PSP)": the name in the genitive goes with the
	// counted noun it qualifies, not left behind where the verb was.
	const named = unit && unit.last === phrase.last ? genitiveNameAfter(wording, unit.last) : -1;
	if (unit && named > unit.last) {
		unit = { first: unit.first, last: named };
		phrase = { ...phrase, last: named };
	}
	const unitText = unit ? tidy(slice(wording, unit.first, unit.last)) : '';
	if (!unitText) return gap();
	// "kosztowałoby ponad 4,5 mln zł": "Ile zł kosztowałoby…?" would ask the bound as the sum.
	if (boundBefore(wording, phrase.figureFirst)) return gap();
	const rest = remainder(wording, phrase.first, phrase.last);
	// English keeps its word order: "How many …" fits only a figure that was the subject.
	if (!rest || (language === 'en' && !rest.leading)) return gap();
	// "Najdłuższy odcinek, ok. 14 km, powstaje w Radoczy": a figure set apart by commas says
	// what the noun before it measures, not what the verb did: "Ile km najdłuższy odcinek
	// powstaje…?" asks nothing the sentence answers.
	if (rest.parenthetical) return gap();
	if (measuresNounBefore(wording, phrase.first, unit)) return gap();
	if (!readsWell(wording, rest, language)) return gap();
	const text = withoutConnectives(lowerFirst(wording, rest.text, rest.firstToken), language);
	return checked(
		wording,
		ask(lead, unitText, language === 'pl' ? verbFirst(text, wording.morphology) : text),
		gap
	);
}

/**
 * The question, or the gap when the automatic check would refuse the question ("Who
 * announced?", "Ile zł ma kosztować?") and not the gap: the verbatim sentence keeps what the
 * question lost.
 */
function checked(wording: Wording, question: string, gap: () => string): string {
	const evidence = wording.context.sentence.text;
	// "Ilu dzieci" is asked "Ile dzieci" once generation repairs it (generate/quality.ts).
	const asked = question.replace(/^Ilu (dzieci|osób|kobiet|dziewcząt|zwierząt)(?=\s)/u, 'Ile $1');
	if (wordingProblems(asked, evidence, wording.language).length === 0) return question;
	// A gap refused as well ("Zarówno _____ zaprzeczyły tym doniesieniom") is no better: the
	// question stays what it was, for the check to refuse and a reader to see why.
	const quoted = gap();
	return wordingProblems(quoted, evidence, wording.language).length === 0 ? quoted : question;
}

/** Words a gapped year may carry besides its digits: "w _____ r.", "since _____". */
const YEAR_GAP_WORDS = new Set([
	...['r', 'rok', 'roku', 'w', 'od', 'do'],
	...['in', 'of', 'since', 'by', 'until', 'from']
]);

export function dateQuestion(
	wording: Wording,
	phrase: { first: number; last: number; coreFirst?: number },
	language: Language
): string {
	const { lexicon } = wording;
	const found = remainder(wording, phrase.first, phrase.last);
	const rest = found && readsWell(wording, found, language) ? found : null;
	const text = rest
		? withoutConnectives(lowerFirst(wording, rest.text, rest.firstToken), language)
		: '';
	// "could open by _____ at the earliest": the gap is the date alone, its "by", "from", "do",
	// "od" and "the end of" stay in the sentence, or the key ("2031") does not fit the gap.
	const first =
		phrase.coreFirst ?? (language === 'en' ? englishSpanDateStart(wording, phrase) : phrase.first);
	const gapTokens = wording.context.tokens.slice(first, phrase.last + 1);
	// "w _____ r.", "in _____": a year alone is asked as a year.
	const yearOnly =
		gapTokens.filter((token) => token.kind === 'number').length === 1 &&
		gapTokens.every(
			(token) =>
				(token.kind === 'number' && /^\d{4}$/u.test(token.text)) ||
				token.text === '.' ||
				YEAR_GAP_WORDS.has(token.key)
		);
	const gap = () => lexicon.questions.whichDate(gapped(wording, first, phrase.last), yearOnly);
	if (text !== '' && language === 'pl')
		return checked(wording, ask(lexicon.questions.when, verbFirst(text, wording.morphology)), gap);
	const inverted = text === '' ? null : invertAuxiliary(text, lexicon);
	if (inverted) return checked(wording, ask(lexicon.questions.when, inverted), gap);
	return gap();
}

/**
 * "from 2004 to 2017": the gap of the span's first date leaves "from" in place ("from _____ to
 * 2017"), since the key is the date alone and "_____ to 2017" reads as no English.
 */
function englishSpanDateStart(wording: Wording, phrase: { first: number; last: number }): number {
	const { tokens } = wording.context;
	const opening = tokens[phrase.first];
	const after = tokens[phrase.last + 1];
	if (phrase.first >= phrase.last || opening?.key !== 'from') return phrase.first;
	return after?.key === 'to' || after?.key === 'until' ? phrase.first + 1 : phrase.first;
}

/** English auxiliaries before a negation: the verb after them stays as it is. */
const AUXILIARIES = new Map([
	['do', 'does'],
	['does', 'does'],
	['did', 'did'],
	['have', 'has'],
	['has', 'has'],
	['had', 'had'],
	['are', 'is'],
	['is', 'is'],
	['were', 'was'],
	['was', 'was'],
	['will', 'will'],
	['would', 'would'],
	['could', 'could'],
	['can', 'can']
]);

/**
 * The verb a "Kto"/"Who" question asks with, and the negation before it kept: "nie przyznała"
 * → "nie przyznał", "have not paid" → "has not paid", "never denied" → "never denied".
 */
function negatedVerb(
	wording: Wording,
	predicateFirst: number,
	verbFirst: number,
	asked: string
): string {
	const { context } = wording;
	const surface = tokenAt(context, verbFirst).text;
	if (predicateFirst >= verbFirst) return asked;
	const before = tidy(slice(wording, predicateFirst, verbFirst - 1));
	const [first = '', ...rest] = before.split(' ');
	const contracted = /^(\p{L}+)(n['’]t)$/iu.exec(first);
	const auxiliary = AUXILIARIES.get((contracted?.[1] ?? first).toLowerCase());
	if (wording.language === 'en' && auxiliary !== undefined) {
		const singular = contracted ? `${auxiliary}${contracted[2]}` : auxiliary;
		return [singular, ...rest, surface].join(' ');
	}
	return `${before} ${asked}`;
}

/**
 * "Which country lost…?": a country or a town is asked with its kind, not "Who"; another place
 * ("Wales", typed only as a place) is asked by quoting the sentence around a gap.
 */
const PLACE_SUBJECTS: Record<Language, Record<string, string>> = {
	pl: { country: 'Które państwo', city: 'Które miasto' },
	en: { country: 'Which country', city: 'Which town or city' }
};
/** Prepositions that open a time phrase. */
const TIME_PREPOSITIONS = new Set([
	'in',
	'between',
	'since',
	'from',
	'by',
	'during',
	'over',
	'w',
	'we',
	'od',
	'do',
	'miedzy',
	'na',
	'przez',
	'po',
	'przed'
]);
/** Words that join two subjects or open the clause the subject stands in. */
const SUBJECT_JOINERS = new Set(['i', 'oraz', 'jak', 'and', ',']);
const CLAUSE_OPENERS = new Set(['that', 'ze', 'iz', 'gdy', 'when', 'as']);
/** Titles before a name: "Mr", "Dr", "Cllr", "Prof". */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'cllr', 'sir', 'dame']);
/** Time phrases read before a subject: "between 2010 and 2024", "w latach 2015-2023". */
const MAX_TIME_TOKENS = 8;
const TIME_END = /^(?:\d{4}|r|roku|latach|years?|\p{L}+(?:ber|ary|uary))$/u;

/** "stracił" → "straciło", "przyjął" → "przyjęło": the past verb agreeing with "państwo". */
function neuterVerb(verb: string): string {
	if (/ął$/u.test(verb)) return verb.replace(/ął$/u, 'ęło');
	if (/szedł$/u.test(verb)) return verb.replace(/szedł$/u, 'szło');
	return /ł$/u.test(verb) ? `${verb}o` : verb;
}

/**
 * The time phrase of the subject's clause standing before the subject ("said that between
 * 2010 and 2024 England lost"), to be kept after the predicate: undefined when there is none,
 * null when one is there but cannot be moved whole.
 */
function timeBefore(wording: Wording, subjectFirst: number): string | null | undefined {
	const { context } = wording;
	// "in 2019 Mr John Smith": a title before the name is no part of the time.
	let end = subjectFirst;
	while (end > 0 && TITLES.has(tokenAt(context, end - 1).key)) end--;
	let first = end;
	while (first > 0 && end - first < MAX_TIME_TOKENS) {
		const token = tokenAt(context, first - 1);
		// "w 2023 r. Węgry": the full stop of an abbreviation ends no clause.
		const abbreviation = token.text === '.' && tokenAt(context, first - 2)?.key === 'r';
		const joins = token.text === '-' || token.text === '–' || abbreviation;
		if (token.kind === 'punct' && !joins) break;
		if (token.kind === 'word' && (CLAUSE_OPENERS.has(token.key) || token.capitalised)) break;
		first--;
	}
	if (first === end) return undefined;
	let last = end - 1;
	while (last > first && ['the', 'a', 'an'].includes(tokenAt(context, last).key)) last--;
	const text = tidy(slice(wording, first, last));
	if (!/\d/u.test(text)) return undefined;
	const opener = tokenAt(context, first);
	// "w 2023 r.": the abbreviation's full stop stays, and the word before it ends the time.
	const closing = tokenAt(context, tokenAt(context, last).text === '.' ? last - 1 : last);
	const reads =
		opener.kind === 'word' && TIME_PREPOSITIONS.has(opener.key) && TIME_END.test(closing.key);
	return reads ? text : null;
}

/**
 * "Kto zaprzeczył tym doniesieniom?" from the verb to the end of its clause. Refused, and the
 * sentence quoted around the doers instead: a passive ("was bought by"), a predicate that is
 * only its verb while the sentence goes on ("Kto ostrzega?"), one cut inside the clause it
 * opens ("Kto zaproponował, by pierwsze zasiłki?").
 */
export function statementQuestion(
	wording: Wording,
	verbFirst: number,
	predicateLast: number,
	subject?: { first: number; last: number; type: string },
	predicateFirst = verbFirst
): string {
	const { lexicon, context } = wording;
	// "Who lost … of its libraries?" from "between 2010 and 2024 England lost…": a time
	// before the subject goes after the predicate, or the question is untrue in time.
	const time = subject ? timeBefore(wording, subject.first) : undefined;
	const unnamed = subject?.type === 'place';
	let single = subject !== undefined;
	for (let index = subject?.first ?? 0; single && index <= (subject?.last ?? -1); index++)
		if (SUBJECT_JOINERS.has(tokenAt(context, index).key || tokenAt(context, index).text))
			single = false;
	// "Which country lost…?", "Które państwo zaprzeczyło…?": a country or a town by its kind.
	const place = single && subject ? PLACE_SUBJECTS[wording.language][subject.type] : undefined;
	const shape: PredicateShape = {
		after: time ?? '',
		predicateFirst,
		neuter: place !== undefined && wording.language === 'pl'
	};
	const asked =
		time === null || unnamed
			? null
			: predicateQuestion(wording, verbFirst, predicateLast, place ?? lexicon.questions.who, shape);
	const gap = () =>
		lexicon.questions.whichEntity(
			subject?.type ?? 'person',
			gapped(wording, subject?.first ?? 0, subject?.last ?? 0),
			!single
		);
	if (asked !== null) return subject ? checked(wording, asked, gap) : asked;
	if (subject) return gap();
	return ask(lexicon.questions.who, glued(wording, verbFirst, predicateLast, shape));
}

/** How a predicate is said: what follows it, where a negation before the verb starts, the verb's gender. */
interface PredicateShape {
	after?: string;
	predicateFirst?: number;
	neuter?: boolean;
}

/** The verb, in the form a "Kto"/"Who" question takes, and the rest of its predicate. */
function glued(
	wording: Wording,
	verbFirst: number,
	predicateLast: number,
	{ after = '', predicateFirst = verbFirst, neuter = false }: PredicateShape = {}
): string {
	const written = tokenAt(wording.context, verbFirst).text;
	const turned = wording.lexicon.questionVerb(written);
	// "chwali" is no plural past like "chwalili": "chwał" shares no lemma with it.
	const { morphology } = wording;
	const asWho =
		morphology &&
		turned !== written &&
		!morphology.lemmas(turned).some((lemma) => morphology.lemmas(written).includes(lemma))
			? written
			: turned;
	const verb = negatedVerb(wording, predicateFirst, verbFirst, neuter ? neuterVerb(asWho) : asWho);
	// A predicate is at most a couple of dozen tokens: bounded work.
	// "w 1976 r.": the sentence's full stop after an abbreviation is kept by `tidy`.
	const stop =
		wording.context.tokens[predicateLast + 1]?.text === '.' ? predicateLast + 1 : predicateLast;
	const rest = tidy(slice(wording, verbFirst + 1, stop));
	const tail = [rest, after].filter((part) => part !== '').join(' ');
	return (tail.startsWith(',') ? `${verb}${tail}` : `${verb} ${tail}`).trim();
}

/**
 * "Kto zaprzeczył tym doniesieniom?", asked with `lead`; null when it would read badly: a
 * passive, a predicate that is only its verb while the sentence goes on, one cut inside the
 * clause it opens or before a list of names. `after` is said after the predicate ("Kto
 * poprowadzi remonty?" of "Remonty poprowadzi …").
 */
function predicateQuestion(
	wording: Wording,
	verbFirst: number,
	predicateLast: number,
	lead: string,
	shape: PredicateShape = {}
): string | null {
	const { context } = wording;
	const rules = RULES[wording.language];
	const words: string[] = [];
	for (let index = verbFirst + 1; index <= predicateLast; index++) {
		const token = tokenAt(context, index);
		if (token.kind === 'word') words.push(token.key);
	}
	const before = context.tokens[verbFirst - 1];
	const continues = predicateLast < lastContentToken(context);
	const subordinate = words.findIndex((word) => rules.subordinators.has(word));
	// "…na Infrastrukturę, Klimat, Środowisko": a comma before a capital goes on with a list of
	// names, which a predicate cut there leaves half said.
	const comma = context.tokens[predicateLast + 1];
	const listed = context.tokens[predicateLast + 2];
	const cutList =
		comma?.text === ',' && listed?.kind === 'word' && listed.capitalised && !listed.acronym;
	const broken =
		cutList ||
		(before?.kind === 'word' && rules.passive.has(before.key)) ||
		// "was bought by": the English agent; Polish "chce, by…" is a purpose.
		(wording.language === 'en' && words[0] === 'by') ||
		words[0] === 'przez' ||
		(continues && words.filter((word) => !rules.fillers.has(word)).length === 0) ||
		(continues && subordinate >= 0 && words.length - subordinate - 1 < 4) ||
		(words.length > 0 && rules.danglers.has(words[words.length - 1] as string)) ||
		// "…compete with rivals on?", "…sold in 2023 for?": cut before what the preposition takes.
		(continues && isPreposition(wording, context.tokens[predicateLast])) ||
		// "Who told strikers that "local democracy needs…?": a quotation cut open.
		openQuote(slice(wording, verbFirst + 1, predicateLast));
	if (broken) return null;
	return ask(lead, glued(wording, verbFirst, predicateLast, shape));
}

/** Distractors offered with each suggestion. */
const DISTRACTORS = 3;

/** Values in first-seen order, each once: what distractors are drawn from. */
function distinctValues<T>(items: readonly T[], key: (item: T) => string): T[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		const value = key(item);
		if (seen.has(value)) return false;
		seen.add(value);
		return true;
	});
}

/** The first `DISTRACTORS` texts of `pools`, in order, that are not the answer's. */
function drawn(pools: readonly (readonly string[])[], answer: string): string[] {
	const found: string[] = [];
	for (const pool of pools) {
		for (const text of pool) {
			if (found.length === DISTRACTORS) return found;
			if (text !== answer && !found.includes(text)) found.push(text);
		}
	}
	return found;
}

/**
 * Wrong answers from the same article: other figures of the same counted noun first, then
 * the other figures nearest in size; other shares; other dates; other entities of the same type first. Pools
 * are built once, so each candidate costs a few steps however long the article.
 */
export function distractorSuggester(
	candidates: readonly Candidate[],
	entities: readonly ExtractedEntity[],
	language: Language,
	nounKey: (noun: string | undefined) => string
): (candidate: Candidate) => string[] {
	const numbers = candidates.filter(
		(candidate): candidate is Extract<Candidate, { kind: 'number' }> => candidate.kind === 'number'
	);
	const formatted = new Map<number, string>();
	const formatFigure = (value: number) => {
		let text = formatted.get(value);
		if (text === undefined) {
			text = formatNumber(value, language);
			formatted.set(value, text);
		}
		return text;
	};
	// Other figures by size, so the nearest in magnitude can be found by a binary search.
	const bySize = distinctValues(
		numbers.map((candidate) => candidate.value),
		String
	).sort((a, b) => a - b);
	const nearest = (value: number): string[] => {
		let low = 0;
		let high = bySize.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if ((bySize[middle] as number) < value) low = middle + 1;
			else high = middle;
		}
		const found: string[] = [];
		let below = low - 1;
		let above = low;
		const distance = (other: number) =>
			Math.abs(Math.log10(Math.abs(other) + 1) - Math.log10(Math.abs(value) + 1));
		while (found.length <= DISTRACTORS && (below >= 0 || above < bySize.length)) {
			const lower = bySize[below];
			const upper = bySize[above];
			if (upper !== undefined && (lower === undefined || distance(upper) <= distance(lower))) {
				found.push(formatFigure(upper));
				above++;
			} else if (lower !== undefined) {
				found.push(formatFigure(lower));
				below--;
			}
		}
		return found;
	};
	const numbersByNoun = new Map<string, string[]>();
	for (const candidate of numbers) {
		const key = nounKey(candidate.noun);
		if (key === '') continue;
		const list = numbersByNoun.get(key) ?? [];
		const text = formatFigure(candidate.value);
		if (!list.includes(text)) list.push(text);
		numbersByNoun.set(key, list);
	}
	const formatShare = (value: number) =>
		QUIZ_PHRASES[language].percent(Math.round(value * 1000) / 10);
	const shares = distinctValues(
		candidates.flatMap((candidate) =>
			candidate.kind === 'proportion' ? [formatShare(candidate.value)] : []
		),
		(text) => text
	);
	const dates = distinctValues(
		candidates.flatMap((candidate) => (candidate.kind === 'date' ? [candidate] : [])),
		(candidate) => JSON.stringify(candidate.value)
	);
	const byMentions = [...entities].sort((a, b) => b.mentions.length - a.mentions.length);

	return (candidate) => {
		switch (candidate.kind) {
			case 'number': {
				const sameNoun = numbersByNoun.get(nounKey(candidate.noun)) ?? [];
				return drawn([sameNoun, nearest(candidate.value)], formatFigure(candidate.value));
			}
			case 'proportion':
				return drawn([shares], formatShare(candidate.value));
			case 'date': {
				const own = JSON.stringify(candidate.value);
				const others: string[] = [];
				for (const date of dates) {
					if (others.length === DISTRACTORS) break;
					if (JSON.stringify(date.value) !== own && !others.includes(date.surface))
						others.push(date.surface);
				}
				return others;
			}
			case 'entity':
			case 'statement': {
				const answer = new Set(candidate.kind === 'entity' ? [candidate.value] : candidate.value);
				const types = new Set(
					entities.filter((entity) => answer.has(entity.id)).map((entity) => entity.type)
				);
				const names: string[] = [];
				// Entities of another type only when the article has too few of the same type.
				for (const sameType of [true, false]) {
					for (const entity of byMentions) {
						if (names.length === DISTRACTORS) return names;
						if (answer.has(entity.id) || types.has(entity.type) !== sameType) continue;
						names.push(entity.name);
					}
				}
				return names;
			}
		}
	};
}

/** Words before a subject's name that may be its title or function: "Burmistrz Czerska". */
const MAX_TITLE_TOKENS = 7;

/** Whether a token is the finite verb of a clause: "chce", "szacuje", "granted", "has". */
function isClauseVerb(wording: Wording, token: Token | undefined): boolean {
	if (token?.kind !== 'word' || token.capitalised) return false;
	const { lexicon, morphology } = wording;
	if (wording.language === 'en')
		return lexicon.isPastVerb(token.key) || lexicon.questions.auxiliaries.has(token.key);
	if (isParticiple(token.text, morphology)) return false;
	return morphology ? isVerbForm(token.text, morphology) : lexicon.isPastVerb(token.key);
}

/** A word of a title or function before a name: "prezes", "prof.", "Lubelskiej", "(LIR)". */
/** Words that may open a function before a name: "Its chief scientist, Dr …", "Jej rzecznik …". */
const OWNER_WORDS = new Set(['its', 'his', 'her', 'their', 'the', 'jego', 'jej', 'ich']);

function isTitleToken(wording: Wording, index: number): boolean {
	const token = tokenAt(wording.context, index);
	if (token.kind === 'word') {
		// "Z danych policji wynika": a name after a preposition is no subject.
		if (isClauseVerb(wording, token) || isPreposition(wording, token)) return false;
		// "Nową taryfę spółki X zatwierdził…": words before a name that are no title or
		// function (nor a town's name after one: "Burmistrz Braniewa") make it no subject.
		const titles = wording.lexicon.personTitles;
		return (
			titles.has(token.key) ||
			titles.has(stem(token.key, wording.language)) ||
			OWNER_WORDS.has(token.key) ||
			(token.capitalised && index > 0)
		);
	}
	// "prof.", "mec.", "dr hab.": the full stop of an abbreviation; brackets of an acronym.
	return token.text === '(' || token.text === ')' || (token.text === '.' && index > 0);
}

/** Whether a text opens a quotation it does not close. */
function openQuote(text: string): boolean {
	const count = (mark: RegExp) => (text.match(mark) ?? []).length;
	const low = count(/„/gu);
	// Polish opens with „ and closes with ” or “; English opens with “ and closes with ”.
	const opened = low > 0 ? low : count(/“/gu);
	const closed = count(/”/gu) + (low > 0 ? count(/“/gu) : 0);
	return count(/"/gu) % 2 === 1 || opened !== closed;
}

/** Prepositions, folded: a name right after one is no subject. */
const PREPOSITIONS: Record<Language, RegExp> = {
	pl: /^(?:w|we|z|ze|do|od|na|o|po|przy|przez|dla|za|u|nad|pod|przed|między|miedzy|wobec|ku|bez|według|wedlug|zgodnie)$/u,
	en: /^(?:in|at|by|from|of|for|to|with|on|into|under|over|after|before|according|against)$/u
};

function isPreposition(wording: Wording, token: Token | undefined): boolean {
	return token?.kind === 'word' && PREPOSITIONS[wording.language].test(token.key);
}

/** Words between a verb and its subject that say when, how or to whom: "Remonty poprowadzi też …". */
const POLISH_ADVERBIALS =
	/^(?:im|mu|jej|go|jemu|tez|takze|rowniez|teraz|wczoraj|dzis|dzisiaj|jutro|wczesniej|pozniej|juz|natomiast|jednak|wtedy|zas)$/u;

/**
 * How a question asks for an entity of this type as a verb's subject, or undefined when the
 * verb would have to agree with the question word ("Które państwo podpisało").
 */
function subjectLead(wording: Wording, type: string): string | undefined {
	if (wording.language === 'pl')
		return type === 'person' || type === 'organisation' ? wording.lexicon.questions.who : undefined;
	const asks: Record<string, string> = {
		person: 'Who',
		organisation: 'Which organisation',
		country: 'Which country',
		city: 'Which town or city'
	};
	return asks[type];
}

/**
 * "Burmistrz Braniewa Jan Nowak liczy, że…" → "Kto liczy, że…?"; "Dr Ann Cole, an economist at
 * Leeds, warned that…" → "Who warned that…?": a name (with its title before it, and an
 * apposition after it) opening a sentence before its verb; null when it is no such subject.
 */
function subjectFirstQuestion(
	wording: Wording,
	first: number,
	last: number,
	lead: string
): string | null {
	const { context, lexicon } = wording;
	if (first > MAX_TITLE_TOKENS) return null;
	// "Its chief scientist, Dr Ann Cole, said": the name in apposition to its function.
	let commas = 0;
	for (let index = 0; index < first; index++) {
		if (tokenAt(context, index).text === ',' && index > 0) commas++;
		else if (!isTitleToken(wording, index)) return null;
	}
	// A function in lower case before the comma, not a list of names ("Jan Lis, Ewa Bąk said").
	const described = context.tokens
		.slice(0, first)
		.some((token) => token.kind === 'word' && !token.capitalised);
	if (commas > 1 || (commas === 1 && !described)) return null;
	let verb = last + 1;
	if (commas === 1) {
		if (tokenAt(context, verb)?.text !== ',') return null;
		verb++;
	} else if (tokenAt(context, verb)?.text === ',') {
		// An apposition between commas, with no verb of its own: "Dr Ann Cole, an economist, said".
		let close = verb + 1;
		while (close < context.tokens.length && close - verb <= MAX_TITLE_TOKENS) {
			const token = tokenAt(context, close);
			if (token.text === ',') break;
			if (token.kind === 'punct' || isClauseVerb(wording, token)) return null;
			close++;
		}
		if (tokenAt(context, close)?.text !== ',' || close === verb + 1) return null;
		verb = close + 1;
	}
	if (!isClauseVerb(wording, context.tokens[verb])) return null;
	const { predicateLast } = readPredicate(context.tokens, verb, 1, [], lexicon);
	return predicateQuestion(wording, verb, predicateLast, lead);
}

/**
 * "Remonty poprowadzi Zarząd Lokali Miejskich." → "Kto poprowadzi remonty?"; "Umowę podpisał w
 * czwartek wiceprezydent Łodzi Jan Nowak." → "Kto podpisał w czwartek umowę?": a Polish
 * sentence that opens on its object, its verb after it and its subject, the name, last.
 */
function subjectLastQuestion(
	wording: Wording,
	first: number,
	last: number,
	lead: string
): string | null {
	const { context, lexicon } = wording;
	const after = context.tokens[last + 1];
	const ends =
		after === undefined ||
		(last + 1 >= lastContentToken(context) && after.text === '.') ||
		(after.text === ',' && RULES.pl.relatives.has(context.tokens[last + 2]?.key ?? ''));
	if (!ends) return null;
	let verb = -1;
	for (let index = 0; index < first; index++) {
		const token = tokenAt(context, index);
		if (token.kind === 'punct' && token.text === '.' && verb >= 0) continue;
		if (token.kind !== 'word') return null;
		if (isClauseVerb(wording, token)) {
			if (verb >= 0) return null;
			verb = index;
		}
	}
	if (verb < 1 || isPreposition(wording, context.tokens[first - 1])) return null;
	// What the verb did opens the sentence, no name ("Sąd … ogłosił upadłość PKS").
	if (wording.nameTokens.has(0)) return null;
	// After the verb, words that say when, where or to whom ("w czwartek", "im"), then the
	// subject's title ("wiceprezydent Łodzi", "hiszpańska firma"), which the question leaves out.
	let title = verb + 1;
	while (title < first) {
		const token = tokenAt(context, title);
		if (lexicon.personTitles.has(stem(token.words[0] ?? '', 'pl'))) break;
		if (isPreposition(wording, token) && title + 1 < first) title += 2;
		else if (POLISH_ADVERBIALS.test(token.key)) title++;
		else break;
	}
	const object = lowerFirst(wording, tidy(slice(wording, 0, verb - 1)), 0);
	const between = tidy(slice(wording, verb + 1, title - 1));
	return ask(lead, glued(wording, verb, verb), between, object);
}

/**
 * An entity's question: where its first mention is a clause's subject, who or which did what
 * ("Kto chce, by leśnicy…?", "Which organisation granted a licence…?"); elsewhere, and when
 * such a question would read badly, the sentence quoted around a gap.
 */
export function entityQuestion(
	wording: Wording,
	mention: { first: number; last: number; surface: string },
	last: number,
	entity: { type: string; name: string }
): string {
	const { first } = mention;
	const { type } = entity;
	// "Inspektorzy Inspektoratu … pobrali": a name in another case than its base form is no
	// subject ("(RDLP)" in the middle of a name is no part of it).
	const nominative =
		wording.language === 'en' ||
		mention.surface.replace(/\s*\([^()]*\)/gu, '').replace(/\s+/gu, ' ') === entity.name;
	const lead = nominative ? subjectLead(wording, type) : undefined;
	const asked =
		lead === undefined
			? null
			: (subjectFirstQuestion(wording, first, last, lead) ??
				(wording.language === 'pl' ? subjectLastQuestion(wording, first, last, lead) : null));
	const gap = () => {
		const sentence = gapped(wording, first, last);
		return wording.lexicon.questions.whichEntity(askedKind(type, entity.name, sentence), sentence);
	};
	return asked === null ? gap() : checked(wording, asked, gap);
}
