import type { Language } from '../content';
import type { NumeralLexicon } from '../language/numerals';
import type { Morphology } from './morphology';
import { ENGLISH_EXTRACTION } from './lexicon-en';
import { POLISH_EXTRACTION } from './lexicon-pl';

/**
 * What extraction needs to know about a language beyond the core's numerals and stems.
 * Every word is folded (see `foldText`): lowercase, no diacritics, no punctuation.
 */
export interface ExtractionLexicon {
	/** The core's numeral words of this language alone: a Polish "a" is "and", not "one". */
	numerals: NumeralLexicon;
	/** Abbreviations that never end a sentence: "ok.", "np.", "dr.", "Mr.". */
	abbreviations: ReadonlySet<string>;
	/** Abbreviations that end a sentence when a capitalised word follows: "r.", "tys.", "etc.". */
	closingAbbreviations: ReadonlySet<string>;
	/** Words (or word pairs) before a figure that make it approximate: "około", "nearly". */
	hedges: readonly (readonly string[])[];
	/** Words before a figure that the question leaves out with it: "tylko", "only". */
	figureModifiers: ReadonlySet<string>;
	/** "co piąty", "one in five": a share written as a distributive, with how many words it takes. */
	distributive: (
		words: readonly string[],
		index: number
	) => { value: number; length: number } | null;
	/** Prepositions a question drops together with the figure or date they introduced. */
	prepositions: ReadonlySet<string>;
	/** Words after a figure that are never its counted noun. */
	notNouns: ReadonlySet<string>;
	/** Words after a year that mark it as one: "roku", "r.". */
	yearWords: ReadonlySet<string>;
	/** Words before a year, month or day that make a bare number a date: "w", "in", "since". */
	datePrepositions: ReadonlySet<string>;
	/** "do", "until", "since": a period bounded by the date. */
	dateBounds: ReadonlyMap<string, DateBound>;
	/** "połowy", "early", "mid": which part of the month, season or year. */
	dateParts: ReadonlyMap<string, DatePart>;
	/** What makes a year a noun's period rather than the date of the sentence's event. */
	yearQualifiers: YearQualifiers;
	/** Titles and roles before a person's name (stems; English ones also as written): "minister", "Dr". */
	personTitles: ReadonlySet<string>;
	/** First or last words of organisation names (stems): "ministerstwo", "agency". */
	organisationHeads: ReadonlySet<string>;
	/**
	 * Generic words for a company that stand before its name ("Spółka PKP …", "koncern ORLEN"),
	 * folded: before an acronym they are no part of the name.
	 */
	organisationKinds: ReadonlySet<string>;
	/** Capitalised words that make a name a place's, folded: "river", "bridge", "street". */
	placeHeads: ReadonlySet<string>;
	/**
	 * Words that say a name is a programme, a grant, a contest or a funding pot, folded:
	 * lowercase beside the name ("z programu …", "the … programme") or one of its words
	 * ("… Grants", "… Fund"). Such a name is no one to ask "who" about.
	 */
	programmeWords: ReadonlySet<string>;
	/**
	 * Last words that make a name with no given name at its start a company's or an
	 * institution's, folded: "Offshore", "Energy", "Infirmary" ("Samantha Power" keeps hers).
	 */
	organisationTails: ReadonlySet<string>;
	/**
	 * First words that make a name with no given name a place's, folded: "St", "North",
	 * "Central" ("St Ives", "Central Belt").
	 */
	placeOpeners: ReadonlySet<string>;
	/**
	 * Last words that make a name with no given name a building's or a site's, folded:
	 * "Abbey", "Hall", "Rooms" ("Tintern Abbey", "Croy Village Hall"); "Stuart Hall" keeps his.
	 */
	placeTails: ReadonlySet<string>;
	/**
	 * Words that open a sentence or a headline before a name and are no part of it, folded:
	 * numbers and ordinary adjectives ("Two Amur leopards", "Rare Amur leopards"). Polish
	 * tells them by the dictionary.
	 */
	sentenceQualifiers: ReadonlySet<string>;
	/**
	 * Lowercase words before a name that make it a street's, a square's or a bridge's and
	 * belong to it ("ul. Przemysłowej", "moście Królowej Jadwigi"), folded.
	 */
	streetKinds: ReadonlySet<string>;
	/** Prepositions after which an unknown capitalised word is most likely a place. */
	placePrepositions: ReadonlySet<string>;
	/**
	 * The words that may stand between a subject and its verb, when not every lowercase word may:
	 * English adverbs and auxiliaries ("The carmaker's Ohio plant sold": "plant" is the subject).
	 */
	betweenSubjectAndVerb?: RegExp;
	/** Whether a sentence may open on its object, its subject after the verb (Polish). */
	objectMayOpen?: boolean;
	/** Words with a capital letter that never name an entity: "I", weekdays, months. */
	notNames: ReadonlySet<string>;
	/** Whether a capitalised word is a nationality, not a name: "Korean", "Koreańczycy". */
	isDemonym: (folded: string) => boolean;
	/** Words that may join the subjects of one statement: "i", "oraz", "and". */
	subjectJoiners: ReadonlySet<string>;
	/** Words that start a new clause after a comma: "a", "że", "which". */
	clauseOpeners: ReadonlySet<string>;
	/** Whether a word looks like a verb in the past tense: "przypomniały", "added". */
	isPastVerb: (folded: string) => boolean;
	/** The verb of a who-did-what statement at `words[index]`, or null. */
	statementVerb: (words: readonly string[], index: number) => StatementVerb | null;
	/** Turns a Polish or English past verb into the form a "Kto"/"Who" question uses. */
	questionVerb: (surface: string) => string;
	/**
	 * The counted noun in its plural base form: "żołnierzy" → "żołnierze"; `counted` is false
	 * for the noun of a share ("połowę amunicji"), whose base form is the singular.
	 */
	nounLemma: (surface: string, counted: boolean) => string;
	/**
	 * The base form of a name read in another case: "Tomasza Wierzbickiego" → "Tomasz
	 * Wierzbicki", "Gorzowie Wielkopolskim" → "Gorzów Wielkopolski"; the dictionary's
	 * morphology, when given, before the rules.
	 */
	baseName: (
		words: readonly string[],
		type: 'person' | 'organisation' | 'place',
		morphology?: Morphology
	) => string[];
	/** Whether a word is an adjective to skip on the way to the counted noun. */
	isAdjective: (folded: string) => boolean;
	/**
	 * Whether a capitalised word opening a sentence before a name is an adjective rather
	 * than a first name: "Ukraińskie Siły Zbrojne", "Polish President", but "Andrzej Duda".
	 */
	isNameAdjective: (folded: string) => boolean;
	questions: QuestionWording;
}

