import type { EntityType, Language } from '../content';
import { words } from '../language/normalize';
import { stem, stopwordsFor } from '../language/stem';
import { ENGLISH_STOPWORDS } from '../language/stem-en';
import { POLISH_STOPWORDS } from '../language/stem-pl';

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
		.concat(brand, clipped)
		.map((text) => ({ text, surname: false }))
		.concat(county);
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

/** Given names common in the news this app reads: before a surname, they name another person. */
const GIVEN_NAMES: readonly string[] = [
	// Polish
	'adam',
	'agnieszka',
	'aleksander',
	'andrzej',
	'anna',
	'antoni',
	'barbara',
	'bartosz',
	'beata',
	'bogdan',
	'czeslaw',
	'dariusz',
	'donald',
	'dorota',
	'elzbieta',
	'ewa',
	'grzegorz',
	'halina',
	'henryk',
	'jacek',
	'jakub',
	'jan',
	'janusz',
	'jaroslaw',
	'jerzy',
	'joanna',
	'jozef',
	'julia',
	'kamil',
	'karol',
	'katarzyna',
	'kazimierz',
	'krystyna',
	'krzysztof',
	'lech',
	'leszek',
	'lukasz',
	'maciej',
	'magdalena',
	'malgorzata',
	'marcin',
	'marek',
	'maria',
	'mariusz',
	'marta',
	'mateusz',
	'michal',
	'miroslaw',
	'monika',
	'pawel',
	'piotr',
	'radoslaw',
	'rafal',
	'robert',
	'roman',
	'ryszard',
	'slawomir',
	'stanislaw',
	'szymon',
	'tadeusz',
	'tomasz',
	'wieslaw',
	'witold',
	'wladyslaw',
	'wojciech',
	'zbigniew',
	'zofia',
	// Eastern European, as Polish news spells them
	'aleksiej',
	'dmitrij',
	'igor',
	'iwan',
	'michail',
	'oleksandr',
	'siergiej',
	'wladimir',
	'wolodymyr',
	'jurij',
	// English
	'alan',
	'andrew',
	'anne',
	'boris',
	'charles',
	'chris',
	'daniel',
	'david',
	'edward',
	'elizabeth',
	'emma',
	'george',
	'harry',
	'helen',
	'henry',
	'jack',
	'james',
	'jane',
	'jeremy',
	'john',
	'joseph',
	'keir',
	'kemi',
	'liz',
	'mark',
	'mary',
	'matthew',
	'michael',
	'nicola',
	'nigel',
	'paul',
	'peter',
	'rachel',
	'richard',
	'rishi',
	'robert',
	'sarah',
	'simon',
	'stephen',
	'theresa',
	'thomas',
	'tony',
	'william',
	'yvette'
];

const givenNames: Partial<Record<Language, ReadonlySet<string>>> = {};

/** Whether a folded answer word is a given name (in any case its stem reaches). */
export function isGivenName(folded: string, stemmed: string, language: Language): boolean {
	let names = givenNames[language];
	if (!names) {
		names = new Set(GIVEN_NAMES.flatMap((name) => [name, stem(name, language)]));
		givenNames[language] = names;
	}
	return names.has(folded) || names.has(stemmed);
}
