import { QUIZ_PHRASES } from '../language/phrases';
import { evidenceOf, questionId, shuffledChoices, type QuestionGenerator } from './generator';
import { displayValue, distractorsOf, pickDistractors } from './values';

const DISTRACTORS = 3;

/** Single choice: the key among up to three distractors that are never right. */
export const singleChoiceGenerator: QuestionGenerator<'single-choice'> = {
	type: 'single-choice',
	items: (module) =>
		module.facts
			.filter((fact) => fact.kind !== 'entity-set' && distractorsOf(module, fact).length >= 2)
			.map((fact) => [fact.id]),
	generate(module, facts, random) {
		const fact = facts[0];
		if (!fact) throw new TypeError('single-choice questions need a fact');
		const { choices, keyId } = shuffledChoices(
			random,
			displayValue(module, fact),
			pickDistractors(module, fact, random, DISTRACTORS)
		);
		return {
			id: questionId('single-choice', [fact.id]),
			type: 'single-choice',
			factIds: [fact.id],
			prompt: `${random.pick(fact.questions)} ${QUIZ_PHRASES[module.language].chooseOne}`,
			choices,
			evidence: evidenceOf(facts),
			key: { choiceIds: [keyId] }
		};
	}
};
