import { describe, expect, it } from 'vitest';
import {
	clozeQuestion,
	numericQuestion as numeric,
	shortAnswerQuestion as shortAnswer
} from '../testing/checked-questions';
import { checkQuestion } from './check';
import { extractFacts } from './extract/extract';
import type { QuestionWithKey } from './question';

const cloze = (sentence: string, key: string, evidence: string) =>
	clozeQuestion(sentence, key, evidence, 'en');

const en = { language: 'en' as const };

describe('an English sentence whose subject is a pronoun naming no one (loop-en reading)', () => {
	it('is refused as a cloze when it opens on "He", "She" or "It"', () => {
		const said = 'He said the council would still run about 31 libraries after the cuts.';
		expect(
			checkQuestion(
				cloze(
					'He said the council would still run about _____ libraries after the cuts.',
					'31',
					said
				),
				en
			)
		).toContain('prompt-fragment');
		const drift = 'It is drifting at about 12 km/h towards the coast of Norway.';
		expect(
			checkQuestion(
				cloze('It is drifting at about _____ km/h towards the coast of Norway.', '12', drift),
				en
			)
		).toContain('prompt-fragment');
	});

	it('is refused as a quoted gap when the pronoun follows an opening phrase of time', () => {
		const paid = 'Between 2019 and 2023 it paid out about £84m, the regulator said.';
		expect(
			checkQuestion(
				numeric(
					'Which number fills the gap: "Between 2019 and 2023 it paid out about £_____, the regulator said."?',
					84_000_000,
					paid
				),
				en
			)
		).toContain('prompt-fragment');
		const land = 'In March it will reopen the branch line to Kelso.';
		expect(
			checkQuestion(
				shortAnswer(
					'When? Fill the gap: "_____ it will reopen the branch line to Kelso."',
					'March',
					land
				),
				en
			)
		).toContain('prompt-fragment');
	});

	it('is refused as a question whose subject is "it"', () => {
		const evidence = 'In 2029 it will land near the south pole of the Moon.';
		expect(
			checkQuestion(
				shortAnswer('When will it land near the south pole of the Moon?', '2029', evidence),
				en
			)
		).toContain('prompt-fragment');
	});

	it('leaves a pronoun after its noun, a person who acts, and an impersonal "it"', () => {
		const council = 'The council said it would close 12 libraries by June.';
		expect(
			checkQuestion(
				cloze('The council said it would close _____ libraries by June.', '12', council),
				en
			)
		).toEqual([]);
		const took = 'It took 3 years to rebuild the bridge at Ashby.';
		expect(
			checkQuestion(cloze('It took _____ years to rebuild the bridge at Ashby.', '3', took), en)
		).toEqual([]);
		const judge = 'She sentenced Tom Hale to 9 years and his partner to 6 years.';
		expect(
			checkQuestion(
				cloze('She sentenced Tom Hale to _____ years and his partner to 6 years.', '9', judge),
				en
			)
		).toEqual([]);
		const monday = 'On Monday the agency said 48 stations would close.';
		expect(
			checkQuestion(
				cloze('On Monday the agency said _____ stations would close.', '48', monday),
				en
			)
		).toEqual([]);
	});
});

describe('a gap whose figure is given again, converted, in brackets (loop-en reading)', () => {
	const depot = 'The new depot is 20 miles (32km) from the city centre.';

	it('is refused: the conversion gives the answer away', () => {
		expect(
			checkQuestion(
				cloze('The new depot is _____ miles (32km) from the city centre.', '20', depot),
				en
			)
		).toContain('prompt-fragment');
		expect(
			checkQuestion(
				numeric(
					'Which number fills the gap: "The new depot is _____ miles (32km) from the city centre."?',
					20,
					depot
				),
				en
			)
		).toContain('prompt-fragment');
	});

	it('leaves brackets that convert nothing', () => {
		const drive = 'The new depot is 20 miles from the city centre (a short drive).';
		expect(
			checkQuestion(
				cloze('The new depot is _____ miles from the city centre (a short drive).', '20', drive),
				en
			)
		).toEqual([]);
	});
});

describe('a quoted gap drops the unnamed speaker it opens on (loop-en reading)', () => {
	function numberQuestions(text: string): string[] {
		return extractFacts(text, { language: 'en' })
			.candidates.filter((candidate) => candidate.kind === 'number')
			.map((candidate) => candidate.question);
	}

	it('quotes what was said, not "He said"', () => {
		const text =
			'The bakery chain Hollins will close 40 shops, its owner Mr Tom Arden said on Monday. He said the chain would still employ about 2,600 bakers after the closures.';
		const asked = numberQuestions(text).find((question) => question.includes('bakers'));
		expect(asked).toBe(
			'Which number fills the gap: "…the chain would still employ about _____ bakers after the closures."?'
		);
		expect(checkQuestion(numeric(asked ?? '', 2600, text.split('. ')[1] ?? ''), en)).toEqual([]);
	});

	it('keeps a speaker the sentence names', () => {
		const text =
			'Mr Tom Arden said the chain would still employ about 2,600 bakers after the closures.';
		const asked = numberQuestions(text).find((question) => question.includes('bakers'));
		expect(asked).toContain('Mr Tom Arden said');
	});
});

describe('an English statement or gap that leans on the sentence before (loop-en reading)', () => {
	function trueFalse(statement: string, isTrue: boolean, evidence: string): QuestionWithKey {
		return {
			id: 'true-false.f',
			type: 'true-false',
			factIds: ['f'],
			prompt: `True or false? ${statement}`,
			choices: [
				{ id: 'true', text: 'True' },
				{ id: 'false', text: 'False' }
			],
			evidence: [evidence],
			key: { choiceIds: [isTrue ? 'true' : 'false'] }
		};
	}

	it('refuses a true/false statement whose subject is "it"', () => {
		const evidence = 'It is circling the planet every 94 minutes at a height of 410 km.';
		expect(
			checkQuestion(
				trueFalse(
					'It is circling the planet every 120 minutes at a height of 410 km.',
					false,
					evidence
				),
				en
			)
		).toContain('prompt-fragment');
	});

	it('refuses a gap opening on "Its" or "Their" with no one named', () => {
		const evidence = 'Its findings will be published 9 months after the survey.';
		expect(
			checkQuestion(
				cloze('Its findings will be published _____ months after the survey.', '9', evidence),
				en
			)
		).toContain('prompt-fragment');
	});

	it('refuses "Its chief executive, Mr …,": the apposition names the speaker, not the owner', () => {
		const evidence = 'Its chief executive, Mr Owen Pryor, said the plan would save £4.1m a year.';
		expect(
			checkQuestion(
				cloze(
					'Its chief executive, Mr Owen Pryor, said the plan would save £_____ a year.',
					'4.1m',
					evidence
				),
				en
			)
		).toContain('prompt-fragment');
	});
});

describe('a date gap keeps the "from" of its span outside (loop-en reading)', () => {
	it('asks "from _____ to 2018", not "_____ to 2018"', () => {
		const text =
			'The old lighthouse, which guided ships into Dunmore from 2004 to 2017, was sold to a hotel group.';
		const questions = extractFacts(text, { language: 'en' })
			.candidates.filter((candidate) => candidate.kind === 'date')
			.map((candidate) => candidate.question);
		expect(questions).toContain(
			'Which year fills the gap: "The old lighthouse, which guided ships into Dunmore from _____ to 2017, was sold to a hotel group."?'
		);
	});
});
