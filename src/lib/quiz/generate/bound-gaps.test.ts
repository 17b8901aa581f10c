import { describe, expect, it } from 'vitest';
import type { Fact, Language } from '../content';
import type { QuizModule } from '../module';
import { seedModule, gappedFigureFact } from '../../testing/seed-module';
import { parseNumber } from '../language/number';
import { factQuality } from './quality';
import { distractorsOf } from './values';

/**
 * A figure the article gives as one end of an open range has no one answer in a gap: it is
 * never typed into one, never a cloze or a statement, and chosen only among figures beyond it.
 */

function moduleOf(language: Language, facts: Fact[]): QuizModule {
	const text = facts.map((fact) => fact.evidence).join(' ');
	return {
		...seedModule(),
		id: 'bound-gaps',
		language,
		article: { blocks: [{ type: 'paragraph' as const, text }] },
		facts,
		entities: []
	};
}

function gapAsked(
	language: Language,
	evidence: string,
	cloze: string,
	value: number,
	unit: string
) {
	const fact = gappedFigureFact('figure', value, evidence, cloze, unit, false, language);
	const quality = factQuality(moduleOf(language, [fact]), fact);
	return quality.gap || quality.typedWordings.some((wording) => wording.includes('_____'));
}

function options(language: Language, evidence: string, cloze: string, value: number, unit: string) {
	const fact = gappedFigureFact('figure', value, evidence, cloze, unit, false, language);
	return distractorsOf(moduleOf(language, [fact]), fact).map(
		(text) => parseNumber(text, language) as number
	);
}

describe('a gap after an open bound', () => {
	it.each([
		['More than 430 volunteers signed up to clear the canal towpath at Dunmore.', '430'],
		['The new reservoir at Hollins Bank will hold at least 2,600 tonnes of water.', '2,600'],
		['Upwards of 75 stalls are expected at the Tillbury craft market this weekend.', '75'],
		['The Corran footbridge appeal has raised over £38,000 so far, organisers said.', '38,000']
	])('is not asked in English: %s', (evidence, cloze) => {
		const value = Number(cloze.replace(/,/gu, ''));
		expect(gapAsked('en', evidence, cloze, value, 'volunteers')).toBe(false);
	});

	it.each([
		['Na festyn w Zalesiu Górnym przyszło ponad 640 mieszkańców gminy.', '640'],
		['Nowa ścieżka rowerowa wokół Jeziora Brodnickiego ma co najmniej 17 km długości.', '17'],
		['Remont wiaduktu w Kobylnicy pochłonął przeszło 290 tys. zł z budżetu gminy.', '290']
	])('is not asked in Polish: %s', (evidence, cloze) => {
		expect(gapAsked('pl', evidence, cloze, Number(cloze), 'mieszkańców')).toBe(false);
	});

	it('stays asked after "about", "nearly", "około" and "prawie"', () => {
		expect(
			gapAsked(
				'en',
				'About 430 volunteers signed up to clear the towpath at Dunmore.',
				'430',
				430,
				'volunteers'
			)
		).toBe(true);
		expect(
			gapAsked(
				'en',
				'Nearly 75 stalls are expected at the Tillbury craft market.',
				'75',
				75,
				'stalls'
			)
		).toBe(true);
		expect(
			gapAsked(
				'pl',
				'Na festyn w Zalesiu przyszło około 640 mieszkańców.',
				'640',
				640,
				'mieszkańców'
			)
		).toBe(true);
		expect(gapAsked('pl', 'Ścieżka wokół jeziora ma prawie 17 km długości.', '17', 17, 'km')).toBe(
			true
		);
	});

	it('is chosen only among figures beyond the bound', () => {
		const more = options(
			'en',
			'More than 430 volunteers signed up at Dunmore.',
			'430',
			430,
			'volunteers'
		);
		expect(more.length).toBeGreaterThan(0);
		for (const option of more) expect(option).toBeGreaterThan(430);
		const ponad = options(
			'pl',
			'Na festyn w Zalesiu przyszło ponad 640 mieszkańców.',
			'640',
			640,
			'mieszkańców'
		);
		expect(ponad.length).toBeGreaterThan(0);
		for (const option of ponad) expect(option).toBeGreaterThan(640);
		const fewer = options(
			'en',
			'Fewer than 90 pupils now attend Brackley Primary.',
			'90',
			90,
			'pupils'
		);
		expect(fewer.length).toBeGreaterThan(0);
		for (const option of fewer) expect(option).toBeLessThan(90);
	});

	it('stays asked after "over" that spreads a sum over a span of time', () => {
		expect(
			gapAsked(
				'en',
				'The loan from Harlow Credit Union is repaid over 36 months by the club.',
				'36',
				36,
				'months'
			)
		).toBe(true);
	});
});
