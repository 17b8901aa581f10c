import type { EntityType, Language, Season } from '../content';
import type { DateBound, DatePart, ExtractionLexicon } from './lexicon';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

export type CandidateKind = 'number' | 'proportion' | 'date' | 'entity' | 'statement';

interface CandidateBase {
	/** Unique in the extraction, kebab-case: also the fact id a draft suggests. */
	id: string;
	kind: CandidateKind;
	/** The article's words the value was read from, verbatim: "ok. 11 tysięcy". */
	surface: string;
	/** Offsets of `surface` in the article text. */
	start: number;
	end: number;
	/** The sentence stating it, verbatim. */
	evidence: string;
	/** Index of that sentence in `Extraction.sentences`. */
	sentence: number;
	/** A question asking for the value, in the article's language. */
	question: string;
	/** Wrong answers from the same article: other figures of the noun, other entities of the type. */
	distractors: string[];
}

export interface QuantityFields {
	value: number;
	/** Hedged in the article: "około", "ok.", "prawie", "about", "nearly", "some". */
	approximate: boolean;
	/** The counted noun in its plural base form: "żołnierze", "soldiers". */
	noun?: string;
	/** The words after the figure as the article has them: "północnokoreańskich żołnierzy". */
	unit?: string;
	/** The figure alone, without hedge or noun: "11 tysięcy" (the cloze of a draft). */
	figure: string;
	/**
	 * What the figure counts, as a row of a matching or ordering question shows it:
	 * "mieszkańcy, których ewakuowali strażacy", "people killed"; none when it cannot be
	 * worded well (labels.ts).
	 */
	label?: string;
	/**
	 * One end of a range: "od 180 do 350 zł", "three to five years", "between 40 and 60%". A
	 * question on it shows the other end, so it is not ticked by default.
	 */
	range?: boolean;
}

export interface NumberCandidate extends CandidateBase, QuantityFields {
	kind: 'number';
}

/** A share between 0 and 1: "połowę" is 0.5, "40%" is 0.4. */
export interface ProportionCandidate extends CandidateBase, QuantityFields {
	kind: 'proportion';
}

/** A date or period; a part missing from the article is missing here too. */
export interface ExtractedDate {
	year?: number;
	season?: Season;
	month?: number;
	day?: number;
	/** "do połowy stycznia": the middle of the month. */
	part?: DatePart;
	/** "do połowy stycznia": until then. */
	bound?: DateBound;
}

export interface DateCandidate extends CandidateBase {
	kind: 'date';
	value: ExtractedDate;
}

/** An entity the article names, as a fact of its own ("who is meant here?"). */
export interface EntityCandidate extends CandidateBase {
	kind: 'entity';
	/** The entity's id in `Extraction.entities`. */
	value: string;
	entityType: EntityType;
	name: string;
}

/** Who did what: "Moskwa i Pjongjang zaprzeczyły", "Kim Jong Un proposed". */
export interface StatementCandidate extends CandidateBase {
	kind: 'statement';
	/** Ids of the entities that did it: one for an entity fact, several for an entity set. */
	value: string[];
	/** Their names, in the order of `value`. */
	subjects: string[];
	/** The verb's citation form: "zaprzeczyć", "deny". */
	verb: string;
	/** What they did, from the verb to the end of its clause: "zaprzeczyły tym doniesieniom". */
	predicate: string;
	/** The entity the predicate names first, if any: "oskarżyli Koreę Północną" → north-korea. */
	object?: string;
}

export type Candidate =
	NumberCandidate | ProportionCandidate | DateCandidate | EntityCandidate | StatementCandidate;

export interface Mention {
	surface: string;
	start: number;
	end: number;
	sentence: number;
}

/** What an entity is, coarsely: what `factquiz extract --json` calls its type. */
export type EntityCategory = 'person' | 'organisation' | 'place';

/** Someone or something the article names, its inflected mentions merged into one. */
export interface ExtractedEntity {
	id: string;
	/** The base form: "Korea Północna" for "Korei Północnej" and "Koreę Północną". */
	name: string;
	/** The type a module's entity takes (`content.ts`): a place is a country, a city or a place. */
	type: EntityType;
	category: EntityCategory;
	/** A finer kind where known: "city", "country", "river", "region", "party". */
	kind?: string;
	/** Other names: the article's other forms, and known names in either language. */
	aliases: string[];
	mentions: Mention[];
}

export interface Extraction {
	language: Language;
	sentences: Sentence[];
	entities: ExtractedEntity[];
	/** In the order of the article. */
	candidates: Candidate[];
}

/** One sentence being read: its tokens and which of them a candidate already took. */
export interface SentenceContext {
	index: number;
	sentence: Sentence;
	tokens: Token[];
	/** Tokens a date took, so that "połowy" in "do połowy stycznia" is not also a half. */
	used: boolean[];
}

export interface ReadingContext {
	text: string;
	language: Language;
	lexicon: ExtractionLexicon;
	sentences: SentenceContext[];
}
