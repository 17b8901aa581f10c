import { QUIZ_PHRASES } from '../language/phrases';
import { evidenceOf, questionId, type QuestionGenerator } from './generator';
import { displayValue, distractorsOf, pickDistractors, joinNames } from './values';

/**
 * True/false: the fact's statement with its value, or with a distractor in its place. For
 * an entity set, a false statement swaps one member for an entity outside the set.
 */
export const trueFalseGenerator: QuestionGenerator<'true-false'> = {
	type: 'true-false',
	items: (module) =>
		module.facts
			.filter((fact) => fact.statement !== undefined && distractorsOf(module, fact).length > 0)
			.map((fact) => [fact.id]),
	generate(module, facts, random) {
		const fact = facts[0];
		if (!fact?.statement) throw new TypeError('true/false questions need a fact with a statement');
		const phrases = QUIZ_PHRASES[module.language];
		const isTrue = random.next() < 0.5;
		let value = displayValue(module, fact);
		if (!isTrue) {
			const [distractor = value] = pickDistractors(module, fact, random, 1);
			if (fact.kind === 'entity-set') {
				const names = fact.value.map(
					(id) => module.entities.find((entity) => entity.id === id)?.name ?? id
				);
				names[random.int(names.length)] = distractor;
				value = joinNames(module, names);
			} else {
				value = distractor;
			}
		}
		return {
			id: questionId('true-false', [fact.id]),
			type: 'true-false',
			factIds: [fact.id],
			prompt: `${phrases.trueFalse} ${fact.statement.replace('{value}', () => value)}`,
			choices: [
				{ id: 'true', text: phrases.true },
				{ id: 'false', text: phrases.false }
			],
			evidence: evidenceOf(facts),
			key: { choiceIds: [isTrue ? 'true' : 'false'] }
		};
	}
};
