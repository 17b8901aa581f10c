import { describe, expect, it } from 'vitest';
import type { DateValue, Entity, Fact } from '../content';
import type { QuizModule } from '../module';
import { gappedFigureFact, moduleOfParagraphs, namedEntity } from '../../testing/seed-module';
import { everyQuestion } from '../../testing/questions';
import { askedKind } from '../extract/lexicon';
import { scoreQuestion } from '../score';
import { gapGender } from './gender';
import { generateQuiz } from './index';
import { factQuality } from './quality';
import { distractorsOf } from './values';

/**
 * Options and questions a prompt rules out or gives away (blind reading of unseen13): a man
 * among the options of "_____ said she waited", a count of two the sentence gives away, one
 * flood asked three times by its year, a name keyed in the nominative after "Burmistrz _____",
 * a school among the options of "represents Hillcrest on _____", a false "every 16 minutes" for 15,
 * a leisure centre asked as an organisation.
 * Sentences written here.
 */

const moduleOf = (
	language: 'pl' | 'en',
	paragraphs: string[],
	facts: Fact[],
	entities: Entity[] = []
): QuizModule => moduleOfParagraphs('prompt-rules-out', language, paragraphs, facts, entities);

const person = (id: string, name: string) => namedEntity(id, name, 'person');
const organisation = (id: string, name: string) => namedEntity(id, name);

const SEEDS = Array.from({ length: 12 }, (_, index) => index + 1);

describe('a pronoun after a person gap', () => {
	const paragraphs = [
		'Shopkeeper Janet Rowley, 64, of Bank Road, said she lost £1,200 of stock when the power failed on Friday.',
		'Mrs Carol Tenby and Mrs Ruth Aldous, who run the café next door, said trade had halved.',
		'Cllr Graham Pike said the council would pay. "We owe them that," he said.',
		'Engineer Paul Mercer said he expected the cable to be mended by Tuesday.'
	];
	const fact: Fact = {
		id: 'rowley',
		kind: 'entity',
		value: 'rowley',
		questions: [
			'Who fills the gap: "Shopkeeper _____, 64, of Bank Road, said she lost £1,200 of stock when the power failed on Friday."?'
		],
		evidence: paragraphs[0] as string,
		cloze: 'Janet Rowley',
		aliases: []
	};
	const people = [
		person('rowley', 'Janet Rowley'),
		person('tenby', 'Carol Tenby'),
		person('aldous', 'Ruth Aldous'),
		person('pike', 'Graham Pike'),
		person('mercer', 'Paul Mercer')
	];

	it('tells the gap’s gender unless a quotation or another person comes first', () => {
		const module = moduleOf('en', paragraphs, [fact], people);
		expect(gapGender(module, fact.questions[0] as string)).toBe('feminine');
		expect(gapGender(module, 'Who fills the gap: "_____ met Paul Mercer, and he agreed."?')).toBe(
			undefined
		);
		expect(gapGender(module, 'Who fills the gap: "_____ said: “He was late.”"?')).toBe(undefined);
		expect(gapGender(module, 'Who fills the gap: "_____, 70, said his shop shut."?')).toBe(
			'masculine'
		);
	});

	it('offers only women for "_____ … said she lost"', () => {
		const module = moduleOf('en', paragraphs, [fact], people);
		const questions = SEEDS.flatMap((seed) => everyQuestion(module, 'single-choice', seed));
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) {
			if (question.type !== 'single-choice') continue;
			const options = question.choices.map((choice) => choice.text);
			expect(options).not.toContain('Graham Pike');
			expect(options).not.toContain('Paul Mercer');
		}
	});
});

