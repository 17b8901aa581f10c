import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFact } from '../module';
import { seedModule } from '../testing/seed-module';
import { scoreFactAnswer } from './fact';
import { MAX_ANSWER_LENGTH } from './result';
import {
	makeDeniersFact,
	makeEntity,
	makeEntityFact,
	makeEntitySetFact,
	makeRewardFact,
	makeTextFact,
	kurskEntities
} from './test-facts';
import {
	matchesPhrase,
	prepareEntities,
	prepareTextFact,
	scoreEntityAnswer,
	scoreEntitySetAnswer,
	scoreTextAnswer
} from './text';

const entities = kurskEntities();

describe('matchesPhrase', () => {
	it.each([
		['pomocy w programie rakietowym', 'pomoc w programie rakietowym', true],
		['w programie rakietowym pomoc', 'pomoc w programie rakietowym', true],
		['Program rakietowy', 'programie rakietowym', true],
		['obawy przed prześladowaniami', 'obawa przed prześladowaniami', true],
		['OBAWA PRZED PRZESLADOWANIAMI', 'obawa przed prześladowaniami', true],
		['obawa przed przesladowanaimi', 'obawa przed prześladowaniami', true],
		['obawa', 'obawa przed prześladowaniami', false],
		['prześladowania', 'obawa przed prześladowaniami', false],
		['rodzinz', 'rodzina', true],
		['rodzinnej', 'rodzina', true],
		['lek', 'lęk', true],
		['lak', 'lęk', false],
		['ze strachu', 'strach', true],
		['strachem', 'strach', true],
		['sto', 'strach', false],
		['bać się', 'bać się', true],
		['się', 'bać się', false],
		['a', 'a', true],
		['', 'rodzina', false],
		['rodzina', '', false],
		['2024', '2025', false]
	])('%j contains %j: %s', (answer, phrase, expected) => {
		expect(matchesPhrase(answer, phrase, 'pl')).toBe(expected);
	});

	it.each([
		["fear of their families' persecution", 'persecution of families', true],
		['families feared', 'family fear', true],
		['the', 'the family', false]
	])('English: %j contains %j: %s', (answer, phrase, expected) => {
		expect(matchesPhrase(answer, phrase, 'en')).toBe(expected);
	});
});

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

describe('scoreTextAnswer: why they would rather die than surrender', () => {
	const fact = makeTextFact();

	it.each([
		['obawa przed prześladowaniami członków rodziny', 3],
		['Obawy przed prześladowaniami członków rodzin', 3],
		['strach przed represjami wobec bliskich', 3],
		['obawy przed karą dla krewnych', 3],
		['boją się, że ich rodziny spotkają represje', 3],
		['boją się prześladowań rodziny', 3],
		['z obawy przed represjami', 2],
		['strach o rodzinę', 2],
		['przesladowania rodzin', 2],
		['Represje wobec rodzin, które zostały w kraju', 2],
		['z lęku o bliskich', 2],
		['ze strachu', 1],
		['Boja sie o swoje rodzinny', 2],
		['bo się boją', 1],
		['bo nie chcą', 0],
		['bo są fanatykami i wierzą w Kim Dzong Una', 0]
	])('%j finds %d of 3 concepts', (answer, found) => {
		const result = scoreTextAnswer(fact, answer, 'pl');
		expect(result.reason).toEqual({ code: 'concepts', found, total: 3 });
		expect(result.credit).toBeCloseTo(found / 3);
	});

	it('gives full credit for the value as a phrase', () => {
		const reward = makeRewardFact();
		expect(scoreTextAnswer(reward, 'pomocy w programie rakietowym', 'pl')).toEqual({
			credit: 1,
			verdict: 'correct',
			reason: { code: 'concepts', found: 2, total: 2 },
			normalized: 'pomocy w programie rakietowym'
		});
	});

	it.each([
		['pomoc w programie rakietowym', 1],
		['wsparcie w rakietach', 1],
		['pomoc przy pociskach balistycznych', 1],
		['rakiety', 0.5],
		['pomoc', 0.5],
		['pieniądze i żywność', 0]
	])('reward: %j → %d', (answer, credit) => {
		expect(scoreTextAnswer(makeRewardFact(), answer, 'pl').credit).toBe(credit);
	});

	it("accepts the fact's aliases as a whole answer", () => {
		const withAlias = makeTextFact({ aliases: ['lojalność wobec reżimu pod przymusem'] });
		expect(scoreTextAnswer(withAlias, 'przymus lojalności wobec reżimu', 'pl').credit).toBe(1);
	});

	it('scores an English fact with English stems', () => {
		const english = makeTextFact({
			value: 'fear of persecution of their families',
			concepts: [
				['fear', 'afraid'],
				['persecution', 'punishment'],
				['family', 'relatives']
			]
		});
		expect(scoreTextAnswer(english, "They fear their relatives' punishment", 'en').credit).toBe(1);
		expect(scoreTextAnswer(english, 'they are afraid', 'en').credit).toBeCloseTo(1 / 3);
	});
});

