import { ENGLISH_NUMERALS } from '../language/numbers-en';
import { ENGLISH_STOPWORDS, stemEnglish } from '../language/stem-en';
import type { DateBound, DatePart, ExtractionLexicon, StatementVerb } from './lexicon';

/**
 * Stems of head words, but a word whose stem is shorter than a word read by its stem
 * ("times" → "tim", "news" → "new") as written: "Tim" and "New" head no organisation.
 */
const headStems = (words: readonly string[]) =>
	new Set(
		words.map((word) => {
			const stemmed = stemEnglish(word);
			return stemmed.length < 4 && stemmed !== word ? word : stemmed;
		})
	);
/** The words as written too: "Col" is a title as written, though "Cole" stems to it. */
const stemsAndWords = (words: readonly string[]) => new Set([...words, ...words.map(stemEnglish)]);

/**
 * Verbs of who-did-what statements: lemma, past form, and the present forms that are seldom
 * nouns. "attacks", "claims" or "bans" after a name are more often nouns ("Russia's
 * claims") than verbs, so only the past tense of those counts.
 */
const VERBS: readonly (readonly [lemma: string, past: string, ...present: string[]])[] = [
	['deny', 'denied', 'deny', 'denies'],
	['accuse', 'accused', 'accuse', 'accuses'],
	['propose', 'proposed', 'propose', 'proposes'],
	['announce', 'announced', 'announces'],
	['confirm', 'confirmed', 'confirms'],
	['criticise', 'criticised', 'criticises', 'criticized', 'criticizes'],
	['sign', 'signed'],
	['warn', 'warned', 'warn', 'warns'],
	['reject', 'rejected', 'reject', 'rejects'],
	['admit', 'admitted', 'admits'],
	['send', 'sent', 'sends'],
	['supply', 'supplied'],
	['back', 'backed'],
	['support', 'supported', 'supports'],
	['threaten', 'threatened', 'threaten', 'threatens'],
	['demand', 'demanded', 'demand', 'demands'],
	['condemn', 'condemned', 'condemn', 'condemns'],
	['impose', 'imposed', 'imposes'],
	['launch', 'launched', 'launches'],
	['win', 'won', 'wins'],
	['lose', 'lost', 'loses'],
	['approve', 'approved', 'approves'],
	['agree', 'agreed', 'agrees'],
	['arrest', 'arrested', 'arrests'],
	['capture', 'captured', 'captures'],
	['claim', 'claimed'],
	['pledge', 'pledged', 'pledges'],
	['promise', 'promised'],
	['suggest', 'suggested', 'suggests'],
	['offer', 'offered'],
	['invite', 'invited', 'invites'],
	['veto', 'vetoed', 'vetoes'],
	['ban', 'banned'],
	['seize', 'seized', 'seizes'],
	['attack', 'attacked'],
	['dismiss', 'dismissed', 'dismisses'],
	['refuse', 'refused', 'refuses'],
	['urge', 'urged', 'urge', 'urges'],
	['blame', 'blamed', 'blames'],
	['sue', 'sued', 'sues'],
	['order', 'ordered'],
	['unveil', 'unveiled', 'unveils'],
	['elect', 'elected', 'elects'],
	['appoint', 'appointed', 'appoints'],
	['build', 'built', 'builds'],
	['buy', 'bought', 'buys'],
	['sell', 'sold', 'sells'],
	['receive', 'received', 'receives'],
	['deliver', 'delivered', 'delivers'],
	['suspend', 'suspended', 'suspends'],
	['cancel', 'cancelled', 'canceled', 'cancels'],
	['vote', 'voted'],
	['welcome', 'welcomed', 'welcomes'],
	['decline', 'declined', 'declines'],
	['pay', 'paid'],
	['provide', 'provided', 'provides']
];

interface VerbForm {
	lemma: string;
	/** The form a "Who …?" question takes: the past stays, "deny" becomes "denies". */
	question: string;
}

