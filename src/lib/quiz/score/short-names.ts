import type { EntityType, Language } from '../content';
import { words } from '../language/normalize';
import { stem, stopwordsFor } from '../language/stem';
import { ENGLISH_STOPWORDS } from '../language/stem-en';
import { POLISH_STOPWORDS } from '../language/stem-pl';
import { isGivenName } from './given-names';
import { isRealName } from './known-names';
import { expandAbbreviation, isGenericWord, isQualifier, isRank } from './name-parts';

/**
 * The short forms readers use for a name, derived from the name itself so that hand-written
 * modules and extracted ones score alike: a person's surname alone ("Cebula" for "Marek
 * Cebula", and so "wojewoda Cebula"), and an organisation's or country's initials ("ZEA" for
 * "Zjednoczone Emiraty Arabskie", "NUJ" for "National Union of Journalists"). A short form
 * two entities of the module could share is derived for neither.
 */

/** A surname this short is as likely a particle or a given name ("Un", "Kim"). */
const MIN_SURNAME = 3;
const MIN_INITIALS = 2;
/** "WFOŚiGW": seven letters, a conjunction's among them. */
const MAX_INITIALS = 7;

/** Short words learners type that initials must not turn into a name. */
const COMMON_SHORT: ReadonlySet<string> = new Set([
	'ok',
	'no',
	'tu',
	'ja',
	'my',
	'wy',
	'ty',
	'mu',
	'go',
	'mi',
	'ci',
	'im',
	'so',
	'up',
	'us',
	'we',
	'me',
	'if',
	'am',
	'pm'
]);

/** Whether a folded word is a short word learners type, which no name may be read from. */
export function isCommonShort(folded: string): boolean {
	return COMMON_SHORT.has(folded);
}

export interface ShortName {
	text: string;
	/** A surname alone: it names someone else when a given name precedes it ("Jan Cebula"). */
	surname: boolean;
}

/**
 * The name in quotes of a co-operative or a firm: "Rokita" of Fabryka Mebli "Rokita". The base
 * form may drop the quotes the article wrote, so its other names are read for them too.
 */
export function quotedPart(name: string): string | undefined {
	return /["„“”«»]([^"„“”«»]+)["„“”«»]/u.exec(name)?.[1]?.trim();
}

/** The short forms of one entity's name, before the module's other names are compared. */
export function shortNamesOf(
	name: string,
	type: EntityType | null,
	language: Language
): ShortName[] {
	const folded = words(name);
	const county = language === 'en' && type !== 'person' ? countyShortName(folded) : [];
	if (folded.length < 2) return county;
	if (type === 'person') {
		// "Lloyd-Hughes": a double-barrelled surname is the surname, and "Hughes" another one.
		const barrelled = words(name.trim().split(/\s+/u).at(-1) ?? '');
		if (barrelled.length > 1 && barrelled.every((part) => part.length >= MIN_SURNAME)) {
			return [{ text: barrelled.join(' '), surname: true }];
		}
		const last = folded[folded.length - 1] as string;
		if (last.length < MIN_SURNAME || stopwordsFor(language).has(last)) return [];
		return [{ text: last, surname: true }];
	}
	if (type === null) return [];
	const quoted = quotedPart(name);
	const brand = quoted !== undefined && words(quoted).length < folded.length ? [quoted] : [];
	const all = folded.map((word) => word[0]).join('');
	const content = folded
		.filter((word) => !POLISH_STOPWORDS.has(word) && !ENGLISH_STOPWORDS.has(word))
		.map((word) => word[0])
		.join('');
	const initials = new Set([all]);
	if (content.length > MIN_INITIALS) initials.add(content);
	// "UKCRF" for "UK Coastal Renewal Fund": an acronym among the words gives all its letters.
	const spelled = acronymInitials(name);
	if (spelled !== null) initials.add(spelled);
	// "MOPS" for "Miejski Ośrodek Pomocy Społecznej w Radomiu": the seat has no letter.
	const seat = folded.findLastIndex((word) => word === 'w' || word === 'we' || word === 'in');
	if (seat >= 2)
		initials.add(
			folded
				.slice(0, seat)
				.map((word) => word[0])
				.join('')
		);
	// "Bangor Uni", "N Shields": what English readers write short in a name's words.
	const clipped =
		language === 'en'
			? [
					folded.map((word) => (word === 'university' ? 'uni' : word)),
					folded.map((word, index) => (index === 0 && COMPASS.has(word) ? word[0] : word))
				]
					.map((short) => short.join(' '))
					.concat(nationInitials(folded.join(' ')))
					.filter((short) => short !== folded.join(' '))
			: [];
	return [...initials]
		.filter(
			(letters) =>
				letters.length >= MIN_INITIALS &&
				letters.length <= MAX_INITIALS &&
				!POLISH_STOPWORDS.has(letters) &&
				!ENGLISH_STOPWORDS.has(letters) &&
				!COMMON_SHORT.has(letters)
		)
		.concat(brand, clipped, organisationShortNames(name, folded, language))
		.concat(streetShortNames(folded, language), venueShortNames(folded, language))
		.map((text) => ({ text, surname: false }))
		.concat(county);
}