describe('preparation is cached', () => {
	it('returns the same prepared key for the same fact and language', () => {
		const fact = makeTextFact();
		expect(prepareTextFact(fact, 'pl')).toBe(prepareTextFact(fact, 'pl'));
		expect(prepareTextFact(fact, 'pl')).not.toBe(prepareTextFact(fact, 'en'));
		expect(prepareEntities(entities, 'pl')).toBe(prepareEntities(entities, 'pl'));
	});
});

describe('every scorer, any input', () => {
	const scorers = {
		entity: (answer: string) => scoreEntityAnswer(makeEntityFact(), entities, answer, 'pl'),
		'entity-set': (answer: string) =>
			scoreEntitySetAnswer(makeEntitySetFact(), entities, answer, 'pl'),
		text: (answer: string) => scoreTextAnswer(makeTextFact(), answer, 'pl'),
		'text in English': (answer: string) => scoreTextAnswer(makeTextFact(), answer, 'en')
	};

	it.each(Object.entries(scorers))('%s: never throws, credit stays in [0, 1]', (_, score) => {
		const answers = fc.oneof(
			fc.string({ unit: 'grapheme' }),
			fc.string({ unit: 'binary' }),
			fc
				.array(fc.constantFrom('Kim', 'Korea', 'Płd.', 'i', ',', 'Ukraina', 'Putin', 'rodzina'))
				.map((parts) => parts.join(' '))
		);
		fc.assert(
			fc.property(answers, (answer) => {
				const result = score(answer);
				expect(result.credit).toBeGreaterThanOrEqual(0);
				expect(result.credit).toBeLessThanOrEqual(1);
			}),
			{ numRuns: 500 }
		);
	});

	it.each(Object.entries(scorers))('%s: refuses answers over the limit', (_, score) => {
		fc.assert(
			fc.property(
				fc.string({ minLength: MAX_ANSWER_LENGTH + 1, maxLength: MAX_ANSWER_LENGTH * 3 }),
				(answer) => {
					expect(score(answer)).toEqual({
						credit: 0,
						verdict: 'invalid',
						reason: { code: 'too-long', limit: MAX_ANSWER_LENGTH },
						normalized: null
					});
				}
			),
			{ numRuns: 50 }
		);
	});

	it('scores the longest allowed answer quickly', () => {
		const longest = 'Korea Płd i '.repeat(MAX_ANSWER_LENGTH / 12).slice(0, MAX_ANSWER_LENGTH);
		const started = performance.now();
		scoreEntitySetAnswer(makeEntitySetFact(), entities, longest, 'pl');
		scoreTextAnswer(makeTextFact(), longest, 'pl');
		expect(performance.now() - started).toBeLessThan(200);
	});
});

describe('the committed Kursk module: realistic answers', () => {
	const module = seedModule();
	const fact = (id: string) => {
		const found = findFact(module, id);
		if (!found) throw new Error(`no fact ${id}`);
		return found;
	};

	it.each([
		['proposer', 'Kim Dzong Un', 1],
		['proposer', 'Kim Jong-un', 1],
		['proposer', 'przywódca Korei Północnej', 1],
		['proposer', 'Kim Dzong Un, przywódca Korei Północnej', 1],
		['proposer', 'Putin', 0],
		['proposer', 'Kim', 0],
		['backer', 'Putin', 1],
		['backer', 'prezydent Rosji', 1],
		['backer', 'Wladimir Putin', 1],
		['backer', 'Putinowi', 1],
		['backer', 'Rosja', 0],
		['proposal-source', 'amerykański wywiad', 1],
		['proposal-source', 'amerykańskie agencje wywiadowcze', 1],
		['proposal-source', 'wywiad USA', 1],
		['proposal-source', 'USA', 0],
		['losses-source', 'według zachodnich źródeł', 1],
		['losses-source', 'Zachód', 1],
		['observer', 'Stany Zjednoczone', 1],
		['observer', 'Ameryka', 1],
		['accusers', 'Korea Południowa i Ukraina', 1],
		['accusers', 'z Seulu i Kijowa', 1],
		['accusers', 'Korea Płd, Ukraina i USA', 0.5],
		['accusers', 'Ukraina', 0.5],
		['deniers', 'Moskwa i Pjongjang', 1],
		['deniers', 'Kreml oraz KRLD', 1],
		['deniers', 'Rosja i USA', 0],
		['traded-for', 'technologię rakietową', 1],
		['traded-for', 'wsparcie programu rakietowego', 1],
		['traded-for', 'pieniądze', 0],
		['no-surrender-reason', 'boją się o rodziny', 2 / 3],
		['no-surrender-reason', 'obawiają się prześladowań bliskich', 1],
		['no-surrender-reason', 'bo rodzina zostanie ukarana', 2 / 3],
		['shells-supplied', 'amunicję', 1],
		['shells-supplied', 'czołgi', 0]
	])('%s: %j → %d', (id, answer, credit) => {
		expect(scoreFactAnswer(module, fact(id), answer).credit).toBeCloseTo(credit);
	});
});
