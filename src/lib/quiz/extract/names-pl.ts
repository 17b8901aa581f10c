import { foldText } from '../language/normalize';
import { stemPolish } from '../language/stem-pl';
import type { Morphology } from './morphology';
import { GIVEN_NAME_SET } from './names';

/**
 * Base forms of Polish names met in another case, so that an entity is called "Tomasz
 * Wierzbicki" though the article only writes "wojewody Tomasza Wierzbickiego", and
 * "Politechnika Wrocławska" though it writes "z Politechniki Wrocławskiej". Rules for the
 * endings names take in news, not a dictionary: a name they do not fit is left as written.
 */

/**
 * Words that make a run of capitalised words an organisation, in the nominative, with the
 * forms whose stem differs from the nominative's ("Związku" for "Związek").
 */
const ORGANISATION_HEADS: readonly (readonly string[])[] = [
	['Ministerstwo'],
	['Agencja'],
	['Komisja'],
	['Rada'],
	['Parlament'],
	['Sejm'],
	['Senat'],
	['Bank'],
	['Uniwersytet'],
	['Politechnika', 'Politechnice'],
	['Akademia'],
	['Fundacja'],
	['Instytut'],
	['Urząd', 'Urzędu', 'Urzędzie', 'Urzędem'],
	['Związek', 'Związku', 'Związkiem'],
	['Partia'],
	['Stowarzyszenie'],
	['Straż', 'Straży'],
	['Policja'],
	['Sąd', 'Sądu', 'Sądzie', 'Sądem'],
	['Trybunał'],
	['Spółka', 'Spółce'],
	['Organizacja'],
	['Unia'],
	['Sojusz'],
	['Szkoła', 'Szkole'],
	['Szpital'],
	['Muzeum'],
	['Centrum'],
	['Komitet'],
	['Zarząd'],
	['Departament'],
	['Wydział', 'Wydziału', 'Wydziale', 'Wydziałem'],
	['Oddział', 'Oddziału', 'Oddziale', 'Oddziałem'],
	['Delegatura', 'Delegaturze'],
	['Katedra', 'Katedrze'],
	['Dyrekcja'],
	['Biuro', 'Biurze'],
	['Służba', 'Służbie'],
	['Inspekcja'],
	['Kancelaria'],
	['Prokuratura'],
	['Fundusz'],
	['Koncern'],
	['Stocznia'],
	['Lotnisko'],
	['Teatr'],
	['Filharmonia'],
	['Klub'],
	['Federacja'],
	['Liga'],
	['Izba'],
	['Dowództwo'],
	['Sztab'],
	['Radio'],
	['Telewizja'],
	['Dziennik'],
	['Tygodnik'],
	['Ośrodek', 'Ośrodka', 'Ośrodku', 'Ośrodkiem'],
	['Dom', 'Domu', 'Domem', 'Domowi'],
	['Zakład'],
	['Przedsiębiorstwo'],
	['Komenda', 'Komendzie'],
	['Inspektorat'],
	['Kolej', 'Kolei', 'Koleją'],
	['System', 'Systemu', 'Systemie', 'Systemem'],
	['Koło', 'Koła', 'Kołu', 'Kołem', 'Kole'],
	['Żłobek', 'Żłobka', 'Żłobku', 'Żłobkiem'],
	['Przedszkole', 'Przedszkola', 'Przedszkolu'],
	['Wojsko'],
	['Kopalnia'],
	['Elektrownia'],
	['Spółdzielnia'],
	['Towarzystwo'],
	['Bractwo'],
	['Caritas'],
	['Episkopat'],
	['Gwardia'],
	['Marynarka', 'Marynarce'],
	['Kościół', 'Kościoła', 'Kościele']
];

/** Every folded form above: what `organisationHeads` is built from. */
export const ORGANISATION_HEAD_FORMS: readonly string[] = ORGANISATION_HEADS.flat().map(foldText);

const HEAD_FORMS: ReadonlyMap<string, string> = new Map(
	ORGANISATION_HEADS.flatMap(([nominative, ...forms]) =>
		[nominative as string, ...forms].map((form) => [foldText(form), nominative as string] as const)
	)
);

/** Stems that two heads share ("Koło", "Kolej") say neither: only the written form does. */
const HEAD_STEMS: ReadonlyMap<string, string> = (() => {
	const byStem = new Map<string, Set<string>>();
	for (const [form, nominative] of HEAD_FORMS) {
		const stem = stemPolish(form);
		byStem.set(stem, (byStem.get(stem) ?? new Set()).add(nominative));
	}
	return new Map(
		[...byStem]
			.filter(([, nominatives]) => nominatives.size === 1)
			.map(([stem, [only]]) => [stem, only as string])
	);
})();

/** The nominative of an organisation's head noun in any case: "Związku" → "Związek". */
function headNominative(word: string): string | undefined {
	const folded = foldText(word);
	return HEAD_FORMS.get(folded) ?? HEAD_STEMS.get(stemPolish(folded));
}

type Gender = 'masculine' | 'feminine' | 'neuter';

function genderOf(nominative: string): Gender {
	if (nominative.endsWith('a')) return 'feminine';
	if (/(?:o|e|um)$/.test(nominative)) return 'neuter';
	return 'masculine';
}

/** Replaces the first ending of `word` that matches; `word` unchanged when none does. */
function replaceEnding(word: string, rules: readonly (readonly [string, string])[]): string {
	const lower = word.toLowerCase();
	for (const [ending, replacement] of rules) {
		if (lower.endsWith(ending) && lower.length > ending.length + 1) {
			return word.slice(0, word.length - ending.length) + replacement;
		}
	}
	return word;
}

