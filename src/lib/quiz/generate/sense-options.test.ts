import { describe, expect, it } from 'vitest';
import type { Entity, Fact } from '../content';
import { describeKey, keyFigureFormat } from '../describe';
import { parseNumber } from '../language/number';
import type { QuizModule } from '../module';
import { scoreQuestion } from '../score';
import { moduleOfParagraphs } from '../../testing/seed-module';
import { everyQuestion } from '../../testing/questions';
import { personGender } from './gender';
import { generateQuiz } from './index';
import { factQuality } from './quality';
import { distractorsOf, figureAsWritten, namesSameThing } from './values';

/**
 * Options and keys that everyday sense or the prompt itself rules out (blind reading of
 * tests/fixtures/unseen6), on sentences written here: ten times a count per group, a figure
 * the prompt shows, a part larger than its whole allows, a key the rest of the sentence adds
 * up to, "Mrs _____" among men, two names of one body, a year of a span, a figure of speech.
 */

const moduleOf = (
	language: 'pl' | 'en',
	paragraphs: string[],
	facts: Fact[],
	entities: Entity[] = []
): QuizModule => moduleOfParagraphs('sense', language, paragraphs, facts, entities);

function numberFact(
	id: string,
	value: number,
	unit: string,
	evidence: string,
	cloze: string,
	questions: string[] = []
): Fact {
	return {
		id,
		kind: 'number',
		value,
		unit,
		approximate: false,
		questions,
		evidence,
		cloze,
		aliases: []
	};
}

const entity = (id: string, name: string, type: Entity['type'] = 'person'): Entity => ({
	id,
	name,
	type,
	aliases: []
});

function optionValues(module: QuizModule, fact: Fact): number[] {
	return distractorsOf(module, fact).map((text) => parseNumber(text, module.language) ?? NaN);
}

const SEEDS = Array.from({ length: 12 }, (_, index) => index + 1);

describe('options of a small count, a duration or a distance', () => {
	it('stay near the key: no tenfold count of pupils per class', () => {
		const evidence = 'Szkoła będzie miała sześć klas po 22 uczniów.';
		const fact = numberFact('uczniowie-22', 22, 'uczniów', evidence, '22');
		const options = optionValues(moduleOf('pl', [evidence], [fact]), fact);
		expect(options.length).toBeGreaterThanOrEqual(3);
		for (const option of options) {
			expect(option).toBeLessThanOrEqual(22 * 2);
			expect(option).toBeGreaterThanOrEqual(22 / 2);
		}
	});

	it('keep beds per ward and months of works near the key in English', () => {
		const evidence = 'Each of the new wards has 18 beds, and the building work took 14 months.';
		const beds = numberFact('beds-18', 18, 'beds', evidence, '18');
		const months = numberFact('months-14', 14, 'months', evidence, '14');
		const module = moduleOf('en', [evidence], [beds, months]);
		for (const [fact, key] of [
			[beds, 18],
			[months, 14]
		] as const) {
			const options = optionValues(module, fact);
			expect(options.length).toBeGreaterThanOrEqual(3);
			for (const option of options) expect(option).toBeLessThanOrEqual(key * 2);
		}
	});

	it('keep a distance of a short drive near the key and off the prompt’s other figures', () => {
		const evidence = 'Ratownicy z Wąbrzeźna, oddalonego o 18 km, jadą na miejsce ok. 25 minut.';
		const fact = numberFact('km-18', 18, 'km', evidence, '18');
		const options = optionValues(moduleOf('pl', [evidence], [fact]), fact);
		expect(options.length).toBeGreaterThanOrEqual(3);
		expect(options).not.toContain(25);
		for (const option of options) expect(option).toBeLessThan(40);
	});

	it('still shift a sum of money by ten', () => {
		const evidence = 'The new library cost £3.5m.';
		const fact = numberFact('cost', 3_500_000, '£', evidence, '3.5m');
		expect(optionValues(moduleOf('en', [evidence], [fact]), fact)).toContain(35_000_000);
	});

	it('write no sum below the key’s scale word beside "m" figures', () => {
		const evidence = 'The new library cost £3.5m.';
		const fact = numberFact('cost', 3_500_000, '£', evidence, '3.5m');
		for (const option of distractorsOf(moduleOf('en', [evidence], [fact]), fact))
			expect(parseNumber(option, 'en')).toBeGreaterThanOrEqual(1_000_000);
	});
});

