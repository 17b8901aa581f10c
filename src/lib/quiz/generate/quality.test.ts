import { describe, expect, it } from 'vitest';
import { checkQuestion } from '../check';
import type { Entity, Fact } from '../content';
import type { QuizModule } from '../module';
import type { QuestionWithKey } from '../question';
import { moduleOfParagraphs, seedModule } from '../../testing/seed-module';
import { everyQuestion } from '../../testing/questions';
import { availableItems, generateQuiz } from '.';
import { distractorsOf, figureAsWritten } from './values';

/** A Polish module of the given paragraphs (one line each), facts and entities. */
function moduleOf(paragraphs: string[], facts: Fact[], entities: Entity[] = []): QuizModule {
	return {
		...seedModule(),
		id: 'quality',
		language: 'pl',
		article: { blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, text })) },
		facts,
		entities
	};
}

const SEEDS = Array.from({ length: 20 }, (_, index) => index + 1);

function keys(module: QuizModule, type: 'short-answer' | 'single-choice'): string[] {
	return everyQuestion(module, type, 1).map((question: QuestionWithKey) =>
		question.type === 'short-answer'
			? question.key.value
			: question.type === 'single-choice'
				? question.choices.map((choice) => choice.text).join(' | ')
				: ''
	);
}

describe('generation offers only what reads well', () => {
	it('shows a date as its sentence gives it: no year the sentence does not state', () => {
		const evidence = 'Rada Miasta w kwietniu przeznaczy 1,5 mln zł na remont mostu.';
		const module = moduleOf(
			[evidence],
			[
				{
					id: 'kwiecien',
					kind: 'date',
					value: { year: 2024, month: 4 },
					questions: ['Kiedy Rada Miasta przeznaczy 1,5 mln zł na remont mostu?'],
					evidence,
					cloze: 'kwietniu',
					aliases: []
				}
			]
		);
		expect(keys(module, 'short-answer')).toEqual(['kwiecień']);
		const [options = ''] = keys(module, 'single-choice');
		expect(options).toContain('kwiecień');
		expect(options).not.toMatch(/\d/);
	});

	it('asks until when of a date that ends a period, and drops a pronoun with no person', () => {
		const suspended = 'Pociąg "Wydmy" zostanie zawieszony do czerwca 2027 r., bo trwa remont.';
		const term = 'Jego kadencja potrwa do 2029 r.';
		const module = moduleOf(
			[suspended, term],
			[
				{
					id: 'zawieszony',
					kind: 'date',
					value: { year: 2027, month: 6 },
					questions: ['Kiedy pociąg "Wydmy" zostanie zawieszony?'],
					evidence: suspended,
					cloze: 'do czerwca 2027 r.',
					aliases: []
				},
				{
					id: 'kadencja',
					kind: 'date',
					value: { year: 2029 },
					questions: ['Kiedy jego kadencja potrwa?'],
					evidence: term,
					cloze: 'do 2029 r.',
					aliases: []
				}
			]
		);
		const prompts = everyQuestion(module, 'short-answer', 1).map((question) => question.prompt);
		expect(prompts).toEqual(['Do kiedy pociąg "Wydmy" zostanie zawieszony?']);
	});

	it('drops wordings that read as broken questions, and facts stated only in a heading', () => {
		const evidence = 'Na rozprawę przyszło ok. 40 członków spółdzielni.';
		const heading = 'Sąd: "Oszukał ponad 300 rodzin"';
		const module = moduleOf(
			[heading, evidence],
			[
				{
					id: 'czlonkowie-40',
					kind: 'number',
					value: 40,
					unit: 'członków',
					approximate: true,
					tolerance: 0.1,
					questions: ['Ilu członków na rozprawę przyszło spółdzielni?'],
					evidence,
					cloze: '40',
					aliases: []
				},
				{
					id: 'rodziny-300',
					kind: 'number',
					value: 300,
					unit: 'rodzin',
					approximate: true,
					tolerance: 0.1,
					questions: ['Ile rodzin oszukał oskarżony według sądu?'],
					statement: 'Sąd: "Oszukał ponad {value} rodzin"',
					evidence: heading,
					cloze: '300',
					aliases: []
				}
			]
		);
		const items = availableItems(module);
		expect(items.numeric).toBe(0);
		expect(items['single-choice']).toBe(0);
		expect(items['true-false']).toBe(0);
		// The sentence itself is fine: its gap is still asked.
		expect(items.cloze).toBe(1);
	});

	it('offers persons among persons, never a town, an office or a title as a distractor', () => {
		const evidence =
			'Prezydent Lubina Tadeusz Kępski zaapelował do mieszkańców o zamknięcie okien.';
		const entity = (id: string, name: string, type: Entity['type']): Entity => ({
			id,
			name,
			type,
			aliases: []
		});
		const module = moduleOf(
			[evidence],
			[
				{
					id: 'zaapelowac',
					kind: 'entity',
					value: 'tadeusz-kepski',
					questions: ['Kto zaapelował do mieszkańców o zamknięcie okien?'],
					evidence,
					aliases: []
				}
			],
			[
				entity('tadeusz-kepski', 'Tadeusz Kępski', 'person'),
				entity('adam-kurowski', 'Adam Kurowski', 'person'),
				entity('anna-lis', 'Anna Lis', 'person'),
				entity('lubin', 'Lubin', 'city'),
				entity('wios', 'Wojewódzki Inspektorat Ochrony Środowiska', 'person'),
				entity('tkaczuk', 'Ukrainiec Ołeksandr Tkaczuk', 'person'),
				entity('wzgorze', 'Słoneczne Wzgórze', 'person')
			]
		);
		for (const seed of SEEDS) {
			for (const question of everyQuestion(module, 'single-choice', seed)) {
				if (question.type !== 'single-choice') continue;
				expect(question.choices.map((choice) => choice.text).sort()).toEqual([
					'Adam Kurowski',
					'Anna Lis',
					'Tadeusz Kępski'
				]);
			}
		}
	});

	it('keeps the noun of a false statement in the form its new figure needs', () => {
		const evidence = 'Mieszkańcy czekali na most prawie 30 lat.';
		const module = moduleOf(
			[evidence, 'Budowa kosztowała 42 mln zł i trwała 25 miesięcy, a most ma 3 przęsła.'],
			[
				{
					id: 'lata-30',
					kind: 'number',
					value: 30,
					unit: 'lat',
					approximate: true,
					tolerance: 0.1,
					questions: ['Ile lat mieszkańcy czekali na most?'],
					statement: 'Mieszkańcy czekali na most prawie {value} lat.',
					evidence,
					cloze: '30',
					aliases: []
				}
			]
		);
		const context = { language: 'pl' as const, article: evidence };
		let falseStatements = 0;
		for (const seed of SEEDS) {
			for (const question of everyQuestion(module, 'true-false', seed)) {
				if (question.type === 'true-false' && question.key.choiceIds[0] === 'false')
					falseStatements++;
				expect(checkQuestion(question, context), question.prompt).toEqual([]);
			}
		}
		expect(falseStatements).toBeGreaterThan(0);
	});

	it('keeps a false figure on its side of the figure it rose from', () => {
		const evidence = 'Opłata za godzinę wzrosła z 6 zł do 9 zł.';
		const module = moduleOf(
			[evidence, 'Parking ma 120 miejsc, a miasto pobrało 4 zł, 5 zł i 12 zł w innych strefach.'],
			[
				{
					id: 'zl-9',
					kind: 'number',
					value: 9,
					unit: 'zł',
					approximate: false,
					tolerance: 0,
					questions: ['Do ilu zł wzrosła opłata za godzinę?'],
					statement: 'Opłata za godzinę wzrosła z 6 zł do {value} zł.',
					evidence,
					cloze: '9 zł',
					aliases: []
				},
				...[4, 5, 12].map((value): Fact => ({
					id: `zl-${value}`,
					kind: 'number',
					value,
					unit: 'zł',
					approximate: false,
					tolerance: 0,
					questions: [`Ile zł pobrano w strefie ${value}?`],
					evidence: 'Parking ma 120 miejsc, a miasto pobrało 4 zł, 5 zł i 12 zł w innych strefach.',
					cloze: `${value} zł`,
					aliases: []
				}))
			]
		);
		const falseFigures = SEEDS.flatMap((seed) =>
			everyQuestion(module, 'true-false', seed).flatMap((question) =>
				question.type === 'true-false' && question.key.choiceIds[0] === 'false'
					? [Number(/do (\d+) zł/u.exec(question.prompt)?.[1])]
					: []
			)
		);
		expect(falseFigures.length).toBeGreaterThan(0);
		expect(falseFigures.every((figure) => figure > 6)).toBe(true);
	});

	it('puts no currency sign before a count that follows a sum', () => {
		const evidence = 'Miasto wyda €120 000 na 12 kamer monitoringu, a policja 4 radiowozy.';
		const module = moduleOf(
			[evidence],
			[
				{
					id: 'kamery-12',
					kind: 'number',
					value: 12,
					unit: 'kamer',
					approximate: false,
					tolerance: 0,
					questions: [
						'Jaka liczba pasuje do luki: „Miasto wyda €120 000 na _____ kamer monitoringu, a policja 4 radiowozy.”?'
					],
					statement: 'Miasto wyda €120 000 na {value} kamer monitoringu, a policja 4 radiowozy.',
					evidence,
					cloze: '12',
					aliases: []
				}
			]
		);
		const prompts = SEEDS.flatMap((seed) =>
			(['single-choice', 'numeric', 'cloze'] as const).flatMap((type) =>
				everyQuestion(module, type, seed).map((question) => question.prompt)
			)
		);
		expect(prompts.length).toBeGreaterThan(0);
		expect(prompts.filter((prompt) => prompt.includes('€_'))).toEqual([]);
	});

	it('shows no currency sign after a numeric answer box', () => {
		// ("a further £300m" would lean on an investment the sentence before gave.)
		const evidence = 'Voltex promised to invest £300m in its new research centre.';
		const module: QuizModule = {
			...moduleOf([evidence], []),
			language: 'en',
			facts: [
				{
					id: 'number-300000000',
					kind: 'number',
					value: 300_000_000,
					unit: '£',
					approximate: false,
					questions: [
						'Which number fills the gap: "Voltex promised to invest _____ in its new research centre."?'
					],
					evidence,
					cloze: '300m',
					aliases: []
				}
			]
		};
		const [question] = everyQuestion(module, 'numeric', 1);
		expect(question?.type).toBe('numeric');
		expect(question && 'unit' in question ? question.unit : undefined).toBeUndefined();
	});

	it('asks a figure the article repeats once per quiz', () => {
		const sentences = [
			'Sąd skazał w czwartek prezesa na osiem lat więzienia.',
			'Prokuratura żądała, by prezes spędził w więzieniu osiem lat.',
			'Osiem lat to za mało, mówiła w sądzie jedna z poszkodowanych.'
		];
		const module = moduleOf(
			[sentences.join(' ')],
			sentences.map((evidence, index) => ({
				id: `lata-8-${index + 1}`,
				kind: 'number' as const,
				value: 8,
				unit: 'lat',
				approximate: false,
				questions: [`Jaka liczba pasuje do luki: „${evidence.replace(/[Oo]siem/u, '_____')}”?`],
				evidence,
				cloze: /[Oo]siem/u.exec(evidence)?.[0] ?? 'osiem',
				aliases: []
			}))
		);
		expect(availableItems(module).cloze).toBe(3);
		for (const seed of SEEDS)
			expect(generateQuiz(module, { count: 10 }, seed).questions).toHaveLength(1);
	});
});