/** An adjective agreeing with its noun, from an oblique case to the nominative. */
const ADJECTIVE_RULES: Record<Gender, readonly (readonly [string, string])[]> = {
	feminine: [
		['kiej', 'ka'],
		['giej', 'ga'],
		['iej', 'ia'],
		['ej', 'a'],
		['ą', 'a']
	],
	masculine: [
		['kiego', 'ki'],
		['giego', 'gi'],
		['iego', 'i'],
		['ego', 'y'],
		['kiemu', 'ki'],
		['emu', 'y'],
		['kim', 'ki'],
		['gim', 'gi'],
		['im', 'i'],
		['ym', 'y']
	],
	neuter: [
		['kiego', 'kie'],
		['giego', 'gie'],
		['iego', 'ie'],
		['ego', 'e'],
		['kiemu', 'kie'],
		['emu', 'e'],
		['kim', 'kie'],
		['im', 'ie'],
		['ym', 'e']
	]
};

const NOMINATIVE_ADJECTIVE_OPENING =
	/^\p{Lu}\p{Ll}+(?:(?:sk|ck|dzk)(?:i|a|ie)|(?:ow|n)(?:y|a|e))$/u;

const OBLIQUE_ADJECTIVE = /(?:ej|ego|emu|ym|im|ą)$/;

/** An adjective after a plural head, to the nominative plural: "Taborowym" → "Taborowe". */
const PLURAL_ADJECTIVE_RULES: readonly (readonly [string, string])[] = [
	['kich', 'kie'],
	['gich', 'gie'],
	['ich', 'ie'],
	['ych', 'e'],
	['kimi', 'kie'],
	['imi', 'ie'],
	['ymi', 'e'],
	['kim', 'kie'],
	['im', 'ie'],
	['ym', 'e']
];

/**
 * Whether a head noun is read in the plural: "Zakładom", "Zakładów", "Wojsk", or beside an
 * adjective only a plural takes ("Kolei Wielkopolskich", "Zakłady Taborowe").
 */
function isPluralHead(head: string, next: string | undefined, singular: string): boolean {
	const form = head.toLowerCase();
	const lemma = singular.toLowerCase();
	if (form === lemma) return false;
	if (/(?:om|ami|ach|ów)$/.test(form)) return true;
	const adjective = next?.toLowerCase() ?? '';
	if (/(?:ych|ich|ymi|imi)$/.test(adjective) || /[^m]e$/.test(adjective)) return true;
	// "Spółdzielni Mieszkaniowej": a singular adjective beside it says the singular.
	if (/(?:ej|ego|emu|ą)$/.test(adjective) || lemma.endsWith('ia')) return false;
	// A neuter or feminine noun's genitive plural drops its ending: "wojsko" → "wojsk".
	return /[aoe]$/.test(lemma) && form === lemma.slice(0, -1);
}

/** The nominative plural of a head noun, the dictionary's form when it has one. */
function pluralNominative(singular: string, morphology: Morphology | undefined): string {
	const lower = singular.toLowerCase();
	const stem = lower.replace(/(?:um|[aoe])$/u, '');
	const soft = /(?:[jlćńśź]|cz|sz|rz|ż|c)$/u.test(stem);
	const velar = /[kg]$/u.test(stem);
	const candidates = /(?:um|[oe])$/u.test(lower)
		? [`${stem}a`]
		: lower.endsWith('ia')
			? [`${lower.slice(0, -1)}e`]
			: [`${stem}${velar ? 'i' : soft ? 'e' : 'y'}`, `${stem}y`, `${stem}e`, `${stem}i`];
	const forms = morphology?.forms(lower) ?? [];
	const chosen = candidates.find((candidate) => forms.includes(candidate)) ?? candidates[0];
	return singular[0] + (chosen as string).slice(1);
}

/** "Zakładom Taborowym „Pomorze”" → "Zakłady Taborowe „Pomorze”". */
function pluralName(
	singular: string,
	next: string | undefined,
	rest: readonly string[],
	morphology: Morphology | undefined
): string[] {
	const head = pluralNominative(singular, morphology);
	if (next === undefined) return [head];
	return [head, replaceEnding(next, PLURAL_ADJECTIVE_RULES), ...rest];
}

/**
 * "Politechniki Wrocławskiej" → "Politechnika Wrocławska", "Ministerstwa Edukacji
 * Narodowej" → "Ministerstwo Edukacji Narodowej": the head noun back to its nominative,
 * and the adjective right after it when it agrees; genitive attributes stay as they are.
 */
