import { describe, expect, it } from 'vitest';
import { scoreEntityAnswer } from '../src/lib/quiz/score/entity';
import { loadMorphology } from '../src/lib/server/morphology';
import { makeEntity, makeEntityFact } from '../src/lib/testing/score-facts';

/**
 * Polish towns named in the plural, typed in their cases, with the dictionary the server
 * loads: it lists some of them ("Ustrzyki") as bare words without their cases, and their
 * oblique forms ("Ustrzykach") as names of their own.
 */

loadMorphology('pl');

const bieszczady = [
	makeEntity({
		id: 'ustrzyki',
		name: 'Ustrzyki Dolne',
		type: 'city',
		aliases: ['Ustrzyk Dolnych']
	}),
	makeEntity({ id: 'sanok', name: 'Sanok', type: 'city', aliases: ['Sanoka'] })
];

const credit = (answer: string) =>
	scoreEntityAnswer(makeEntityFact({ value: 'ustrzyki' }), bieszczady, answer, 'pl').credit;

describe('a plural town of two words', () => {
	it.each([
		'Ustrzyki Dolne',
		'Ustrzyk Dolnych',
		'Ustrzykach Dolnych',
		'w Ustrzykach Dolnych',
		'Ustrzyki'
	])('credits "%s"', (answer) => {
		expect(credit(answer)).toBe(1);
	});

	it.each(['Ustrzyki Górne', 'Ustrzykach Górnych', 'Sanok', 'Sanoku'])(
		'does not credit "%s"',
		(answer) => {
			expect(credit(answer)).toBe(0);
		}
	);
});
