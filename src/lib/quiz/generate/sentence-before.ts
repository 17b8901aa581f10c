import type { Language } from '../content';
import { splitSentences } from '../extract/sentences';
import type { QuizModule } from '../module';

/** The sentence before a fact's own, which a prompt may show and a figure may lean on. */

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The sentences of a paragraph, as extraction cuts them. */
function sentencesOf(paragraph: string, language: Language): string[] {
	return splitSentences(collapse(paragraph), language).map((sentence) => sentence.text);
}

/**
 * The sentence right before the evidence: in its paragraph, or the last of the paragraph just
 * before when the evidence opens its own. None after a heading or in a related-article box.
 */
export function sentenceBefore(module: QuizModule, evidence: string): string | undefined {
	const sentence = collapse(evidence);
	const blocks = module.article.blocks;
	const index = blocks.findIndex(
		(block) => block.type === 'paragraph' && collapse(block.text).includes(sentence)
	);
	const block = blocks[index];
	if (block === undefined || block.type !== 'paragraph') return undefined;
	const paragraph = collapse(block.text);
	const before = paragraph.slice(0, paragraph.indexOf(sentence)).trim();
	if (before !== '') return sentencesOf(before, module.language).pop();
	const previous = blocks[index - 1];
	return previous?.type === 'paragraph'
		? sentencesOf(previous.text, module.language).pop()
		: undefined;
}
