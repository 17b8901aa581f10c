import { describe, expect, it } from 'vitest';
import { makeRewardFact, makeTextFact } from '../../testing/score-facts';
import { scoreTextAnswer } from './text';

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
		['bo ich bliscy byliby represjonowani', 2],
		['bo reżim ukarałby ich rodziny', 2],
		['obawiali się o krewnych, którzy mogli być represjonowani', 3],
		['fear of their families being persecuted', 3],
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

describe('scoreTextAnswer: the idea in other words', () => {
	/** A fact as an author writes it in a hurry: one wording per idea. */
	const polish = makeTextFact({
		value: 'strach przed represjami wobec członków rodziny',
		concepts: [['strach'], ['represje'], ['członkowie rodziny']],
		distractors: [
			'rozkaz dowódców, który zakazuje poddania się',
			'wysoki żołd wypłacany za walkę do końca',
			'obietnica awansu dla poległych'
		]
	});
	const english = makeTextFact({
		value: 'fear of reprisals against family members',
		concepts: [['fear'], ['reprisals'], ['family members']],
		distractors: [
			'orders from commanders forbidding surrender',
			'high pay for fighting to the end',
			'a promise of promotion'
		]
	});

	it.each([
		['boją się represji wobec rodziny', 3],
		['obawiają się, że ich bliscy zostaną ukarani', 3],
		['lęk przed karą dla krewnych', 3],
		['boja sie zemsty na rodzinie', 3],
		['rodzina zostanie ukarana, boją się tego', 3],
		['strach przed represjami', 2],
		['bo się boją', 1],
		['rodzina', 1]
	])('%j states %d of 3 ideas', (answer, found) => {
		const result = scoreTextAnswer(polish, answer, 'pl');
		expect(result.reason).toEqual({ code: 'concepts', found, total: 3 });
	});

	it.each([
		['they are scared their relatives will be punished', 3],
		['afraid of punishment of their families', 3],
		["they fear retaliation against their kin's families", 3],
		['they worry about their family', 2],
		['family', 1]
	])('English: %j states %d of 3 ideas', (answer, found) => {
		const result = scoreTextAnswer(english, answer, 'en');
		expect(result.reason).toEqual({ code: 'concepts', found, total: 3 });
	});

	it.each([
		['nie boją się represji wobec rodziny', 'pl'],
		['bez strachu o rodzinę', 'pl'],
		['brak strachu', 'pl'],
		['odwaga i lojalność wobec przywódcy', 'pl'],
		['strach, represje, rodzina, rozkaz dowódców, żołd, awans', 'pl'],
		['rozkaz dowódców i strach przed represjami wobec rodziny', 'pl'],
		["they aren't afraid of reprisals against their families", 'en'],
		['they are not scared', 'en'],
		['fear, reprisals, family, orders from commanders, high pay, promotion', 'en']
	] as const)('%j states the opposite or hedges: no credit', (answer, language) => {
		const fact = language === 'pl' ? polish : english;
		expect(scoreTextAnswer(fact, answer, language).credit).toBe(0);
	});

	it('a key that itself negates is matched word for word', () => {
		const negated = makeTextFact({
			value: 'nie biorą jeńców',
			concepts: [['nie biorą jeńców']]
		});
		expect(scoreTextAnswer(negated, 'Ukraińcy nie biorą jeńców', 'pl').credit).toBe(1);
		expect(scoreTextAnswer(negated, 'biorą jeńców', 'pl').credit).toBe(0);
	});
});
