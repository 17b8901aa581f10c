import type { DateFact, DateValue, Language, Season } from '../content';
import { words } from '../language/normalize';
import { matchesPhrase } from './phrase-index';
import { refuseUnreadable, scored, type ScoreResult } from './result';

/**
 * Dates as learners type them, in Polish or English: "jesienią 2024 roku", "fall 2024",
 * "w październiku 2024", "10.2024", "2024-10", "15 października 2024".
 *
 * Seasons are those of the northern hemisphere. A month belongs to a season
 * meteorologically (autumn = September, October, November); when a day is given the
 * astronomical season counts too (autumn = 23 September – 21 December), so "15 grudnia" is
 * still autumn but "grudzień" alone is winter. Winter belongs to the year of its December
 * and of its January and February alike: the year must be equal either way.
 */

/** What an answer says about a date; every part is optional. */
export type DateAnswer = Partial<DateValue>;

const METEOROLOGICAL_MONTHS: Record<Season, readonly number[]> = {
	spring: [3, 4, 5],
	summer: [6, 7, 8],
	autumn: [9, 10, 11],
	winter: [12, 1, 2]
};

/** First day of each astronomical season, as month·100 + day. */
const ASTRONOMICAL_STARTS: Record<Season, number> = {
	spring: 321,
	summer: 621,
	autumn: 923,
	winter: 1222
};

function inAstronomicalSeason(month: number, day: number, season: Season): boolean {
	const date = month * 100 + day;
	const start = ASTRONOMICAL_STARTS[season];
	const end =
		season === 'spring'
			? ASTRONOMICAL_STARTS.summer
			: season === 'summer'
				? ASTRONOMICAL_STARTS.autumn
				: season === 'autumn'
					? ASTRONOMICAL_STARTS.winter
					: ASTRONOMICAL_STARTS.spring;
	return start < end ? date >= start && date < end : date >= start || date < end;
}

/** Whether a month (and day, when known) falls in a season; see the rule above. */
export function monthInSeason(month: number, day: number | undefined, season: Season): boolean {
	if (METEOROLOGICAL_MONTHS[season].includes(month)) return true;
	return day !== undefined && inAstronomicalSeason(month, day, season);
}

function meteorologicalSeason(month: number): Season | undefined {
	return (Object.keys(METEOROLOGICAL_MONTHS) as Season[]).find((season) =>
		METEOROLOGICAL_MONTHS[season].includes(month)
	);
}

const SEASON_WORDS: Readonly<Record<string, Season>> = {
	wiosna: 'spring',
	wiosny: 'spring',
	wiosne: 'spring',
	wiosnie: 'spring',
	spring: 'spring',
	springtime: 'spring',
	lato: 'summer',
	latem: 'summer',
	lecie: 'summer',
	summer: 'summer',
	summertime: 'summer',
	jesien: 'autumn',
	jesieni: 'autumn',
	jesienia: 'autumn',
	autumn: 'autumn',
	fall: 'autumn',
	zima: 'winter',
	zimy: 'winter',
	zime: 'winter',
	zimie: 'winter',
	winter: 'winter',
	wintertime: 'winter'
};

/** Adjectives: "jesiennej ofensywy", "wiosenna". "Lata" is left out: it also means years. */
const SEASON_PREFIXES: readonly (readonly [prefix: string, season: Season])[] = [
	['wiosenn', 'spring'],
	['letni', 'summer'],
	['jesienn', 'autumn'],
	['autumnal', 'autumn'],
	['zimow', 'winter']
];

const POLISH_MONTH_FORMS: readonly (readonly string[])[] = [
	['styczen', 'stycznia', 'styczniu', 'styczniem'],
	['luty', 'lutego', 'lutym'],
	['marzec', 'marca', 'marcu', 'marcem'],
	['kwiecien', 'kwietnia', 'kwietniu', 'kwietniem'],
	['maj', 'maja', 'maju', 'majem'],
	['czerwiec', 'czerwca', 'czerwcu', 'czerwcem'],
	['lipiec', 'lipca', 'lipcu', 'lipcem'],
	['sierpien', 'sierpnia', 'sierpniu', 'sierpniem'],
	['wrzesien', 'wrzesnia', 'wrzesniu', 'wrzesniem'],
	['pazdziernik', 'pazdziernika', 'pazdzierniku', 'pazdziernikiem'],
	['listopad', 'listopada', 'listopadzie', 'listopadem'],
	['grudzien', 'grudnia', 'grudniu', 'grudniem']
];

