import type { Entity, EntityFact, EntitySetFact, EntityType, Language } from '../content';
import { words } from '../language/normalize';
import { stem, stopwordsFor } from '../language/stem';
import {
	findMentions,
	indexEntities,
	namesOf,
	prepareEntities,
	type Mentions,
	type PreparedEntities
} from './mentions';
import {
	addPhrase,
	nameAnswerWords,
	createIndex,
	foldedOrNull,
	phrasePresent,
	presentKeys,
	type AnswerWord,
	type KeyIndex,
	type PreparedPhrase
} from './phrase-index';
import { isKnownName, isKnownPhrase, isRealName } from './known-names';
import {
	isCompass,
	isGenericWord,
	isQualifier,
	isRank,
	isSettlementKind,
	nameWords
} from './name-parts';
import { refuseUnreadable, scored, type ScoreReason, type ScoreResult } from './result';

/** Scoring of typed names: one entity (`entity` facts) or a typed list of them (`entity-set`). */

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
			findMentions(prepared, nameAnswerWords(question, language), new Set()).named.map(
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
	let given = nameAnswerWords(answer, language);
	let mentions = findMentions(key.prepared, given, key.expected);
	let ids = namedIds(mentions, key);
	if (ids.length === 0 && given.length >= 2 && given.length <= MAX_SPLIT_WORDS) {
		// "Cell smith" for Cellsmith, "Port a Ferry" for Portaferry: a one-word name typed apart.
		const joined = nameAnswerWords(given.map((word) => word.folded).join(''), language);
		const joinedMentions = findMentions(key.prepared, joined, key.expected);
		const joinedIds = namedIds(joinedMentions, key);
		if (joinedIds.length > 0) {
			given = joined;
			mentions = joinedMentions;
			ids = joinedIds;
		}
	}
	if (language === 'en' && namesTheNamesake(key, answer)) {
		return scored(0, { code: 'not-recognised' }, foldedOrNull(given));
	}
	// Every word of the answer is a word of one entity's names: it names that entity, whatever
	// shorter names those words also hold ("sąd w Kaliszu" holds the town).
	if (mentions.part !== null) {
		const [id] = sameAsExpected([mentions.part.id], key, fact.value) as [string];
		if (id === fact.value) return scored(1, { code: 'exact' }, fact.value);
		if (!key.echoed.has(id)) return scored(0, { code: 'other-entity', given: id }, id);
	}
	if (ids.length === 0) {
		const spelled = syllableAcronymOf(answer, key, language);
		if (spelled === fact.value) return scored(1, { code: 'exact' }, fact.value);
		if (spelled !== null) return scored(0, { code: 'other-entity', given: spelled }, spelled);
	}
	if (ids.length === 0) return scored(0, { code: 'not-recognised' }, foldedOrNull(given));

	ids = withoutSplitGivenName(sameAsExpected(ids, key, fact.value), mentions, key);
	const others = ids.filter((id) => id !== fact.value);
	if (others.length === ids.length) {
		return scored(0, { code: 'other-entity', given: others[0] as string }, joinedIds(ids));
	}
	const expectedType = typeOf(key.prepared, fact.value);
	const rival = others.find((id) => typeOf(key.prepared, id) === expectedType);
	if (rival !== undefined) {
		return scored(0, { code: 'other-entity', given: rival }, joinedIds(ids));
	}
	if (namesOtherSeat(key, others)) {
		return scored(0, { code: 'other-entity', given: others[0] as string }, joinedIds(ids));
	}
	if (givesStraySeat(key, given, mentions.claimed)) {
		return scored(0, { code: 'not-recognised' }, joinedIds(ids));
	}
	if (expectedType !== 'person' && namesStrayPlace(given, mentions.claimed, language)) {
		return scored(0, { code: 'not-recognised' }, joinedIds(ids));
	}
	if (namesOtherSeatByName(key, given, mentions.claimed, language)) {
		return scored(0, { code: 'not-recognised' }, joinedIds(ids));
	}
	if (namesSettlementInstead(key, given, mentions, fact.value)) {
		return scored(0, { code: 'not-recognised' }, joinedIds(ids));
	}
	// "East Midlands" is not the West Midlands, though "Midlands" names it, and "North Kent" is
	// not Kent; "the upper Tyne Valley" is still the Tyne Valley.
	const qualified = key.entities
		.filter((entity) => key.expected.has(entity.id))
		.some((entity) => nameWords(entity.name, language).some((word) => isQualifier(word, language)));
	const capitals = capitalisedWords(answer);
	const placeKey = PLACE_KINDS.has(expectedType ?? 'person') && !qualified;
	const strayQualifier = given.some(
		(word, position) =>
			!mentions.claimed[position] &&
			((isCompass(word.folded, language) &&
				!(placeKey && describesPart(given, position, mentions.claimed, capitals, language))) ||
				(qualified && isQualifier(word.folded, language)))
	);
	if (strayQualifier) {
		return scored(0, { code: 'not-recognised' }, joinedIds(ids));
	}
	if (
		PLACE_KINDS.has(expectedType ?? 'person') &&
		namesNamesake(mentions, fact.value, given, capitals, language, expectedType === 'place')
	) {
		return scored(0, { code: 'not-recognised' }, joinedIds(ids));
	}
	if (
		expectedType === 'organisation' &&
		addsRankInside(key, given, mentions, fact.value, language)
	) {
		return scored(0, { code: 'not-recognised' }, joinedIds(ids));
	}
	// "Sąd Okręgowy w Kielcach" is another court than the Sąd Rejonowy there, though "sąd w
	// Kielcach" names the one the article has.
	if (namesOtherRank(key, given, mentions.claimed, language)) {
		return scored(0, { code: 'not-recognised' }, joinedIds(ids));
	}
	if (language === 'pl' && namesAdjectivesTown(key, given)) {
		return scored(0, { code: 'not-recognised' }, joinedIds(ids));
	}
	if (language === 'pl' && namesFamily(key, given)) {
		return scored(0, { code: 'not-recognised' }, joinedIds(ids));
	}
	return scored(1, { code: 'exact' }, fact.value);
}

