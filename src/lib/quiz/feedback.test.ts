import { describe, expect, it } from 'vitest';
import { seedModule } from '$lib/testing/seed-module';
import { formatFeedback } from './feedback';
import { scoreFactAnswer } from './score/fact';

/** Feedback on answers in the learner's own words: the sentence agrees with the credit. */
describe('feedback on a reason typed in other words', () => {
	const module = seedModule();
	const fact = module.facts.find((candidate) => candidate.id === 'no-surrender-reason')!;
	const feedback = (answer: string, language: 'pl' | 'en') => {
		const result = scoreFactAnswer(module, fact, answer);
		return { credit: result.credit, text: formatFeedback(result, module, fact.evidence, language) };
	};

	it('calls an answer with every idea right, not partly right', () => {
		const full = feedback('bo boją się, że ich rodziny będą prześladowane', 'pl');
		expect(full.credit).toBe(1);
		expect(full.text).toMatch(/^Dobrze/);
		expect(full.text).not.toContain('Częściowo');
		expect(feedback('strach przed represjami wobec bliskich', 'en').text).toMatch(/^Correct/);
	});

	it('names how many ideas a partial answer has', () => {
		const partial = feedback('ze strachu o rodzinę', 'pl');
		expect(partial.credit).toBeGreaterThan(0);
		expect(partial.credit).toBeLessThan(1);
		expect(partial.text).toMatch(/^Częściowo: odpowiedź zawiera 2 z 3/);
		expect(feedback('bo kochają Kima', 'pl').text).toMatch(/^Niestety nie/);
	});
});
