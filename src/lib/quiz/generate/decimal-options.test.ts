import { describe, expect, it } from 'vitest';
import type { Fact } from '../content';
import type { QuizModule } from '../module';
import { seedModule } from '../../testing/seed-module';
import { distractorsOf } from './values';

/** "rotates once every _____ hours" keyed 9.7 among 13 and 17: the key is the only decimal. */
describe('options of a decimal figure (loop-en reading)', () => {
	const evidence = 'The asteroid is about 2.1 km wide and spins once every 6.4 hours.';
	const fact: Fact = {
		id: 'hours-6-4',
		kind: 'number',
		value: 6.4,
		unit: 'hours',
		approximate: false,
		questions: ['Which number fills the gap: "…spins once every _____ hours."?'],
		evidence,
		cloze: '6.4',
		aliases: []
	};
	const module: QuizModule = {
		...seedModule(),
		id: 'decimals',
		language: 'en',
		article: { blocks: [{ type: 'paragraph', text: evidence }] },
		facts: [fact],
		entities: []
	};

	it('are decimals too, none equal to the key', () => {
		const options = distractorsOf(module, fact);
		expect(options.length).toBeGreaterThanOrEqual(2);
		for (const option of options) {
			expect(option).toMatch(/^\d+\.\d$/u);
			expect(option).not.toBe('6.4');
		}
	});
});
