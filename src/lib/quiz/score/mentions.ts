import type { Entity, EntityType, Language } from '../content';
import { gazetteerIndex, nameKey } from '../extract/gazetteer';
import { words } from '../language/normalize';
import { stem, stopwordsFor } from '../language/stem';
import {
	addPhrase,
	compoundOf,
	createIndex,
	NO_MATCH,
	readAnswer,
	STEM,
	SURFACE,
	TYPO,
	type AnswerWord,
	type KeyIndex,
	type PreparedPhrase
} from './phrase-index';
import { dictionaryForms, isKnownName } from './known-names';
import { acronymLetters, isCommonShort, quotedPart, shortNamesOf } from './short-names';
import { isGivenName } from './given-names';
import {
	distinctiveWord,
	isGenericWord,
	isPlaceKind,
	isSettlementKind,
	nameParts,
	namedAfterTown,
	townOpening
} from './name-parts';
import { abbreviatedNames, institutionNames, institutionWithin, staffNames } from './institutions';
import { welshNames } from './welsh-names';
import { bodyHeadNames, sameBody, seatShortNames, townApartFromGmina } from './seat-names';

/**
 * Which entities an answer names: the names and aliases of a list of entities indexed as
 * phrases, and the competition between names that claim the same answer words.
 */

export interface PreparedEntity {
	id: string;
	/** Null for an entity a fact names but the module does not list. */
	type: EntityType | null;
	/** The key word that alone names it (see `distinctiveWord`), or -1. */
	distinctive: number;
	/** Whether a known town in its name names it alone (`namedAfterTown`). */
	eponymous: boolean;
	/** The key words of its name, and whether a reader may leave each out (`nameParts`). */
	parts: readonly { key: number; droppable: boolean }[];
	/**
	 * Its type and its name's stems, empty for a person: two entities of one form are one,
	 * listed twice.
	 */
	form: string;
}

interface EntityPhrase {
	entity: PreparedEntity;
	phrase: PreparedPhrase;
	/** The entity's own name wins a tie against another entity's alias (Moskwa the city). */
	isName: boolean;
	/** A person's surname alone, derived from the name (see `shortNamesOf`). */
	surname: boolean;
	/** An alias that is the person's surname alone, as extraction lists it. */
	aliasSurname?: boolean;
	/** A body's kind ("the council"): it names the body only with no other word beside it. */
	alone?: boolean;
	/** A surname a place of the module shares: it names the person only after a title. */
	titled?: boolean;
}

/** A key word that is a name written as an acronym, and its letters. */
interface Acronym {
	key: number;
	letters: string;
}

/** The names and aliases of a list of entities, indexed for matching. */
export interface PreparedEntities {
	index: KeyIndex;
	entities: readonly PreparedEntity[];
	phrases: readonly EntityPhrase[];
	/** Key word → the phrases that contain it. */
	phrasesOfKey: readonly (readonly number[])[];
	/** Names written as acronyms: an answer may spell them out ("National Union of Journalists"). */
	acronyms: readonly Acronym[];
}

export interface NamedEntity {
	id: string;
	type: EntityType | null;
	names: readonly { text: string; isName: boolean }[];
}

/**
 * An entity's type and the stems of its name's words ("Zielonymborze" and "Zielonymborem" are
 * one town in two cases), for a module whose extraction listed one thing twice.
 */
function formOf(name: string, type: EntityType | null, language: Language): string {
	const stems = words(name).map(
		(word) => (language === 'pl' ? compoundOf(word) : null) ?? stem(word, language)
	);
	return `${type ?? ''}:${stems.join(' ')}`;
}

const HYPHENATED = /(?<=\p{L})-(?=\p{L})/gu;
const HAS_HYPHEN = /\p{L}-\p{L}/u;

