import { parse, stringify } from 'yaml';
import { z } from 'zod';
import {
	collapse,
	EDITABLE_KINDS,
	keyShown,
	parseDateKey,
	rekeyFact,
	sentenceStatesKey,
	type DraftEntity,
	type DraftFact
} from './authoring-facts';
import { checkQuestion, evidenceProblems, figuresIn, type QuestionIssue } from './check';
import { ENTITY_TYPES, type Fact, type Language } from './content';
import { detectLanguage, draftModule, extractFacts, prepareArticle } from './extract';
import type { DraftNote } from './extract/draft';
import type { Morphology } from './extract/morphology';
import { ExtractionError } from './extract/input';
import { slugOf } from './extract/slug';
import { splitSentences } from './extract/sentences';
import { GAZETTEER } from './extract/gazetteer';
import { GIVEN_NAME_SET } from './extract/names';
import { EXTRACTION_LEXICONS } from './extract/lexicon';
import { stem } from './language/stem';
import type { PreparedArticle } from './extract/source';
import { generateQuestion, generators } from './generate';
import { displayValue, distractorsOf } from './generate/values';
import { escapeRegExp, foldText } from './language/normalize';
import { formatNumber, parseNumber } from './language/number';
import { QUIZ_PHRASES } from './language/phrases';
import type { Candidate, ExtractedEntity, Extraction } from './extract/types';
import { parseModule, type ModuleResult, type QuizModule } from './module';
import { QUESTION_TYPES } from './question';
import { scoreFactAnswer } from './score';

/**
 * A teacher's review of an article's candidate facts, as stored with a draft: the source text
 * and the teacher's decisions. Extraction is re-run from the text (it is deterministic and
 * fast), so a draft stays small and always matches the current extractor.
 */

const typed = (limit: number) => z.string().max(limit);

export const MODULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const candidateDecisionSchema = z.object({
	accepted: z.boolean(),
	/** The question wording, when the teacher changed it. */
	question: typed(300).optional(),
	/** Other accepted answers, comma-separated as typed. */
	aliases: typed(500).optional(),
	/** Tolerance of an approximate figure in percent, as typed. */
	tolerance: typed(10).optional(),
	/** The key of a figure or share, as typed ("11 000", "11 tys.", "40%"), when it was wrong. */
	value: typed(40).optional(),
	/** What a figure counts, for the rows of matching and ordering questions. */
	label: typed(160).optional(),
	/**
	 * The base form of the entity the candidate is keyed to, from drafts saved before names
	 * were edited with their entity; a save moves it there.
	 */
	name: typed(200).optional(),
	/** Wrong answers of choice questions, one a line as typed; absent: the article's. */
	distractors: typed(2000).optional(),
	/** What the fact is, when the author changed it (a name read as a figure, a date as a name). */
	kind: z.enum(EDITABLE_KINDS).optional(),
	/** The article's sentence stating the fact, verbatim, when the author chose another. */
	evidence: typed(2000).optional(),
	/** What a figure counts ("żołnierzy"), as typed. */
	unit: typed(100).optional(),
	/** The key of a date, as typed: 2024, 2024-05, 2024-05-12 or 12.05.2024. */
	when: typed(20).optional(),
	/** The key of a name fact, in its base form; the article's entity of that name, or a new one. */
	answerName: typed(200).optional(),
	answerType: z.enum(ENTITY_TYPES).optional(),
	/** The key of a fact answered in words. */
	answer: typed(300).optional()
});
export type CandidateDecision = z.infer<typeof candidateDecisionSchema>;

/** A fact the author is adding, as typed so far: kept with the draft, so nothing typed is lost. */
export const newFactSchema = candidateDecisionSchema.omit({ accepted: true });
export type NewFact = z.infer<typeof newFactSchema>;

/** The teacher's corrections of an entity the article names. */
export const entityEditSchema = z.object({
	name: typed(200).optional(),
	type: z.enum(ENTITY_TYPES).optional(),
	/** Other names, comma-separated as typed. */
	aliases: typed(500).optional(),
	/** The same one written another way: this entity is merged into that one. */
	mergedInto: typed(100).optional(),
	/** A second entity cut out of this one's name ("Gorzów Wielkopolski" out of "… Jacek Wójcicki"). */
	splitName: typed(200).optional(),
	splitType: z.enum(ENTITY_TYPES).optional(),
	/** Facts keyed to this entity ask for the split-off one instead. */
	splitTakesFacts: z.boolean().optional()
});
export type EntityEdit = z.infer<typeof entityEditSchema>;

export const authoringStateSchema = z.object({
	sourceText: z.string(),
	format: z.enum(['text', 'markdown', 'html']),
	moduleId: z.string(),
	title: z.string(),
	source: z.string(),
	date: z.string(),
	decisions: z.record(z.string(), candidateDecisionSchema),
	entities: z.record(z.string(), entityEditSchema).default({}),
	/** Ids of the facts the author added (their fields are decisions like the candidates'). */
	added: z.array(z.string().regex(MODULE_ID_PATTERN)).default([]),
	newFact: newFactSchema.optional()
});
export type AuthoringState = z.input<typeof authoringStateSchema>;