describe('generation keeps the article’s own way of writing (fresh reading, 2026-12-07)', () => {
	const hospital =
		'Budowa mostu kosztowała 47,3 mln zł, z czego 31 mln zł pochodziło z Krajowego Planu Odbudowy.';
	// Third person: a first-person remark of a speaker the sentence does not name is refused;
	// named, as a quotation with no attribution would not be.
	const quote = '- Rocznie szpital wysyłał poza region ok. 400 małych pacjentów - mówi Ewa Lis.';
	const children = 'Według NFZ w regionie żyje ok. 210 tys. dzieci.';
	const module = moduleOf(
		[hospital, quote, children],
		[
			{
				id: 'zl-31000000',
				kind: 'number',
				value: 31_000_000,
				unit: 'zł',
				approximate: false,
				questions: ['Ile zł pochodziło z Krajowego Planu Odbudowy?'],
				statement:
					'Budowa mostu kosztowała 47,3 mln zł, z czego {value} zł pochodziło z Krajowego Planu Odbudowy.',
				evidence: hospital,
				cloze: '31 mln',
				aliases: []
			},
			{
				id: 'zl-47300000',
				kind: 'number',
				value: 47_300_000,
				unit: 'zł',
				approximate: false,
				questions: ['Ile zł kosztowała budowa?'],
				evidence: hospital,
				cloze: '47,3 mln',
				aliases: []
			},
			{
				id: 'pacjenci-400',
				kind: 'number',
				value: 400,
				unit: 'pacjentów',
				approximate: true,
				tolerance: 0.1,
				questions: [
					'Jaka liczba pasuje do luki: „- Rocznie szpital wysyłał poza region ok. _____ małych pacjentów - mówi Ewa Lis.”?'
				],
				evidence: quote,
				cloze: '400',
				aliases: []
			},
			{
				id: 'dzieci-210000',
				kind: 'number',
				value: 210_000,
				unit: 'dzieci',
				approximate: true,
				tolerance: 0.1,
				questions: ['Ilu dzieci według NFZ w regionie żyje?'],
				evidence: children,
				cloze: '210 tys.',
				aliases: []
			}
		]
	);

	it('writes figures in statements and options with the article’s scale word', () => {
		const statements = SEEDS.flatMap((seed) => everyQuestion(module, 'true-false', seed))
			.filter((question) => question.factIds[0] === 'zl-31000000')
			.map((question) => question.prompt);
		expect(statements.length).toBeGreaterThan(0);
		for (const statement of statements) expect(statement).toMatch(/z czego \d+(,\d+)? mln zł/u);
		for (const seed of SEEDS)
			for (const question of everyQuestion(module, 'single-choice', seed))
				if (question.factIds[0] === 'zl-31000000' && question.type === 'single-choice')
					for (const choice of question.choices) expect(choice.text).toMatch(/ mln$/u);
	});

	it('leaves out the dash opening a quotation, and asks "Ile" of children', () => {
		const prompts = SEEDS.flatMap((seed) => [
			...everyQuestion(module, 'numeric', seed),
			...everyQuestion(module, 'cloze', seed)
		]).map((question) => question.prompt);
		expect(prompts.some((prompt) => prompt.includes('Rocznie szpital wysyłał'))).toBe(true);
		for (const prompt of prompts) expect(prompt).not.toMatch(/(„|: )- Rocznie/u);
		expect(prompts).toContain('Ile dzieci według NFZ w regionie żyje?');
		const context = { language: 'pl' as const, article: [hospital, quote, children].join('\n') };
		for (const seed of SEEDS)
			for (const type of ['numeric', 'cloze', 'true-false', 'single-choice'] as const)
				for (const question of everyQuestion(module, type, seed))
					expect(checkQuestion(question, context), question.prompt).toEqual([]);
	});
});

