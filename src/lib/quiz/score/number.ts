import type { Language, NumberFact, ProportionFact } from '../content';
import { parseNumber } from '../language/number';
import { refuseUnreadable, refused, scored, type ScoreResult } from './result';

/** What "ok." means when an author marks a figure approximate without saying how much. */
export const DEFAULT_TOLERANCE = 0.1;

type FigureFact = NumberFact | ProportionFact;

/** The accepted range of a figure: exact facts accept only the value itself. */
export function acceptedRange(fact: FigureFact): { min: number; max: number } {
	if (!fact.approximate) return { min: fact.value, max: fact.value };
	const tolerance = fact.tolerance ?? DEFAULT_TOLERANCE;
	const margin = fact.kind === 'proportion' ? tolerance : Math.abs(fact.value) * tolerance;
	return { min: fact.value - margin, max: fact.value + margin };
}

/** Units of a length in metres, as a fact names them. */
const METRES = /^(?:m|metres?|meters?|metr(?:y|ów|a|u)?)$/iu;

/**
 * "18m" for a length in metres: the number reader takes an English "m" against digits for
 * million, so a figure whose unit is metres is read again with the "m" apart. Null when the
 * unit is no metres or the text has no such "m".
 */
function readMetres(text: string, unit: string, language: Language): number | null {
	if (!METRES.test(unit.trim()) || !/\dm\b/iu.test(text)) return null;
	return parseNumber(text.replace(/(\d)m\b/giu, '$1 m'), language);
}

// Float noise (0.1 * 11000) must not push a boundary answer out.
const EPSILON = 1e-9;

export function isWithinRange(value: number, range: { min: number; max: number }): boolean {
	const slack = EPSILON * Math.max(1, Math.abs(range.min), Math.abs(range.max));
	return value >= range.min - slack && value <= range.max + slack;
}

/**
 * Reads a learner's figure for a proportion: "połowa", "1/2" and "50%" give 0.5 already;
 * a bare "50" can only mean per cent when the answer must lie between 0 and 1.
 */
function asProportion(value: number): number {
	return value > 1 && value <= 100 ? value / 100 : value;
}

export function scoreNumberAnswer(
	fact: FigureFact,
	answer: string,
	language: Language
): ScoreResult {
	const unreadable = refuseUnreadable(answer);
	if (unreadable) return unreadable;
	const parsed = parseNumber(answer, language);
	if (parsed === null) return refused({ code: 'not-a-number' });
	const given = fact.kind === 'proportion' ? asProportion(parsed) : parsed;
	const verdict = judge(fact, given);
	if (verdict) return verdict;
	if (fact.kind === 'number') {
		const metres = readMetres(answer, fact.unit, language);
		const metresVerdict = metres === null ? null : judge(fact, metres);
		if (metresVerdict) return metresVerdict;
	}
	// "11,000" is 11 to a Polish reader and 11 000 to an English one: when the learner's
	// separators read the other way give the right figure, they meant it.
	if (/\d[.,]\d{3}(?!\d)/.test(answer)) {
		const other = parseNumber(answer, language === 'pl' ? 'en' : 'pl');
		if (other !== null && other !== parsed) {
			const otherVerdict = judge(fact, fact.kind === 'proportion' ? asProportion(other) : other);
			if (otherVerdict) return otherVerdict;
		}
	}
	return scored(
		0,
		{ code: 'wrong-number', given, expected: fact.value, approximate: fact.approximate },
		String(given)
	);
}

/** Full credit when `given` is the figure or within its tolerance; null when it is wrong. */
function judge(fact: FigureFact, given: number): ScoreResult | null {
	const normalized = String(given);
	if (Math.abs(given - fact.value) <= EPSILON * Math.max(1, Math.abs(fact.value))) {
		return scored(1, { code: 'exact' }, normalized);
	}
	if (fact.approximate && isWithinRange(given, acceptedRange(fact))) {
		return scored(1, { code: 'within-tolerance', given, expected: fact.value }, normalized);
	}
	return null;
}
