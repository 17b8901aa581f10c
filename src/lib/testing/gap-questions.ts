import { expect } from 'vitest';
import { checkQuestion } from '../quiz/check';
import type { Fact, Language } from '../quiz/content';
import { clozeGenerator } from '../quiz/generate/cloze';
import { generateQuestion } from '../quiz/generate/index';
import { numericGenerator } from '../quiz/generate/numeric';
import { checkContext } from '../quiz/generate/quality';
import { QUIZ_PHRASES } from '../quiz/language/phrases';
import { gappedFigureFact, moduleOfParagraphs } from './seed-module';

/**
 * The numeric and the cloze question generation makes of the first fact, in an article of the
 * given paragraphs; undefined where it offers none (a gap it refuses).
 */
export function gapQuestionsOf(
	name: string,
	language: Language,
	paragraphs: string[],
	facts: Fact[]
) {
	const module = moduleOfParagraphs(name, language, paragraphs, facts);
	const id = facts[0]?.id as string;
	const numeric = numericGenerator.items(module).some((item) => item.includes(id))
		? generateQuestion(module, 'numeric', [id], 1)
		: undefined;
	const cloze = clozeGenerator.items(module).some((item) => item.includes(id))
		? generateQuestion(module, 'cloze', [id], 1)
		: undefined;
	return { module, numeric, cloze };
}

/** The same, asserting that the automatic check passes each question offered. */
export function checkedGapQuestionsOf(
	name: string,
	language: Language,
	paragraphs: string[],
	facts: Fact[]
) {
	const questions = gapQuestionsOf(name, language, paragraphs, facts);
	for (const question of [questions.numeric, questions.cloze])
		if (question)
			expect(checkQuestion(question, checkContext(questions.module)), question.prompt).toEqual([]);
	return questions;
}

/** A Polish figure fact gapped in its sentence, with no unit. */
export const polishFigure = (id: string, value: number, evidence: string, figure: string): Fact =>
	gappedFigureFact(id, value, evidence, figure, '', false, 'pl');

/** The prompts of a cloze and a numeric question, expected to show `context` before the gap. */
export function expectShownAfter(
	questions: ReturnType<typeof gapQuestionsOf>,
	context: string,
	gapOpening: string
) {
	const { clozePassage } = QUIZ_PHRASES[questions.module.language];
	expect(questions.cloze?.prompt.startsWith(clozePassage)).toBe(true);
	for (const question of [questions.numeric, questions.cloze])
		expect(question?.prompt).toContain(`${context} ${gapOpening}`);
}
