import type { EntityType, Language } from '../content';
import { stem } from '../language/stem';
import {
	gazetteerFirstStems,
	gazetteerIndex,
	LONGEST_NAME,
	nameKey,
	type GazetteerEntry
} from './gazetteer';
import { foldText } from '../language/normalize';
import type { ExtractionLexicon } from './lexicon';
import type { Morphology } from './morphology';
import { ENGLISH_GIVEN_NAME_SET, GIVEN_NAME_SET } from './names';
import { feminineNounBase, masculineGivenName, streetKindKey } from './names-pl';
import { IdAllocator, slugOf } from './slug';
import type { Token } from './tokens';
import type { EntityCategory, ExtractedEntity, ReadingContext, SentenceContext } from './types';

/**
 * Named entities: runs of capitalised words, split where a known place or organisation
 * starts or a title ("prezydent", "Prime Minister") stands, then merged across the
 * article by the stems of their words, so "Korei Północnej" and "Koreę Północną" are one
 * entity and "Putin" joins "Władimir Putin".
 */

type Guess = EntityType | 'unknown';

/** One mention of an entity in a sentence, by token range. */
export interface EntityMention {
	sentence: number;
	first: number;
	last: number;
	start: number;
	end: number;
	surface: string;
	stems: string[];
	type: Guess;
	gazetteer?: GazetteerEntry;
	/** A finer kind read from the name's shape where no gazetteer entry gives one: "club". */
	kind?: string;
	/** The name's base form where the shape that told its kind also tells it ("Stal Mielec"). */
	base?: string;
	/** Named with "miasto" before it: the town as a body, apart from a gmina of its name. */
	asTown?: boolean;
	/** An unknown name where English puts a place ("at Howdon"): a place if nothing else says. */
	placed?: boolean;
	/** The stem of the lowercase noun an unknown English name stands before ("Amur leopard"). */
	modifies?: string;
	/** The entity it was merged into; set by `mergeMentions`. */
	entityId?: string;
}

/** Quotation marks around a part of a name: „…”, "…", “…”, «…». */
const QUOTE_MARKS = /[„”“"«»]/gu;

/** Marks after which a capital letter says nothing: a quotation, a colon, a dash. */
const OPENERS = new Set(['„', '"', '“', '«', '(', ':', '—', '–', '-', "'", '‘', '[']);
const MIN_STEMMED_HEAD = 4;
/** Words that may sit inside an organisation's name: "Ministry of Defence", "Instytut Meteorologii i Gospodarki Wodnej". */
const NAME_BRIDGES: Record<Language, ReadonlySet<string>> = {
	en: new Set(['of', 'for', 'on', 'the']),
	pl: new Set(['i'])
};
/** English offices named after the fields they serve: "Department of Health and Social Care". */
const FIELD_OFFICES = new Set([
	'department',
	'ministry',
	'office',
	'agency',
	'institute',
	'faculty',
	'commission',
	'committee'
]);
const FIELD_MARKERS = new Set(['of', 'for']);
/**
 * Fields a government office is named after, which may be listed with commas ("Department for
 * Environment, Food and Rural Affairs"); a body's own name in such a list ("the Department for
 * Education, Ofsted and Ofqual") is another body.
 */
const OFFICE_FIELDS = new Set(
	`affairs agriculture arts business care children commonwealth communities culture defence
	development digital education employment energy environment families farming fisheries food
	government health heritage housing industrial industry infrastructure innovation justice
	levelling local media net pensions planning regions research rural schools science security
	skills social sport strategy technology tourism trade transport universities up work zero`
		.split(/\s+/u)
		.filter(Boolean)
);
/** Lowercase particles inside people's names: "Marieke de Vries", "Ursula von der Leyen". */
const NAME_PARTICLES = new Set([
	'de',
	'van',
	'von',
	'der',
	'den',
	'da',
	'di',
	'du',
	'del',
	'della',
	'dos',
	'das',
	'le',
	'la',
	'al',
	'bin',
	'ibn',
	'ter',
	'ten'
]);
/** The French articles English place names keep in lowercase ("Kirkby la Thorpe"). */
const PLACE_ARTICLES = new Set(['la', 'le']);

/**
 * Capitalised codes and units that name nothing: a car's VIN, time zones, taxes and
 * statistics, magnitudes, post-nominal letters ("Caroline Ashworth KC").
 */
const NOT_ENTITY_CODES = new Set([
	'vin',
	'gmt',
	'utc',
	'bst',
	'cet',
	'cest',
	'trt',
	'mw',
	'vat',
	'pkb',
	'gdp',
	'cpi',
	'wig',
	'wig20',
	'suv',
	'suvs',
	'ceo',
	'cfo',
	'kc',
	'qc',
	'mp',
	'mps',
	'mep',
	'phd',
	'mbe',
	'obe',
	'cbe',
	'pin',
	'pesel',
	'nip',
	'dna',
	'gw',
	'gwh',
	'mwh',
	'kwh',
	'km',
	'kg',
	// A ship's prefix ("RV Prince Madog", "HMS Victory"): what the name is, not who.
	'rv',
	'rrs',
	'hms',
	'mv',
	// "HM Coastguard", "HM Treasury": His Majesty's, no body of its own.
	'hm'
]);
const SHIP_PREFIXES = new Set(['rv', 'rrs', 'hms', 'mv']);
/** Nations that end a national body's name: "Homes England", "Arts Council England" (folded). */
const NATIONS_ENDING_BODIES = new Set(['england', 'scotland', 'wales']);

/** Compass words that make a region of what they qualify: "South Wales", "West Sussex". */
const COMPASS_WORDS = new Set([
	'north',
	'south',
	'east',
	'west',
	'northern',
	'southern',
	'eastern',
	'western',
	'mid'
]);

/** Words that make a nation's name a region's: "North Wales", "New England", "Middle England". */
const PLACE_QUALIFIERS_BEFORE_NATION = new Set([
	...COMPASS_WORDS,
	...['central', 'new', 'middle', 'rural', 'greater', 'upper', 'lower', 'of', 'in']
]);

/** A vessel's kind before its name ("the lifeboat Grace Anne Holt", "the trawler Morning Star"): a ship, no one. */
const VESSEL_WORDS = new Set([
	'lifeboat',
	'trawler',
	'ferry',
	'yacht',
	'ship',
	'vessel',
	'tanker',
	'tug',
	'dredger',
	'barge',
	'freighter',
	'liner',
	'statek',
	'statku',
	'jacht',
	'jachtu',
	'prom',
	'promu',
	'kuter',
	'kutra',
	'tankowiec',
	'tankowca',
	'holownik',
	'holownika'
]);
/** The last word of a law's title: "Public Health Act", "Online Safety Bill". */
const LAW_WORDS = new Set(['act', 'bill']);
/** Words before a weather event's given name ("Storm Agnes"): an event, no person. */
const WEATHER_EVENTS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'tropical']);
/** English words before a lone name that say where something is: "at Howdon", "between X and Y". */
const HOLIDAY_TAILS = new Set(['day', 'eve']);
/** The last word of a body named after two areas: "Perth and Kinross Council". */
const JOINT_AREA_BODIES = new Set([
	'council',
	'police',
	'constabulary',
	// "North Yorkshire Fire and Rescue Service", "Health and Safety Executive": a public
	// service named after two fields.
	'service',
	'authority',
	'executive',
	// "Highlands and Islands Airports Ltd", "Cumbria and Lancashire Trade": a company's or a
	// trade body's tail ends one name through "and".
	'ltd',
	'plc',
	'llp',
	'limited',
	'airports',
	'trade',
	'commerce'
]);
/** The tier a council's name gives before "Council": "Down District Council". */
const COUNCIL_TIERS = new Set(['district', 'borough', 'county', 'city', 'metropolitan']);
const SPATIAL_PREPOSITIONS = new Set(['at', 'on', 'between', 'along', 'around', 'via']);
/** Lowercase kinds that make a place's name an institution's: "Southwark crown court". */
const LOWERCASE_INSTITUTIONS = new Set(['council', 'court']);
/** A company's legal form written after its name: "Mosty Łódź S.A.", "Orlen SA". */
const COMPANY_FORMS = new Set(['s a', 'sa']);

/**
 * "Contractor Severnside Waterways Ltd moved…", "Developer Fenmoor Homes paid…": English news
 * writes a firm's or a person's role with no article before the name; opening a sentence it
 * takes a capital, and is no part of the name.
 */
const ENGLISH_ROLE_OPENERS = new Set([
	'contractor',
	'contractors',
	'developer',
	'developers',
	'builder',
	'housebuilder',
	'operator',
	'owner',
	'owners',
	'landlord',
	'supplier',
	'retailer',
	'insurer',
	'lender',
	'manufacturer',
	'carmaker',
	'carrier',
	'airline',
	'consultancy',
	'consultants',
	'engineers',
	'architect',
	'architects',
	'firm',
	'charity',
	'campaigner',
	'campaigners',
	'shopkeeper',
	'trader',
	'farmer',
	'councillor',
	'headteacher'
]);

/** "live in Abbey Fields": where one is, not whom one sells to ("the sale to Harbor Ridge"). */
const RESIDENCE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around']);

/** Lowercase words after an English place's name that say what kind of area it is. */
const ENGLISH_AREA_WORDS = new Set([
	'estate',
	'development',
	'site',
	'area',
	'district',
	'suburb',
	'neighbourhood',
	'ward',
	'parish',
	'village',
	'town',
	'industrial'
]);

/** The last word of an English street's name. */
const ENGLISH_STREET_WORDS = new Set([
	'street',
	'road',
	'lane',
	'avenue',
	'way',
	'drive',
	'terrace',
	'crescent',
	'close',
	'row',
	'gate'
]);

/** What a town has, after its possessive: "Forfar's pool", "Ely's town centre". */
const TOWN_AMENITIES = new Set([
	'centre',
	'center',
	'pool',
	'station',
	'harbour',
	'harbor',
	'beach',
	'seafront',
	'promenade',
	'market',
	'streets',
	'residents',
	'schools',
	'school',
	'hospital',
	'library',
	'museum'
]);

/** "St John's Wood": a possessive inside a saint's name. */
const SAINT_WORDS = new Set(['st', 'saint']);

/** Titles of a street's patron, folded: "ul. gen. Józefa Bema", "al. ks. Jerzego Popiełuszki". */
const PATRON_TITLES = new Set([
	'gen',
	'doc',
	'inz',
	'mec',
	'ks',
	'sw',
	'kard',
	'abp',
	'bp',
	'marsz',
	'prof',
	'dr',
	'plk',
	'kpt',
	'mjr',
	'por',
	'hetm',
	'krola',
	'krolowej',
	'ksiecia',
	'swietego',
	'swietej',
	'generala',
	'marszalka',
	'kardynala',
	'biskupa',
	'hetmana',
	'pulkownika',
	'majora',
	'porucznika',
	'rotmistrza',
	'doktora',
	'profesora'
]);

/** English nouns of places whose names follow "of": "the parishes of Heckington". */
const ENGLISH_SETTLEMENTS = new Set([
	...['village', 'villages', 'town', 'towns', 'parish', 'parishes', 'hamlet', 'hamlets'],
	...['city', 'county', 'counties', 'community', 'communities', 'island', 'isle']
]);

/** English words of a body of water, which a reader drops: "the Severn" is the "River Severn". */
const ENGLISH_WATER_WORDS = new Set(['river', 'loch', 'lake', 'afon', 'llyn', 'reservoir', 'burn']);

/** Lowercase words before a Polish river's name, folded: "nad Wkrą", "rzeka Wkra", "dorzecze Wkry". */
const RIVER_WORDS = new Set([
	'nad',
	'rzeka',
	'rzeki',
	'rzece',
	'rzeke',
	'dorzecze',
	'dorzecza',
	'dorzeczu',
	'ujscie',
	'ujscia',
	'ujsciu',
	'koryto',
	'koryta',
	'korycie'
]);

/** "Park Narodowy" in its cases, folded, and the kinds of a protected park. */
const PARK_FORMS = new Set(['park', 'parku', 'parkiem']);
const PARK_KINDS = /^(?:narodow|krajobrazow)(?:y|ego|ym|emu)$/u;

/**
 * Natural features named by a noun and a name, folded forms of the noun with the feature's
 * kind: lowercase before a name of its own ("jeziora Roś"), capitalised opening one with an
 * adjective ("Jeziora Nidzkiego", "Puszczy Piskiej"), which agrees with the noun.
 */
const NATURAL_FEATURES: ReadonlyMap<string, string> = new Map(
	(
		[
			[['jezioro', 'jeziora', 'jeziorze', 'jeziorem', 'jezior', 'jeziorach'], 'lake'],
			[['zalew', 'zalewu', 'zalewie', 'zalewem'], 'lake'],
			[['puszcza', 'puszczy', 'puszcze', 'puszczo'], 'forest'],
			[['zatoka', 'zatoki', 'zatoce', 'zatoke'], 'bay'],
			[['wyspa', 'wyspy', 'wyspie', 'wyspe'], 'island']
		] as const
	).flatMap(([forms, kind]) => forms.map((form) => [form, kind] as const))
);

/**
 * Lowercase words before a local electoral committee's or council club's name, folded: such
 * names run on through "dla" ("klub Razem dla Kościerzyny") and stay in the nominative.
 */
const COMMITTEE_WORDS = new Set([
	'klub',
	'klubu',
	'klubie',
	'klubem',
	'komitet',
	'komitetu',
	'komitecie',
	'komitetem',
	'ugrupowanie',
	'ugrupowania',
	'stowarzyszenie',
	'stowarzyszenia'
]);

/** "z gmin Baranów i Trzcinica": the plural kind before a list names each a gmina. */
const GMINA_PLURALS = new Set(['gmin', 'gminach', 'gminom', 'gminami', 'gminy']);
/** "miasto Kętrzyn", "w mieście Reszel": the lowercase noun says a town (folded). */
const TOWN_WORDS = new Set(['miasto', 'miasta', 'miescie', 'miastem', 'miastu']);

/** Polish pronouns whose forms may open a sentence with a capital: "Tych", "Tymi", "Nim". */
const PRONOUN_LEMMAS: ReadonlySet<string> = new Set([
	'ten',
	'tamten',
	'ów',
	'ty',
	'on',
	'ona',
	'ono',
	'oni',
	'one',
	'my',
	'wy',
	'ja',
	'taki',
	'który',
	'jaki',
	'sam'
]);

/** Words that join names of one list, folded: "z Wólki i Gorzkowa". */
const PLACE_LINKS = new Set(['i', 'oraz', 'lub', 'albo']);

/** Lowercase words before a Polish village's name, folded: "we wsi Trzebuń", "sołectwo Lipiny". */
const SETTLEMENT_WORDS = new Set([
	'wies',
	'wsi',
	'wsia',
	'miejscowosc',
	'miejscowosci',
	'miejscowoscia',
	'solectwo',
	'solectwa',
	'solectwie',
	'przysiolek',
	'przysiolku',
	'kolonia',
	'kolonii'
]);

/**
 * "Miasto Mrągowo oraz gminy…", "Wieś Kosewo leży…": the kind of a place opening a sentence,
 * capitalised there only, is no part of its name (folded).
 */
export const OPENING_KIND_WORDS = new Set(['miasto', 'wies', 'miejscowosc', 'solectwo', 'osiedle']);

/** A Polish region named by "-szczyzna" ("Opolszczyzna", "Kielecczyzna"), in any case, folded. */
const REGION = /^(?!ojczyzn|mezczyzn|polszczyzn)\p{Ll}{4,}czyzn(?:a|y|ie|e|o)$/u;

/** "Górny", "Dolna", "Wielkie", "Małej": what tells a town from its namesake, folded. */
const TOWN_QUALIFIER = /^(?:gorn|doln|wielk|mal|sredni)(?:y|i|a|e|ego|iego|ej|iej|ym|im|ich|ych)$/u;

/** "-based", "-born": what an English compound says of the place before it, folded. */
const LOCATED_SUFFIXES = new Set(['based', 'born', 'headquartered', 'registered']);

/**
 * An English, Welsh or Scottish county by its last word, folded: "Aberdeenshire", "West
 * Yorkshire", and the counties whose name says no "-shire" ("Cumbria", "East Sussex").
 */
const COUNTY = {
	test: (key: string) => /^[a-z]{3,}shire$/u.test(key) || COUNTIES_WITHOUT_SHIRE.has(key)
};
const COUNTIES_WITHOUT_SHIRE = new Set([
	...['cumbria', 'northumberland', 'norfolk', 'suffolk', 'essex', 'kent', 'surrey', 'sussex'],
	...['cornwall', 'devon', 'dorset', 'somerset', 'rutland', 'merseyside', 'powys', 'gwynedd'],
	...['ceredigion', 'anglesey', 'fife', 'moray', 'midlothian', 'lothian']
]);

/**
 * Forms of the kinds of Polish administrative units, folded, with the kind's nominative,
 * the entity's kind and the ending its adjective takes in the nominative (null: a gmina's
 * name is a noun, not an adjective).
 */