export function indexEntities(named: readonly NamedEntity[], language: Language): PreparedEntities {
	const index = createIndex(language, 'names');
	const entities: PreparedEntity[] = [];
	const phrases: EntityPhrase[] = [];
	const acronyms: Acronym[] = [];
	const places = placeNamesOf(named);
	const placeWords = new Set(places.flat());
	for (const { id, type, names } of named) {
		const name = names.find((candidate) => candidate.isName)?.text;
		const only = name === undefined ? null : distinctiveWord(name, type, language);
		const distinctive = only === null ? -1 : (addPhrase(index, only).keys[0] ?? -1);
		const town =
			name !== undefined && (type === 'organisation' || type === 'group')
				? leadingPlace(name, places)
				: new Set<string>();
		const parts = (name === undefined ? [] : nameParts(name, type, language)).flatMap(
			({ word, droppable }) =>
				addPhrase(index, word).keys.map((key) => ({
					key,
					droppable: droppable || town.has(word)
				}))
		);
		const eponymous = name !== undefined && namedAfterTown(name, language);
		// Not persons: "Kowalski" and "Kowalska" share their stems, yet are two people.
		const form = name === undefined || type === 'person' ? '' : formOf(name, type, language);
		const entity = { id, type, distinctive, eponymous, parts, form };
		entities.push(entity);
		const surname = type === 'person' ? surnameOf(names) : null;
		// "Chem-Trans" typed "chemtrans".
		const joined = names
			.filter(({ text }) => HAS_HYPHEN.test(text))
			.map(({ text }) => ({ text: text.replace(HYPHENATED, ''), isName: false }));
		const seated =
			name !== undefined && (type === 'organisation' || type === 'group')
				? townCases(name, named)
				: [];
		const all = [...names, ...joined, ...knownNames(names, type, language), ...seated];
		for (const { text, isName } of all) {
			const phrase = addPhrase(index, text);
			// A town's name typed as another real name is likely another town ("Howden").
			if (type !== 'city' && type !== 'place') for (const key of phrase.keys) index.byEar.add(key);
			const aliasSurname = !isName && surname !== null && words(text).join(' ') === surname;
			// "Sutherland" alone is the place where the article has it; "Cllr Sutherland" the person.
			const titled = aliasSurname && placeWords.has(surname);
			phrases.push({ entity, phrase, isName, surname: false, aliasSurname, titled });
			const letters = acronymLetters(text);
			const key = phrase.keys[0];
			if (letters !== null && key !== undefined && phrase.keys.length === 1) {
				acronyms.push({ key, letters });
			}
		}
	}
	for (const { entity, text, surname, alone } of shortNames(named, index, entities, language)) {
		const phrase = addPhrase(index, text);
		if (entity.type !== 'city' && entity.type !== 'place') {
			for (const key of phrase.keys) index.byEar.add(key);
		}
		const known = phrases.some(
			(other) =>
				other.entity === entity &&
				other.phrase.keys.length === phrase.keys.length &&
				other.phrase.keys.every((key) => phrase.keys.includes(key))
		);
		if (!known) phrases.push({ entity, phrase, isName: false, surname, alone });
	}
	linkSameBodies(named, entities, language);
	const phrasesOfKey: number[][] = index.words.map(() => []);
	phrases.forEach(({ phrase }, phraseIndex) => {
		for (const key of phrase.keys) phrasesOfKey[key]?.push(phraseIndex);
	});
	return { index, entities, phrases, phrasesOfKey, acronyms };
}

/**
 * A body's name that ends in a town of the module, with the town in its other cases: "Urząd
 * Miasta Łańcuta" is also "Urząd Miasta [w] Łańcucie", as readers say where it sits.
 */
function townCases(
	name: string,
	named: readonly NamedEntity[]
): { text: string; isName: boolean }[] {
	const folded = words(name);
	for (const place of named) {
		if (place.type !== 'city' && place.type !== 'place') continue;
		const forms = place.names.map(({ text }) => words(text)).filter((form) => form.length > 0);
		const ending = forms.find(
			(form) =>
				form.length < folded.length &&
				form.every((word, index) => folded[folded.length - form.length + index] === word)
		);
		if (ending === undefined) continue;
		const head = folded.slice(0, folded.length - ending.length);
		return forms
			.filter((form) => form.join(' ') !== ending.join(' '))
			.map((form) => ({ text: [...head, ...form].join(' '), isName: false }));
	}
	return [];
}

