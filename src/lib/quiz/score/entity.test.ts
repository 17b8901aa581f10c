import { describe, expect, it } from 'vitest';
import {
	makeDeniersFact,
	makeEntity,
	makeEntityFact,
	makeEntitySetFact,
	kurskEntities
} from '../../testing/score-facts';
import { scoreEntityAnswer, scoreEntitySetAnswer } from './entity';
import { MAX_ANSWER_LENGTH } from './result';

const entities = kurskEntities();

describe('scoreEntityAnswer: who proposed sending troops (Kim Dzong Un)', () => {
	const fact = makeEntityFact();

	it.each([
		'Kim Dzong Un',
		'kim dzong un',
		'KIM DZONG UN',
		'Kim Jong Un',
		'Kim Jong-un',
		'Kim Jong-Un',
		'Kim Dzong-un',
		'Kim Dżong Un',
		'Kim Dzong Una',
		'Kimem Dzong Unem',
		'Dzong Un Kim',
		'Kim Dzong Un.',
		'„Kim Dzong Un”',
		'Kim Dzonh Un',
		'Kim Dzong Un, przywódca Korei Północnej',
		'przywódca Korei Północnej Kim Dzong Un',
		'Kim Dzong Un do Rosji'
	])('%j is correct', (answer) => {
		expect(scoreEntityAnswer(fact, entities, answer, 'pl')).toEqual({
			credit: 1,
			verdict: 'correct',
			reason: { code: 'exact' },
			normalized: 'kim-jong-un'
		});
	});

	it.each([
		['Putin', 'putin', 'putin'],
		['Władimir Putin', 'putin', 'putin'],
		['Wladimirem Putinem', 'putin', 'putin'],
		['Putn', 'putin', 'putin'],
		['Rosja', 'russia', 'russia'],
		['Korea Północna', 'north-korea', 'north-korea'],
		['KRLD', 'north-korea', 'north-korea'],
		['Kim Dzong Un albo Putin', 'putin', 'kim-jong-un+putin'],
		['Putin i Kim Jong Un', 'putin', 'kim-jong-un+putin']
	])('%j names another entity: %s', (answer, given, normalized) => {
		expect(scoreEntityAnswer(fact, entities, answer, 'pl')).toEqual({
			credit: 0,
			verdict: 'incorrect',
			reason: { code: 'other-entity', given },
			normalized
		});
	});

	it.each([
		['Kim', 'kim'],
		['Kim Jong Il', 'kim jong il'],
		['Dzong', 'dzong'],
		['nie wiem', 'nie wiem'],
		['!!!', null],
		['🚀', null]
	])('%j is not recognised', (answer, normalized) => {
		expect(scoreEntityAnswer(fact, entities, answer, 'pl')).toEqual({
			credit: 0,
			verdict: 'incorrect',
			reason: { code: 'not-recognised' },
			normalized
		});
	});

	it("accepts the fact's own aliases", () => {
		const withAlias = makeEntityFact({ aliases: ['przywódca KRLD'] });
		expect(scoreEntityAnswer(withAlias, entities, 'przywódca KRLD', 'pl').credit).toBe(1);
		expect(scoreEntityAnswer(fact, entities, 'przywódca KRLD', 'pl').reason).toEqual({
			code: 'other-entity',
			given: 'north-korea'
		});
	});

	it('scores a fact whose entity the module does not list by its aliases only', () => {
		const orphan = makeEntityFact({ value: 'kim-yo-jong', aliases: ['Kim Jo Dzong'] });
		expect(scoreEntityAnswer(orphan, entities, 'Kim Jo Dzong', 'pl').credit).toBe(1);
		expect(scoreEntityAnswer(orphan, entities, 'Kim Dzong Un', 'pl').reason).toEqual({
			code: 'other-entity',
			given: 'kim-jong-un'
		});
	});

	it('refuses empty and over-long answers', () => {
		expect(scoreEntityAnswer(fact, entities, '  ', 'pl').reason).toEqual({ code: 'empty' });
		expect(scoreEntityAnswer(fact, entities, 'Kim '.repeat(200), 'pl').reason).toEqual({
			code: 'too-long',
			limit: MAX_ANSWER_LENGTH
		});
	});
});

