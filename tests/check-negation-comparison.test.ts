import { describe, expect, it } from 'vitest';
import { asksOfComparison, negationDropped, wordingProblems } from '../src/lib/quiz/check';
import { extractFacts } from '../src/lib/quiz/extract/extract';
import { loadMorphology } from '../src/lib/server/morphology';

/**
 * Questions the blind reading of tests/fixtures/unseen2 found to read wrong, on news sentences
 * written here: a negation dropped from a who-did-what question, so it states the opposite of
 * the article, and a question worded from the clause of a comparison ("niż …", "than …").
 */

const morphology = loadMorphology('pl');

function questionsOf(text: string, language: 'pl' | 'en'): string[] {
	return extractFacts(text, { language, ...(language === 'pl' ? { morphology } : {}) })
		.candidates.filter((found) => found.kind === 'statement' || found.kind === 'date')
		.map((found) => found.question);
}

describe('a who-did-what statement whose verb is negated', () => {
	it('keeps "nie" with the Polish verb', () => {
		expect(
			questionsOf(
				'Oskarżony Jan W. nie przyznał się do winy. Burmistrz Anna Nowak nie poparła wniosku radnych.',
				'pl'
			)
		).toEqual(['Kto nie przyznał się do winy?', 'Kto nie poparł wniosku radnych?']);
	});

	it('keeps "not", "never", "no longer" and the auxiliary with the English verb', () => {
		expect(
			questionsOf(
				'Acme Holdings has never paid the fine. Mr John Smith has not denied the claim. Mr Tom Baker hasn’t paid the fine. Northwind Council no longer provides the service.',
				'en'
			)
		).toEqual([
			'Who has never paid the fine?',
			'Who has not denied the claim?',
			'Who hasn’t paid the fine?',
			'Who no longer provides the service?'
		]);
	});

	it('gives the statement its negation on the review page too', () => {
		const statement = extractFacts('Oskarżony Jan W. nie przyznał się do winy.', {
			language: 'pl',
			morphology
		}).candidates.find((found) => found.kind === 'statement');
		expect(statement && 'predicate' in statement ? statement.predicate : '').toBe(
			'nie przyznał się do winy'
		);
	});
});

describe('the check of a question whose sentence negates its verb', () => {
	const said = 'Oskarżona Ewa K. nie przyznała się do winy i odmówiła składania wyjaśnień.';
	it('refuses the question that asserts it', () => {
		expect(negationDropped('Kto przyznał się do winy?', said)).toBe(true);
		expect(wordingProblems('Kto przyznał się do winy?', said, 'pl')).toContain('negation-dropped');
		expect(
			negationDropped('Who approved the plan?', 'The water company did not approve the plan.')
		).toBe(true);
		expect(
			negationDropped('Who signed the deal?', 'The mayor has never signed the deal, aides say.')
		).toBe(true);
	});

	it('leaves alone a question that keeps the negation or asks another verb', () => {
		expect(negationDropped('Kto nie przyznał się do winy?', said)).toBe(false);
		expect(negationDropped('Kto odmówił składania wyjaśnień?', said)).toBe(false);
		// The verb said once with and once without a negation: the question may ask either.
		expect(
			negationDropped(
				'Ile zł zapłaciła gmina?',
				'Spółka nie zapłaciła kary, a gmina zapłaciła 2 mln zł.'
			)
		).toBe(false);
		// "government", "percent": words ending like "didn't" folded deny nothing.
		expect(
			negationDropped(
				'Who announced the plan?',
				'The government announced the plan, and the agent signed it.'
			)
		).toBe(false);
		expect(
			negationDropped('Who signed the deal?', "The mayor didn't sign the deal, aides say.")
		).toBe(true);
		// "nie więcej niż", "not only": no verb denied.
		expect(
			negationDropped('Ile osób może wejść na most?', 'Na most może wejść nie więcej niż 20 osób.')
		).toBe(false);
	});
});

describe('a question worded from the clause of a comparison', () => {
	it('is not made: the sentence is quoted around a gap instead', () => {
		const [question] = questionsOf(
			'Remont potrwa dłużej, bo beton okazał się gorszy, niż wskazywały ekspertyzy z 2019 r.',
			'pl'
		);
		expect(question).toBeDefined();
		expect(question).not.toMatch(/^\p{L}+ niż/u);
		expect(question).toContain('_____');
	});

	it('is refused by the check when a question word leads into "niż" or "than"', () => {
		const said = 'Grunt okazał się słabszy, niż wskazywały odwierty z 2020 r.';
		expect(asksOfComparison('Z którego roku niż wskazywały odwierty?')).toBe(true);
		expect(wordingProblems('Kiedy niż wskazywały odwierty?', said, 'pl')).toContain(
			'prompt-fragment'
		);
		expect(asksOfComparison('When than forecasts suggested?')).toBe(true);
	});

	it('leaves a comparison of the figure itself alone', () => {
		expect(asksOfComparison('Ile osób więcej niż rok wcześniej przyszło na wiec?')).toBe(false);
		expect(asksOfComparison('How many more people than last year attended?')).toBe(false);
		expect(asksOfComparison('Ile kosztował remont?')).toBe(false);
	});
});