describe('generation gives a currency sign back to the gap that swallowed it', () => {
	it('reads "about £_____" with options "55m"', () => {
		const evidence = 'Newcastle and Bayern were both reported to have offered about £55m.';
		const module: QuizModule = {
			...moduleOf(
				[evidence],
				[
					{
						id: 'number-55000000',
						kind: 'number',
						value: 55_000_000,
						unit: '£',
						approximate: true,
						tolerance: 0.05,
						questions: [
							'Which number fills the gap: "Newcastle and Bayern were both reported to have offered about _____."?'
						],
						evidence,
						cloze: '55m',
						aliases: []
					}
				]
			),
			language: 'en'
		};
		const [question] = everyQuestion(module, 'single-choice', 1);
		expect(question?.prompt).toContain('about £_____.');
		if (question?.type !== 'single-choice') throw new Error('no single-choice question');
		expect(question.choices.map((choice) => choice.text)).toContain('55m');
	});
});

describe('figures of another size take their own scale word', () => {
	it('writes "4,12 mld" and "118 mln" beside a key of "412 mln"', () => {
		const evidence = 'Na inwestycje miasto przeznaczy 412 mln zł.';
		const module = moduleOf(
			[evidence],
			[
				{
					id: 'zl-412000000',
					kind: 'number',
					value: 412_000_000,
					unit: 'zł',
					approximate: false,
					questions: ['Ile zł miasto przeznaczy na inwestycje?'],
					evidence,
					cloze: '412 mln',
					aliases: []
				}
			]
		);
		const fact = module.facts[0];
		if (!fact) throw new Error('no fact');
		expect(figureAsWritten(module, fact, 4_120_000_000)).toBe('4,12 mld');
		expect(figureAsWritten(module, fact, 118_000_000)).toBe('118 mln');
		expect(figureAsWritten(module, fact, 412_000_000)).toBe('412 mln');
		expect(figureAsWritten(module, fact, 1_234_567)).toBe('1 234 567');
	});

	it('writes a share in a statement as the article does ("8,4 proc.", not "8,4%")', () => {
		const evidence = 'Przychody koncernu wzrosły o 8,4 proc. r/r, do 3,1 mld euro.';
		const fact: Fact = {
			id: 'przychody-share',
			kind: 'proportion',
			value: 0.084,
			unit: 'przychody',
			approximate: false,
			questions: [],
			evidence,
			statement: 'Przychody koncernu wzrosły o {value} r/r, do 3,1 mld euro.',
			cloze: '8,4 proc.',
			aliases: []
		};
		const module = moduleOf([evidence], [fact]);
		const statements = SEEDS.flatMap((seed) =>
			everyQuestion(module, 'true-false', seed).map((question) => question.prompt)
		);
		expect(statements.length).toBeGreaterThan(0);
		for (const statement of statements) {
			expect(statement).not.toContain('%');
			expect(statement).toMatch(/o \d+(,\d+)? proc\. r\/r/u);
		}
	});

	it('spaces a four-digit figure as the article spaces it ("9 383", not "9383")', () => {
		const evidence = 'Zdobył 11 284 głosy, a jego rywalka Agnieszka Kołakowska 9 383 głosy.';
		const fact: Fact = {
			id: 'glosy-9383',
			kind: 'number',
			value: 9383,
			unit: 'głosy',
			approximate: false,
			questions: [],
			evidence,
			statement: 'Zdobył 11 284 głosy, a jego rywalka Agnieszka Kołakowska {value} głosy.',
			cloze: '9 383',
			aliases: []
		};
		const module = moduleOf([evidence], [fact]);
		expect(figureAsWritten(module, fact, 9383)).toBe('9 383');
		expect(figureAsWritten(module, fact, 8383)).toBe('8 383');
		for (const question of everyQuestion(module, 'true-false', 1))
			expect(checkQuestion(question, { language: 'pl' })).not.toContain('option-case');
	});
});

