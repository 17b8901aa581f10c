import type { Entity, EntityFact, EntitySetFact, EntityType, Language, TextFact } from '../content';
import { typoAllowance, withinEdits } from '../language/fuzzy';
import { words } from '../language/normalize';
import { stem, stopwordsFor } from '../language/stem';
import { refuseUnreadable, scored, type ScoreReason, type ScoreResult } from './result';

/**
 * Scoring of typed names and free text. Both sides are folded and stemmed, phrases match
 * word by word in any order, and typos are forgiven per `typoAllowance`.
 *
 * The key's words are indexed once per fact (or entity list) and language and cached, so
 * scoring an answer folds and stems the answer and then looks each of its words up: a few
 * map lookups per word, and a typo-tolerant scan only for words that match no key word
 * exactly. A word that is exactly one key word is never also read as a typo of another.
 */

/** A word of a key phrase, ready to be compared. */
export interface KeyWord {
	folded: string;
	stem: string;
	foldedAllowance: number;
	/** Counted on the stem itself: "strach" stems to "str", which must forgive nothing. */
	stemAllowance: number;
}

/** The key words of a set of phrases, each once, and the lookups that find them. */
export interface KeyIndex {
	language: Language;
	words: KeyWord[];
	bySurface: Map<string, number>;
	byStem: Map<string, number[]>;
	/** Key words that forgive at least one typo. */
	forgiving: number[];
}

/** A key phrase as the indices of its content words; stopwords only when it has nothing else. */
export interface PreparedPhrase {
	text: string;
	keys: readonly number[];
}

interface AnswerWord {
	folded: string;
	stem: string;
}

function createIndex(language: Language): KeyIndex {
	return { language, words: [], bySurface: new Map(), byStem: new Map(), forgiving: [] };
}

function addKeyWord(index: KeyIndex, folded: string): number {
	const known = index.bySurface.get(folded);
	if (known !== undefined) return known;
	const stemmed = stem(folded, index.language);
	const key: KeyWord = {
		folded,
		stem: stemmed,
		foldedAllowance: typoAllowance(folded),
		stemAllowance: typoAllowance(stemmed)
	};
	const id = index.words.push(key) - 1;
	index.bySurface.set(folded, id);
	const sameStem = index.byStem.get(stemmed);
	if (sameStem) sameStem.push(id);
	else index.byStem.set(stemmed, [id]);
	if (key.foldedAllowance > 0 || key.stemAllowance > 0) index.forgiving.push(id);
	return id;
}

function addPhrase(index: KeyIndex, phrase: string): PreparedPhrase {
	const all = words(phrase);
	const stopwords = stopwordsFor(index.language);
	const content = all.filter((word) => !stopwords.has(word));
	const chosen = content.length > 0 ? content : all;
	return { text: phrase, keys: [...new Set(chosen.map((word) => addKeyWord(index, word)))] };
}

const NO_MATCH = 0;
const TYPO = 1;
const STEM = 2;
const SURFACE = 3;
type MatchLevel = typeof NO_MATCH | typeof TYPO | typeof STEM | typeof SURFACE;

/**
 * Whether two words differ by at most the key word's allowance of typos, comparing stems
 * ("rodzinz" for "rodziny") and folded words ("rakietowum" for "rakietowy").
 */
function typoMatches(given: AnswerWord, key: KeyWord): boolean {
	return (
		(Math.abs(given.stem.length - key.stem.length) <= key.stemAllowance &&
			withinEdits(given.stem, key.stem, key.stemAllowance)) ||
		(Math.abs(given.folded.length - key.folded.length) <= key.foldedAllowance &&
			withinEdits(given.folded, key.folded, key.foldedAllowance))
	);
}

/**
 * Records how well each answer word matches each key word: `levels[position * stride + key]`
 * keeps the best level (a stride of 0 keeps one level per key word, wherever it occurs), and
 * `hits`, when given, collects the key words met. Equal stems meet; so does a stem with the
 * other word unstemmed, because a base form can end in letters that look like an ending
 * ("problem" → "probl", but "problemu" → "problem").
 */
