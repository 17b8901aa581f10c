import { QUIZ_PHRASES } from '../language/phrases';
import type { QuestionWithKey } from '../question';
import type { BankQuestion, QuestionBank } from './bank';

/**
 * What the Moodle XML and GIFT serializers share: both land in Moodle's question bank, so
 * the same bank must give the same questions, keys and credit in either.
 */

/** Moodle's category path for the module: one category, under the course's top category. */
export function categoryPath(bank: QuestionBank): string {
	// A slash in a category name is written doubled, or Moodle reads it as a subcategory.
	return `$course$/top/${bank.title.replace(/\s+/g, ' ').trim().replace(/\//g, '//')}`;
}

/** The general feedback: the article's sentences that state the facts. */
export function generalFeedback(entry: BankQuestion): string {
	return entry.question.evidence.join(' ');
}

/** Moodle stores fractions with 7 decimals and shows 5; 100/3 must read as 33.33333. */
export function percent(value: number): string {
	return String(Math.round(value * 100000) / 100000);
}

/**
 * Per-choice credit in per cent, as factquiz scores a multiple response: each right choice
 * 100/k of the k right ones, each wrong one −100/k, floored at 0 by Moodle as by factquiz.
 * The right ones sum to 100.
 */
export function choicePercents(
	question: Extract<QuestionWithKey, { type: 'multiple-response' }>
): Map<string, number> {
	const share = 100 / question.key.choiceIds.length;
	return new Map(
		question.choices.map((choice) => [
			choice.id,
			question.key.choiceIds.includes(choice.id) ? share : -share
		])
	);
}

/** The choice text of each matching item's key, in the items' order. */
export function matchedPairs(
	question: Extract<QuestionWithKey, { type: 'matching' }>
): { item: string; choice: string }[] {
	return question.items.map((item) => ({
		item: item.text,
		choice: question.choices.find((choice) => choice.id === question.key.pairs[item.id])?.text ?? ''
	}));
}

/** The items of an ordering question in the key's order, smallest first. */
export function orderedItems(question: Extract<QuestionWithKey, { type: 'ordering' }>): string[] {
	return question.key.order.map(
		(id) => question.choices.find((choice) => choice.id === id)?.text ?? ''
	);
}

/** A cloze prompt around its gap: the text before and after the blank the generator left. */
export function clozeParts(
	bank: QuestionBank,
	question: Extract<QuestionWithKey, { type: 'cloze' }>
): { before: string; after: string } {
	const phrases = QUIZ_PHRASES[bank.language];
	const at = question.prompt.indexOf(phrases.gap, phrases.cloze.length);
	if (at < 0) throw new TypeError(`cloze question ${question.id} has no gap`);
	return {
		before: question.prompt.slice(0, at),
		after: question.prompt.slice(at + phrases.gap.length)
	};
}