/** The folded names of the module's towns and places, in every case it lists. */
function placeNamesOf(named: readonly NamedEntity[]): readonly (readonly string[])[] {
	return named
		.filter(({ type }) => type === 'city' || type === 'place')
		.flatMap(({ names }) => names.map(({ text }) => words(text)))
		.filter((folded) => folded.length > 0);
}

/**
 * The words of the module's place that opens a body's name, or none: "Chamber of Trade" is
 * what a reader of the article calls the Ludlow Chamber of Trade, the town going without
 * saying. The body is still named by its other words only when they are two or more (see
 * `partOfName`).
 */
function leadingPlace(name: string, places: readonly (readonly string[])[]): ReadonlySet<string> {
	const folded = words(name);
	const longest = places
		.filter(
			(place) =>
				place.length < folded.length && place.every((word, index) => folded[index] === word)
		)
		.reduce<readonly string[]>((best, place) => (place.length > best.length ? place : best), []);
	return new Set(longest);
}

/**
 * Gives an entity listed under its acronym and seat, a gmina listed beside its seat or its
 * office, or a known service listed beside the one body of it the article names ("PSP" and
 * the Komenda Powiatowa PSP), the form of the other, so that naming either is naming the one
 * the fact expects. A gmina is not its town where the article names the town as a body.
 */
function linkSameBodies(
	named: readonly NamedEntity[],
	entities: PreparedEntity[],
	language: Language
): void {
	const nameOf = (entity: NamedEntity) => entity.names.find((name) => name.isName)?.text;
	const allNames = named.flatMap((entity) => entity.names.map((name) => name.text));
	// The gmina and the town named alike; its office ("Urząd Gminy Łańcut") is still the gmina.
	const apart = (a: string, b: string) =>
		![a, b].some((name) => words(name)[0] === 'urzad') &&
		(townApartFromGmina(a, allNames, language) || townApartFromGmina(b, allNames, language));
	named.forEach((short, position) => {
		const shortName = nameOf(short);
		const entity = entities[position] as PreparedEntity;
		if (shortName === undefined || short.type === 'person' || entity.form === '') return;
		// "PSP" for the one Komenda … Państwowej Straży Pożarnej of the article.
		const holders = named.filter(
			(body, index) =>
				index !== position &&
				body.type === 'organisation' &&
				institutionWithin(shortName, nameOf(body) ?? '', language)
		);
		const holder = holders.length === 1 ? named.indexOf(holders[0] as NamedEntity) : -1;
		const other =
			holder >= 0
				? holder
				: named.findIndex(
						(full, index) =>
							index !== position &&
							full.type !== 'person' &&
							full.type !== null &&
							sameBody(shortName, nameOf(full) ?? '', language) &&
							!apart(shortName, nameOf(full) ?? '')
					);
		const target = entities[other];
		if (target === undefined || target.form === '') return;
		const [first, second] = position < other ? [entity, target] : [target, entity];
		second.form = first.form;
	});
}

/** The folded last word of a person's name of several words, or null. */
function surnameOf(names: NamedEntity['names']): string | null {
	const name = names.find((candidate) => candidate.isName)?.text;
	const folded = name === undefined ? [] : words(name);
	return folded.length >= 2 ? (folded[folded.length - 1] as string) : null;
}

/**
 * The other names the gazetteer knows for a place or organisation the module names ("Türkiye"
 * and "Turcja" for Turkey, "Britain" and "UK" for the United Kingdom). Acronyms that fold to a
 * common word ("US", "WHO") are left out.
 */
