import { describe, expect, it } from 'vitest';
import { gappedFigureFact, moduleOfParagraphs } from '../../testing/seed-module';
import { everyQuestion } from '../../testing/questions';

/**
 * "The first 30 minutes will remain free" made false as "The first 15 minutes…" is true all
 * the same (blind reading of unseen12); a sentence written here.
 */
describe('a false statement of "the first N"', () => {
	it('takes a figure larger than the key', () => {
		const evidence = 'At the new car park the first 45 minutes will stay free.';
		const fact = gappedFigureFact('minutes-45', 45, evidence, '45', 'minutes');
		const module = moduleOfParagraphs('first', 'en', [evidence], [fact]);
		const statements = Array.from({ length: 12 }, (_, seed) =>
			everyQuestion(module, 'true-false', seed + 1)
		)
			.flat()
			.filter(
				(question) => question.type === 'true-false' && question.key.choiceIds[0] === 'false'
			);
		expect(statements.length).toBeGreaterThan(0);
		for (const question of statements) {
			const shown = Number(/first (\d+) minutes/u.exec(question.prompt)?.[1]);
			expect(shown).toBeGreaterThan(45);
		}
	});
});
