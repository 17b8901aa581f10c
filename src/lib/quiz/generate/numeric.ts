import { QUIZ_PHRASES } from '../language/phrases';
import { acceptedRange } from '../score/number';
import { evidenceOf, onlyFacts, questionId, type QuestionGenerator } from './generator';
import { factQuality } from './quality';

/** Numeric entry: the learner types the figure in any form ("11 tys.", "jedenaście tysięcy"). */
export const numericGenerator: QuestionGenerator<'numeric'> = {
	type: 'numeric',
	items: (module) =>
		onlyFacts(module, ['number', 'proportion'], (module, fact) => {
			const quality = factQuality(module, fact);
			return quality.askable && quality.typedWordings.length > 0;
		}),
	generate(module, facts, random) {
		const fact = facts[0];
		if (!fact || (fact.kind !== 'number' && fact.kind !== 'proportion')) {
			throw new TypeError('numeric questions need a number or proportion fact');
		}
		const range = acceptedRange(fact);
		const prompt = random.pick(factQuality(module, fact).typedWordings);
		// A gap's sentence says the unit itself ("opiewała na _____ zł"): one shown after the
		// box too reads twice, and asks for "3900000" where the gap takes "3,9 mln".
		const gapped = prompt.includes(QUIZ_PHRASES[module.language].gap);
		return {
			id: questionId('numeric', [fact.id]),
			type: 'numeric',
			factIds: [fact.id],
			prompt,
			// A currency sign after the box reads wrong ("300000000 £"); the gap's sentence says it.
			...(fact.kind === 'number' && /\p{L}/u.test(fact.unit) && !gapped ? { unit: fact.unit } : {}),
			evidence: evidenceOf(facts),
			key: fact.approximate
				? { value: fact.value, min: range.min, max: range.max }
				: { value: fact.value }
		};
	}
};
