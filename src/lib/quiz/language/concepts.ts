import type { Language } from '../content';
import { foldText } from './normalize';
import { stem } from './stem';

/**
 * Words that state one idea, so that a learner who writes the idea in other words gets the
 * credit the fact's own wording gets: a verb for a noun ("boją się" for "strach"), a
 * near-synonym ("represje" for "prześladowania"). Used for free-text facts only, never for
 * names.
 *
 * Domain data, written here for news about conflict, politics and public life. Each group
 * lists the forms the stemmer does not bring together (a noun, its verb in the infinitive,
 * third person plural and past); both languages sit in one group because learners mix them.
 * A group holds near-synonyms, never opposites or a broader idea: "kara" and "represje" are
 * one group, "strach" and "odwaga" are not, and "walka" is not "wojna".
 */
export const CONCEPTS: readonly (readonly string[])[] = [
	// fear
	[
		'strach',
		'obawa',
		'lęk',
		'bać',
		'boją',
		'obawiać',
		'obawiają',
		'obawiali',
		'przerażenie',
		'fear',
		'afraid',
		'scared',
		'frightened',
		'dread',
		'worry',
		'worried'
	],
	// persecution, punishment, reprisal
	[
		'prześladowanie',
		'prześladować',
		'prześladują',
		'represje',
		'represjonować',
		'kara',
		'karać',
		'ukarać',
		'ukarani',
		'ukarana',
		'ukarany',
		'zemsta',
		'odwet',
		'szykany',
		'persecution',
		'persecute',
		'punishment',
		'punish',
		'reprisal',
		'retaliation',
		'repression',
		'revenge'
	],
	// family, relatives
	[
		'rodzina',
		'rodzinny',
		'bliscy',
		'bliskich',
		'krewni',
		'krewny',
		'krewnych',
		'family',
		'relatives',
		'relative'
	],
	// help, support
	[
		'pomoc',
		'pomagać',
		'pomóc',
		'pomogą',
		'wsparcie',
		'wspierać',
		'wesprzeć',
		'help',
		'support',
		'assistance',
		'aid'
	],
	// evidence, proof
	['dowód', 'dowody', 'potwierdzenie', 'udowodnić', 'evidence', 'proof', 'prove', 'confirmation'],
	// fighting
	['walka', 'walczyć', 'walczą', 'walczyli', 'fight', 'fighting', 'combat'],
	// soldiers, troops
	['żołnierz', 'żołnierze', 'żołnierzy', 'wojsko', 'wojska', 'armia', 'soldier', 'troops', 'army'],
	// money
	['pieniądze', 'pieniędzy', 'gotówka', 'fundusze', 'money', 'cash', 'funds', 'funding'],
	// death
	[
		'śmierć',
		'umrzeć',
		'umierać',
		'umierają',
		'zginąć',
		'giną',
		'zginęli',
		'polec',
		'death',
		'die',
		'died',
		'killed'
	],
	// rising
	[
		'wzrost',
		'rosnąć',
		'rosną',
		'wzrosnąć',
		'wzrosły',
		'zwiększyć',
		'zwiększenie',
		'increase',
		'rise',
		'rising',
		'grow',
		'growth'
	],
	// falling
	[
		'spadek',
		'spadać',
		'spadają',
		'spaść',
		'spadły',
		'zmniejszyć',
		'zmniejszenie',
		'decrease',
		'fall',
		'falling',
		'drop',
		'decline'
	],
	// missiles, rockets
	['rakieta', 'rakietowy', 'missile', 'rocket'],
	// shells, ammunition
	['pocisk', 'pociski', 'amunicja', 'shell', 'shells', 'ammunition', 'munitions'],
	// the state, its authorities
	['władze', 'rząd', 'reżim', 'authorities', 'government', 'regime'],
	// prisoners, captivity
	[
		'jeniec',
		'jeńcy',
		'jeńców',
		'niewola',
		'pojmani',
		'schwytani',
		'prisoner',
		'prisoners',
		'captive',
		'captured'
	],
	// cost, price
	['koszt', 'kosztować', 'kosztowała', 'cena', 'cost', 'price'],
	// flood
	['powódź', 'powodzi', 'zalanie', 'zalać', 'flood', 'flooding'],
	// accident, crash
	['wypadek', 'kolizja', 'zderzenie', 'accident', 'crash', 'collision']
];

/**
 * Words that only say "some of" the next idea: "członkowie rodziny" is the family, "members
 * of the union" the union. A key phrase drops them when it has another content word, so an
 * answer that names the family without "members" states the same idea.
 */
