import { formatNumber } from '../language/number';
import { QUIZ_PHRASES } from '../language/phrases';
import { choiceId } from '../question';
import { evidenceOf, questionId, type QuestionGenerator } from './generator';
import { comparableNumberGroups } from './groups';

const ITEMS = 4;

/** Matching: each figure of the article with what it counts. */
export const matchingGenerator: QuestionGenerator<'matching'> = {
	type: 'matching',
	items: (module) => comparableNumberGroups(module, ITEMS),
	generate(module, facts, random) {
		const numbers = facts
			.map((fact) => (fact.kind === 'number' ? fact : null))
			.filter((fact) => fact !== null);
		const itemFacts = random.shuffle(numbers);
		const choiceFacts = random.shuffle(numbers);
		const items = itemFacts.map((fact, position) => ({
			id: String(position + 1),
			text: fact.label ?? fact.id
		}));
		const choices = choiceFacts.map((fact, position) => ({
			id: choiceId(position),
			text: formatNumber(fact.value, module.language)
		}));
		const pairs: Record<string, string> = {};
		itemFacts.forEach((fact, position) => {
			pairs[String(position + 1)] = choiceId(choiceFacts.indexOf(fact));
		});
		const factIds = numbers.map((fact) => fact.id);
		return {
			id: questionId('matching', factIds),
			type: 'matching',
			factIds,
			prompt: QUIZ_PHRASES[module.language].matching,
			items,
			choices,
			evidence: evidenceOf(numbers),
			key: { pairs }
		};
	}
};