const ENGLISH_MONTH_FORMS: readonly (readonly string[])[] = [
	['january', 'jan'],
	['february', 'feb'],
	['march', 'mar'],
	['april', 'apr'],
	['may'],
	['june', 'jun'],
	['july', 'jul'],
	['august', 'aug'],
	['september', 'sep', 'sept'],
	['october', 'oct'],
	['november', 'nov'],
	['december', 'dec']
];

const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
	[...POLISH_MONTH_FORMS, ...ENGLISH_MONTH_FORMS].flatMap((forms, index) =>
		forms.map((form) => [form, (index % 12) + 1] as const)
	)
);

/** "10 X 2024". "i" is left out: it is the Polish "and". */
const ROMAN_MONTHS: ReadonlyMap<string, number> = new Map(
	['ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'].map(
		(numeral, index) => [numeral, index + 2] as const
	)
);

/** "2024", "2024r" (typed without the space before "r."), "2024roku". */
const YEAR = /^(\d{4})(?:r|rok|roku)?$/;
/** "15", "15th", "3rd". */
const SMALL_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;

type NumericToken = { kind: 'year' | 'number'; value: number };
type Token =
	| NumericToken
	| { kind: 'month' | 'roman'; value: number }
	| { kind: 'season'; value: Season }
	| { kind: 'word' };

function readToken(word: string): Token {
	const year = YEAR.exec(word);
	if (year && Number(year[1]) >= 1000) return { kind: 'year', value: Number(year[1]) };
	const small = SMALL_NUMBER.exec(word);
	if (small) return { kind: 'number', value: Number(small[1]) };
	const month = MONTH_WORDS.get(word);
	if (month !== undefined) return { kind: 'month', value: month };
	const season =
		SEASON_WORDS[word] ?? SEASON_PREFIXES.find(([prefix]) => word.startsWith(prefix))?.[1];
	if (season !== undefined) return { kind: 'season', value: season };
	const roman = ROMAN_MONTHS.get(word);
	if (roman !== undefined) return { kind: 'roman', value: roman };
	return { kind: 'word' };
}

const isNumeric = (token: Token | undefined) =>
	token !== undefined &&
	(token.kind === 'year' || token.kind === 'number' || token.kind === 'roman');

interface Found {
	years: number[];
	months: number[];
	days: number[];
	seasons: Season[];
}

/**
 * Numbers written together ("10.2024", "2024-10-15", "15.10.2024"): a year with one or two
 * small numbers beside it. Polish order is day.month; English "03/04/2024" is ambiguous
 * (British or American) and keeps only its year unless one number exceeds 12.
 */
function readNumericRun(run: readonly NumericToken[], language: Language, found: Found): void {
	if (run.length < 2) return;
	const values = run.map((token) => token.value);
	const kinds = run.map((token) => token.kind).join(' ');
	const [first, second] = values;
	if (kinds === 'number year' || kinds === 'year number') {
		const month = kinds === 'number year' ? first : second;
		if (month !== undefined && month >= 1 && month <= 12) found.months.push(month);
		return;
	}
	if (kinds === 'year number number') {
		const [, month, day] = values;
		if (month !== undefined && day !== undefined) pushMonthDay(found, month, day);
		return;
	}
	if (kinds === 'number number year' && first !== undefined && second !== undefined) {
		if (second > 12 && first <= 12) pushMonthDay(found, first, second);
		else if (first > 12 || language === 'pl') pushMonthDay(found, second, first);
	}
}

function pushMonthDay(found: Found, month: number, day: number): void {
	if (month < 1 || month > 12 || day < 1 || day > 31) return;
	found.months.push(month);
	found.days.push(day);
}

function distinct<T>(values: readonly T[]): T[] {
	return [...new Set(values)];
}

/**
 * What a typed answer says about a date, or null when it says nothing readable or
 * contradicts itself (two years, two seasons, months of different seasons). Several months
 * of one season are read as that season: "na przełomie września i października" is autumn.
 */
