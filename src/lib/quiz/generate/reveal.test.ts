import { describe, expect, it } from 'vitest';
import { findFact } from '../module';
import { seedModule } from '../../testing/seed-module';
import { mentionsFact } from './reveal';

const module = seedModule();

describe('mentionsFact', () => {
	const reports = findFact(module, 'first-reports');

	it('takes a date’s year shown elsewhere as giving its answer away', () => {
		if (!reports) throw new Error('the seed module has no first-reports fact');
		expect(mentionsFact(module, 'Było to w 2024 roku, przed zimą.', reports)).toBe(true);
		expect(mentionsFact(module, 'Doniesienia pojawiły się jesienią 2024 roku.', reports)).toBe(
			true
		);
	});

	it('leaves other years and figures that only contain the year alone', () => {
		if (!reports) throw new Error('the seed module has no first-reports fact');
		expect(mentionsFact(module, 'Było to w 2023 roku.', reports)).toBe(false);
		expect(mentionsFact(module, 'Wysłano 12024 pocisków.', reports)).toBe(false);
	});
});