/**
 * "dane za 2025 r.", "budżet na 2027 r.", "figures for 2025", "compared with 2019", "its 2024
 * report": a year that says which period a noun covers, or what something is compared with, is
 * no answer to "Kiedy"/"When" about the sentence's verb. All words folded.
 */
export interface YearQualifiers {
	/** Prepositions that give a noun its period whatever stands before them: "za", "sprzed". */
	always: ReadonlySet<string>;
	/** Prepositions that do so after a noun of `nouns`: "budżet na", "raport z", "figures for". */
	afterNoun: ReadonlySet<string>;
	/** Nouns a year qualifies, by their start: "budzet", "sprawozdani", "figures". */
	nouns: RegExp;
	/** A comparison and its preposition, as "word preposition": "porownaniu z", "compared with". */
	comparisons: ReadonlySet<string>;
	/** Words before a year that make it attributive: "the 2025-26 budget", "its 2024 report". */
	determiners: ReadonlySet<string>;
	/** Whether a year right after a common noun is that noun's: "kwartały 2026 r.". */
	afterBareNoun: boolean;
}

export type DateBound = 'until' | 'since' | 'before' | 'after';
export type DatePart = 'start' | 'middle' | 'end';

export interface StatementVerb {
	/** How many words the verb phrase takes: "wyszedł z propozycją" takes 3. */
	length: number;
	/** The verb in a citation form, for ids and tests: "zaprzeczyć", "deny". */
	lemma: string;
}

/** Question wordings a suggestion is built from. */
export interface QuestionWording {
	/** "Ilu"/"Ile" or "How many", chosen by the counted noun. */
	howMany: (nounLemma: string | undefined) => string;
	whatShare: string;
	when: string;
	who: string;
	/** The gap in a sentence quoted by a question. */
	gap: string;
	/** For a figure with no counted noun: which number goes in the gap. */
	whichNumber: (gapped: string) => string;
	/** For a date that no "when" question fits. */
	/** A gapped sentence asked for its date, or its year when the gap is a year alone. */
	whichDate: (gapped: string, yearOnly?: boolean) => string;
	/** For an entity: who or what goes in the gap, by type. */
	/** `several`: the gap takes more than one name ("Sleaford and Heckington"). */
	/** `type` may be "programme" (see `askedKind`): a fund is asked as one, not as a body. */
	whichEntity: (type: string, gapped: string, several?: boolean) => string;
	/** Unit and source placeholders a teacher must fill in a draft. */
	placeholder: string;
	/** Words at the start of a clause to drop from a question: "co", "which". */
	leadingConnectives: ReadonlySet<string>;
	/** Auxiliaries to move in front of an English question: "were", "has". */
	auxiliaries: ReadonlySet<string>;
}

