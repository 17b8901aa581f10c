import type { Entity, EntityType, Language } from '../content';
import {
	addPhrase,
	createIndex,
	NO_MATCH,
	readAnswer,
	STEM,
	SURFACE,
	type AnswerWord,
	type KeyIndex,
	type PreparedPhrase
} from './phrase-index';

/**
 * Which entities an answer names: the names and aliases of a list of entities indexed as
 * phrases, and the competition between names that claim the same answer words.
 */

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

export interface NamedEntity {
	id: string;
	type: EntityType | null;
	names: readonly { text: string; isName: boolean }[];
}

export function indexEntities(named: readonly NamedEntity[], language: Language): PreparedEntities {
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

export function namesOf(entity: Entity): NamedEntity {
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

export interface Mentions {
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
export function findMentions(
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
