import { figureAsWritten, formatProportion, percentAsWritten } from './generate/values';
import { formatNumber } from './language/number';
import { findFact, type QuizModule } from './module';
import type { QuestionWithKey } from './question';

/**
 * A response or a key as lines of text in the question's own options, for results, practice
 * feedback and exports: one line for a typed answer or a single choice, one line per item
 * for multiple response, ordering ("1. …") and matching ("… → 4000").
 */

function choiceText(question: QuestionWithKey, id: string): string {
	return 'choices' in question
		? (question.choices.find((choice) => choice.id === id)?.text ?? id)
		: id;
}

function ordered(question: QuestionWithKey, ids: readonly unknown[]): string[] {
	return ids.map((id, index) => `${index + 1}. ${choiceText(question, String(id))}`);
}

function matched(
	question: QuestionWithKey & { items: { id: string; text: string }[] },
	pairs: Record<string, unknown>
): string[] {
	return question.items.map((item) => {
		const choice = pairs[item.id];
		return `${item.text} → ${typeof choice === 'string' && choice ? choiceText(question, choice) : '—'}`;
	});
}

/** What the learner answered, or null when nothing was. */
export function describeResponse(question: QuestionWithKey, response: unknown): string[] | null {
	if (response === null || response === undefined || response === '') return null;
	switch (question.type) {
		case 'numeric':
		case 'cloze':
		case 'short-answer':
			return typeof response === 'string' ? [response] : null;
		case 'single-choice':
		case 'true-false':
			return typeof response === 'string' ? [choiceText(question, response)] : null;
		case 'multiple-response':
			return Array.isArray(response)
				? response.map((id) => choiceText(question, String(id)))
				: null;
		case 'ordering':
			return Array.isArray(response) ? ordered(question, response) : null;
		case 'matching':
			return response && typeof response === 'object' && !Array.isArray(response)
				? matched(question, response as Record<string, unknown>)
				: null;
	}
}

/**
 * How a numeric key reads as the article words it: a share as "40 proc." or "40%", never the
 * stored fraction "0,4"; a price with its pence ("19.50"); a sum with its scale word ("47,3 mln").
 */
export function keyFigureFormat(
	module: QuizModule,
	question: QuestionWithKey
): (value: number) => string {
	const fact = findFact(module, question.factIds[0] ?? '');
	if (fact?.kind === 'proportion')
		return (value) => percentAsWritten(fact, formatProportion(module, value));
	if (fact?.kind === 'number') return (value) => figureAsWritten(module, fact, value);
	return (value) => formatNumber(value, module.language);
}

export function describeKey(
	question: QuestionWithKey,
	formatFigure: (value: number) => string
): string[] {
	switch (question.type) {
		case 'numeric':
			return [formatFigure(question.key.value)];
		case 'cloze':
		case 'short-answer':
			return [question.key.value];
		case 'single-choice':
		case 'true-false':
		case 'multiple-response':
			return question.key.choiceIds.map((id) => choiceText(question, id));
		case 'ordering':
			return ordered(question, question.key.order);
		case 'matching':
			return matched(question, question.key.pairs);
	}
}