describe('options of a sum written with a scale word', () => {
	it('are all written with one: "2 124 000 000" is no option beside "212,4 mln"', () => {
		const evidence = 'Obwodnica kosztowała 212,4 mln zł.';
		const fact = numberFact('zl-212400000', 212_400_000, 'zł', evidence, '212,4 mln');
		const module = moduleOf('pl', [evidence], [fact]);
		const options = optionValues(module, fact);
		expect(options.length).toBeGreaterThanOrEqual(3);
		for (const option of options)
			expect(figureAsWritten(module, fact, option)).toMatch(/mln|mld|tys\./u);
	});
});

describe('options the prompt rules out', () => {
	it('never repeat a figure the sentence shows, and a growth "from A to _____" stays above A', () => {
		const evidence = 'The reading room has grown from 340 sq m to 450 sq m.';
		const fact = numberFact('sq-450', 450, 'sq m', evidence, '450');
		const options = optionValues(moduleOf('en', [evidence], [fact]), fact);
		expect(options.length).toBeGreaterThanOrEqual(2);
		for (const option of options) expect(option).toBeGreaterThan(340);
	});

	it('keep a fall "z A do _____" below A in Polish', () => {
		const evidence = 'Liczba uczniów spadła z 80 do 62 w ciągu trzech lat.';
		const fact = numberFact('uczniowie-62', 62, 'uczniów', evidence, '62');
		const options = optionValues(moduleOf('pl', [evidence], [fact]), fact);
		expect(options.length).toBeGreaterThanOrEqual(2);
		for (const option of options) expect(option).toBeLessThan(80);
	});

	it('keep a part within the whole less the other parts shown', () => {
		const evidence =
			'Hala kosztowała 5,2 mln zł, z czego 3,1 mln zł dał rząd, a 800 tys. zł powiat.';
		const facts = [
			numberFact('zl-5200000', 5_200_000, 'zł', evidence, '5,2 mln'),
			numberFact('zl-3100000', 3_100_000, 'zł', evidence, '3,1 mln'),
			numberFact('zl-800000', 800_000, 'zł', evidence, '800 tys.')
		];
		const module = moduleOf('pl', [evidence], facts);
		const options = optionValues(module, facts[2] as Fact);
		expect(options.length).toBeGreaterThanOrEqual(2);
		for (const option of options) expect(option).toBeLessThan(2_100_000);
	});
});

describe('a figure the rest of its sentence adds up to', () => {
	const evidence = 'Of the £6.5m, £4.1m comes from the lottery and £2.4m from the council.';
	const facts = [
		numberFact('whole', 6_500_000, '£', evidence, '6.5m'),
		numberFact('lottery', 4_100_000, '£', evidence, '4.1m', [
			`Which number fills the gap: "Of the £6.5m, £_____ comes from the lottery and £2.4m from the council."?`,
			'What sum comes from the lottery?'
		]),
		numberFact('council', 2_400_000, '£', evidence, '2.4m')
	];
	const module = moduleOf('en', [evidence], facts);

	it('is asked in no gap of that sentence', () => {
		expect(factQuality(module, facts[1] as Fact).gap).toBe(false);
		const questions = SEEDS.flatMap((seed) => [
			...everyQuestion(module, 'numeric', seed),
			...everyQuestion(module, 'single-choice', seed),
			...everyQuestion(module, 'cloze', seed),
			...everyQuestion(module, 'true-false', seed)
		]).filter((question) => question.factIds.includes('lottery'));
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) expect(question.prompt).not.toContain('_____');
	});

	it('nor is the whole when every part is shown (Polish)', () => {
		const zdanie = 'Z 4,4 mln zł kosztów 3 mln zł dał rząd, a resztę, 1,4 mln zł, gmina.';
		const pl = [
			numberFact('calosc', 4_400_000, 'zł', zdanie, '4,4 mln', [
				'Jaka liczba pasuje do luki: „Z _____ zł kosztów 3 mln zł dał rząd, a resztę, 1,4 mln zł, gmina.”?'
			]),
			numberFact('rzad', 3_000_000, 'zł', zdanie, '3 mln'),
			numberFact('gmina', 1_400_000, 'zł', zdanie, '1,4 mln')
		];
		const plModule = moduleOf('pl', [zdanie], pl);
		expect(factQuality(plModule, pl[0] as Fact).gap).toBe(false);
		expect(factQuality(plModule, pl[0] as Fact).wordings).toEqual([]);
	});
});