/** Most words a one-word name is typed in: "Port a Ferry". */
const MAX_SPLIT_WORDS = 3;

/** The folded words of an answer that it writes with a capital ("Brzozów Sandomierski"). */
function capitalisedWords(answer: string): ReadonlySet<string> {
	return new Set(
		answer
			.split(/[^\p{L}\p{N}]+/u)
			.filter((token) => /^\p{Lu}/u.test(token))
			.flatMap((token) => words(token))
	);
}

/**
 * Whether a compass word before a place only says which part of it the answer means:
 * "north-east China", "northern Wales", "północne Chiny". English writes such a word in
 * lowercase or joins two compass points; a capitalised single one may open another place's
 * name ("Northern Ireland", "North Korea"). Polish puts the part's adjective before the
 * name, and a place's own qualifier after it ("Korea Północna").
 */
function describesPart(
	given: readonly AnswerWord[],
	position: number,
	claimed: readonly boolean[],
	capitals: ReadonlySet<string>,
	language: Language
): boolean {
	const word = given[position] as AnswerWord;
	const next = given[position + 1];
	// "northern ireland", "north korea" typed in lowercase are still other places.
	if (next !== undefined && isKnownPhrase(`${word.folded} ${next.folded}`, language)) return false;
	const joined = [given[position - 1], next].some(
		(other) => other !== undefined && isCompass(other.folded, language)
	);
	if (language === 'pl') {
		return next !== undefined && (claimed[position + 1] === true || joined);
	}
	return joined || !capitals.has(word.folded);
}

/** What a river, a lake or a hill is called before or after its name, folded. */
const NATURAL_FEATURES: ReadonlySet<string> = new Set([
	'river',
	'lake',
	'loch',
	'estuary',
	'valley',
	'forest',
	'moor',
	'hill',
	'mountain',
	'island',
	'rzeka',
	'jezioro',
	'gora',
	'wyspa',
	'puszcza'
]);

