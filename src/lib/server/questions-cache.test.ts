import { describe, expect, it } from 'vitest';
import type { QuestionWithKey } from '../quiz/question';
import { cachedQuestions, rememberQuestions } from './questions-cache';

describe('the questions cache', () => {
	it('keeps the first questions remembered for an attempt and forgets the oldest beyond its size', () => {
		const first = [] as QuestionWithKey[];
		rememberQuestions('a-0', first);
		rememberQuestions('a-0', [{ id: 'other' } as QuestionWithKey]);
		expect(cachedQuestions('a-0')).toBe(first);
		for (let index = 1; index <= 2000; index++) rememberQuestions(`a-${index}`, []);
		expect(cachedQuestions('a-0')).toBeUndefined();
		expect(cachedQuestions('a-2000')).toEqual([]);
	});
});