/** What the article's front matter takes (content.ts): a date the draft would otherwise replace with a guess. */
const PUBLICATION_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Why a candidate is not ticked by default, as reason codes the review page words in its
 * language: a name whose key could be wrong (see `nameIsSure`), a figure with no counted
 * noun, one the number reader cannot read back, a suggested question whose gap cuts a word
 * or a figure in two, one end of a range (its question shows the other end), the few children
 * of a person the article names (`isFamilyCount`).
 */
export const CANDIDATE_REASONS = [
	'bare-name',
	'no-unit',
	'figure-unreadable',
	'gap-cuts-word',
	'range-end',
	'family-count'
] as const;
export type CandidateReason = (typeof CANDIDATE_REASONS)[number];

/**
 * Entity types whose question asks the right thing ("Kto", "Która organizacja", "Które
 * państwo"); a country named in a list ("in Portugal and Morocco") is refused as any other
 * name that adjoins another.
 */
const SURE_TYPES: ReadonlySet<string> = new Set(['person', 'organisation', 'city', 'country']);
/** Other names of the article's of one type an entity fact needs, for its choice questions. */
const MIN_SAME_TYPE = 2;

const wordsOf = (name: string) => collapse(name).split(' ');

/** What the extraction read of names: what decides whether a name fact is sure. */
export type NamesRead = Pick<Extraction, 'entities' | 'candidates' | 'sentences'>;
const NO_NAMES: NamesRead = { entities: [], candidates: [], sentences: [] };
const JOINED_BEFORE = /(?:\p{Lu}[\p{L}'’.]*\s+(?:and|i|oraz|of|&)\s*|\bSt\.?\s*|["„“”'‘])$/u;
const JOINED_AFTER = /^(?:\s*(?:and|i|oraz|of|&)\s+\p{Lu}|["”“'’])/u;
const TITLE_BEFORE = /\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|dr|prof|mec|inż|hab)\.?\s*$/u;
const knownNames = (types: readonly string[]): ReadonlySet<string> =>
	new Set(
		GAZETTEER.filter((entry) => types.includes(entry.type)).flatMap((entry) => [
			entry.name.pl,
			entry.name.en
		])
	);
const KNOWN_CITIES = knownNames(['city']);
const KNOWN_COUNTRIES = knownNames(['country']);
const LIST_AFTER =
	/^\s*,\s*(?:\p{Lu}[\p{L}'’-]*\s*,\s*)*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:and|i|oraz)\s+\p{Lu}/u;
const KNOWN_PLACES = knownNames(['city', 'country', 'place']);
const KNOWN_ORGANISATIONS = knownNames(['organisation']);
/** Shorter head words match whole, as the extraction reads them ("Una" is no "Unia"). */
const MIN_STEMMED_HEAD = 4;

/**
 * Whether an entity reads as its type and in its base form where the article first names it
 * (`candidate`, its name candidate): the name is there as it is in the base form (so the key
 * and the options fit the gap), the gap adjoins no other part of a name, a person opens with
 * a given name, follows a title or is called by the surname, an organisation has a head word
 * or is the gazetteer's and no known place, a city is the gazetteer's.
 */
function readsSure(
	entity: ExtractedEntity,
	candidate: Extract<Candidate, { kind: 'entity' }>,
	language: Language,
	sentences: NamesRead['sentences']
): boolean {
	if (!SURE_TYPES.has(entity.type)) return false;
	const name = collapse(entity.name);
	// The gap may take the acronym after the name with it: "the _____ granted" for "… (MMO)".
	if (collapse(candidate.surface).replace(/ ?\([^()]*\)$/, '') !== name) return false;
	const words = wordsOf(name);
	const at = candidate.start - (sentences[candidate.sentence]?.start ?? 0);
	const before = candidate.evidence.slice(0, at);
	const after = candidate.evidence.slice(at + candidate.surface.length);
	// "Disaster and _____", "the _____ and Investment Act", "„_____”": the gap holds part of a
	// longer name, or a title.
	if (JOINED_BEFORE.test(before) || JOINED_AFTER.test(after)) return false;
	if (entity.type === 'person') {
		if (words.length < 2 || words.some((word) => !/^\p{Lu}/u.test(word))) return false;
		// "Menai Explorer", "Storm Benedict", "Tadeusza Kościuszki": a person's name opens with a
		// given name in its base form, follows a title, or the article calls them by the surname.
		const surname = words[words.length - 1];
		const bySurname = entity.mentions.some((mention) => collapse(mention.surface) === surname);
		return GIVEN_NAME_SET.has(foldText(words[0] ?? '')) || TITLE_BEFORE.test(before) || bySurname;
	}
	if (entity.type === 'organisation') {
		// "in New York" read as an organisation: the gazetteer knows it as a place.
		if (words.length < 2 || KNOWN_PLACES.has(name)) return false;
		if (KNOWN_ORGANISATIONS.has(name)) return true;
		const heads = EXTRACTION_LEXICONS[language].organisationHeads;
		return foldText(name)
			.split(' ')
			.some(
				(word) =>
					heads.has(word) || (word.length >= MIN_STEMMED_HEAD && heads.has(stem(word, language)))
			);
	}
	// "teams from _____, Azerbaijan and Israel": the first of a list of places, where the others
	// fit the gap as well ("in Austin, Texas" is none).
	if (LIST_AFTER.test(after)) return false;
	if (entity.type === 'country') return KNOWN_COUNTRIES.has(name);
	// "w Czersku, Łęgu i Rytlu": a town the gazetteer does not know may keep its case.
	return KNOWN_CITIES.has(name);
}

function entityReadsSure(entity: ExtractedEntity, language: Language, names: NamesRead): boolean {
	const candidate = names.candidates.find(
		(found) => found.kind === 'entity' && found.value === entity.id
	);
	return candidate?.kind === 'entity' && readsSure(entity, candidate, language, names.sentences);
}

/**
 * The names a fact asking for an entity offers beside its key: the article's others of its
 * type that read as sure as it must ("Storm Benedict" is no person to choose from).
 */
export function sureDistractors(entityId: string, language: Language, names: NamesRead): string[] {
	const entity = names.entities.find((found) => found.id === entityId);
	if (!entity) return [];
	return names.entities
		.filter(
			(other) =>
				other.id !== entityId &&
				other.type === entity.type &&
				entityReadsSure(other, language, names)
		)
		.map((other) => other.name);
}

/**
 * Whether a name fact's key is sure enough to be asked by default: the entity reads sure
 * where the gap is, its name holds no other name of the article (two names read as one), the
 * article names others of its type that read as sure, to offer beside it, and no who-did-what
 * of its sentence asks for it already.
 */
function nameIsSure(
	candidate: Extract<Candidate, { kind: 'entity' }>,
	language: Language,
	names: NamesRead
): boolean {
	const { entities, candidates, sentences } = names;
	const entity = entities.find((found) => found.id === candidate.value);
	if (!entity || !readsSure(entity, candidate, language, sentences)) return false;
	// "Rada Gminy przegłosowała…": the who-did-what of its sentence asks for it, better worded.
	const stated = candidates.some(
		(other) =>
			other.kind === 'statement' &&
			other.sentence === candidate.sentence &&
			other.value.includes(entity.id)
	);
	if (stated) return false;
	const name = collapse(entity.name);
	const holdsAnother = entities.some(
		(other) =>
			other.id !== entity.id &&
			wordsOf(other.name).length >= 2 &&
			` ${name} `.includes(` ${collapse(other.name)} `)
	);
	if (holdsAnother) return false;
	return sureDistractors(entity.id, language, names).length >= MIN_SAME_TYPE;
}

export function candidateReasons(
	candidate: Candidate,
	language: Language,
	/** The extraction's entities and candidates: without them no name is sure. */
	names: NamesRead = NO_NAMES
): CandidateReason[] {
	const reasons: CandidateReason[] = [];
	if (candidate.kind === 'entity' && !nameIsSure(candidate, language, names))
		reasons.push('bare-name');
	if (candidate.kind === 'number' || candidate.kind === 'proportion') {
		if (!candidate.unit) reasons.push('no-unit');
		if (parseNumber(candidate.figure.replace(/\s+/g, ' ').trim(), language) !== candidate.value)
			reasons.push('figure-unreadable');
		if (candidate.range) reasons.push('range-end');
		if (isFamilyCount(candidate, language)) reasons.push('family-count');
	}
	if (/[\p{L}\p{N}:-]_____|_____[\p{L}\p{N}:-]/u.test(candidate.question))
		reasons.push('gap-cuts-word');
	return reasons;
}

/** Children and grandchildren, as a person's family is counted. */
const FAMILY_NOUNS: Record<Language, string> = {
	en: '(?:children|kids|sons|daughters|grandchildren|grandsons|granddaughters|brothers|sisters|siblings)',
	pl: '(?:dzieci|dziecko|synów|syna|synami|córek|córki|córkami|wnuków|wnucząt|wnuczek|braci|sióstr|rodzeństwa)'
};

/** What ties a count of children to one person: "whose two daughters", "ojciec trojga dzieci". */
const FAMILY_OWNER: Record<Language, string> = {
	en: '(?:whose|his|her|their|(?:father|mother|mum|mom|dad|parent|grandfather|grandmother|grandparent)s?\\s+of)',
	pl: '(?:ojc\\p{L}*|matk\\p{L}*|matce|mam\\p{L}*|tat\\p{L}*|babci\\p{L}*|babk\\p{L}*|dziad\\p{L}*|jego|jej|ich)'
};

/** Up to this many children is a person's family, no fact of the news. */
const FAMILY_SIZE = 10;

/**
 * "Mr Hale, whose two daughters attend the school", "ojciec trojga dzieci": a small count of a
 * person's children is no fact worth a question, however the article words it.
 */
function isFamilyCount(
	candidate: { value: number; figure: string; evidence: string },
	language: Language
): boolean {
	if (candidate.value > FAMILY_SIZE) return false;
	const figure = escapeRegExp(candidate.figure.replace(/\s+/g, ' '));
	return new RegExp(
		`(?:^|[^\\p{L}])${FAMILY_OWNER[language]}\\s+(?:\\p{L}+\\s+)?${figure}\\s+(?:\\p{L}+\\s+)?${FAMILY_NOUNS[language]}(?![\\p{L}])`,
		'iu'
	).test(candidate.evidence.replace(/\s+/g, ' '));
}

/**
 * Ticked by default only when nothing stands against it: no reason of its own, and no issue
 * the automatic question check finds in the questions made of it.
 */
export function acceptedByDefault(
	candidate: Candidate,
	language: Language,
	issues: readonly QuestionIssue[] = [],
	names: NamesRead = NO_NAMES
): boolean {
	return candidateReasons(candidate, language, names).length === 0 && issues.length === 0;
}

export function isAccepted(
	state: AuthoringState,
	candidate: Candidate,
	language: Language,
	issues: readonly QuestionIssue[] = [],
	names: NamesRead = NO_NAMES
): boolean {
	return (
		state.decisions[candidate.id]?.accepted ?? acceptedByDefault(candidate, language, issues, names)
	);
}

/** A field of the review form the teacher must fix, with a reason code and the text at fault. */
export interface ReviewProblem {
	field: string;
	code:
		| 'value-unreadable'
		| 'tolerance-invalid'
		| 'distractor-is-key'
		| 'distractor-is-alias'
		| 'distractor-is-right'
		| 'distractor-twice'
		| 'distractor-not-a-figure'
		| 'name-empty'
		| 'merge-loop'
		| 'split-same-name'
		| 'date-invalid'
		| 'label-no-words'
		| 'label-shows-value'
		| 'label-shows-other'
		| 'label-twice'
		| 'evidence-not-sentence'
		| 'key-not-in-sentence'
		| 'key-missing'
		| 'unit-empty'
		| 'date-unreadable'
		| 'question-needed';
	text?: string;
}

export type DraftAnalysis =
	| {
			ok: true;
			text: string;
			extraction: Extraction;
			files: { articleText: string; factsText: string };
			warnings: string[];
			notes: DraftNote[];
			module: ModuleResult;
			/** Every candidate drafted and edited: what the check and the entity list read. */
			everything: QuizModule | null;
			/**
			 * The names the review lists, before the author's edits of them: the article's, then
			 * those the keys of added facts made, which the author fixes in the same way.
			 */
			entities: DraftEntity[];
			/** What the automatic question check finds in each candidate's questions. */
			issues: Map<string, QuestionIssue[]>;
			problems: ReviewProblem[];
	  }
	| { ok: false; error: ExtractionError };

export function splitAliases(typed: string): string[] {
	return [
		...new Set(
			typed
				.split(/[,;\n]/)
				.map((alias) => alias.trim())
				.filter(Boolean)
		)
	];
}

/** Distractors as typed, one a line. */
export function splitLines(typed: string): string[] {
	return typed
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

const oneLine = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim();

type Document = { facts?: DraftFact[]; entities?: DraftEntity[] };

/**
 * The entity an entity's merges lead to, following chains (a → b → c); null when they loop,
 * so that neither is merged.
 */
function mergeTarget(
	id: string,
	edits: Readonly<Record<string, EntityEdit>>,
	known: ReadonlySet<string>
): string | null {
	const seen = new Set([id]);
	let at = id;
	for (;;) {
		const next = edits[at]?.mergedInto;
		if (!next || !known.has(next)) return at;
		if (seen.has(next)) return null;
		seen.add(next);
		at = next;
	}
}

function entityValues(fact: Record<string, unknown>): string[] {
	if (fact.kind === 'entity' && typeof fact.value === 'string') return [fact.value];
	if (fact.kind === 'entity-set' && Array.isArray(fact.value)) return fact.value.map(String);
	return [];
}

/** Points facts from one entity to another; a set left with one member asks for it alone. */
function repoint(document: Document, from: string, to: string): void {
	for (const fact of document.facts ?? []) {
		if (fact.kind === 'entity' && fact.value === from) fact.value = to;
		if (fact.kind === 'entity-set' && Array.isArray(fact.value)) {
			const members = [...new Set(fact.value.map((id) => (id === from ? to : String(id))))];
			if (members.length >= 2) fact.value = members;
			else {
				fact.kind = 'entity';
				fact.value = members[0];
			}
		}
	}
}

/**
 * The teacher's corrections of entities: name (the old one stays an accepted answer), type,
 * other names, a second entity split out of a name read as one, and merges of one entity
 * written two ways (other names joined, facts pointed at the one kept).
 */
function applyEntityEdits(document: Document, edits: Readonly<Record<string, EntityEdit>>): void {
	const entities = (document.entities ?? []) as {
		id: string;
		name: string;
		type: string;
		aliases: string[];
	}[];
	const ids = new Set(entities.map((entity) => entity.id));
	const added: typeof entities = [];
	for (const entity of entities) {
		const edit = edits[entity.id];
		if (!edit) continue;
		if (edit.aliases !== undefined) entity.aliases = splitAliases(edit.aliases);
		const name = oneLine(edit.name);
		if (name && name !== entity.name) {
			entity.aliases = [...new Set([entity.name, ...entity.aliases])];
			entity.name = name;
		}
		entity.aliases = entity.aliases.filter((alias) => alias !== entity.name);
		if (edit.type) entity.type = edit.type;
		const splitName = oneLine(edit.splitName);
		if (splitName && splitName !== entity.name) {
			let id = slugOf(splitName, 'entity');
			for (let n = 2; ids.has(id); n++) id = `${slugOf(splitName, 'entity')}-${n}`;
			ids.add(id);
			added.push({ id, name: splitName, type: edit.splitType ?? entity.type, aliases: [] });
			if (edit.splitTakesFacts) repoint(document, entity.id, id);
		}
	}
	entities.push(...added);
	const known = new Set(entities.map((entity) => entity.id));
	const merged = new Set<string>();
	for (const entity of entities) {
		const target = mergeTarget(entity.id, edits, known);
		if (target === null || target === entity.id) continue;
		const into = entities.find((candidate) => candidate.id === target);
		if (!into) continue;
		into.aliases = [...new Set([...into.aliases, entity.name, ...entity.aliases])].filter(
			(alias) => foldText(alias) !== foldText(into.name)
		);
		repoint(document, entity.id, target);
		merged.add(entity.id);
	}
	document.entities = entities.filter((entity) => !merged.has(entity.id));
}

/** The drafted facts file with the teacher's edits, and which facts were rebuilt on the way. */
interface EditedFacts {
	header: string;
	document: Document;
	/** Facts added, or whose kind or sentence the teacher changed: their key must be in the sentence. */
	rekeyed: Set<string>;
	/** Names the article does not have, made by the keys of facts the teacher added, as made. */
	made: DraftEntity[];
}

/**
 * Applies the teacher's edits to the drafted facts file: facts the teacher added, a changed
 * kind or sentence, wording, aliases, tolerance, the key of a figure, what it counts,
 * distractors, and the entities. A key typed in a form the number reader cannot read is left
 * in as typed, for the schema to report on its field (the review page says it first, in its
 * language). `accepted` decides which added facts go in: the module's, or every one.
 */
function editFacts(
	factsYaml: string,
	state: AuthoringState,
	extraction: Extraction,
	accepted: 'ticked' | 'all'
): EditedFacts {
	const { language } = extraction;
	const header = factsYaml.slice(0, factsYaml.indexOf('\n\n') + 2);
	const document = parse(factsYaml) as Document;
	const { decisions } = state;
	document.facts ??= [];
	document.entities ??= [];
	for (const id of state.added ?? []) {
		const decision = decisions[id];
		if (decision && (accepted === 'all' || decision.accepted)) document.facts.push({ id });
	}
	const rekeyed = new Set<string>();
	const context = {
		language,
		entities: document.entities,
		candidates: extraction.candidates
	};
	const entityEdits: Record<string, EntityEdit> = { ...state.entities };
	for (const fact of document.facts) {
		const decision = decisions[String(fact.id)];
		if (!decision) continue;
		if (rekeyFact(fact, decision, context)) rekeyed.add(String(fact.id));
		const typedValue = decision.value?.trim();
		if (typedValue && (fact.kind === 'number' || fact.kind === 'proportion')) {
			const value = parseNumber(typedValue, language);
			// The gap and the statement held the article's figure, which the teacher says is not
			// the key: neither may ask for it any more.
			if (value !== null && value !== fact.value) {
				delete fact.cloze;
				delete fact.statement;
			}
			fact.value = value ?? typedValue;
		}
		const unit = oneLine(decision.unit);
		if (unit && (fact.kind === 'number' || fact.kind === 'proportion')) fact.unit = unit;
		const date = parseDateKey(decision.when);
		if (date && fact.kind === 'date' && JSON.stringify(date) !== JSON.stringify(fact.value)) {
			fact.value = date;
			delete fact.cloze;
			delete fact.statement;
		}
		const label = oneLine(decision.label);
		if (label !== undefined && 'kind' in fact) {
			if (label) fact.label = label;
			else delete fact.label;
		}
		const name = oneLine(decision.name);
		const [entityId] = entityValues(fact);
		if (name && entityId && fact.kind === 'entity' && entityEdits[entityId]?.name === undefined)
			entityEdits[entityId] = { ...entityEdits[entityId], name };
		const question = decision.question?.trim();
		if (question) fact.questions = [question];
		if (decision.aliases !== undefined) fact.aliases = splitAliases(decision.aliases);
		if (fact.kind === 'text' && typeof fact.value === 'string')
			fact.concepts = [[fact.value, ...((fact.aliases as string[] | undefined) ?? [])]];
		const tolerance = decision.tolerance?.trim().replace(',', '.');
		if (tolerance && (fact.kind === 'number' || fact.kind === 'proportion')) {
			const percent = Number(tolerance);
			// An unreadable tolerance is left for the schema to report on the field.
			fact.tolerance = Number.isFinite(percent) ? percent / 100 : tolerance;
			fact.approximate = true;
		}
		const distractors = splitLines(decision.distractors ?? '');
		if (distractors.length > 0)
			fact.distractors = distractors.map((text) => asOption(text, fact.kind, language));
	}
	// The article's names as extracted: once the author edits names, the options follow them.
	if (Object.keys(state.entities ?? {}).length === 0) {
		for (const fact of document.facts) {
			if (fact.kind !== 'entity' || fact.distractors !== undefined) continue;
			const pool = sureDistractors(String(fact.value), language, extraction);
			if (pool.length >= MIN_SAME_TYPE) fact.distractors = pool;
		}
	}
	const extracted = new Set(extraction.entities.map((entity) => entity.id));
	const made = document.entities
		.filter((entity) => !extracted.has(entity.id))
		.map((entity) => ({ ...entity, aliases: [...entity.aliases] }));
	applyEntityEdits(document, entityEdits);
	return { header, document, rekeyed, made };
}

/**
 * A figure typed as a wrong option reads like the key beside it ("15 tys." → "15 000", "0,3" →
 * "30%"): an option in another notation would stand out as the odd one.
 */
function asOption(text: string, kind: unknown, language: Language): string {
	if (kind !== 'number' && kind !== 'proportion') return text;
	const value = parseNumber(text, language);
	if (value === null) return text;
	return kind === 'number'
		? formatNumber(value, language)
		: QUIZ_PHRASES[language].percent(Math.round(value * 1000) / 10);
}

/**
 * Seeds the check generates each question with. A student's seed is random and picks the
 * options (and wording) anew; on the corpus, seed 1 alone finds 85 of the 96 facts that eight
 * seeds find something in, four seeds 92, at half the cost of eight (0.45 s for a 600-word
 * article's review page, 0.2 s with one seed).
 */
const CHECKED_SEEDS = [1, 2, 3, 4];

/** What the automatic question check finds in every question made of one fact alone. */
export function issuesByFact(module: QuizModule, article: string): Map<string, QuestionIssue[]> {
	const context = { language: module.language, article, entities: module.entities };
	const found = new Map<string, Set<QuestionIssue>>();
	for (const type of QUESTION_TYPES) {
		for (const factIds of generators[type].items(module)) {
			const [factId] = factIds;
			if (factIds.length !== 1 || factId === undefined) continue;
			const set = found.get(factId) ?? new Set<QuestionIssue>();
			for (const seed of CHECKED_SEEDS)
				for (const issue of checkQuestion(generateQuestion(module, type, factIds, seed), context))
					set.add(issue);
			found.set(factId, set);
		}
	}
	// Generation leaves out what it cannot word well: a fact it offers nothing of is no question.
	for (const fact of module.facts) {
		if (found.has(fact.id)) continue;
		const evidence = evidenceProblems([fact.evidence], context);
		found.set(fact.id, new Set(evidence.length > 0 ? evidence : ['no-question']));
	}
	return new Map([...found].map(([id, issues]) => [id, [...issues]]));
}

/** The key and the other right answers of a fact, as a learner could type or choose them. */
function rightAnswers(module: QuizModule, fact: Fact): { key: string; aliases: string[] } {
	const entityAliases = entityValuesOf(fact).flatMap((id) => {
		const entity = module.entities.find((candidate) => candidate.id === id);
		return entity ? [entity.name, ...entity.aliases] : [];
	});
	return { key: displayValue(module, fact), aliases: [...fact.aliases, ...entityAliases] };
}

function entityValuesOf(fact: Fact): string[] {
	if (fact.kind === 'entity') return [fact.value];
	if (fact.kind === 'entity-set') return fact.value;
	return [];
}

/** What the teacher typed that cannot stand, field by field. */
function reviewProblems(
	state: AuthoringState,
	module: QuizModule | null,
	entityIds: ReadonlySet<string>,
	language: Language
): ReviewProblem[] {
	const problems: ReviewProblem[] = [];
	const date = state.date.trim();
	if (date && !PUBLICATION_DATE.test(date))
		problems.push({ field: 'date', code: 'date-invalid', text: date });
	for (const [id, decision] of Object.entries(state.decisions)) {
		const typedValue = decision.value?.trim();
		if (typedValue && parseNumber(typedValue, language) === null)
			problems.push({ field: `value-${id}`, code: 'value-unreadable', text: typedValue });
		const tolerance = decision.tolerance?.trim().replace(',', '.');
		if (tolerance) {
			const percent = Number(tolerance);
			if (!Number.isFinite(percent) || percent < 0 || percent > 100)
				problems.push({ field: `tolerance-${id}`, code: 'tolerance-invalid', text: tolerance });
		}
		const fact = module?.facts.find((candidate) => candidate.id === id);
		const distractors = splitLines(decision.distractors ?? '');
		if (!module || !fact || distractors.length === 0) continue;
		const { key, aliases } = rightAnswers(module, fact);
		const seen = new Set<string>();
		for (const distractor of distractors) {
			const folded = foldText(distractor);
			// "15 tys." and "15 000" are one option twice.
			const option = foldText(asOption(distractor, fact.kind, language));
			const field = `distractors-${id}`;
			if (folded === foldText(key))
				problems.push({ field, code: 'distractor-is-key', text: distractor });
			else if (aliases.some((alias) => foldText(alias) === folded))
				problems.push({ field, code: 'distractor-is-alias', text: distractor });
			else if (fact.kind !== 'entity-set' && scoreFactAnswer(module, fact, distractor).credit > 0)
				problems.push({ field, code: 'distractor-is-right', text: distractor });
			else if (
				(fact.kind === 'number' || fact.kind === 'proportion') &&
				parseNumber(distractor, language) === null
			)
				problems.push({ field, code: 'distractor-not-a-figure', text: distractor });
			else if (seen.has(option))
				problems.push({ field, code: 'distractor-twice', text: distractor });
			seen.add(option);
		}
	}
	for (const [id, edit] of Object.entries(state.entities ?? {})) {
		if (!entityIds.has(id)) continue;
		if (edit.name !== undefined && !oneLine(edit.name))
			problems.push({ field: `entity-name-${id}`, code: 'name-empty' });
		if (edit.mergedInto && mergeTarget(id, state.entities ?? {}, entityIds) === null)
			problems.push({ field: `entity-merge-${id}`, code: 'merge-loop' });
		const splitName = oneLine(edit.splitName);
		if (splitName && foldText(splitName) === foldText(oneLine(edit.name) ?? ''))
			problems.push({ field: `entity-split-name-${id}`, code: 'split-same-name', text: splitName });
	}
	return problems;
}

/** The sentences of the article as the extraction splits it, one a string: what evidence can be. */
export function articleSentences(state: AuthoringState): string[] {
	const prepared = prepareArticle(state.sourceText, state.format);
	const language = prepared.language ?? detectLanguage(prepared.text).language ?? 'pl';
	return splitSentences(prepared.text, language).map((sentence) => collapse(sentence.text));
}

const isFigure = (fact: DraftFact) => fact.kind === 'number' || fact.kind === 'proportion';

/** The field that holds a fact's key, by its kind: where "type the key" is said. */
function keyField(fact: DraftFact): string {
	const id = String(fact.id);
	if (isFigure(fact)) return `value-${id}`;
	if (fact.kind === 'date') return `when-${id}`;
	if (fact.kind === 'entity') return `answer-name-${id}`;
	return `answer-text-${id}`;
}

/**
 * What stands against a fact the teacher added or whose kind or sentence changed: a sentence
 * that is not the article's, a key not typed or not stated by the sentence, a figure that
 * says nothing of what it counts, no question to ask.
 */
function factProblems(
	state: AuthoringState,
	edited: EditedFacts,
	extraction: Extraction
): ReviewProblem[] {
	const { language } = extraction;
	const problems: ReviewProblem[] = [];
	const sentences = new Set(extraction.sentences.map((sentence) => collapse(sentence.text)));
	const entities = edited.document.entities ?? [];
	for (const fact of edited.document.facts ?? []) {
		const id = String(fact.id);
		const decision = state.decisions[id];
		if (!decision) continue;
		if (isFigure(fact) && decision.unit !== undefined && !oneLine(decision.unit))
			problems.push({ field: `unit-${id}`, code: 'unit-empty' });
		const typedDate = decision.when?.trim();
		const dateUnreadable = fact.kind === 'date' && !!typedDate && !parseDateKey(typedDate);
		if (dateUnreadable)
			problems.push({ field: keyField(fact), code: 'date-unreadable', text: typedDate });
		if (!edited.rekeyed.has(id)) continue;
		const evidence = String(fact.evidence ?? '');
		if (!sentences.has(evidence)) {
			problems.push({ field: `evidence-${id}`, code: 'evidence-not-sentence', text: evidence });
			continue;
		}
		if (isFigure(fact) && typeof fact.unit !== 'string' && decision.unit === undefined)
			problems.push({ field: `unit-${id}`, code: 'unit-empty' });
		const key = keyShown(fact, entities, language);
		if (key === null) {
			// An unreadable figure or date is said by its own check.
			if (!dateUnreadable && !(isFigure(fact) && decision.value?.trim()))
				problems.push({ field: keyField(fact), code: 'key-missing' });
		} else if (!sentenceStatesKey(fact, entities, language)) {
			const shown = isFigure(fact) ? formatNumber(Number(fact.value), language) : key;
			problems.push({ field: `evidence-${id}`, code: 'key-not-in-sentence', text: shown });
		}
		if (!Array.isArray(fact.questions) || fact.questions.length === 0)
			problems.push({ field: `question-${id}`, code: 'question-needed' });
	}
	return problems;
}

/**
 * What stands against the rows of matching and ordering questions the module will have: a
 * label with no words, one that shows its own figure or another's (the row would give the
 * answer away), two figures with one label.
 */
function labelProblems(
	state: AuthoringState,
	document: Document,
	language: Language
): ReviewProblem[] {
	const problems: ReviewProblem[] = [];
	const figures = (document.facts ?? []).filter(
		(fact) => isFigure(fact) && typeof fact.value === 'number'
	);
	const shown = (fact: DraftFact) =>
		fact.kind === 'proportion'
			? QUIZ_PHRASES[language].percent(Math.round(Number(fact.value) * 1000) / 10)
			: formatNumber(Number(fact.value), language);
	const same = (a: number, b: number) =>
		Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-6;
	const labelled = figures.filter((fact) => typeof fact.label === 'string');
	for (const fact of labelled) {
		const id = String(fact.id);
		if (state.decisions[id]?.label === undefined && !(state.added ?? []).includes(id)) continue;
		const label = String(fact.label);
		const field = `label-${id}`;
		if (!/\p{L}/u.test(label)) {
			problems.push({ field, code: 'label-no-words', text: label });
			continue;
		}
		const stated = figuresIn(label, language);
		// "do połowy stycznia" reads as ½: a share is compared with shares, a count with counts.
		const other = figures.find(
			(candidate) =>
				candidate !== fact &&
				candidate.kind === fact.kind &&
				stated.some((value) => same(value, Number(candidate.value)))
		);
		if (stated.some((value) => same(value, Number(fact.value))))
			problems.push({ field, code: 'label-shows-value', text: shown(fact) });
		else if (other) problems.push({ field, code: 'label-shows-other', text: shown(other) });
		const twin = labelled.find(
			(candidate) => candidate !== fact && foldText(String(candidate.label)) === foldText(label)
		);
		if (twin) problems.push({ field, code: 'label-twice', text: label });
	}
	return problems;
}

function moduleOf(moduleId: string, articleText: string, factsText: string): ModuleResult {
	return parseModule({
		id: moduleId,
		articlePath: `${moduleId}/article.md`,
		factsPath: `${moduleId}/facts.yaml`,
		articleText,
		factsText
	});
}

/**
 * Every candidate drafted, with the teacher's edits when they make a valid module, else as
 * extracted: what the question check runs on, so a candidate left out is checked too.
 */
function draftEverything(
	prepared: PreparedArticle,
	extraction: Extraction,
	state: AuthoringState,
	today: string
): { module: QuizModule | null; edited: EditedFacts } {
	const draft = draftModule(prepared, extraction, { fallbackDate: today, source: '-' });
	const edited = editFacts(draft.factsYaml, state, extraction, 'all');
	const module = moduleOf(
		'draft',
		draft.articleMarkdown,
		edited.header + stringify(edited.document, { lineWidth: 0 })
	);
	if (module.ok) return { module: module.module, edited };
	const plain = moduleOf('draft', draft.articleMarkdown, draft.factsYaml);
	return { module: plain.ok ? plain.module : null, edited };
}

/** Extracts, drafts and validates the module the review describes; bad input is a result, not a throw. */
export function analyseDraft(
	state: AuthoringState,
	today: string,
	/** A language's morphology from a dictionary, which the server loads (see extractFacts). */
	morphologyOf: (language: Language) => Morphology | undefined = () => undefined
): DraftAnalysis {
	try {
		const prepared = prepareArticle(state.sourceText, state.format);
		const language = prepared.language ?? detectLanguage(prepared.text).language;
		const morphology = language ? morphologyOf(language) : undefined;
		const extraction = extractFacts(prepared.text, {
			...(language ? { language } : {}),
			...(morphology ? { morphology } : {})
		});
		const { module: everything, edited } = draftEverything(prepared, extraction, state, today);
		const issues = everything ? issuesByFact(everything, prepared.text) : new Map();
		const accepted = extraction.candidates
			.filter((candidate) =>
				isAccepted(state, candidate, extraction.language, issues.get(candidate.id), extraction)
			)
			.map((candidate) => candidate.id);
		const draft = draftModule(prepared, extraction, {
			accepted,
			...(state.title.trim() ? { title: state.title.trim() } : {}),
			...(state.source.trim() ? { source: state.source.trim() } : {}),
			...(state.date.trim() ? { date: state.date.trim() } : {}),
			fallbackDate: today
		});
		const ticked = editFacts(draft.factsYaml, state, extraction, 'ticked');
		const factsText = ticked.header + stringify(ticked.document, { lineWidth: 0 });
		const moduleId = state.moduleId.trim() || 'draft';
		const module = moduleOf(moduleId, draft.articleMarkdown, factsText);
		const entities: DraftEntity[] = [
			...extraction.entities.map(({ id, name, type, aliases }) => ({ id, name, type, aliases })),
			...edited.made
		];
		const entityIds = new Set(entities.map((entity) => entity.id));
		return {
			ok: true,
			text: prepared.text,
			extraction,
			files: { articleText: draft.articleMarkdown, factsText },
			warnings: draft.warnings,
			notes: draft.notes,
			module,
			everything,
			entities,
			issues,
			problems: [
				...reviewProblems(state, everything, entityIds, extraction.language),
				...factProblems(state, edited, extraction),
				...labelProblems(state, ticked.document, extraction.language)
			]
		};
	} catch (error) {
		if (error instanceof ExtractionError) return { ok: false, error };
		throw error;
	}
}

/**
 * The fact the teacher is adding, moved into the draft under an id of its own and ticked;
 * null while it has no kind or sentence.
 */
export function withNewFact(state: AuthoringState): { id: string; state: AuthoringState } | null {
	const typed = state.newFact;
	if (!typed?.kind || !typed.evidence) return null;
	const added = state.added ?? [];
	const taken = new Set([...Object.keys(state.decisions), ...added]);
	let n = 1;
	while (taken.has(`added-${n}`)) n++;
	const id = `added-${n}`;
	const next: AuthoringState = {
		...state,
		added: [...added, id],
		decisions: { ...state.decisions, [id]: { ...typed, accepted: true } }
	};
	delete next.newFact;
	return { id, state: next };
}

/**
 * The draft without a fact the author added, and without what was typed for it; null for any
 * other id: a fact the article states is unticked, not deleted, so it can be ticked again.
 */
export function withoutAddedFact(state: AuthoringState, id: string): AuthoringState | null {
	const added = state.added ?? [];
	if (!added.includes(id)) return null;
	const decisions = { ...state.decisions };
	delete decisions[id];
	return { ...state, added: added.filter((other) => other !== id), decisions };
}

/** The distractors a fact's choice questions draw from, as the module has them now. */
export function distractorPool(module: QuizModule, factId: string): readonly string[] {
	const fact = module.facts.find((candidate) => candidate.id === factId);
	return fact ? distractorsOf(module, fact) : [];
}

/** A module id from a title: "Wojska Korei w Kursku" → "wojska-korei-w-kursku". */
export function moduleIdFrom(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/ł/g, 'l')
		.replace(/Ł/g, 'L')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 48)
		.replace(/-+$/, '');
	return slug || 'module';
}
