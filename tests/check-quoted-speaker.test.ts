import { describe, expect, it } from 'vitest';
import { statementProblems, speakerUnnamed, wordingProblems } from '../src/lib/quiz/check';

/**
 * Polish direct speech shown alone: a quotation closed by its verb alone ("– dodaje."), or
 * opened by a dash with no attribution, leaves the learner asking who says it; a narrative
 * "tam" asks where.
 */

const asked = (sentence: string) => `Jaka liczba pasuje do luki: „${sentence}”?`;

describe('a Polish quotation whose speaker the sentence does not name', () => {
	it('is refused when closed by a bare speech verb, in the present or the past', () => {
		const evidence = '– W Dębnie zostało nam już tylko 14 pszczelarzy – mówiła.';
		expect(
			wordingProblems(
				asked('W Dębnie zostało nam już tylko _____ pszczelarzy – mówiła.'),
				evidence,
				'pl'
			)
		).toContain('prompt-fragment');
		for (const verb of ['dodaje', 'podkreśla', 'wylicza', 'przyznał', 'zaznaczyła', 'tłumaczy'])
			expect(statementProblems(`Most przy młynie ma 40 lat – ${verb}.`, 'pl'), verb).toContain(
				'prompt-fragment'
			);
		expect(statementProblems('Most przy młynie ma 40 lat – dodaje z uśmiechem.', 'pl')).toContain(
			'prompt-fragment'
		);
	});

	it('is refused when opened by a dash with no attribution in it', () => {
		const evidence = '– Dziadek zaczynał z jedną łodzią i trzema rybakami.';
		expect(
			wordingProblems(asked('Dziadek zaczynał z jedną łodzią i _____ rybakami.'), evidence, 'pl')
		).toContain('prompt-fragment');
	});

	it('is refused inside a paragraph of direct speech, before the attribution closes it', () => {
		const article = [
			'Gmina Lipowo kupiła nowy autobus szkolny.',
			'– Stary woził dzieci przez 22 lata. Nowy ma 40 miejsc i windę. Jeździ od poniedziałku – mówi wójt Teresa Głąb.'
		].join('\n');
		const context = { language: 'pl' as const, article };
		expect(
			speakerUnnamed('Nowy ma _____ miejsc i windę.', 'Nowy ma 40 miejsc i windę.', context)
		).toBe(true);
		expect(
			speakerUnnamed(
				'Gmina Lipowo kupiła _____ autobus szkolny.',
				'Gmina Lipowo kupiła nowy autobus szkolny.',
				context
			)
		).toBe(false);
	});

	it('passes when the attribution names the speaker, by name or by function', () => {
		const named = 'Świetlica potrzebuje 12 nowych krzeseł – mówi Jan Kowalski, sołtys Lipin.';
		expect(statementProblems(named, 'pl')).toEqual([]);
		expect(
			wordingProblems(
				asked('Remont kosztował _____ tys. zł – dodaje wójt Nowak.'),
				'– Remont kosztował 300 tys. zł – dodaje wójt Nowak.',
				'pl'
			)
		).toEqual([]);
		expect(
			wordingProblems(
				asked('Remont kosztował _____ tys. zł – podkreśla burmistrz.'),
				'– Remont kosztował 300 tys. zł – podkreśla burmistrz.',
				'pl'
			)
		).toEqual([]);
	});
});

describe('a Polish "tam" standing for a place the sentence does not name', () => {
	it('is refused alone, and passes after a place it names or before "gdzie"', () => {
		const there = 'Od marca 2027 r. spółka ma tam produkować 15 ton makaronu dziennie.';
		expect(wordingProblems(asked(there.replace('15', '_____')), there, 'pl')).toContain(
			'prompt-fragment'
		);
		const named = 'W Opatowie spółka ma tam produkować 15 ton makaronu dziennie.';
		expect(wordingProblems(asked(named.replace('15', '_____')), named, 'pl')).toEqual([]);
		const ahead = 'Spółka zbuduje halę tam, gdzie stał tartak, za 15 mln zł.';
		expect(wordingProblems(asked(ahead.replace('15', '_____')), ahead, 'pl')).toEqual([]);
	});
});