describe('a count the sentence gives away', () => {
	function askable(language: 'en' | 'pl', evidence: string, value: number, cloze: string) {
		const fact = gappedFigureFact('count', value, evidence, cloze, '', false, language);
		return factQuality(moduleOf(language, [evidence], [fact]), fact).askable;
	}

	it('is not asked after a comparative of two, "between" or with "both"', () => {
		expect(
			askable(
				'en',
				'Rail Ireland said the newer of its two trains, bought for £4.1m in 2019, would run from March.',
				2,
				'two'
			)
		).toBe(false);
		expect(
			askable(
				'en',
				'The 14-mile bus route between two Lochaber villages closes on 3 May.',
				2,
				'two'
			)
		).toBe(false);
		expect(
			askable(
				'en',
				'Two wardens were hired in June and both will patrol the beach at night.',
				2,
				'Two'
			)
		).toBe(false);
		expect(
			askable('pl', 'Starszy z dwóch promów, kupiony w 1998 r., kursuje co 40 minut.', 2, 'dwóch')
		).toBe(false);
	});

	it('is not asked when the items it counts follow it', () => {
		expect(
			askable(
				'en',
				'Sandbags were handed out from three depots, at Mill Lane, at the fire station and at Tesco, until 8pm.',
				3,
				'three'
			)
		).toBe(false);
		expect(
			askable(
				'pl',
				'Wodę rozdawano w dwóch punktach: przy Urzędzie Gminy i na stadionie OSiR, do godz. 22.',
				2,
				'dwóch'
			)
		).toBe(false);
	});

	it('is asked when nothing in the sentence counts it', () => {
		expect(
			askable(
				'en',
				'The council will close two libraries, in a bid to save £310,000 a year.',
				2,
				'two'
			)
		).toBe(true);
		expect(
			askable(
				'en',
				'The road will shut for three weeks, and buses will divert via Oak Lane and Elm Road.',
				3,
				'three'
			)
		).toBe(true);
		expect(
			askable(
				'en',
				'Crews from three stations, at Kelso and Hawick, fought the blaze for 6 hours.',
				3,
				'three'
			)
		).toBe(true);
	});
});

describe('a date asked again by another sentence', () => {
	function dateFact(id: string, evidence: string, value: DateValue, cloze: string): Fact {
		return {
			id,
			kind: 'date',
			value,
			questions: [`Kiedy? Uzupełnij lukę: „${evidence.replace(cloze, '_____')}”`],
			evidence,
			cloze,
			aliases: []
		};
	}

	it('is one fact for a quiz when the year is the same', () => {
		const zdania = [
			'W lipcu 2021 r. rzeka Bystrzyna zalała 80 domów w Sulejowie, a straty wyceniono na 6 mln zł.',
			'Gmina za 900 tys. zł podniesie wały, które w 2021 r. przerwała woda.',
			'Gdy przyjdzie ulewa jak w 2021 r., polder przyjmie 400 tys. m sześc. wody – mówi wójt Anna Kret.',
			'Budowa polderu ruszy w 2027 r. i potrwa 18 miesięcy.'
		];
		const facts = [
			dateFact('lipiec-2021', zdania[0] as string, { year: 2021, month: 7 }, 'lipcu 2021'),
			dateFact('wały-2021', zdania[1] as string, { year: 2021 }, '2021'),
			dateFact('ulewa-2021', zdania[2] as string, { year: 2021 }, '2021'),
			dateFact('budowa-2027', zdania[3] as string, { year: 2027 }, '2027')
		];
		const module = moduleOf('pl', zdania, facts);
		for (const seed of SEEDS) {
			const asked = generateQuiz(module, { count: 8 }, seed).questions.flatMap(
				(question) => question.factIds
			);
			expect(asked.filter((id) => id.endsWith('2021')).length).toBeLessThanOrEqual(1);
		}
	});
});

describe('a Polish name in a gap after a noun', () => {
	it('is keyed as the article writes it, and any form of it scores', () => {
		const zdania = [
			'Wójt gminy Kolno Adam Brzeski zapowiedział, że gmina dołoży 450 tys. zł do remontu szkoły.',
			'Powiat Kolneński i gmina Turośl mają dać po 200 tys. zł.'
		];
		const fact: Fact = {
			id: 'gmina-kolno',
			kind: 'entity',
			value: 'kolno',
			questions: [
				'Jakie miejsce pasuje do luki: „Wójt _____ Adam Brzeski zapowiedział, że gmina dołoży 450 tys. zł do remontu szkoły.”?'
			],
			evidence: zdania[0] as string,
			cloze: 'gminy Kolno',
			aliases: []
		};
		const module = moduleOf(
			'pl',
			zdania,
			[fact],
			[
				{ id: 'kolno', name: 'gmina Kolno', type: 'organisation', aliases: [] },
				{ id: 'turosl', name: 'gmina Turośl', type: 'organisation', aliases: [] }
			]
		);
		const question = everyQuestion(module, 'short-answer', 1)[0];
		expect(question?.type).toBe('short-answer');
		if (question?.type !== 'short-answer') return;
		expect(question.key.value).toBe('gminy Kolno');
		for (const answer of ['gminy Kolno', 'gmina Kolno'])
			expect(scoreQuestion(module, question, answer).credit).toBe(1);
		expect(scoreQuestion(module, question, 'gmina Turośl').credit).toBe(0);
	});
});