export function organisationBaseName(words: readonly string[], morphology?: Morphology): string[] {
	const [head, next, ...rest] = words;
	if (head === undefined) return [];
	// "Polskie Sieci Elektroenergetyczne", "Rządowe Centrum Bezpieczeństwa": a name opening on
	// an adjective in the nominative is in its base form already.
	if (next !== undefined && NOMINATIVE_ADJECTIVE_OPENING.test(head)) return [...words];
	// "Polskich Linii Lotniczych LOT" → "Polskie Linie Lotnicze LOT": an adjective only a plural
	// takes, before a noun the dictionary knows.
	const pluralAdjective = /(?:ych|ich)$/;
	if (morphology && next !== undefined && pluralAdjective.test(head.toLowerCase())) {
		const noun = nounLemma(next, morphology);
		if (noun !== undefined) {
			return [
				replaceEnding(head, PLURAL_ADJECTIVE_RULES),
				pluralNominative(noun, morphology),
				...rest.map((word) =>
					pluralAdjective.test(word.toLowerCase())
						? replaceEnding(word, PLURAL_ADJECTIVE_RULES)
						: word
				)
			];
		}
	}
	if (morphology && headNominative(head) === undefined) {
		const nominative = nounLemma(head, morphology);
		// "Zespołu Szkół Budowlanych" → "Zespół Szkół Budowlanych": the dictionary knows heads
		// the table above does not; what follows the head is a genitive attribute, kept.
		if (nominative !== undefined) {
			return isPluralHead(head, next, nominative)
				? pluralName(nominative, next, rest, morphology)
				: [nominative, ...words.slice(1)];
		}
		// "dla „Orlenu”" → "Orlen": a one-word name the dictionary knows with a capital.
		if (next === undefined) return [properLemma(head, morphology) ?? head];
	}
	// "Miejskiego Zarządu Dróg i Zieleni": an adjective before the head agrees with it.
	const headAfter = next === undefined ? undefined : headNominative(next);
	if (headAfter !== undefined && OBLIQUE_ADJECTIVE.test(head.toLowerCase())) {
		return [
			replaceEnding(head, ADJECTIVE_RULES[genderOf(headAfter)]),
			...organisationBaseName([next as string, ...rest], morphology)
		];
	}
	// "Wałbrzyskiej Specjalnej Strefy Ekonomicznej" → "Wałbrzyska Specjalna Strefa
	// Ekonomiczna": adjectives around a noun the dictionary knows agree with it.
	const declined = morphology ? agreeingName(words, morphology) : undefined;
	if (declined) return declined;
	const nominative = headNominative(head);
	if (nominative === undefined) return [...words];
	if (isPluralHead(head, next, nominative)) return pluralName(nominative, next, rest, morphology);
	if (next === undefined) return [nominative];
	const agrees =
		OBLIQUE_ADJECTIVE.test(next.toLowerCase()) &&
		next !== head &&
		!opensGenitiveAttribute(next, rest[0]);
	const adjective = agrees ? replaceEnding(next, ADJECTIVE_RULES[genderOf(nominative)]) : next;
	return [nominative, adjective, ...rest];
}

/** Ordinals, whose noun follows them: "Uniwersytet Trzeciego Wieku", "Dom Pierwszego Kontaktu". */
const ORDINAL_STEM =
	/^(?:pierwsz|drug|trzec|czwart|piąt|szóst|siódm|ósm|dziewiąt|dziesiąt|stu|tysiąc)/u;

/** Whether an adjective after a head opens a genitive attribute with the noun after it. */
function opensGenitiveAttribute(adjective: string, following: string | undefined): boolean {
	return (
		following !== undefined &&
		/^\p{Lu}/u.test(following) &&
		ORDINAL_STEM.test(adjective.toLowerCase()) &&
		/(?:ego|ej|ych)$/u.test(adjective.toLowerCase())
	);
}

/** Oblique adjectives, a singular noun, then at most one adjective agreeing, to the nominative. */
function agreeingName(words: readonly string[], morphology: Morphology): string[] | undefined {
	let at = 0;
	while (at < words.length && OBLIQUE_ADJECTIVE.test((words[at] as string).toLowerCase())) at++;
	const noun = words[at];
	if (at === 0 || noun === undefined) return undefined;
	const lemma = nounLemma(noun, morphology);
	if (lemma === undefined || isPluralHead(noun, words[at + 1], lemma)) return undefined;
	const rules = ADJECTIVE_RULES[genderOf(lemma)];
	const after = words.slice(at + 1);
	const agrees =
		OBLIQUE_ADJECTIVE.test((after[0] ?? '').toLowerCase()) &&
		!opensGenitiveAttribute(after[0] as string, after[1])
			? 1
			: 0;
	return [
		...words.slice(0, at).map((word) => replaceEnding(word, rules)),
		lemma,
		...after.slice(0, agrees).map((word) => replaceEnding(word, rules)),
		...after.slice(agrees)
	];
}

/** Masculine given names and surnames from the genitive, dative or instrumental. */
const MASCULINE_NAME_RULES: readonly (readonly [string, string])[] = [
	['włem', 'weł'],
	['ckiem', 'cek'],
	['rkiem', 'rek'],
	['kiem', 'k'],
	['giem', 'g'],
	['włowi', 'weł'],
	['ckowi', 'cek'],
	['rkowi', 'rek'],
	['rka', 'rek'],
	['cka', 'cek'],
	['wła', 'weł'],
	['owi', ''],
	['em', ''],
	['a', '']
];

/**
 * A man's given name from the locative: "Piotrze", "Pawle", "Michale", "Marku", "Janie",
 * "Tomaszu". Only a nominative the list of given names holds is taken.
 */
const MASCULINE_LOCATIVE_GIVEN_RULES: readonly (readonly [string, string])[] = [
	['rze', 'r'],
	['wle', 'weł'],
	['le', 'ł'],
	['cku', 'cek'],
	['rku', 'rek'],
	['ie', ''],
	['u', '']
];

/** A man's surname from the locative: "Nowaku", "Zającu", "Lisie", "Bobrze". */
const MASCULINE_LOCATIVE_SURNAME_RULES: readonly (readonly [string, string])[] = [
	['rze', 'r'],
	['cie', 't'],
	['dzie', 'd'],
	['le', 'ł'],
	['ie', ''],
	['u', '']
];

/**
 * The nominative of a man's given name written in another case ("Pawłowi", "Piotrze",
 * "Jacka", "Markiem"), when the list of given names holds it; undefined otherwise.
 */