describe('scoreEntityAnswer: a typo never names another entity', () => {
	const koreas = [
		makeEntity({ id: 'north-korea', name: 'Korea Północna' }),
		makeEntity({ id: 'south-korea', name: 'Korea Południowa' })
	];
	const north = makeEntityFact({ value: 'north-korea' });

	it.each([
		['Korea Północna', 1, { code: 'exact' }],
		['Korea Połnocna', 1, { code: 'exact' }],
		['Korea Pułnocna', 1, { code: 'exact' }],
		['Korei Północnej', 1, { code: 'exact' }],
		['Północna Korea', 1, { code: 'exact' }],
		['Korea Płn.', 1, { code: 'exact' }],
		['Korea Południowa', 0, { code: 'other-entity', given: 'south-korea' }],
		['Korea Połódniowa', 0, { code: 'other-entity', given: 'south-korea' }],
		['Korea', 0, { code: 'not-recognised' }],
		['Koreа', 0, { code: 'not-recognised' }]
	])('%j → %d', (answer, credit, reason) => {
		const result = scoreEntityAnswer(north, koreas, answer, 'pl');
		expect(result.credit).toBe(credit);
		expect(result.reason).toEqual(reason);
	});

	it('leaves a typo as close to two names unrecognised', () => {
		const people = [
			makeEntity({ id: 'jan-kowalski', name: 'Kowalski', type: 'person' }),
			makeEntity({ id: 'anna-kowalska', name: 'Kowalska', type: 'person' })
		];
		const fact = makeEntityFact({ value: 'jan-kowalski' });
		expect(scoreEntityAnswer(fact, people, 'Kowalsky', 'pl').reason).toEqual({
			code: 'not-recognised'
		});
		expect(scoreEntityAnswer(fact, people, 'Kowalski', 'pl').credit).toBe(1);
		expect(scoreEntityAnswer(fact, people, 'Kowalska', 'pl').reason).toEqual({
			code: 'other-entity',
			given: 'anna-kowalska'
		});
	});

	it("prefers an entity's own name to another entity's alias", () => {
		const places = [
			makeEntity({ id: 'russia', name: 'Rosja', aliases: ['Moskwa'] }),
			makeEntity({ id: 'moscow', name: 'Moskwa', type: 'city' })
		];
		const fact = makeEntityFact({ value: 'moscow' });
		expect(scoreEntityAnswer(fact, places, 'w Moskwie', 'pl').credit).toBe(1);
	});
});

describe('scoreEntitySetAnswer: who accused North Korea (South Korea and Ukraine)', () => {
	const fact = makeEntitySetFact();

	it.each([
		'Korea Południowa i Ukraina',
		'Ukraina i Korea Południowa',
		'Ukraina, Korea Płd.',
		'Ukraina; Korea Pd',
		'Ukraina/Korea Płd',
		'Ukraina & Korea Południowa',
		'Ukraina oraz Korea Południowa',
		'Korea Południowa, a także Ukraina',
		'z Korei Południowej i Ukrainy',
		'Seul i Kijów',
		'South Korea and Ukraine',
		'Ukraina oraz Korea Pułudniowa',
		'Korea Południowa i Ukraina oskarżyły Koreę Północną',
		'Ukraina, Ukraina i Korea Płd.'
	])('%j is correct', (answer) => {
		expect(scoreEntitySetAnswer(fact, entities, answer, 'pl')).toEqual({
			credit: 1,
			verdict: 'correct',
			reason: { code: 'exact' },
			normalized: 'south-korea+ukraine'
		});
	});

	it.each([
		['Ukraina', 0.5, { code: 'partly-right', right: 1, total: 2, wrong: 0 }, 'ukraine'],
		['Korea Płd.', 0.5, { code: 'partly-right', right: 1, total: 2, wrong: 0 }, 'south-korea'],
		[
			'Ukraina, Korea Płd. i USA',
			0.5,
			{ code: 'partly-right', right: 2, total: 2, wrong: 1 },
			'south-korea+ukraine+usa'
		],
		[
			'Japonia, Ukraina, Korea Płd',
			0.5,
			{ code: 'partly-right', right: 2, total: 2, wrong: 1 },
			'south-korea+ukraine'
		],
		['Ukraina i USA', 0, { code: 'partly-right', right: 1, total: 2, wrong: 1 }, 'ukraine+usa'],
		['Korea i Ukraina', 0, { code: 'partly-right', right: 1, total: 2, wrong: 1 }, 'ukraine'],
		['USA', 0, { code: 'all-wrong', total: 2 }, 'usa'],
		['Korea Północna', 0, { code: 'all-wrong', total: 2 }, 'north-korea'],
		['Japonia i Chiny', 0, { code: 'all-wrong', total: 2 }, 'japonia i chiny'],
		[
			'Ukraina, ale nie jestem tego pewien',
			0.5,
			{ code: 'partly-right', right: 1, total: 2, wrong: 0 },
			'ukraine'
		]
	])('%j → %d', (answer, credit, reason, normalized) => {
		const result = scoreEntitySetAnswer(fact, entities, answer, 'pl');
		expect(result.credit).toBe(credit);
		expect(result.reason).toEqual(reason);
		expect(result.normalized).toBe(normalized);
	});
});

