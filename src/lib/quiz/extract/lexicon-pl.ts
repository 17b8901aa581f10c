import { foldedPrepositions, POLISH_SIMPLE_PREPOSITIONS } from '../language/prepositions-pl';
import { POLISH_NUMERALS } from '../language/numbers-pl';
import { POLISH_STOPWORDS, stemPolish } from '../language/stem-pl';
import type { DateBound, DatePart, ExtractionLexicon, StatementVerb } from './lexicon';
import { withoutAcronymEnding } from './tokens';
import {
	organisationBaseName,
	ORGANISATION_HEAD_FORMS,
	personBaseName,
	placeBaseName,
	STREET_KIND_FORMS
} from './names-pl';

const stems = (words: readonly string[]) => new Set(words.map(stemPolish));

/**
 * Verbs of who-did-what statements, by the stem their past forms share (folded): "zaprzeczy"
 * + ł/ła/ło/li/ły. Present forms that news reports use are listed whole.
 */
const PAST_STEMS: readonly (readonly [stem: string, lemma: string])[] = [
	['zaprzeczy', 'zaprzeczyć'],
	['oskarzy', 'oskarżyć'],
	['zaproponowa', 'zaproponować'],
	['popar', 'poprzeć'],
	['oglosi', 'ogłosić'],
	['potwierdzi', 'potwierdzić'],
	['zapowiedzia', 'zapowiedzieć'],
	['skrytykowa', 'skrytykować'],
	['podpisa', 'podpisać'],
	['wezwa', 'wezwać'],
	['zaatakowa', 'zaatakować'],
	['odrzuci', 'odrzucić'],
	['przyzna', 'przyznać'],
	['oswiadczy', 'oświadczyć'],
	['poinformowa', 'poinformować'],
	['zdementowa', 'zdementować'],
	['wysla', 'wysłać'],
	['dostarczy', 'dostarczyć'],
	['zagrozi', 'zagrozić'],
	['zazada', 'zażądać'],
	['potepi', 'potępić'],
	['nalozy', 'nałożyć'],
	['uzna', 'uznać'],
	['zaprosi', 'zaprosić'],
	['wygra', 'wygrać'],
	['przegra', 'przegrać'],
	['zatrzyma', 'zatrzymać'],
	['aresztowa', 'aresztować'],
	['zwyciezy', 'zwyciężyć'],
	['uruchomi', 'uruchomić'],
	['otworzy', 'otworzyć'],
	['zamkna', 'zamknąć'],
	['przyja', 'przyjąć'],
	['odwiedzi', 'odwiedzić'],
	['obieca', 'obiecać'],
	['zadeklarowa', 'zadeklarować'],
	['sprzeciwi', 'sprzeciwić się'],
	['zatwierdzi', 'zatwierdzić'],
	['uchwali', 'uchwalić'],
	['przeglosowa', 'przegłosować'],
	['pojma', 'pojmać'],
	['zestrzeli', 'zestrzelić'],
	['zniszczy', 'zniszczyć'],
	['ostrzeg', 'ostrzec'],
	['zaapelowa', 'zaapelować'],
	['zarzuci', 'zarzucić'],
	['pozwa', 'pozwać'],
	['ukara', 'ukarać'],
	['wprowadzi', 'wprowadzić'],
	['przekaza', 'przekazać'],
	['sprzeda', 'sprzedać'],
	['kupi', 'kupić'],
	['zbudowa', 'zbudować'],
	['otrzyma', 'otrzymać'],
	['zaplaci', 'zapłacić'],
	['zawiesi', 'zawiesić'],
	['odwola', 'odwołać'],
	['wstrzyma', 'wstrzymać'],
	['zlozy', 'złożyć'],
	['zorganizowa', 'zorganizować'],
	['powola', 'powołać'],
	['wybra', 'wybrać'],
	['mianowa', 'mianować'],
	['zwolni', 'zwolnić'],
	['ostrzega', 'ostrzegać'],
	['zapowiada', 'zapowiadać'],
	['oskarza', 'oskarżać'],
	['zaprzecza', 'zaprzeczać'],
	['proponowa', 'proponować'],
	['krytykowa', 'krytykować'],
	['popiera', 'popierać'],
	['powiedzia', 'powiedzieć']
];