describe('a key the gap takes as the article writes it', () => {
	const evidence = 'Najtańsza oferta w przetargu na halę opiewała na 6,3 mln zł.';
	const fact = numberFact('zl-6300000', 6_300_000, 'zł', evidence, '6,3 mln', [
		'Jaka liczba pasuje do luki: „Najtańsza oferta w przetargu na halę opiewała na _____ zł.”?'
	]);
	const module = moduleOf('pl', [evidence], [fact]);

	it('shows "6,3 mln", no "zł" after the box, and takes every way of writing it', () => {
		const questions = everyQuestion(module, 'numeric', 1);
		expect(questions).toHaveLength(1);
		const question = questions[0]!;
		expect(question.type === 'numeric' && question.unit).toBeFalsy();
		expect(describeKey(question, keyFigureFormat(module, question))).toEqual(['6,3 mln']);
		for (const answer of ['6,3 mln', '6,3 miliona', '6300000', '6 300 000'])
			expect(scoreQuestion(module, question, answer).credit).toBe(1);
	});

	it('shows "1.8m" for "£1.8m" and takes "1.8 million" and "1800000"', () => {
		const sentence = 'Of the hall’s cost, £1.8m came from the lottery.';
		const en = numberFact('lottery', 1_800_000, '£', sentence, '1.8m', [
			'Which number fills the gap: "Of the hall’s cost, £_____ came from the lottery."?'
		]);
		const enModule = moduleOf('en', [sentence], [en]);
		const question = everyQuestion(enModule, 'numeric', 1)[0]!;
		expect(describeKey(question, keyFigureFormat(enModule, question))).toEqual(['1.8m']);
		for (const answer of ['1.8m', '1.8 million', '1800000', '1,800,000'])
			expect(scoreQuestion(enModule, question, answer).credit).toBe(1);
	});
});