export function masculineGivenName(word: string): string | undefined {
	for (const rules of [MASCULINE_NAME_RULES, MASCULINE_LOCATIVE_GIVEN_RULES]) {
		const base = replaceEnding(word, rules);
		if (base !== word && GIVEN_NAME_SET.has(foldText(base))) return base;
	}
	return undefined;
}

const FEMININE_GIVEN_RULES: readonly (readonly [string, string])[] = [
	['ii', 'ia'],
	['gi', 'ga'],
	['ki', 'ka'],
	['li', 'la'],
	['ie', 'a'],
	['y', 'a'],
	['ą', 'a'],
	['ę', 'a']
];

/** A woman's given name from the dative or locative: "Agnieszce", "Jadwidze", "Dorocie". */
const FEMININE_OBLIQUE_GIVEN_RULES: readonly (readonly [string, string])[] = [
	['dze', 'ga'],
	['rze', 'ra'],
	['sze', 'sza'],
	['cie', 'ta'],
	['ce', 'ka'],
	['ii', 'ia'],
	['ie', 'a']
];

const FEMININE_SURNAME_RULES: readonly (readonly [string, string])[] = [
	['kiej', 'ka'],
	['ką', 'ka'],
	['kę', 'ka']
];

const MASCULINE_SURNAME_RULES: readonly (readonly [string, string])[] = [
	['kiego', 'ki'],
	['kiemu', 'ki'],
	['kim', 'ki']
];

/**
 * "Tomasza Wierzbickiego" → "Tomasz Wierzbicki", "Anny Wiśniewskiej" → "Anna Wiśniewska",
 * "Władimirem Putinem" → "Władimir Putin". The surname tells the gender when it is an
 * adjective ("-ski", "-cka"); otherwise a given name in "-a" beside a surname that is not is
 * a woman's name in the nominative ("Ewa Lis"), and both in "-a" a man's in the genitive.
 */
export function personBaseName(words: readonly string[], morphology?: Morphology): string[] {
	// "Jacka W.", "Jackowi W.": the surname the press withholds stays an initial; the given
	// names are read alone.
	const initial = words[words.length - 1];
	if (words.length >= 2 && initial !== undefined && /^\p{Lu}\.$/u.test(initial))
		return [
			...words
				.slice(0, -1)
				.map((word) => masculineGivenName(word) ?? personBaseName([word], morphology)[0] ?? word),
			initial
		];
	const ruled = personRules(words);
	if (!morphology) return ruled;
	return ruled.map((base, index) => {
		const word = words[index] as string;
		// The rules say which words are in another case; the dictionary, what their base is:
		// "Wojtaszka" → "Wojtaszek", not "Wojtaszk". A woman's "-ska" stays the rules'.
		if (base === word) {
			// A foreign name the dictionary lacks, in another case: "Afonso Pereirze" → "Pereira".
			// Adjectival surnames ("Kurczak-Sadowska") are the rules' to read.
			// "Sadowska-Nurek": a woman's adjectival surname in the nominative says the part
			// joined to it is in its base form too.
			const foreign =
				!/(?:ski|ska|cki|cka|dzki|dzka)(?:-|$)/u.test(word) && morphology.lemmas(word).length === 0;
			const guess = foreign ? morphology.guessProperLemma(word) : undefined;
			// A foreign name ending in "-a" is as often a base form ("Alcántara", "Ibarra") as a
			// man's genitive: it stays as written.
			return guess === undefined || `${guess}a` === word ? word : guess;
		}
		if (morphology.isLemma(base) || /(?:sk|ck|dzk)a$/.test(base)) return base;
		// "sędzia Sroka": a surname that is a noun's base form ("sroka") is no genitive of a
		// "Srok" the dictionary does not know.
		return properLemma(word, morphology) ?? (morphology.isLemma(word.toLowerCase()) ? word : base);
	});
}

/** A name's lemma in the dictionary, capitalised as its entry: "Gorzowie" → "Gorzów". */
function properLemma(word: string, morphology: Morphology): string | undefined {
	return morphology
		.lemmas(word)
		.find((lemma) => lemma !== word && lemma[0] !== lemma[0]?.toLowerCase());
}

/** Whether a lemma is an adjective's: "zielony", "wielkopolski". */
const ADJECTIVE_LEMMA = /(?:y|i)$/;

/**
 * A common noun opening a name, back to its nominative with the name's capital: "Zespołu" →
 * "Zespół"; undefined when the word is a lemma already or the dictionary does not know it.
 */
function nounLemma(word: string, morphology: Morphology): string | undefined {
	const lower = word.toLowerCase();
	// "PUP w Kępnie": an acronym is no common noun, whatever noun it spells ("pupa").
	if (word.length >= 2 && word === word.toUpperCase()) return undefined;
	// "Domu", "Jeziora": a name the dictionary lists in this one form alone (a surname, a
	// village) is still the common noun's case when it heads a name.
	const properEntry = morphology.isLemma(word) && morphology.forms(word).length > 1;
	if (properEntry || morphology.isLemma(lower)) return undefined;
	const lemma = morphology
		.lemmas(lower)
		.find((candidate) => candidate !== lower && !ADJECTIVE_LEMMA.test(candidate));
	if (lemma === undefined) return undefined;
	return (lemma[0] as string).toUpperCase() + lemma.slice(1);
}

/**
 * "Zawarciu" → "Zawarcie": a place the gazetteer does not know, word by word, where the
 * dictionary has it with a capital; as written otherwise.
 */
