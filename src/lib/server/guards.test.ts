import { describe, expect, it } from 'vitest';
import { safeNext } from './guards';

describe('safeNext', () => {
	it('keeps a path on this site, with its query', () => {
		expect(safeNext('/teacher/assignments/as_1?tab=2')).toBe('/teacher/assignments/as_1?tab=2');
	});

	it.each([
		null,
		'',
		'teacher',
		'//evil.example',
		'/\\evil.example',
		'/\t/evil.example',
		'/\n/evil.example',
		'\t//evil.example',
		'/\r',
		'/\u200b/evil.example',
		'/\u2028',
		'/\u0000',
		'https://evil.example/',
		'javascript:alert(1)'
	])('sends %j to /teacher', (next) => {
		expect(safeNext(next)).toBe('/teacher');
	});
});