describe('a title before the gap', () => {
	const paragraphs = [
		'The group’s chair, Mrs Helen Marsh, said the petition had 900 names.',
		'Cllr Robert Kane said the council would listen. "We hear them," he said.',
		'Dr Ian Booth, a planner, said the site was right. He added that work would start soon.',
		'Mrs Susan Fry and Ms Clare Dunn spoke against the plan.'
	];
	const fact: Fact = {
		id: 'helen-marsh',
		kind: 'entity',
		value: 'helen-marsh',
		questions: [
			'Who fills the gap: "The group’s chair, Mrs _____, said the petition had 900 names."?'
		],
		evidence: paragraphs[0] as string,
		cloze: 'Helen Marsh',
		aliases: []
	};
	const people = [
		entity('helen-marsh', 'Helen Marsh'),
		entity('robert-kane', 'Robert Kane'),
		entity('ian-booth', 'Ian Booth'),
		entity('susan-fry', 'Susan Fry'),
		entity('clare-dunn', 'Clare Dunn')
	];

	it('"Mrs _____" offers only women', () => {
		const module = moduleOf('en', paragraphs, [fact], people);
		const questions = SEEDS.flatMap((seed) => everyQuestion(module, 'single-choice', seed));
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) {
			if (question.type !== 'single-choice') continue;
			const options = question.choices.map((choice) => choice.text);
			expect(options).not.toContain('Robert Kane');
			expect(options).not.toContain('Ian Booth');
		}
	});

	it('"radna _____" offers only women whose names do not tell it', () => {
		const zdania = [
			'Radna Dominique Lefebvre mówi, że plan trzeba zmienić.',
			'Pani Ingrid Larsen i pani Astrid Holm podpisały petycję.',
			'Pan Jean Moreau i pan Pascal Blanc są za budową.'
		];
		const key: Fact = {
			id: 'lefebvre',
			kind: 'entity',
			value: 'lefebvre',
			questions: ['Kto pasuje do luki: „Radna _____ mówi, że plan trzeba zmienić.”?'],
			evidence: zdania[0] as string,
			cloze: 'Dominique Lefebvre',
			aliases: []
		};
		const module = moduleOf(
			'pl',
			zdania,
			[key],
			[
				entity('lefebvre', 'Dominique Lefebvre'),
				entity('larsen', 'Ingrid Larsen'),
				entity('holm', 'Astrid Holm'),
				entity('moreau', 'Jean Moreau'),
				entity('blanc', 'Pascal Blanc')
			]
		);
		const questions = SEEDS.flatMap((seed) => everyQuestion(module, 'single-choice', seed));
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) {
			if (question.type !== 'single-choice') continue;
			const options = question.choices.map((choice) => choice.text);
			expect(options).not.toContain('Jean Moreau');
			expect(options).not.toContain('Pascal Blanc');
		}
	});
});

describe('the gender of a name in an article', () => {
	it('is read from a title before its first names, or the pronoun after it', () => {
		const paragraphs = [
			'Library manager Mrs Joanna Pell said the rooms would reopen in May.',
			'Cllr Martin Hale, who chairs the committee, said the council had no grounds to refuse the plan. "I understand the anger in the village. But we would have lost on appeal, and the bill would have been ours," he said.',
			'Radna Dominique Lefebvre nie kryje, że jest przeciw.'
		];
		const module = moduleOf('en', paragraphs, [], []);
		expect(personGender(module, 'Joanna Pell')).toBe('feminine');
		expect(personGender(module, 'Martin Hale')).toBe('masculine');
		const pl = moduleOf('pl', paragraphs, [], []);
		expect(personGender(pl, 'Dominique Lefebvre')).toBe('feminine');
	});
});

describe('two options naming one thing', () => {
	it('are told by their words, in any order', () => {
		expect(namesSameThing('Museum of Bideford', 'Bideford Museum')).toBe(true);
		expect(namesSameThing('Okafor', 'Simon Okafor')).toBe(true);
		expect(namesSameThing('Muzeum Regionalne w Ełku', 'Muzeum Regionalne')).toBe(true);
		expect(namesSameThing('North Devon Council', 'Devon County Council')).toBe(false);
		expect(namesSameThing('gmina Mrągowo', 'Miasto Mrągowo')).toBe(false);
	});

	it('leave one of them among the options', () => {
		const paragraphs = [
			'Bideford Town Council has bought the old quay warehouse.',
			'The Museum of Bideford will run it with Devon County Council; the Bideford Museum shop moves in first.'
		];
		const fact: Fact = {
			id: 'buyer',
			kind: 'entity',
			value: 'town-council',
			questions: ['Who has bought the old quay warehouse?'],
			evidence: paragraphs[0] as string,
			aliases: []
		};
		const module = moduleOf(
			'en',
			paragraphs,
			[fact],
			[
				entity('town-council', 'Bideford Town Council', 'organisation'),
				entity('museum-1', 'Museum of Bideford', 'organisation'),
				entity('museum-2', 'Bideford Museum', 'organisation'),
				entity('county', 'Devon County Council', 'organisation')
			]
		);
		const options = distractorsOf(module, fact);
		expect(options).toContain('Devon County Council');
		expect(options.filter((option) => /Museum/u.test(option))).toHaveLength(1);
	});

	it('take no name the article gives only in its byline', () => {
		const paragraphs = [
			'Kujawy i Pomorze / Anna Wrona (PAP)',
			'Schronisko zbudują wspólnie Chełmno, Świecie i Grudziądz.',
			'Najbliższe schronisko jest dziś w Toruniu.'
		];
		const fact: Fact = {
			id: 'miasto',
			kind: 'entity',
			value: 'chelmno',
			questions: ['Które miasto zbuduje schronisko wspólnie ze Świeciem i Grudziądzem?'],
			evidence: paragraphs[1] as string,
			aliases: []
		};
		const module = moduleOf(
			'pl',
			paragraphs,
			[fact],
			[
				entity('chelmno', 'Chełmno', 'city'),
				entity('torun', 'Toruń', 'city'),
				entity('grudziadz', 'Grudziądz', 'city'),
				entity('kujawy', 'Kujawy', 'city')
			]
		);
		const options = distractorsOf(module, fact);
		expect(options).toContain('Grudziądz');
		expect(options).not.toContain('Kujawy');
	});
});