/**
 * Whether the answer writes a capitalised word right before or after the expected place that
 * no name claims: "Baranów Sandomierski" and "Zalesie Górne" are other places than Baranów
 * and Zalesie, "Dunmore Castle" is no town.
 */
function namesNamesake(
	mentions: Mentions,
	expectedId: string,
	given: readonly AnswerWord[],
	capitals: ReadonlySet<string>,
	language: Language,
	naturalPlace: boolean
): boolean {
	const positions = mentions.named
		.filter((mention) => mention.entity.id === expectedId)
		.flatMap((mention) => mention.positions);
	if (positions.length === 0) return false;
	const stopwords = stopwordsFor(language);
	// "Festiwal nad Wisłą" is a festival: a preposition may stand between a name and the river.
	let before = Math.min(...positions) - 1;
	while (
		before > 0 &&
		!mentions.claimed[before] &&
		stopwords.has((given[before] as AnswerWord).folded)
	)
		before--;
	return [before, Math.max(...positions) + 1].some((position) => {
		const word = given[position];
		return (
			word !== undefined &&
			!mentions.claimed[position] &&
			capitals.has(word.folded) &&
			!stopwords.has(word.folded) &&
			!isSettlementKind(word.folded) &&
			// "River Torridge" for Torridge, where the article names the river without it; a
			// "Dunmore Castle" is still no place called Dunmore.
			!(naturalPlace && NATURAL_FEATURES.has(word.folded))
		);
	});
}

/**
 * Whether the answer puts into the expected body's name an adjective of rank its names lack:
 * "Dunmore City University" is another university than the University of Dunmore.
 */
function addsRankInside(
	key: EntityKey,
	given: readonly AnswerWord[],
	mentions: Mentions,
	expectedId: string,
	language: Language
): boolean {
	const positions = mentions.named
		.filter((mention) => mention.entity.id === expectedId)
		.flatMap((mention) => mention.positions);
	if (positions.length < 2) return false;
	const own = new Set(
		key.entities
			.filter((entity) => key.expected.has(entity.id))
			.flatMap((entity) => [entity.name, ...entity.aliases])
			.flatMap((name) => words(name))
	);
	// "Shropshire county council": a council named after its territory is that tier's.
	if (own.has('council')) return false;
	const first = Math.min(...positions);
	const last = Math.max(...positions);
	return given.some(
		(word, position) =>
			position > first &&
			position < last &&
			!mentions.claimed[position] &&
			isRank(word.folded, language) &&
			!own.has(word.folded)
	);
}

/** Words that say an answer means a village or a town, not a gmina, a firm or a person. */
const SETTLEMENT_WORDS: ReadonlySet<string> = new Set([
	'village',
	'hamlet',
	'town',
	'wies',
	'wsi',
	'miasto',
	'miasta',
	'miescie'
]);

/**
 * Whether the answer says it means a settlement where the fact expects something else named
 * after one: "Tomice (wieś)" is the village, not the gmina Tomice; "Deerhurst village" is no
 * Deerhurst Civil Engineering Ltd, "Tebay (village)" no Graham Tebay. Before a firm's or a
 * person's name the word is part of a title ("Swindon town council", "sołtys wsi Tomice").
 */
