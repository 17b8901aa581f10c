import { describe, expect, it } from 'vitest';
import type { Fact, Language } from '../content';
import { leansOnSentenceBefore, statementProblems } from '../check';
import {
	checkedGapQuestionsOf,
	gapQuestionsOf,
	expectShownAfter,
	polishFigure
} from '../../testing/gap-questions';
import { gappedFigureFact, moduleOfParagraphs } from '../../testing/seed-module';
import { withSentenceBefore } from './context';
import { checkContext } from './quality';
import { trueFalseGenerator } from './true-false';

/**
 * Sentences that lean on one before them by what they leave out: "the rest" of a sum, "That"
 * as a pronoun, an ordinal without its noun ("Drugi, …"), a verb with no subject, a bare
 * "Resort" or a budget of no one, a few words closing on a figure. A question shows the
 * sentence before them, never a cut quotation's tail, or is not asked; a true/false statement,
 * which shows one sentence, is refused.
 */

function questionsOf(language: Language, paragraphs: string[], facts: Fact[]) {
	return checkedGapQuestionsOf('elided', language, paragraphs, facts);
}

function expectLeaning(sentences: readonly string[], language: Language) {
	for (const sentence of sentences) {
		expect(leansOnSentenceBefore(sentence, language), sentence).toBe(true);
		expect(statementProblems(sentence, language), sentence).toContain('prompt-fragment');
	}
}

function expectStandingAlone(sentences: readonly string[], language: Language) {
	for (const sentence of sentences) {
		expect(leansOnSentenceBefore(sentence, language), sentence).toBe(false);
		expect(statementProblems(sentence, language), sentence).toEqual([]);
	}
}

describe('an English "the rest" or "That" standing for a sum the sentence before gave', () => {
	const budget = 'Running the Cromarty ferry costs Highland Council about £1.9m a year.';
	const rest = 'Ticket sales raise about £600,000 a year, so the rest comes from council tax.';

	it('shows the sentence with the whole before a gap inside the clause of "the rest"', () => {
		const fact = gappedFigureFact('ticket-sales', 600000, rest, '600,000', '');
		expectShownAfter(
			questionsOf('en', [`${budget} ${rest}`], [fact]),
			budget,
			'Ticket sales raise about £_____ a year'
		);
	});

	it('refuses "the rest" of a part and "That" before a verb, in a statement as in a gap', () => {
		expectLeaning(
			[
				rest,
				'That adds up to more than £4.5m over the 25 years of the lease.',
				"That's roughly £90 for every household in Dingwall.",
				'This covers about 40% of the cost of the new pier.'
			],
			'en'
		);
	});

	it('passes "the rest" of a whole the sentence gives, and "This" before a noun', () => {
		expectStandingAlone(
			[
				'Of the £1.9m, £600,000 comes from ticket sales and the rest from council tax.',
				'This year Highland Council will spend £1.9m on the Cromarty ferry.'
			],
			'en'
		);
	});
});

describe('a Polish ordinal standing alone before its apposition', () => {
	const reservoirs = 'Na Bystrzycy koło Zwolenia powstaną do 2029 r. dwa zbiorniki retencyjne.';
	const second = 'Drugi, zbiornik w Strykowicach, będzie miał 38 ha i zatrzyma wodę dla sadów.';

	it('is shown after the sentence naming its noun', () => {
		const fact = polishFigure('ha', 38, second, '38');
		expectShownAfter(
			questionsOf('pl', [`${reservoirs} ${second}`], [fact]),
			reservoirs,
			'Drugi, zbiornik w Strykowicach, będzie miał _____ ha'
		);
	});

	it('is refused as a statement, and passes with its noun', () => {
		expectLeaning([second, 'Kolejny – w Policznej – pomieści 1,2 mln m sześc. wody.'], 'pl');
		expectStandingAlone(
			['Drugi zbiornik, w Strykowicach, będzie miał 38 ha i zatrzyma wodę dla sadów.'],
			'pl'
		);
	});
});

describe('a Polish verb whose subject only the sentence before names', () => {
	const association =
		'Protest przeciw likwidacji oddziału zorganizowało stowarzyszenie Razem dla Opoczna.';
	const signatures = 'W ciągu dwóch tygodni zebrało 960 podpisów pod apelem do marszałka.';

	it('shows who collects, a neuter noun of the sentence before, before the gap', () => {
		const fact = polishFigure('podpisy', 960, signatures, '960');
		expectShownAfter(
			questionsOf('pl', [`${association} ${signatures}`], [fact]),
			association,
			'W ciągu dwóch tygodni zebrało _____ podpisów'
		);
	});

	it('refuses a main clause opening on its verb after a subordinate one', () => {
		expectLeaning(
			[
				signatures,
				'Ale gdy przyjdzie susza jak w 2019 r., zasili rzekę na kilka tygodni – mówi Anna Wrona, hydrolog.',
				'Jeśli rada powiatu się zgodzi, przejmie placówkę w lipcu.'
			],
			'pl'
		);
	});

	it('passes with the subject named, and with a figure counting the subject', () => {
		expectStandingAlone(
			[
				'Stowarzyszenie zebrało w ciągu dwóch tygodni ponad 3,2 tys. podpisów.',
				'W ciągu tygodnia zebrało się przed szpitalem ok. 300 osób.',
				'W wypadkach na drogach powiatu zginęło w 2025 r. 14 osób.',
				'Gdy przyjdzie susza jak w 2019 r., zbiornik zasili rzekę na kilka tygodni.'
			],
			'pl'
		);
	});
});

