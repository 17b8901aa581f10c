import type { Fact, Language } from '../quiz/content';
import { clozeGenerator } from '../quiz/generate/cloze';
import { generateQuestion } from '../quiz/generate/index';
import { numericGenerator } from '../quiz/generate/numeric';
import { moduleOfParagraphs } from './seed-module';

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
