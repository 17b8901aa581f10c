import { describe, expect, it } from 'vitest';
import { questionIndexOf } from './question-number';

describe('questionIndexOf', () => {
	it('reads canonical positive integers as the index from 0', () => {
		expect(questionIndexOf('1')).toBe(0);
		expect(questionIndexOf('12')).toBe(11);
		expect(questionIndexOf('100')).toBe(99);
	});

	it.each([
		'1e1',
		'0x1',
		'0b1',
		'0o1',
		' 1',
		'1 ',
		'\t1',
		'1.0',
		'1.',
		'01',
		'+1',
		'-1',
		'0',
		'',
		'NaN',
		'Infinity',
		'-Infinity',
		'1_000',
		'١',
		'9999999',
		'99999999999999999999'
	])('refuses %j', (text) => {
		expect(questionIndexOf(text)).toBeNull();
	});
});
