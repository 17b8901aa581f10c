import { evidenceOf, onlyFacts, questionId, type QuestionGenerator } from './generator';
import { factQuality, hasWording } from './quality';
import { keyForGap } from './values';

/** Short answer: names, lists of names, dates and reasons typed in the learner's own words. */
export const shortAnswerGenerator: QuestionGenerator<'short-answer'> = {
	type: 'short-answer',
	items: (module) => onlyFacts(module, ['entity', 'entity-set', 'text', 'date'], hasWording),
	generate(module, facts, random) {
		const fact = facts[0];
		if (!fact) throw new TypeError('short-answer questions need a fact');
		const prompt = random.pick(factQuality(module, fact).wordings);
		return {
			id: questionId('short-answer', [fact.id]),
			type: 'short-answer',
			factIds: [fact.id],
			prompt,
			evidence: evidenceOf(facts),
			key: { value: keyForGap(module, fact, prompt) }
		};
	}
};