export function placeBaseName(words: readonly string[], morphology?: Morphology): string[] {
	const kind = STREET_KINDS.get((words[0] ?? '').toLowerCase());
	if (kind !== undefined) {
		// "ul. Przemysłowej" → "ul. Przemysłowa", "moście Królowej Jadwigi" → "most Królowej
		// Jadwigi": the kind to its nominative, an adjective agreeing with it, a genitive kept.
		const [nominative, gender] = kind;
		const adjective = words[1];
		const agrees = adjective !== undefined && OBLIQUE_ADJECTIVE.test(adjective.toLowerCase());
		return [
			nominative,
			...(agrees ? [replaceEnding(adjective, ADJECTIVE_RULES[gender])] : words.slice(1, 2)),
			...words.slice(2)
		];
	}
	if (!morphology) return [...words];
	if (words.length >= 2) {
		const agreed = agreeingPlaceName(words, morphology);
		if (agreed) return agreed;
	}
	const compound = words.length === 1 ? adjectivalCompound(words[0] as string, morphology) : null;
	if (compound) return [compound];
	if (words.length === 1) {
		const joined = hyphenatedPlaceLemma(words[0] as string, morphology);
		if (joined) return [joined];
		const feminine = feminineAdjectivalPlace(words[0] as string, morphology);
		if (feminine) return [feminine];
	}
	return words.map((word) => placeLemma(word, morphology) ?? word);
}

/**
 * "z Albigowej", "do Wysokiej": a village named by a feminine adjective, in the genitive,
 * dative or locative ("-ej"), which no noun's nominative ends in; the dictionary lists some
 * such villages only as the bare case ("Wysokiej") or not at all.
 */
function feminineAdjectivalPlace(word: string, morphology: Morphology): string | undefined {
	if (!/\p{Ll}{2}ej$/u.test(word) || word.length < 6) return undefined;
	const named = morphology
		.lemmas(word)
		.some((lemma) => lemma !== word && lemma[0] !== lemma[0]?.toLowerCase());
	if (named) return undefined;
	return replaceEnding(word, ADJECTIVE_RULES.feminine);
}

/**
 * Oblique endings of feminine nouns and their nominative, longest first: "Pilicy" → "Pilica",
 * "Rawki" → "Rawka", "Wdy" → "Wda", "Rawką" → "Rawka", "Słudwi" → "Słudwia".
 */
const FEMININE_CASE_ENDINGS: readonly (readonly [string, string])[] = [
	['rzy', 'rza'],
	['czy', 'cza'],
	['szy', 'sza'],
	['cy', 'ca'],
	['ży', 'ża'],
	['ki', 'ka'],
	['gi', 'ga'],
	['dy', 'da'],
	['ty', 'ta'],
	['ny', 'na'],
	['ry', 'ra'],
	['wy', 'wa'],
	['ą', 'a'],
	['wi', 'wia'],
	['ni', 'nia'],
	['li', 'la']
];

/** A feminine noun the dictionary lacks, from an oblique case to its nominative; as it is when no ending says. */
export function feminineNounBase(word: string): string {
	return replaceEnding(word, FEMININE_CASE_ENDINGS);
}

/** Case endings of a masculine town's name, and what each leaves: "Golubia" → "Golub". */
const HYPHENATED_FIRST_ENDINGS: readonly (readonly [string, string])[] = [
	['niowi', 'ń'],
	['niem', 'ń'],
	['niu', 'ń'],
	['nia', 'ń'],
	['iowi', ''],
	['iem', ''],
	['iu', ''],
	['ia', ''],
	['owi', ''],
	['em', ''],
	['u', ''],
	['a', '']
];

/**
 * "Golubiu-Dobrzyniu", "Kędzierzyna-Koźla": a town of two names declines both; the dictionary
 * knows the second ("Dobrzyń"), and the first, which it may not know, loses the same case's
 * ending ("Golub").
 */
function hyphenatedPlaceLemma(word: string, morphology: Morphology): string | undefined {
	const parts = word.split('-');
	if (parts.length !== 2 || parts.some((part) => part.length < 3)) return undefined;
	const [first, last] = parts as [string, string];
	const listed = listedHyphenatedName(first, last, morphology);
	if (listed !== undefined) return listed;
	// "Nurcu-Stacji": a second name that is a common noun ("stacja") takes its nominative too.
	const lastBase = placeLemma(last, morphology) ?? capitalisedNounLemma(last, morphology);
	if (lastBase === undefined || lastBase === last) return undefined;
	const known = placeLemma(first, morphology);
	if (known !== undefined) return `${known}-${lastBase}`;
	for (const [ending, replacement] of HYPHENATED_FIRST_ENDINGS) {
		if (first.endsWith(ending) && first.length - ending.length >= 3)
			return `${first.slice(0, -ending.length)}${replacement}-${lastBase}`;
	}
	return undefined;
}

/**
 * "Skarżyska-Kamiennej" → "Skarżysko-Kamienna", "Bielsku-Białej" → "Bielsko-Biała": the town
 * the dictionary lists whole, of the names each declined part may be a case of. It tells
 * "Bielsko" from "Bielsk", whose cases the first part shares, and reads an adjective second
 * ("Kamiennej") as the name it is.
 */
function listedHyphenatedName(
	first: string,
	last: string,
	morphology: Morphology
): string | undefined {
	// The dictionary lists some declined wholes as words of their own: a part's own names
	// come first, the part as written only where it has none.
	const namesOf = (part: string) => {
		const names = morphology
			.lemmas(part)
			.filter(
				(lemma) =>
					lemma !== part && /^\p{Lu}/u.test(lemma) && morphology.forms(lemma).includes(part)
			);
		return names.length > 0 ? names : [part];
	};
	const lasts = namesOf(last);
	for (const start of namesOf(first)) {
		for (const end of lasts) {
			const whole = `${start}-${end}`;
			if (morphology.isLemma(whole)) return whole;
		}
	}
	return undefined;
}