describe('figures that are no facts', () => {
	it('a year of a span is not asked with or without the other', () => {
		const evidence = 'Police recorded 31 crashes on the road between 2019 and 2024.';
		const end: Fact = {
			id: 'date-2024',
			kind: 'date',
			value: { year: 2024 },
			questions: [
				'When? Fill the gap: "Police recorded 31 crashes on the road between 2019 and _____."'
			],
			evidence,
			cloze: '2024',
			aliases: []
		};
		const module = moduleOf('en', [evidence], [end]);
		expect(factQuality(module, end).askable).toBe(false);
		const zdanie = 'Program obejmuje lata 2021-2027 i ma budżet 2 mld zł.';
		const start: Fact = {
			...end,
			id: 'date-2021',
			value: { year: 2021 },
			evidence: zdanie,
			cloze: '2021'
		};
		expect(factQuality(moduleOf('pl', [zdanie], [start]), start).askable).toBe(false);
	});

	it('a few of a thing in a comparison is a figure of speech', () => {
		const zdanie = 'Mieszkańcy mówią, że ulica jest za wąska dla dwóch autobusów.';
		const pl = numberFact('autobusy-2', 2, 'autobusów', zdanie, 'dwóch', ['Ile autobusów?']);
		expect(factQuality(moduleOf('pl', [zdanie], [pl]), pl).askable).toBe(false);
		const sentence = 'Residents say the lane is too narrow for two lorries.';
		const en = numberFact('lorries-2', 2, 'lorries', sentence, 'two', ['How many lorries?']);
		expect(factQuality(moduleOf('en', [sentence], [en]), en).askable).toBe(false);
		const plain = 'The council bought two lorries last year.';
		const bought = numberFact('lorries-2', 2, 'lorries', plain, 'two', ['How many lorries?']);
		expect(factQuality(moduleOf('en', [plain], [bought]), bought).askable).toBe(true);
	});
});