function knownNames(
	names: NamedEntity['names'],
	type: EntityType | null,
	language: Language
): { text: string; isName: boolean }[] {
	const name = names.find((candidate) => candidate.isName)?.text;
	if (name === undefined || type === null) return [];
	if (type === 'person') {
		// "Zawadzkiego", "Kalety": the cases of a surname, though some are other real names.
		const surname = name.split(/\s+/u);
		if (surname.length < 2) return [];
		const last = surname[surname.length - 1] as string;
		// "Sir Keir", "Dame Fiona": a British title before the given name names the person.
		if (language === 'en') {
			const first = surname[0] as string;
			return ['Sir', 'Dame']
				.map((title) => `${title} ${first}`)
				.map((text) => ({ text, isName: false }));
		}
		// The dictionary declines "Kurowski" as an adjective, "Kurowska" and plurals included:
		// another person, or several.
		const sameGender = /(?:sk|ck|dzk)a$/u.test(last)
			? /(?:sk|ck|dzk)(?:a|iej|ą)$/u
			: /(?:sk|ck|dzk)i$/u.test(last)
				? /(?:sk|ck|dzk)(?:i|iego|iemu|im)$/u
				: null;
		return dictionaryForms(last, language)
			.filter((text) => sameGender === null || sameGender.test(text))
			.filter((text) => !names.some((known) => known.text === text))
			.map((text) => ({ text, isName: false }));
	}
	const found = gazetteerIndex(language).get(nameKey(name, language));
	// The gazetteer's entry by the stem of the name, when it is that name: "Bytów" shares
	// Bytom's stem, and Bytom is another town.
	const written = words(name).join(' ');
	const entry =
		found &&
		[found.entry.name.pl, found.entry.name.en, ...found.entry.aliases].some(
			(known) => words(known).join(' ') === written
		)
			? found.entry
			: undefined;
	const stopwords = stopwordsFor(language);
	// The cases of the base form only: "Niemiec", a case of Niemcy, is a noun whose own
	// plural "Niemce" names a village.
	const cases = [name, ...(entry ? [entry.name.pl] : [])].flatMap((text) =>
		dictionaryForms(text, language)
	);
	const gazetteer = entry ? [entry.name.pl, entry.name.en, ...entry.aliases] : [];
	const institution =
		type === 'organisation' || type === 'group'
			? [
					...institutionNames(
						names.map((known) => known.text),
						language
					),
					...abbreviatedNames(name, language),
					...staffNames(name, language)
				]
			: [];
	const welsh = language === 'en' ? welshNames(name, type) : [];
	return [...new Set([...gazetteer, ...cases, ...institution, ...welsh])]
		.filter((text) => {
			const folded = words(text);
			return !(
				folded.length === 1 &&
				(stopwords.has(folded[0] as string) || isCommonShort(folded[0] as string))
			);
		})
		.filter((text) => !names.some((known) => known.text === text))
		.map((text) => ({ text, isName: false }));
}

/**
 * The short forms of each entity's name that no other entity could claim: not a word of
 * another entity's names (compared as the index compares words, by surface and by stem),
 * and not the short form of another entity too.
 */
