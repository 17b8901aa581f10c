import { describe, expect, it } from 'vitest';
import type { Fact } from '../content';
import { moduleOfParagraphs, gappedFigureFact } from '../../testing/seed-module';
import { generateQuiz } from './index';

/** A quiz asks one count of one to three things, more only when it has nothing else to ask. */

const paragraphs = [
	'The library trust will close its 2 village reading rooms in March.',
	'Volunteers from the 3 parish councils will run a mobile service instead.',
	'The trust has 2 vans fitted out for the route around Pelham Fen.',
	'Last year 4,800 people borrowed books from the reading rooms.',
	'The mobile service will stop at 36 villages every fortnight.',
	'Its budget for the year is £218,000, the trust said.',
	'The nearest branch at Corby Marsh is 14 miles away.',
	'A survey of 620 borrowers found most wanted the rooms kept.'
];
const facts: Fact[] = [
	gappedFigureFact('rooms', 2, paragraphs[0] as string, '2', 'village reading rooms'),
	gappedFigureFact('councils', 3, paragraphs[1] as string, '3', 'parish councils'),
	gappedFigureFact('vans', 2, paragraphs[2] as string, '2', 'vans'),
	gappedFigureFact('borrowed', 4800, paragraphs[3] as string, '4,800', 'people'),
	gappedFigureFact('villages', 36, paragraphs[4] as string, '36', 'villages'),
	gappedFigureFact('budget', 218_000, paragraphs[5] as string, '218,000', '£'),
	gappedFigureFact('miles', 14, paragraphs[6] as string, '14', 'miles'),
	gappedFigureFact('borrowers', 620, paragraphs[7] as string, '620', 'borrowers')
];
const module = moduleOfParagraphs('small-counts', 'en', paragraphs, facts);
const small = new Set(['rooms', 'councils', 'vans']);

const smallAsked = (seed: number, count: number) =>
	generateQuiz(module, { count }, seed).questions.filter((question) =>
		question.factIds.some((id) => small.has(id))
	).length;

describe('small counts in one quiz', () => {
	it('asks at most one count of one to three while other facts are left', () => {
		for (let seed = 1; seed <= 12; seed++) expect(smallAsked(seed, 5)).toBeLessThanOrEqual(1);
	});

	it('asks more of them when the quiz has nothing else to ask', () => {
		expect(smallAsked(3, 8)).toBeGreaterThan(1);
	});

	it('is the same quiz for the same seed', () => {
		expect(generateQuiz(module, { count: 5 }, 7)).toEqual(generateQuiz(module, { count: 5 }, 7));
	});
});