function readAnswer(
	index: KeyIndex,
	answer: readonly AnswerWord[],
	levels: Uint8Array,
	stride: number,
	hits?: number[]
): void {
	const stopwords = stopwordsFor(index.language);
	for (let position = 0; position < answer.length; position++) {
		const word = answer[position] as AnswerWord;
		const row = position * stride;
		const surface = index.bySurface.get(word.folded);
		if (surface !== undefined) record(levels, row, surface, SURFACE, hits);
		const byKeyStem = index.byStem.get(word.stem);
		if (byKeyStem) for (const key of byKeyStem) record(levels, row, key, STEM, hits);
		const stemIsKey = index.bySurface.get(word.stem);
		if (stemIsKey !== undefined) record(levels, row, stemIsKey, STEM, hits);
		const wordIsStem = word.folded === word.stem ? undefined : index.byStem.get(word.folded);
		if (wordIsStem) for (const key of wordIsStem) record(levels, row, key, STEM, hits);
		const exact =
			surface !== undefined ||
			byKeyStem !== undefined ||
			stemIsKey !== undefined ||
			wordIsStem !== undefined;
		if (exact || stopwords.has(word.folded)) continue;
		for (const key of index.forgiving) {
			if (typoMatches(word, index.words[key] as KeyWord)) record(levels, row, key, TYPO, hits);
		}
	}
}

function record(
	levels: Uint8Array,
	row: number,
	key: number,
	level: MatchLevel,
	hits: number[] | undefined
): void {
	if (level > (levels[row + key] as number)) levels[row + key] = level;
	hits?.push(key);
}

function answerWords(answer: string, language: Language): AnswerWord[] {
	return words(answer).map((folded) => ({ folded, stem: stem(folded, language) }));
}

/** Which key words occur somewhere in the answer. */
function presentKeys(index: KeyIndex, answer: readonly AnswerWord[]): Uint8Array {
	const present = new Uint8Array(index.words.length);
	readAnswer(index, answer, present, 0);
	return present;
}

function phrasePresent(present: Uint8Array, phrase: PreparedPhrase): boolean {
	return phrase.keys.length > 0 && phrase.keys.every((key) => (present[key] as number) > NO_MATCH);
}

/**
 * True when every content word of `phrase` occurs in `answer`, in any order, after folding
 * and stemming, each forgiving the typos its length allows.
 */
export function matchesPhrase(answer: string, phrase: string, language: Language): boolean {
	const index = createIndex(language);
	const prepared = addPhrase(index, phrase);
	return phrasePresent(presentKeys(index, answerWords(answer, language)), prepared);
}

// ─── Free text ────────────────────────────────────────────────────────────────────────

export interface PreparedTextFact {
	index: KeyIndex;
	/** The value and the fact's aliases: matching one of them is full credit. */
	answers: readonly PreparedPhrase[];
	/** Each concept as its interchangeable phrasings. */
	concepts: readonly (readonly PreparedPhrase[])[];
}

/** Keyed by the fact object: content is immutable once loaded, so entries never go stale. */
const preparedTextFacts = new WeakMap<TextFact, Partial<Record<Language, PreparedTextFact>>>();

export function prepareTextFact(fact: TextFact, language: Language): PreparedTextFact {
	const byLanguage = preparedTextFacts.get(fact) ?? {};
	const cached = byLanguage[language];
	if (cached) return cached;
	const index = createIndex(language);
	const prepared: PreparedTextFact = {
		index,
		answers: [fact.value, ...fact.aliases].map((phrase) => addPhrase(index, phrase)),
		concepts: fact.concepts.map((phrasings) => phrasings.map((phrase) => addPhrase(index, phrase)))
	};
	byLanguage[language] = prepared;
	preparedTextFacts.set(fact, byLanguage);
	return prepared;
}

/**
 * The share of the fact's concepts the answer contains, or full credit when it contains the
 * value or an alias as a phrase.
 */
export function scoreTextAnswer(fact: TextFact, answer: string, language: Language): ScoreResult {
	const refusal = refuseUnreadable(answer);
	if (refusal) return refusal;
	const key = prepareTextFact(fact, language);
	const given = answerWords(answer, language);
	const present = presentKeys(key.index, given);
	const total = key.concepts.length;
	const normalized = foldedOrNull(given);
	if (key.answers.some((phrase) => phrasePresent(present, phrase))) {
		return scored(1, { code: 'concepts', found: total, total }, normalized);
	}
	let found = 0;
	for (const phrasings of key.concepts) {
		if (phrasings.some((phrase) => phrasePresent(present, phrase))) found++;
	}
	return scored(total === 0 ? 0 : found / total, { code: 'concepts', found, total }, normalized);
}