function shortNames(
	named: readonly NamedEntity[],
	index: KeyIndex,
	entities: readonly PreparedEntity[],
	language: Language
): { entity: PreparedEntity; text: string; surname: boolean; alone: boolean; opening?: boolean }[] {
	const ownersOf = new Map<string, Set<string>>();
	// A kind alone ("powiat") names its body only as the whole answer: a word of another name
	// that shares its stem ("Szpital Powiatowy") does not make it that name's.
	const surfaceOwnersOf = new Map<string, Set<string>>();
	const claim = (word: string, id: string, owners = ownersOf) => {
		const ids = owners.get(word) ?? new Set<string>();
		ids.add(id);
		owners.set(word, ids);
	};
	const candidates = named.flatMap(({ type, names }, position) => {
		const name = names.find((candidate) => candidate.isName)?.text;
		const entity = entities[position] as PreparedEntity;
		if (name === undefined) return [];
		const shorts: { text: string; surname: boolean; alone: boolean; opening?: boolean }[] = [
			...shortNamesOf(name, type, language).map((short) => ({ ...short, alone: false })),
			...seatShortNames(name, type, language).map((text) => ({
				text,
				surname: false,
				alone: false
			})),
			...townOpening(name, type, language).map((text) => ({
				text,
				surname: false,
				alone: false,
				opening: true
			})),
			...bodyHeadNames(name, type, language).map((text) => ({ text, surname: false, alone: true }))
		];
		if (type !== null && type !== 'person' && quotedPart(name) === undefined) {
			const length = words(name).length;
			const brands = new Set(
				names
					.map(({ text }) => quotedPart(text))
					.filter((part): part is string => part !== undefined && words(part).length < length)
			);
			for (const text of brands) shorts.push({ text, surname: false, alone: false });
		}
		return shorts.map((short) => ({ entity, ...short }));
	});
	named.forEach(({ id, names }) => {
		for (const { text } of names) {
			for (const key of addPhraseWords(index, text)) {
				claim(key.folded, id);
				claim(key.stem, id);
				claim(key.folded, id, surfaceOwnersOf);
			}
		}
	});
	const derivedBy = new Map<string, Set<string>>();
	for (const { entity, text } of candidates) {
		const by = derivedBy.get(text) ?? new Set<string>();
		by.add(entity.id);
		derivedBy.set(text, by);
	}
	// "Llandrindod Wells Town Hall" is named after the town, and the "Kirkby Fields Action
	// Group" after a part of Kirkby: "Llandrindod", "Kirkby" still name the towns. Another
	// place opening with that word makes it no town's short form.
	const namedAfter = (id: string, town: PreparedEntity, opening: string): boolean => {
		const own = words(nameOf(named, town.id));
		const other = words(nameOf(named, id));
		if (other.length > own.length && own.every((word, index) => other[index] === word)) {
			return true;
		}
		const type = named.find((entity) => entity.id === id)?.type;
		return (type === 'organisation' || type === 'group') && other[0] === opening;
	};
	return candidates.filter(({ entity, text, alone, opening = false }) => {
		// "the Palace", "firma Hanza": the word after the article or the kind is what is owned.
		const owners = alone ? surfaceOwnersOf : ownersOf;
		const owned = owners.get(text) ?? owners.get(text.replace(/^(?:the|firma) /u, ''));
		const others = [...(owned ?? [])].filter(
			(id) =>
				id !== entity.id &&
				!(opening && namedAfter(id, entity, text)) &&
				!bodyNamedAfterGmina(named, id, entity.id, text)
		);
		return others.length === 0 && derivedBy.get(text)?.size === 1;
	});
}

/**
 * Whether the entity `id` is a firm or body named after the gmina `gminaId` whose name alone
 * is `text`: "Młyn Brzezinka" does not make "Brzezinka" the mill's rather than the gmina's.
 */
function bodyNamedAfterGmina(
	named: readonly NamedEntity[],
	id: string,
	gminaId: string,
	text: string
): boolean {
	const gmina = words(nameOf(named, gminaId));
	if (!/^gmin/u.test(gmina[0] ?? '') || gmina.slice(1).join(' ') !== text) return false;
	const type = named.find((entity) => entity.id === id)?.type;
	if (type !== 'organisation' && type !== 'group') return false;
	return ` ${words(nameOf(named, id)).join(' ')} `.includes(` ${text} `);
}

/** The name (not an alias) of the entity with this id, or "". */
function nameOf(named: readonly NamedEntity[], id: string): string {
	return named.find((entity) => entity.id === id)?.names.find((name) => name.isName)?.text ?? '';
}

/** The key words a name adds to the index (it adds them once; later calls find them). */
function addPhraseWords(index: KeyIndex, text: string) {
	return addPhrase(index, text).keys.map((key) => index.words[key] as KeyIndex['words'][number]);
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
	/** A person's derived surname alone. */
	surname: boolean;
	aliasSurname: boolean;
	alone: boolean;
	titled: boolean;
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
	{
		entity,
		phrase,
		isName,
		surname,
		aliasSurname = false,
		alone = false,
		titled = false
	}: EntityPhrase,
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
			ambiguous: false,
			surname,
			aliasSurname,
			alone,
			titled
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
	/**
	 * The one entity whose names hold every word of the answer, when those words are enough
	 * to name it (see `partOfName`), or null.
	 */
	part: PreparedEntity | null;
}

/**
 * An equal match of two entities is read in favour of the expected one only when the answer
 * is literally its name, or when both entities share the alias ("Kijów", "Kijowa" for Ukraine
 * and for the Ukrainian authorities): never when a typo or an ending could be either
 * ("Kowalsky" for Kowalski or Kowalska).
 */