const ADMINISTRATIVE_UNITS: ReadonlyMap<string, readonly [string, string, string | null]> = new Map(
	(
		[
			[
				['wojewodztwo', 'wojewodztwa', 'wojewodztwie', 'wojewodztwem'],
				'województwo',
				'region',
				'ie'
			],
			[['powiat', 'powiatu', 'powiecie', 'powiatem', 'powiatowi'], 'powiat', 'county', 'i'],
			[['gmina', 'gminy', 'gminie', 'gmine'], 'gmina', 'gmina', null]
		] as const
	).flatMap(([forms, nominative, kind, ending]) =>
		forms.map((form) => [form, [nominative, kind, ending] as const] as const)
	)
);

/** An adjective of a place ("lubelskiego", "łęczyńskim"): its stem before the case ending. */
const UNIT_ADJECTIVE = /^(\p{Ll}+(?:sk|ck|dzk))(?:i|ie|iego|iemu|im|iej|a|ą)$/u;

/** First words of international bodies named a fund or a programme ("World Food Programme"). */
const INTERNATIONAL_OPENERS: ReadonlySet<string> = new Set([
	'international',
	'world',
	'global',
	'united'
]);

const ROMAN_NUMERAL =
	/^(?=[ivxlcdm]+$)m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

/** A Polish adjective in the nominative, folded: "polski", "rzadowe", "narodowy". */
const NOMINATIVE_ADJECTIVE = /(?:(?:sk|ck|dzk)(?:i|a|ie)|(?:ow|n)(?:y|a|e))$/;

/** Polish adjectives of a country ("Polskiego", "Czeskiej") share its stem but name no country. */
const COUNTRY_ADJECTIVE = /(?:sk|ck|dzk)(?:iego|iej|im|imi|ich|ie)$/;

/** News agencies credited in brackets after a dateline or a byline, folded. */
/**
 * Verbs of saying before the one told, and the question an agency asked, folded: "powiedział
 * PAP", "told Reuters", "nie odpowiedział na pytanie PAP".
 */
const SAID_TO =
	/^(?:powiedzial|powiedziala|poinformowal|poinformowala|przekazal|przekazala|odpowiedzial|odpowiedziala|pytanie|pytania|told|tells)$/u;
const AGENCY_CREDITS: ReadonlySet<string> = new Set([
	'pap',
	'iar',
	'reuters',
	'afp',
	'ap',
	'ansa',
	'dpa',
	'pa',
	'bloomberg'
]);

/** Longest stem of a title read only as written (see `isTitle`). */
const MAX_ABBREVIATED_TITLE = 3;

/** Quotation marks that open and close a name: „Orlen”, "Pomorze". */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
	['„', '”'],
	['"', '"'],
	['“', '”'],
	['«', '»']
]);

/** Prepositions that tie a local institution to its seat: "Sąd Okręgowy w Poznaniu". */
const SEAT_PREPOSITIONS: Record<Language, ReadonlySet<string>> = {
	pl: new Set(['w', 'we']),
	en: new Set()
};

/**
 * Whether the dictionary reads `word` as a common word: a form of a lowercase lemma, and no
 * name written so ("Jednocześnie", "Most", "Członkowie"; not "Woda" or "Nowak").
 */
function isCommonWord(word: string, morphology: Morphology | undefined): boolean {
	if (!morphology) return false;
	const lemmas = morphology.lemmas(word);
	return !lemmas.includes(word) && lemmas.some((lemma) => lemma === lemma.toLowerCase());
}

/**
 * Whether the dictionary reads `word` as an inflected common word: "Kolejom" (kolej),
 * "Mieście" (miasto). A surname that is also a noun in its base form ("Cebula") is not.
 */
function isInflectedCommonWord(word: string, morphology: Morphology | undefined): boolean {
	if (!morphology) return false;
	const lower = word.toLowerCase();
	return morphology.lemmas(word).some((lemma) => lemma !== lower && lemma === lemma.toLowerCase());
}

/** Whether the dictionary reads `word` as a form of an adjective: "Najwyższa", "Regionalnej". */
function isDictionaryAdjective(word: string, morphology: Morphology | undefined): boolean {
	if (!morphology) return false;
	const lower = word.toLowerCase();
	// The adjective's own stem and ending: "Jednocześnie" (jednoczesny) is an adverb.
	return morphology.lemmas(word).some((lemma) => {
		if (lemma !== lemma.toLowerCase() || !/(?:[^aeiouy]y|[kg]i)$/u.test(lemma)) return false;
		const root = lemma.slice(0, -1);
		return lower.startsWith(root) && ADJECTIVE_ENDINGS.has(lower.slice(root.length));
	});
}

const ADJECTIVE_ENDINGS: ReadonlySet<string> = new Set(
	'y i a e ie ego iego emu iemu ej iej ą ym im ych ich ymi imi'.split(' ')
);

/**
 * Whether the dictionary reads a capitalised word as a nationality ("Szwed", "Hiszpana",
 * "Ukrainiec"): a capitalised lemma of it has a woman of the same nation written with a
 * capital ("Szwedka", "Hiszpanka", "Ukrainka"), which a surname does not ("Kowal" has only
 * the trade "kowalka").
 */
function isDictionaryDemonym(word: string, morphology: Morphology | undefined): boolean {
	if (!morphology) return false;
	return morphology.lemmas(word).some((lemma) => {
		if (lemma === lemma.toLowerCase()) return false;
		const root = lemma.replace(/(?:iec|ec)$/u, '');
		return [`${lemma}ka`, `${root}ka`].some((woman) => morphology.isLemma(woman));
	});
}

function stemsOf(tokens: readonly Token[], language: Language): string[] {
	return tokens.flatMap((token) => token.words.map((word) => stem(word, language)));
}

/**
 * Which tokens open a sentence or a quotation, where a capital letter proves nothing:
 * every token with only punctuation before it since the start or since an opening mark.
 */
function initialTokens(tokens: readonly Token[]): boolean[] {
	const initial: boolean[] = [];
	let open = true;
	for (const token of tokens) {
		initial.push(open);
		if (token.kind !== 'punct') open = false;
		else if (OPENERS.has(token.text)) open = true;
	}
	return initial;
}

/**
 * "reinforced autoclaved aerated concrete (RAAC)", "zespół stresu pourazowego (PTSD)": acronyms
 * that lowercase words right before them spell out (each word's initial, in order; a word's
 * initial may be skipped, as "and" and "of" are) name a thing, no body.
 */
export function lowercaseTerms(text: string): Set<string> {
	const terms = new Set<string>();
	for (const match of text.matchAll(/((?:\p{Ll}+[\s-]+){1,9})\((\p{Lu}{2,8})\)/gu)) {
		const words = (match[1] as string).trim().split(/[\s-]+/u);
		const letters = (match[2] as string).toLowerCase();
		// Match the acronym to the last words: every letter a word's initial, in order.
		let at = letters.length - 1;
		for (let index = words.length - 1; index >= 0 && at >= 0; index--) {
			if ((words[index] as string)[0] === letters[at]) at--;
			else if (at === letters.length - 1) break;
		}
		if (at < 0) terms.add(match[2] as string);
	}
	return terms;
}

class MentionFinder {
	private readonly gazetteer;
	/** Stems of words written with a capital inside a sentence somewhere in the article. */
	private readonly capitalisedStems = new Set<string>();
	/** First stems of gazetteer names, so a known name may open a sentence. */
	private readonly gazetteerFirstStems: ReadonlySet<string>;
	private readonly initial = new Map<SentenceContext, boolean[]>();
	/** The kind word of a street named in a list after another: "ulic" of "…, Kilińskiego". */
	private readonly streetKinds = new Map<EntityMention, Token>();
	/** Acronyms the article spells out in lowercase words: a term, no body ("RAAC"). */
	private readonly terms: ReadonlySet<string>;

	constructor(
		private readonly reading: ReadingContext,
		private readonly lexicon: ExtractionLexicon,
		private readonly language: Language,
		private readonly morphology: Morphology | undefined
	) {
		this.gazetteer = gazetteerIndex(language);
		this.gazetteerFirstStems = gazetteerFirstStems(language);
		this.terms = lowercaseTerms(reading.text);
		for (const context of reading.sentences) {
			const initial = initialTokens(context.tokens);
			this.initial.set(context, initial);
			const inBody = language === 'en' ? this.wordsOfBodies(context) : new Set<number>();
			context.tokens.forEach((token, index) => {
				if (token.kind === 'word' && token.capitalised && !initial[index] && !inBody.has(index)) {
					for (const word of token.words) this.capitalisedStems.add(stem(word, language));
				}
			});
		}
	}

	/**
	 * Tokens of English bodies' names ("Association of British Insurers"): their capitals say
	 * nothing of the words alone, so "Insurers have paid…" opening a sentence is no name.
	 */
	private wordsOfBodies(context: SentenceContext): Set<number> {
		const inBody = new Set<number>();
		const tokens = context.tokens;
		for (let first = 0; first < tokens.length; first++) {
			if (!tokens[first]?.capitalised) continue;
			let end = first + 1;
			while (
				tokens[end]?.capitalised ||
				(NAME_BRIDGES.en.has(tokens[end]?.key ?? '') && tokens[end + 1]?.capitalised)
			)
				end++;
			if (end - first >= 2 && this.hasOrganisationHead(tokens.slice(first, end)))
				for (let index = first; index < end; index++) inBody.add(index);
			first = end - 1;
		}
		return inBody;
	}

	private isNameToken(context: SentenceContext, index: number): boolean {
		const token = context.tokens[index];
		if (token?.kind !== 'word' || !token.capitalised || context.used[index]) return false;
		// "ANKARA, Feb 9 (Reuters) -": an agency credited in brackets is no entity of the article.
		if (this.inAgencyCredit(context, index)) return false;
		// "powiedział PAP", "told Reuters": the agency the words were said to is no entity of the
		// article either.
		if (this.isAgencyToldSo(context, index)) return false;
		if (NOT_ENTITY_CODES.has(token.key)) return false;
		// "Years 3 to 6", "Year 11 pupils": a school year.
		if (
			this.language === 'en' &&
			(token.key === 'year' || token.key === 'years') &&
			context.tokens[index + 1]?.kind === 'number'
		)
			return false;
		if (token.acronym && this.terms.has(token.text)) return false;
		// "1.4C", "20MW": a capital glued to a number is its unit; "26/1187/FUL" a reference.
		const before = context.tokens[index - 1];
		if (!token.spaceBefore && (before?.kind === 'number' || before?.text === '/')) return false;
		// "PM10", "M62": letters glued to digits name a pollutant, a road or a model.
		const glued = context.tokens[index + 1];
		if (glued?.kind === 'number' && !glued.spaceBefore) return false;
		if (token.acronym && ROMAN_NUMERAL.test(token.key)) return false;
		if (this.locatedPrefix(token)) return false;
		// "US$2.5bn": a currency, not the country.
		const next = context.tokens[index + 1];
		return !(next?.text === '$' && !next.spaceBefore);
	}

	/**
	 * "(PAP)", "(PAP Biznes)": an agency credited in brackets, with the service that wrote the
	 * article, is no entity of the article.
	 */
	private inAgencyCredit(context: SentenceContext, index: number): boolean {
		const tokens = context.tokens;
		const agency = AGENCY_CREDITS.has(tokens[index]?.key ?? '')
			? index
			: AGENCY_CREDITS.has(tokens[index - 1]?.key ?? '')
				? index - 1
				: -1;
		if (agency < 0 || tokens[agency - 1]?.text !== '(') return false;
		const close = tokens[agency + 1]?.text === ')' ? agency + 1 : agency + 2;
		const service = tokens[agency + 1];
		return (
			tokens[close]?.text === ')' &&
			(close === agency + 1 || (service?.kind === 'word' && service.capitalised))
		);
	}

	/** "Leeds-based", "Cork-born": a place joined to a word that says what is there. */
	private locatedPrefix(token: Token): boolean {
		const suffix = token.words[token.words.length - 1] ?? '';
		return this.language === 'en' && token.words.length >= 2 && LOCATED_SUFFIXES.has(suffix);
	}

	/** The place of "Leeds-based Hafren Power": a mention of its own, no part of the company. */
	private locatedPlace(context: SentenceContext, index: number): EntityMention | null {
		const token = context.tokens[index] as Token;
		const cut = token.text.lastIndexOf('-');
		if (cut <= 0 || !this.isNameToken(context, index + 1)) return null;
		const stems = token.words.slice(0, -1).map((word) => stem(word, this.language));
		const known = this.gazetteer.get(stems.join(' '));
		const end = token.start + cut;
		return {
			sentence: context.index,
			first: index,
			last: index,
			start: token.start,
			end,
			surface: this.reading.text.slice(token.start, end),
			stems,
			type: known && !known.capitalsOnly ? known.entry.type : 'city',
			...(known && !known.capitalsOnly ? { gazetteer: known.entry } : {})
		};
	}

	/** How many tokens "ds." or "do Spraw" take at `index` in a Polish office's name; 0 if none. */
	private officeLinkAt(context: SentenceContext, index: number): number {
		if (this.language !== 'pl') return 0;
		const word = context.tokens[index];
		const next = context.tokens[index + 1];
		if (word?.kind !== 'word' || word.capitalised) return 0;
		if (word.key === 'ds' && next?.text === '.') return 2;
		return word.key === 'do' && next?.key === 'spraw' ? 2 : 0;
	}

	/** A one-letter capital: an initial ("K", "W"), whatever preposition it spells. */
	private isInitial(token: Token | undefined): boolean {
		return token?.kind === 'word' && token.text.length === 1 && token.capitalised;
	}

	/** "Jacek", "Tomasza", "Oliver": a given name, in any case, where a person's name starts. */
	private isGivenName(token: Token): boolean {
		if (token.kind !== 'word' || token.words.length !== 1 || token.acronym) return false;
		if (GIVEN_NAME_SET.has(token.key)) return true;
		if (this.language === 'en' && ENGLISH_GIVEN_NAME_SET.has(token.key)) return true;
		if (this.language === 'pl' && masculineGivenName(token.text) !== undefined) return true;
		const base = this.lexicon.baseName([token.text], 'person')[0];
		if (base !== undefined && GIVEN_NAME_SET.has(foldText(base))) return true;
		// "Joanny": the dictionary knows the given names' cases the rules do not.
		return (this.morphology?.lemmas(token.text) ?? []).some(
			(lemma) => lemma !== token.text && GIVEN_NAME_SET.has(foldText(lemma))
		);
	}

	/**
	 * Whether the dictionary reads `before` as a name declined ("Lecha": Lech) and `after` as
	 * a word in its base form or one it does not know ("Henrik").
	 */
	private inOtherCase(before: Token, after: Token): boolean {
		const morphology = this.morphology;
		if (!morphology || this.language !== 'pl') return false;
		const lemmasBefore = morphology.lemmas(before.text);
		const lemmasAfter = morphology.lemmas(after.text);
		return (
			!lemmasBefore.includes(before.text) &&
			lemmasBefore.some((lemma) => lemma !== lemma.toLowerCase()) &&
			(lemmasAfter.length === 0 || lemmasAfter.includes(after.text))
		);
	}

	/** "Rosjanin", "Szwed", "Koreans": a nationality, by the rules or the dictionary. */
	private isDemonym(token: Token): boolean {
		return (
			this.lexicon.isDemonym(token.key) ||
			// "Marian" is no nation though the dictionary has "Marianka".
			(this.language === 'pl' &&
				!GIVEN_NAME_SET.has(token.key) &&
				isDictionaryDemonym(token.text, this.morphology))
		);
	}

	private stemAt(token: Token): string {
		return stem(token.words[0] ?? '', this.language);
	}

	/** A capital at the start of a sentence proves nothing unless the word is known as a name. */
	private isKnownName(token: Token): boolean {
		if (token.acronym) return true;
		const first = this.stemAt(token);
		return this.gazetteerFirstStems.has(first) || this.capitalisedStems.has(first);
	}

	/**
	 * Whether a name holds "Ministerstwo", "Bank", "Agency"… Short words must match whole:
	 * the stem of "Una" (Kim Dzong Una) is that of "Unia".
	 */
	private hasOrganisationHead(tokens: readonly Token[]): boolean {
		const heads = this.lexicon.organisationHeads;
		return tokens.some((token) =>
			token.words.some(
				(word) =>
					heads.has(word) ||
					(word.length >= MIN_STEMMED_HEAD && heads.has(stem(word, this.language)))
			)
		);
	}

	/**
	 * "Two Amur leopards…", "Rare Amur leopards…": a number or an ordinary adjective opening a
	 * sentence, written with a capital nowhere inside one, is no part of the name after it.
	 */
	private isSentenceQualifier(token: Token): boolean {
		return (
			token.words.length === 1 &&
			this.lexicon.sentenceQualifiers.has(token.key) &&
			!this.capitalisedStems.has(this.stemAt(token))
		);
	}

	/**
	 * "Istanbul Technical University", "Tallinn Zoo": an English head counts written whole,
	 * however short; a short Polish word is a stem's namesake ("Kim Dzong Un": unia).
	 */
	private endsInOrganisationHead(last: Token): boolean {
		const whole = this.language === 'en' && this.lexicon.organisationHeads.has(last.key);
		return (last.key.length >= MIN_STEMMED_HEAD || whole) && this.hasOrganisationHead([last]);
	}

	/**
	 * A sentence-opening word the dictionary knows only as a common word ("Jednocześnie",
	 * "Równolegle", "Most"): no part of the name after it, unless it heads one ("Sąd").
	 */
	private isCommonOpener(token: Token): boolean {
		return (
			token.words.length === 1 &&
			!token.acronym &&
			!this.isGivenName(token) &&
			!this.hasOrganisationHead([token]) &&
			isCommonWord(token.text, this.morphology)
		);
	}