function foldedOrNull(answer: readonly AnswerWord[]): string | null {
	return answer.length === 0 ? null : answer.map((word) => word.folded).join(' ');
}

// ─── Entities ─────────────────────────────────────────────────────────────────────────

export interface PreparedEntity {
	id: string;
	/** Null for an entity a fact names but the module does not list. */
	type: EntityType | null;
}

interface EntityPhrase {
	entity: PreparedEntity;
	phrase: PreparedPhrase;
	/** The entity's own name wins a tie against another entity's alias (Moskwa the city). */
	isName: boolean;
}

/** The names and aliases of a list of entities, indexed for matching. */
export interface PreparedEntities {
	index: KeyIndex;
	entities: readonly PreparedEntity[];
	phrases: readonly EntityPhrase[];
	/** Key word → the phrases that contain it. */
	phrasesOfKey: readonly (readonly number[])[];
}

interface NamedEntity {
	id: string;
	type: EntityType | null;
	names: readonly { text: string; isName: boolean }[];
}

function indexEntities(named: readonly NamedEntity[], language: Language): PreparedEntities {
	const index = createIndex(language);
	const entities: PreparedEntity[] = [];
	const phrases: EntityPhrase[] = [];
	for (const { id, type, names } of named) {
		const entity = { id, type };
		entities.push(entity);
		for (const { text, isName } of names) {
			phrases.push({ entity, phrase: addPhrase(index, text), isName });
		}
	}
	const phrasesOfKey: number[][] = index.words.map(() => []);
	phrases.forEach(({ phrase }, phraseIndex) => {
		for (const key of phrase.keys) phrasesOfKey[key]?.push(phraseIndex);
	});
	return { index, entities, phrases, phrasesOfKey };
}

function namesOf(entity: Entity): NamedEntity {
	return {
		id: entity.id,
		type: entity.type,
		names: [
			{ text: entity.name, isName: true },
			...entity.aliases.map((text) => ({ text, isName: false }))
		]
	};
}

const preparedEntityLists = new WeakMap<
	readonly Entity[],
	Partial<Record<Language, PreparedEntities>>
>();

export function prepareEntities(entities: readonly Entity[], language: Language): PreparedEntities {
	const byLanguage = preparedEntityLists.get(entities) ?? {};
	const cached = byLanguage[language];
	if (cached) return cached;
	const prepared = indexEntities(entities.map(namesOf), language);
	byLanguage[language] = prepared;
	preparedEntityLists.set(entities, byLanguage);
	return prepared;
}

/**
 * Extra answer words a multi-word name may enclose: "Bośnia i Hercegowina", "Korea, ta
 * Północna". Matching stays order-insensitive inside the window.
 */
const WINDOW_SLACK = 2;

interface Mention {
	entity: PreparedEntity;
	positions: number[];
	/**
	 * Compared in this order: more words named, more of them exact, fewer foreign words
	 * between them (so "Korea Północna, Korea Południowa" pairs each "Korea" with its own
	 * adjective), then name over alias.
	 */
	rank: readonly [
		words: number,
		stemExact: number,
		surfaceExact: number,
		compactness: number,
		isName: number
	];
	/** The phrase's key words: two entities with one alias share them. */
	keys: readonly number[];
	/** Whether the fact expects this entity. */
	expected: boolean;
	/** Every word as the key writes it (after folding), not merely the same stem. */
	literal: boolean;
	first: number;
	ambiguous: boolean;
}

function compareRanks(a: Mention, b: Mention): number {
	for (let index = 0; index < a.rank.length; index++) {
		const difference = (b.rank[index] as number) - (a.rank[index] as number);
		if (difference !== 0) return difference;
	}
	return 0;
}

