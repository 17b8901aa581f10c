import { foldText } from './normalize';

/**
 * Polish prepositions, one list for the extractor's lexicon, the row labels and the question
 * check. Each of them takes the part it needs (see the subsets below), so that what one of
 * them knows as a preposition the others do too.
 */

/** The short prepositions that open most phrases of place, time and amount. */
export const POLISH_SIMPLE_PREPOSITIONS = [
	'w',
	'we',
	'z',
	'ze',
	'na',
	'do',
	'od',
	'o',
	'po',
	'przy',
	'przez',
	'dla',
	'za',
	'pod',
	'nad',
	'przed',
	'u',
	'bez'
] as const;

/** Longer prepositions: "między", "według", "podczas". */
export const POLISH_LONGER_PREPOSITIONS = [
	'między',
	'wśród',
	'wokół',
	'około',
	'według',
	'wobec',
	'dzięki',
	'mimo',
	'podczas',
	'obok',
	'poza',
	'ponad',
	'spośród',
	'sprzed',
	'zza',
	'spod',
	'ku',
	'dookoła',
	'naprzeciw'
] as const;

export type PolishPreposition =
	(typeof POLISH_SIMPLE_PREPOSITIONS)[number] | (typeof POLISH_LONGER_PREPOSITIONS)[number];

export const POLISH_PREPOSITIONS: readonly PolishPreposition[] = [
	...POLISH_SIMPLE_PREPOSITIONS,
	...POLISH_LONGER_PREPOSITIONS
];

/** The prepositions of the list but `left`, folded ("między" → "miedzy"), as the tokens' keys are. */
export function foldedPrepositions(
	from: readonly PolishPreposition[],
	left: readonly PolishPreposition[] = []
): Set<string> {
	return new Set(from.filter((word) => !left.includes(word)).map((word) => foldText(word)));
}
