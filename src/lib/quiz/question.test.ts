import { describe, expect, it } from 'vitest';
import { storedQuestions, type QuestionWithKey } from './question';

describe('storedQuestions', () => {
	it('reads the evidence of an attempt stored before it became a list as a list of one', () => {
		const stored = JSON.parse(
			JSON.stringify([
				{
					id: 'numeric.x',
					type: 'numeric',
					factIds: ['x'],
					prompt: 'Ile?',
					evidence: 'Zdanie pierwsze. Zdanie drugie.',
					key: { value: 1 }
				}
			])
		) as QuestionWithKey[];
		expect(storedQuestions(stored)[0]?.evidence).toEqual(['Zdanie pierwsze. Zdanie drugie.']);
		const current = [{ ...stored[0], evidence: ['A.', 'B.'] }] as QuestionWithKey[];
		expect(storedQuestions(current)[0]?.evidence).toEqual(['A.', 'B.']);
	});
});