export function parseDateAnswer(text: string, language: Language): DateAnswer | null {
	const tokens = words(text).map(readToken);
	const found: Found = { years: [], months: [], days: [], seasons: [] };

	tokens.forEach((token, index) => {
		const before = tokens[index - 1];
		const after = tokens[index + 1];
		if (token.kind === 'roman' && (isNumeric(before) || isNumeric(after))) {
			tokens[index] = { kind: 'month', value: token.value };
		}
	});
	let run: NumericToken[] = [];
	tokens.forEach((token, index) => {
		if (token.kind === 'year') {
			found.years.push(token.value);
			run.push(token);
			return;
		}
		const besideMonth = tokens[index - 1]?.kind === 'month' || tokens[index + 1]?.kind === 'month';
		if (token.kind === 'number' && !besideMonth) {
			run.push(token);
			return;
		}
		if (token.kind === 'number' && token.value >= 1 && token.value <= 31) {
			found.days.push(token.value);
		}
		if (token.kind === 'month') found.months.push(token.value);
		if (token.kind === 'season') found.seasons.push(token.value);
		readNumericRun(run, language, found);
		run = [];
	});
	readNumericRun(run, language, found);

	const years = distinct(found.years);
	let seasons = distinct(found.seasons);
	const months = distinct(found.months);
	const days = distinct(found.days);
	if (years.length > 1 || seasons.length > 1 || days.length > 1) return null;
	const answer: DateAnswer = {};
	if (months.length > 1) {
		const monthSeasons = distinct(months.map(meteorologicalSeason));
		const season = monthSeasons[0];
		if (monthSeasons.length > 1 || season === undefined) return null;
		seasons = distinct([...seasons, season]);
		if (seasons.length > 1) return null;
	} else if (months.length === 1) {
		answer.month = months[0];
		if (days.length === 1) answer.day = days[0];
	}
	if (years.length === 1) answer.year = years[0];
	if (seasons.length === 1) answer.season = seasons[0];
	return Object.keys(answer).length === 0 ? null : answer;
}

function twoDigits(value: number): string {
	return String(value).padStart(2, '0');
}

/** "2024-autumn", "2024-10", "2024-10-15"; without a year "autumn" or ISO's "--10". */
function normalizeDate(date: DateAnswer): string {
	const year = date.year === undefined ? '' : String(date.year);
	if (date.month !== undefined) {
		const day = date.day === undefined ? '' : `-${twoDigits(date.day)}`;
		return `${year === '' ? '-' : year}-${twoDigits(date.month)}${day}`;
	}
	if (date.season !== undefined) return year === '' ? date.season : `${year}-${date.season}`;
	return year;
}

type Part = 'year' | 'season' | 'month' | 'day';
type PartVerdict = 'right' | 'missing' | 'imprecise' | 'wrong';

/**
 * The part below the year: the fact's month if it has one, else its season. A wrong season
 * is reported as the season even for a month fact ("latem" for October), a month outside
 * the fact's season as the season too ("w lipcu" for autumn): that is what the learner
 * needs to hear.
 */
function judgeSubYear(given: DateAnswer, expected: DateValue): [Part, PartVerdict] {
	if (expected.month !== undefined) {
		if (given.season !== undefined && !monthInSeason(expected.month, expected.day, given.season)) {
			return ['season', 'wrong'];
		}
		if (given.month !== undefined) {
			return ['month', given.month === expected.month ? 'right' : 'wrong'];
		}
		return ['month', given.season !== undefined ? 'imprecise' : 'missing'];
	}
	const season = expected.season as Season;
	if (given.season !== undefined && given.season !== season) return ['season', 'wrong'];
	if (given.month !== undefined) {
		return ['season', monthInSeason(given.month, given.day, season) ? 'right' : 'wrong'];
	}
	return ['season', given.season === season ? 'right' : 'missing'];
}

function judgeDay(given: DateAnswer, expected: DateValue): PartVerdict {
	if (given.day === undefined) return 'missing';
	return given.day === expected.day && given.month === expected.month ? 'right' : 'wrong';
}

function hasSubYear(value: DateValue): boolean {
	return value.month !== undefined || value.season !== undefined;
}

/** Whether the article's sentence names the year, rather than leaving it to the date of publication. */
function statesYear(evidence: string, year: number): boolean {
	return new RegExp(`(^|\\D)${year}(\\D|$)`).test(evidence);
}

/**
 * Credit is the share of the fact's parts (year; month or season; day) the answer gets
 * right. A part it leaves out, or gives less precisely (a season for a month), earns
 * nothing but costs nothing; a part it gets wrong makes the whole answer wrong. So
 * "jesienią" or "2024" alone for "jesień 2024" earn 0.5, "latem 2024" earns 0. A year the
 * article's sentence does not name ("w połowie stycznia", dated by the publication) is not
 * asked for: leaving it out costs nothing, getting it wrong still does.
 */
