import type { EntityType, Language } from '../content';
import { words } from '../language/normalize';
import { stem, stopwordsFor } from '../language/stem';
import { isGenericWord, isRank } from './name-parts';

/**
 * Short forms of names that say where a body sits or which region they are: what readers
 * write for a Polish institution with a seat ("PKS Jędrzejów" or "PKS w Jędrzejowie" for the
 * Przedsiębiorstwo Komunikacji Samochodowej w Jędrzejowie, "muzeum w Olsztynie" for a Muzeum
 * … w Olsztynie, "sąd w Kaliszu" for the Sąd Rejonowy w Kaliszu), for a voivodeship's
 * marshal's office ("urząd marszałkowski w Kielcach") and for a voivodeship itself
 * ("Podkarpacie"). The voivodeships, their capitals and regions are general knowledge.
 */

const SEAT_PREPOSITIONS: ReadonlySet<string> = new Set(['w', 'we']);

interface Voivodeship {
	/** The folded adjective's words, up to the case ending ("warminsko mazursk"). */
	adjective: RegExp;
	/** Seat of the marshal's office (the sejmik's), in the nominative. */
	capital: string;
	/** The region's common names. */
	regions: readonly string[];
}

const ENDING = '(?:ie|iego|im|iej|a|i)';

function voivodeship(adjective: string, capital: string, regions: readonly string[]): Voivodeship {
	return { adjective: new RegExp(`^${adjective}${ENDING}$`, 'u'), capital, regions };
}

const VOIVODESHIPS: readonly Voivodeship[] = [
	voivodeship('dolnoslask', 'Wrocław', ['Dolny Śląsk']),
	voivodeship('kujawsko pomorsk', 'Toruń', ['Kujawy i Pomorze']),
	voivodeship('lubelsk', 'Lublin', ['Lubelszczyzna']),
	voivodeship('lubusk', 'Zielona Góra', ['Ziemia Lubuska']),
	voivodeship('lodzk', 'Łódź', ['Ziemia Łódzka']),
	voivodeship('malopolsk', 'Kraków', ['Małopolska']),
	voivodeship('mazowieck', 'Warszawa', ['Mazowsze']),
	voivodeship('opolsk', 'Opole', ['Opolszczyzna']),
	voivodeship('podkarpack', 'Rzeszów', ['Podkarpacie']),
	voivodeship('podlask', 'Białystok', ['Podlasie']),
	voivodeship('pomorsk', 'Gdańsk', ['Pomorze']),
	voivodeship('slask', 'Katowice', ['Śląsk']),
	voivodeship('swietokrzysk', 'Kielce', ['Kielecczyzna']),
	voivodeship('warminsko mazursk', 'Olsztyn', ['Warmia i Mazury']),
	voivodeship('wielkopolsk', 'Poznań', ['Wielkopolska']),
	voivodeship('zachodniopomorsk', 'Szczecin', ['Pomorze Zachodnie'])
];

/** The voivodeship the folded words after "województwo" name, or undefined. */
function voivodeshipOf(after: readonly string[]): Voivodeship | undefined {
	return VOIVODESHIPS.find(
		({ adjective }) => adjective.test(after.slice(0, 2).join(' ')) || adjective.test(after[0] ?? '')
	);
}

/**
 * The kind of a local body readers write for it where the article has one of its kind: "rada
 * gminy" for the Rada Gminy Dydnia, "gmina" for the gmina Dydnia, "kuratorium" for the Kuratorium Oświaty w Rzeszowie, "the
 * council" for Lancashire County Council, "the police" for Dyfed-Powys Police, "the showground"
 * for a county's showground, "the trust" for an NHS trust, "the business forum" and "the
 * forum" for a Business Forum, "the department" for a Department for Transport, "the lough"
 * for Strangford Lough. A module with two such bodies derives the short
 * form for both, so for neither (see `shortNames` in mentions.ts).
 */
const BODY_HEADS: Record<Language, RegExp> = {
	pl: /^(?:(?:rada|urzad|zarzad) (?:gminy|miasta|powiatu|dzielnicy)|starostwo powiatowe|kuratorium|sejmik|gmina|powiat)\b/u,
	en: /\b(?:(?:(?:county|city|borough|district|town|parish) )?council|police|(?:action|campaign) group|showground|(?:nhs )?trust|(?:[a-z]+ )?association|(?:business|community) (?:forum|fund)|lough|loch)$|^(?:department|lough|loch)\b/u
};

/**
 * What readers call a body by what it belongs to, where its name does not say it: "the
 * government" for a department or ministry of it, "policja" for a Komenda … Policji, and a
 * powiat by its office.
 */
const BODY_OWNERS: Record<Language, readonly (readonly [RegExp, string])[]> = {
	pl: [
		[/^komenda (?:\S+ )?policji\b/u, 'policja'],
		// "starostwo powiatowe" for the powiat konecki: the powiat by its office.
		[/^powiat \S+$/u, 'starostwo powiatowe']
	],
	en: [
		[/^(?:department (?:for|of)|ministry (?:for|of)) /u, 'government'],
		// "the regulator" for Ofwat: the British regulators news names by that word.
		[/^(?:of(?:wat|gem|com|sted|qual)|.+ regulat(?:or|ion authority))$/u, 'regulator']
	]
};

/**
 * The kinds a body's name gives (see above): short forms that name it only alone, as "Wessex
 * County Council" is another council than Durham's.
 */
export function bodyHeadNames(name: string, type: EntityType | null, language: Language): string[] {
	return type === 'organisation' || type === 'place' ? bodyHeads(words(name), language) : [];
}

