import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFact } from '../module';
import { seedModule } from '../../testing/seed-module';
import {
	makeEntityFact,
	makeEntitySetFact,
	makeTextFact,
	kurskEntities
} from '../../testing/score-facts';
import { scoreEntityAnswer, scoreEntitySetAnswer } from './entity';
import { scoreFactAnswer } from './fact';
import { prepareEntities } from './mentions';
import { MAX_ANSWER_LENGTH } from './result';
import { prepareTextFact, scoreTextAnswer } from './text';
import { growthOf, linearGrowthLimit } from '$lib/testing/growth';

const entities = kurskEntities();

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

	it('scores answers up to the longest allowed in linear time', () => {
		const answer = (scale: number) =>
			'Korea Płd i '.repeat(MAX_ANSWER_LENGTH / 12).slice(0, (MAX_ANSWER_LENGTH / 8) * scale);
		const score = (text: string) => {
			scoreEntitySetAnswer(makeEntitySetFact(), entities, text, 'pl');
			scoreTextAnswer(makeTextFact(), text, 'pl');
		};
		expect(growthOf(answer, score)).toBeLessThan(linearGrowthLimit());
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