/** Every place where `phrase` occurs in the answer, given the match levels of its words. */
function mentionsOf(
	{ entity, phrase, isName }: EntityPhrase,
	levels: Uint8Array,
	keyCount: number,
	length: number,
	expected: ReadonlySet<string>
): Mention[] {
	const mentions: Mention[] = [];
	const keys = phrase.keys;
	for (let start = 0; start < length; start++) {
		let anchored = false;
		for (const key of keys) anchored ||= (levels[start * keyCount + key] as number) > NO_MATCH;
		if (!anchored) continue;
		const end = Math.min(length, start + keys.length + WINDOW_SLACK);
		const positions: number[] = [];
		let stemExact = 0;
		let surfaceExact = 0;
		for (const key of keys) {
			let best = -1;
			let bestLevel: number = NO_MATCH;
			for (let position = start; position < end; position++) {
				const level = levels[position * keyCount + key] as number;
				if (level > bestLevel && !positions.includes(position)) {
					best = position;
					bestLevel = level;
				}
			}
			if (best < 0) break;
			positions.push(best);
			if (bestLevel >= STEM) stemExact++;
			if (bestLevel === SURFACE) surfaceExact++;
		}
		if (positions.length < keys.length) continue;
		const first = Math.min(...positions);
		const gaps = Math.max(...positions) - first + 1 - positions.length;
		mentions.push({
			entity,
			positions,
			rank: [keys.length, stemExact, surfaceExact, -gaps, isName ? 1 : 0],
			keys,
			expected: expected.has(entity.id),
			literal: surfaceExact === keys.length,
			first,
			ambiguous: false
		});
	}
	return mentions;
}

function byRank(a: Mention, b: Mention): number {
	return compareRanks(a, b) || Number(b.expected) - Number(a.expected) || a.first - b.first;
}

function byPosition(a: Mention, b: Mention): number {
	return a.first - b.first;
}

interface Mentions {
	/** Entities the answer names, in the order it names them; an entity may recur. */
	named: readonly Mention[];
	/** Answer positions that belong to some name, including names that were ambiguous. */
	claimed: readonly boolean[];
}

/**
 * An equal match of two entities is read in favour of the expected one only when the answer
 * is literally its name, or when both entities share the alias ("Kijów", "Kijowa" for Ukraine
 * and for the Ukrainian authorities): never when a typo or an ending could be either
 * ("Kowalsky" for Kowalski or Kowalska).
 */
function expectedWinsTie(rival: Mention, candidate: Mention): boolean {
	if (!rival.expected || candidate.expected) return false;
	const shared =
		rival.keys.length === candidate.keys.length &&
		rival.keys.every((key) => candidate.keys.includes(key));
	return rival.literal || shared;
}

const scratchBuffers: Uint8Array[] = [
	new Uint8Array(256),
	new Uint8Array(256),
	new Uint8Array(256)
];

/**
 * A zeroed buffer of `length` bytes, one of three kept between calls: scoring is synchronous and
 * allocating typed arrays per answer cost more than the matching itself.
 */
function scratch(slot: 0 | 1 | 2, length: number): Uint8Array {
	let buffer = scratchBuffers[slot] as Uint8Array;
	if (buffer.length < length) {
		buffer = new Uint8Array(Math.max(length, buffer.length * 2));
		scratchBuffers[slot] = buffer;
	} else buffer.fill(0, 0, length);
	return buffer.subarray(0, length);
}

/**
 * The entities an answer names. Where names of different entities compete for the same
 * words, the better match wins; an equal match makes both ambiguous (see `expectedWinsTie`),
 * so that a typo never turns into the name of another entity.
 */
function findMentions(
	prepared: PreparedEntities,
	answer: readonly AnswerWord[],
	expected: ReadonlySet<string>
): Mentions {
	const keyCount = prepared.index.words.length;
	const levels = scratch(0, answer.length * keyCount);
	const hits: number[] = [];
	readAnswer(prepared.index, answer, levels, keyCount, hits);

	// Only phrases whose every word occurs somewhere can be named.
	const met = scratch(1, keyCount);
	for (const key of hits) met[key] = 1;
	const seen = scratch(2, prepared.phrases.length);
	const candidates: Mention[] = [];
	for (const key of hits) {
		for (const phraseIndex of prepared.phrasesOfKey[key] ?? []) {
			if (seen[phraseIndex] === 1) continue;
			seen[phraseIndex] = 1;
			const phrase = prepared.phrases[phraseIndex] as EntityPhrase;
			if (!phrase.phrase.keys.every((phraseKey) => met[phraseKey] === 1)) continue;
			candidates.push(...mentionsOf(phrase, levels, keyCount, answer.length, expected));
		}
	}
	candidates.sort(byRank);

	const owners: (Mention | undefined)[] = new Array<Mention | undefined>(answer.length);
	const accepted: Mention[] = [];
	for (const candidate of candidates) {
		let free = true;
		for (const position of candidate.positions) {
			const rival = owners[position];
			if (rival === undefined) continue;
			free = false;
			const tie = rival.entity.id !== candidate.entity.id && compareRanks(rival, candidate) === 0;
			if (tie && !expectedWinsTie(rival, candidate)) rival.ambiguous = true;
		}
		if (!free) continue;
		accepted.push(candidate);
		for (const position of candidate.positions) owners[position] = candidate;
	}
	const claimed: boolean[] = [];
	for (let position = 0; position < answer.length; position++) {
		claimed.push(owners[position] !== undefined);
	}
	return {
		named: accepted.filter((mention) => !mention.ambiguous).sort(byPosition),
		claimed
	};
}

