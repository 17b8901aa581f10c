import type { EntityType, Language } from '../content';
import { words } from '../language/normalize';
import { stem, stopwordsFor } from '../language/stem';
import { isKnownName, isRealName, opensKnownName } from './known-names';
import { isGivenName } from './given-names';

/**
 * The parts of a name a reader may keep or drop. An institution's name is mostly generic
 * words (what kind of body it is: "Komenda", "Department", "Power", "Trust") around the words
 * that tell it apart ("Caledon", "Rolnictwa"); a place's name may carry a qualifier ("Górny",
 * "West") that readers drop, but that, changed, names another place. The lists are general
 * knowledge of how Polish and British institutions, companies and places are named, not
 * taken from any article.
 */

/** Words that say a name is a place's ("Sea", "Bridge", "rzeka"): generic words too. */
const PLACE_KIND_WORDS: Record<Language, readonly string[]> = {
	pl: [
		'ulica',
		'aleja',
		'plac',
		'osiedle',
		'rondo',
		'most',
		'rzeka',
		'jezioro',
		'morze',
		'gora',
		'gory',
		'wyspa',
		'zatoka',
		'park',
		'port',
		'dworzec',
		'lotnisko'
	],
	en: [
		'street',
		'road',
		'avenue',
		'square',
		'bridge',
		'river',
		'lake',
		'sea',
		'ocean',
		'bay',
		'island',
		'estuary',
		'strait',
		'valley',
		'forest',
		'moor',
		'hill',
		'mountain',
		// "Tintern" of Tintern Abbey: buildings named after their village.
		'abbey',
		'castle',
		'cathedral',
		'priory',
		'lane',
		// "Hall Leys" of Hall Leys Park, "Druim Breac" of Druim Breac Wind Farm.
		'park',
		'farm'
	]
};

/** Words that say what kind of body or place a name is: never a name on their own. */
const GENERIC: Record<Language, readonly string[]> = {
	pl: [
		'agencja',
		'akademia',
		'bank',
		'biuro',
		'centrum',
		'departament',
		'dyrekcja',
		'fabryka',
		'firma',
		'fundacja',
		'fundusz',
		'gmina',
		'grupa',
		'inspekcja',
		'inspektorat',
		'instytut',
		'izba',
		'kancelaria',
		'klinika',
		'klub',
		'komenda',
		'komisariat',
		'komisja',
		'komitet',
		'ministerstwo',
		'miasto',
		'muzeum',
		'oddzial',
		'organizacja',
		'osrodek',
		'partia',
		'policja',
		'politechnika',
		'powiat',
		'prokuratura',
		'przedsiebiorstwo',
		'przychodnia',
		'rada',
		'sad',
		'spolka',
		'spoldzielnia',
		'stowarzyszenie',
		'straz',
		'szkola',
		'szpital',
		'teatr',
		'towarzystwo',
		'trybunal',
		'urzad',
		'uniwersytet',
		'wojewodztwo',
		'wydzial',
		'zaklad',
		'zaklady',
		// What a firm does, after or before its name: "Karpaty Budownictwo", "Winnica …".
		'budownictwo',
		'winnica',
		'zarzad',
		'zwiazek',
		...PLACE_KIND_WORDS.pl,
		'general',
		'swiety',
		'ksiadz',
		'profesor'
	],
	en: [
		'agency',
		'association',
		'authority',
		'bank',
		'board',
		'capital',
		'centre',
		'center',
		'club',
		'college',
		'commission',
		'committee',
		'company',
		'corporation',
		'council',
		'court',
		'department',
		'electricity',
		'energy',
		'federation',
		'foundation',
		'group',
		'holdings',
		'hospital',
		'infirmary',
		'institute',
		'institution',
		'limited',
		'ltd',
		'ministry',
		'nhs',
		'office',
		'offshore',
		'partners',
		'party',
		'plc',
		'port',
		'power',
		'renewables',
		'school',
		'service',
		'services',
		'society',
		'transmission',
		'trust',
		'union',
		'university',
		'utilities',
		'water',
		'gas',
		'rail',
		'airways',
		'airlines',
		'street',
		'road',
		'avenue',
		'square',
		'bridge',
		'river',
		'lake',
		'sea',
		'ocean',
		'bay',
		'island',
		'airport',
		'station',
		'strait',
		'estuary',
		'abbey',
		'castle',
		'cathedral',
		'priory',
		'lane',
		'park',
		'farm',
		'wind',
		'solar',
		// "the Arc" of Arc Leisure Centre, "Lecale Coast forum" of the Lecale Coast Business Forum.
		'leisure',
		'business',
		'community',
		'forum',
		'fund',
		// What a firm does, after its name: "Rivergate" of Rivergate Systems.
		'systems',
		'building',
		'construction',
		'engineering',
		'contractors',
		'structures',
		// "Ridgeway" of the Ridgeway Learning Trust: what a schools' trust is.
		'learning',
		'academy',
		'academies',
		// "Kirkby Fields Action Group": what kind of group.
		'action',
		'campaign',
		'residents',
		'buses',
		'homes',
		'saint'
	]
};