function expectedWinsTie(rival: Mention, candidate: Mention): boolean {
	if (!rival.expected || candidate.expected) return false;
	if (rival.entity.form !== '' && rival.entity.form === candidate.entity.form) return true;
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
	if (prepared.acronyms.length > 0) readSpelledAcronyms(prepared, answer, levels, hits);

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
		// An alias that is the expected person's surname earns credit only as a derived surname
		// does ("Mehra" is not the alias "Mehta" mistyped); another person's still blocks.
		const standsAlone = candidate.surname || (candidate.aliasSurname && candidate.expected);
		if (standsAlone && !surnameStands(prepared, candidate, answer)) continue;
		if (candidate.alone && !namesAlone(prepared, candidate, answer)) continue;
		if (candidate.titled && !TITLES.has(answer[candidate.first - 1]?.folded ?? '')) continue;
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
		claimed,
		part: partOfName(prepared, answer, levels, [...new Set(hits)])
	};
}

/**
 * Whether every word of the entity's name the answer leaves out is one a reader may drop:
 * "Istanbul University" leaves out the "Technical" of another university.
 */
function keepsWhatMatters(
	entity: PreparedEntity,
	length: number,
	keyCount: number,
	levels: Uint8Array
): PreparedEntity | null {
	for (const { key, droppable } of entity.parts) {
		if (droppable) continue;
		let met = false;
		for (let position = 0; position < length && !met; position++) {
			met = (levels[position * keyCount + key] as number) > NO_MATCH;
		}
		if (!met) return null;
	}
	return entity;
}

/**
 * The entity an answer names by part of its name ("Ministerstwo Rolnictwa", "straż pożarna",
 * "the Royal Berkshire trust", "Kamionka"): the only entity of the module whose names hold
 * every content word of the answer, in any order and case. Two words or more name it; one
 * word only when it is the word that alone names it (`distinctiveWord`). Never a person
 * (a given name alone names nobody) unless its name is an institution's, and a person whose
 * name holds the words too makes the answer ambiguous.
 */
function partOfName(
	prepared: PreparedEntities,
	answer: readonly AnswerWord[],
	levels: Uint8Array,
	metKeys: readonly number[]
): PreparedEntity | null {
	if (metKeys.length === 0) return null;
	const keyCount = prepared.index.words.length;
	const stopwords = stopwordsFor(prepared.index.language);
	const covered = new Map<PreparedEntity, number>();
	const content = new Set<string>();
	let single = -1;
	let positions = 0;
	for (let position = 0; position < answer.length; position++) {
		const word = answer[position] as AnswerWord;
		if (stopwords.has(word.folded)) continue;
		const first = content.size === 0;
		content.add(word.folded);
		if (first) single = position;
		const here = new Set<PreparedEntity>();
		for (const key of metKeys) {
			if ((levels[position * keyCount + key] as number) === NO_MATCH) continue;
			for (const phraseIndex of prepared.phrasesOfKey[key] ?? []) {
				here.add((prepared.phrases[phraseIndex] as EntityPhrase).entity);
			}
		}
		if (here.size === 0) return null;
		for (const entity of here) {
			if ((covered.get(entity) ?? 0) === positions) covered.set(entity, positions + 1);
		}
		positions++;
	}
	if (positions === 0) return null;
	let whole = [...covered].filter(([, count]) => count === positions).map(([entity]) => entity);
	// "stowarzyszenie kupców" names the body, not its chairman whose role quotes its name: a
	// word of what kind of body it is names no person.
	const language = prepared.index.language;
	if (whole.length > 1 && answer.some((word) => isGenericWord(word.folded, word.stem, language))) {
		whole = whole.filter((entity) => entity.type !== 'person');
	}
	if (whole.length > 1) whole = placeOverNamesakes(whole);
	if (whole.length !== 1) return null;
	const entity = whole[0] as PreparedEntity;
	if (entity.type === null || (entity.type === 'person' && entity.parts.length === 0)) return null;
	if (content.size >= 2) {
		if (entity.type === 'organisation' && endsWithPlace(entity, prepared, answer)) return null;
		if (entity.type === 'organisation' && namesSettlement(prepared, answer, levels, metKeys)) {
			return null;
		}
		return keepsWhatMatters(entity, answer.length, keyCount, levels);
	}
	// "Macedonia" is another country than Macedonia Północna.
	if (entity.distinctive < 0 || entity.type === 'country') return null;
	if ((levels[single * keyCount + entity.distinctive] as number) === NO_MATCH) return null;
	const word = answer[single] as AnswerWord;
	// "Korea" is no short form of Korea Północna, nor "Kraków" of the Rada Miasta Krakowa.
	const town = isKnownName(word.folded, word.stem, prepared.index.language);
	return town && !(entity.eponymous && entity.type === 'organisation') ? null : entity;
}

