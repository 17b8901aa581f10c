import { describe, expect, it } from 'vitest';
import type { Entity, Fact } from '../content';
import { moduleOfParagraphs } from '../../testing/seed-module';
import { distractorsOf } from './values';

/**
 * "Which city fills the gap: …on the edge of _____" offered a county and a country beside a
 * town (blind reading of tests/fixtures/unseen9); sentences written here.
 */

const place = (id: string, name: string, type: Entity['type']): Entity => ({
	id,
	name,
	type,
	aliases: []
});

describe('options of a town', () => {
	const paragraphs = [
		'A new health centre will open on the edge of Kendal in 2027.',
		'Patients from Sedbergh and Windermere now travel to Lancaster, in Lancashire, England.'
	];
	const fact: Fact = {
		id: 'kendal',
		kind: 'entity',
		value: 'kendal',
		questions: [
			'Which city fills the gap: "A new health centre will open on the edge of _____ in 2027."?'
		],
		evidence: paragraphs[0] as string,
		cloze: 'Kendal',
		aliases: []
	};
	const towns = ['Kendal', 'Sedbergh', 'Windermere', 'Lancaster'].map((name) =>
		place(name.toLowerCase(), name, 'city')
	);
	const areas = [place('lancashire', 'Lancashire', 'place'), place('england', 'England', 'place')];

	it('are towns, never a county or a country', () => {
		const module = moduleOfParagraphs('towns', 'en', paragraphs, [fact], [...towns, ...areas]);
		const options = distractorsOf(module, fact);
		expect(options).toEqual(expect.arrayContaining(['Sedbergh', 'Windermere', 'Lancaster']));
		expect(options).not.toContain('Lancashire');
		expect(options).not.toContain('England');
	});

	it('are too few for a choice when the article names no other town', () => {
		const module = moduleOfParagraphs(
			'towns',
			'en',
			paragraphs,
			[fact],
			[towns[0] as Entity, ...areas]
		);
		expect(distractorsOf(module, fact)).toEqual([]);
	});
});
