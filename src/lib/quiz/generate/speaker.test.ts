import { describe, expect, it } from 'vitest';
import type { Entity, Fact } from '../content';
import { checkQuestion } from '../check';
import { moduleOfParagraphs } from '../../testing/seed-module';
import { generateQuestion } from './index';
import { clozeGenerator } from './cloze';
import { numericGenerator } from './numeric';
import { trueFalseGenerator } from './true-false';
import { checkContext } from './quality';

/**
 * A sentence of direct speech shown alone names its speaker when the article says who it is:
 * the attribution closing its quotation, or the one person the sentence before names.
 */

function figureFact(id: string, value: number, evidence: string, figure: string): Fact {
	const shown = evidence.replace(/^[-–]\s+/u, '').replace(figure, '_____');
	return {
		id,
		kind: 'number',
		value,
		unit: '',
		approximate: false,
		questions: [`Jaka liczba pasuje do luki: „${shown}”?`],
		statement: evidence.replace(figure, '{value}'),
		evidence,
		cloze: figure,
		aliases: []
	};
}

const person = (id: string, name: string): Entity => ({ id, name, type: 'person', aliases: [] });

function questionsOf(paragraphs: string[], fact: Fact, entities: Entity[] = []) {
	const module = moduleOfParagraphs('quotes', 'pl', paragraphs, [fact], entities);
	const numeric = numericGenerator.items(module).length
		? generateQuestion(module, 'numeric', [fact.id], 1)
		: undefined;
	const cloze = clozeGenerator.items(module).length
		? generateQuestion(module, 'cloze', [fact.id], 1)
		: undefined;
	const trueFalse = trueFalseGenerator.items(module).length
		? generateQuestion(module, 'true-false', [fact.id], 1)
		: undefined;
	return { module, numeric, cloze, trueFalse };
}

describe('a quoted sentence whose speaker it does not name', () => {
	it('takes the name of the attribution closing its quotation', () => {
		const evidence = '– Dziadek zaczynał z jedną łodzią i trzema rybakami.';
		const paragraph = `${evidence} Dziś mamy sześć kutrów – mówi Roman Filipek.`;
		const fact = figureFact('rybacy', 3, evidence, 'trzema');
		const { module, numeric, cloze, trueFalse } = questionsOf(
			['Przystań w Jastarni ma nowe nabrzeże.', paragraph],
			fact
		);
		expect(numeric?.prompt).toBe(
			'Jaka liczba pasuje do luki: „Dziadek zaczynał z jedną łodzią i _____ rybakami – mówi Roman Filipek.”?'
		);
		expect(cloze?.prompt).toContain('_____ rybakami – mówi Roman Filipek.');
		expect(cloze?.evidence).toEqual([evidence]);
		for (const question of [numeric, cloze])
			expect(checkQuestion(question!, checkContext(module))).toEqual([]);
		// A statement of the quotation is refused, not rewritten.
		expect(trueFalse).toBeUndefined();
	});

	it('takes the one person the sentence before the quotation names, after a bare verb', () => {
		const paragraph =
			'Kościelny Bogdan Lasota, który dzwoni w Skępem od 28 lat, czeka na remont wieży. – Na razie działają dwa z czterech dzwonów – mówi.';
		const evidence = '– Na razie działają dwa z czterech dzwonów – mówi.';
		const fact = figureFact('dzwony', 4, evidence, 'czterech');
		const { module, numeric, cloze } = questionsOf(['Parafia zbiera pieniądze.', paragraph], fact, [
			person('lasota', 'Bogdan Lasota')
		]);
		expect(numeric?.prompt).toBe(
			'Jaka liczba pasuje do luki: „Na razie działają dwa z _____ dzwonów – mówi Bogdan Lasota.”?'
		);
		expect(cloze?.prompt).toContain('dwa z _____ dzwonów – mówi Bogdan Lasota.');
		for (const question of [numeric, cloze])
			expect(checkQuestion(question!, checkContext(module))).toEqual([]);
	});

	it('gives no question when two people are named before it', () => {
		const paragraph =
			'Kościelny Bogdan Lasota i proboszcz Marian Wilk czekają na remont wieży. – Na razie działają dwa z czterech dzwonów – mówi.';
		const evidence = '– Na razie działają dwa z czterech dzwonów – mówi.';
		const fact = figureFact('dzwony', 4, evidence, 'czterech');
		const { numeric, cloze, trueFalse } = questionsOf(
			['Parafia zbiera pieniądze.', paragraph],
			fact,
			[person('lasota', 'Bogdan Lasota'), person('wilk', 'Marian Wilk')]
		);
		expect([numeric, cloze, trueFalse]).toEqual([undefined, undefined, undefined]);
	});

	it('names the English speaker a "he said" stands for', () => {
		const evidence = '"We have waited 40 years for a proper footbridge," he said.';
		const fact: Fact = {
			id: 'years',
			kind: 'number',
			value: 40,
			unit: '',
			approximate: false,
			questions: [`Which number fills the gap: "${evidence.replace('40', '_____')}"?`],
			evidence,
			cloze: '40',
			aliases: []
		};
		const module = moduleOfParagraphs(
			'quotes-en',
			'en',
			['Councillor Idris Maddock, who chairs the parish council, welcomed the plans.', evidence],
			[fact],
			[person('maddock', 'Idris Maddock')]
		);
		const cloze = generateQuestion(module, 'cloze', ['years'], 1);
		expect(cloze.prompt).toContain(`for a proper footbridge," Idris Maddock said.`);
		expect(checkQuestion(cloze, checkContext(module))).toEqual([]);
		const numeric = generateQuestion(module, 'numeric', ['years'], 1);
		expect(numeric.prompt).toContain(`footbridge,' Idris Maddock said.`);
		expect(checkQuestion(numeric, checkContext(module))).toEqual([]);
	});
});