/**
 * The one place among entities whose names all hold the answer's words, when the others are
 * bodies or funds named after it: "Druim Breac" is the wind farm, not the Druim Breac
 * Community Fund, which a reader calls by its kind too ("Druim Breac fund").
 */
function placeOverNamesakes(whole: readonly PreparedEntity[]): PreparedEntity[] {
	const places = whole.filter(({ type }) => type === 'place' || type === 'city');
	const bodies = whole.filter(({ type }) => NAMED_AFTER_PLACES.has(type ?? 'person'));
	return places.length === 1 && places.length + bodies.length === whole.length
		? places
		: [...whole];
}

/** Kinds of entities a place may lend its name to. */
const NAMED_AFTER_PLACES: ReadonlySet<EntityType> = new Set(['organisation', 'group']);

/**
 * Whether the answer is a settlement's kind and a place of the module ("miasto Łańcut"): the
 * town, not the Urząd Miasta Łańcuta whose name holds both words.
 */
function namesSettlement(
	prepared: PreparedEntities,
	answer: readonly AnswerWord[],
	levels: Uint8Array,
	metKeys: readonly number[]
): boolean {
	const keyCount = prepared.index.words.length;
	const stopwords = stopwordsFor(prepared.index.language);
	let kinds = 0;
	let places = 0;
	for (let position = 0; position < answer.length; position++) {
		const word = answer[position] as AnswerWord;
		if (stopwords.has(word.folded)) continue;
		if (isSettlementKind(word.folded)) {
			kinds++;
			continue;
		}
		const place = metKeys.some(
			(key) =>
				(levels[position * keyCount + key] as number) > NO_MATCH &&
				(prepared.phrasesOfKey[key] ?? []).some((phraseIndex) => {
					const type = (prepared.phrases[phraseIndex] as EntityPhrase).entity.type;
					return type === 'city' || type === 'place';
				})
		);
		if (!place) return false;
		places++;
	}
	return kinds > 0 && places > 0;
}

/**
 * Whether the answer ends in a word that makes it a place's name ("Celtic Sea") where the
 * organisation's name goes on after that word ("Celtic Sea Power"): the place it is named
 * after, not the organisation.
 */
function endsWithPlace(
	entity: PreparedEntity,
	prepared: PreparedEntities,
	answer: readonly AnswerWord[]
): boolean {
	const language = prepared.index.language;
	const last = answer.at(-1);
	const lastPart = entity.parts.at(-1);
	if (last === undefined || lastPart === undefined) return false;
	if (!isPlaceKind(last.folded, last.stem, language)) return false;
	const lastWord = prepared.index.words[lastPart.key];
	return lastWord !== undefined && lastWord.stem !== last.stem && lastWord.folded !== last.folded;
}

/**
 * A surname alone after a given name that is not the entity's: "Jan Cebula" is someone other
 * than Marek Cebula (the entity's own given name would have matched its whole name first).
 */
function namesAnotherPerson(
	answer: readonly AnswerWord[],
	first: number,
	language: Language
): boolean {
	const before = answer[first - 1];
	return before !== undefined && isGivenName(before.folded, before.stem, language);
}