describe('scoreEntitySetAnswer: who denied the reports (Moscow and Pyongyang)', () => {
	const fact = makeDeniersFact();

	it.each([
		['Moskwa oraz Pjongjang', 1],
		['Zarówno Moskwa, jak i Pjongjang', 1],
		['Rosja i Korea Północna', 1],
		['Kreml i KRLD', 1],
		['Korea Północna i Rosja', 1],
		['Rosja', 0.5],
		['Korea Północna, Korea Południowa', 0],
		['Rosja, Korea Północna i USA', 0.5],
		['Moskwa, Pjongjang, Seul', 0.5]
	])('%j → %d', (answer, credit) => {
		expect(scoreEntitySetAnswer(fact, entities, answer, 'pl').credit).toBe(credit);
	});

	it("accepts a wording of the whole answer given as the fact's alias", () => {
		const withAlias = makeEntitySetFact({
			value: ['russia', 'north-korea'],
			aliases: ['obie strony sojuszu']
		});
		expect(scoreEntitySetAnswer(withAlias, entities, 'obie strony sojuszu', 'pl').credit).toBe(1);
	});
});

describe('scoreEntityAnswer: a surname listed as an alias, as extraction lists it', () => {
	const people = [
		makeEntity({ id: 'raj-mehta', name: 'Raj Mehta', type: 'person', aliases: ['Mehta'] }),
		makeEntity({
			id: 'fiona-hargreaves',
			name: 'Fiona Hargreaves',
			type: 'person',
			aliases: ['Hargreaves']
		})
	];
	const fact = (value: string) => makeEntityFact({ value });

	it('credits the surname alone, in any case, and a typo in a long one', () => {
		expect(scoreEntityAnswer(fact('raj-mehta'), people, 'Mehta', 'en').credit).toBe(1);
		expect(scoreEntityAnswer(fact('fiona-hargreaves'), people, 'Hargreaves', 'en').credit).toBe(1);
		expect(scoreEntityAnswer(fact('fiona-hargreaves'), people, 'Hargeaves', 'en').credit).toBe(1);
	});

	it('does not read another short surname as a typo of the alias', () => {
		expect(scoreEntityAnswer(fact('raj-mehta'), people, 'Mehra', 'en').credit).toBe(0);
	});
});

describe('scoreEntityAnswer: an institution by its short form', () => {
	const institutions = [
		makeEntity({
			id: 'prokuratura',
			name: 'Prokuratura Rejonowa w Lubinie',
			type: 'organisation',
			aliases: ['Prokuratura Rejonowa']
		}),
		makeEntity({
			id: 'greenfield',
			name: 'Greenfield Capital Partners',
			type: 'organisation',
			aliases: ['Greenfield Capital', 'Greenfield']
		})
	];
	const credit = (value: string, answer: string, language: 'pl' | 'en') =>
		scoreEntityAnswer(makeEntityFact({ value }), institutions, answer, language).credit;

	it('credits the name without its seat or its company words', () => {
		expect(credit('prokuratura', 'Prokuratura Rejonowa', 'pl')).toBe(1);
		expect(credit('prokuratura', 'prokuratura rejonowa w Lubinie', 'pl')).toBe(1);
		expect(credit('greenfield', 'Greenfield', 'en')).toBe(1);
	});

	it('refuses it with another seat or as another company', () => {
		expect(credit('prokuratura', 'Prokuratura Rejonowa w Lublinie', 'pl')).toBe(0);
		expect(credit('greenfield', 'Greenfield Partners Group', 'en')).toBe(0);
	});
});

describe('scoreEntityAnswer: a person by surname, role or a doubled letter', () => {
	const people = [
		makeEntity({ id: 'kalkmann', name: 'Dieter Kalkmann', type: 'person' }),
		makeEntity({ id: 'cebula', name: 'Marek Cebula', type: 'person' })
	];
	const credit = (value: string, answer: string) =>
		scoreEntityAnswer(makeEntityFact({ value }), people, answer, 'pl').credit;

	it('credits a surname one doubled letter off, or after a role', () => {
		expect(credit('kalkmann', 'Kalkman')).toBe(1);
		expect(credit('cebula', 'wojewoda Cebula')).toBe(1);
	});

	it('refuses another given name or another ending', () => {
		expect(credit('cebula', 'Jan Cebula')).toBe(0);
		expect(credit('cebula', 'Cebulak')).toBe(0);
	});
});

describe('scoreEntityAnswer: English names do not decline', () => {
	const people = [
		makeEntity({ id: 'varga', name: 'Elena Varga', type: 'person', aliases: ['Varga'] }),
		makeEntity({ id: 'ashworth', name: 'Catherine Ashworth', type: 'person' })
	];
	const credit = (value: string, answer: string) =>
		scoreEntityAnswer(makeEntityFact({ value }), people, answer, 'en').credit;

	it('credits the possessive and a typo in a long surname', () => {
		expect(credit('ashworth', "Ashworth's")).toBe(1);
		expect(credit('ashworth', 'Judge Ashworth’s ruling')).toBe(1);
		expect(credit('ashworth', 'Ashwroth')).toBe(1);
	});

	it('refuses a surname with another ending', () => {
		expect(credit('varga', 'Vargas')).toBe(0);
		expect(credit('varga', 'Elena Vargas')).toBe(1);
	});
});
