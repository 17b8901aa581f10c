import { describe, expect, it } from 'vitest';
import { spelledByEar } from './by-ear';

describe('a name spelled by ear', () => {
	it.each([
		['osbourne', 'osborne'],
		['gardner', 'gardiner'],
		['kesler', 'kessler'],
		['davison', 'davidson'],
		['prescot', 'prescott']
	])('%s for %s: the same name', (typed, key) => {
		expect(spelledByEar(typed, key)).toBe(true);
	});

	it.each([
		['carver', 'carter'],
		['kalkman', 'kalkan'],
		['hargrave', 'hargreaves'],
		['boyle', 'doyle']
	])('%s for %s: another name', (typed, key) => {
		expect(spelledByEar(typed, key)).toBe(false);
	});
});
