import { describe, expect, it } from 'vitest';
import type { Fact } from '../content';
import type { QuizModule } from '../module';
import { seedModule, gappedFigureFact } from '../../testing/seed-module';
import { singleChoiceGenerator } from './single-choice';
import { trueFalseGenerator } from './true-false';
import { createRandom } from '../random';

/** True/false statements whose edit shows in the words around the altered figure. */

const distances =
	'The ferry calls at Skerry, 7 miles (11km) out, and at Holm, 16 miles (26km) out.';
const site = 'The trust has bought an £8.5m site for the new museum.';
const shop = 'It also paid £3.1m for a shop next door and set aside £5.4m for the fit-out.';

const module: QuizModule = {
	...seedModule(),
	id: 'edits',
	language: 'en',
	article: {
		blocks: [distances, site, shop].map((text) => ({ type: 'paragraph' as const, text }))
	},
	facts: [
		gappedFigureFact('holm', 16, distances, '16', 'miles'),
		gappedFigureFact('site', 8_500_000, site, '8.5m', '£'),
		gappedFigureFact('shop', 3_100_000, shop, '3.1m', '£'),
		gappedFigureFact('fit-out', 5_400_000, shop, '5.4m', '£')
	],
	entities: []
};

function statements(id: string): string[] {
	const fact = module.facts.find((candidate) => candidate.id === id) as Fact;
	return Array.from({ length: 40 }, (_, seed) => {
		const question = trueFalseGenerator.generate(module, [fact], createRandom(seed));
		return question.prompt;
	});
}

describe('a true/false statement gives no sign of its edit', () => {
	it('never alters a figure followed by its conversion in brackets', () => {
		const offered = trueFalseGenerator.items(module).flat();
		expect(offered).not.toContain('holm');
		expect(offered).toContain('site');
	});

	it('puts "a" or "an" before the figure as it is spoken', () => {
		const prompts = statements('site');
		expect(prompts.some((prompt) => prompt.includes('an £8.5m site'))).toBe(true);
		const altered = prompts.filter((prompt) => !prompt.includes('£8.5m'));
		expect(altered.length).toBeGreaterThan(0);
		for (const prompt of altered) {
			const [, article, figure] = /\b(an?) £(\d+)/u.exec(prompt) ?? [];
			const vowel = /^(8|11$|18$)/u.test(figure ?? '');
			expect(article).toBe(vowel ? 'an' : 'a');
		}
	});
});

describe('options after "a" or "an" before the gap', () => {
	it('are all spoken with the article the key takes', () => {
		const fact = module.facts.find((candidate) => candidate.id === 'site') as Fact;
		let asked = 0;
		for (let seed = 0; seed < 20; seed++) {
			const question = singleChoiceGenerator.generate(module, [fact], createRandom(seed));
			if (question.type !== 'single-choice' || !question.prompt.includes('an £_____')) continue;
			asked++;
			expect(question.choices.length).toBeGreaterThanOrEqual(3);
			for (const choice of question.choices) expect(choice.text).toMatch(/^(8|11\D|18\D)/u);
		}
		expect(asked).toBeGreaterThan(0);
	});
});
