import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/lib/quiz/extract';

/** An English row label says what the figure counts, or there is none (loop-en reading). */
function labelOf(text: string, value: string): string | undefined {
	const found = extractFacts(text, { language: 'en' }).candidates.find(
		(candidate) =>
			(candidate.kind === 'number' || candidate.kind === 'proportion') &&
			String(Number(candidate.value.toPrecision(12))) === value
	);
	return found && 'label' in found ? found.label : undefined;
}

describe('English labels of a figure after "asked to", "expected to"', () => {
	it.each([
		// Nurses were asked to cover three wards; "wards covered" says they did.
		['Nurses on the night shift had already been asked to cover three wards.', '3'],
		['The new terminal is expected to handle 9 million passengers a year.', '9000000']
	])('gives none: %s (%s)', (text, value) => {
		expect(labelOf(text, value)).toBeUndefined();
	});

	it('keeps "plans to cut", whose noun says it is a plan', () => {
		expect(labelOf('Drivers struck in protest at plans to close 14 depots.', '14')).toBe(
			'depots closed'
		);
	});
});
