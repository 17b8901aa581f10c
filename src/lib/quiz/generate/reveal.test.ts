import { describe, expect, it } from 'vitest';
import { checkQuiz } from '../check';
import { findFact, type QuizModule } from '../module';
import type { QuestionWithKey } from '../question';
import { makeEntity, makeEntityFact } from '../../testing/score-facts';
import { seedModule } from '../../testing/seed-module';
import { mentionsFact, quizExposure } from './reveal';

const module = seedModule();

describe('mentionsFact', () => {
	const reports = findFact(module, 'first-reports');

	it('takes a date’s year shown elsewhere as giving its answer away', () => {
		if (!reports) throw new Error('the seed module has no first-reports fact');
		expect(mentionsFact(module, 'Było to w 2024 roku, przed zimą.', reports)).toBe(true);
		expect(mentionsFact(module, 'Doniesienia pojawiły się jesienią 2024 roku.', reports)).toBe(
			true
		);
	});

	it('leaves other years and figures that only contain the year alone', () => {
		if (!reports) throw new Error('the seed module has no first-reports fact');
		expect(mentionsFact(module, 'Było to w 2023 roku.', reports)).toBe(false);
		expect(mentionsFact(module, 'Wysłano 12024 pocisków.', reports)).toBe(false);
	});
});

describe('quizExposure of a quote cut short on the start of a name', () => {
	const evidence =
		'The regional development bank put in £4m and the city council £1.5m, with the rest from private donors and a Dutch fund, Kestrel Bio Partners.';
	const base = seedModule();
	const withFund: QuizModule = {
		...base,
		entities: [
			...base.entities,
			makeEntity({ id: 'kestrel-bio-partners', name: 'Kestrel Bio Partners', type: 'organisation' })
		],
		facts: [
			...base.facts,
			makeEntityFact({ id: 'dutch-fund', value: 'kestrel-bio-partners', evidence })
		]
	};
	const asksFund: QuestionWithKey = {
		id: 'short-answer.dutch-fund',
		type: 'short-answer',
		factIds: ['dutch-fund'],
		prompt: 'Which Dutch fund put in the rest?',
		evidence: [evidence],
		key: { value: 'Kestrel Bio Partners' }
	};
	const cut: QuestionWithKey = {
		id: 'short-answer.bank',
		type: 'short-answer',
		factIds: ['first-reports'],
		prompt:
			'Which organisation fills the gap: "The _____ put in £4m and the city council £1.5m, with the rest from private donors and a Dutch fund, Kestrel…"?',
		evidence: [evidence],
		key: { value: 'regional development bank' }
	};

	it('counts the cut quote as showing the name, whichever question came first', () => {
		const fundFirst = quizExposure(withFund);
		fundFirst.add(asksFund);
		expect(fundFirst.answersChosen(cut)).toBe(true);
		const cutFirst = quizExposure(withFund);
		cutFirst.add(cut);
		expect(cutFirst.shows(['dutch-fund'])).toBe(true);
		expect(checkQuiz([asksFund, cut], { language: 'en' })).toContainEqual({
			index: 0,
			issue: 'answer-shown-elsewhere',
			other: 1
		});
	});

	it('leaves a quote cut on another word alone', () => {
		const other = { ...cut, prompt: cut.prompt.replace('a Dutch fund, Kestrel…', 'a Dutch…') };
		const exposure = quizExposure(withFund);
		exposure.add(asksFund);
		expect(exposure.answersChosen(other)).toBe(false);
		expect(checkQuiz([asksFund, other], { language: 'en' })).toEqual([]);
	});
});