interface EntityKey {
	entities: readonly Entity[];
	/** The module's entities, the expected one extended with the fact's own aliases. */
	prepared: PreparedEntities;
	expected: ReadonlySet<string>;
	/** Entities that the fact's questions name: echoing them in an answer is not an extra. */
	echoed: ReadonlySet<string>;
	/** Entity-set facts only: wordings of the whole answer. */
	answers: { index: KeyIndex; phrases: readonly PreparedPhrase[] } | null;
}

const entityKeys = new WeakMap<EntityFact | EntitySetFact, Partial<Record<Language, EntityKey>>>();

function prepareEntityKey(
	fact: EntityFact | EntitySetFact,
	entities: readonly Entity[],
	language: Language
): EntityKey {
	const byLanguage = entityKeys.get(fact) ?? {};
	const cached = byLanguage[language];
	if (cached && cached.entities === entities) return cached;

	let prepared = prepareEntities(entities, language);
	let answers: EntityKey['answers'] = null;
	if (fact.kind === 'entity') {
		const known = entities.some((entity) => entity.id === fact.value);
		if (fact.aliases.length > 0 || !known) {
			const aliases = fact.aliases.map((text) => ({ text, isName: false }));
			const named = entities
				.map(namesOf)
				.map((entity) =>
					entity.id === fact.value ? { ...entity, names: [...entity.names, ...aliases] } : entity
				);
			if (!known) named.push({ id: fact.value, type: null, names: aliases });
			prepared = indexEntities(named, language);
		}
	} else if (fact.aliases.length > 0) {
		const index = createIndex(language);
		answers = { index, phrases: fact.aliases.map((alias) => addPhrase(index, alias)) };
	}
	const expected = new Set(fact.kind === 'entity' ? [fact.value] : fact.value);
	const echoed = new Set(
		fact.questions.flatMap((question) =>
			findMentions(prepared, answerWords(question, language), new Set()).named.map(
				(mention) => mention.entity.id
			)
		)
	);
	const key: EntityKey = { entities, prepared, expected, echoed, answers };
	byLanguage[language] = key;
	entityKeys.set(fact, byLanguage);
	return key;
}

/**
 * The ids an answer names, once each, in order. Entities the question itself names are left
 * out when the answer names something else too ("Kim Dzong Un, do Rosji").
 */
function namedIds(mentions: Mentions, key: EntityKey): string[] {
	const ids = [...new Set(mentions.named.map((mention) => mention.entity.id))];
	const own = ids.filter((id) => key.expected.has(id) || !key.echoed.has(id));
	return own.length > 0 ? own : ids;
}

function joinedIds(ids: readonly string[]): string {
	return [...new Set(ids)].sort().join('+');
}

function typeOf(prepared: PreparedEntities, id: string): EntityType | null | undefined {
	return prepared.entities.find((entity) => entity.id === id)?.type;
}

/**
 * Whether the answer names the fact's entity by its name or an alias. Naming another entity
 * of the module is credit 0 with `other-entity`; so is naming the right one together with
 * another of the same type ("Kim Dzong Un albo Putin" hedges). Other kinds of entities may
 * accompany the right one: "Kim Dzong Un, przywódca Korei Północnej" is correct.
 */
