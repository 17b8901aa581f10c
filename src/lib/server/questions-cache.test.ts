import { describe, expect, it } from 'vitest';
import type { QuestionWithKey } from '../quiz/question';
import {
	cachedOrigin,
	cachedQuestions,
	rememberOrigin,
	rememberQuestions
} from './questions-cache';

describe('the attempt cache', () => {
	it('keeps the first questions remembered for an attempt and forgets the oldest beyond its size', () => {
		const first = [] as QuestionWithKey[];
		rememberQuestions('a-0', first);
		rememberQuestions('a-0', [{ id: 'other' } as QuestionWithKey]);
		expect(cachedQuestions('a-0')).toBe(first);
		for (let index = 1; index <= 2000; index++) rememberQuestions(`a-${index}`, []);
		expect(cachedQuestions('a-0')).toBeUndefined();
		expect(cachedQuestions('a-2000')).toEqual([]);
	});

	it('keeps origins apart from questions, bounded the same way', () => {
		rememberOrigin('o-0', { learnerId: 'l-0', moduleId: 'kursk', assignmentId: null });
		rememberOrigin('o-0', { learnerId: 'l-other', moduleId: 'kursk', assignmentId: null });
		expect(cachedOrigin('o-0')?.learnerId).toBe('l-0');
		expect(cachedQuestions('o-0')).toBeUndefined();
		for (let index = 1; index <= 2000; index++) {
			rememberOrigin(`o-${index}`, { learnerId: 'l', moduleId: 'kursk', assignmentId: null });
		}
		expect(cachedOrigin('o-0')).toBeUndefined();
		expect(cachedOrigin('o-2000')?.moduleId).toBe('kursk');
	});
});