function thirdPerson(lemma: string): string {
	if (/[^aeiou]y$/.test(lemma)) return lemma.slice(0, -1) + 'ies';
	if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return lemma + 'es';
	return lemma + 's';
}

function buildVerbs(): Map<string, VerbForm> {
	const verbs = new Map<string, VerbForm>();
	for (const [lemma, ...forms] of VERBS) {
		for (const form of forms) {
			verbs.set(form, { lemma, question: form === lemma ? thirdPerson(lemma) : form });
		}
	}
	return verbs;
}

const VERB_FORMS = buildVerbs();
const IRREGULAR_PAST = new Set([
	'said',
	'told',
	'made',
	'took',
	'gave',
	'went',
	'came',
	'saw',
	'left',
	'kept',
	'held'
]);

function statementVerb(words: readonly string[], index: number): StatementVerb | null {
	const form = VERB_FORMS.get(words[index] ?? '');
	return form ? { length: 1, lemma: form.lemma } : null;
}

function questionVerb(surface: string): string {
	return VERB_FORMS.get(surface.toLowerCase())?.question ?? surface;
}

const DEMONYMS = new Set([
	'korean',
	'russian',
	'ukrainian',
	'american',
	'chinese',
	'british',
	'polish',
	'german',
	'french',
	'japanese',
	'iranian',
	'israeli',
	'palestinian',
	'european',
	'belarusian',
	'lithuanian',
	'latvian',
	'estonian',
	'czech',
	'slovak',
	'hungarian',
	'romanian',
	'turkish',
	'indian',
	'canadian',
	'italian',
	'spanish',
	'swedish',
	'finnish',
	'norwegian',
	'danish',
	'dutch',
	'belgian',
	'austrian',
	'swiss',
	'georgian',
	'syrian',
	'egyptian',
	'brazilian',
	'mexican',
	'australian',
	'taiwanese',
	'vietnamese',
	'afghan',
	'iraqi',
	'saudi',
	'pakistani',
	'greek',
	'portuguese',
	'irish',
	'serbian',
	'croatian',
	'bulgarian',
	'western',
	'eastern',
	'northern',
	'southern',
	'soviet',
	'african',
	'asian',
	'arab',
	'kurdish',
	'scottish',
	'welsh',
	'english',
	'moldovan',
	'armenian',
	'azerbaijani',
	'kazakh',
	'nigerian',
	'kenyan',
	'baltic',
	'nordic',
	'arctic',
	'allied'
]);

function isDemonym(folded: string): boolean {
	return DEMONYMS.has(folded) || (folded.endsWith('s') && DEMONYMS.has(folded.slice(0, -1)));
}

const ADJECTIVES = new Set([
	'new',
	'more',
	'other',
	'additional',
	'further',
	'extra',
	'young',
	'old',
	'local',
	'foreign',
	'civilian',
	'military',
	'armed',
	'elderly',
	'injured',
	'wounded',
	'small',
	'large',
	'big',
	'daily',
	'annual',
	'total',
	'full',
	'public',
	'private',
	'primary',
	'secondary',
	'first',
	'last',
	'artillery',
	'combat',
	'active'
]);

const PARTS: ReadonlyMap<string, DatePart> = new Map([
	['mid', 'middle'],
	['middle', 'middle'],
	['early', 'start'],
	['beginning', 'start'],
	['start', 'start'],
	['late', 'end'],
	['end', 'end']
]);

const BOUNDS: ReadonlyMap<string, DateBound> = new Map([
	['by', 'until'],
	['until', 'until'],
	['till', 'until'],
	['since', 'since'],
	['from', 'since'],
	['before', 'before'],
	['after', 'after']
]);

const MONTHS_AND_DAYS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday'
];