export function scoreEntityAnswer(
	fact: EntityFact,
	entities: readonly Entity[],
	answer: string,
	language: Language
): ScoreResult {
	const refusal = refuseUnreadable(answer);
	if (refusal) return refusal;
	const key = prepareEntityKey(fact, entities, language);
	const given = answerWords(answer, language);
	const ids = namedIds(findMentions(key.prepared, given, key.expected), key);
	if (ids.length === 0) return scored(0, { code: 'not-recognised' }, foldedOrNull(given));

	const others = ids.filter((id) => id !== fact.value);
	if (others.length === ids.length) {
		return scored(0, { code: 'other-entity', given: others[0] as string }, joinedIds(ids));
	}
	const expectedType = typeOf(key.prepared, fact.value);
	const rival = others.find((id) => typeOf(key.prepared, id) === expectedType);
	if (rival !== undefined) {
		return scored(0, { code: 'other-entity', given: rival }, joinedIds(ids));
	}
	return scored(1, { code: 'exact' }, fact.value);
}

interface ListWord extends AnswerWord {
	/** -1 for the connectors that separate items ("i", "oraz", "and"). */
	item: number;
}

/** Characters that separate the items of a list; each is a non-word character anyway. */
const LIST_SEPARATORS = /[,;&/+|()[\]\n]+/;
/** Connector words between list items, in either language: learners mix them. */
const CONNECTORS: ReadonlySet<string> = new Set([
	'i',
	'oraz',
	'lub',
	'albo',
	'ani',
	'takze',
	'rowniez',
	'and',
	'or',
	'nor',
	'plus'
]);

/** The answer's words, each with the item of the typed list it belongs to. */
function listWords(answer: string, language: Language): ListWord[] {
	const list: ListWord[] = [];
	let item = 0;
	for (const part of answer.split(LIST_SEPARATORS)) {
		for (const folded of words(part)) {
			if (CONNECTORS.has(folded)) {
				item++;
				list.push({ folded, stem: folded, item: -1 });
			} else {
				list.push({ folded, stem: stem(folded, language), item });
			}
		}
		item++;
	}
	return list;
}

/**
 * Items of a list that name nothing known count as wrong extras, but only when short
 * enough to be a name: a longer item is a comment ("ale nie jestem tego pewien").
 */
const MAX_EXTRA_WORDS = 3;

function unknownItems(
	list: readonly ListWord[],
	claimed: readonly boolean[],
	language: Language
): number {
	const stopwords = stopwordsFor(language);
	const contentWords = new Map<number, number>();
	const claimedItems = new Set<number>();
	list.forEach((word, position) => {
		if (word.item < 0) return;
		if (claimed[position]) claimedItems.add(word.item);
		if (!stopwords.has(word.folded)) {
			contentWords.set(word.item, (contentWords.get(word.item) ?? 0) + 1);
		}
	});
	let unknown = 0;
	for (const [item, count] of contentWords) {
		if (!claimedItems.has(item) && count <= MAX_EXTRA_WORDS) unknown++;
	}
	return unknown;
}

/**
 * A typed list of entities. Credit = max(0, (right − wrong) / total), where wrong counts the
 * other entities named and the short items that name nothing known.
 */
export function scoreEntitySetAnswer(
	fact: EntitySetFact,
	entities: readonly Entity[],
	answer: string,
	language: Language
): ScoreResult {
	const refusal = refuseUnreadable(answer);
	if (refusal) return refusal;
	const key = prepareEntityKey(fact, entities, language);
	const list = listWords(answer, language);
	const total = key.expected.size;
	const mentions = findMentions(key.prepared, list, key.expected);
	const ids = namedIds(mentions, key);
	const right = ids.filter((id) => key.expected.has(id)).length;
	const wrongEntities = ids.length - right;

	if (wrongEntities === 0 && key.answers) {
		const present = presentKeys(key.answers.index, list);
		if (key.answers.phrases.some((phrase) => phrasePresent(present, phrase))) {
			return scored(1, { code: 'exact' }, joinedIds(fact.value));
		}
	}
	const wrong = wrongEntities + unknownItems(list, mentions.claimed, language);
	let reason: ScoreReason;
	if (right === total && wrong === 0) reason = { code: 'exact' };
	else if (right === 0) reason = { code: 'all-wrong', total };
	else reason = { code: 'partly-right', right, total, wrong };
	const normalized = ids.length > 0 ? joinedIds(ids) : foldedOrNull(list);
	return scored(Math.max(0, (right - wrong) / total), reason, normalized);
}
