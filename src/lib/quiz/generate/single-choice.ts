import type { Fact } from '../content';
import { foldText } from '../language/normalize';
import { QUIZ_PHRASES } from '../language/phrases';
import type { QuizModule } from '../module';
import { evidenceOf, questionId, shuffledChoices, type QuestionGenerator } from './generator';
import { factQuality, hasWording } from './quality';
import { parseNumber } from '../language/number';
import { displayValue, distractorsOf, figureAsWritten, pickDistractors } from './values';

const DISTRACTORS = 3;

/**
 * Whether the options read right in the fact's wordings. A wording that quotes the sentence
 * around a gap wants the words of the gap: "W _____" takes "maju 2024", not the option
 * "maj 2024", and "_____ uczeń" no share at all. Options are base forms (names, dates) or
 * figures, so a gap is fine only for a figure the article writes in digits, or when the key
 * reads as the gap's own words.
 */
function optionsFitGap(module: QuizModule, fact: Fact): boolean {
	const gap = QUIZ_PHRASES[module.language].gap;
	if (!fact.questions.some((question) => question.includes(gap))) return true;
	if (!fact.cloze) return false;
	if (fact.kind === 'number') return /\d/.test(fact.cloze);
	if (fact.kind === 'proportion')
		return /\d/.test(fact.cloze) && /%|proc|percent/i.test(fact.cloze);
	return foldText(fact.cloze) === foldText(displayValue(module, fact));
}

/** Single choice: the key among up to three distractors that are never right. */
export const singleChoiceGenerator: QuestionGenerator<'single-choice'> = {
	type: 'single-choice',
	items: (module) =>
		module.facts
			.filter(
				(fact) =>
					fact.kind !== 'entity-set' &&
					hasWording(module, fact) &&
					distractorsOf(module, fact).length >= 2 &&
					optionsFitGap(module, fact)
			)
			.map((fact) => [fact.id]),
	generate(module, facts, random) {
		const fact = facts[0];
		if (!fact) throw new TypeError('single-choice questions need a fact');
		const asWritten = (text: string) => {
			const figure = fact.kind === 'number' ? parseNumber(text, module.language) : null;
			return figure === null ? text : figureAsWritten(module, fact, figure);
		};
		const { choices, keyId } = shuffledChoices(
			random,
			asWritten(displayValue(module, fact)),
			pickDistractors(module, fact, random, DISTRACTORS).map(asWritten)
		);
		return {
			id: questionId('single-choice', [fact.id]),
			type: 'single-choice',
			factIds: [fact.id],
			prompt: `${random.pick(factQuality(module, fact).wordings)} ${QUIZ_PHRASES[module.language].chooseOne}`,
			choices,
			evidence: evidenceOf(facts),
			key: { choiceIds: [keyId] }
		};
	}
};