describe('options and quotations in a quoted gap', () => {
	it('offers Polish figures that agree with the noun after the gap', () => {
		const evidence = 'Oddział ma 24 łóżka, a szpital zatrudnia 38 pielęgniarek i 11 lekarzy.';
		const module = moduleOf(
			[evidence],
			[
				{
					id: 'lozka-24',
					kind: 'number',
					value: 24,
					unit: 'łóżka',
					approximate: false,
					questions: [
						'Jaka liczba pasuje do luki: „Oddział ma _____ łóżka, a szpital zatrudnia 38 pielęgniarek i 11 lekarzy.”?'
					],
					evidence,
					cloze: '24',
					aliases: []
				}
			]
		);
		for (const seed of SEEDS)
			for (const question of everyQuestion(module, 'single-choice', seed)) {
				if (question.type !== 'single-choice') continue;
				for (const option of question.choices)
					expect(option.text).toMatch(/^([2-4]|\d*[02-9][2-4])$/u);
			}
	});

	it('prints a quotation inside an English quoted gap in single quotes', () => {
		const evidence =
			'"The skull tells us that whales reached South America about 42.6m years ago."';
		const module: QuizModule = {
			...moduleOf(
				[evidence],
				[
					{
						id: 'years',
						kind: 'number',
						value: 42_600_000,
						unit: 'years',
						approximate: false,
						questions: [
							'Which number fills the gap: ""The skull tells us that whales reached South America about _____ years ago.""?'
						],
						evidence,
						cloze: '42.6m',
						aliases: []
					}
				]
			),
			language: 'en'
		};
		const [question] = everyQuestion(module, 'numeric', 1);
		expect(question?.prompt).toBe(
			`Which number fills the gap: "'The skull tells us that whales reached South America about _____ years ago.'"?`
		);
	});
});