/** "Stacji" → "Stacja": a capitalised common noun in another case, to its nominative. */
function capitalisedNounLemma(word: string, morphology: Morphology): string | undefined {
	if (readsAsAdjective(word, morphology)) return undefined;
	const lower = word.toLowerCase();
	const lemma = morphology.lemmas(lower).find((candidate) => candidate !== lower);
	return lemma === undefined ? undefined : (lemma[0] as string).toUpperCase() + lemma.slice(1);
}

/**
 * A place's one-word name back to its base form, or undefined when it is one. The dictionary
 * lists some cases as bare words of their own ("Nidą", "Sękocinie"); the name they are a
 * form of is the base (one that declines to the word first), else a name by analogy. Of two names a
 * form may be ("Brzozowie": Brzozów or Brzozowo), a town's "-ów" is by far the commoner.
 * A word in no dictionary entry, in a case that is no nominative, goes back to the common
 * noun it declines like ("Rytlu": rytel).
 */
function placeLemma(word: string, morphology: Morphology): string | undefined {
	const bare = morphology.isLemma(word) && morphology.forms(word).length <= 1;
	const plural = bare ? pluralPlaceLemma(word, morphology) : undefined;
	if (plural !== undefined) return plural;
	if (morphology.isLemma(word) && (!bare || readsAsAdjective(word, morphology))) return undefined;
	// A name whose own forms hold the word first ("Międzygórzu": Międzygórze, not the bare
	// entry "Międzygórz").
	const declines = (lemma: string) => Number(morphology.forms(lemma).includes(word));
	const names = morphology
		.lemmas(word)
		.filter(
			(lemma) =>
				lemma !== word &&
				lemma[0] !== lemma[0]?.toLowerCase() &&
				(!bare || morphology.forms(lemma).includes(word))
		)
		.sort(
			(a, b) => declines(b) - declines(a) || Number(b.endsWith('ów')) - Number(a.endsWith('ów'))
		);
	// "w Idzikowie": a place's locative, not the plural of the surname "Idzik" it looks like.
	if (names[0] !== undefined && word.endsWith('owie') && names[0] === word.slice(0, -4))
		return `${word.slice(0, -4)}ów`;
	if (names[0] !== undefined) return names[0];
	if (bare) return bareNameLemma(word, morphology);
	// Only a masculine locative or genitive in "-u" is surely no nominative ("Kałduny" is one).
	if (!word.endsWith('u') || morphology.lemmas(word).length === 0) return undefined;
	return placeNounLemma(word, morphology);
}

/**
 * "Suwałk" → "Suwałki", "Końskich" → "Końskie": a plural town's genitive or locative the
 * dictionary lists as a bare word, where it lists the nominative as a name too.
 */
function pluralPlaceLemma(word: string, morphology: Morphology): string | undefined {
	if (/(?:ich|ych|im|ym)$/u.test(word)) {
		const nominative = replaceEnding(word, PLURAL_ADJECTIVE_RULES);
		return nominative !== word && morphology.isLemma(nominative) ? nominative : undefined;
	}
	return zeroGenitiveHead(word, morphology);
}

/** "Wielka", "Górna": a word the dictionary reads as an adjective's form, no noun's. */
function readsAsAdjective(word: string, morphology: Morphology): boolean {
	const lower = word.toLowerCase();
	return morphology.lemmas(lower).some((lemma) => lemma !== lower && ADJECTIVE_LEMMA.test(lemma));
}

/**
 * A masculine name's case endings, longest first: "Sączu", "Sękocinie", "Sękocinem", and a soft
 * stem's "Jarosławiu", "Jarosławia" (Jarosław).
 */
const MASCULINE_CASE_ENDINGS = ['iowi', 'owi', 'iem', 'ie', 'em', 'iu', 'ia', 'u', 'a'];

/**
 * The base of a name the dictionary lists only in one case ("Sękocinie"): the name without
 * its case ending where the dictionary has that name ("Sękocin"), else one by analogy.
 */
function bareNameLemma(word: string, morphology: Morphology): string | undefined {
	if (ADJECTIVAL_ENDING.test(word) || readsAsAdjective(word, morphology)) return undefined;
	for (const ending of MASCULINE_CASE_ENDINGS) {
		if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
		const name = word.slice(0, -ending.length);
		if (morphology.isLemma(name)) return name;
	}
	return morphology.guessProperLemma(word);
}

/** An adjective's nominative ending ("Tucholskie", "Nowy"): no noun to guess a base of. */
const ADJECTIVAL_ENDING = /(?:(?:sk|ck|dzk)(?:i|a|ie)|(?:ow|n)(?:y|a|e))$/u;

/** A plural noun's oblique endings, and the nominative endings a plural may have. */
const PLURAL_OBLIQUE = /(?:ach|ami|om|ów)$/u;
const PLURAL_NOMINATIVE_ENDINGS = ['y', 'i', 'e', 'a'];

/**
 * "Borach" → "Bory": a plural place's head noun from an oblique case to the nominative, the
 * form that the dictionary gives a lemma of the word; undefined when none.
 */
function pluralPlaceHead(word: string, morphology: Morphology): string | undefined {
	const lower = word.toLowerCase();
	const match = PLURAL_OBLIQUE.exec(lower);
	if (!match) return zeroGenitiveHead(word, morphology);
	const stem = lower.slice(0, match.index);
	const forms = new Set(morphology.lemmas(lower).flatMap((lemma) => morphology.forms(lemma)));
	const nominative = PLURAL_NOMINATIVE_ENDINGS.map((ending) => stem + ending).find((form) =>
		forms.has(form)
	);
	return nominative === undefined ? undefined : word.charAt(0) + nominative.slice(1);
}