const PAST_ENDINGS = ['l', 'la', 'lo', 'li', 'ly'];

const PRESENT_FORMS: readonly (readonly [lemma: string, forms: readonly string[]])[] = [
	['zaprzeczyć', ['zaprzecza', 'zaprzeczaja']],
	['oskarżyć', ['oskarza', 'oskarzaja']],
	['zaproponować', ['proponuje', 'proponuja']],
	['poprzeć', ['popiera', 'popieraja']],
	['zdementować', ['dementuje', 'dementuja']],
	['ostrzec', ['ostrzega', 'ostrzegaja']],
	['potępić', ['potepia', 'potepiaja']],
	['zażądać', ['zada', 'zadaja']]
];

function buildVerbs(): Map<string, string> {
	const verbs = new Map<string, string>();
	for (const [stem, lemma] of PAST_STEMS)
		for (const ending of PAST_ENDINGS) verbs.set(stem + ending, lemma);
	for (const [lemma, forms] of PRESENT_FORMS) for (const form of forms) verbs.set(form, lemma);
	return verbs;
}

const VERBS = buildVerbs();
/** "wyszedł z propozycją", "wystąpiła z inicjatywą": a proposal made. */
const CAME_OUT = new Set(['wyszedl', 'wyszla', 'wyszli', 'wyszly', 'wyszlo']);
const CAME_FORWARD = new Set(['wystapil', 'wystapila', 'wystapili', 'wystapily']);
const PROPOSALS = new Set(['propozycja', 'inicjatywa', 'wnioskiem', 'pomyslem', 'apelem']);

function statementVerb(words: readonly string[], index: number): StatementVerb | null {
	const word = words[index];
	if (word === undefined) return null;
	if (
		(CAME_OUT.has(word) || CAME_FORWARD.has(word)) &&
		(words[index + 1] === 'z' || words[index + 1] === 'ze') &&
		PROPOSALS.has(words[index + 2] ?? '')
	) {
		return { length: 3, lemma: 'wyjść z propozycją' };
	}
	const lemma = VERBS.get(word);
	return lemma === undefined ? null : { length: 1, lemma };
}

/** "zaprzeczyły" → "zaprzeczył": "Kto" takes the masculine singular. */
function questionVerb(surface: string): string {
	const replacements: readonly (readonly [string, string])[] = [
		['szła', 'szedł'],
		['szli', 'szedł'],
		['szły', 'szedł'],
		['szło', 'szedł'],
		['ęła', 'ął'],
		['ęli', 'ął'],
		['ęły', 'ął'],
		['ęło', 'ął'],
		['ają', 'a'],
		['ują', 'uje'],
		['ła', 'ł'],
		['ło', 'ł'],
		['li', 'ł'],
		['ły', 'ł']
	];
	for (const [ending, replacement] of replacements) {
		if (surface.endsWith(ending)) return surface.slice(0, -ending.length) + replacement;
	}
	return surface;
}