describe('distractors of a duration', () => {
	it('never offers one ten times longer or shorter', () => {
		const evidence = 'Profesor przez 12 lat pracowała w szpitalu w Krakowie.';
		const module = moduleOf(
			[evidence],
			[
				{
					id: 'lata-12',
					kind: 'number',
					value: 12,
					unit: 'lat',
					approximate: false,
					questions: ['Ile lat profesor pracowała w szpitalu w Krakowie?'],
					statement: 'Profesor przez {value} lat pracowała w szpitalu w Krakowie.',
					evidence,
					cloze: '12',
					aliases: []
				}
			]
		);
		const fact = module.facts[0];
		if (!fact) throw new Error('no fact');
		const offered = distractorsOf(module, fact);
		expect(offered.length).toBeGreaterThan(1);
		expect(offered).not.toContain('120');
	});
});

describe('a quotation cut by the sentence splitter', () => {
	it('is not hidden by single quotes, and is not offered', () => {
		const evidence = '"I knew at 35 kilometres that the record was possible.';
		const module: QuizModule = {
			...moduleOf(
				[evidence],
				[
					{
						id: 'kilometres-35',
						kind: 'number',
						value: 35,
						unit: 'kilometres',
						approximate: false,
						questions: [
							'Which number fills the gap: ""I knew at _____ kilometres that the record was possible."?'
						],
						evidence,
						cloze: '35',
						aliases: []
					}
				]
			),
			language: 'en'
		};
		expect(everyQuestion(module, 'numeric', 1)).toEqual([]);
	});
});