	/**
	 * "powiedział PAP", "told Reuters", "powiedział burmistrz PAP" (the speaker's function may
	 * stand between): the agency the words were said to is no entity of the article.
	 */
	private isAgencyToldSo(context: SentenceContext, index: number): boolean {
		const token = context.tokens[index];
		if (!token || !AGENCY_CREDITS.has(token.key)) return false;
		const saidTo = (at: number) => SAID_TO.test(context.tokens[at]?.key ?? '');
		const between = context.tokens[index - 1];
		return (
			saidTo(index - 1) || (between?.kind === 'word' && !between.capitalised && saidTo(index - 2))
		);
	}

	/**
	 * "Razem będziemy mieć siłę…": a one-word name the gazetteer knows (the party Razem) that is
	 * also a common word, opening a sentence before a lowercase word and written with a capital
	 * nowhere else in the article, is the common word.
	 */
	private isKnownCommonOpener(context: SentenceContext, index: number): boolean {
		const token = context.tokens[index] as Token;
		const next = context.tokens[index + 1];
		const lower = token.text.toLowerCase();
		return (
			this.language === 'pl' &&
			!token.acronym &&
			next?.kind === 'word' &&
			!next.capitalised &&
			!this.capitalisedStems.has(this.stemAt(token)) &&
			(this.morphology?.lemmas(token.text) ?? []).some((lemma) => lemma === lower)
		);
	}

	/**
	 * "Nowa ciepłownia będzie…", "Stary most…": an adjective opening a sentence before a
	 * lowercase noun, written with a capital nowhere else in the article, names nothing, though
	 * places start so ("Nowa Sól").
	 */
	private isAdjectiveOpener(context: SentenceContext, start: number, end: number): boolean {
		const token = context.tokens[start] as Token;
		const next = context.tokens[start + 1];
		return (
			end === start + 1 &&
			next?.kind === 'word' &&
			!next.capitalised &&
			!this.capitalisedStems.has(this.stemAt(token)) &&
			isDictionaryAdjective(token.text, this.morphology)
		);
	}