/** Letters of a word written in capitals ("UK", "NHS") that initials keep whole. */
const ACRONYM_WORD = /^\p{Lu}{2,5}$/u;

/**
 * The initials of a name one of whose words is itself an acronym, its letters all counted:
 * "UKCRF" for "UK Coastal Renewal Fund". Null when no word is one, or the name is one word.
 */
function acronymInitials(name: string): string | null {
	const tokens = name.split(/[^\p{L}\p{N}]+/u).filter((token) => token !== '');
	if (tokens.length < 2 || !tokens.some((token) => ACRONYM_WORD.test(token))) return null;
	return tokens
		.map((token) => {
			const folded = words(token);
			if (ACRONYM_WORD.test(token)) return folded.join('');
			const [first] = folded;
			return first === undefined || ENGLISH_STOPWORDS.has(first) || POLISH_STOPWORDS.has(first)
				? ''
				: first[0];
		})
		.join('');
}

/**
 * A company's legal form at the end of its name, which readers leave out: "Ltd", "plc",
 * "LLP", "sp. z o.o.", "S.A.", "sp.j.", "sp.k.".
 */
const LEGAL_FORM =
	/[\s,]+(?:ltd\.?|limited|plc|llp|sp\.?\s*z\s*o\.?\s*o\.?|sp\.?\s*[jk]\.?|s\.\s*a\.?|sa)\s*$/iu;

/** The generic heads of a Polish firm's name, before its brand: "Przedsiębiorstwo Drogowe …". */
const FIRM_HEADS: ReadonlySet<string> = new Set([
	'przedsiebiorstwo',
	'firma',
	'zaklad',
	'zaklady',
	'spoldzielnia'
]);

/** Nouns of a firm's kind that take an adjective after them: "Zakład Usług Leśnych …". */
const FIRM_KIND_NOUNS: ReadonlySet<string> = new Set(['uslug', 'handlu', 'produkcji', 'robot']);

/** English words too common to name a firm alone: "Premier Roofing", "Quality Kitchens". */
const COMMON_OPENINGS: ReadonlySet<string> = new Set([
	'best',
	'first',
	'premier',
	'quality',
	'prime',
	'united',
	'global',
	'local',
	'british',
	'english',
	'welsh',
	'scottish',
	'polish',
	'modern',
	'classic',
	'smart',
	'green',
	'super',
	'total',
	'direct',
	'express',
	'city',
	'town',
	'county',
	'park',
	'home',
	'house',
	'star',
	'crown',
	'royal',
	'new',
	'old',
	'great',
	'little'
]);

/** A club of a sport, after the name it goes by: "Dunmore Amateur Swimming Club". */
const CLUB =
	/^(.+?) ((?:amateur )?(?:swimming|football|rugby football|rugby union football|rugby union|rugby league|rugby|cricket|hockey|golf|tennis|lawn tennis|bowls|bowling|athletics|cycling|rowing|sailing|boxing|netball|basketball|running|angling|water polo) club)$/u;

/** The words English writes short in a street's name ("ul." is read as "ulica" already). */
const STREET_WORDS: ReadonlyMap<string, string> = new Map([
	['street', 'st'],
	['road', 'rd'],
	['avenue', 'ave'],
	['lane', 'ln'],
	['square', 'sq'],
	['place', 'pl'],
	['drive', 'dr'],
	['crescent', 'cres']
]);

/**
 * An English street's name with its kind written short: "South St" for South Street. Answers
 * read "St" as "Saint", so the short form is written as they read it.
 */