export const EXTRACTION_LEXICONS: Record<Language, ExtractionLexicon> = {
	pl: POLISH_EXTRACTION,
	en: ENGLISH_EXTRACTION
};

/**
 * What a gap asks an entity as: a fund or programme ("Water Restoration Fund", "Fundusze
 * Europejskie na Infrastrukturę…") is no organisation a reader would name as one; a body that
 * is called a fund ("Narodowy Fundusz Zdrowia", "the International Monetary Fund") stays one.
 */
export function askedKind(type: string, name: string, gapped = ''): string {
	// "Bilton Court, a five-storey block": a block of flats is no organisation a reader names,
	// nor a person, whatever type the extraction guessed for its name.
	if (type === 'person') return BUILDING_APPOSITION.test(gapped) ? 'building' : type;
	if (type !== 'organisation' && type !== 'place') return type;
	if (isBuildingName(name) || BUILDING_APPOSITION.test(gapped)) return 'building';
	if (type !== 'organisation') return type;
	if (HOSPITAL_NAME.test(name)) return 'hospital';
	// "at the Arc Leisure Centre": a venue is where something happens, asked as a place.
	if (VENUE_NAME.test(name.trim())) return 'place';
	if (BODY_CALLED_FUND.test(name)) return type;
	const words = name.split(/\s+/u);
	return words.some((word) => /^\p{Lu}/u.test(word) && PROGRAMME_NOUNS.has(word.toLowerCase()))
		? 'programme'
		: type;
}

/**
 * Head words of a building's name: "Bilton Court", "Grenfell Tower", "Kamienica Pod Orłem",
 * "Hala Targowa". A court of law ("Crown Court", "Sąd Rejonowy"), "House of Commons" and
 * "Companies House" are bodies, not buildings.
 */
const BUILDING_HEAD_EN =
	/\s(?:Court|House|Tower|Towers|Hall|Estate|Building|Block|Flats|Mansions)$/u;
const BUILDING_HEAD_PL = /^(?:Blok|Budynek|Kamienica|Hala|Wieżowiec|Biurowiec)\s/u;
const NOT_A_BUILDING =
	/(?:Crown|Magistrates['’]?|High|Supreme|County|Family|Coroner['’]?s|Youth|Appeal|Appeals|District|Sheriff|Combined|Criminal|Civil|Constitutional|Companies|Trinity)\s+(?:Court|House)$|\bHouse of\b/u;

function isBuildingName(name: string): boolean {
	const text = name.trim();
	return (BUILDING_HEAD_EN.test(text) || BUILDING_HEAD_PL.test(text)) && !NOT_A_BUILDING.test(text);
}

/** "_____, a five-storey block on Skipton Road", "_____, pięciopiętrowym bloku przy ul. Lipowej". */
const BUILDING_APPOSITION =
	/_{3,}\s*,\s*(?:(?:a|an|the)\s+(?:[\p{L}\d-]+\s+){0,3}(?:block|estate|hall|court|building|tower|centre|flats)(?!\p{L})|(?:[\p{L}\d-]+\s+){0,2}(?:blok|bloku|budynek|budynku|kamienica|kamienicy|hala|hali|wieżowiec|wieżowcu)(?!\p{L}))/iu;

/** Head words of a venue's name: "Arc Leisure Centre", "Hall Leys Park", "Stadion Miejski". */
const VENUE_NAME =
	/(?:\s(?:Leisure|Sports|Community|Visitor|Arts|Shopping|Garden)\s+Centre|\s(?:Park|Stadium|Arena|Pool|Lido|Showground|Recreation\s+Ground|Playing\s+Fields)|^(?:Stadion|Park|Basen|Aquapark|Amfiteatr)\s.+)$/u;

/** "Harrogate District Hospital", "Szpital Wojewódzki w Łomży": not a hospitals' trust. */
const HOSPITAL_NAME =
	/(?:(?<!\p{L})(?:Hospital|Infirmary)(?!\p{L})(?!\s+(?:Trust|Foundation|Charity|Board))|^Szpital\s)/u;

/** Nouns that name a fund or programme, in the forms news writes them ("programu _____"). */
export const PROGRAMME_NOUNS: ReadonlySet<string> = new Set([
	...['program', 'programu', 'programie', 'programem', 'programme', 'programmes'],
	...['fund', 'funds', 'fundusz', 'funduszu', 'funduszem', 'fundusze', 'funduszy'],
	...['scheme', 'schemes', 'initiative']
]);
const BODY_CALLED_FUND =
	/^(?:Narodow|Wojewódzk|Państwow|Rządow(?:a|e) Agencj)|International Monetary Fund|Fundusz Ochrony/u;