/** Genitive plurals the rules below get wrong, with their plural base form. */
const LEMMA_EXCEPTIONS: Readonly<Record<string, string>> = {
	ludzi: 'ludzie',
	osób: 'osoby',
	dzieci: 'dzieci',
	lat: 'lata',
	dni: 'dni',
	miesięcy: 'miesiące',
	tygodni: 'tygodnie',
	godzin: 'godziny',
	minut: 'minuty',
	ton: 'tony',
	rakiet: 'rakiety',
	szkół: 'szkoły',
	uczniów: 'uczniowie',
	rodzin: 'rodziny',
	mieszkań: 'mieszkania',
	miejsc: 'miejsca',
	kobiet: 'kobiety',
	mężczyzn: 'mężczyźni',
	policjantów: 'policjanci',
	strażaków: 'strażacy',
	// Men whose genitive ends like things' ("świadków" like "pocisków"): "Ilu świadków".
	świadków: 'świadkowie',
	radnych: 'radni',
	oskarżonych: 'oskarżeni',
	podejrzanych: 'podejrzani',
	zatrzymanych: 'zatrzymani',
	wójtów: 'wójtowie',
	burmistrzów: 'burmistrzowie',
	sołtysów: 'sołtysi',
	prezesów: 'prezesi',
	pilotów: 'piloci',
	studentów: 'studenci',
	turystów: 'turyści',
	pacjentów: 'pacjenci',
	lekarzy: 'lekarze',
	cywilów: 'cywile',
	jeńców: 'jeńcy',
	drzew: 'drzewa',
	wsi: 'wsie',
	gmin: 'gminy',
	ofiar: 'ofiary',
	zabitych: 'zabici',
	rannych: 'ranni',
	zaginionych: 'zaginieni',
	poszkodowanych: 'poszkodowani',
	ewakuowanych: 'ewakuowani',
	złotych: 'złote',
	zł: 'zł',
	km: 'km',
	proc: 'procent',
	hektarów: 'hektary',
	budynków: 'budynki',
	żołnierzy: 'żołnierze',
	pasażerów: 'pasażerowie',
	inżynierów: 'inżynierowie',
	oficerów: 'oficerowie',
	członków: 'członkowie',
	ministrów: 'ministrowie',
	posłów: 'posłowie',
	sędziów: 'sędziowie',
	profesorów: 'profesorowie',
	dyrektorów: 'dyrektorzy',
	ekspertów: 'eksperci',
	polityków: 'politycy',
	naukowców: 'naukowcy',
	nauczycieli: 'nauczyciele',
	obywateli: 'obywatele',
	przyjaciół: 'przyjaciele',
	euro: 'euro'
};

const LEMMA_RULES: readonly (readonly [ending: string, replacement: string])[] = [
	['erzy', 'erze'],
	['arzy', 'arze'],
	['czyków', 'czycy'],
	['ników', 'nicy'],
	['ców', 'cy'],
	['ków', 'ki'],
	['gów', 'gi'],
	['ów', 'y'],
	['cji', 'cja'],
	['sji', 'sja'],
	['zji', 'zja'],
	['eli', 'ele']
];

/** Nouns in -cja, -sja, -zja: after a count the same form is a genitive plural ("14 stacji"). */
const FEMININE_IA_GENITIVE = /(?<=[csz])ji$/;

/**
 * The plural base form of a counted noun, as a dictionary would give it: "żołnierzy" →
 * "żołnierze", "pocisków" → "pociski", "Koreańczyków" → "Koreańczycy". Genitive plurals
 * after numbers follow a handful of patterns; a noun that fits none is kept as written. A
 * share takes a genitive singular ("połowę amunicji"): its noun's base form is the singular.
 */
function nounLemma(surface: string, counted: boolean): string {
	if (counted && FEMININE_IA_GENITIVE.test(surface.toLowerCase()) && surface.length > 4) {
		return surface.slice(0, -1) + 'e';
	}
	const lower = surface.toLowerCase();
	const exception = LEMMA_EXCEPTIONS[lower];
	if (exception !== undefined) return surface === lower ? exception : capitalise(exception);
	for (const [ending, replacement] of LEMMA_RULES) {
		if (lower.endsWith(ending) && lower.length > ending.length + 1) {
			return surface.slice(0, surface.length - ending.length) + replacement;
		}
	}
	return surface;
}