function streetShortNames(folded: readonly string[], language: Language): string[] {
	if (language !== 'en' || folded.length < 2) return [];
	const short = STREET_WORDS.get(folded.at(-1) as string);
	if (short === undefined) return [];
	return [[...folded.slice(0, -1), expandAbbreviation(short, language)].join(' ')];
}

/** What a theatre or a hall is called alone: "the Playhouse" of the Palace Playhouse. */
const VENUES: ReadonlySet<string> = new Set([
	'playhouse',
	'theatre',
	'cinema',
	'pavilion',
	'arena',
	'hippodrome',
	'lyceum',
	'coliseum',
	'empire'
]);

/**
 * A venue of two words by its head or its first word with "the": "the Playhouse", "the
 * Palace" of the Palace Playhouse. A module where another entity shares the word derives it
 * for neither (see `shortNames` in mentions.ts).
 */
function venueShortNames(folded: readonly string[], language: Language): string[] {
	if (language !== 'en' || folded.length !== 2) return [];
	const [first, head] = folded as [string, string];
	if (!VENUES.has(head)) return [];
	return [`the ${head}`, `the ${first}`];
}

/** "Urząd Gminy X", "Urząd Miasta X", "Urząd Miasta i Gminy X": "UG X", "UM X", "UMiG X". */
const OFFICE = /^urzad (miasta i gminy|miasta|gminy) (.+)$/u;

/** A Polish regional adjective opening a name: "Kartuski", "Mazurskie", "Lubuskie". */
const REGIONAL_ADJECTIVE = /(?:sk|ck|dzk)(?:i|a|ie)$/u;

/** Whether a folded word may name a body alone: no common, generic or place word. */
function distinctiveAlone(word: string, language: Language): boolean {
	const stemmed = stem(word, language);
	return (
		word.length >= 4 &&
		!ENGLISH_STOPWORDS.has(word) &&
		!POLISH_STOPWORDS.has(word) &&
		!COMMON_OPENINGS.has(word) &&
		!isGenericWord(word, stemmed, language) &&
		!isQualifier(word, language) &&
		!isRank(word, language) &&
		!isGivenName(word, stemmed, language) &&
		!isRealName(word, stemmed, language)
	);
}

function initialsOf(folded: readonly string[]): string {
	return folded.map((word) => word[0]).join('');
}

/**
 * What readers call a company, a club, a council or an office short, from its name: the
 * name without its legal form and its distinctive first word ("Quillfield" of Quillfield
 * Groundworks Ltd); a Polish firm's brand after its generic head ("Krokus", "firma Krokus",
 * "PB Krokus" of Przedsiębiorstwo Budowlane Krokus); a club's name without its kind and with
 * the kind's initials ("Dunmore", "Dunmore ASC"); a council without its tier ("Harwick
 * Council"); initials without a regional adjective ("UTW", "Mazurskie WOPR"); an office's
 * initials before its town ("UG Lipowiec").
 */
