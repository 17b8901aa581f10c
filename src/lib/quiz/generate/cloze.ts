import { QUIZ_PHRASES } from '../language/phrases';
import { evidenceOf, questionId, type QuestionGenerator } from './generator';

/** Cloze: the evidence sentence with the fact's words left out; typed answers score like the fact's. */
export const clozeGenerator: QuestionGenerator<'cloze'> = {
	type: 'cloze',
	items: (module) =>
		module.facts.filter((fact) => fact.cloze !== undefined).map((fact) => [fact.id]),
	generate(module, facts) {
		const fact = facts[0];
		if (!fact?.cloze) throw new TypeError('cloze questions need a fact with a cloze');
		const phrases = QUIZ_PHRASES[module.language];
		const sentence = fact.evidence.replace(/\s+/g, ' ');
		const gapped = sentence.replace(fact.cloze.replace(/\s+/g, ' '), () => phrases.gap);
		return {
			id: questionId('cloze', [fact.id]),
			type: 'cloze',
			factIds: [fact.id],
			prompt: `${phrases.cloze} ${gapped}`,
			evidence: evidenceOf(facts),
			key: { value: fact.cloze }
		};
	}
};
