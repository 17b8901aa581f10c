import { numberClass } from '../check';
import type { Fact } from '../content';
import { parseNumber } from '../language/number';
import { QUIZ_PHRASES } from '../language/phrases';
import type { QuizModule } from '../module';
import type { Random } from '../random';
import { namesSecondaryBareNoun } from './context';
import { evidenceOf, questionId, type QuestionGenerator } from './generator';
import { factQuality } from './quality';
import {
	displayValue,
	distractorsOf,
	figureAsWritten,
	joinNames,
	percentAsWritten,
	pickDistractors,
	readsWithAn
} from './values';

/**
 * Distractors that leave the statement's noun in the right form: "ponad 30 lat" cannot become
 * "ponad 42 lat" (42 takes "lata"), nor "One victim" "4 victim", so a figure replaces one of
 * its own grammatical class.
 */
function agreeingDistractors(module: QuizModule, fact: Fact, random: Random): string[] {
	const picked = pickDistractors(module, fact, random, DRAWN);
	if (fact.kind !== 'number') return picked;
	const keyClass = numberClass(fact.value, module.language);
	// After a scale word the noun agrees with it, not with the figure: "31 mln zł", "20 mln zł".
	const scaled = (value: number) => /\p{L}$/u.test(figureAsWritten(module, fact, value));
	const others = otherFigures(fact.statement ?? '', module);
	// "The first 30 minutes will remain free": the first 15 are free too, so a false figure
	// of a "first N" is more than the key.
	const firstOnes = /(?:^|\s)(?:first|pierwsz\p{L}*)\s+[£$€]?\{value\}/iu.test(
		fact.statement ?? ''
	);
	return picked.filter((text) => {
		const value = parseNumber(text, module.language);
		if (value === null) return false;
		if (firstOnes && value <= fact.value) return false;
		if (tooNear(value, fact.value)) return false;
		// "went up from £6 to {value}": a false figure stays on the key's side of every other
		// figure of the statement, or the statement refutes itself ("from £6 to £5").
		if (others.some((other) => Math.sign(value - other) !== Math.sign(fact.value - other)))
			return false;
		return (
			(scaled(fact.value) && scaled(value)) || numberClass(value, module.language) === keyClass
		);
	});
}

/** From this key on, a false figure differs by a share of it, not by a step. */
const NEAR_KEY_FROM = 10;
/** The least share of the key a false figure differs by: 15 minutes becomes 12 or 18, not 16. */
const NEAR_SHARE = 0.15;

/**
 * Whether a false figure is a step off the key: "co 16 minut" for 15 reads as a misprint or a
 * trap, not as a fact the article contradicts. Small counts differ by one plainly (3 and 4).
 */
function tooNear(value: number, key: number): boolean {
	if (Math.abs(key) < NEAR_KEY_FROM) return false;
	return Math.abs(value - key) < NEAR_SHARE * Math.abs(key);
}

/** Figures of a statement beside its {value}, with their scale words; years left out. */
function otherFigures(statement: string, module: QuizModule): number[] {
	const figures =
		statement
			.replace('{value}', ' ')
			.match(
				/\d[\d\s.,]*\d(?:\s?(?:mln|mld|tys\.?|bn|m|k|million|billion))?|\d(?:\s?(?:mln|mld|tys\.?|bn|m|k|million|billion))?/gu
			) ?? [];
	return figures
		.filter((figure) => !/^(?:19|20)\d\d$/u.test(figure.trim()))
		.map((figure) => parseNumber(figure.trim(), module.language))
		.filter((value): value is number => value !== null);
}

/**
 * "{value} miles (23km) away": an altered figure beside the article's conversion gives the
 * answer away, and one with its conversion dropped (beside "12 miles (19km)") shows the edit,
 * so such a figure is not made a statement.
 */
function hasConversion(statement: string): boolean {
	return /\{value\}[\p{L}/%.]{0,12}(?:\s[\p{L}/%.]{1,12})?\s*\(\s*[~≈]?\s*[£$€]?\s*\d[^()]*\)/u.test(
		statement
	);
}

/**
 * "an £8.7m extension" altered to £5.7m is "a £5.7m extension": the English article agrees
 * with the figure as it is spoken ("an eight…", "an eleven…", "an eighteen…", "a five…").
 */
function withArticleFor(statement: string, value: string, language: string): string {
	if (language !== 'en') return statement;
	if (!/\d/u.test(value)) return statement;
	const vowel = readsWithAn(value);
	return statement.replace(
		/\b([Aa])n?(\s+[£$€]?)(?=\{value\})/u,
		(_whole: string, letter: string, gap: string) => `${letter}${vowel ? 'n' : ''}${gap}`
	);
}

/** Distractors drawn for a false statement, of which the first that agrees is used. */
const DRAWN = 6;

/**
 * True/false: the fact's statement with its value, or with a distractor in its place. For
 * an entity set, a false statement swaps one member for an entity outside the set.
 */
export const trueFalseGenerator: QuestionGenerator<'true-false'> = {
	type: 'true-false',
	items: (module) =>
		module.facts
			.filter((fact) => {
				const quality = factQuality(module, fact);
				return (
					quality.askable &&
					quality.statement &&
					!hasConversion(fact.statement ?? '') &&
					// A statement shows its one sentence: "the road" of it could be any.
					!namesSecondaryBareNoun(module, fact.statement ?? '') &&
					distractorsOf(module, fact).length > 0
				);
			})
			.map((fact) => [fact.id]),
	generate(module, facts, random) {
		const fact = facts[0];
		if (!fact?.statement) throw new TypeError('true/false questions need a fact with a statement');
		const phrases = QUIZ_PHRASES[module.language];
		// With no distractor that reads right, the statement stays true.
		const [distractor] = random.next() < 0.5 ? [] : agreeingDistractors(module, fact, random);
		const isTrue = distractor === undefined;
		let value =
			fact.kind === 'number'
				? figureAsWritten(module, fact, fact.value)
				: displayValue(module, fact);
		if (distractor !== undefined) {
			if (fact.kind === 'entity-set') {
				const names = fact.value.map(
					(id) => module.entities.find((entity) => entity.id === id)?.name ?? id
				);
				names[random.int(names.length)] = distractor;
				value = joinNames(module, names);
			} else {
				const figure = fact.kind === 'number' ? parseNumber(distractor, module.language) : null;
				value = figure === null ? distractor : figureAsWritten(module, fact, figure);
			}
		}
		// "wzrosły o 8,4 proc.": a share the article writes in words keeps them, true or false.
		value = percentAsWritten(fact, value);
		return {
			id: questionId('true-false', [fact.id]),
			type: 'true-false',
			factIds: [fact.id],
			prompt: `${phrases.trueFalse} ${withArticleFor(fact.statement, value, module.language).replace('{value}', () => value)}`,
			choices: [
				{ id: 'true', text: phrases.true },
				{ id: 'false', text: phrases.false }
			],
			evidence: evidenceOf(facts),
			key: { choiceIds: [isTrue ? 'true' : 'false'] }
		};
	}
};
