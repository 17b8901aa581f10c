import { describe, expect, it } from 'vitest';
import type { EntityType } from '../src/lib/quiz/content';
import { scoreEntityAnswer } from '../src/lib/quiz/score/entity';
import { loadMorphology } from '../src/lib/server/morphology';
import { makeEntity, makeEntityFact } from '../src/lib/testing/score-facts';

/**
 * Names as students type them: a firm by the brand that opens its name, a venue by its head,
 * a gmina by its name alone, a street with its kind written short. Another entity of the
 * module that shares the word gets no such short form.
 */

loadMorphology('pl');
loadMorphology('en');

const entity = (id: string, name: string, type: EntityType, aliases: string[] = []) =>
	makeEntity({ id, name, type, aliases });

function scorer(entities: ReturnType<typeof entity>[], language: 'pl' | 'en') {
	return (id: string, answer: string) =>
		scoreEntityAnswer(makeEntityFact({ value: id }), entities, answer, language).credit;
}

describe('Polish firm, powiat and a gmina a firm is named after', () => {
	const credit = scorer(
		[
			entity('firma', 'Wiklina Renowacja Elewacji', 'organisation'),
			entity('gmina', 'gmina Brzezinka', 'place'),
			entity('tartak', 'Tartak Brzezinka sp. z o.o.', 'organisation'),
			entity('powiat', 'powiat ostrzeszowski', 'place'),
			entity('wojcik', 'Marta Wójcik', 'person'),
			entity('kepno', 'Kępno', 'city', ['Kępnie'])
		],
		'pl'
	);

	it.each([
		['gmina', 'Brzezinka'],
		['gmina', 'Brzezinki'],
		['gmina', 'brzezinka'],
		['tartak', 'Tartak Brzezinka'],
		['powiat', 'powiat']
	])('%s: %j is credited', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});

	it.each([
		['firma', 'Kępno'],
		['firma', 'Wójcik'],
		['gmina', 'Kępno'],
		['tartak', 'Brzezinka']
	])('%s: %j is not', (id, answer) => {
		expect(credit(id, answer)).toBe(0);
	});
});

describe('a gmina whose name a town of the module holds', () => {
	const credit = scorer(
		[
			entity('gmina', 'gmina Brzezinka', 'place'),
			entity('town', 'Brzezinka', 'city', ['Brzezince']),
			entity('miasto', 'Urząd Miasta Brzezinka', 'organisation')
		],
		'pl'
	);

	it('the name alone is the town', () => {
		expect(credit('gmina', 'Brzezinka')).toBe(0);
	});
});

describe('English firm, venue and street', () => {
	const credit = scorer(
		[
			entity('firm', 'Holloway Brick Repointing Ltd', 'organisation'),
			entity('venue', 'Regent Playhouse', 'organisation'),
			entity('street', 'Mill Street', 'place'),
			entity('road', 'Bramble Road', 'place'),
			entity('lane', 'Kestrel Lane', 'place'),
			entity('hay', 'Anna Hay', 'person')
		],
		'en'
	);

	it.each([
		['venue', 'the Playhouse'],
		['venue', 'the Regent'],
		['street', 'Mill St'],
		['street', 'Mill St.'],
		['road', 'Bramble Rd'],
		['lane', 'Kestrel Ln']
	])('%s: %j is credited', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});

	it.each([
		['street', 'Mill Rd'],
		['road', 'Bramble St'],
		['venue', 'Anna Hay']
	])('%s: %j is not', (id, answer) => {
		expect(credit(id, answer)).toBe(0);
	});
});

describe('a venue whose first word another entity holds', () => {
	const credit = scorer(
		[
			entity('venue', 'Regent Playhouse', 'organisation'),
			entity('hotel', 'Regent Hotel', 'organisation')
		],
		'en'
	);

	it('"the Regent" names neither; "the Playhouse" still names the venue', () => {
		expect(credit('venue', 'the Regent')).toBe(0);
		expect(credit('venue', 'the Playhouse')).toBe(1);
	});
});

describe('a street named after a compass point', () => {
	const credit = scorer([entity('street', 'West Street', 'place')], 'en');

	it('"West St" is credited, "West Rd" is not', () => {
		expect(credit('street', 'West St')).toBe(1);
		expect(credit('street', 'West Rd')).toBe(0);
	});
});
