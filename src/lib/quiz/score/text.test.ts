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