export function scoreDateAnswer(fact: DateFact, answer: string, language: Language): ScoreResult {
	const refusal = refuseUnreadable(answer);
	if (refusal) return refusal;
	const expected = fact.value;
	if (fact.aliases.some((alias) => matchesPhrase(answer, alias, language))) {
		return scored(1, { code: 'exact' }, normalizeDate(expected));
	}
	const given = parseDateAnswer(answer, language);
	if (given === null) return scored(0, { code: 'wrong-date', part: 'unreadable' }, null);
	const normalized = normalizeDate(given);

	const parts: [Part, PartVerdict][] = [];
	if (given.year !== undefined) {
		parts.push(['year', given.year === expected.year ? 'right' : 'wrong']);
	} else if (!hasSubYear(expected) || statesYear(fact.evidence, expected.year)) {
		parts.push(['year', 'missing']);
	}
	if (hasSubYear(expected)) {
		parts.push(judgeSubYear(given, expected));
	}
	if (expected.day !== undefined && expected.month !== undefined) {
		parts.push(['day', judgeDay(given, expected)]);
	}
	const wrong = parts.find(([, verdict]) => verdict === 'wrong');
	if (wrong) return scored(0, { code: 'wrong-date', part: wrong[0] }, normalized);
	const right = parts.filter(([, verdict]) => verdict === 'right').length;
	const short = parts.find(([, verdict]) => verdict !== 'right');
	if (!short) return scored(1, { code: 'exact' }, normalized);
	return scored(right / parts.length, { code: 'wrong-date', part: short[0] }, normalized);
}

const SEASON_NAMES: Record<Language, Record<Season, string>> = {
	pl: { spring: 'wiosna', summer: 'lato', autumn: 'jesień', winter: 'zima' },
	en: { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' }
};

const MONTH_NAMES: Record<Language, readonly string[]> = {
	pl: [
		'styczeń',
		'luty',
		'marzec',
		'kwiecień',
		'maj',
		'czerwiec',
		'lipiec',
		'sierpień',
		'wrzesień',
		'październik',
		'listopad',
		'grudzień'
	],
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	]
};

/** Polish needs the genitive after a day: "15 października". */
const POLISH_MONTH_GENITIVES = [
	'stycznia',
	'lutego',
	'marca',
	'kwietnia',
	'maja',
	'czerwca',
	'lipca',
	'sierpnia',
	'września',
	'października',
	'listopada',
	'grudnia'
];

/** A date as an option or a key is shown: "jesień 2024", "październik 2024", "15 October 2024". */
const POLISH_MONTH_LOCATIVES = [
	'styczniu',
	'lutym',
	'marcu',
	'kwietniu',
	'maju',
	'czerwcu',
	'lipcu',
	'sierpniu',
	'wrześniu',
	'październiku',
	'listopadzie',
	'grudniu'
];

/**
 * A Polish month's date in the case its gap's preposition takes: "w _____" → "marcu 2025",
 * "do _____" → "marca 2025"; the nominative otherwise, and a day's date as `formatDate`.
 */
export function formatDateAfter(value: DateValue, preposition: string, language: Language): string {
	if (language !== 'pl' || value.month === undefined || value.day !== undefined)
		return formatDate(value, language);
	const index = value.month - 1;
	const word = preposition.toLowerCase();
	const month = /^(?:w|we)$/u.test(word)
		? POLISH_MONTH_LOCATIVES[index]
		: /^(?:do|od|z|ze|połowy|końca|początku|przełomie)$/u.test(word)
			? POLISH_MONTH_GENITIVES[index]
			: undefined;
	return month === undefined ? formatDate(value, language) : `${month} ${value.year}`;
}

export function formatDate(value: DateValue, language: Language): string {
	if (value.month !== undefined) {
		const index = value.month - 1;
		if (value.day !== undefined) {
			const month =
				language === 'pl' ? POLISH_MONTH_GENITIVES[index] : MONTH_NAMES[language][index];
			return `${value.day} ${month} ${value.year}`;
		}
		return `${MONTH_NAMES[language][index]} ${value.year}`;
	}
	if (value.season !== undefined) return `${SEASON_NAMES[language][value.season]} ${value.year}`;
	return String(value.year);
}
