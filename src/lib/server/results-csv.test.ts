import { describe, expect, it } from 'vitest';
import { schoolTime, wallClockDate } from './results-csv';

describe('the school’s wall-clock time of a stored timestamp', () => {
	it('is read in the school’s zone, summer time included, to the minute', () => {
		expect(schoolTime('2025-01-14T08:05:59Z', 'Europe/Warsaw')).toBe('2025-01-14 09:05');
		expect(schoolTime('2025-07-01T23:30:00Z', 'Europe/Warsaw')).toBe('2025-07-02 01:30');
		expect(schoolTime('2025-07-01T23:30:00Z', 'UTC')).toBe('2025-07-01 23:30');
	});

	it('is the same instant in a workbook, kept to the second', () => {
		expect(wallClockDate('2025-01-14T08:05:59Z', 'Europe/Warsaw').toISOString()).toBe(
			'2025-01-14T09:05:59.000Z'
		);
	});
});
