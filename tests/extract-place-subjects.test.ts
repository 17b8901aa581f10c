import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/lib/quiz/extract/extract';
import { loadMorphology } from '../src/lib/server/morphology';

/**
 * Who-did-what questions of a country or a place (unseen2 reading: "Who lost roughly one in
 * five of its public libraries?" keyed England, its "between 2010 and 2024" dropped), on news
 * sentences written here.
 */

const morphology = loadMorphology('pl');

function statementQuestions(text: string, language: 'pl' | 'en'): string[] {
	return extractFacts(text, { language, ...(language === 'pl' ? { morphology } : {}) })
		.candidates.filter((found) => found.kind === 'statement')
		.map((found) => found.question);
}

describe('a country that did something', () => {
	it('is asked "Which country", in Polish with the verb agreeing', () => {
		expect(statementQuestions('Germany denied the claim.', 'en')).toEqual([
			'Which country denied the claim?'
		]);
		expect(statementQuestions('Czechy zaprzeczyły tym doniesieniom.', 'pl')).toEqual([
			'Które państwo zaprzeczyło tym doniesieniom?'
		]);
	});

	it('leaves two countries joined as "Kto"', () => {
		expect(
			statementQuestions('Zarówno Czechy, jak i Węgry zaprzeczyły tym doniesieniom.', 'pl')
		).toEqual(['Kto zaprzeczył tym doniesieniom?']);
	});
});

describe('a place typed only as a place', () => {
	it('is not asked "Who": the sentence is quoted around a gap', () => {
		const [question] = statementQuestions('Wales cancelled the road scheme.', 'en');
		expect(question).not.toMatch(/^Who /u);
		expect(question).toContain('_____ cancelled the road scheme');
	});
});

describe('a town after "w", "in" before the verb', () => {
	it('is where the doer is, not the doer', () => {
		const keys = (text: string, language: 'pl' | 'en') =>
			extractFacts(text, { language, ...(language === 'pl' ? { morphology } : {}) })
				.candidates.filter((found) => found.kind === 'statement')
				.map((found) => found.value);
		// The organisation whose name holds the town is the doer.
		expect(keys('Sąd Rejonowy w Olsztynie ogłosił upadłość spółki Transkom.', 'pl')).toEqual([
			['sad-rejonowy-w-olsztynie']
		]);
		expect(statementQuestions('Police in Leeds denied the claim.', 'en')).toEqual([]);
	});
});

describe('a time phrase before the subject', () => {
	it('is kept after the predicate', () => {
		expect(
			statementQuestions(
				'Dr Mary Fell, who studies housing at the University of Leeds, said that between 2012 and 2022 France lost almost a third of its council houses.',
				'en'
			)
		).toEqual(['Which country lost almost a third of its council houses between 2012 and 2022?']);
		expect(
			statementQuestions('Officials said that in 2019 Mr John Smith denied the claim.', 'en')
		).toEqual(['Who denied the claim in 2019?']);
	});

	it('or the sentence is quoted, when it cannot be moved whole', () => {
		const [question] = statementQuestions('In March 2020 Germany denied the claim.', 'en');
		expect(question).toContain('In March 2020 _____ denied the claim.');
	});
});