describe('the body a councillor represents a ward on', () => {
	it('offers only councils', () => {
		const paragraphs = [
			'Cllr Amir Shah, who represents Hillcrest ward on Kelsby Borough Council, said the leak had been reported in May.',
			'Pupils at Wrenfield Academy were sent home, and Kelsby General Hospital brought in 40 tankers of water.',
			'Northshire County Council and Dunmore Town Council opened 3 rest centres.'
		];
		const fact: Fact = {
			id: 'borough',
			kind: 'entity',
			value: 'borough',
			questions: [
				'Which organisation fills the gap: "Cllr Amir Shah, who represents Hillcrest ward on _____, said the leak had been reported in May."?'
			],
			evidence: paragraphs[0] as string,
			cloze: 'Kelsby Borough Council',
			aliases: []
		};
		const module = moduleOf(
			'en',
			paragraphs,
			[fact],
			[
				organisation('borough', 'Kelsby Borough Council'),
				organisation('academy', 'Wrenfield Academy'),
				organisation('hospital', 'Kelsby General Hospital'),
				organisation('county', 'Northshire County Council'),
				organisation('town', 'Dunmore Town Council')
			]
		);
		const options = distractorsOf(module, fact);
		expect(options).toContain('Northshire County Council');
		expect(options).not.toContain('Wrenfield Academy');
		expect(options).not.toContain('Kelsby General Hospital');
	});
});

describe('a false figure of a true/false statement', () => {
	it('is no step off the key: every 15 minutes is never made 16', () => {
		const evidence =
			'Buses on the X7 will run every 15 minutes from Monday, Metro Lines said on 3 June.';
		const fact = gappedFigureFact('minutes', 15, evidence, '15', 'minutes');
		const module = moduleOf('en', [evidence], [fact]);
		const seeds = Array.from({ length: 40 }, (_, index) => index + 1);
		const falseFigures = seeds
			.flatMap((seed) => everyQuestion(module, 'true-false', seed))
			.filter((question) => question.type === 'true-false' && question.key.choiceIds[0] === 'false')
			.map((question) => Number(/every (\d+) minutes/u.exec(question.prompt)?.[1]));
		expect(falseFigures.length).toBeGreaterThan(0);
		for (const figure of falseFigures) expect(Math.abs(figure - 15)).toBeGreaterThanOrEqual(2.25);
	});
});

describe('a venue the article names', () => {
	it('is asked as a place, among venues only', () => {
		expect(askedKind('organisation', 'Brook Street Leisure Centre')).toBe('place');
		expect(askedKind('organisation', 'Stadion Miejski w Kolnie')).toBe('place');
		expect(askedKind('organisation', 'Kelsby Borough Council')).toBe('organisation');
		const paragraphs = [
			'Sandbags were handed out at the Brook Street Leisure Centre until 8pm on Friday.',
			'Kelsby Borough Council and Northshire County Council paid for 4,000 bags; Oakfield Park and the Kelsby Sports Centre stayed shut.'
		];
		const fact: Fact = {
			id: 'centre',
			kind: 'entity',
			value: 'centre',
			questions: [
				'Which place fills the gap: "Sandbags were handed out at the _____ until 8pm on Friday."?'
			],
			evidence: paragraphs[0] as string,
			cloze: 'Brook Street Leisure Centre',
			aliases: []
		};
		const module = moduleOf(
			'en',
			paragraphs,
			[fact],
			[
				organisation('centre', 'Brook Street Leisure Centre'),
				organisation('borough', 'Kelsby Borough Council'),
				organisation('county', 'Northshire County Council'),
				organisation('park', 'Oakfield Park'),
				organisation('sports', 'Kelsby Sports Centre')
			]
		);
		const options = distractorsOf(module, fact);
		expect(options).toContain('Kelsby Sports Centre');
		expect(options).not.toContain('Kelsby Borough Council');
		expect(options).not.toContain('Northshire County Council');
		const payer: Fact = {
			id: 'borough-pays',
			kind: 'entity',
			value: 'borough',
			questions: ['Which organisation paid for 4,000 bags with Northshire County Council?'],
			evidence: paragraphs[1] as string,
			aliases: []
		};
		const payers = distractorsOf(moduleOf('en', paragraphs, [payer], module.entities), payer);
		expect(payers).not.toContain('Kelsby Sports Centre');
		expect(payers).not.toContain('Oakfield Park');
	});
});