const LIGHT_WORDS: readonly string[] = [
	'członek',
	'członkowie',
	'członków',
	'członkom',
	'członkami',
	'member',
	'members'
];

/**
 * Words that deny what follows: a key word met only right after one of them ("nie boją się",
 * "not afraid") states the opposite idea.
 */
const NEGATIONS: readonly string[] = [
	'nie',
	'bez',
	'brak',
	'nigdy',
	'not',
	'no',
	'never',
	'without',
	'dont',
	'doesnt',
	'didnt',
	'isnt',
	'arent',
	'wasnt',
	'werent',
	'wont',
	'cant',
	'cannot',
	'nor'
];

export interface ConceptTable {
	language: Language;
	/** Folded word or its stem (in either language) → the group it belongs to. */
	groupOf: ReadonlyMap<string, number>;
	/**
	 * Beginnings that only words of one idea start with → that idea: a verb's root
	 * ("ukar" of "ukarać" for "ukarałby", "represjon" of "represjonować" for
	 * "represjonowani") and long stems ("represj" for "represjonowani"). The stemmer strips
	 * endings, not the derivations a learner writes in their own words.
	 */
	roots: ReadonlyMap<string, number>;
	light: ReadonlySet<string>;
	negations: ReadonlySet<string>;
}

/** Shorter roots start unrelated words ("kar" of "karać" starts "karabin"). */
const SHORTEST_VERB_ROOT = 4;
/** A stem as short as "kara" or "dowod" starts another idea's words ("karabin", "dowódca"). */
const SHORTEST_STEM_ROOT = 7;
/** Polish infinitive endings, longest first: what is left is the verb's root. */
const INFINITIVE = /(?:owac|ywac|iwac|ac|ic|yc|ec|ac|uc)$/;

/** The beginnings of `word` that other forms of its idea start with. */
export function rootsOf(folded: string): string[] {
	const roots: string[] = [];
	const verb = INFINITIVE.exec(folded);
	if (verb && folded.length - verb[0].length >= SHORTEST_VERB_ROOT) {
		roots.push(folded.slice(0, folded.length - verb[0].length));
	}
	for (const language of ['pl', 'en'] as const) {
		const stemmed = stem(folded, language);
		if (stemmed.length >= SHORTEST_STEM_ROOT) roots.push(stemmed);
	}
	return roots;
}

const tables: Partial<Record<Language, ConceptTable>> = {};

/**
 * The table with each word folded and stemmed, built once per module language. Groups hold
 * both languages (learners mix them), so each word is stemmed as each language would.
 */
export function conceptTable(language: Language): ConceptTable {
	let table = tables[language];
	if (!table) {
		const groupOf = new Map<string, number>();
		const roots = new Map<string, number>();
		CONCEPTS.forEach((group, id) => {
			for (const word of group) {
				const folded = foldText(word);
				groupOf.set(folded, id);
				groupOf.set(stem(folded, language), id);
				for (const root of rootsOf(folded)) roots.set(root, id);
			}
		});
		// Another language's stem never takes a word from the module language's own reading.
		CONCEPTS.forEach((group, id) => {
			for (const word of group) {
				const folded = foldText(word);
				const other = stem(folded, language === 'pl' ? 'en' : 'pl');
				if (!groupOf.has(other)) groupOf.set(other, id);
			}
		});
		const light = new Set<string>();
		for (const word of LIGHT_WORDS) {
			const folded = foldText(word);
			light.add(folded);
			light.add(stem(folded, language));
		}
		table = { language, groupOf, roots, light, negations: new Set(NEGATIONS) };
		tables[language] = table;
	}
	return table;
}

/**
 * The idea a learner's word states, or -1: the word or its stem as the table holds them, its
 * stem in the other language ("families" in a Polish module), or the longest root it starts
 * with ("ukarałby", "represjonowani").
 */
export function ideaOf(table: ConceptTable, folded: string, stemmed: string): number {
	const known =
		table.groupOf.get(folded) ??
		table.groupOf.get(stemmed) ??
		table.groupOf.get(stem(folded, table.language === 'pl' ? 'en' : 'pl'));
	if (known !== undefined) return known;
	for (let length = folded.length; length >= SHORTEST_VERB_ROOT; length--) {
		const idea = table.roots.get(folded.slice(0, length));
		if (idea !== undefined) return idea;
	}
	return -1;
}