describe('a figure another question of the quiz gives by one multiplication', () => {
	it('is asked beside it only when nothing else is left', () => {
		for (const [language, first, second, third, small, large, other] of [
			[
				'pl',
				'Szkoła będzie miała sześć klas po 25 uczniów.',
				'Nowy budynek szkoły ma 150 miejsc.',
				'Prace potrwają 17 miesięcy.',
				25,
				150,
				17
			],
			[
				'en',
				'The hostel will have 14 rooms of 4 beds each.',
				'The hostel will sleep 56 guests and cost £2.1m.',
				'The building work will take 17 months.',
				14,
				56,
				17
			]
		] as const) {
			const ask = (pl: string, en: string) => [language === 'pl' ? pl : en];
			const facts = [
				numberFact(
					'small',
					small,
					'',
					first,
					String(small),
					ask(
						'Ilu uczniów będzie liczyć klasa w nowej szkole?',
						'How many rooms will the hostel have?'
					)
				),
				numberFact(
					'large',
					large,
					'',
					second,
					String(large),
					ask('Ile miejsc ma nowy budynek szkoły?', 'How many guests will the hostel sleep?')
				),
				numberFact(
					'other',
					other,
					'',
					third,
					String(other),
					ask('Ile miesięcy potrwają prace?', 'How many months will the building work take?')
				)
			];
			const module = moduleOf(language, [first, second, third], facts);
			for (const seed of SEEDS) {
				const asked = generateQuiz(
					module,
					{ count: 2, types: ['numeric'] },
					seed
				).questions.flatMap((question) => question.factIds);
				expect(asked).toHaveLength(2);
				expect(asked).toContain('other');
				expect(everyQuestion(module, 'numeric', seed)).toHaveLength(3);
				const all = generateQuiz(module, { count: 3, types: ['numeric'] }, seed).questions;
				expect(all.flatMap((question) => question.factIds).sort()).toEqual([
					'large',
					'other',
					'small'
				]);
			}
		}
	});
});

describe('a set of towns asked together', () => {
	it('is offered no river, lake or county, nor a name its own sentence shows', () => {
		const evidence =
			'A wind farm between Alford and Hagworthingham has been approved by East Lindsey District Council.';
		const place = (id: string, name: string, type: 'city' | 'place') => ({
			id,
			name,
			type,
			aliases: []
		});
		const module = moduleOf(
			'en',
			[evidence, 'The River Lymn floods each winter. Spilsby, Partney and Lincolnshire objected.'],
			[
				{
					id: 'between',
					kind: 'entity-set',
					value: ['alford', 'hagworthingham'],
					questions: [`Which places fill the gap: "A wind farm between _____ has been approved"?`],
					evidence,
					aliases: []
				} as unknown as Fact
			],
			[
				place('alford', 'Alford', 'city'),
				place('hagworthingham', 'Hagworthingham', 'city'),
				place('east-lindsey', 'East Lindsey', 'place'),
				place('lymn', 'River Lymn', 'place'),
				place('spilsby', 'Spilsby', 'city'),
				place('partney', 'Partney', 'city'),
				place('lincolnshire', 'Lincolnshire', 'place')
			]
		);
		const options = distractorsOf(module, module.facts[0] as Fact);
		expect(options).toEqual(expect.arrayContaining(['Spilsby', 'Partney']));
		expect(options).not.toContain('River Lymn');
		expect(options).not.toContain('Lincolnshire');
		expect(options).not.toContain('East Lindsey');
	});
});

describe('an option the question itself names', () => {
	const zdania = [
		'Z 5 mln zł na most 3 mln zł daje Fundusz Dróg Samorządowych, a 2 mln zł powiat gorlicki.',
		'Umowę podpisały Zarząd Dróg Wojewódzkich, Fundusz Dróg Samorządowych i Stowarzyszenie Kolei Wąskotorowej.'
	];
	const organisations = [
		{ ...entity('fds', 'Fundusz Dróg Samorządowych', 'organisation'), aliases: ['FDS'] },
		entity('powiat', 'Powiat Gorlicki', 'organisation'),
		entity('zdw', 'Zarząd Dróg Wojewódzkich', 'organisation'),
		entity('skw', 'Stowarzyszenie Kolei Wąskotorowej', 'organisation')
	];
	const key: Fact = {
		id: 'powiat',
		kind: 'entity',
		value: 'powiat',
		questions: ['Kto pasuje do luki: „Z 5 mln zł na most 3 mln zł daje FDS, a 2 mln zł _____.”?'],
		evidence: zdania[0] as string,
		cloze: 'powiat gorlicki',
		aliases: []
	};

	it('is no distractor, whichever form of its name the prompt shows', () => {
		const module = moduleOf('pl', zdania, [key], organisations);
		expect(distractorsOf(module, key)).not.toContain('Fundusz Dróg Samorządowych');
		expect(distractorsOf(module, key)).toContain('Zarząd Dróg Wojewódzkich');
	});
});

