import { describe, expect, it } from 'vitest';
import { entitiesOf as entities, names } from './support/extracted-entities';

/**
 * Programmes, grants, contests and funding pots are no one to ask "who" about, and no
 * organisation to offer among the options. Sentences written here in the style of local news.
 */

describe('a programme named after the word that says what it is', () => {
	it.each([
		'Laboratorium dostało 3 mln zł z programu Cyfrowa Szkoła na 4 lata.',
		'Badaczka wygrała konkurs Młody Odkrywca i dostała 50 tys. zł.',
		'Zespół zdobył grant SONATA wart 900 tys. zł.',
		'Gmina złożyła wniosek w programie Czyste Powietrze o 12 mln zł.'
	])('is a programme, not a body or a person: %s', (text) => {
		const found = entities(text, 'pl').filter((entity) => entity.category !== 'place');
		expect(found.length).toBe(1);
		expect(found[0]).toMatchObject({ category: 'organisation', kind: 'programme' });
	});

	it('leaves the institutions of the same sentence', () => {
		const found = entities(
			'Uniwersytet Opolski dostał 2 mln zł z programu Nowe Laboratoria na 6 lat.',
			'pl'
		);
		expect(names(found)).toEqual(['Uniwersytet Opolski', 'Nowe Laboratoria']);
		expect(found[0]?.kind).not.toBe('programme');
		expect(found[1]?.kind).toBe('programme');
	});
});

describe('a programme whose own name says what it is', () => {
	it.each([
		'The library received £2.4m from the Coastal Communities Fund in March.',
		'Six researchers won Starting Grants EIC worth €1.5m each.',
		'The Warm Homes Scheme will insulate 3,000 houses by 2027.'
	])('is a programme, not a body: %s', (text) => {
		const found = entities(text, 'en');
		const named = found.filter((entity) => entity.category !== 'place');
		expect(named.length).toBeGreaterThan(0);
		for (const entity of named) expect(entity.kind, entity.name).toBe('programme');
	});

	it('keeps an international body named a fund', () => {
		const found = entities('The International Monetary Fund lent Ghana $3bn in 2023.', 'en');
		expect(found.find((entity) => entity.category === 'organisation')).toBeDefined();
	});
});

describe('the body that runs a programme', () => {
	it('stays an organisation', () => {
		const pl = entities('Szkoła dostała 80 tys. zł z programu Ministerstwa Kultury w maju.', 'pl');
		expect(pl.map((entity) => entity.category)).toContain('organisation');
		const en = entities('The lab won a Wellcome Trust grant of £600,000 in May.', 'en');
		expect(en.map((entity) => entity.category)).toContain('organisation');
	});
});
