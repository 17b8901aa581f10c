import { QUIZ_PHRASES } from '../language/phrases';
import { choiceId } from '../question';
import { evidenceOf, questionId, type QuestionGenerator } from './generator';
import { factQuality, hasWording } from './quality';
import { pickDistractors } from './values';

const DISTRACTORS = 3;

/** Multiple response, for entity sets: tick every member (accusers, deniers). */
export const multipleResponseGenerator: QuestionGenerator<'multiple-response'> = {
	type: 'multiple-response',
	items: (module) =>
		module.facts
			.filter((fact) => fact.kind === 'entity-set' && hasWording(module, fact))
			.map((fact) => [fact.id]),
	generate(module, facts, random, avoid) {
		const fact = facts[0];
		if (!fact || fact.kind !== 'entity-set')
			throw new TypeError('multiple-response questions need an entity-set fact');
		const members = fact.value.map(
			(id) => module.entities.find((entity) => entity.id === id)?.name ?? id
		);
		// With options to avoid, more are drawn and the first three others kept.
		const distractors = avoid
			? pickDistractors(module, fact, random, DISTRACTORS * 3)
					.filter((text) => !avoid(text))
					.slice(0, DISTRACTORS)
			: pickDistractors(module, fact, random, DISTRACTORS);
		const texts = random.shuffle([...members, ...distractors]);
		const choices = texts.map((text, position) => ({ id: choiceId(position), text }));
		return {
			id: questionId('multiple-response', [fact.id]),
			type: 'multiple-response',
			factIds: [fact.id],
			prompt: `${random.pick(factQuality(module, fact).wordings)} ${QUIZ_PHRASES[module.language].chooseAll}`,
			choices,
			evidence: evidenceOf(facts),
			key: {
				choiceIds: choices
					.filter((choice) => members.includes(choice.text))
					.map((choice) => choice.id)
			}
		};
	}
};
