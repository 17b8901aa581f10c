/**
 * A light Polish stemmer for folded words (see `foldText`): it strips case and number
 * endings so that inflected forms of one noun or adjective meet ("rodzina", "rodziny",
 * "rodzinami" → "rodzin"). It is not a lemmatiser: stems need not be words, they only need
 * to agree. Matching also compares a stem with the other word unstemmed, which covers
 * base forms whose last letters look like an ending ("problem" and "problemu").
 */

/** Shortest stem left after stripping an ending: "Una" → "un", but "Kim" stays "kim". */
const MIN_STEM = 2;

/**
 * Endings, longest first, after folding (ą → a, ę → e). The vowel-led endings after a soft
 * "i" ("-ia", "-ie", "-iu", "-iem", "-iami") are listed whole so that "wsparcie",
 * "wsparcia", "wsparciu" and "wsparciem" all lose the "i".
 */
const ENDINGS = [
	'iami',
	'iach',
	'iego',
	'iemu',
	'iom',
	'iej',
	'ymi',
	'imi',
	'ych',
	'ich',
	'ego',
	'emu',
	'ami',
	'ach',
	'iem',
	'ie',
	'ia',
	'iu',
	'ii',
	'ym',
	'im',
	'ej',
	'em',
	'om',
	'a',
	'e',
	'i',
	'o',
	'u',
	'y'
] as const;

/**
 * Consonant alternations at the end of a word that would otherwise keep forms apart:
 * "Koreańczycy"/"Koreańczyk", "bliscy"/"bliskich", "niemieccy"/"niemiecki",
 * "obwodzie"/"obwodu". The ending is replaced and nothing more is stripped.
 */
const ALTERNATIONS: readonly (readonly [ending: string, replacement: string])[] = [
	['czycy', 'czyk'],
	['dzie', 'd'],
	['ccy', 'ck'],
	['scy', 'sk']
];

/**
 * "-ów" (genitive plural) and the "-ow-" of adjectives and of place names are dropped after
 * the ending, so "pocisków"/"pociski", "rakietowy"/"rakieta" and "Kijów"/"Kijowa"/"Kijowie"
 * meet. The stem must keep three letters: "nowy" stays "now".
 */
const OW_MIN_STEM = 3;

/**
 * Abbreviations learners type for the compass adjectives of country names (Korea Płd.) and
 * the regional adjective of town names (Gorzów Wlkp.).
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
	wlkp: 'wielkopolski',
	pld: 'poludniowa',
	pd: 'poludniowa',
	pln: 'polnocna',
	pn: 'polnocna'
};

/**
 * Forms no ending rule reaches, mapped to the stem of their infinitive: "bać się" is how a
 * concept is written, "boją się" how learners answer.
 */
const IRREGULAR: Readonly<Record<string, string>> = {
	boje: 'bac',
	boisz: 'bac',
	boi: 'bac',
	boimy: 'bac',
	boicie: 'bac',
	boja: 'bac',
	bojac: 'bac',
	bala: 'bac',
	baly: 'bac'
};

const HAS_DIGIT = /\d/;

/**
 * The fleeting "e" of a base form, which its other forms drop: "Surowiec"/"Surowca",
 * "koniec"/"końca", "Wojtaszek"/"Wojtaszka", "rynek"/"rynku". After "i" the "e" stays
 * ("człowiek"/"człowieka"), and short words keep theirs ("piec", "lęk").
 */
const FLEETING_E: readonly (readonly [pattern: RegExp, replacement: string])[] = [
	[/iec$/, 'c'],
	[/(?<=[^aeiouy])ek$/, 'k']
];
const FLEETING_MIN_STEM = 3;

export function stemPolish(word: string): string {
	const irregular = IRREGULAR[word];
	if (irregular !== undefined) return irregular;
	const full = ABBREVIATIONS[word] ?? word;
	if (HAS_DIGIT.test(full)) return full;
	for (const [ending, replacement] of ALTERNATIONS) {
		if (full.endsWith(ending) && full.length - ending.length >= MIN_STEM + 1) {
			return full.slice(0, full.length - ending.length) + replacement;
		}
	}
	for (const [pattern, replacement] of FLEETING_E) {
		const stem = full.replace(pattern, replacement);
		if (stem !== full && stem.length > FLEETING_MIN_STEM) return stem;
	}
	let stem = full;
	for (const ending of ENDINGS) {
		if (full.endsWith(ending) && full.length - ending.length >= MIN_STEM) {
			stem = full.slice(0, full.length - ending.length);
			break;
		}
	}
	if (stem.endsWith('ow') && stem.length - 2 >= OW_MIN_STEM) stem = stem.slice(0, -2);
	return stem;
}

/** Folded Polish words that carry no content in an answer or a key phrase. */
export const POLISH_STOPWORDS: ReadonlySet<string> = new Set([
	'a',
	'aby',
	'albo',
	'ale',
	'ani',
	'bez',
	'bo',
	'by',
	'byl',
	'byla',
	'byli',
	'bylo',
	'co',
	'czy',
	'dla',
	'do',
	'i',
	'ich',
	'jak',
	'jako',
	'jego',
	'jej',
	'jest',
	'juz',
	'ktora',
	'ktore',
	'ktory',
	'ktorzy',
	'ku',
	'lub',
	'miedzy',
	'na',
	'nad',
	'o',
	'od',
	'on',
	'ona',
	'one',
	'oni',
	'oprocz',
	'oraz',
	'po',
	'pod',
	'podczas',
	'poza',
	'przed',
	'przez',
	'przy',
	'rowniez',
	'sa',
	'sie',
	'swoich',
	'swoim',
	'swoimi',
	'swoj',
	'swoja',
	'swoje',
	'ta',
	'tak',
	'takze',
	'te',
	'tej',
	'ten',
	'tez',
	'to',
	'tylko',
	'tym',
	'u',
	'w',
	'we',
	'wedlug',
	'wobec',
	'wsrod',
	'z',
	'za',
	'zarowno',
	'ze',
	'zeby'
]);