function namesSettlementInstead(
	key: EntityKey,
	given: readonly AnswerWord[],
	mentions: Mentions,
	expectedId: string
): boolean {
	const expected = key.entities.find((entity) => entity.id === expectedId);
	if (expected === undefined) return false;
	// "miasto i gmina Zarzecze" names the gmina still, as its office does.
	const gmina =
		/^gmin/u.test(words(expected.name)[0] ?? '') &&
		!given.some((word) => /^gmin/u.test(word.folded));
	if (!gmina && expected.type !== 'person' && expected.type !== 'organisation') return false;
	// "Starym Mieście" for the Stare Miasto: the word is the name's own, in another case.
	const own = [expected.name, ...expected.aliases].flatMap((name) => words(name));
	if (own.some((word) => SETTLEMENT_WORDS.has(word))) return false;
	// The town listed apart from its gmina is the gmina still (see `sameAsExpected`).
	const positions = mentions.named
		.filter((mention) => sameAsExpected([mention.entity.id], key, expectedId)[0] === expectedId)
		.flatMap((mention) => mention.positions);
	if (positions.length === 0) return false;
	const last = Math.max(...positions);
	return given.some(
		(word, position) =>
			!mentions.claimed[position] && SETTLEMENT_WORDS.has(word.folded) && (gmina || position > last)
	);
}

/**
 * Whether an English answer is "The" and one word that is not how the expected body's name
 * opens: "The Ridgeway" is the trail, not the Ridgeway Learning Trust that "Ridgeway" names.
 */