/**
 * Marks an acronym's key word as met (at the lowest level, so that any name matched word by
 * word wins) where the answer spells the acronym out: consecutive words, none of which already
 * names something, whose initials are its letters ("Zjednoczonych Emiratów Arabskich" for
 * ZEA), counting short function words or skipping them ("National Union of Journalists" for
 * NUJ, "Prawa i Sprawiedliwości" for PiS).
 */
function readSpelledAcronyms(
	prepared: PreparedEntities,
	answer: readonly AnswerWord[],
	levels: Uint8Array,
	hits: number[]
): void {
	const keyCount = prepared.index.words.length;
	const language = prepared.index.language;
	const stopwords = stopwordsFor(language);
	for (const { key, letters } of prepared.acronyms) {
		for (let start = 0; start < answer.length; start++) {
			const word = answer[start] as AnswerWord;
			if (word.folded.charCodeAt(0) !== letters.charCodeAt(0) || stopwords.has(word.folded)) {
				continue;
			}
			if (
				spells(answer, start, letters, stopwords, levels, keyCount, false, language) ||
				spells(answer, start, letters, stopwords, levels, keyCount, true, language)
			) {
				const cell = start * keyCount + key;
				if (TYPO > (levels[cell] as number)) levels[cell] = TYPO;
				hits.push(key);
			}
		}
	}
}

/** Whether no key word matched the answer word at `position`. */
function unnamed(levels: Uint8Array, keyCount: number, position: number): boolean {
	for (let cell = position * keyCount, end = cell + keyCount; cell < end; cell++) {
		if ((levels[cell] as number) > NO_MATCH) return false;
	}
	return true;
}

/** Shortest word that counts as a word of a spelled-out name rather than a stray letter. */
const MIN_SPELLED_WORD = 3;

function spells(
	answer: readonly AnswerWord[],
	start: number,
	letters: string,
	stopwords: ReadonlySet<string>,
	levels: Uint8Array,
	keyCount: number,
	skipStopwords: boolean,
	language: Language
): boolean {
	let letter = 0;
	let places = 0;
	for (let position = start; position < answer.length && letter < letters.length; position++) {
		const word = answer[position] as AnswerWord;
		const stopword = stopwords.has(word.folded);
		if (stopword && skipStopwords) continue;
		if (word.folded.charCodeAt(0) !== letters.charCodeAt(letter)) return false;
		if (
			!stopword &&
			(word.folded.length < MIN_SPELLED_WORD || !unnamed(levels, keyCount, position))
		) {
			return false;
		}
		if (!stopword && isKnownName(word.folded, word.stem, language)) places++;
		letter++;
	}
	// Two names of their own ("Polska i Szwecja") are a list, not PiS spelled out; one may
	// open a name ("Polska Agencja Prasowa").
	return letter === letters.length && places < 2;
}

/** Whether every word of the answer but stopwords belongs to the mention. */
function namesAlone(
	prepared: PreparedEntities,
	candidate: Mention,
	answer: readonly AnswerWord[]
): boolean {
	const stopwords = stopwordsFor(prepared.index.language);
	return answer.every(
		(word, position) => stopwords.has(word.folded) || candidate.positions.includes(position)
	);
}

/** Titles before a surname that make it a person's, not a place's: "Cllr Sutherland". */
const TITLES: ReadonlySet<string> = new Set([
	...['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'cllr', 'councillor'],
	...['sir', 'dame', 'lord', 'lady', 'pan', 'pani', 'radny', 'radna']
]);

/** A surname this short is read alone only as written (in any case): "Mehra" is not Mehta. */
const MIN_FORGIVING_SURNAME = 6;

/**
 * Whether a surname alone names the person: no given name that is not theirs before it ("Jan
 * Cebula"), and no typo in a short surname, where one letter makes another name.
 */
function surnameStands(
	prepared: PreparedEntities,
	candidate: Mention,
	answer: readonly AnswerWord[]
): boolean {
	if (namesAnotherPerson(answer, candidate.first, prepared.index.language)) return false;
	const exact = candidate.rank[1] === candidate.keys.length;
	const key = prepared.index.words[candidate.keys[0] ?? -1];
	return exact || (key !== undefined && key.folded.length >= MIN_FORGIVING_SURNAME);
}
