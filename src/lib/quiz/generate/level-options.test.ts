import { describe, expect, it } from 'vitest';
import type { Fact } from '../content';
import type { QuizModule } from '../module';
import { parseNumber } from '../language/number';
import { seedModule } from '../../testing/seed-module';
import { distractorsOf } from './values';

/**
 * "1500 km/h" among the speeds of drivers on a road (unseen2 reading): options of a speed, a
 * share in per cent or a magnitude stay within three times the key and below the scale's end.
 */
function moduleOf(evidence: string, facts: Fact[]): QuizModule {
	return {
		...seedModule(),
		id: 'levels',
		language: 'pl',
		article: { blocks: [{ type: 'paragraph', text: evidence }] },
		facts,
		entities: []
	};
}

function numberFact(id: string, value: number, unit: string, evidence: string): Fact {
	return {
		id,
		kind: 'number',
		value,
		unit,
		approximate: false,
		questions: ['Ile?'],
		evidence,
		aliases: []
	};
}

const values = (options: readonly string[]) =>
	options.map((option) => parseNumber(option, 'pl') ?? NaN);

describe('options of a level a thing reaches', () => {
	it('keep a speed within three times the key', () => {
		const evidence =
			'Na obwodnicy Brzegu policja zmierzyła kierowcę jadącego 160 km/h, a limit wynosi 70 km/h przez 1200 metrów.';
		const speed = numberFact('speed', 160, 'km/h', evidence);
		const options = values(distractorsOf(moduleOf(evidence, [speed]), speed));
		expect(options.length).toBeGreaterThanOrEqual(2);
		for (const option of options) {
			expect(option).toBeLessThanOrEqual(480);
			expect(option).toBeGreaterThanOrEqual(160 / 3);
		}
	});

	it('keep a share in per cent at most 100', () => {
		const evidence =
			'Frekwencja w gminie wyniosła 80 proc., o 12 proc. więcej niż przed pięcioma laty.';
		const share = numberFact('turnout', 80, 'proc.', evidence);
		const options = values(distractorsOf(moduleOf(evidence, [share]), share));
		expect(options.length).toBeGreaterThanOrEqual(2);
		for (const option of options) expect(option).toBeLessThanOrEqual(100);
	});

	it('leave a large count free to be ten times the key', () => {
		const evidence = 'Jarmark odwiedziło 1600 osób.';
		const count = numberFact('people', 1600, 'osób', evidence);
		expect(values(distractorsOf(moduleOf(evidence, [count]), count))).toContain(16000);
	});

	it('keep a small count near the key: 160 people is no option for 16 taken to hospital', () => {
		const evidence = 'Do szpitala trafiło 16 osób.';
		const count = numberFact('people', 16, 'osób', evidence);
		const options = values(distractorsOf(moduleOf(evidence, [count]), count));
		expect(options.length).toBeGreaterThanOrEqual(3);
		for (const option of options) expect(option).toBeLessThanOrEqual(32);
	});
});