function organisationShortNames(
	name: string,
	folded: readonly string[],
	language: Language
): string[] {
	const shorts: string[] = [];
	const joined = folded.join(' ');
	const stripped = LEGAL_FORM.test(name) ? words(name.replace(LEGAL_FORM, '')) : null;
	const base = stripped ?? [...folded];
	if (stripped !== null && stripped.length > 0) {
		shorts.push(stripped.join(' '));
		const [first] = stripped;
		const capitalised = /^\p{Lu}/u.test(name.trim());
		if (
			stripped.length >= 2 &&
			first !== undefined &&
			capitalised &&
			!FIRM_HEADS.has(first) &&
			distinctiveAlone(first, language)
		) {
			shorts.push(first);
		}
	}
	if (language === 'pl' && base.length >= 2 && FIRM_HEADS.has(base[0] as string)) {
		// The head is the generic word and what kind it is ("Drogowe", "Usług Leśnych"); the
		// brand, one or two words, follows ("Magura", "Słoneczne Wzgórze").
		let end = base.length === 2 ? 1 : 2;
		if (end === 2 && FIRM_KIND_NOUNS.has(base[1] as string) && base.length > 3) end = 3;
		const brand = base.slice(end);
		const head = base.slice(0, end).filter((word) => !POLISH_STOPWORDS.has(word));
		const [only] = brand;
		const plain = (word: string) =>
			!isGenericWord(word, stem(word, language), language) && !isRank(word, language);
		if (brand.length <= 2 && brand.every(plain) && only !== undefined && only.length >= 3) {
			const text = brand.join(' ');
			shorts.push(`firma ${text}`, `${initialsOf(head)} ${text}`);
			if (brand.length > 1 || !isRealName(only, stem(only, language), language)) {
				shorts.push(text);
			}
		}
	}
	const club = language === 'en' ? CLUB.exec(joined) : null;
	if (club) {
		const short = words(club[1] as string);
		const kind = words(club[2] as string);
		shorts.push(`${short.join(' ')} ${initialsOf(kind)}`);
		const [first] = short;
		if (short.length > 1 || (first !== undefined && distinctiveAlone(first, language))) {
			shorts.push(short.join(' '));
		}
		// "the Rovers" of Dunkeld Rovers: a club's plural nickname.
		const last = short.at(-1) as string;
		if (short.length > 1 && last.endsWith('s') && distinctiveAlone(last, language)) {
			shorts.push(`the ${last}`);
		}
	}
	// "Harwick Council" for Harwick District Council: the tier left out.
	const council =
		language === 'en'
			? /^(.+?) (?:metropolitan borough|county borough|borough|district|city|county|town) council$/u.exec(
					joined
				)
			: null;
	if (council) shorts.push(`${council[1]} council`);
	const office = language === 'pl' ? OFFICE.exec(joined) : null;
	if (office) shorts.push(`u${initialsOf(words(office[1] as string))} ${office[2]}`);
	if (
		language === 'pl' &&
		folded.length >= 3 &&
		REGIONAL_ADJECTIVE.test(folded[0] as string) &&
		/^\p{Lu}/u.test(name.trim())
	) {
		const rest = initialsOf(folded.slice(1).filter((word) => !POLISH_STOPWORDS.has(word)));
		if (rest.length >= MIN_INITIALS + 1) shorts.push(rest, `${folded[0]} ${rest}`);
	}
	return shorts.filter((short) => short !== joined);
}

/** The usual abbreviations of English counties ("Lincs", "Notts"): general knowledge. */
const COUNTY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
	['bedfordshire', 'beds'],
	['berkshire', 'berks'],
	['buckinghamshire', 'bucks'],
	['cambridgeshire', 'cambs'],
	['derbyshire', 'derbys'],
	['gloucestershire', 'glos'],
	['hampshire', 'hants'],
	['herefordshire', 'herefs'],
	['hertfordshire', 'herts'],
	['lancashire', 'lancs'],
	['leicestershire', 'leics'],
	['lincolnshire', 'lincs'],
	['northamptonshire', 'northants'],
	['nottinghamshire', 'notts'],
	['oxfordshire', 'oxon'],
	['shropshire', 'shrops'],
	['staffordshire', 'staffs'],
	['warwickshire', 'warks'],
	['wiltshire', 'wilts'],
	['worcestershire', 'worcs'],
	['yorkshire', 'yorks']
]);

/** A name with its county abbreviated ("North Yorks", "Lincs County Council"), or none. */
function countyShortName(folded: readonly string[]): ShortName[] {
	const position = folded.findIndex((word) => COUNTY_ABBREVIATIONS.has(word));
	if (position < 0) return [];
	const short = [...folded];
	short[position] = COUNTY_ABBREVIATIONS.get(folded[position] as string) as string;
	return [{ text: short.join(' '), surname: false }];
}

/** "GB Energy" for Great British Energy, "UK Power Networks" for United Kingdom …. */
const NATION_INITIALS: readonly (readonly [RegExp, string])[] = [
	[/\bgreat brit(?:ish|ain)\b/u, 'gb'],
	[/\bunited kingdom\b/u, 'uk']
];

function nationInitials(joined: string): string[] {
	return NATION_INITIALS.filter(([full]) => full.test(joined))
		.map(([full, initials]) => joined.replace(full, initials))
		.filter((short) => short.includes(' '));
}

/** Compass words English abbreviates to their initial before a place: "N Shields". */
const COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west']);

/**
 * The letters of a name written as an acronym ("NUJ", "PiS", "ZEA": one word, at least two
 * capitals, three to six letters), so that an answer that spells it out can be read as it.
 */
export function acronymLetters(text: string): string | null {
	const trimmed = text.trim();
	if (!/^\p{L}{3,6}$/u.test(trimmed)) return null;
	const capitals = trimmed.replace(/\P{Lu}/gu, '').length;
	if (capitals < 2) return null;
	return words(trimmed)[0] ?? null;
}