/** Words that set a place apart from its namesake ("Górny", "West"): dropped, or another place. */
const QUALIFIER: Record<Language, RegExp> = {
	pl: /^(?:polnocn|poludniow|wschodn|zachodn|gorn|doln|wielk|mal|now|star|srodkow|centraln)(?:y|a|e|i|ego|ej|emu|ym|im|ych|ie|ymi)$/u,
	en: /^(?:north|south|east|west|northern|southern|eastern|western|upper|lower|greater|central|inner|outer)$/u
};

/**
 * Adjectives of rank or territory that readers drop from an institution's name ("Sąd
 * Okręgowy w Kaliszu" is "sąd w Kaliszu", "Royal Berkshire" the "Berkshire trust"), unlike
 * those of its field ("Uniwersytet Medyczny", "Technical University"), which make another.
 */
const RANK: Record<Language, RegExp> = {
	pl: /^(?:miejsk|gminn|powiatow|wojewodzk|marszalkowsk|okregow|rejonow|apelacyjn|naczeln|regionaln|krajow|panstwow|narodow|glown|generaln|ochotnicz|zamiejscow|publiczn|samodzieln)(?:i|y|a|e|ie|ego|ej|emu|ym|im|ych|a)$|(?:sk|ck|dzk)(?:i|a|ie|iego|iej|iemu|im|ich)$/u,
	en: /^(?:national|royal|regional|county|city|metropolitan|state|federal|public|general|district|crown|magistrates)$/u
};

/** Words that say what kind of settlement a place is: "Brzozów town" is still Brzozów. */
const SETTLEMENT_KINDS: ReadonlySet<string> = new Set([
	'gmina',
	'gminy',
	'gminie',
	'miasto',
	'miasta',
	'miescie',
	'wies',
	'wsi',
	'town',
	'village',
	'city',
	'hamlet'
]);

/** Whether a folded word says what kind of settlement a place is ("miasto", "village"). */
export function isSettlementKind(folded: string): boolean {
	return SETTLEMENT_KINDS.has(folded);
}

/** Words that say a name is a place's ("Sea", "Bridge", "rzeka"), of the generic words above. */
const PLACE_KINDS: Record<Language, ReadonlySet<string>> = {
	pl: new Set(PLACE_KIND_WORDS.pl),
	en: new Set(PLACE_KIND_WORDS.en)
};

const placeKindSets: Partial<Record<Language, ReadonlySet<string>>> = {};

