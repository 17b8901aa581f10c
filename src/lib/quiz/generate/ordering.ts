import { QUIZ_PHRASES } from '../language/phrases';
import { choiceId } from '../question';
import { evidenceOf, questionId, type QuestionGenerator } from './generator';
import { comparableNumberGroups } from './groups';

const ITEMS = 4;

/** Ordering: put what the figures count in order of size, without seeing the figures. */
export const orderingGenerator: QuestionGenerator<'ordering'> = {
	type: 'ordering',
	items: (module) => comparableNumberGroups(module, ITEMS, 'noun'),
	generate(module, facts, random) {
		const ascending = facts
			.map((fact) => (fact.kind === 'number' ? fact : null))
			.filter((fact) => fact !== null)
			.sort((a, b) => a.value - b.value);
		const shown = random.shuffle(ascending);
		const choices = shown.map((fact, position) => ({
			id: choiceId(position),
			text: fact.label ?? fact.id
		}));
		const idOf = new Map(shown.map((fact, position) => [fact.id, choiceId(position)]));
		const factIds = ascending.map((fact) => fact.id);
		return {
			id: questionId('ordering', factIds),
			type: 'ordering',
			factIds,
			prompt: QUIZ_PHRASES[module.language].ordering,
			choices,
			evidence: evidenceOf(ascending),
			key: { order: ascending.map((fact) => idOf.get(fact.id) ?? '') }
		};
	}
};