	/**
	 * A run of several words is a person's name unless nothing in it is a given name and the
	 * dictionary reads a word of it as an inflected common word ("Kolejom Wielkopolskim",
	 * "Starym Mieście"), or it holds a place's head ("River Severn", "Severn Bridge").
	 */
	private multiwordType(tokens: readonly Token[], first: number, context: SentenceContext): Guess {
		const heads = this.lexicon.placeHeads;
		const edge = [tokens[0], tokens[tokens.length - 1]];
		if (edge.some((token) => token !== undefined && heads.has(token.key))) return 'place';
		// "St John's Wood", "St Helen's": a saint's possessive names a place, not the saint.
		if (
			this.language === 'en' &&
			SAINT_WORDS.has(tokens[0]?.key ?? '') &&
			/['’]s$/u.test(tokens[1]?.text ?? '')
		)
			return 'place';
		if (tokens.some((token) => this.isGivenName(token))) return 'person';
		// "Kirkby la Thorpe", "Chapel le Dale": an English name with no given name in it that a
		// lowercase French article joins is a village's.
		if (
			this.language === 'en' &&
			tokens.some((token) => !token.capitalised && PLACE_ARTICLES.has(token.key))
		)
			return 'place';
		if (this.namesAnOffice(tokens)) return 'organisation';
		// "Jeziorna Wielka", "Łazy Dolne": a town told from its namesake by its position or size.
		if (this.language === 'pl' && TOWN_QUALIFIER.test(edge[1]?.key ?? '')) return 'place';
		// "Polskich Linii Lotniczych LOT": a name holding an acronym is an organisation's.
		if (tokens.some((token) => token.acronym)) return 'organisation';
		// "Gannet Offshore", "Whitby Royal Infirmary", "St Cyrus", "Central Belt", "West
		// Lothian", "Tintern Abbey": with no given name to open it, the name's last or first
		// word tells its kind.
		const lastKey = edge[1]?.key ?? '';
		if (this.lexicon.organisationTails.has(lastKey)) return 'organisation';
		if (
			this.lexicon.placeOpeners.has(edge[0]?.key ?? '') ||
			this.lexicon.placeTails.has(lastKey) ||
			/^[a-z]{3,}shire$/u.test(lastKey) ||
			// "East Sussex", not "Clark Kent".
			(COUNTY.test(lastKey) && COMPASS_WORDS.has(edge[0]?.key ?? ''))
		)
			return 'place';
		// "the Celtic Voyager": news writes no "the" before a person's name.
		if (this.language === 'en' && context.tokens[first - 1]?.key === 'the') return 'organisation';
		// "its Abbey Fields estate", "children from Abbey Fields": with no given name, a housing
		// estate's or a district's word after it, or a place's preposition before it, says a place.
		const following = context.tokens[first + tokens.length];
		const preceding = context.tokens[first - 1];
		if (
			this.language === 'en' &&
			((following?.kind === 'word' &&
				!following.capitalised &&
				ENGLISH_AREA_WORDS.has(following.key)) ||
				(preceding?.kind === 'word' && RESIDENCE_PREPOSITIONS.has(preceding.key)))
		)
			return 'place';
		if (!tokens.some((token) => isInflectedCommonWord(token.text, this.morphology)))
			return 'person';
		// "Bystrzycy Kłodzkiej": a name the dictionary knows in another case is a place's.
		const properInflected = tokens.some((token) =>
			(this.morphology?.lemmas(token.text) ?? []).some(
				(lemma) => lemma !== token.text && lemma !== lemma.toLowerCase()
			)
		);
		const before = context.tokens[first - 1];
		const afterPlacePreposition =
			before?.kind === 'word' &&
			(this.lexicon.placePrepositions.has(before.key) || before.key === 'na');
		return properInflected || afterPlacePreposition ? 'place' : 'organisation';
	}

	/**
	 * "Wojewódzki Konserwator Zabytków", "Kuratorium Oświaty": a common noun, then another in
	 * the genitive, written with capitals, names an office or an institution, not a place or
	 * a person ("Bory Tucholskie", "Stare Miasto" have adjectives there).
	 */
	private namesAnOffice(tokens: readonly Token[]): boolean {
		const morphology = this.morphology;
		if (!morphology || this.language !== 'pl') return false;
		const commonNoun = (token: Token) =>
			token.words.length === 1 &&
			!this.isGivenName(token) &&
			!isDictionaryAdjective(token.text, morphology) &&
			morphology.lemmas(token.text).some((lemma) => lemma === lemma.toLowerCase());
		return tokens.some((token, index) => {
			const next = tokens[index + 1];
			return (
				next !== undefined &&
				commonNoun(token) &&
				commonNoun(next) &&
				isInflectedCommonWord(next.text, morphology) &&
				!morphology.lemmas(next.text).includes(next.text.toLowerCase())
			);
		});
	}

	private isTitle(token: Token | undefined): boolean {
		if (token?.kind !== 'word' || token.words.length !== 1) return false;
		const word = token.words[0] ?? '';
		const stemmed = this.stemAt(token);
		// A title that stems this short is read as written: "Col" and "Dame" are titles, "Cole"
		// (which stems to "col") a surname. English titles only: Polish ones decline ("panią").
		if (this.language === 'en' && stemmed.length <= MAX_ABBREVIATED_TITLE) {
			return this.lexicon.personTitles.has(word);
		}
		return this.lexicon.personTitles.has(stemmed);
	}

	/**
	 * "Burmistrz Ostródy", "wójt Dydni": a function in its base form, then one name the
	 * dictionary reads as another name's oblique case, is the function of that place; a
	 * person's name after a title agrees with it in case ("burmistrz Nowak").
	 */
	private governedByTitle(context: SentenceContext, first: number): boolean {
		const morphology = this.morphology;
		const title = context.tokens[first - 1];
		const name = context.tokens[first];
		if (!morphology || this.language !== 'pl' || title?.kind !== 'word' || !name) return false;
		if (!morphology.isLemma(title.text.toLowerCase()) || this.isGivenName(name)) return false;
		const oblique = (lemma: string) =>
			lemma !== name.text &&
			lemma !== lemma.toLowerCase() &&
			morphology.forms(lemma).includes(name.text);
		// "minister Nowackiej": an adjectival surname declines after any title; "burmistrz
		// Giżycka dr Katarzyna Lewandowska": a town's genitive, when its holder's name follows.
		if (COUNTRY_ADJECTIVE.test(name.key) || /(?:sk|ck|dzk)(?:a|ą|iemu)$/u.test(name.key)) {
			const holder = context.tokens[first + 1];
			return (
				holder !== undefined &&
				(this.isGivenName(holder) || this.isTitle(holder)) &&
				morphology.lemmas(name.text).some((lemma) => lemma.endsWith('o') && oblique(lemma))
			);
		}
		return morphology.lemmas(name.text).some(oblique);
	}

	/**
	 * "na rzece Wyżnicy", "rzeki Słudwi", "rzeką Rawką": a small river the dictionary does not
	 * know, in an oblique case, read back to its nominative by the endings of feminine nouns
	 * (most Polish rivers are feminine). Undefined when the dictionary knows the name or the
	 * ending says nothing sure.
	 */
	private unknownRiverBase(context: SentenceContext, first: number): string | undefined {
		const name = context.tokens[first] as Token;
		if (context.tokens[first + 1]?.capitalised) return undefined;
		const known = (this.morphology?.lemmas(name.text) ?? []).some(
			(lemma) => lemma[0] !== lemma[0]?.toLowerCase()
		);
		if (known) return undefined;
		const base = feminineNounBase(name.text);
		return base === name.text ? undefined : base;
	}

	/**
	 * What the lowercase word before a Polish name says it is: a river ("nad Wkrą", "rzeka
	 * Wkra", "dorzecze Wkry") or a village ("we wsi Trzebuń", "w miejscowości Kałduny").
	 */
	private placeKindBefore(
		context: SentenceContext,
		first: number
	): { kind: string; base?: string } | null {
		if (this.language !== 'pl') return null;
		const before = context.tokens[first - 1];
		const listed = context.tokens[first - 2];
		// "gminy Mrągowo, Sorkwity i Mikołajki": a comma carries the kind along the list too.
		if (before?.text === ',' && listed?.capitalised && listed.words.length === 1)
			return this.placeKindBefore(context, first - 2);
		if (before?.kind !== 'word' || before.capitalised) return null;
		// "Skarbnik gminy Ewa Mróz", "Skarbnik miasta Paweł Gajda": the officer named after the
		// place's kind is a person, no place.
		if (this.isGivenName(context.tokens[first] as Token) && context.tokens[first + 1]?.capitalised)
			return null;
		if (RIVER_WORDS.has(before.key)) {
			const base = this.unknownRiverBase(context, first);
			return base === undefined ? { kind: 'river' } : { kind: 'river', base };
		}
		if (SETTLEMENT_WORDS.has(before.key)) return { kind: 'village' };
		if (GMINA_PLURALS.has(before.key)) return { kind: 'gmina' };
		if (TOWN_WORDS.has(before.key)) return { kind: 'city' };
		const feature = NATURAL_FEATURES.get(before.key);
		if (feature !== undefined) return { kind: feature };
		// "osiedli Zacisze i Podgórze": the kind before the first name of a list names the next.
		const name = context.tokens[first - 2];
		if (PLACE_LINKS.has(before.key) && name?.capitalised && name.words.length === 1)
			return this.placeKindBefore(context, first - 2);
		return null;
	}

	/**
	 * Whether the name `first`..`last` is a programme, a grant, a contest or a funding pot:
	 * "z programu Cyfrowa Szkoła", "grant SONATA", "the Horizon Europe programme", "Starting
	 * Grants EIC", "Coastal Communities Fund". An international body named a fund ("World
	 * Bank", "International Monetary Fund") stays an organisation.
	 */
	private isProgramme(context: SentenceContext, first: number, last: number): boolean {
		const words = this.lexicon.programmeWords;
		const tokens = context.tokens.slice(first, last + 1);
		// "Sarah Grant", "Mrs Eilidh Grant": a given name, or a title before two names, opens a
		// person's name.
		if (tokens[0] !== undefined && this.isGivenName(tokens[0])) return false;
		if (tokens.length >= 2 && this.isTitle(context.tokens[first - 1])) return false;
		if (
			tokens.length >= 2 &&
			!INTERNATIONAL_OPENERS.has(tokens[0]?.key ?? '') &&
			tokens.some((token, index) => index > 0 && words.has(token.key))
		)
			return true;
		const beside = this.language === 'pl' ? context.tokens[first - 1] : context.tokens[last + 1];
		if (beside?.kind !== 'word' || beside.capitalised || !words.has(beside.key)) return false;
		// "a Wellcome Trust grant": the body that runs it. Polish names a programme in the
		// nominative after its kind ("z programu Cyfrowa Szkoła"), its body in the genitive
		// ("z programu Ministerstwa Kultury").
		if (this.language !== 'pl') return !this.hasOrganisationHead(tokens);
		const surface = tokens.map((token) => token.text);
		const base = this.lexicon.baseName(surface, 'organisation', this.morphology);
		return base.join(' ') === surface.join(' ');
	}

	/**
	 * "województwo lubelskie", "w powiecie łęczyńskim", "gminy Wola Uhruska": a voivodeship,
	 * a county or a gmina named by its lowercase kind, as one place in its base form. A
	 * voivodeship's and a county's name is an adjective agreeing with the kind; a gmina's
	 * name stands beside it in its own case, as written.
	 */
	private administrativeUnitAt(context: SentenceContext, index: number): EntityMention | null {
		if (this.language !== 'pl') return null;
		const head = context.tokens[index];
		if (head?.kind !== 'word') return null;
		const abbreviated = head.key === 'woj' && context.tokens[index + 1]?.text === '.';
		const unit = abbreviated
			? ADMINISTRATIVE_UNITS.get('wojewodztwo')
			: ADMINISTRATIVE_UNITS.get(head.key);
		if (!unit) return null;
		const at = abbreviated ? index + 2 : index + 1;
		const name = context.tokens[at];
		if (name?.kind !== 'word') return null;
		const [nominative, kind, ending] = unit;
		if (ending !== null) {
			const adjective = UNIT_ADJECTIVE.exec(name.text);
			if (name.capitalised || !adjective) return null;
			const base = `${nominative} ${(adjective[1] as string) + ending}`;
			return this.unitMention(context, index, at, kind, base);
		}
		if (!name.capitalised || this.isGivenName(name)) return null;
		let end = this.runEnd(context, at);
		// "wójt gminy Stara Kornica Adam Mazur": the gmina's name ends where a person's starts.
		for (let index = at + 1; index < end; index++) {
			if (this.isGivenName(context.tokens[index] as Token)) end = index;
		}
		const tokens = context.tokens.slice(at, end);
		if (tokens.some((token) => token.acronym || this.hasOrganisationHead([token]))) return null;
		const written = this.reading.text.slice(
			(tokens[0] as Token).start,
			(tokens[tokens.length - 1] as Token).end
		);
		return this.unitMention(context, index, end - 1, kind, `${nominative} ${written}`);
	}

	private unitMention(
		context: SentenceContext,
		first: number,
		last: number,
		kind: string,
		base: string
	): EntityMention {
		return {
			...this.mention(context, first, last, 'place', undefined, { kind, base }),
			stems: base.split(' ').map((word) => stem(foldText(word), this.language))
		};
	}

	/** Whether the dictionary reads a capitalised word as a name's locative: "Kurpiach", "Warmii". */
	private isLocativeName(token: Token): boolean {
		if (this.language !== 'pl' || !this.morphology || !/(?:u|ach|ie|ii|e)$/u.test(token.key))
			return false;
		return this.morphology
			.lemmas(token.text)
			.some((lemma) => lemma !== token.text && lemma !== lemma.toLowerCase());
	}

	/**
	 * Whether the one-word name at `first` follows "i", "oraz", "lub" or a comma after other
	 * one-word names that a place preposition opens: "z Wólki i Gorzkowa".
	 */
	private joinedToPlace(context: SentenceContext, first: number): boolean {
		let at = first - 1;
		let joined = false;
		for (;;) {
			const link = context.tokens[at];
			const name = context.tokens[at - 1];
			if (!link || !(link.text === ',' || PLACE_LINKS.has(link.key))) break;
			if (name?.kind !== 'word' || !name.capitalised || name.words.length !== 1) return false;
			at -= 2;
			joined = true;
		}
		const preposition = context.tokens[at];
		return (
			joined &&
			this.language === 'pl' &&
			preposition?.kind === 'word' &&
			!preposition.capitalised &&
			this.lexicon.placePrepositions.has(preposition.key)
		);
	}

	/** The last token of "crown court", "county council" right after `last`, or `last`. */
	private lowercaseInstitutionEnd(context: SentenceContext, last: number): number {
		if (this.language !== 'en') return last;
		for (let index = last + 1; index <= last + 2; index++) {
			const token = context.tokens[index];
			if (token?.kind !== 'word' || token.capitalised) return last;
			if (LOWERCASE_INSTITUTIONS.has(token.key)) return index;
		}
		return last;
	}

	/**
	 * Whether an English name stands where a place does: "at Howdon", "on the Tyne", "between
	 * Berwick and Scarborough", "on the Humber and the Tees".
	 */
	private spatiallyPlaced(context: SentenceContext, first: number): boolean {
		if (this.language !== 'en') return false;
		let at = first - 1;
		if (context.tokens[at]?.key === 'the') at--;
		const before = context.tokens[at];
		// "an analyst at Berenberg": where someone works, not where something is.
		if (before?.key === 'at' && this.isTitle(context.tokens[at - 1])) return false;
		if (before?.kind === 'word' && SPATIAL_PREPOSITIONS.has(before.key)) return true;
		const listed = before?.key === 'and' || before?.text === ',';
		if (!listed || context.tokens[at - 1]?.capitalised !== true) return false;
		// The name before "and", and what stands before it.
		let previous = at - 1;
		if (!this.isNameToken(context, previous) && context.tokens[previous]?.capitalised !== true)
			return false;
		while (context.tokens[previous - 1]?.capitalised === true) previous--;
		return previous > 0 && this.spatiallyPlaced(context, previous);
	}

	/**
	 * "the village of Howey", "the parishes of Heckington, Kirkby la Thorpe and Asgarby": an
	 * English noun of settlements says what the names listed after its "of" are.
	 */
	private listedAfterSettlement(context: SentenceContext, first: number): boolean {
		if (this.language !== 'en') return false;
		const before = context.tokens[first - 1];
		const noun = context.tokens[first - 2];
		if (before?.key === 'of') return noun?.kind === 'word' && ENGLISH_SETTLEMENTS.has(noun.key);
		if (before?.key !== 'and' && before?.text !== ',') return false;
		let previous = first - 2;
		if (context.tokens[previous]?.capitalised !== true) return false;
		while (
			context.tokens[previous - 1]?.capitalised === true ||
			(context.tokens[previous - 1]?.kind === 'word' &&
				NAME_PARTICLES.has(context.tokens[previous - 1]?.text ?? '') &&
				context.tokens[previous - 2]?.capitalised === true)
		)
			previous--;
		return previous > 1 && this.listedAfterSettlement(context, previous);
	}

	/** Whether "(PSE)" right after the run `first`..`end - 1` holds the initials of its words. */
	private initialsInBrackets(context: SentenceContext, first: number, end: number): boolean {
		const acronym = context.tokens[end + 1];
		if (context.tokens[end]?.text !== '(' || context.tokens[end + 2]?.text !== ')') return false;
		if (acronym?.acronym !== true) return false;
		const initials = context.tokens
			.slice(first, end)
			.map((token) => token.text.charAt(0))
			.join('')
			.toUpperCase();
		return initials === acronymLetters(acronym.text);
	}

	/** "Westmorland and Furness Council": see `JOINT_AREA_BODIES`. */
	private namesJointAreaBody(context: SentenceContext, first: number, end: number): boolean {
		if (this.language !== 'en' || !JOINT_AREA_BODIES.has(context.tokens[end - 1]?.key ?? ''))
			return false;
		const and = context.tokens.findIndex(
			(token, index) => index > first && index < end - 2 && token.key === 'and'
		);
		return and > 0 && !this.hasOrganisationHead(context.tokens.slice(first, and));
	}

	/** Index past the end of the run of name words starting at `first`. */
	private runEnd(context: SentenceContext, first: number): number {
		let end = first + 1;
		for (;;) {
			if (this.isNameToken(context, end)) {
				if (this.possessiveEndsName(context, first, end)) return end;
				end++;
				continue;
			}
			const bridge = context.tokens[end];
			// "the Ludlow Traders' Association": a plural possessive inside a body's name.
			if (
				this.language === 'en' &&
				(bridge?.text === "'" || bridge?.text === '’') &&
				!bridge.spaceBefore &&
				/s$/u.test(context.tokens[end - 1]?.text ?? '') &&
				this.isNameToken(context, end + 1) &&
				this.endsInOrganisationHead(context.tokens[end + 1] as Token)
			) {
				end += 2;
				continue;
			}
			// "J. Bakker": an initial's full stop stays inside the name.
			const initial = context.tokens[end - 1];
			if (
				bridge?.text === '.' &&
				!bridge.spaceBefore &&
				initial?.kind === 'word' &&
				initial.text.length === 1 &&
				initial.capitalised &&
				this.isNameToken(context, end + 1)
			) {
				end += 2;
				continue;
			}
			// "Zbigniew K.", "Dariusz W.": the initial of a surname the press withholds keeps
			// its full stop.
			if (bridge?.text === '.' && !bridge.spaceBefore && end - 1 > first && this.isInitial(initial))
				return end + 1;
			if (bridge?.kind === 'word' && NAME_PARTICLES.has(bridge.key)) {
				let next = end + 1;
				while (
					context.tokens[next]?.kind === 'word' &&
					NAME_PARTICLES.has(context.tokens[next]?.key ?? '')
				)
					next++;
				if (this.isNameToken(context, next)) {
					end = next + 1;
					continue;
				}
			}
			// "Krajowa Rada ds. Zdrowia", "Departamentu do Spraw Ścigania": a name goes on
			// through the words that say what an office deals with.
			const link = this.officeLinkAt(context, end);
			if (link > 0 && this.isNameToken(context, end + link)) {
				end += link + 1;
				continue;
			}
			if (this.committeeBridge(context, first, end)) {
				end += 2;
				continue;
			}
			// "Fundusze Europejskie dla Kujaw i Pomorza": the regions "dla" named go on through "i".
			const dla =
				first + context.tokens.slice(first, end).findIndex((token) => token.key === 'dla');
			if (
				context.tokens[end]?.key === 'i' &&
				this.isNameToken(context, end + 1) &&
				dla >= first &&
				this.committeeBridge(context, first, dla)
			) {
				end += 2;
				continue;
			}
			// "Prawa i Sprawiedliwości": a known name goes on past a lowercase word.
			const known = this.gazetteerThrough(context, first, end);
			if (known > end) {
				end = known;
				continue;
			}
			if (
				bridge?.kind === 'word' &&
				NAME_BRIDGES[this.language].has(bridge.key) &&
				this.hasOrganisationHead(context.tokens.slice(first, end))
			) {
				let next = end + 1;
				if (context.tokens[next]?.key === 'the') next++;
				// "Furness Council on Monday": a day is no part of the name.
				if (
					this.isNameToken(context, next) &&
					!this.lexicon.notNames.has(context.tokens[next]?.key ?? '')
				) {
					end = next + 1;
					continue;
				}
			}
			// "Westmorland and Furness Council", "Avon and Somerset Police": two areas joined by
			// "and" before a council's or a police force's word name one body.
			if (
				this.language === 'en' &&
				bridge?.key === 'and' &&
				!this.hasOrganisationHead(context.tokens.slice(first, end))
			) {
				let last = end + 1;
				while (this.isNameToken(context, last)) last++;
				// "Devon and Somerset Fire and Rescue Service": areas, then the service's fields.
				while (
					context.tokens[last]?.key === 'and' &&
					this.isNameToken(context, last + 1) &&
					!this.hasOrganisationHead(context.tokens.slice(end + 1, last))
				) {
					last++;
					while (this.isNameToken(context, last)) last++;
				}
				if (last > end + 2 && this.namesJointAreaBody(context, first, last)) {
					end = last;
					continue;
				}
			}
			// "Newry, Mourne and Down District Council", "Armagh City, Banbridge and Craigavon
			// Borough Council": areas listed with commas before the last "and" and the body.
			if (
				this.language === 'en' &&
				bridge?.text === ',' &&
				!this.hasOrganisationHead(context.tokens.slice(first, end))
			) {
				let at = end;
				while (context.tokens[at]?.text === ',' && this.isNameToken(context, at + 1)) {
					at++;
					while (this.isNameToken(context, at)) at++;
				}
				if (at > end && context.tokens[at]?.key === 'and' && this.isNameToken(context, at + 1)) {
					let last = at + 1;
					while (this.isNameToken(context, last)) last++;
					// "Leeds, Bradford and Wakefield Council" may be three places and a council:
					// only a district's or a borough's council names its areas so.
					const tier = context.tokens[last - 2]?.key ?? '';
					if (COUNCIL_TIERS.has(tier) && this.namesJointAreaBody(context, first, last)) {
						end = last;
						continue;
					}
				}
			}
			// "Department for Culture and Heritage": an office's name named after its fields
			// goes on past "and"; "the Bank of Scotland and Barclays" are two.
			const namedAfterFields =
				this.language === 'en' &&
				FIELD_OFFICES.has(
					context.tokens[context.tokens[first]?.key === 'the' ? first + 1 : first]?.key ?? ''
				) &&
				context.tokens.slice(first, end).some((token) => FIELD_MARKERS.has(token.key));
			const fieldWord = (at: number) =>
				this.isNameToken(context, at) && context.tokens[at]?.acronym === false;
			if (bridge?.key === 'and' && namedAfterFields && fieldWord(end + 1)) {
				end += 2;
				continue;
			}
			// "Department for Environment, Food and Rural Affairs": fields listed with commas
			// before the last "and".
			if (bridge?.text === ',' && namedAfterFields) {
				let at = end;
				const listedField = (at: number) =>
					fieldWord(at) && OFFICE_FIELDS.has(context.tokens[at]?.key ?? '');
				while (context.tokens[at]?.text === ',' && listedField(at + 1)) {
					at += 2;
					while (listedField(at)) at++;
				}
				if (at > end && context.tokens[at]?.key === 'and' && listedField(at + 1)) {
					end = at;
					continue;
				}
			}
			// "Ministerstwo Rodziny, Pracy i Polityki Społecznej": a Polish office's fields,
			// common nouns in the genitive, listed with commas before the last "i".
			if (
				this.language === 'pl' &&
				bridge?.text === ',' &&
				this.hasOrganisationHead(context.tokens.slice(first, end))
			) {
				const field = (at: number) => {
					const token = context.tokens[at];
					return (
						token !== undefined &&
						this.isNameToken(context, at) &&
						!token.acronym &&
						!this.hasOrganisationHead([token]) &&
						isInflectedCommonWord(token.text, this.morphology)
					);
				};
				let at = end;
				// "Kultury, Dziedzictwa Narodowego i Sportu": a field may take an adjective.
				const adjective = (at: number) =>
					this.isNameToken(context, at) &&
					isDictionaryAdjective(context.tokens[at]?.text ?? '', this.morphology);
				while (context.tokens[at]?.text === ',' && field(at + 1)) {
					at += 2;
					while (adjective(at)) at++;
				}
				if (at > end && context.tokens[at]?.key === 'i' && field(at + 1)) {
					end = at;
					continue;
				}
			}
			return end;
		}
	}

	private mention(
		context: SentenceContext,
		first: number,
		last: number,
		type: Guess,
		gazetteer?: GazetteerEntry,
		shape?: { kind: string; base?: string }
	): EntityMention {
		const tokens = context.tokens.slice(first, last + 1);
		const start = (tokens[0] as Token).start;
		const end = (tokens[tokens.length - 1] as Token).end;
		const kindWord = context.tokens[first - 1];
		return {
			// "miasto Mrągowo", "Miasto Mrągowo oraz gminy…": the town as a body of its own.
			...(this.language === 'pl' &&
			kindWord?.kind === 'word' &&
			(TOWN_WORDS.has(kindWord.key) || OPENING_KIND_WORDS.has(kindWord.key)) &&
			!this.isGivenName(context.tokens[first] as Token)
				? { asTown: true }
				: {}),
			sentence: context.index,
			first,
			last,
			start,
			end,
			surface: this.reading.text.slice(start, end),
			stems: stemsOf(tokens, this.language),
			type,
			...(gazetteer ? { gazetteer } : {}),
			...(shape ?? {})
		};
	}

	/**
	 * "Stali Mielec", "Motoru Lublin": a word that declines, then a known city as written in
	 * its base form, is a club named after its city (the city never declines in a club's
	 * name). The club is one organisation; its base form is the word's lemma and the city.
	 */
	private clubAt(
		context: SentenceContext,
		index: number,
		end: number
	): { last: number; base: string; kind: 'club' | 'company' } | null {
		if (this.language !== 'pl' || index + 1 >= end) return null;
		const token = context.tokens[index] as Token;
		if (token.words.length !== 1 || this.isGivenName(token) || this.isDemonym(token)) return null;
		// "NIK Gdańsk", "ZUS Opole": an institution's branch; a club's acronym says "Klub
		// Sportowy" or "Towarzystwo Sportowe" (ŁKS, GKS, AZS).
		if (token.acronym && !/(?:KS|S|TS)$/u.test(acronymLetters(token.text))) return null;
		if (this.isTitle(token) || this.lexicon.notNames.has(token.key)) return null;
		const own = this.gazetteerAt(context, index, end);
		if (own && (own.last > index || own.entry.type === 'country' || own.entry.type === 'city'))
			return null;
		const city = this.gazetteerAt(context, index + 1, end);
		if (city?.entry.type !== 'city') return null;
		const written = this.reading.text.slice(
			(context.tokens[index + 1] as Token).start,
			(context.tokens[city.last] as Token).end
		);
		if (written !== city.entry.name.pl) return null;
		const registered = this.registeredWord(token, written);
		if (registered !== undefined)
			return { last: city.last, base: `${registered} ${written}`, kind: 'company' };
		return { last: city.last, base: `${this.clubWord(token)} ${written}`, kind: 'club' };
	}

	/**
	 * "Mebli Kępno" of "Meble Kępno SA": the word as the article writes it before the same city
	 * and a legal form, when it is a form of `token`'s word, so a company named by a plural
	 * noun keeps it; undefined when the article registers no such company.
	 */
	private registeredWord(token: Token, city: string): string | undefined {
		const morphology = this.morphology;
		if (!morphology) return undefined;
		const escaped = city.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
		const registered = new RegExp(`(\\p{Lu}\\p{Ll}+)\\s+${escaped}\\s+S\\.?\\s?A\\b`, 'gu');
		const lemmas = new Set(morphology.lemmas(token.text));
		for (const match of this.reading.text.matchAll(registered)) {
			const word = match[1] as string;
			if (morphology.lemmas(word).some((lemma) => lemmas.has(lemma))) return word;
		}
		return undefined;
	}

	/** The base form of a club's own word: "Stali" → Stal, "Rakowa" → Raków. */
	private clubWord(token: Token): string {
		const lemmas = (this.morphology?.lemmas(token.text) ?? []).filter(
			(lemma) => !lemma.endsWith('ć')
		);
		if (lemmas.length === 0 || lemmas.some((lemma) => foldText(lemma) === token.key))
			return token.text;
		const lemma = [...lemmas].sort(
			(a, b) => Number(a === a.toLowerCase()) - Number(b === b.toLowerCase()) || a.length - b.length
		)[0] as string;
		return lemma.charAt(0).toUpperCase() + lemma.slice(1);
	}

	private classify(
		context: SentenceContext,
		first: number,
		last: number,
		titled: boolean
	): EntityMention | null {
		const tokens = context.tokens.slice(first, last + 1);
		const lastToken = tokens[tokens.length - 1] as Token;
		// A programme or a fund is asked as one ("Which fund or programme…?", "Z jakiego
		// programu…?"), never as someone who did something.
		if (this.isProgramme(context, first, last))
			return this.mention(context, first, last, 'organisation', undefined, { kind: 'programme' });
		// "Ukraińczyk" names a nation; "Paweł Kowalczyk" is a man whose surname ends alike.
		const afterGivenName =
			tokens.length >= 2 && this.isGivenName(tokens[tokens.length - 2] as Token);
		// "the Scottish government": a nation's adjective before a lowercase "government" is
		// that nation's government.
		const governed = context.tokens[last + 1];
		if (
			this.language === 'en' &&
			tokens.length === 1 &&
			this.isDemonym(lastToken) &&
			governed?.key === 'government' &&
			!governed.capitalised
		)
			return this.mention(context, first, last + 1, 'organisation');
		if (this.isDemonym(lastToken) && !afterGivenName) return null;
		if (this.hasOrganisationHead(tokens)) {
			// "Port officials", "Union leader": a head alone is a common noun.
			if (tokens.length === 1 && !lastToken.acronym) return null;
			return this.mention(context, first, last, 'organisation');
		}
		const before = context.tokens[first - 1];
		const placeKind = this.placeKindBefore(context, first);
		if (placeKind) return this.mention(context, first, last, 'place', undefined, placeKind);
		// "Opolszczyzna", "na Kielecczyźnie": a region named by its "-szczyzna".
		if (tokens.length === 1 && this.language === 'pl' && REGION.test(lastToken.key))
			return this.mention(context, first, last, 'place', undefined, { kind: 'region' });
		// "battery firm Cellsmith", "koncern Kessler Antriebstechnik": a company's kind says
		// what it names.
		const after = context.tokens[last + 1];
		const kindWord = (token: Token | undefined) =>
			token?.kind === 'word' && this.lexicon.organisationKinds.has(token.key);
		const afterKind =
			kindWord(before) ||
			// "the regulator, Ofwat, said": the kind set off before the name, in apposition.
			(this.language === 'en' &&
				before?.text === ',' &&
				kindWord(context.tokens[first - 2]) &&
				(after === undefined || after.text === ',' || after.text === '.')) ||
			// "the Voiceworks union": a union's word may follow its name, lowercase.
			(after?.kind === 'word' && !after.capitalised && after.key === 'union');
		const feature = this.language === 'pl' ? NATURAL_FEATURES.get(tokens[0]?.key ?? '') : undefined;
		if (tokens.length >= 2 && feature !== undefined)
			return this.mention(context, first, last, 'place', undefined, { kind: feature });
		if (tokens.length >= 2) {
			// "Polskie Sieci Elektroenergetyczne (PSE)": the initials in brackets say an institution.
			// "Prezes Lubuskiego WOPR": a name ending in an acronym, with no given name, is a body.
			const acronymed = lastToken.acronym && !tokens.some((token) => this.isGivenName(token));
			const type =
				afterKind || acronymed || this.initialsInBrackets(context, first, last + 1)
					? 'organisation'
					: titled && !this.namesAnOffice(tokens)
						? 'person'
						: this.multiwordType(tokens, first, context);
			return this.mention(context, first, last, type);
		}
		if (lastToken.acronym) return this.mention(context, first, last, 'organisation');
		// "Southwark crown court", "Shropshire county council": English writes a local
		// institution's kind in lowercase after its place.
		const institution = this.lowercaseInstitutionEnd(context, last);
		if (institution > last) return this.mention(context, first, institution, 'organisation');
		if (titled && this.governedByTitle(context, first))
			return this.mention(context, first, last, 'city');
		if (titled) return this.mention(context, first, last, 'person');
		if (this.language === 'en' && COUNTY.test(lastToken.key))
			return this.mention(context, first, last, 'place', undefined, { kind: 'county' });
		if (afterKind) return this.mention(context, first, last, 'organisation');
		if (before?.kind === 'word' && this.lexicon.placePrepositions.has(before.key)) {
			return this.mention(context, first, last, 'city');
		}
		// "na Kurpiach", "na Warmii": a name the dictionary knows, in the locative after "na".
		if (before?.key === 'na' && this.isLocativeName(lastToken))
			return this.mention(context, first, last, 'place');
		// "z Krzczonowa i Gorzkowa", "w Czechach, Austrii i Słowenii": a name joined to a place
		// after its preposition is a place too.
		if (this.joinedToPlace(context, first)) return this.mention(context, first, last, 'city');
		if (this.listedAfterSettlement(context, first))
			return this.mention(context, first, last, 'place');
		if (this.ownsAPlace(context, last)) return this.mention(context, first, last, 'city');
		const modified = context.tokens[last + 1];
		return {
			...this.mention(context, first, last, 'unknown'),
			...(this.spatiallyPlaced(context, first) ? { placed: true } : {}),
			...(this.language === 'en' && modified?.kind === 'word' && !modified.capitalised
				? { modifies: this.stemAt(modified) }
				: {})
		};
	}

	/** Where a gazetteer name starting in `first`..`end` and reaching past `end` ends; `end` when none does. */
	private gazetteerThrough(context: SentenceContext, first: number, end: number): number {
		const bridge = context.tokens[end];
		if (bridge?.kind !== 'word' || bridge.capitalised) return end;
		for (let start = Math.max(first, end - LONGEST_NAME + 1); start < end; start++) {
			const token = context.tokens[start] as Token;
			if (!this.gazetteerFirstStems.has(this.stemAt(token))) continue;
			for (
				let last = Math.min(context.tokens.length - 1, start + LONGEST_NAME - 1);
				last > end;
				last--
			) {
				const tokens = context.tokens.slice(start, last + 1);
				if (tokens.some((word) => word.kind !== 'word')) continue;
				if (!this.isNameToken(context, last)) continue;
				if (this.gazetteer.has(stemsOf(tokens, this.language).join(' '))) return last + 1;
			}
		}
		return end;
	}

	/** The longest gazetteer name starting at `index`, within the run. */
	private gazetteerAt(
		context: SentenceContext,
		index: number,
		end: number
	): { entry: GazetteerEntry; last: number } | null {
		const first = context.tokens[index];
		if (!first) return null;
		// Most capitalised words start no known name: one lookup says so.
		if (!this.gazetteerFirstStems.has(this.stemAt(first)))
			return this.gazetteerByLemma(first, index);
		for (let length = Math.min(LONGEST_NAME, end - index); length >= 1; length--) {
			const tokens = context.tokens.slice(index, index + length);
			const match = this.gazetteer.get(stemsOf(tokens, this.language).join(' '));
			if (!match) continue;
			if (match.capitalsOnly && !tokens.every((token) => token.acronym)) continue;
			if (length === 1 && this.language === 'pl' && COUNTRY_ADJECTIVE.test(tokens[0]?.key ?? ''))
				continue;
			if (length === 1 && !this.isFormOf(tokens[0] as Token, match.entry)) continue;
			// "Naczelnej Rady Adwokackiej", "Rada dyskutowała": a common noun's case ("Rady",
			// "Rada": rada) is no form of the town whose stem it shares (Radom).
			if (length === 1 && this.isCommonFormOnly(tokens[0] as Token, match.entry)) continue;
			// "Tych pieniędzy nie ma": a pronoun's form opening a sentence is no town (Tychy).
			if (length === 1 && this.initial.get(context)?.[index] && this.isPronounForm(tokens[0]))
				continue;
			return { entry: match.entry, last: index + length - 1 };
		}
		return null;
	}

	/** Whether the words after an acronym continue a Polish company's name: no person, no code. */
	private namesCompany(rest: readonly Token[]): boolean {
		return (
			this.language === 'pl' &&
			rest.length >= 2 &&
			rest.every((word) => word.kind === 'word' && !word.acronym && !this.isGivenName(word))
		);
	}

	/**
	 * A one-word known name whose stem alternates in its cases ("na Odrze": Odra), by the
	 * name the dictionary reads the word as.
	 */
	private gazetteerByLemma(
		token: Token,
		index: number
	): { entry: GazetteerEntry; last: number } | null {
		if (!this.morphology || this.language !== 'pl' || token.words.length !== 1) return null;
		for (const lemma of this.morphology.lemmas(token.text)) {
			if (lemma === token.text || lemma === lemma.toLowerCase()) continue;
			const match = this.gazetteer.get(stem(foldText(lemma), this.language));
			if (match && !match.capitalsOnly && match.entry.name.pl === lemma)
				return { entry: match.entry, last: index };
		}
		return null;
	}

	/**
	 * Whether a word the gazetteer matched by its stem is a form of the entry's name, where the
	 * dictionary knows that name's forms: "Wały" shares the stem of "Walia" but is no form of it.
	 */
	private isFormOf(token: Token, entry: GazetteerEntry): boolean {
		// English names do not decline: "Unit" shares its stem with the union Unite, and is not it.
		if (this.language === 'en')
			return [entry.name.en, entry.name.pl, ...entry.aliases]
				.filter((name) => !/\s/u.test(name))
				.map((name) => foldText(name))
				.some((name) => token.key === name || token.key === `${name}s`);
		if (!this.morphology || this.language !== 'pl') return true;
		const morphology = this.morphology;
		const names = [entry.name.pl, ...entry.aliases].filter((name) => !/\s/u.test(name));
		// "Bytowie" is a form of Bytów, whose stem is Bytom's: the dictionary names the other town.
		const otherNames = morphology
			.lemmas(token.text)
			.filter((lemma) => lemma !== token.text && lemma !== lemma.toLowerCase());
		if (names.length > 0 && otherNames.length > 0 && !otherNames.some((n) => names.includes(n)))
			return false;
		const forms = names.flatMap((name) => morphology.forms(name));
		// A name the dictionary gives no other form of is not declined there: no verdict.
		if (forms.length <= names.length) return true;
		if (names.includes(token.text) || forms.includes(token.text)) return true;
		return morphology.lemmas(token.text).some((lemma) => names.includes(lemma));
	}

	/** Whether the dictionary reads a word as a form of a pronoun: "Tych", "Tym", "Nich". */
	private isPronounForm(token: Token | undefined): boolean {
		if (!this.morphology || this.language !== 'pl' || token?.kind !== 'word') return false;
		return this.morphology
			.lemmas(token.text.toLowerCase())
			.some((lemma) => PRONOUN_LEMMAS.has(lemma));
	}

	/** Whether the dictionary reads the word only as a common word's case, none of the entry's names. */
	private isCommonFormOnly(token: Token, entry: GazetteerEntry): boolean {
		if (!this.morphology || this.language !== 'pl') return false;
		const lemmas = this.morphology.lemmas(token.text);
		// A party named by a common noun ("Konfederacji": konfederacja) is still its name's case.
		const names = [entry.name.pl, ...entry.aliases].map((name) => name.toLowerCase());
		return (
			isInflectedCommonWord(token.text, this.morphology) &&
			!lemmas.some((lemma) => names.includes(lemma.toLowerCase()) || lemma === token.text)
		);
	}

	/**
	 * The token after a closing quotation mark when `at` opens a quoted name right after it
	 * („Pomorze”), or -1.
	 */
	private quotedNameEnd(context: SentenceContext, at: number): number {
		const open = context.tokens[at];
		const close = open ? QUOTE_PAIRS.get(open.text) : undefined;
		if (close === undefined || !context.tokens[at + 1]?.capitalised) return -1;
		for (let index = at + 1; index <= at + 4; index++) {
			const token = context.tokens[index];
			if (token === undefined) return -1;
			if (token.text === close) return index > at + 1 ? index + 1 : -1;
			if (token.kind !== 'word') return -1;
		}
		return -1;
	}

	/**
	 * "Publiczny Zakład…", "Zakład…": an institution's head at `at`, or after adjectives
	 * agreeing with it ("Samodzielny Publiczny Zakład Opieki Zdrowotnej").
	 */
	private headAfterAdjectives(context: SentenceContext, at: number, end: number): boolean {
		// Adjectives of one noun share its case's ending; "Wcześniej Najwyższa Izba" does not.
		const ending = (context.tokens[at - 1]?.key ?? '').slice(-2);
		for (let index = at; index < end && index < at + 3; index++) {
			const token = context.tokens[index] as Token;
			if (this.hasOrganisationHead([token])) return true;
			if (!isDictionaryAdjective(token.text, this.morphology) || !token.key.endsWith(ending))
				return false;
		}
		return false;
	}

	/**
	 * "Ludlow's Broad Street", "NASA's Bill Nelson": an English possessive ends the owner's name
	 * before the name it owns, but for a saint's ("St John's Wood") and a body named after its
	 * people ("Queen's University", "Women's Institute").
	 */
	private possessiveEndsName(context: SentenceContext, first: number, next: number): boolean {
		if (this.language !== 'en' || !/['’]s$/u.test(context.tokens[next - 1]?.text ?? ''))
			return false;
		if (SAINT_WORDS.has(context.tokens[first]?.key ?? '')) return false;
		let last = next;
		while (this.isNameToken(context, last + 1)) last++;
		const owned = context.tokens.slice(next, last + 1);
		// "King's Pier", "Queen's Park": a title's possessive names the place; a place's or a
		// body's possessive before a street or a person is the owner's own name.
		const owner = context.tokens[next - 1] as Token;
		return (
			this.isGivenName(owned[0] as Token) ||
			(owner.acronym && !this.hasOrganisationHead(owned)) ||
			ENGLISH_STREET_WORDS.has(owned[owned.length - 1]?.key ?? '') ||
			// "Arts Council England's Cultural Development Fund": a body's fund or programme.
			(this.hasOrganisationHead(context.tokens.slice(first, next)) &&
				this.hasOrganisationHead(owned))
		);
	}

	/**
	 * "Ludlow's main shopping street", "Forfar's only pool": what an English possessive owns,
	 * a street, an area or a town's amenity, says the owner is a town.
	 */
	private ownsAPlace(context: SentenceContext, last: number): boolean {
		if (this.language !== 'en' || !/['’]s$/u.test(context.tokens[last]?.text ?? '')) return false;
		for (let at = last + 1; at <= last + 4; at++) {
			const token = context.tokens[at];
			if (token?.kind !== 'word' || token.capitalised) return false;
			if (ENGLISH_STREET_WORDS.has(token.key) || TOWN_AMENITIES.has(token.key)) return true;
		}
		return false;
	}

	/** "ul. Ks. Jerzego…": a capitalised patron's title, abbreviated, right after a street's kind. */
	private isPatronTitleAfterStreetKind(context: SentenceContext, index: number): boolean {
		const token = context.tokens[index];
		return (
			token?.kind === 'word' &&
			token.capitalised &&
			PATRON_TITLES.has(token.key) &&
			context.tokens[index + 1]?.text === '.' &&
			this.isNameToken(context, index + 2) &&
			this.streetKindBefore(context, index + 2) >= 0
		);
	}

	/**
	 * Where a street's, a square's or a bridge's kind word stands right before the name at
	 * `index` ("ul. Przemysłowej", "moście Królowej Jadwigi"), or -1.
	 */
	private streetKindBefore(context: SentenceContext, name: number): number {
		const kinds = this.lexicon.streetKinds;
		// "ul. gen. Józefa Bema", "rondo ks. Jerzego Popiełuszki": the patron's title stands
		// between the kind and the name.
		const titleWord = context.tokens[name - 1]?.text === '.' ? name - 2 : name - 1;
		const title = context.tokens[titleWord];
		// "ul. Doc. Adama Dowgirda": an abbreviated title may take a capital.
		const abbreviated = titleWord === name - 2;
		const index =
			title?.kind === 'word' && (!title.capitalised || abbreviated) && PATRON_TITLES.has(title.key)
				? titleWord
				: name;
		const before = context.tokens[index - 1];
		// "Ulica Lipowa ma…": the kind opening a sentence takes its capital from the sentence.
		const opensSentence = index - 1 === 0 || OPENERS.has(context.tokens[index - 2]?.text ?? '');
		if (before?.kind === 'word' && (!before.capitalised || opensSentence) && kinds.has(before.key))
			return index - 1;
		const abbreviation = context.tokens[index - 2];
		return before?.text === '.' &&
			abbreviation?.kind === 'word' &&
			!abbreviation.capitalised &&
			kinds.has(abbreviation.key)
			? index - 2
			: -1;
	}

	/**
	 * The street mention a list joins the name at `index` to ("ulic Włókienniczej, Kilińskiego
	 * i Jaracza"): the last mention of the sentence, a street, with only commas and "i" between.
	 */
	private listedStreet(
		context: SentenceContext,
		index: number,
		mentions: readonly EntityMention[]
	): EntityMention | null {
		const previous = mentions[mentions.length - 1];
		if (previous?.sentence !== context.index || previous.kind !== 'street') return null;
		const between = context.tokens.slice(previous.last + 1, index);
		const joined =
			between.length > 0 &&
			between.every((token) => token.text === ',' || PLACE_LINKS.has(token.key));
		return joined ? previous : null;
	}

	/** Past the patron's name after "im." at `end` ("Szkoła Podstawowa im. Marii Curie"), or -1. */
	private patronEnd(context: SentenceContext, end: number): number {
		const word = context.tokens[end];
		if (this.language !== 'pl' || word?.key !== 'im' || word.capitalised) return -1;
		if (context.tokens[end + 1]?.text !== '.' || !this.isNameToken(context, end + 2)) return -1;
		let patronEnd = this.runEnd(context, end + 2);
		// "im. Jana Pawła II": the patron's numeral is part of the name.
		const numeral = context.tokens[patronEnd];
		if (numeral?.acronym && ROMAN_NUMERAL.test(numeral.key)) patronEnd++;
		return patronEnd;
	}

	/**
	 * The stems of the companies the article names after a generic word ("spółkę Hydrobud
	 * Pomorze"), found on first use.
	 */
	private companiesNamed: ReadonlySet<string> | null = null;

	/** Whether `first`..`last` is, by its stems, a company the article names after "spółka". */
	private namesCompanyNamed(context: SentenceContext, first: number, last: number): boolean {
		if (this.language !== 'pl') return false;
		if (this.companiesNamed === null) {
			const named = new Set<string>();
			for (const sentence of this.reading.sentences) {
				sentence.tokens.forEach((token, index) => {
					if (token.capitalised || !this.lexicon.organisationKinds.has(token.key)) return;
					let end = index + 1;
					while (sentence.tokens[end]?.kind === 'word' && sentence.tokens[end]?.capitalised) end++;
					if (end - index > 2)
						named.add(stemsOf(sentence.tokens.slice(index + 1, end), this.language).join(' '));
				});
			}
			this.companiesNamed = named;
		}
		const stems = stemsOf(context.tokens.slice(first, last + 1), this.language).join(' ');
		return this.companiesNamed.has(stems);
	}

	/** Whether "dla" at `end` goes on a committee's name: "klubu Razem dla Kościerzyny". */
	private committeeBridge(context: SentenceContext, first: number, end: number): boolean {
		const before = context.tokens[first - 1];
		// "programu Fundusze Europejskie dla Warmii i Mazur": a programme's name runs on too.
		const programme =
			context.tokens[first]?.key === 'fundusze' && context.tokens[first + 1]?.key === 'europejskie';
		return (
			this.language === 'pl' &&
			context.tokens[end]?.key === 'dla' &&
			(programme ||
				(before?.kind === 'word' && !before.capitalised && COMMITTEE_WORDS.has(before.key))) &&
			this.isNameToken(context, end + 1)
		);
	}

	/** Past the place after "w"/"we" that seats an institution ending at `end`, or `end`. */
	private seatEnd(context: SentenceContext, end: number): number {
		const preposition = context.tokens[end];
		if (preposition?.kind !== 'word' || !SEAT_PREPOSITIONS[this.language].has(preposition.key))
			return end;
		if (!this.isNameToken(context, end + 1)) return end;
		const seatEnd = this.runEnd(context, end + 1);
		// "ZNP w Brzozowie Anna Lis": the seat ends where the person named after it starts.
		for (let index = end + 2; index < seatEnd; index++) {
			const token = context.tokens[index] as Token;
			if (this.isGivenName(token) && !this.isGivenName(context.tokens[index - 1] as Token))
				return index;
		}
		return seatEnd;
	}

	/**
	 * "Biebrzański Park Narodowy", "Tatrzańskiego Parku Narodowego", "Mazurski Park
	 * Krajobrazowy": a protected area is named by an adjective, "park" and its kind, one place
	 * wherever it stands in a run (opening a sentence, after "Dyrektor"). The index of "park".
	 */
	private protectedAreaAt(context: SentenceContext, first: number, end: number): number | null {
		if (this.language !== 'pl') return null;
		for (let at = first + 1; at + 1 < end; at++) {
			const adjective = context.tokens[at - 1] as Token;
			if (
				PARK_FORMS.has(context.tokens[at]?.key ?? '') &&
				PARK_KINDS.test(context.tokens[at + 1]?.key ?? '') &&
				/(?:sk|ck|dzk)(?:i|iego|im|a|iej|ą)$/u.test(adjective.key)
			)
				return at;
		}
		return null;
	}

	private readRun(context: SentenceContext, first: number, end: number): EntityMention[] {
		const found: EntityMention[] = [];
		const initial = this.initial.get(context) ?? [];
		if (initial[first] === true && end === first + 1 && this.isKnownCommonOpener(context, first))
			return [];
		if (end === first + 1 && this.isAgencyToldSo(context, first)) return [];
		// "na bulwarze im. Józefa Piłsudskiego": the patron a lowercase place is named after is
		// no one the article speaks of.
		if (
			this.language === 'pl' &&
			context.tokens[first - 1]?.text === '.' &&
			context.tokens[first - 2]?.key === 'im' &&
			context.tokens[first - 3]?.kind === 'word' &&
			!context.tokens[first - 3]?.capitalised
		)
			return [];
		const park = this.protectedAreaAt(context, first, end);
		if (park !== null) {
			return [
				...(park > first + 1 ? this.readRun(context, first, park - 1) : []),
				this.mention(context, park - 1, park + 1, 'place', undefined, { kind: 'park' }),
				...(park + 2 < end ? this.readRun(context, park + 2, end) : [])
			];
		}
		let start = first;
		while (start < end && !this.gazetteerAt(context, start, end)) {
			const token = context.tokens[start] as Token;
			// Before another name word, an unknown capitalised word opening a sentence is a
			// first name ("Władimir Putin"), unless it is an adjective ("Ukraińskie Siły").
			const beforeName =
				start + 1 < end && !this.lexicon.isNameAdjective(token.key) && !this.isDemonym(token);
			// "Rosjanin Michaił Mirgorodski", "Szwed Johan Lindqvist": a nationality before a
			// name is no part of it.
			const nationality =
				start + 2 < end &&
				this.isDemonym(token) &&
				!this.hasOrganisationHead(context.tokens.slice(start, end));
			// "Narodowy Fundusz Zdrowia", "Rządowe Centrum Bezpieczeństwa", "Polskie Sieci
			// Elektroenergetyczne (PSE)": an adjective before an institution's head (or a name
			// its initials follow in brackets) is the first word of the name, even opening a sentence.
			const opensInstitution =
				start + 1 < end &&
				!nationality &&
				(this.lexicon.isAdjective(token.key) ||
					this.lexicon.isNameAdjective(token.key) ||
					isDictionaryAdjective(token.text, this.morphology)) &&
				(this.headAfterAdjectives(context, start + 1, end) ||
					this.initialsInBrackets(context, start, end));
			// "Puszcza Piska to…": a natural feature's noun opening a sentence heads its name.
			const opensFeature =
				this.language === 'pl' && start + 1 < end && NATURAL_FEATURES.has(token.key);
			const dropped =
				!opensInstitution &&
				!opensFeature &&
				(nationality ||
					this.lexicon.notNames.has(token.key) ||
					(initial[start] === true &&
						((!this.isKnownName(token) && !beforeName) ||
							(this.language === 'en' && ENGLISH_ROLE_OPENERS.has(token.key)) ||
							(start + 1 < end && OPENING_KIND_WORDS.has(token.key)) ||
							this.isCommonOpener(token) ||
							this.isSentenceQualifier(token) ||
							this.isAdjectiveOpener(context, start, end) ||
							this.isPronounForm(token))));
			if (!dropped) break;
			start++;
		}
		// "Storm Agnes": a weather event named like a person is neither a person nor a place;
		// "RV Prince Madog", "HMS Victory": nor is a ship.
		// "ABX-204", "TVR-118": a product's code is no body; "the Housing and Planning Act 2016" is a law.
		const after = context.tokens[end];
		if (
			(after?.text === '-' &&
				!after.spaceBefore &&
				context.tokens[end + 1]?.kind === 'number' &&
				!context.tokens[end + 1]?.spaceBefore) ||
			(this.language === 'en' && LAW_WORDS.has(context.tokens[end - 1]?.key ?? ''))
		)
			return [];
		// "Grade II-listed": a building's listing, no name.
		if (
			this.language === 'en' &&
			context.tokens[start]?.key === 'grade' &&
			/^[IV]+\*?(?:$|-)/u.test(context.tokens[start + 1]?.text ?? '')
		)
			return [];
		if (
			this.language === 'en' &&
			((end - start >= 2 && WEATHER_EVENTS.has(context.tokens[start]?.key ?? '')) ||
				SHIP_PREFIXES.has(context.tokens[start - 1]?.key ?? '') ||
				VESSEL_WORDS.has(context.tokens[start - 1]?.key ?? ''))
		)
			return [];
		// "St Mary's Marina", "Queen's Pier": a name ending in a place's kind is that place, the
		// saint's or the title's word included.
		if (
			this.language === 'en' &&
			end - start >= 2 &&
			this.lexicon.placeHeads.has(context.tokens[end - 1]?.key ?? '') &&
			!this.gazetteerAt(context, start, end) &&
			// "Friends of Saltburn Pier": a body named after the place it serves.
			!(
				this.hasOrganisationHead([context.tokens[start] as Token]) &&
				context.tokens[start + 1]?.key === 'of'
			)
		)
			return [this.mention(context, start, end - 1, 'place')];
		// "Rzeka Wkra wylała": a river's word opening a sentence names the river after it.
		if (
			end - start >= 2 &&
			RIVER_WORDS.has(context.tokens[start]?.key ?? '') &&
			this.language === 'pl'
		)
			return [this.mention(context, start + 1, end - 1, 'place', undefined, { kind: 'river' })];
		// "Boxing Day", "St Patrick's Day", "Christmas Eve": a holiday is a date, no one.
		if (
			this.language === 'en' &&
			end - start >= 2 &&
			HOLIDAY_TAILS.has(context.tokens[end - 1]?.key ?? '') &&
			!context.tokens.slice(start, end).some((token) => this.isGivenName(token))
		)
			return [];
		if (this.namesJointAreaBody(context, start, end))
			return [this.mention(context, start, end - 1, 'organisation')];
		// "Mosty Łódź S.A. Marek Cebula": the legal form ends the company's name, places in it
		// included, and what follows is another name.
		for (let index = start + 1; index < end; index++) {
			if (!COMPANY_FORMS.has(context.tokens[index]?.key ?? '')) continue;
			// "Spółka Meble Kępno SA": the generic word opening the sentence is no part of the name.
			const generic =
				index > start + 1 && this.lexicon.organisationKinds.has(context.tokens[start]?.key ?? '');
			return [
				this.mention(context, generic ? start + 1 : start, index, 'organisation'),
				...(index + 1 < end ? this.readRun(context, index + 1, end) : [])
			];
		}
		// "z klubu Razem dla Kościerzyny": a committee's name, a party's word in it included.
		const bridged = context.tokens.slice(start, end).findIndex((token) => token.key === 'dla');
		if (bridged > 0 && this.committeeBridge(context, start, start + bridged)) {
			const mention = this.mention(context, start, end - 1, 'organisation', undefined, {
				kind: 'committee'
			});
			return [{ ...mention, base: mention.surface }];
		}
		// "przez gdańską spółkę Hydrobud Pomorze": after a generic word the whole run is the
		// company's name, a place in it included, and stays in its base form.
		const kindBefore = context.tokens[start - 1];
		if (
			this.language === 'pl' &&
			end - start >= 2 &&
			kindBefore?.kind === 'word' &&
			!kindBefore.capitalised &&
			this.lexicon.organisationKinds.has(kindBefore.key) &&
			!context.tokens.slice(start, end).some((token) => this.isGivenName(token))
		) {
			const mention = this.mention(context, start, end - 1, 'organisation');
			return [{ ...mention, base: mention.surface }];
		}
		// "Spółka PKP Polskie Linie Kolejowe", "koncern ORLEN": a generic word before an acronym
		// says that an organisation is named; the name starts at the acronym.
		if (
			end - start >= 2 &&
			this.lexicon.organisationKinds.has(context.tokens[start]?.key ?? '') &&
			context.tokens[start + 1]?.acronym === true
		) {
			return [this.mention(context, start + 1, end - 1, 'organisation')];
		}
		// "Ministerstwo Edukacji Narodowej", "Port of Rotterdam Authority": a name that opens
		// with an organisation's head is one name, whatever places it holds.
		if (end - start >= 2 && this.hasOrganisationHead([context.tokens[start] as Token])) {
			// "Towarzystwa Miłośników Ziemi Kłodzkiej Stanisław Gorczyca": a given name followed
			// by a surname starts the person the institution is named before.
			for (let index = start + 2; index < end - 1; index++) {
				const token = context.tokens[index] as Token;
				if (this.isGivenName(token) && !this.isGivenName(context.tokens[index - 1] as Token)) {
					return [
						this.mention(context, start, index - 1, 'organisation'),
						this.mention(context, index, end - 1, 'person')
					];
				}
			}
			return [this.mention(context, start, end - 1, 'organisation')];
		}
		// Only a title right before the name is its title: "analysts at Drewry" are not Drewry.
		let titled = this.isTitle(context.tokens[start - 1]);
		let segment = -1;
		const flush = (until: number) => {
			if (segment >= 0) {
				const mention = this.classify(context, segment, until - 1, titled);
				if (mention) found.push(mention);
				titled = false;
			}
			segment = -1;
		};
		for (let index = start; index < end;) {
			const club = this.clubAt(context, index, end);
			if (club) {
				flush(index);
				found.push(
					this.mention(context, index, club.last, 'organisation', undefined, {
						kind: club.kind,
						base: club.base
					})
				);
				index = club.last + 1;
				titled = false;
				continue;
			}
			const known = this.gazetteerAt(context, index, end);
			// "U.S. State Department", "Istanbul Technical University", "Shropshire Council": a
			// country, a city or a county opening an organisation's name is part of it.
			// "Polski Związek Piłki Nożnej": "Polski" before a head is the adjective, not Poland's
			// genitive.
			if (
				known !== null &&
				PLACE_TYPES.has(known.entry.type) &&
				known.last + 1 < end &&
				(this.endsInOrganisationHead(context.tokens[end - 1] as Token) ||
					(known.entry.type === 'country' &&
						known.last === index &&
						NOMINATIVE_ADJECTIVE.test(context.tokens[index]?.key ?? '') &&
						this.hasOrganisationHead([context.tokens[index + 1] as Token])))
			) {
				flush(index);
				found.push(this.mention(context, index, end - 1, 'organisation'));
				titled = false;
				break;
			}
			// "NHS England", "BBC Wales": a service's acronym with its nation or city is one
			// organisation, its branch there.
			if (
				this.language === 'en' &&
				known !== null &&
				PLACE_TYPES.has(known.entry.type) &&
				known.last === end - 1 &&
				index === start + 1 &&
				context.tokens[start]?.acronym === true &&
				segment === start
			) {
				found.push(this.mention(context, start, end - 1, 'organisation'));
				segment = -1;
				break;
			}
			// "Arts Council England", "Homes England": a national body's name ends with its
			// nation; "South Wales", "North Scotland": a compass word makes the nation a region.
			if (
				this.language === 'en' &&
				known !== null &&
				known.last === index &&
				index > start &&
				segment === start &&
				NATIONS_ENDING_BODIES.has(context.tokens[index]?.key ?? '')
			) {
				const qualifier = context.tokens[index - 1]?.key ?? '';
				if (index === start + 1 && COMPASS_WORDS.has(qualifier)) {
					found.push(this.mention(context, start, index, known.entry.type));
					segment = -1;
					index = known.last + 1;
					titled = false;
					continue;
				}
				if (index === end - 1 && !PLACE_QUALIFIERS_BEFORE_NATION.has(qualifier)) {
					found.push(this.mention(context, start, end - 1, 'organisation'));
					segment = -1;
					break;
				}
			}
			// "dr Katarzyna Mazur": after a given name, a word that is also a place is a surname.
			const surname =
				known !== null &&
				known.last === index &&
				index > start &&
				this.isGivenName(context.tokens[index - 1] as Token);
			// "Prezes Hydrobudu Pomorze": a company the article names after "spółkę" elsewhere
			// holds the place in its name here too.
			if (known && segment >= 0 && this.namesCompanyNamed(context, segment, known.last)) {
				found.push(this.mention(context, segment, known.last, 'organisation'));
				segment = -1;
				index = known.last + 1;
				titled = false;
				continue;
			}
			if (known && !surname) {
				flush(index);
				found.push(this.mention(context, index, known.last, known.entry.type, known.entry));
				index = known.last + 1;
				titled = false;
				continue;
			}
			const token = context.tokens[index] as Token;
			// "trener Pogoni Szwed Olof Bergström": a nationality between two names is part of
			// neither; the name after it is a person's.
			if (
				segment >= 0 &&
				index + 2 < end &&
				this.isDemonym(token) &&
				!this.hasOrganisationHead(context.tokens.slice(index, end))
			) {
				flush(index);
				titled = true;
				index++;
				continue;
			}
			// "Rada ds. Zdrowia": the office's link stays inside the name.
			const link = segment >= 0 ? this.officeLinkAt(context, index) : 0;
			if (link > 0) {
				index += link;
				continue;
			}
			// "Dróg i Zieleni": a linking word the run took stays inside the name.
			const bridge =
				segment >= 0 && !token.capitalised && NAME_BRIDGES[this.language].has(token.key);
			const initialOfSurname =
				segment >= 0 && this.isInitial(token) && context.tokens[index + 1]?.text === '.';
			if (
				!bridge &&
				!initialOfSurname &&
				(this.isTitle(token) || this.lexicon.notNames.has(token.key))
			) {
				flush(index);
				titled = this.isTitle(token);
				index++;
				continue;
			}
			// "MZDiZ Ewa Rogalska", "PiS Robert Surowiec": an acronym, then a person.
			// "Gorzowa Jacek Wojtaszek": a person's name starts at a given name.
			const previous = context.tokens[index - 1];
			// "trener Lecha Henrik Sørgaard": after a declined name, two names in their base
			// form are someone else's; a man's names agree in case (a woman's surname may
			// not decline, "Anny Kowalczyk", hence two).
			// "Dr Moira Thomas": after a title, the one word before a given name is the given name.
			const titledGivenName = titled && this.language === 'en' && segment === index - 1;
			const startsPerson =
				segment >= 0 &&
				!titledGivenName &&
				!initialOfSurname &&
				previous !== undefined &&
				((this.isGivenName(token) && !this.isGivenName(previous)) ||
					(index + 1 < end && segment === index - 1 && this.inOtherCase(previous, token))) &&
				!NAME_PARTICLES.has(previous.key) &&
				// "St Andrew's Church": the saint's given name is part of the church's name.
				!(this.language === 'en' && SAINT_WORDS.has(previous.key));
			// "PKP Polskie Linie Kolejowe": an acronym before words that name no person is the
			// first word of a company's name.
			const afterAcronym =
				segment === index - 1 &&
				previous?.acronym === true &&
				!token.acronym &&
				!this.namesCompany(context.tokens.slice(index, Math.min(end, index + LONGEST_NAME)));
			if (startsPerson || afterAcronym) {
				flush(index);
				titled = startsPerson;
			}
			if (segment < 0) segment = index;
			index++;
		}
		flush(end);
		return found;
	}

	find(): EntityMention[] {
		const mentions: EntityMention[] = [];
		for (const context of this.reading.sentences) {
			for (let index = 0; index < context.tokens.length; index++) {
				// "firma „Hydrobud”", "dla „Orlenu”": a quoted name inside a sentence names a
				// company, a club, a newspaper; the quotation mark hides its capital.
				const quoted = index > 0 ? this.quotedNameEnd(context, index) : -1;
				if (quoted > 0) {
					mentions.push(this.mention(context, index + 1, quoted - 2, 'organisation'));
					index = quoted - 1;
					continue;
				}
				const unit = this.administrativeUnitAt(context, index);
				if (unit) {
					mentions.push(unit);
					index = unit.last;
					continue;
				}
				const opener = context.tokens[index];
				if (
					index === 0 &&
					opener?.kind === 'word' &&
					this.lexicon.streetKinds.has(opener.key) &&
					context.tokens[index + 1]?.capitalised
				)
					continue;
				// "ul. Doc. Adama Dowgirda": the patron's title is no name; the street starts after it.
				if (this.isPatronTitleAfterStreetKind(context, index)) continue;
				if (!this.isNameToken(context, index)) {
					const token = context.tokens[index] as Token;
					const place =
						token.kind === 'word' && token.capitalised && this.locatedPrefix(token)
							? this.locatedPlace(context, index)
							: null;
					if (place) mentions.push(place);
					continue;
				}
				let end = this.runEnd(context, index);
				const kind = this.streetKindBefore(context, index);
				// "ulic Włókienniczej, Kilińskiego i Jaracza": the kind before the first street of
				// a list names the others too.
				const listed = kind < 0 ? this.listedStreet(context, index, mentions) : null;
				if (listed) {
					const kindWord = this.streetKinds.get(listed) ?? (context.tokens[listed.first] as Token);
					const surface = this.reading.text.slice(
						(context.tokens[index] as Token).start,
						(context.tokens[end - 1] as Token).end
					);
					const base = this.lexicon
						.baseName([kindWord.text, ...surface.split(/\s+/u)], 'place', this.morphology)
						.join(' ');
					const street = this.mention(context, index, end - 1, 'place', undefined, {
						kind: 'street',
						base
					});
					this.streetKinds.set(street, kindWord);
					mentions.push(street);
					index = end - 1;
					continue;
				}
				if (kind >= 0) {
					// "al. Jana Pawła II": the patron's numeral is part of the street's name.
					const numeral = context.tokens[end];
					if (numeral?.acronym && ROMAN_NUMERAL.test(numeral.key)) end++;
					const street = this.mention(context, kind, end - 1, 'place', undefined, {
						kind: 'street'
					});
					// "ulicy Lipowej" and "ul. Lipowej": one street, whichever way its kind is written.
					const kindKey = streetKindKey((context.tokens[kind] as Token).text);
					if (kindKey !== undefined) street.stems = [kindKey, ...street.stems.slice(1)];
					mentions.push(street);
					index = end - 1;
					continue;
				}
				const found = this.readRun(context, index, end);
				const last = found[found.length - 1];
				if (last?.type === 'organisation' && !last.gazetteer && last.last === end - 1) {
					// "Zakłady Taborowe „Pomorze”": the quoted name is the institution's own.
					// "Zespołu Szkół im. Jana Pawła II": the patron is part of a school's name.
					const patron = this.patronEnd(context, end);
					const named = patron > end ? patron : this.quotedNameEnd(context, end);
					// "Komendy Wojewódzkiej Policji (KWP) w Białymstoku": the seat after the acronym
					// in brackets is the institution's too; the acronym stays a mention of its own.
					const acronym = context.tokens[end + 1];
					const bracketed =
						named < 0 &&
						this.language === 'pl' &&
						context.tokens[end]?.text === '(' &&
						acronym?.acronym === true &&
						context.tokens[end + 2]?.text === ')' &&
						this.seatEnd(context, end + 3) > end + 3;
					const withName = named > 0 ? named : bracketed ? end + 3 : end;
					// "Sąd Okręgowy w Poznaniu": the seat belongs to a local institution's name;
					// the place stays a mention of its own.
					const seated = this.seatEnd(context, withName);
					if (withName > end || seated > withName) {
						found[found.length - 1] = this.mention(context, last.first, seated - 1, 'organisation');
						if (bracketed) found.push(this.mention(context, end + 1, end + 1, 'organisation'));
						if (seated > withName) found.push(...this.readRun(context, withName + 1, seated));
						end = seated;
					}
				}
				mentions.push(...found.sort((a, b) => a.start - b.start || b.end - a.end));
				index = end - 1;
			}
		}
		return mentions;
	}
}

export function findMentions(
	reading: ReadingContext,
	lexicon: ExtractionLexicon,
	language: Language,
	morphology?: Morphology
): EntityMention[] {
	return new MentionFinder(reading, lexicon, language, morphology).find();
}

interface Group {
	type: Guess;
	gazetteer?: GazetteerEntry;
	kind?: string;
	base?: string;
	stems: string[];
	mentions: EntityMention[];
}

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['country', 'city', 'place']);

function categoryOf(type: EntityType): EntityCategory {
	if (type === 'person') return 'person';
	return PLACE_TYPES.has(type) ? 'place' : 'organisation';
}

/** "MZDiZ" → "MZDIZ"; "U.S." → "US": an acronym's letters, for comparing with initials. */
function acronymLetters(surface: string): string {
	return surface.replace(/[^\p{L}]/gu, '').toUpperCase();
}

/**
 * The initials of a name, with and without its lowercase linking words: "Miejski Zarząd Dróg
 * i Zieleni" → MZDIZ and MZDZ, "National Union of Journalists" → NUOJ and NUJ, "U.S.
 * Geological Survey" → USGS.
 */
function initialsOf(written: string): string[] {
	const surface = written.replace(/\s\(\p{Lu}[\p{L}.]*\)(?=\s|$)/gu, '');
	// "Miejskie Przedsiębiorstwo Komunikacyjne w Poznaniu" is the MPK: the seat has no letter.
	const seat = /\s(?:w|we)\s\p{Lu}/u.exec(surface);
	const named = seat ? [surface.slice(0, seat.index)] : [];
	return [surface, ...named].flatMap(initialsOfWords);
}

function initialsOfWords(surface: string): string[] {
	const words = surface.split(/[\s.-]+/u).filter(Boolean);
	const all = words.map((word) => word[0] ?? '').join('');
	const capitals = words
		.filter((word) => word[0] !== word[0]?.toLowerCase())
		.map((word) => word[0] ?? '')
		.join('');
	return [all.toUpperCase(), capitals.toUpperCase()];
}

/** An acronym as written: "USGS", "U.S.", "MZDiZ", and "UWr", "GUMed" with a lowercase tail. */
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\p{Ll}.]*\p{Lu}\.?|\p{Lu}{2,}\p{Ll}{1,3})$/u;

/**
 * "Centrum Inżynierii Materiałowej UWr": a unit named with the acronym of the institution it
 * belongs to, where the article names that institution, is named without it.
 */
function dropParentAcronyms(
	groups: Map<string, Group>,
	lexicon: ExtractionLexicon,
	morphology: Morphology | undefined
): void {
	const owners = new Map<string, Group>();
	for (const group of groups.values())
		for (const mention of group.mentions)
			if (mention.stems.length === 1 && ACRONYM.test(mention.surface))
				owners.set(mention.surface, group);
	for (const group of groups.values()) {
		if (group.type !== 'organisation' || group.gazetteer || group.base) continue;
		const words = group.mentions.map((mention) => mention.surface.split(/\s+/u));
		const last = words[0]?.[words[0].length - 1] ?? '';
		const owner = owners.get(last);
		if (!owner || owner === group) continue;
		if (!words.every((written) => written.length >= 3 && written[written.length - 1] === last))
			continue;
		const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
		group.base = lexicon.baseName(longest.slice(0, -1), 'organisation', morphology).join(' ');
	}
}

/**
 * Merges an acronym into the name it stands for: the name right before it in brackets ("U.S.
 * Geological Survey (USGS)"), or a name of the article whose initials it is ("Miejskiego
 * Zarządu Dróg i Zieleni" … "MZDiZ"). The name keeps its type; the acronym becomes an alias.
 */
/**
 * "Lubuskiego WOPR" is the "Lubuskie Wodne Ochotnicze Pogotowie Ratunkowe" the article names
 * in full: an adjective, then the initials of the rest of a body's name.
 */
function mergeQualifiedAcronyms(groups: Map<string, Group>): void {
	for (const [key, group] of groups) {
		if (group.gazetteer) continue;
		const qualified = group.mentions.every((mention) => {
			const words = mention.surface.split(/\s+/u);
			return words.length === 2 && ACRONYM.test(words[1] as string);
		});
		if (!qualified) continue;
		const acronym = (group.mentions[0] as EntityMention).surface.split(/\s+/u)[1] as string;
		const letters = acronymLetters(acronym);
		const target = [...groups.values()].find(
			(other) =>
				other !== group &&
				other.type !== 'person' &&
				other.mentions.some((mention) => {
					const [first, ...rest] = mention.surface.split(/\s+/u);
					return (
						first !== undefined &&
						rest.length >= 2 &&
						mention.stems[0] === group.mentions[0]?.stems[0] &&
						initialsOfWords(rest.join(' ')).includes(letters)
					);
				})
		);
		if (!target) continue;
		target.mentions.push(...group.mentions);
		if (target.type === 'unknown' || target.type === 'person') target.type = 'organisation';
		groups.delete(key);
	}
}

function mergeAcronyms(groups: Map<string, Group>, mentions: readonly EntityMention[]): void {
	const groupOf = new Map<EntityMention, [string, Group]>();
	for (const entry of groups) for (const mention of entry[1].mentions) groupOf.set(mention, entry);
	const isAcronymGroup = (group: Group) =>
		!group.gazetteer &&
		group.mentions.every(
			(mention) =>
				mention.stems.length === 1 && ACRONYM.test(mention.surface.replace(/['’]s$/u, ''))
		);
	mentions.forEach((mention, index) => {
		const found = groupOf.get(mention);
		if (!found || !groups.has(found[0]) || !isAcronymGroup(found[1])) return;
		const [key, acronymGroup] = found;
		const letters = acronymLetters(mention.surface.replace(/['’]s$/u, ''));
		if (letters.length < 2) return;
		// "(USGS)" right after the name it stands for; "Instytut Rybactwa w Olsztynie (IRŚ)":
		// after an institution's seat, the institution's, never the town's.
		const before = mentions[index - 1];
		const holder = mentions[index - 2];
		const seatOf =
			before &&
			holder &&
			holder.sentence === before.sentence &&
			holder.start <= before.start &&
			holder.end >= before.end &&
			!initialsOf(before.surface).includes(letters)
				? holder
				: before;
		let target: Group | undefined;
		// "Komenda Miejska Państwowej Straży Pożarnej (PSP) w Ełku": the name holding the
		// brackets, its seat after them.
		if (
			before &&
			before.sentence === mention.sentence &&
			before.start < mention.start &&
			before.end > mention.end
		)
			target = groupOf.get(before)?.[1];
		if (
			!target &&
			before &&
			seatOf &&
			before.sentence === mention.sentence &&
			mention.start - before.end <= 2 &&
			mention.first === before.last + 2 &&
			!isAcronymGroup(groupOf.get(seatOf)?.[1] ?? acronymGroup)
		) {
			target = groupOf.get(seatOf)?.[1];
		}
		target ??= [...groups.values()].find(
			(group) =>
				group !== acronymGroup &&
				group.type !== 'person' &&
				group.mentions.some(
					(other) => other.stems.length >= 2 && initialsOf(other.surface).includes(letters)
				)
		);
		if (!target || target === acronymGroup) return;
		target.mentions.push(...acronymGroup.mentions);
		if (target.type === 'unknown' || target.type === 'person') target.type = 'organisation';
		groups.delete(key);
		for (const moved of acronymGroup.mentions) groupOf.set(moved, [key, target]);
	});
}

/**
 * An institution named after its country, as readers name it: "U.S. Geological Survey" is
 * also the "US Geological Survey", the "United States Geological Survey" and, where the
 * article is about it, the "Geological Survey".
 */
function countryOpened(name: string, language: Language): string[] {
	const words = name.split(/\s+/u);
	for (let length = Math.min(3, words.length - 2); length >= 1; length--) {
		const opening = words.slice(0, length).join(' ');
		const found = gazetteerIndex(language).get(nameKey(opening, language));
		if (found?.entry.type !== 'country') continue;
		const { entry } = found;
		// As written: "Polskie Linie Lotnicze" opens with an adjective, not with Poland; so does
		// "Polski Związek Piłki Nożnej", though "Polski" is also Poland's genitive.
		if (![entry.name.pl, entry.name.en, ...entry.aliases].includes(opening)) continue;
		if (language === 'pl' && NOMINATIVE_ADJECTIVE.test(foldText(opening))) continue;
		const rest = words.slice(length).join(' ');
		const names = [entry.name[language], ...entry.aliases.filter((alias) => !/\s/u.test(alias))];
		return [rest, ...names.map((country) => `${country} ${rest}`)];
	}
	return [];
}

/**
 * The dictionary's forms of a place's last word whose stem is not the name's: "Warcie" of
 * "Warta", "Łodzi" of "Łódź"; scoring matches the others by stem. Not for surnames: the
 * dictionary derives other names from them ("Mazurek" from "Mazur").
 */
function alternatingForms(
	name: string,
	language: Language,
	morphology: Morphology | undefined
): string[] {
	if (!morphology) return [];
	const word = name.split(/\s+/u).pop() ?? '';
	const own = stem(foldText(word), language);
	return morphology
		.forms(word)
		.filter((form) => stem(foldText(form), language) !== own && /^\p{Lu}/u.test(form));
}

/** First words of a company's name that a reader leaves out before its brand. */
const BRAND_HEADS = new Set(['Bank', 'Klub', 'Koncern', 'Grupa', 'Group']);

/** Last words of a company's name that a reader leaves out: "Severnside (Water)". */
const CORPORATE_TAILS = new Set([
	'Capital',
	'Partners',
	'Water',
	'Group',
	'Holdings',
	'Media',
	'S.A.',
	'SA'
]);

/**
 * What a reader calls an entity for short: a person's surname, a name without "The" or a
 * street's kind, an institution without its seat ("Sąd Okręgowy" of "Sąd Okręgowy w Poznaniu"), a company by
 * its quoted name ("Pomorze") or without "Capital" or "Water", a river without "River".
 */
function shortForms(name: string, type: EntityType): string[] {
	const words = name.split(/\s+/u);
	// "Marian W.": an initial alone names nobody.
	if (type === 'person') {
		const surname = words[words.length - 1] as string;
		if (words.length < 2 || /^\p{Lu}\.$/u.test(surname)) return [];
		// "Kowalska-Nurek": a Polish woman's surname joined to her husband's, either part as
		// readers shorten it ("Lloyd-Hughes" is one English surname).
		const parts = surname.split('-').filter((part) => /^\p{Lu}\p{Ll}{2,}$/u.test(part));
		const joined = parts.length === 2 && /(?:sk|ck|dzk)a$/u.test(parts[0] as string);
		return [surname, ...(joined ? parts : [])];
	}
	const forms: string[] = [];
	if (words.length >= 2 && words[0] === 'The') forms.push(words.slice(1).join(' '));
	if (words.length >= 2 && ['River', 'Loch', 'Lake', 'Mount'].includes(words[0] as string))
		forms.push(words.slice(1).join(' '));
	// "ul. Przemysłowa" is "Przemysłowa"; "most Królowej Jadwigi" is "Królowej Jadwigi".
	const initial = (words[0] ?? '').charAt(0);
	if (words.length >= 2 && initial !== initial.toUpperCase()) forms.push(words.slice(1).join(' '));
	// "Jezioro Nidzkie" is "Nidzkie": a lake goes by its adjective alone.
	if (words.length === 2 && NATURAL_FEATURES.get(foldText(words[0] as string)) === 'lake')
		forms.push(words[1] as string);
	const seat = /\s(?:w|we)\s\p{Lu}/u.exec(name);
	if (seat && type === 'organisation') forms.push(name.slice(0, seat.index));
	// "Zespół Szkół im. Jana Kochanowskiego w Nysie": the school without its patron.
	const patron = /\sim\.\s/u.exec(name);
	if (patron && type === 'organisation') {
		const kind = name.slice(0, patron.index);
		forms.push(kind);
		if (seat) forms.push(`${kind}${name.slice(seat.index)}`);
	}
	const quoted = /[„"“]([^”"]+)[”"]/u.exec(name);
	if (quoted?.[1] && words.length >= 2) {
		// "Stowarzyszenie Lokatorów „Dom”": the quoted part, or the kind before it, for short.
		forms.push(quoted[1]);
		if (quoted.index > 0) forms.push(name.slice(0, quoted.index).trim());
	}
	// "Bank Pekao" is "Pekao"; "Bank Światowy" keeps its head, which the adjective needs.
	const [head, brand] = words;
	if (
		words.length === 2 &&
		BRAND_HEADS.has(head as string) &&
		!/(?:ski|ska|cki|cka|owy|owa|ny|na|wy|wa)$/u.test(brand as string)
	)
		forms.push(brand as string);
	let kept = words.length;
	while (kept > 1 && CORPORATE_TAILS.has(words[kept - 1] as string)) {
		kept--;
		forms.push(words.slice(0, kept).join(' '));
	}
	return forms;
}

/**
 * "Hydrobud" of "Hydrobud Pomorze", "Hydrobudu" of "Hydrobudu Pomorze": a company named by
 * its own word and a region goes by its own word alone, in each case the article writes.
 */
function regionalBranchForms(mentions: readonly EntityMention[], language: Language): string[] {
	// "NHS Scotland", "RNLI Wales": an acronym with a nation is the branch of a body that goes
	// by the acronym, an organisation of its own.
	if (language !== 'pl') return [];
	const places = gazetteerIndex(language);
	return mentions.flatMap((mention) => {
		const words = mention.surface.split(/\s+/u);
		if (ACRONYM.test(words[0] ?? '')) return [];
		const region = places.get(nameKey(words[1] ?? '', language))?.entry;
		// "Koleje Wielkopolskie" is named by the region's adjective, and goes by no "Koleje".
		const named = region?.kind === 'region' && region.name[language] === words[1];
		return words.length === 2 && named ? [words[0] as string] : [];
	});
}

/** "Lech" of "Lech Poznań": a club by its own word, never by its city. */
function clubShortForms(name: string): string[] {
	const words = name.split(/\s+/u);
	return words.length >= 2 ? [words[0] as string] : [];
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
	if (needle.length === 0 || needle.length > haystack.length) return false;
	for (let start = 0; start + needle.length <= haystack.length; start++) {
		if (needle.every((word, offset) => haystack[start + offset] === word)) return true;
	}
	return false;
}

/**
 * The base form of a group's name: the gazetteer's, or else among the mentions with the
 * most words, one already in its base form (the shortest), or else the first one's base form.
 */
function baseName(
	group: Group & { type: EntityType },
	language: Language,
	lexicon: ExtractionLexicon,
	morphology: Morphology | undefined
): string {
	if (group.gazetteer) return group.gazetteer.name[language];
	if (group.base) return group.base;
	const most = Math.max(...group.mentions.map((mention) => mention.stems.length));
	const fullest = group.mentions.filter((mention) => mention.stems.length === most);
	// "Mosty Łódź S.A.": a registered company's name is written as registered, in any case.
	const registered = fullest.find((mention) =>
		COMPANY_FORMS.has(
			foldText(mention.surface.split(/\s+/u).pop() ?? '')
				.replace(/\W+/gu, ' ')
				.trim()
		)
	);
	// The legal form closes the name but is no word of it: "Mosty Łódź S.A." is "Mosty Łódź".
	if (registered) return registered.surface.replace(/\s+S\.?\s?A\.?$/u, '');
	const kind =
		group.type === 'person' ? 'person' : PLACE_TYPES.has(group.type) ? 'place' : 'organisation';
	// "Komendy Wojewódzkiej Policji (KWP) w Białymstoku": the acronym is no word of the name.
	const wordsOf = (surface: string) =>
		surface.split(/\s+/).filter((word) => !/^\(\p{Lu}[\p{L}.]*\)$/u.test(word));
	const based = fullest.map((mention) =>
		lexicon.baseName(wordsOf(mention.surface), kind, morphology).join(' ')
	);
	if (language === 'pl' && kind === 'place' && most === 1) {
		// The dictionary's own plural ("Kielcach": Kielce) before one by analogy; its singular
		// ("Siarach": a surname Siara) cannot be the place "-ach" is said of.
		const plural = fullest
			.map((mention, index) => {
				const guessed = pluralPlaceNominative(mention.surface);
				const known = based[index] as string;
				return guessed !== undefined && known !== mention.surface && /[yie]$/u.test(known)
					? known
					: guessed;
			})
			.find((nominative) => nominative !== undefined);
		if (plural !== undefined) return plural;
	}
	let best: string | null = null;
	fullest.forEach((mention, index) => {
		if (based[index] === mention.surface && (best === null || mention.surface.length < best.length))
			best = mention.surface;
	});
	return best ?? based[0] ?? '';
}

/**
 * "Siarach", "Siarami" → "Siary", "Kaczkach" → "Kaczki", "Rudnicach" → "Rudnice": a one-word
 * place in a case only a plural has, to the nominative plural its stem takes.
 */
function pluralPlaceNominative(surface: string): string | undefined {
	const match = /^(\p{Lu}\p{Ll}{2,}?)(?:ami|ach)$/u.exec(surface);
	const stem = match?.[1];
	if (stem === undefined) return undefined;
	if (/[kg]$/u.test(stem)) return `${stem}i`;
	if (/(?:[cjlńśźżć]|cz|sz|rz|dz)$/u.test(stem)) return `${stem}e`;
	return `${stem}y`;
}

/**
 * Merges a name into the one organisation whose name it opens: "Severnside" and "Harbor
 * Ridge" are "Severnside Water" and "Harbor Ridge Capital" for short.
 */
function mergeIntoOrganisations(groups: Map<string, Group>, language: Language): void {
	const places = gazetteerIndex(language);
	const isClub = (group: Group) => (group.gazetteer?.kind ?? group.kind) === 'club';
	const organisations = [...groups.values()].filter(
		(group) =>
			group.type === 'organisation' &&
			(!group.gazetteer || isClub(group)) &&
			group.stems.length >= 2
	);
	for (const [key, group] of groups) {
		if (group.gazetteer) continue;
		const opened = organisations.filter(
			(organisation) =>
				organisation !== group &&
				organisation.stems.length > group.stems.length &&
				group.stems.every((word, index) => organisation.stems[index] === word)
		);
		if (opened.length !== 1) continue;
		// "the NHS" beside "NHS Wales": an acronym alone is the national body, and the name it
		// opens with a country or a region after it is a branch of its own.
		const rest = (opened[0] as Group).stems.slice(group.stems.length).join(' ');
		const branch = places.get(rest)?.entry;
		const acronym = group.mentions.every((mention) =>
			/^\p{Lu}{2,}(?:['’]s)?$/u.test(mention.surface)
		);
		if (acronym && branch && PLACE_TYPES.has(branch.type)) continue;
		// "Henry Williamson" the writer stays apart from the Henry Williamson Society.
		const person =
			group.type === 'person' &&
			group.stems.length >= 2 &&
			group.mentions.some((mention) =>
				GIVEN_NAME_SET.has(foldText(mention.surface.split(/\s+/u)[0] ?? ''))
			);
		if (person) continue;
		// "z Pogonią" was taken for a town by its preposition; only a club's name says otherwise.
		// "Lincolnshire" stays apart from "Lincolnshire County Council"; "St Bede's", the
		// possessive of "St Bede's Hospital", is the hospital for short.
		// "Ludlow's" beside "Ludlow Library" is the town's: the hospital's name holds the "'s".
		const possessive =
			group.mentions.every((mention) => /['’]s$/u.test(mention.surface)) &&
			(opened[0] as Group).mentions.some((mention) =>
				mention.surface.includes(group.mentions[0]?.surface ?? '\u0000')
			);
		if (PLACE_TYPES.has(group.type as EntityType) && !possessive && !isClub(opened[0] as Group))
			continue;
		(opened[0] as Group).mentions.push(...group.mentions);
		groups.delete(key);
	}
}

/**
 * Merges mentions into entities: by gazetteer entry, then by the stems of all their words,
 * then a shorter mention into the person whose name contains it ("Putin" → "Władimir
 * Putin"). A lone unknown capitalised word is kept only if the article repeats it or it did
 * something (a statement's subject); it is then taken for an organisation.
 */
/**
 * A one-word name by the dictionary's name it is a form of, where it knows one: "Lecha" and
 * "Lech" are Lech, "Lechią" is Lechia, another club, though the stems agree. The shortest
 * such lemma, so that every form of one name gives the same key ("Szweda": Szwed).
 */
function lemmaKey(mention: EntityMention, morphology: Morphology | undefined): string | null {
	if (!morphology || mention.stems.length !== 1) return null;
	// "w Siarach", "z Siar": a plural village the dictionary reads as some singular noun's
	// cases goes by its stem, which its other cases share.
	if (
		PLACE_TYPES.has(mention.type as EntityType) &&
		pluralPlaceNominative(mention.surface) !== undefined
	)
		return null;
	const names = morphology
		.lemmas(mention.surface)
		.filter((lemma) => lemma !== lemma.toLowerCase())
		.sort((a, b) => a.length - b.length || a.localeCompare(b));
	return names[0] === undefined ? null : `lemma:${foldText(names[0])}`;
}

export function mergeMentions(
	mentions: readonly EntityMention[],
	language: Language,
	lexicon: ExtractionLexicon,
	/** Mentions to keep even when unknown and alone: the subjects of statements. */
	subjects: ReadonlySet<EntityMention> = new Set(),
	morphology?: Morphology
): ExtractedEntity[] {
	const groups = new Map<string, Group>();
	// "Halina Czech … mówi Czech": a place's alias that is the surname of a person the article
	// names in full is the person's, and stays no alias of the place.
	const surnames = new Set(
		mentions
			.filter((mention) => mention.type === 'person' && mention.stems.length >= 2)
			.map((mention) => foldText(mention.surface.split(/\s+/u).pop() ?? ''))
	);
	for (const mention of mentions) {
		if (
			mention.gazetteer &&
			mention.stems.length === 1 &&
			PLACE_TYPES.has(mention.gazetteer.type) &&
			surnames.has(foldText(mention.surface))
		) {
			delete mention.gazetteer;
			mention.type = 'person';
		}
	}
	for (const mention of mentions) {
		const key = mention.gazetteer
			? `g:${mention.gazetteer.id}`
			: `n:${lemmaKey(mention, morphology) ?? mention.stems.join(' ')}`;
		const group = groups.get(key);
		if (group) {
			group.mentions.push(mention);
			if (group.type === 'unknown') group.type = mention.type;
			// "w Wkrze" was taken for a town by its preposition; "nad Wkrą" says a river.
			if (mention.kind && !group.kind && !group.gazetteer && mention.type === 'place') {
				group.type = 'place';
				group.kind = mention.kind;
			}
		} else {
			groups.set(key, {
				type: mention.type,
				stems: mention.stems,
				mentions: [mention],
				...(mention.gazetteer ? { gazetteer: mention.gazetteer } : {}),
				...(mention.kind ? { kind: mention.kind } : {}),
				...(mention.base ? { base: mention.base } : {})
			});
		}
	}

	// People by each stem of their names, so a short mention is compared with few of them.
	const peopleByStem = new Map<string, Group[]>();
	for (const group of groups.values()) {
		if (group.type !== 'person') continue;
		for (const word of new Set(group.stems)) {
			const list = peopleByStem.get(word) ?? [];
			list.push(group);
			peopleByStem.set(word, list);
		}
	}
	for (const [key, group] of groups) {
		// "razem z Jankowskim": a town guessed from its preposition alone may be a person's
		// surname, and is the person's when the article names that person in full.
		// "przewaga nad Nowakiem" reads as a river by its preposition alone.
		const guessed =
			group.type === 'person' ||
			group.type === 'unknown' ||
			group.type === 'city' ||
			group.kind === 'river';
		if (group.gazetteer || !guessed) continue;
		// "Surowca" for "Robert Surowiec": stems differ where the base forms agree.
		const lone = group.stems.length === 1 && group.mentions[0] ? group.mentions[0].surface : null;
		const loneBase =
			lone === null ? null : foldText(lexicon.baseName([lone], 'person', morphology)[0] ?? lone);
		// A guessed town joins only a person named in full whose surname is its base form: "z
		// Lechią" shares a stem with the club "Lech" read as a person, but names another club.
		const byStem =
			group.type === 'city' || group.kind === 'river'
				? []
				: (peopleByStem.get(group.stems[0] ?? '') ?? []);
		const fuller =
			byStem
				.filter((person) => person !== group && containsRun(person.stems, group.stems))
				.sort((a, b) => b.mentions.length - a.mentions.length)[0] ??
			(loneBase === null
				? undefined
				: [...groups.values()].find(
						(person) =>
							person !== group &&
							person.type === 'person' &&
							person.mentions.some((mention) => {
								const words = mention.surface.split(/\s+/u);
								const surname = words[words.length - 1] ?? '';
								if (words.length < 2) return false;
								if (foldText(surname) === loneBase) return true;
								// "Tomasza Jankowskiego" is the one "z Jankowskim" names.
								const base = lexicon.baseName([surname], 'person', morphology)[0];
								return base !== undefined && foldText(base) === loneBase;
							})
					));
		if (!fuller) continue;
		fuller.mentions.push(...group.mentions);
		groups.delete(key);
	}

	// "on the Severn", "the Cefni has…" are the "River Severn", "River Cefni" the article
	// named before or after; "between Sleaford and Heckington" names the village, not the
	// "Heckington Village Hall" of another paragraph.
	const waterWordsOnly = (other: Group) =>
		other.mentions.some((mention) => {
			const words = mention.surface.split(/\s+/u).map((word) => foldText(word));
			return words.length === 2 && words.some((word) => ENGLISH_WATER_WORDS.has(word));
		});
	for (const [key, group] of groups) {
		if (group.stems.length !== 1 || group.type !== 'unknown' || language !== 'en') continue;
		const place = [...groups.values()].find(
			(other) =>
				other !== group &&
				other.stems.length >= 2 &&
				(other.type === 'place' || other.type === 'city') &&
				other.stems.includes(group.stems[0] ?? '') &&
				waterWordsOnly(other)
		);
		if (!place) continue;
		place.mentions.push(...group.mentions);
		groups.delete(key);
	}

	mergeAcronyms(groups, mentions);
	mergeQualifiedAcronyms(groups);
	mergeIntoOrganisations(groups, language);
	dropParentAcronyms(groups, lexicon, morphology);

	const entities: ExtractedEntity[] = [];
	const ids = new IdAllocator();
	const kept = [...groups.values()]
		.map((group) => {
			if (group.type !== 'unknown') return group;
			// "at Howdon", "on the Tees": where English puts a place, with nothing against it.
			if (group.mentions.every((mention) => mention.placed))
				return { ...group, type: 'place' as const };
			const subject = group.mentions.some((mention) => subjects.has(mention));
			// "Amur leopards… two Amur leopard cubs": a name always written before one noun
			// qualifies it (a breed, a species), and names nothing itself.
			const modifies = new Set(group.mentions.map((mention) => mention.modifies));
			const qualifier = modifies.size === 1 && !modifies.has(undefined);
			const repeated = group.mentions.length >= 2 && !qualifier;
			return repeated || subject ? { ...group, type: 'organisation' as const } : null;
		})
		.filter((group): group is Group & { type: EntityType } => group !== null)
		.map((group) => ({
			group,
			first: group.mentions.reduce((min, m) => Math.min(min, m.start), Infinity)
		}))
		.sort((a, b) => a.first - b.first)
		.map(({ group }) => group);
	const byName = new Map<string, ExtractedEntity>();
	for (const group of kept) {
		// "Fundacja „Zielony Brzeg”": the name's words without the marks that quote a part of
		// it (the quoted forms stay aliases).
		const quoted = baseName(group, language, lexicon, morphology);
		const name = quoted
			.replace(QUOTE_MARKS, '')
			.replace(/\s{2,}/gu, ' ')
			.trim();
		// "Rady Polityki Pieniężnej" and the gazetteer's "RPP" met apart: one entity by name.
		const same = byName.get(`${categoryOf(group.type)}:${foldText(name)}`);
		if (same) {
			// "Związek Nauczycielstwa Polskiego" met in full and as the gazetteer's "ZNP".
			const kind = group.gazetteer?.kind;
			if (same.kind === undefined && kind !== undefined) same.kind = kind;
			group.mentions.sort((a, b) => a.start - b.start);
			for (const mention of group.mentions) mention.entityId = same.id;
			const more = group.mentions
				.map((mention) => mention.surface)
				.filter((alias) => alias !== name);
			same.aliases = [...new Set([...same.aliases, ...more])];
			same.mentions = [
				...same.mentions,
				...group.mentions.map(({ surface, start, end, sentence }) => ({
					surface,
					start,
					end,
					sentence
				}))
			].sort((a, b) => a.start - b.start);
			continue;
		}
		const id = ids.allocate(group.gazetteer?.id ?? slugOf(name));
		group.mentions.sort((a, b) => a.start - b.start);
		for (const mention of group.mentions) mention.entityId = id;
		const surfaces = group.mentions.map((mention) => mention.surface);
		const known = group.gazetteer
			? [group.gazetteer.name.pl, group.gazetteer.name.en, ...group.gazetteer.aliases]
			: [];
		const countryForms =
			group.type === 'organisation' && !group.gazetteer ? countryOpened(name, language) : [];
		const declined = PLACE_TYPES.has(group.type)
			? alternatingForms(name, language, morphology)
			: [];
		const kind =
			group.gazetteer?.kind ?? group.kind ?? (PLACE_TYPES.has(group.type) ? group.type : undefined);
		const aliases = [
			...new Set([
				...surfaces,
				...known,
				quoted,
				...shortForms(quoted, group.type),
				...(group.type === 'organisation' ? regionalBranchForms(group.mentions, language) : []),
				...(kind === 'club' ? clubShortForms(name) : []),
				...countryForms,
				...declined,
				...(group.mentions.some((mention) => mention.asTown) ? [`miasto ${name}`] : [])
			])
		].filter(
			(alias) => alias !== name && !(PLACE_TYPES.has(group.type) && surnames.has(foldText(alias)))
		);
		const entity: ExtractedEntity = {
			id,
			name,
			type: group.type,
			category: categoryOf(group.type),
			...(kind ? { kind } : {}),
			aliases,
			mentions: group.mentions.map(({ surface, start, end, sentence }) => ({
				surface,
				start,
				end,
				sentence
			}))
		};
		entities.push(entity);
		byName.set(`${entity.category}:${foldText(name)}`, entity);
	}
	return entities;
}