describe('options of a gap the prompt says is a firm', () => {
	const zdania = [
		'Przetarg wygrała firma Drogbud, a nadzór przejmie firma Inwestprojekt.',
		'Remont wykona firma Drogbud, która ma siedzibę w Tarnowie.',
		'Pieniądze dał Fundusz Dróg Samorządowych, a resztę Stowarzyszenie Gmin Pogórza i Urząd Gminy Biecz.',
		'Wcześniej wyremontowała Mostbet Sp. z o.o. z Krakowa.'
	];
	const organisations = [
		entity('drogbud', 'Drogbud', 'organisation'),
		entity('inwest', 'Inwestprojekt', 'organisation'),
		entity('fds', 'Fundusz Dróg Samorządowych', 'organisation'),
		entity('sgp', 'Stowarzyszenie Gmin Pogórza', 'organisation'),
		entity('ugb', 'Urząd Gminy Biecz', 'organisation'),
		entity('mostbet', 'Mostbet Sp. z o.o.', 'organisation')
	];
	const firm = (questions: string[]): Fact => ({
		id: 'drogbud',
		kind: 'entity',
		value: 'drogbud',
		questions,
		evidence: zdania[1] as string,
		cloze: 'Drogbud',
		aliases: []
	});

	it('are firms only: by their legal form or as the article calls them', () => {
		const key = firm([
			'Kto pasuje do luki: „Remont wykona firma _____, która ma siedzibę w Tarnowie.”?'
		]);
		const module = moduleOf('pl', zdania, [key], organisations);
		expect([...distractorsOf(module, key)].sort()).toEqual(['Inwestprojekt', 'Mostbet Sp. z o.o.']);
	});

	it('are firms after an English apposition too, and any organisation without one', () => {
		const key = firm([
			'Which organisation fills the gap: "The bridge will be rebuilt by _____, a Tarnów-based firm."?'
		]);
		const module = moduleOf('en', zdania, [key], organisations);
		expect(distractorsOf(module, key)).not.toContain('Fundusz Dróg Samorządowych');
		const plain = firm(['Kto wyremontuje most?']);
		expect(distractorsOf(moduleOf('pl', zdania, [plain], organisations), plain)).toContain(
			'Urząd Gminy Biecz'
		);
	});
});

describe('sums that add up in a sentence with no word of parts', () => {
	const zdanie = 'Pozostałe 8,2 mln zł to 5,1 mln zł z budżetu gminy i 3,1 mln zł z kredytu.';
	const facts = [
		numberFact('reszta', 8_200_000, 'zł', zdanie, '8,2 mln', [
			'Jaka liczba pasuje do luki: „Pozostałe _____ zł to 5,1 mln zł z budżetu gminy i 3,1 mln zł z kredytu.”?'
		]),
		numberFact('kredyt', 3_100_000, 'zł', zdanie, '3,1 mln', [
			'Jaka liczba pasuje do luki: „Pozostałe 8,2 mln zł to 5,1 mln zł z budżetu gminy i _____ zł z kredytu.”?'
		])
	];
	const module = moduleOf('pl', [zdanie], facts);

	it('gives no gap of the whole nor of a part', () => {
		expect(factQuality(module, facts[0] as Fact).gap).toBe(false);
		expect(factQuality(module, facts[1] as Fact).gap).toBe(false);
	});

	it('leaves a gap whose sums do not add up', () => {
		const other = 'Gmina wyda 5,1 mln zł na drogi i 3,1 mln zł na szkoły, a powiat 9 mln zł.';
		const fact = numberFact('powiat', 9_000_000, 'zł', other, '9 mln', [
			'Jaka liczba pasuje do luki: „Gmina wyda 5,1 mln zł na drogi i 3,1 mln zł na szkoły, a powiat _____ zł.”?'
		]);
		expect(factQuality(moduleOf('pl', [other], [fact]), fact).gap).toBe(true);
	});
});