function namesTheNamesake(key: EntityKey, answer: string): boolean {
	if (!/^\s*The \p{Lu}[\p{L}'’-]*\s*$/u.test(answer)) return false;
	const expected = key.entities.find((entity) => key.expected.has(entity.id));
	if (expected === undefined || expected.type !== 'organisation') return false;
	const name = words(expected.name);
	return name.length > 1 && name[0] !== 'the';
}

/** A Polish adjective of place in any case: "Kłodzka", "Gdańskiego". */
const PLACE_ADJECTIVE = /(?:sk|ck|dzk)(?:i|a|ie|iego|iej|iemu|im|ą|ich|imi|ego|ej)$/u;

/**
 * Whether the answer gives, for a place named with a town's adjective ("Bystrzyca Kłodzka",
 * "Starogard Gdański"), that town itself ("Kłodzko", "Gdańsk"): it shares the adjective's
 * stem, yet is another town.
 */
function namesAdjectivesTown(key: EntityKey, given: readonly AnswerWord[]): boolean {
	const expected = key.entities.find((entity) => key.expected.has(entity.id));
	if (expected === undefined || !PLACE_KINDS.has(expected.type)) return false;
	// The adjective follows the town's noun; "Kłodzka" alone is Kłodzko's genitive.
	const adjectives = words(expected.name)
		.slice(1)
		.filter((word) => PLACE_ADJECTIVE.test(word));
	if (adjectives.length === 0) return false;
	const stems = new Set(adjectives.map((word) => stem(word, 'pl')));
	const own = new Set([expected.name, ...expected.aliases].flatMap((name) => words(name)));
	return given.some(
		(word) =>
			!own.has(word.folded) &&
			!PLACE_ADJECTIVE.test(word.folded) &&
			stems.has(word.stem) &&
			isKnownName(word.folded, word.stem, 'pl')
	);
}

/** Endings of a Polish surname in the plural: "Kurcowie", "Kurców", "Srokom". */
const PLURAL_ENDINGS = ['owie', 'ow', 'om', 'ami', 'ach'];

/**
 * Whether the answer gives the expected person's surname in the plural ("Kurcowie",
 * "Kurce" for Jerzy Kurc, "Srokowie" for Piotr Sroka): a family, not the person.
 */
function namesFamily(key: EntityKey, given: readonly AnswerWord[]): boolean {
	const person = key.entities.find(
		(entity) => key.expected.has(entity.id) && entity.type === 'person'
	);
	const surname = person === undefined ? undefined : words(person.name).at(-1);
	if (surname === undefined || surname.length < 3) return false;
	const base = surname.endsWith('a') ? surname.slice(0, -1) : surname;
	const plurals = new Set(PLURAL_ENDINGS.map((ending) => base + ending));
	// "Kurce": a consonant's plural; "Sroce" and "Kocie" are singular.
	if (!/[aeiouy]$/u.test(surname)) plurals.add(`${surname}e`);
	plurals.delete(surname);
	return given.some((word) => plurals.has(word.folded));
}

/** The ids with an entity of the expected one's form (see `formOf`) read as the expected one. */
function sameAsExpected(ids: readonly string[], key: EntityKey, expectedId: string): string[] {
	const formOf = (id: string) => key.prepared.entities.find((entity) => entity.id === id)?.form;
	const expected = formOf(expectedId);
	if (expected === undefined || expected === '') return [...ids];
	return [...new Set(ids.map((id) => (formOf(id) === expected ? expectedId : id)))];
}

const SYLLABLE_ACRONYM = /^(?=(?:\p{Ll}*\p{Lu}){2})\p{Lu}\p{L}{1,7}$/u;

/**
 * The entity an acronym that keeps a syllable names ("PWr" the Politechnika Wrocławska,
 * "UMed" a Uniwersytet Medyczny): each capital opens a word of its name, in order, the
 * letters after it open that word, and only the seat may follow. Null when it names no one
 * entity.
 */
function syllableAcronymOf(answer: string, key: EntityKey, language: Language): string | null {
	const token = answer.trim();
	if (!SYLLABLE_ACRONYM.test(token) || token === token.toUpperCase()) return null;
	const segments = (token.match(/\p{Lu}\p{Ll}*|\p{Ll}+/gu) ?? []).map(
		(segment) => words(segment)[0] ?? ''
	);
	const named = key.entities.filter((entity) => {
		if (entity.type === 'person') return false;
		const all = nameWords(entity.name, language);
		const rest = all[segments.length];
		return (
			all.length >= segments.length &&
			segments.every((segment, index) => (all[index] ?? '').startsWith(segment)) &&
			(rest === undefined || SEAT_PREPOSITIONS.has(rest))
		);
	});
	return named.length === 1 ? (named[0] as Entity).id : null;
}

/** Whether the entity is a person named by one word only. */
function oneWordPerson(key: EntityKey, id: string): boolean {
	const entity = key.entities.find((candidate) => candidate.id === id);
	return entity?.type === 'person' && words(entity.name).length === 1;
}

/**
 * The ids without a one-word person named right before the expected one-word person: where
 * extraction split "Isla Grant" into "Isla" and "Grant", the full name is Grant's.
 */
function withoutSplitGivenName(ids: string[], mentions: Mentions, key: EntityKey): string[] {
	const [expectedId] = key.expected;
	if (key.expected.size !== 1 || expectedId === undefined) return ids;
	if (!oneWordPerson(key, expectedId)) return ids;
	const starts = new Set(
		mentions.named.filter((mention) => mention.entity.id === expectedId).map((m) => m.first)
	);
	const given = new Set(
		mentions.named
			.filter(
				(mention) =>
					mention.entity.id !== expectedId &&
					oneWordPerson(key, mention.entity.id) &&
					mention.positions.every((position) => starts.has(position + 1))
			)
			.map((mention) => mention.entity.id)
	);
	return given.size === 0 ? ids : ids.filter((id) => !given.has(id));
}

const SEAT = /\s(?:w|we|in)\s(.+)$/u;

/**
 * Whether the answer gives an institution with a seat ("Prokuratura Okręgowa w Łomży") a
 * town of the module that is not its seat: "Prokuratura Okręgowa w Białymstoku" is another
 * institution, though its head words are the key's.
 */
function namesOtherSeat(key: EntityKey, others: readonly string[]): boolean {
	const expected = key.entities.find((entity) => key.expected.has(entity.id));
	const seat = expected === undefined ? null : SEAT.exec(expected.name);
	if (!expected || !seat || expected.type === 'person') return false;
	const seatWords = words(seat[1] as string);
	return others.some((id) => {
		const place = key.entities.find((entity) => entity.id === id);
		if (!place || !PLACE_KINDS.has(place.type)) return false;
		const names = [place.name, ...place.aliases].map((name) => words(name).join(' '));
		return !names.some((name) => seatWords.join(' ').includes(name));
	});
}

/**
 * Whether the answer gives an institution with a seat ("Sąd Rejonowy w Łęczycy") a seat its
 * names lack: "Sąd Rejonowy w Kutnie" is another court, though no entity is Kutno.
 */
function givesStraySeat(
	key: EntityKey,
	given: readonly AnswerWord[],
	claimed: readonly boolean[]
): boolean {
	const expected = key.entities.find((entity) => key.expected.has(entity.id));
	if (!expected || expected.type === 'person' || !SEAT.test(expected.name)) return false;
	return given.some(
		(word, position) =>
			SEAT_PREPOSITIONS.has(word.folded) &&
			given[position + 1] !== undefined &&
			claimed[position + 1] === false
	);
}

const SEAT_PREPOSITIONS: ReadonlySet<string> = new Set(['w', 'we', 'in']);

const PLACE_KINDS: ReadonlySet<EntityType> = new Set(['city', 'country', 'place']);

/**
 * Words that make a company's name another company's: "Greenfield Partners Group". Not
 * "group", which learners add to a name in lowercase ("the Chronicle group").
 */
const COMPANY_WORDS: ReadonlySet<string> = new Set([
	'partners',
	'capital',
	'holdings',
	'holding',
	// "Burnley FC" is a club, not the town.
	'fc',
	'afc',
	'cf'
]);

/**
 * Whether the answer names a known town or country, or a company by a word such as "Group",
 * that no name of the module claims: "Prokuratura Rejonowa w Lublinie" is another
 * institution than the one in Lubin, though "Prokuratura Rejonowa" alone is a fair short
 * form of it.
 */
function namesStrayPlace(
	given: readonly AnswerWord[],
	claimed: readonly boolean[],
	language: Language
): boolean {
	const stopwords = stopwordsFor(language);
	return given.some(
		(word, position) =>
			!claimed[position] &&
			!stopwords.has(word.folded) &&
			(COMPANY_WORDS.has(word.folded) || isKnownName(word.folded, word.stem, language))
	);
}

/**
 * Whether the answer gives an institution with a seat an adjective of rank its name lacks:
 * "Sąd Okręgowy w Kielcach" for the Sąd Rejonowy w Kielcach.
 */
function namesOtherRank(
	key: EntityKey,
	given: readonly AnswerWord[],
	claimed: readonly boolean[],
	language: Language
): boolean {
	const own = ownStems(key, language);
	return (
		own !== null &&
		given.some(
			(word, position) => !claimed[position] && isRank(word.folded, language) && !own.has(word.stem)
		)
	);
}

/**
 * Whether the answer gives an institution with a seat a real name its names lack, which can
 * only be another seat: "PKS Ostrowiec" is another company than the PKS of Jędrzejów, though
 * no gazetteer lists Ostrowiec. Words that say what kind of body it is ("Komenda", also a
 * surname) are no seat.
 */
function namesOtherSeatByName(
	key: EntityKey,
	given: readonly AnswerWord[],
	claimed: readonly boolean[],
	language: Language
): boolean {
	const own = ownStems(key, language);
	const stopwords = stopwordsFor(language);
	return (
		own !== null &&
		given.some(
			(word, position) =>
				!claimed[position] &&
				!stopwords.has(word.folded) &&
				!own.has(word.stem) &&
				!isGenericWord(word.folded, word.stem, language) &&
				isRealName(word.folded, word.stem, language)
		)
	);
}

/** The stems of the words of the expected institution's names; null when it has no seat. */
function ownStems(key: EntityKey, language: Language): ReadonlySet<string> | null {
	if (!hasSeat(key)) return null;
	return new Set(
		key.entities
			.filter((entity) => key.expected.has(entity.id))
			.flatMap((entity) => [entity.name, ...entity.aliases])
			.flatMap((name) => words(name).map((word) => stem(word, language)))
	);
}

/** Whether the expected entity is an institution with a seat ("… w Jędrzejowie"). */
function hasSeat(key: EntityKey): boolean {
	const expected = key.entities.find((entity) => key.expected.has(entity.id));
	return expected !== undefined && expected.type !== 'person' && SEAT.test(expected.name);
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