/**
 * "Ustrzyk" → "Ustrzyki", "Suwałk" → "Suwałki": a plural place's genitive, which has no
 * ending, to the nominative the dictionary lists as a name of its own (it lists some such
 * genitives apart, as bare words).
 */
function zeroGenitiveHead(word: string, morphology: Morphology): string | undefined {
	if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return undefined;
	const endings = /[kg]$/u.test(word) ? ['i'] : ['y', 'e'];
	return endings
		.map((ending) => word + ending)
		.find((nominative) => morphology.isLemma(nominative));
}

/** "Krasnymstawie": an adjective's stem, its oblique masculine ending, then a noun's case. */
const ADJECTIVAL_COMPOUND = /^(\p{Lu}\p{Ll}+?)(ym|ego|emu|im|iego|iemu)(\p{Ll}{3,})$/u;

/**
 * A town named by an adjective and a noun written as one word, back to its base form by the
 * dictionary's adjective and noun: "Krasnymstawie" → "Krasnystaw", "Nowymdworze" →
 * "Nowydwór"; null when the word is no such compound.
 */
export function adjectivalCompound(word: string, morphology: Morphology): string | null {
	const match = ADJECTIVAL_COMPOUND.exec(word);
	if (!match) return null;
	const [, root, ending, rest] = match as unknown as [string, string, string, string];
	const adjective = `${root.toLowerCase()}${ending.startsWith('i') ? 'i' : 'y'}`;
	if (!morphology.isLemma(adjective)) return null;
	// A masculine noun: the adjective's ending says the masculine.
	const noun = morphology
		.lemmas(rest)
		.find((lemma) => lemma !== rest && lemma === lemma.toLowerCase() && !/[aeoyią]$/u.test(lemma));
	return noun === undefined ? null : `${root}${adjective.slice(-1)}${noun}`;
}

/**
 * The lowercase words naming a kind of street, square or bridge before its name, in their
 * cases, with the nominative and gender: what `STREET_KIND_FORMS` lists for extraction.
 */
const STREET_KIND_ROWS: readonly (readonly [
	nominative: string,
	gender: Gender,
	...forms: string[]
])[] = [
	['ul.', 'feminine'],
	['ulica', 'feminine', 'ulicy', 'ulicę', 'ulicą', 'ulic', 'ulicach', 'ulicami'],
	['al.', 'feminine'],
	['aleja', 'feminine', 'alei', 'aleję', 'aleją', 'alej', 'alejach'],
	['pl.', 'masculine'],
	['plac', 'masculine', 'placu', 'placem'],
	['most', 'masculine', 'moście', 'mostu', 'mostem', 'mostowi'],
	['rondo', 'neuter', 'ronda', 'rondzie', 'rondem'],
	['osiedle', 'neuter', 'osiedla', 'osiedlu', 'osiedlem']
];

const STREET_KINDS: ReadonlyMap<string, readonly [string, Gender]> = new Map(
	STREET_KIND_ROWS.flatMap(([nominative, gender, ...forms]) =>
		[nominative, ...forms].map((form) => [form, [nominative, gender] as const] as const)
	)
);

/** Kinds written in full or abbreviated: "ulica Lipowa" and "ul. Lipowa" are one street. */
const STREET_KIND_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
	['ulica', 'ul.'],
	['aleja', 'al.'],
	['plac', 'pl.']
]);

/**
 * One key for every form of a street's kind word, written in full or abbreviated, folded:
 * "ulicy", "Ulica" and "ul." → "ul"; undefined for a word that is no street's kind.
 */
export function streetKindKey(word: string): string | undefined {
	const kind = STREET_KINDS.get(word.toLowerCase()) ?? STREET_KINDS.get(`${word.toLowerCase()}.`);
	if (kind === undefined) return undefined;
	const nominative = STREET_KIND_ABBREVIATIONS.get(kind[0]) ?? kind[0];
	return foldText(nominative.replace(/\.$/u, ''));
}

/** Every form of those words, folded as tokens are ("ul", "moscie"). */
export const STREET_KIND_FORMS: ReadonlySet<string> = new Set(
	[...STREET_KINDS.keys()].map((form) => foldText(form).replace(/\.$/u, ''))
);

/** A lemma of a noun the dictionary gives for `word` in another case, capitalised. */
function placeNounLemma(word: string, morphology: Morphology): string | undefined {
	const lemmas = morphology
		.lemmas(word)
		.filter(
			(lemma) =>
				lemma.toLowerCase() !== word.toLowerCase() &&
				!ADJECTIVE_LEMMA.test(lemma) &&
				!lemma.endsWith('ć')
		);
	// "Janowa Lubelskiego": Janów rather than Janowo, a town's "-ów" being the commoner (see
	// `placeLemma`).
	const names = lemmas.filter((candidate) => candidate[0] !== candidate[0]?.toLowerCase());
	const lemma = names.find((candidate) => candidate.endsWith('ów')) ?? names[0] ?? lemmas[0];
	return lemma === undefined ? undefined : (lemma[0] as string).toUpperCase() + lemma.slice(1);
}

/**
 * "Bystrzycy Kłodzkiej" → "Bystrzyca Kłodzka", "Starym Mieście" → "Stare Miasto": the noun
 * to its lemma and the adjectives around it agreeing with it; undefined when no word of the
 * name is a noun in another case.
 */