function capitalise(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Plural base forms of masculine persons ask "Ilu"; everything else "Ile". */
const PERSONAL_ENDINGS = [
	'cy',
	'erze',
	'arze',
	'ni',
	'ci',
	'owie',
	'anie',
	'dzie',
	'ele',
	'ile',
	'rzy'
];

/**
 * Plurals that end like persons' and count things: "Ile dni", "Ile części", "Ile miejscowości",
 * and genitives left as they were: "Ile stopni", "Ile koni", "Ile kamieni".
 */
// "części", "wartości" count things; "turyści", "specjaliści" count people.
const NOT_PERSONAL = /^(?:dni|\p{L}*[aeoóuąę]ści|\p{L}*pni|\p{L}*oni|\p{L}*mieni)$/u;

/** Men and mixed groups whose plural ends like things': "Ilu widzów", "Ilu gości". */
const PERSONAL_PLURALS = /^(?:widz(?:owie|e|y)|go(?:ście|ści)|ludzie|kibice)$/u;

const ADJECTIVE_ENDINGS = [
	'ych',
	'ich',
	'ego',
	'emu',
	'ymi',
	'imi',
	'ej',
	'skie',
	'ckie',
	'scy',
	'ccy',
	'owe',
	'owy',
	'owa'
];

const DEMONYM_ENDINGS = [
	'czyk',
	'czycy',
	'czykow',
	'czykami',
	'czykom',
	'czykach',
	'anie',
	'anin',
	'aninem',
	'aninowi',
	'ancy',
	'ancow',
	'ancami',
	'incy',
	'incow',
	'incami'
];
const DEMONYMS = new Set([
	'polacy',
	'polakow',
	'polakami',
	'rosjan',
	'rosjanami',
	'francuzi',
	'francuzow'
]);

/** Ordinals after "co" ("co piąty", "co trzecia"), folded, in the three genders. */
const DISTRIBUTIVE_ORDINALS: ReadonlyMap<string, number> = new Map(
	(
		[
			[2, ['drugi', 'druga', 'drugie']],
			[3, ['trzeci', 'trzecia', 'trzecie']],
			[4, ['czwarty', 'czwarta', 'czwarte']],
			[5, ['piaty', 'piata', 'piate']],
			[6, ['szosty', 'szosta', 'szoste']],
			[7, ['siodmy', 'siodma', 'siodme']],
			[8, ['osmy', 'osma', 'osme']],
			[9, ['dziewiaty', 'dziewiata', 'dziewiate']],
			[10, ['dziesiaty', 'dziesiata', 'dziesiate']]
		] as const
	).flatMap(([value, forms]) => forms.map((form) => [form, value] as const))
);

const MONTH_AND_SEASON_PARTS: ReadonlyMap<string, DatePart> = new Map([
	['polowy', 'middle'],
	['polowie', 'middle'],
	['polowa', 'middle'],
	['polowe', 'middle'],
	['poczatku', 'start'],
	['poczatek', 'start'],
	['konca', 'end'],
	['koniec', 'end'],
	['koncu', 'end'],
	['koncem', 'end']
]);

const BOUNDS: ReadonlyMap<string, DateBound> = new Map([
	['do', 'until'],
	['od', 'since'],
	['przed', 'before'],
	['po', 'after']
]);

export const POLISH_EXTRACTION: ExtractionLexicon = {
	numerals: POLISH_NUMERALS,
	abbreviations: new Set([
		'ok',
		'np',
		'tzw',
		'dr',
		'prof',
		'mgr',
		'inz',
		'hab',
		'plk',
		'ppl',
		'gen',
		'mjr',
		'kpt',
		'por',
		'ks',
		'sw',
		'ul',
		'al',
		'pl',
		'kard',
		'abp',
		'marsz',
		'tj',
		'zob',
		'wg',
		'godz',
		'nr',
		'im',
		'ang',
		'lac',
		'red',
		'ws',
		'dot',
		'ust',
		'art',
		'pkt',
		'poz',
		'ub',
		'woj',
		'pow',
		'gm',
		'sp',
		'ds',
		'min',
		'tel',
		'tzn',
		// Titles before a name in court and police news: "mec. Piotr Zawadzki", "prok. Mazur".
		'mec',
		// Police and fire ranks: "asp. sztab.", "mł. asp.", "st. kpt.", "mł. bryg.".
		'sztab',
		'ml',
		'podkom',
		'prok',
		'adw',
		'sedz',
		'insp',
		'podinsp',
		'nadkom',
		'kom',
		'asp',
		'sierz',
		'st',
		'ppor',
		'kmdr',
		'bryg',
		'abp',
		'bp',
		'kard',
		'dyr',
		'przew',
		'doc',
		'lek',
		'ur',
		'zm'
	]),
	closingAbbreviations: new Set([
		'r',
		'tys',
		'mln',
		'mld',
		'proc',
		'itd',
		'itp',
		'wsp',
		'br',
		'pld',
		'pln',
		'wsch',
		'zach',
		'p.n.e',
		'n.e',
		'o.o',
		'zl',
		's'
	]),
	hedges: [
		['ok'],
		['okolo'],
		['blisko'],
		['prawie'],
		['niemal'],
		['niemalze'],
		['niespelna'],
		// "nawet 9 tys. pasażerów": as many as, an upper estimate.
		['nawet'],
		['ponad'],
		['przeszlo'],
		['szacunkowo'],
		['rzedu'],
		['mniej', 'wiecej'],
		['co', 'najmniej']
	],
	figureModifiers: new Set(['tylko', 'az', 'jedynie', 'zaledwie']),
	distributive: (words, index) => {
		// "co piąty uczeń" is one in five.
		if (words[index] !== 'co') return null;
		const value = DISTRIBUTIVE_ORDINALS.get(words[index + 1] ?? '');
		return value === undefined ? null : { value: 1 / value, length: 2 };
	},
	// Those a figure's or a date's phrase opens with ("pod", "nad", "bez" open neither).
	prepositions: foldedPrepositions(POLISH_SIMPLE_PREPOSITIONS, ['pod', 'nad', 'bez']),
	notNouns: new Set([
		...POLISH_STOPWORDS,
		'nie',
		'okolo',
		'ponad',
		'prawie',
		'blisko',
		'wiecej',
		'mniej',
		'lub',
		'albo',
		'czy',
		'tys',
		'mln',
		'mld',
		'tego',
		'temu',
		'tych',
		'tymi',
		'nich',
		'nimi',
		'ktorych',
		'wszystkich',
		// Auxiliaries after a figure that is the subject: "a 11 zostanie zawieszonych".
		'zostanie',
		'zostana',
		'zostal',
		'zostala',
		'zostalo',
		'zostali',
		'zostaly',
		'bedzie',
		'beda',
		'jest',
		'sa'
	]),
	yearWords: new Set(['roku', 'rok', 'r', 'rokiem']),
	datePrepositions: new Set([
		'w',
		'we',
		'od',
		'do',
		'z',
		'ze',
		'przed',
		'po',
		'pod',
		'na',
		'przelomie',
		'dniu'
	]),
	dateBounds: BOUNDS,
	dateParts: MONTH_AND_SEASON_PARTS,
	yearQualifiers: {
		always: new Set(['za', 'dla', 'sprzed', 'wobec']),
		afterNoun: new Set(['na', 'z', 'ze']),
		nouns:
			/^(?:budze[tc]|plan(?:u|y|ie|ow|ach)?$|prognoz|dane$|danych|raport|sprawozdani|strategi|program(?:u|y|ie|ow)?$|wynik|bilans|wydatk|dochod|stawk|taryf|dotacj|subwencj|limit|harmonogram|statystyk|zestawieni|analiz|badani|rocznik|umow|kontrakt|ranking|cennik|srodk|kwartal|polrocz|most(?:u|y|em|ow)?$|budyn|kosciol|zabyt|obiekt|pomnik|kamienic|dworc|dworze|ustaw|uchwal|rozporzadzen|decyzj|wyrok|przepis|autobus|pojazd|samochod|wagon|sprzet|urzadzen|instalacj)/,
		comparisons: new Set(['porownaniu z', 'porownaniu ze', 'porownaniu do', 'stosunku do']),
		determiners: new Set(),
		afterBareNoun: true
	},
	personTitles: stems([
		'prezydent',
		'premier',
		'minister',
		'ministra',
		'ministrem',
		'przywodca',
		'rzecznik',
		'rzeczniczka',
		'szef',
		'szefowa',
		'sekretarz',
		'dyrektor',
		'dyrektorka',
		'prezes',
		'prezeska',
		'burmistrz',
		'wojewoda',
		'marszalek',
		'marszalka',
		'general',
		'gen',
		'pulkownik',
		'plk',
		'dr',
		'prof',
		'profesor',
		'ks',
		'ksiadz',
		'pani',
		'posel',
		'posla',
		'poslanka',
		'senator',
		'ambasador',
		'kanclerz',
		'krol',
		'krolowa',
		'papiez',
		'komisarz',
		'sedzia',
		'sedziego',
		'kapitan',
		'trener',
		'trenerka',
		'wicepremier',
		'wiceminister',
		'wiceministra',
		'lider',
		'liderka',
		'przewodniczacy',
		'przewodniczaca',
		'dowodca',
		'starosta',
		'radny',
		'radna',
		'rektor',
		'ekspert',
		'ekspertka',
		'analityk',
		'analityczka',
		'wojt',
		'soltys',
		'obronca',
		'obronczyni',
		'mecenas',
		'mec',
		'adwokat',
		'prokurator',
		'prok',
		'oskarzony',
		'ekonomista',
		'ekonomistka',
		'dziennikarz',
		'dziennikarka',
		'zastepca',
		'wiceprezydent',
		'wicewojewoda',
		'wiceprezes',
		'nadkom',
		'insp',
		'komendant'
	]),
	organisationHeads: stems(ORGANISATION_HEAD_FORMS),
	organisationKinds: new Set([
		'spolka',
		'spolki',
		'spolce',
		'spolke',
		'koncern',
		'koncernu',
		'firma',
		'firmy',
		'firm',
		'firmie',
		'przewoznik',
		'przewoznika',
		'operator',
		'operatora'
	]),
	// Polish writes the kind of a place in lowercase before its name: "most", "rzeka".
	placeHeads: new Set(),
	programmeWords: new Set([
		'program',
		'programu',
		'programie',
		'programem',
		'programy',
		'programow',
		'programach',
		'konkurs',
		'konkursu',
		'konkursie',
		'konkursem',
		'grant',
		'grantu',
		'grancie',
		'grantem',
		'granty',
		'grantow',
		'grantach',
		'projekt',
		'projektu',
		'projekcie',
		'projektem',
		'stypendium'
	]),
	// Polish names tell their kind by the dictionary's reading of their words.
	organisationTails: new Set(),
	placeOpeners: new Set(),
	placeTails: new Set(),
	sentenceQualifiers: new Set(),
	streetKinds: STREET_KIND_FORMS,
	objectMayOpen: true,
	placePrepositions: new Set([
		'w',
		'we',
		'do',
		'z',
		'ze',
		'pod',
		'kolo',
		'nad',
		'przy',
		'spod',
		'niedaleko',
		'obok'
	]),
	// The compass as a region ("Koreańczycy z Północy") is no place to ask about.
	notNames: new Set([
		...POLISH_STOPWORDS,
		'polnoc',
		'polnocy',
		'poludnie',
		'poludnia',
		'wschod',
		'wschodu',
		'zachod',
		'zachodu',
		'zachodzie',
		'wschodzie'
	]),
	isDemonym: (folded) =>
		DEMONYMS.has(folded) || DEMONYM_ENDINGS.some((ending) => folded.endsWith(ending)),
	subjectJoiners: new Set(['i', 'oraz', 'jak', 'takze', 'rowniez', 'zarowno', 'ani']),
	clauseOpeners: new Set([
		'a',
		'ale',
		'ze',
		'ktory',
		'ktora',
		'ktore',
		'ktorzy',
		'ktorych',
		'gdy',
		'bo',
		'lecz',
		'jednak',
		'poniewaz',
		'choc',
		'podczas',
		'zas',
		'gdzie',
		'kiedy',
		'co'
	]),
	isPastVerb: (folded) => folded.length > 4 && /(?:[aeiyou]l|l[aoiy])$/.test(folded),
	statementVerb,
	questionVerb,
	nounLemma,
	baseName: (surfaces, type, morphology) => {
		const words = surfaces.map(withoutAcronymEnding);
		return type === 'person'
			? personBaseName(words, morphology)
			: type === 'organisation'
				? organisationBaseName(words, morphology)
				: placeBaseName(words, morphology);
	},
	isAdjective: (folded) =>
		folded.length > 4 && ADJECTIVE_ENDINGS.some((ending) => folded.endsWith(ending)),
	// Endings first names never have ("Andrzej" and "Maciej" end like "dziennej", so "-ej" is out).
	isNameAdjective: (folded) =>
		/(?:(?:sk|ck|dzk)(?:ie|ich|iego|imi)|ych|ego|ymi|owe|owa|owy|owych)$/.test(folded),
	questions: {
		howMany: (lemma) =>
			lemma !== undefined &&
			(PERSONAL_PLURALS.test(lemma.toLowerCase()) ||
				(!NOT_PERSONAL.test(lemma.toLowerCase()) &&
					PERSONAL_ENDINGS.some((ending) => lemma.toLowerCase().endsWith(ending))))
				? 'Ilu'
				: 'Ile',
		whatShare: 'Jaką część',
		when: 'Kiedy',
		who: 'Kto',
		gap: '_____',
		whichNumber: (gapped) => `Jaka liczba pasuje do luki: ${quotedSentence(gapped)}?`,
		whichDate: (gapped, yearOnly = false) =>
			`${yearOnly ? 'Który rok' : 'Jaka data'} pasuje do luki: ${quotedSentence(gapped)}?`,
		whichEntity: (type, gapped, several = false) => {
			const asks: Record<string, string> = several
				? {
						person: 'Kto',
						country: 'Które państwa',
						city: 'Które miejscowości',
						place: 'Jakie miejsca',
						organisation: 'Które organizacje',
						programme: 'Jakie fundusze lub programy',
						building: 'Które budynki',
						hospital: 'Które szpitale'
					}
				: {
						person: 'Kto',
						country: 'Które państwo',
						city: 'Która miejscowość',
						place: 'Jakie miejsce',
						organisation: 'Która organizacja',
						programme: 'Jaki fundusz lub program',
						building: 'Który budynek',
						hospital: 'Który szpital'
					};
			const verb = several && type !== 'person' && asks[type] ? 'pasują' : 'pasuje';
			return `${asks[type] ?? 'Kto'} ${verb} do luki: ${quotedSentence(gapped)}?`;
		},
		placeholder: 'do uzupełnienia',
		leadingConnectives: new Set([
			'co',
			'ktory',
			'ktora',
			'ktore',
			'ktorzy',
			'ze',
			'a',
			'i',
			'oraz',
			'ale',
			'bo',
			'gdy',
			'zas'
		]),
		auxiliaries: new Set()
	}
};

/** Quotation marks of Polish news: „…”, straight ones, and «…» or »…«. */
const QUOTE_MARKS = /[„”"«»“]/gu;

/**
 * The sentence in „…”, with the quotation it holds in «…», as Polish typography nests them:
 * „«Nie zgadzamy się» – powiedział.”, never „„Nie zgadzamy się” – powiedział.”. A sentence that
 * is one quotation whole takes the template's marks alone.
 */
export function quotedSentence(sentence: string): string {
	const inner = sentence.trim();
	if (/^[„"«»“][^„”"«»“]*[”"»«][.!?…]?$/u.test(inner))
		return `„${inner.slice(1).replace(/[”"»«]([.!?…]?)$/u, '$1')}”`;
	// A quotation cut by the sentence splitter (an odd count) stays, for the check to refuse.
	if ((inner.match(QUOTE_MARKS) ?? []).length % 2 === 1) return `„${inner}”`;
	let opening = true;
	const nested = inner.replace(QUOTE_MARKS, () => {
		const mark = opening ? '«' : '»';
		opening = !opening;
		return mark;
	});
	return `„${nested}”`;
}
