import { describe, expect, it } from 'vitest';
import type { Fact } from '../content';
import { checkQuestion } from '../check';
import { gapQuestionsOf, polishFigure } from '../../testing/gap-questions';
import { gappedFigureFact, moduleOfParagraphs } from '../../testing/seed-module';
import { generateQuestion, generateQuiz } from './index';
import { clozeGenerator } from './cloze';
import { numericGenerator } from './numeric';
import { checkContext } from './quality';

/**
 * A gapped sentence that leans on the one before it ("Gmina chce na nią wydać…") is shown after
 * that sentence, as a teacher would show it, when the article gives one that leans on nothing,
 * is no heading and does not give the answer away.
 */

function questionsOf(language: 'pl' | 'en', paragraphs: string[], facts: Fact[]) {
	return gapQuestionsOf('context', language, paragraphs, facts);
}

describe('the sentence before a gapped sentence that leans on it', () => {
	const lighting = 'Iluminacja kładki nad Wisłoką nie weszła do przetargu.';
	const evidence = 'Gmina chce na nią wydać ok. 85 tys. zł.';

	it('is shown before the gap, in the same quotation marks, and passes the check', () => {
		const fact = polishFigure('iluminacja', 85000, evidence, '85 tys.');
		const { module, numeric, cloze } = questionsOf(
			'pl',
			['Remont kładki w Brzezince ruszy w maju.', `${lighting} ${evidence}`],
			[fact]
		);
		expect(numeric?.prompt).toBe(
			`Jaka liczba pasuje do luki: „${lighting} Gmina chce na nią wydać ok. _____ zł.”?`
		);
		expect(cloze?.prompt).toBe(
			`Uzupełnij lukę we fragmencie artykułu: ${lighting} Gmina chce na nią wydać ok. _____ zł.`
		);
		expect(cloze?.evidence).toEqual([evidence]);
		for (const question of [numeric, cloze])
			expect(checkQuestion(question!, checkContext(module))).toEqual([]);
	});

	it('is the last of the paragraph before when the gapped sentence opens its own', () => {
		const fact = polishFigure('iluminacja', 85000, evidence, '85 tys.');
		const { numeric } = questionsOf(
			'pl',
			[`Remont kładki w Brzezince ruszy w maju. ${lighting}`, evidence],
			[fact]
		);
		expect(numeric?.prompt).toContain(`„${lighting} Gmina chce na nią`);
	});

	it('is not shown, and the question not asked, when it holds the key', () => {
		const fact = polishFigure('iluminacja', 85000, evidence, '85 tys.');
		const { numeric, cloze } = questionsOf(
			'pl',
			[`Iluminację kładki wyceniono na 85 tys. zł. ${evidence}`],
			[fact]
		);
		expect([numeric, cloze]).toEqual([undefined, undefined]);
	});

	it('is not shown when it leans on another sentence itself', () => {
		const fact = polishFigure('iluminacja', 85000, evidence, '85 tys.');
		const { numeric, cloze } = questionsOf(
			'pl',
			[`Remont kładki ruszy w maju. Jej iluminacja nie weszła do przetargu. ${evidence}`],
			[fact]
		);
		expect([numeric, cloze]).toEqual([undefined, undefined]);
	});

	it('is refused by the check when it is not the sentence right before', () => {
		const fact = polishFigure('iluminacja', 85000, evidence, '85 tys.');
		const { module, numeric } = questionsOf(
			'pl',
			['Remont kładki w Brzezince ruszy w maju.', `${lighting} ${evidence}`],
			[fact]
		);
		const moved = {
			...numeric!,
			prompt: numeric!.prompt.replace(lighting, 'Remont kładki w Brzezince ruszy w maju.')
		};
		expect(checkQuestion(moved, checkContext(module))).toContain('prompt-fragment');
	});

	it('is not shown when it is a heading', () => {
		const fact = polishFigure('iluminacja', 85000, evidence, '85 tys.');
		const module = moduleOfParagraphs('context', 'pl', [], [fact]);
		module.article = {
			blocks: [
				{ type: 'heading', level: 2, text: 'Iluminacja kładki' },
				{ type: 'paragraph', text: evidence }
			]
		};
		expect(numericGenerator.items(module)).toEqual([]);
		expect(clozeGenerator.items(module)).toEqual([]);
	});

	it('stands before an English sentence whose "it" or "its" it names', () => {
		const bridge = 'The Harlow Road footbridge over the Brent needs new bearings.';
		const closed = 'Councillors voted to close it for 6 weeks.';
		const crew = 'Its new crew of 24 volunteers trained all winter.';
		const lifeboat = 'The old Tenby lifeboat has moved to Angle.';
		const facts = [
			gappedFigureFact('weeks', 6, closed, '6', ''),
			gappedFigureFact('crew', 24, crew, '24', '')
		];
		const module = moduleOfParagraphs(
			'context-en',
			'en',
			[`${bridge} ${closed}`, lifeboat, crew],
			facts
		);
		const weeks = generateQuestion(module, 'cloze', ['weeks'], 1);
		expect(weeks.prompt).toBe(
			`Fill in the gap in this passage from the article: ${bridge} Councillors voted to close it for _____ weeks.`
		);
		const volunteers = generateQuestion(module, 'numeric', ['crew'], 1);
		expect(volunteers.prompt).toBe(
			`Which number fills the gap: "${lifeboat} Its new crew of _____ volunteers trained all winter."?`
		);
		for (const question of [weeks, volunteers])
			expect(checkQuestion(question, checkContext(module))).toEqual([]);
	});

	it('gives no English question when it holds the key', () => {
		const closed = 'Councillors voted to close it for 6 weeks.';
		const { numeric, cloze } = questionsOf(
			'en',
			[`The footbridge over the Brent will shut for 6 weeks in May. ${closed}`],
			[gappedFigureFact('weeks', 6, closed, '6', '')]
		);
		expect([numeric, cloze]).toEqual([undefined, undefined]);
	});

	it('shows no other question’s key in a quiz', () => {
		const cost = 'Remont kładki w Brzezince pochłonie 640 tys. zł.';
		const facts = [
			polishFigure('iluminacja', 85000, evidence, '85 tys.'),
			polishFigure('remont', 640, cost, '640')
		];
		const module = moduleOfParagraphs('context', 'pl', [`${cost} ${evidence}`], facts);
		let shownContext = 0;
		for (let seed = 1; seed <= 30; seed++) {
			const quiz = generateQuiz(module, { count: 2 }, seed);
			for (const question of quiz.questions) {
				if (question.factIds[0] !== 'iluminacja' || !question.prompt.includes(cost)) continue;
				shownContext++;
				// The remont question would have its key shown by the other's context.
				expect(quiz.questions.map((other) => other.factIds[0])).not.toContain('remont');
			}
		}
		expect(shownContext).toBeGreaterThan(0);
	});
});
