import { describe, expect, it } from 'vitest';
import type { Entity } from '../content';
import { makeEntity, makeEntityFact } from '../../testing/score-facts';
import { scoreEntityAnswer } from './entity';

/**
 * What students type for a park, a wind farm, a leisure centre, a forum or a fund of local
 * news: the distinctive words without the kind, the kind alone where the article has one of
 * it, "Loch" for "Lough"; and the look-alikes that stay refused: another lough, a surname
 * that is also a place of the article, a fund's name typed for the farm it is named after.
 */

const valley = [
	makeEntity({ id: 'park', name: 'Brindle Ings Park', type: 'place' }),
	makeEntity({ id: 'centre', name: 'Kestle Leisure Centre', type: 'organisation' }),
	makeEntity({ id: 'farm', name: 'Carn Odhar Wind Farm', type: 'place' }),
	makeEntity({ id: 'fund', name: 'Carn Odhar Community Fund', type: 'organisation' }),
	makeEntity({ id: 'forum', name: 'Mourneside Traders Business Forum', type: 'organisation' }),
	makeEntity({ id: 'dept', name: 'Department for Rural Affairs', type: 'organisation' }),
	makeEntity({ id: 'lough', name: 'Carlingmore Lough', type: 'place' }),
	makeEntity({ id: 'moray', name: 'East Moray', type: 'place' }),
	makeEntity({ id: 'convenor', name: 'Fergus Moray', type: 'person', aliases: ['Moray'] }),
	makeEntity({ id: 'shaw', name: 'Irene Shaw', type: 'person', aliases: ['Shaw'] }),
	makeEntity({ id: 'village', name: 'Ballyquintara', type: 'city' }),
	makeEntity({ id: 'ofgem', name: 'Ofgem', type: 'organisation' })
];

function credit(entities: readonly Entity[], id: string, answer: string): number {
	return scoreEntityAnswer(makeEntityFact({ value: id }), entities, answer, 'en').credit;
}

describe('a place or a body by its distinctive words or its kind', () => {
	it.each([
		['park', 'Brindle Ings'],
		['park', 'Brindle Ings park'],
		['centre', 'the Kestle'],
		['centre', 'Kestle leisure centre'],
		['farm', 'Carn Odhar'],
		['farm', 'the Carn Odhar wind farm'],
		['fund', 'Carn Odhar fund'],
		['fund', 'the community fund'],
		['forum', 'the business forum'],
		['forum', 'Mourneside Traders forum'],
		['dept', 'the department'],
		['lough', 'Carlingmore Loch'],
		['lough', 'Carlingmore Lough'],
		['lough', 'the lough'],
		['lough', 'the loch'],
		['shaw', 'Shaw'],
		['village', 'Bally Quin Tara'],
		['village', 'Bally quintara'],
		['ofgem', 'the regulator'],
		['convenor', 'Cllr Moray']
	])('%s: "%s" is credited', (id, answer) => {
		expect(credit(valley, id, answer)).toBe(1);
	});

	it.each([
		['fund', 'Carn Odhar'],
		['farm', 'the community fund'],
		['lough', 'Lough Erne'],
		['lough', 'Carlingmore'],
		['lough', 'the lough shore'],
		['park', 'Brindle'],
		['village', 'Bally Quin'],
		['dept', 'the regulator'],
		['convenor', 'Moray'],
		['forum', 'the department']
	])('%s: "%s" is refused', (id, answer) => {
		expect(credit(valley, id, answer)).toBe(0);
	});

	it('credits the kind alone for neither of two departments', () => {
		const two = [
			...valley,
			makeEntity({ id: 'health', name: 'Department of Health', type: 'organisation' })
		];
		expect(credit(two, 'dept', 'the department')).toBe(0);
		expect(credit(two, 'health', 'the department')).toBe(0);
	});
});