export const ENGLISH_EXTRACTION: ExtractionLexicon = {
	numerals: ENGLISH_NUMERALS,
	abbreviations: new Set([
		'mr',
		'mrs',
		'ms',
		'dr',
		'prof',
		'cllr',
		'supt',
		'insp',
		'det',
		'gen',
		'col',
		'lt',
		'sgt',
		'capt',
		'cmdr',
		'adm',
		'gov',
		'sen',
		'rep',
		'pres',
		'rev',
		'st',
		'mt',
		'vs',
		'approx',
		'est',
		'fig',
		'vol',
		'dept',
		'univ',
		'ca'
	]),
	closingAbbreviations: new Set([
		'no',
		'jan',
		'feb',
		'mar',
		'apr',
		'jun',
		'jul',
		'aug',
		'sep',
		'sept',
		'oct',
		'nov',
		'dec',
		'inc',
		'ltd',
		'co',
		'corp',
		'jr',
		'sr',
		'etc',
		'bros',
		'plc',
		'llc',
		'ft',
		'a.m',
		'p.m',
		'b.c',
		'a.d'
	]),
	hedges: [
		['about'],
		['around'],
		['nearly'],
		['some'],
		['approximately'],
		['approx'],
		['roughly'],
		['almost'],
		['over'],
		['estimated'],
		['ca'],
		['circa'],
		['more', 'than'],
		['close', 'to'],
		['up', 'to'],
		['at', 'least'],
		['fewer', 'than'],
		['less', 'than'],
		['just', 'under'],
		['just', 'over'],
		['as', 'many', 'as']
	],
	figureModifiers: new Set(['only', 'just', 'merely']),
	distributive: (words, index) => {
		// "one in five", "one in every ten"
		if (words[index] !== 'one' || words[index + 1] !== 'in') return null;
		const every = words[index + 2] === 'every' ? 1 : 0;
		const numeral = ENGLISH_NUMERALS.words.get(words[index + 2 + every] ?? '');
		if (!numeral || numeral.role === 'scale' || !('value' in numeral) || numeral.value < 2)
			return null;
		return { value: 1 / numeral.value, length: 3 + every };
	},
	prepositions: new Set([
		'in',
		'on',
		'at',
		'by',
		'of',
		'for',
		'from',
		'to',
		'with',
		'since',
		'until'
	]),
	notNouns: new Set([
		...ENGLISH_STOPWORDS,
		'of',
		'were',
		'had',
		'have',
		'has',
		'will',
		'would',
		// "14 can be seen": a modal verb after a figure counts nothing.
		'can',
		'could',
		'may',
		'might',
		'must',
		'should',
		'shall',
		'than',
		'more',
		'or',
		'not',
		'who',
		'which',
		'percent',
		'per',
		'cent',
		// Prepositions that a figure may stand before: "to 12 within a week".
		'within',
		'without',
		'across',
		'during',
		'after',
		'before',
		'between',
		'against',
		'above',
		'below',
		'under',
		'over',
		'into',
		'onto',
		'towards',
		'toward',
		'despite',
		'since',
		'until',
		'till'
	]),
	yearWords: new Set(),
	datePrepositions: new Set([
		'in',
		'since',
		'until',
		'by',
		'from',
		'before',
		'after',
		'during',
		'of',
		'on',
		'till',
		'through',
		'early',
		'late',
		'mid'
	]),
	dateBounds: BOUNDS,
	dateParts: PARTS,
	yearQualifiers: {
		always: new Set(),
		afterNoun: new Set(['for', 'of']),
		nouns:
			/^(?:figures?$|data$|statistics$|budgets?$|accounts?$|results?$|reports?$|forecasts?$|targets?$|plans?$|spending$|allocations?$|funding$|grants?$|estimates?$|projections?$|returns?$|survey$|census$|rankings?$)/,
		comparisons: new Set(['compared with', 'compared to', 'comparison with', 'comparison to']),
		determiners: new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 's']),
		afterBareNoun: false
	},
	personTitles: stemsAndWords([
		'defending',
		'prosecuting',
		'judge',
		'dame',
		'sir',
		'lord',
		'lady',
		'president',
		'prime',
		'minister',
		'leader',
		'spokesman',
		'spokeswoman',
		'spokesperson',
		'chief',
		'secretary',
		'director',
		'chairman',
		'chairwoman',
		'chair',
		'mayor',
		'governor',
		'general',
		'gen',
		'colonel',
		'col',
		'dr',
		'prof',
		'professor',
		'mr',
		'mrs',
		'ms',
		'miss',
		'senator',
		'sen',
		'ambassador',
		'chancellor',
		'king',
		'queen',
		'prince',
		'princess',
		'pope',
		'ceo',
		'commissioner',
		'judge',
		'captain',
		'capt',
		'sergeant',
		'sgt',
		'lieutenant',
		'lt',
		'representative',
		'rep',
		'gov',
		'coach',
		'founder',
		'economist',
		'analyst',
		'researcher',
		'scientist',
		'officer',
		'commander',
		'admiral',
		'adm',
		'inspector',
		'detective',
		'rev',
		'reverend',
		'sir',
		'dame',
		'lord',
		'lady',
		'head',
		'manager',
		'superintendent',
		'headteacher',
		'principal',
		'dean',
		'rector',
		'editor',
		'correspondent',
		'cllr',
		'councillor',
		'supt',
		'insp',
		'det',
		'coxswain',
		'skipper'
	]),
	organisationKinds: new Set([
		'company',
		'firm',
		'group',
		'operator',
		'carrier',
		'maker',
		'carmaker',
		'retailer',
		'lender',
		'insurer',
		'startup',
		'union',
		'regulator',
		'watchdog',
		'charity',
		'utility',
		'supplier',
		'consortium',
		'broadcaster',
		'airline',
		'supermarket',
		'manufacturer'
	]),
	organisationHeads: headStems([
		'survey',
		'water',
		'media',
		'partners',
		'capital',
		'chronicle',
		'ministry',
		'agency',
		'commission',
		'council',
		'parliament',
		'congress',
		'senate',
		'bank',
		'university',
		'college',
		'academy',
		'foundation',
		'institute',
		'office',
		'union',
		'party',
		'association',
		'police',
		'army',
		'navy',
		'court',
		'tribunal',
		'company',
		'corporation',
		'corp',
		'inc',
		'ltd',
		'organisation',
		'organization',
		'alliance',
		'school',
		'hospital',
		'museum',
		'library',
		'theatre',
		'gallery',
		'centre',
		'center',
		'committee',
		'board',
		'department',
		'bureau',
		'service',
		'authority',
		'fund',
		'group',
		'network',
		'federation',
		'league',
		'society',
		'coalition',
		'guard',
		'forces',
		'command',
		'times',
		'post',
		'news',
		'press',
		'journal',
		'herald',
		'tribune',
		'radio',
		'television',
		'club',
		'church',
		'trust',
		'laboratory',
		'observatory',
		'port',
		'airport',
		'airlines',
		'railways',
		'industries',
		'holdings',
		'programme',
		'zoo',
		'aquarium',
		'chamber',
		// "Friends of Saltburn Pier": a supporters' charity.
		'friends'
	]),
	// English writes the kind after the name, capitalised: see placeHeads.
	streetKinds: new Set(),
	placeHeads: new Set([
		'river',
		// "Strangford Lough", "Loch Shin": Irish and Scottish waters, never a person's name.
		'lough',
		'loch',
		'bridge',
		'street',
		'road',
		'lake',
		'mount',
		'bay',
		'canal',
		'square',
		'island',
		'valley',
		'estuary',
		'reservoir',
		'fault',
		'wharf',
		'sea',
		'ocean',
		'gulf',
		'strait',
		'coast',
		'peninsula',
		'desert',
		'mountains',
		'hills',
		'forest',
		'lane',
		'avenue',
		'parade',
		'promenade',
		'esplanade',
		'crescent',
		'terrace',
		'grove',
		'mews',
		// "Trevose Head", "Beachy Head": a headland; "Cromarty Firth"; "Beinn Tharsuinn Wind
		// Farm", a farm of turbines or panels.
		'head',
		'firth',
		'farm',
		// Waterfront places named after someone: "St Mary's Marina", "King's Quay".
		'marina',
		'pier',
		'quay'
	]),
	programmeWords: new Set([
		'programme',
		'programmes',
		'program',
		'scheme',
		'grant',
		'grants',
		'fund',
		'prize',
		'award',
		'awards',
		'initiative'
	]),
	organisationTails: new Set([
		'grid',
		'offshore',
		'onshore',
		'wind',
		'solar',
		'power',
		'energy',
		'renewables',
		'electricity',
		'transmission',
		'distribution',
		'utilities',
		'gas',
		'oil',
		'petroleum',
		'infirmary',
		'hospitals',
		'healthcare',
		'pharmaceuticals',
		'systems',
		'technologies',
		'technology',
		'engineering',
		'construction',
		'developments',
		'homes',
		'properties',
		'investments',
		'ventures',
		'logistics',
		'shipping',
		'marine',
		'airways',
		'aviation',
		'aerospace',
		'motors',
		'foods',
		'brewery',
		'resources',
		'mining',
		'minerals',
		'telecom',
		'communications',
		'insurance',
		'finance',
		'fisheries',
		'farms',
		'partnership',
		'plc',
		'llp',
		'limited',
		'airports'
	]),
	placeOpeners: new Set([
		'st',
		'saint',
		'north',
		'south',
		'east',
		'west',
		'central',
		'upper',
		'lower',
		'greater',
		'inner',
		'outer',
		'northern',
		'southern',
		'eastern',
		'western',
		'far',
		'middle'
	]),
	sentenceQualifiers: new Set([
		...[...ENGLISH_NUMERALS.words]
			.filter(([, numeral]) => 'value' in numeral)
			.map(([word]) => word)
			.filter((word) => word.length > 2),
		'dozens',
		'several',
		'many',
		'few',
		'fewer',
		'rare',
		'endangered',
		'threatened',
		'young',
		'baby',
		'newborn',
		'wild',
		'rescued',
		'orphaned',
		'stray',
		'former',
		'elderly',
		'injured',
		'tiny',
		'giant'
	]),
	placeTails: new Set([
		// "Tunbridge Wells", "Builth Wells": a town's, where no given name opens it.
		'wells',
		'spa',
		'regis',
		'showground',
		'abbey',
		'priory',
		'cathedral',
		'chapel',
		'castle',
		'palace',
		'manor',
		'tower',
		'hall',
		'rooms',
		'park',
		'gardens',
		'market',
		'stadium',
		'arena',
		'theatre',
		'green',
		'common',
		'moor',
		'heath',
		'east',
		'west',
		'north',
		'south'
	]),
	placePrepositions: new Set(['in', 'to', 'from', 'near', 'outside', 'into', 'across', 'towards']),
	betweenSubjectAndVerb:
		/^(?:\p{L}+ly|\p{L}+n['’]t|(?:has|have|had|do|does|did|is|was|were|are|wo|would|could|should)nt|also|then|still|now|later|already|never|not|no|longer|has|have|had|do|does|did|can|cannot|will|would|could|should|may|might|must|is|was|were|are|be|been|since|previously|first|once)$/u,
	// Function words open sentences and quotations, capitalised, in front of names.
	notNames: new Set([
		...ENGLISH_STOPWORDS,
		...MONTHS_AND_DAYS,
		// "on Sundays", "at weekends": days said of every week name no place.
		...MONTHS_AND_DAYS.filter((word) => word.endsWith('day')).map((day) => `${day}s`),
		'i',
		'this',
		'these',
		'those',
		'according',
		'after',
		'before',
		// "Under NHS rules…", "Despite the rise…": a preposition or a linking adverb opening a
		// sentence is no first word of a name.
		...`under over during since until despite without within among between around although
		because however meanwhile instead unlike following throughout beyond above below behind`
			.split(/\s+/u)
			.filter(Boolean),
		'while',
		'when',
		'if',
		'but',
		'we',
		'you',
		'our',
		'earth'
	]),
	isDemonym,
	subjectJoiners: new Set(['and', 'as', 'well', 'both']),
	clauseOpeners: new Set(['while', 'which', 'who', 'but', 'because', 'although', 'whereas']),
	isPastVerb: (folded) =>
		(folded.length > 4 && folded.endsWith('ed')) ||
		VERB_FORMS.has(folded) ||
		IRREGULAR_PAST.has(folded),
	statementVerb,
	questionVerb,
	nounLemma: (surface) => surface,
	// "Oliver Prescott's lawyer", "NASA's Bill Nelson": a possessive is no part of the name.
	baseName: (words) =>
		words.map((word, index) => (index === words.length - 1 ? word.replace(/['’]s$/u, '') : word)),
	isAdjective: (folded) => ADJECTIVES.has(folded) || isDemonym(folded),
	isNameAdjective: isDemonym,
	questions: {
		howMany: () => 'How many',
		whatShare: 'What share of',
		when: 'When',
		who: 'Who',
		gap: '_____',
		whichNumber: (gapped) =>
			`Which number fills the gap: ${quotedSentence(withoutUnnamedSpeaker(gapped))}?`,
		whichDate: (gapped, yearOnly = false) =>
			`Which ${yearOnly ? 'year' : 'date'} fills the gap: ${quotedSentence(withoutUnnamedSpeaker(gapped))}?`,
		whichEntity: (type, gapped, several = false) => {
			const asks: Record<string, string> = several
				? {
						person: 'Who',
						country: 'Which countries',
						city: 'Which places',
						place: 'Which places',
						organisation: 'Which organisations',
						programme: 'Which funds or programmes',
						building: 'Which buildings',
						hospital: 'Which hospitals'
					}
				: {
						person: 'Who',
						country: 'Which country',
						city: 'Which town or city',
						place: 'Which place',
						organisation: 'Which organisation',
						programme: 'Which fund or programme',
						building: 'Which building',
						hospital: 'Which hospital'
					};
			const verb = several && type !== 'person' && asks[type] ? 'fill' : 'fills';
			return `${asks[type] ?? 'Who'} ${verb} the gap: ${quotedSentence(gapped)}?`;
		},
		placeholder: 'to be filled in',
		leadingConnectives: new Set(['which', 'that', 'and', 'but', 'while', 'who', 'as', 'when']),
		auxiliaries: new Set([
			'was',
			'were',
			'is',
			'are',
			'has',
			'have',
			'had',
			'will',
			'would',
			'could',
			'can',
			'should',
			'might',
			'must'
		])
	}
};

/** Quotation marks of English news: straight or curly, opening or closing. */
const QUOTE_MARKS = /["“”]/gu;

/**
 * The sentence in double quotes, with the quotation it holds in single quotes, as British papers
 * print a quote within a quote: '"\'In Hereford…,\' he said."', never '""In Hereford…," he said."'.
 * A sentence that is one quotation whole takes the template's marks alone.
 */
export function quotedSentence(sentence: string): string {
	const inner = sentence.trim();
	if (/^["“][^"“”]*["”][.!?…]?$/u.test(inner))
		return `"${inner.slice(1).replace(/["”]([.!?…]?)$/u, '$1')}"`;
	// A quotation cut by the sentence splitter (an odd count) stays, for the check to refuse.
	if ((inner.match(QUOTE_MARKS) ?? []).length % 2 === 1) return `"${inner}"`;
	return `"${inner.replace(QUOTE_MARKS, "'")}"`;
}

/**
 * "He said the group would still employ about _____ journalists": a speaker only the sentence
 * before named is no part of what a student completes, so the quote starts at what was said.
 */
function withoutUnnamedSpeaker(gapped: string): string {
	return gapped.replace(
		/^(?:He|She|They) (?:said|says|added|explained|warned|told (?:\p{Ll}+ )?\p{Ll}+)(?: that)? (?=\p{Ll})/u,
		'…'
	);
}