describe('a bare Polish institution or a budget of no one', () => {
	it('is refused as a statement, and passes with whose it is', () => {
		expectLeaning(
			[
				'Resort zapowiada dopłatę w wysokości 95 zł do hektara użytków zielonych.',
				'Spółka przekazała na remont kotłowni 1,4 mln zł.',
				'W budżecie na 2027 r. na przebudowę ronda zapisano 3,5 mln zł.'
			],
			'pl'
		);
		expectStandingAlone(
			[
				'Resort rolnictwa zapowiada dopłatę w wysokości 95 zł do hektara użytków zielonych.',
				'Spółka Wodociągi Kieleckie przekazała na remont kotłowni 1,4 mln zł.',
				'W budżecie gminy na 2027 r. na przebudowę ronda zapisano 3,5 mln zł.',
				'W budżecie na 2027 r. Rada Miasta Radomia zapisała na przebudowę ronda 3,5 mln zł.'
			],
			'pl'
		);
	});
});

describe('a sentence of a few words closing on its figure', () => {
	const outage = 'Severn Trent said homes in Bakewell went without water for up to 40 hours.';
	const payout = 'Households will get £75.';

	it('is shown after the sentence that says what the money is for', () => {
		const fact = gappedFigureFact('payout', 75, payout, '75', '');
		expectShownAfter(
			questionsOf('en', [`${outage} ${payout}`], [fact]),
			outage,
			'Households will get £_____.'
		);
	});

	it('is refused alone, and passes when a noun says what the figure counts', () => {
		expectLeaning([payout, 'Każdy dostanie 300 zł.'], 'en');
		expectStandingAlone(
			['The new pool has 25 lanes.', 'Households will get £75 each in compensation.'],
			'en'
		);
	});
});

describe('a cut quotation tail before a sentence that leans', () => {
	const leaning = 'Dodaje, że w magazynach koła leży jeszcze ok. 800 ton zboża ze żniw.';
	const fact = polishFigure('zboze', 800, leaning, '800');

	it('is not shown as its context: the question is not asked', () => {
		const quote =
			'– Skup płaci dziś 650 zł za tonę pszenicy. Rachunek jest prosty – mówi Jan Wrona, sołtys Sochocina.';
		const { numeric, cloze } = questionsOf('pl', [quote, leaning], [fact]);
		expect([numeric, cloze]).toEqual([undefined, undefined]);
	});

	it('while a plain sentence before is shown', () => {
		const named = 'Kołem rolników w Sochocinie kieruje sołtys Jan Wrona.';
		expectShownAfter(questionsOf('pl', [named, leaning], [fact]), named, 'Dodaje, że');
	});
});

describe('an English bare noun for a place the headline does not name', () => {
	const closure =
		'Derbyshire County Council shut the A632 between Matlock and Chesterfield on Monday.';
	const reopening = 'Highways officers said the road would reopen within 9 days.';

	it('is shown after the sentence naming it', () => {
		const fact = gappedFigureFact('days', 9, reopening, '9', '');
		expectShownAfter(
			questionsOf('en', [`${closure} ${reopening}`], [fact]),
			closure,
			'Highways officers said the road would reopen within _____ days.'
		);
	});

	it('stays alone when the headline names the place', () => {
		const fact = gappedFigureFact('days', 9, reopening, '9', '');
		const questions = gapQuestionsOf('elided', 'en', [`${closure} ${reopening}`], [fact]);
		const titled = { ...questions.module, title: 'Road between Matlock and Chesterfield shut' };
		expect(withSentenceBefore(titled, fact, reopening, checkContext(titled))).toBe(reopening);
		expect(withSentenceBefore(questions.module, fact, reopening, checkContext(titled))).toBe(
			`${closure} ${reopening}`
		);
	});
});

describe('a true/false statement with a bare noun for a place the headline does not name', () => {
	const closure =
		'Derbyshire County Council shut the A632 between Matlock and Chesterfield on Monday.';
	const reopening = 'Highways officers said the road would reopen within 9 days.';
	const named = 'Highways officers said the A632 would reopen within 9 days.';

	it('is not offered, while the same statement naming the road is', () => {
		const offered = (evidence: string) => {
			const fact = gappedFigureFact('days', 9, evidence, '9', '');
			const module = moduleOfParagraphs('elided', 'en', [`${closure} ${evidence}`], [fact]);
			return trueFalseGenerator.items(module).length;
		};
		expect(offered(reopening)).toBe(0);
		expect(offered(named)).toBe(1);
	});
});
