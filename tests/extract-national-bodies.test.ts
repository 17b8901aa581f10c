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
