import { describe, expect, it } from 'vitest';
import { englishEntities as entities } from './support/extracted-entities';

/**
 * A national body named by its acronym alone and its regional branch named with a country or
 * region after the acronym are two organisations. Sentences written here.
 */

describe('a bare acronym beside its regional branch', () => {
	it.each([
		[
			'The NHS will train 9,000 midwives by 2030. NHS Scotland has 1,200 vacancies.',
			'NHS Scotland',
			'NHS'
		],
		[
			'The RNLI rescued 8 swimmers on Sunday. RNLI Wales opened 2 new stations in 2025.',
			'RNLI Wales',
			'RNLI'
		]
	])('is its own organisation: %s', (text, branch, body) => {
		const found = entities(text);
		const regional = found.find((entity) => entity.name === branch);
		expect(regional?.aliases ?? []).not.toContain(body);
		expect(found.find((entity) => entity.name === body)).toMatchObject({
			category: 'organisation'
		});
	});

	it('still opens a company named by more than a place', () => {
		const found = entities(
			'Severnside Water raised bills by 6%. Severnside said the rise pays for 40 km of pipes.'
		);
		expect(found.find((entity) => entity.name === 'Severnside Water')?.aliases).toContain(
			'Severnside'
		);
	});
});

describe('a national body whose name ends with its nation', () => {
	it.each([
		['Sport Scotland gave £1.2m to the new pool in Elgin.', 'Sport Scotland'],
		['The grant from Arts Council England was £640,000.', 'Arts Council England'],
		[
			"Most of it came from Arts Council England's Capital Investment Fund, £3.1m.",
			'Arts Council England'
		]
	])('is one organisation: %s', (text, body) => {
		const found = entities(text);
		expect(found.find((entity) => entity.name === body)).toMatchObject({
			category: 'organisation'
		});
		expect(found.map((entity) => entity.name)).not.toContain('Arts Council');
	});

	it('leaves a region named by a compass word and a nation one place', () => {
		const found = entities('Flooding closed 14 roads in South Wales and 3 in North Scotland.');
		expect(found.map((entity) => entity.name)).toEqual(
			expect.arrayContaining(['South Wales', 'North Scotland'])
		);
		expect(found.map((entity) => entity.name)).not.toContain('South');
		expect(found.find((entity) => entity.name === 'South Wales')?.category).toBe('place');
	});
});

describe('an English county whose name says no "-shire"', () => {
	it('is a county, not a town', () => {
		const found = entities(
			'The trust runs 12 hospitals in Cumbria and Northumberland. Roads in East Sussex shut.'
		);
		for (const county of ['Cumbria', 'Northumberland'])
			expect(found.find((entity) => entity.name === county)).toMatchObject({
				category: 'place',
				kind: 'county'
			});
		expect(found.find((entity) => entity.name === 'East Sussex')?.category).toBe('place');
	});

	it('leaves a person whose surname is a county a person', () => {
		const found = entities('Dr Simon Kent, a surgeon, said 40 beds would close.');
		expect(found.find((entity) => entity.name === 'Simon Kent')?.category).toBe('person');
	});
});