function bodyHeads(folded: readonly string[], language: Language): string[] {
	const joined = folded.join(' ');
	const owners = BODY_OWNERS[language]
		.filter(([name]) => name.test(joined))
		.map(([, owner]) => owner);
	const head = BODY_HEADS[language].exec(joined)?.[0];
	if (head === undefined || head === joined) return owners;
	// "the county council" and "the council", "the traders association" and "the association".
	const last = head.split(' ').at(-1) as string;
	const kindAlone =
		language === 'en' &&
		head.includes(' ') &&
		/^(?:council|trust|association|forum|fund)$/u.test(last);
	return kindAlone ? [head, last, ...owners] : [head, ...owners];
}

/** The short forms a reader uses for a name by its seat, region or kind (see above). */
export function seatShortNames(
	name: string,
	type: EntityType | null,
	language: Language
): string[] {
	if (type === null || type === 'person') return [];
	const folded = words(name);
	const shorts: string[] = [];
	if (language !== 'pl') return shorts;
	// "Zawidz", "Zawidza" for the gmina Zawidz: the gmina by its name alone, where the article
	// names no town of that name apart (see `shortNames` in mentions.ts).
	if (/^gmin/u.test(folded[0] ?? '') && folded.length >= 2) shorts.push(folded.slice(1).join(' '));
	const region = folded.findIndex((word) => /^wojewodztw/u.test(word));
	const voivodeshipNamed = region >= 0 ? voivodeshipOf(folded.slice(region + 1)) : undefined;
	if (voivodeshipNamed !== undefined && folded.length <= region + 3) {
		if (region === 0) shorts.push(...voivodeshipNamed.regions);
		else shorts.push(`${folded.slice(0, region).join(' ')} ${voivodeshipNamed.capital}`);
	}
	const seat = folded.findLastIndex((word) => SEAT_PREPOSITIONS.has(word));
	if (seat < 1 || seat === folded.length - 1) return shorts;
	const town = folded.slice(seat + 1).join(' ');
	// "straż w Skrwilnie" for the Ochotnicza Straż Pożarna there: the kind after its rank.
	const kind = folded.find((word) => !isRank(word, language));
	if (kind !== undefined && isGenericWord(kind, stem(kind, language), language)) {
		shorts.push(`${kind} ${town}`);
	}
	const stopwords = stopwordsFor(language);
	const initials = folded
		.slice(0, seat)
		.filter((word) => !stopwords.has(word))
		.map((word) => word[0])
		.join('');
	if (seat >= 2 && initials.length >= 2 && initials.length <= 6) shorts.push(`${initials} ${town}`);
	return shorts;
}

/**
 * Whether one name is the other's acronym with the same seat ("PKS w Jędrzejowie" and the
 * Przedsiębiorstwo Komunikacji Samochodowej w Jędrzejowie), a gmina named after its seat
 * ("gmina Dydnia" and Dydnia) or the gmina's office ("Urząd Gminy Dydnia"): what a student
 * types for one names the other.
 */
export function sameBody(a: string, b: string, language: Language): boolean {
	return oneWay(a, b, language) || oneWay(b, a, language);
}

/**
 * Whether a gmina named after a town ("gmina Łańcut") and the town are two bodies, as the
 * article shows by naming the town's own office, its mayor or the town as a body ("Urząd
 * Miasta Łańcuta", "burmistrz Łańcuta", "miasto Mrągowo"): the gmina is then the rural one
 * around it.
 */
export function townApartFromGmina(
	gmina: string,
	names: readonly string[],
	language: Language
): boolean {
	const gminaWords = words(gmina);
	if (language !== 'pl' || !/^gmin/u.test(gminaWords[0] ?? '') || gminaWords.length < 2) {
		return false;
	}
	const town = gminaWords
		.slice(1)
		.map((word) => stem(word, language))
		.join(' ');
	return names.some((name) => {
		const folded = words(name);
		// "Burmistrz Płońska": the town has a head of its own, the gmina is the rural one.
		const start = /^(?:miast|burmistrz)/u.test(folded[0] ?? '')
			? 1
			: /^(?:rada|urzad|zarzad) miasta$/u.test(folded.slice(0, 2).join(' '))
				? 2
				: -1;
		if (start < 0 || folded.length <= start) return false;
		return (
			folded
				.slice(start)
				.map((word) => stem(word, language))
				.join(' ') === town
		);
	});
}

function oneWay(short: string, full: string, language: Language): boolean {
	if (language !== 'pl') return false;
	const shortWords = words(short);
	const fullWords = words(full);
	const stems = (list: readonly string[]) => list.map((word) => stem(word, language)).join(' ');
	if (/^gmin/u.test(shortWords[0] ?? '') && shortWords.length >= 2) {
		// "Urząd Gminy Skrwilno" is the gmina Skrwilno as a body.
		if (/^urzad gmin/u.test(fullWords.join(' ')) && fullWords.length >= 3) {
			return stems(shortWords.slice(1)) === stems(fullWords.slice(2));
		}
		return stems(shortWords.slice(1)) === stems(fullWords);
	}
	const acronym = /^\p{Lu}{2,6}$/u.test(short.split(/\s+/u)[0] ?? '');
	const shortSeat = shortWords.findIndex((word) => SEAT_PREPOSITIONS.has(word));
	const fullSeat = fullWords.findLastIndex((word) => SEAT_PREPOSITIONS.has(word));
	if (!acronym || shortSeat !== 1 || fullSeat < 2) return false;
	if (stems(shortWords.slice(2)) !== stems(fullWords.slice(fullSeat + 1))) return false;
	const stopwords = stopwordsFor(language);
	const initials = fullWords
		.slice(0, fullSeat)
		.filter((word) => !stopwords.has(word))
		.map((word) => word[0])
		.join('');
	return initials === shortWords[0];
}