describe('numeric options a reader would consider (blind reading, 2026-12-07)', () => {
	const counted = (id: string, value: number, unit: string, evidence: string, cloze: string) => ({
		id,
		kind: 'number' as const,
		value,
		unit,
		approximate: false,
		questions: [`Ile ${unit}?`],
		evidence,
		cloze,
		aliases: []
	});
	const evidence = 'Kanalizację zbudowano już w 38 z 245 sołectw powiatu.';
	const module = moduleOf(
		[evidence],
		[
			counted('solectwa-245', 245, 'sołectw', evidence, '245'),
			counted('solectwa-38', 38, 'sołectw', evidence, '38')
		]
	);

	it('offers a whole greater than its part, and a part less than its whole', () => {
		const whole = module.facts[0] as Fact;
		const part = module.facts[1] as Fact;
		const numbers = (fact: Fact) =>
			distractorsOf(module, fact).map((text) => Number(text.replace(/\s/gu, '').replace(',', '.')));
		expect(numbers(whole).length).toBeGreaterThan(2);
		for (const value of numbers(whole)) expect(value).toBeGreaterThan(38);
		expect(numbers(part).length).toBeGreaterThan(2);
		for (const value of numbers(part)) expect(value).toBeLessThan(245);
	});

	it('changes a small share by a plausible step, never by a power of ten', () => {
		const share = 'Na kulturę gmina przeznacza 4,1 proc. budżetu.';
		const shareModule = moduleOf(
			[share],
			[
				{
					id: 'budzetu-share',
					kind: 'proportion',
					value: 0.041,
					unit: 'budżetu',
					approximate: false,
					questions: ['Jaką część budżetu gmina przeznacza na kulturę?'],
					evidence: share,
					cloze: '4,1 proc.',
					aliases: []
				}
			]
		);
		const shares = distractorsOf(shareModule, shareModule.facts[0] as Fact).map(
			(text) => Number(text.replace(/[^\d,]/gu, '').replace(',', '.')) / 100
		);
		expect(shares.length).toBeGreaterThan(2);
		for (const value of shares) {
			expect(value).toBeGreaterThan(0.041 / 3);
			expect(value).toBeLessThan(0.041 * 3);
		}
	});
});

/** A module of one Polish sentence whose share `cloze` is asked by the gap it leaves. */
function shareModule(evidence: string, cloze: string, value: number, unit: string): QuizModule {
	const share: Fact = {
		id: 'share',
		kind: 'proportion',
		value,
		unit,
		approximate: false,
		questions: [`Jaka liczba pasuje do luki: „${evidence.replace(cloze, '_____')}”?`],
		statement: evidence.replace(cloze, '{value}'),
		evidence,
		cloze,
		aliases: []
	};
	return moduleOfParagraphs('shares', 'pl', [evidence], [share]);
}

describe('a share whose gap holds its per cent', () => {
	const module = shareModule(
		'Najemca zapłaci odsetki w wysokości 0,3 proc. zaległej kwoty za każdy tydzień.',
		'0,3 proc.',
		0.003,
		'zaległej kwoty'
	);

	it('is no typed "Jaka liczba" question: the box would take the number, not "proc."', () => {
		expect(availableItems(module).numeric).toBe(0);
	});
});

describe('a share the article says in words', () => {
	const module = shareModule(
		'Z 60 działek prawie połowa należy do mieszkańców Lisowa.',
		'połowa',
		0.5,
		'działek'
	);

	it('is asked by its words (the cloze), never as a number the article does not print', () => {
		expect(availableItems(module).numeric).toBe(0);
		expect(availableItems(module)['single-choice']).toBe(0);
		expect(availableItems(module).cloze).toBe(1);
	});
});