/** Whether a folded word says that a name is a place's: "Celtic Sea" is no Celtic Sea Power. */
export function isPlaceKind(folded: string, stemmed: string, language: Language): boolean {
	let set = placeKindSets[language];
	if (!set) {
		set = new Set([...PLACE_KINDS[language]].flatMap((word) => [word, stem(word, language)]));
		placeKindSets[language] = set;
	}
	return set.has(folded) || set.has(stemmed);
}

/** Whether a folded word is an adjective of rank or territory ("Rejonowy", "Okręgowy"). */
export function isRank(folded: string, language: Language): boolean {
	return RANK[language].test(folded);
}

/** Words after which the rest of a name may be left out: "Ministerstwo Nauki [i …]". */
const CUTS: Record<Language, ReadonlySet<string>> = {
	pl: new Set(['i', 'oraz', 'do', 'spraw', 'dla']),
	en: new Set(['and', 'for'])
};

const genericSets: Partial<Record<Language, ReadonlySet<string>>> = {};

function genericWords(language: Language): ReadonlySet<string> {
	let set = genericSets[language];
	if (!set) {
		set = new Set(GENERIC[language].flatMap((word) => [word, stem(word, language)]));
		genericSets[language] = set;
	}
	return set;
}

/** Whether a folded word says what kind of body or place a name is. */
export function isGenericWord(folded: string, stemmed: string, language: Language): boolean {
	const set = genericWords(language);
	return set.has(folded) || set.has(stemmed);
}

const COMPASS: Record<Language, RegExp> = {
	pl: /^(?:polnocn|poludniow|wschodn|zachodn)/u,
	en: /^(?:north|south|east|west)/u
};

/** Whether a folded qualifier is a compass point: "North Yorkshire" is another county. */
export function isCompass(folded: string, language: Language): boolean {
	return isQualifier(folded, language) && COMPASS[language].test(folded);
}

/** Whether a folded word is a compass point or another qualifier that tells places apart. */
export function isQualifier(folded: string, language: Language): boolean {
	return QUALIFIER[language].test(folded);
}

