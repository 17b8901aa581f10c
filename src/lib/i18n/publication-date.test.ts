import { describe, expect, it } from 'vitest';
import { formatPublicationDate } from './publication-date';

describe('formatPublicationDate', () => {
	it('names the month as a reader does, in the UI language', () => {
		expect(formatPublicationDate('2025-01', 'pl')).toBe('styczeń 2025');
		expect(formatPublicationDate('2025-01', 'en')).toBe('January 2025');
		expect(formatPublicationDate('2025-01-14', 'pl')).toBe('14 stycznia 2025');
		expect(formatPublicationDate('2025-01-14', 'en')).toBe('14 January 2025');
	});

	it('keeps a year, and anything it cannot read, as written', () => {
		expect(formatPublicationDate('2024', 'pl')).toBe('2024');
		expect(formatPublicationDate('jesień 2024', 'pl')).toBe('jesień 2024');
		expect(formatPublicationDate('2025-13', 'en')).toBe('2025-13');
	});
});