function agreeingPlaceName(words: readonly string[], morphology: Morphology): string[] | undefined {
	const headIndex = words.findIndex((word) => !OBLIQUE_ADJECTIVE.test(word.toLowerCase()));
	const head = words[headIndex];
	// "Białej Podlaskiej": a name of feminine adjectives alone.
	if (head === undefined && words.every((word) => /(?:ej|ą)$/u.test(word.toLowerCase())))
		return words.map((word) => replaceEnding(word, ADJECTIVE_RULES.feminine));
	if (head === undefined) return undefined;
	const after = (words[headIndex + 1] ?? '').toLowerCase();
	// "Bory Tucholskie", "Pomorze Zachodnie": an adjective in "-e" after the head says the
	// name is in its base form already.
	if (headIndex === 0 && /[^m]e$/u.test(after)) return [...words];
	// "Borach Tucholskich" → "Bory Tucholskie": an adjective only a plural takes.
	if (/(?:ych|ich|ymi|imi)$/u.test(after)) {
		const plural = pluralPlaceHead(head, morphology);
		if (plural !== undefined)
			return words.map((word, index) =>
				index === headIndex
					? plural
					: index > headIndex
						? replaceEnding(word, PLURAL_ADJECTIVE_RULES)
						: word
			);
	}
	// "Sękocinie Starym": a village the dictionary lists only in this case, by analogy.
	const bare = morphology.isLemma(head) && morphology.forms(head).length <= 1;
	const nominative =
		placeNounLemma(head, morphology) ?? (bare ? bareNameLemma(head, morphology) : undefined);
	if (nominative === undefined) return undefined;
	// "Nowej Wsi": a feminine noun in a consonant ("wieś") has an adjective that says so.
	const feminine = words.some((word) => /(?:ej|ą)$/u.test(word.toLowerCase()));
	const gender = feminine ? 'feminine' : genderOf(nominative);
	return words.map((word, index) => {
		if (index === headIndex) return nominative;
		return OBLIQUE_ADJECTIVE.test(word.toLowerCase())
			? replaceEnding(word, ADJECTIVE_RULES[gender])
			: word;
	});
}

function personRules(words: readonly string[]): string[] {
	if (words.length === 0) return [];
	const given = words.slice(0, -1);
	const surname = words[words.length - 1] as string;
	const lower = surname.toLowerCase();
	const givenLower = given.map((word) => word.toLowerCase());
	const allGiven = (test: (word: string) => boolean) => givenLower.every(test);

	if (/(?:sk|ck|dzk)(?:iej|ą|ę)$/.test(lower)) {
		return [
			...given.map((word) => replaceEnding(word, FEMININE_GIVEN_RULES)),
			replaceEnding(surname, FEMININE_SURNAME_RULES)
		];
	}
	if (/(?:sk|ck|dzk)(?:iego|iemu|im)$/.test(lower)) {
		return [
			...given.map((word) => replaceEnding(word, MASCULINE_NAME_RULES)),
			replaceEnding(surname, MASCULINE_SURNAME_RULES)
		];
	}
	if (/(?:ski|cki|dzki|ska|cka|dzka)$/.test(lower)) return [...words];
	const oblique = (ending: string) =>
		lower.endsWith(ending) && (given.length === 0 || allGiven((word) => word.endsWith(ending)));
	// "z Markiem Sroką": a man's surname in "-a" declines like a woman's noun.
	if (
		given.length > 0 &&
		lower.endsWith('ą') &&
		given.every((word) => word.endsWith('em') && masculineGivenName(word) !== undefined)
	)
		return [...given.map((word) => masculineGivenName(word) ?? word), `${surname.slice(0, -1)}a`];
	for (const ending of ['owi', 'em']) {
		if (oblique(ending)) return words.map((word) => replaceEnding(word, MASCULINE_NAME_RULES));
	}
	// "Piotrze Nowaku", "Pawle Zającu": a man's given name in the locative beside a surname
	// that declines with it (a woman's does not: "Monice Nowak").
	if (
		given.length > 0 &&
		/[ue]$/u.test(lower) &&
		given.every((word) => {
			const base = masculineGivenName(word);
			return base !== undefined && base !== replaceEnding(word, MASCULINE_NAME_RULES);
		})
	) {
		return [
			...given.map((word) => masculineGivenName(word) ?? word),
			replaceEnding(surname, MASCULINE_LOCATIVE_SURNAME_RULES)
		];
	}
	const givenInA = given.length > 0 && allGiven((word) => word.endsWith('a'));
	// "Beata Sroka", "Anna Wrona": a woman's given name in the nominative is no man's genitive
	// ("Jana Wrony" is Jan Wrona's: "Jan" is a given name, "Beat" none).
	const womanInFull = given.every(
		(word) => GIVEN_NAME_SET.has(foldText(word)) && masculineGivenName(word) === undefined
	);
	if (lower.endsWith('a') && (given.length === 0 || (givenInA && !womanInFull))) {
		return words.map((word) => replaceEnding(word, MASCULINE_NAME_RULES));
	}
	// "Jadwidze Kaczmarek", "Monice Nowak": a woman's given name in the dative or locative
	// beside a surname that does not decline (a man's would: "Piotrze Nowaku").
	if (
		given.length > 0 &&
		/[^aeiouyąęó]$/u.test(lower) &&
		allGiven((word) => /(?:[^i]ce|nice|dze|rze|cie|sze|[^i]nie|wie|lii|rii)$/u.test(word))
	) {
		return [...given.map((word) => replaceEnding(word, FEMININE_OBLIQUE_GIVEN_RULES)), surname];
	}
	// "Kim Dzong Un", "Ewa Lis", "Andrzej Duda": nothing says another case.
	return [...words];
}
