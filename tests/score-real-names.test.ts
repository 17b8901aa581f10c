import { describe, expect, it } from 'vitest';
import { scoreEntityAnswer } from '../src/lib/quiz/score/entity';
import { makeEntity, makeEntityFact } from '../src/lib/testing/score-facts';
import { loadMorphology } from '../src/lib/server/morphology';
import { generateQuiz } from '../src/lib/quiz/generate';
import { scoreQuestion } from '../src/lib/quiz/score';
import { rightResponse } from '../src/lib/testing/answers';
import { seedModule } from '../src/lib/testing/seed-module';

/**
 * Names typed by students, scored with the names the server registers when it loads the
 * Polish dictionary: a word that is itself another real name is never a form or a typo of
 * the key, however close its stem.
 */

loadMorphology('pl');

const entities = [
	makeEntity({
		id: 'germany',
		name: 'Niemcy',
		type: 'country',
		aliases: ['Niemiec', 'Niemczech', 'Niemcom', 'Germany']
	}),
	makeEntity({ id: 'czechia', name: 'Czechy', type: 'country', aliases: ['Czech'] }),
	makeEntity({ id: 'opole', name: 'Opole', type: 'city', aliases: ['Opolu', 'Opola'] }),
	makeEntity({ id: 'marek-cebula', name: 'Marek Cebula', type: 'person' }),
	makeEntity({ id: 'adam-kurowski', name: 'Adam Kurowski', type: 'person' })
];

const credit = (id: string, answer: string) =>
	scoreEntityAnswer(makeEntityFact({ value: id }), entities, answer, 'pl').credit;

describe('a country typed as students type it', () => {
	it.each(['Niemcy', 'niemcy', 'Niemiec', 'z Niemiec', 'Niemczech', 'Niemcami', 'Germany'])(
		'%j is Niemcy',
		(answer) => {
			expect(credit('germany', answer)).toBe(1);
		}
	);

	it.each(['Niemce', 'Niemcza', 'Czechy'])('%j is another place, not Niemcy', (answer) => {
		expect(credit('germany', answer)).toBe(0);
	});
});

describe('forms of a town and a person stay credited', () => {
	it.each([
		['opole', 'Opole'],
		['opole', 'w Opolu'],
		['opole', 'Opolem'],
		['marek-cebula', 'Cebula'],
		['marek-cebula', 'prezes Cebula'],
		['marek-cebula', 'Cebuli'],
		['adam-kurowski', 'Kurowskiego'],
		['adam-kurowski', 'Kurowskim']
	])('%s: %j', (id, answer) => {
		expect(credit(id, answer)).toBe(1);
	});

	it.each(['Kurowska', 'Kurowskiej'])('%j is another person than Adam Kurowski', (answer) => {
		expect(credit('adam-kurowski', answer)).toBe(0);
	});
});

describe('a town whose stem another known town shares', () => {
	const towns = [makeEntity({ id: 'bytow', name: 'Bytów', type: 'city', aliases: ['Bytowie'] })];
	const townCredit = (answer: string) =>
		scoreEntityAnswer(makeEntityFact({ value: 'bytow' }), towns, answer, 'pl').credit;

	it.each(['Bytów', 'Bytow', 'w Bytowie', 'Bytowa'])('%j is Bytów', (answer) => {
		expect(townCredit(answer)).toBe(1);
	});

	it('takes "Bytom" for the other town', () => {
		expect(townCredit('Bytom')).toBe(0);
	});
});

describe('an institution with its seat', () => {
	const module = [
		makeEntity({
			id: 'prokuratura-lomza',
			name: 'Prokuratura Okręgowa w Łomży',
			type: 'organisation',
			aliases: ['Prokuratura Okręgowa']
		}),
		makeEntity({ id: 'lomza', name: 'Łomża', type: 'city', aliases: ['Łomży'] }),
		makeEntity({ id: 'bialystok', name: 'Białystok', type: 'city', aliases: ['Białymstoku'] })
	];
	const seatCredit = (answer: string) =>
		scoreEntityAnswer(makeEntityFact({ value: 'prokuratura-lomza' }), module, answer, 'pl').credit;

	it.each(['Prokuratura Okręgowa w Łomży', 'prokuratura okręgowa w Łomży', 'Prokuratura Okręgowa'])(
		'%j is the one in Łomża',
		(answer) => {
			expect(seatCredit(answer)).toBe(1);
		}
	);

	it('takes the same office in another town of the article for another institution', () => {
		expect(seatCredit('Prokuratura Okręgowa w Białymstoku')).toBe(0);
	});
});

describe('a name of several words whose word is also a real name of its own', () => {
	// "Korei" and "Południowej" are lemmas of the dictionary too (a surname, a street), yet here
	// they are the cases of Korea Południowa: the seed module's cloze key scored 0 with them.
	const korea = [
		makeEntity({ id: 'south-korea', name: 'Korea Południowa', type: 'country' }),
		makeEntity({ id: 'north-korea', name: 'Korea Północna', type: 'country' }),
		makeEntity({ id: 'ukraine', name: 'Ukraina', type: 'country' })
	];
	const creditOf = (answer: string) =>
		scoreEntityAnswer(makeEntityFact({ value: 'south-korea' }), korea, answer, 'pl').credit;

	it.each(['Korei Południowej', 'z Korei Południowej', 'Koreą Południową', 'Korea Południowa'])(
		'%j is Korea Południowa',
		(answer) => {
			expect(creditOf(answer)).toBe(1);
		}
	);

	it.each(['Korei Północnej', 'Ukrainy'])('%j is another country', (answer) => {
		expect(creditOf(answer)).toBe(0);
	});
});

describe('the seed module, scored as the server scores it (with the dictionary)', () => {
	it('credits every right answer of 100 quizzes in full', () => {
		const module = seedModule();
		const missed = new Set<string>();
		for (let seed = 1; seed <= 100; seed++) {
			for (const question of generateQuiz(module, { count: 20 }, seed).questions) {
				if (scoreQuestion(module, question, rightResponse(question)).credit < 1)
					missed.add(`${question.type} ${question.factIds.join(',')}`);
			}
		}
		expect([...missed]).toEqual([]);
	});
});