/** "Ashworth's", "the NUJ’s": an English possessive is the name itself. */
export const ENGLISH_POSSESSIVE = /(?<=\p{L})['’]s\b/gu;

/** "U.S." and "US" in capitals are the USA (the folded "us" is a pronoun). */
const UNITED_STATES = /(?<![\p{L}.])U\.?S\.?(?![\p{L}.])/gu;

/** An English name or answer with possessives dropped and the United States spelled out. */
export function englishName(text: string): string {
	return text.replace(ENGLISH_POSSESSIVE, '').replace(UNITED_STATES, 'USA');
}

/** The folded words of a name, possessives dropped and abbreviations written out. */
export function nameWords(name: string, language: Language): string[] {
	const text = language === 'en' ? englishName(name) : name;
	return words(text).map((word) => expandAbbreviation(word, language));
}

/** "Edinburgh-based", "Warsaw-based": where a firm sits, no word of its name. */
const BASED = /\p{L}+-based\s+/giu;

/**
 * The words of an institution's name, or none for a person's: extraction may type a firm as
 * a person ("Kestrel Offshore"), but a person's name holds no generic word before which a
 * given name stands ("Jan Góra" is a person).
 */
function institutionWords(name: string, type: EntityType | null, language: Language): string[] {
	if (type === null) return [];
	const all = nameWords(name.replace(BASED, ''), language);
	if (type !== 'person') return all;
	const [first] = all;
	if (first === undefined || isGivenName(first, stem(first, language), language)) return [];
	const generic = all.some((word) => isGenericWord(word, stem(word, language), language));
	return generic ? all : [];
}

/**
 * The nations of the United Kingdom, as a body's branch there names them: "Sustrans Cymru" is
 * Sustrans, "Sustrans Scotland" (a known place) another branch.
 */
const NATIONS: ReadonlySet<string> = new Set(['cymru', 'wales', 'scotland', 'alba', 'england']);

function isPlace(type: EntityType | null): boolean {
	return type === 'city' || type === 'country' || type === 'place';
}

/**
 * What an English road or path is called after the place it leads to or follows: "Skipton
 * Road" goes to Skipton, the "Pennine Way" along the Pennines. A lane or a drive is named
 * after nothing else ("Ashgrove" is Ashgrove Lane).
 */
const LEADS_TO: ReadonlySet<string> = new Set(['road', 'way']);

/** Seat of an institution: the words after its last "w", "we" or "in". */
const SEAT_WORDS = new Set(['w', 'we', 'in']);

/**
 * The word of a name that alone names it, or null: the one word that is neither generic, nor
 * a qualifier, a given name, a stopword or the seat ("Caledon" of "Caledon Power", "Dunmore"
 * of "University of Dunmore", "Kamionka" of "Kamionka Wielka"). Persons have their surname.
 */
export function distinctiveWord(
	name: string,
	type: EntityType | null,
	language: Language
): string | null {
	const all = institutionWords(name, type, language);
	if (all.length < 2) return null;
	if (isPlace(type) && LEADS_TO.has(all.at(-1) as string)) return null;
	const seat = all.findLastIndex((word) => SEAT_WORDS.has(word));
	const stopwords = stopwordsFor(language);
	const kept = all.filter((word, position) => {
		if (seat > 0 && position >= seat) return false;
		if (stopwords.has(word) || isQualifier(word, language)) return false;
		if (isGenericWord(word, stem(word, language), language)) return false;
		if (!isPlace(type) && language === 'en' && NATIONS.has(word)) return false;
		if (isGivenName(word, stem(word, language), language)) return false;
		// "Europejska" alone names no Komisja Europejska.
		if (!isPlace(type) && RANK[language].test(word)) return false;
		return true;
	});
	const [only] = kept;
	return kept.length === 1 && only !== undefined && only.length >= 3 ? only : null;
}

/** A content word of a name, and whether a reader may leave it out. */
export interface NamePart {
	word: string;
	droppable: boolean;
}

/**
 * The content words of an institution's or a place's name, each marked droppable when a
 * reader who leaves it out still names the same thing: a generic word, a qualifier, an
 * adjective of rank or territory, a given name (of a street's patron), the seat, a name in
 * quotes, and whatever follows "i", "and", "for" (see CUTS). An answer that holds the other
 * words names the entity, when no other entity of the module holds them too.
 */
export function nameParts(name: string, type: EntityType | null, language: Language): NamePart[] {
	const all = institutionWords(name, type, language);
	const quoted = new Set(
		[...name.matchAll(/["„“”«»]([^"„“”«»]+)["„“”«»]/gu)].flatMap((match) => words(match[1] ?? ''))
	);
	const seat = all.findLastIndex((word) => SEAT_WORDS.has(word));
	const cut = all.findIndex((word) => CUTS[language].has(word));
	const stopwords = stopwordsFor(language);
	const place = isPlace(type);
	const parts: NamePart[] = [];
	all.forEach((word, position) => {
		if (stopwords.has(word)) return;
		const stemmed = stem(word, language);
		const droppable =
			(seat > 0 && position > seat) ||
			(cut > 0 && position > cut) ||
			quoted.has(word) ||
			isQualifier(word, language) ||
			isGenericWord(word, stemmed, language) ||
			isGivenName(word, stemmed, language) ||
			// "Rada Miasta" of Krakowa: the town the body serves.
			(!place && isKnownName(word, stemmed, language)) ||
			(!place && language === 'en' && NATIONS.has(word)) ||
			(!place && RANK[language].test(word));
		parts.push({ word, droppable });
	});
	return parts;
}

/** Bodies named after their town whose town alone still names them ("Oxford" University). */
const EPONYMOUS =
	/^(?:uniwersytet|politechnika|akademia|university|college|port|airport|lotnisko)$/u;

/**
 * Whether the town in an institution's name may name it alone: a university's or a port's
 * may ("Oxford", "Peterhead"), a council's or a court's may not ("Leeds", "Kraków").
 */
export function namedAfterTown(name: string, language: Language): boolean {
	return nameWords(name, language).some((word) => EPONYMOUS.test(word));
}

/**
 * Abbreviations and spellings readers write either way, folded: "ul." and "ulica", "St" and
 * "Saint", "Lough" and "Loch". A
 * trailing English "St" is a street ("Baker St"), which no list here needs.
 */
const ABBREVIATIONS: Record<Language, ReadonlyMap<string, string>> = {
	pl: new Map([
		['ul', 'ulica'],
		['al', 'aleja'],
		['pl', 'plac'],
		['os', 'osiedle'],
		['woj', 'wojewodztwo'],
		['gen', 'general'],
		['sw', 'swiety'],
		['ks', 'ksiadz'],
		['prof', 'profesor'],
		// "ds." is "do spraw", whose "do" no name is read by.
		['ds', 'spraw'],
		// "resort rolnictwa": what Polish news calls a ministry by its field.
		['resort', 'ministerstwo']
	]),
	en: new Map([
		['st', 'saint'],
		// Irish "lough" and Scottish "loch" are one word: readers write either.
		['lough', 'loch'],
		['dept', 'department'],
		['univ', 'university']
	])
};

/** The word an abbreviation stands for, or the word itself. */
export function expandAbbreviation(folded: string, language: Language): string {
	return ABBREVIATIONS[language].get(folded) ?? folded;
}

/**
 * The last words of English towns that their people leave out: "Builth" of Builth Wells,
 * "Leamington" of Leamington Spa, "Lyme" of Lyme Regis.
 */
const TOWN_TAILS: ReadonlySet<string> = new Set(['wells', 'spa', 'regis']);

/** A Polish adjective after a town's noun: "Gdański" of Starogard Gdański. */
const TOWN_ADJECTIVE = /(?:sk|ck|dzk)(?:i|a|ie)$/u;
const MIN_TOWN_OPENING = 4;

/**
 * The first part of a hyphenated town's name ("Ruciane" of Ruciane-Nida), of a Polish town
 * named by a noun and an adjective ("Starogard" of Starogard Gdański) or of an English town
 * ending in "Wells" or "Spa" ("Builth" of Builth Wells) or named with "la" or "le" ("Kirkby"
 * of Kirkby la Thorpe), as people call these
 * towns at home; never when that part is a qualifier or a generic word, or opens or is
 * another name the gazetteer knows.
 */
export function townOpening(name: string, type: EntityType | null, language: Language): string[] {
	if (type !== 'city' && type !== 'place') return [];
	const written = name.trim();
	const folded = words(written);
	const hyphenated = /^\p{Lu}\p{Ll}+-\p{Lu}\p{L}+$/u.test(written);
	const first = folded[0] ?? '';
	// A place may be a forest or a lake ("Puszcza Piska"): its noun must be a town's name.
	const adjective =
		language === 'pl' &&
		/^\p{Lu}/u.test(written) &&
		folded.length === 2 &&
		TOWN_ADJECTIVE.test(folded[1] as string) &&
		(type === 'city' || isRealName(first, stem(first, language), language));
	const tail =
		language === 'en' &&
		/^\p{Lu}/u.test(written) &&
		((folded.length === 2 && TOWN_TAILS.has(folded[1] as string)) ||
			// "Kirkby" of Kirkby la Thorpe.
			(folded.length === 3 && /^\p{Lu}\S* (?:la|le) \p{Lu}/u.test(written)));
	if (!(hyphenated || adjective || tail) || first.length < MIN_TOWN_OPENING) return [];
	if (
		opensKnownName(first, language) ||
		isQualifier(first, language) ||
		isGenericWord(first, stem(first, language), language)
	) {
		return [];
	}
	return [first];
}
