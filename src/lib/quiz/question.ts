/**
 * Questions as generated from facts. `QuestionWithKey` stays on the server (or in the CLI);
 * the browser only ever gets `PublicQuestion` until the attempt is submitted.
 */

export const QUESTION_TYPES = [
	'numeric',
	'single-choice',
	'multiple-response',
	'true-false',
	'cloze',
	'ordering',
	'matching',
	'short-answer'
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export function isQuestionType(value: string): value is QuestionType {
	return (QUESTION_TYPES as readonly string[]).includes(value);
}

export interface Choice {
	id: string;
	text: string;
}

interface QuestionCommon {
	/**
	 * Stable across seeds: the same item (type and facts) has the same id in every quiz. Made of
	 * fact ids, so it stays on the server (answers are stored under it); the browser gets
	 * `publicQuestionId` instead.
	 */
	id: string;
	factIds: string[];
	prompt: string;
	/** The article's sentence(s) stating the facts, verbatim. */
	evidence: string;
}

export type QuestionWithKey = QuestionCommon &
	(
		| {
				type: 'numeric';
				/** The counted noun shown after the input ("żołnierzy"). */
				unit?: string;
				key: { value: number; min?: number; max?: number };
		  }
		/** One key id for single choice and true/false; every right one for multiple response. */
		| { type: 'single-choice'; choices: Choice[]; key: { choiceIds: string[] } }
		| { type: 'true-false'; choices: Choice[]; key: { choiceIds: string[] } }
		| { type: 'multiple-response'; choices: Choice[]; key: { choiceIds: string[] } }
		| { type: 'cloze'; key: { value: string } }
		| { type: 'short-answer'; key: { value: string } }
		/** `choices` are the items to put in order, shown shuffled. */
		| { type: 'ordering'; choices: Choice[]; key: { order: string[] } }
		/** Each item (what a figure counts) is matched with one choice (the figure). */
		| {
				type: 'matching';
				items: Choice[];
				choices: Choice[];
				key: { pairs: Record<string, string> };
		  }
	);

type Shown<T> = T extends unknown ? Omit<T, 'key' | 'evidence' | 'factIds' | 'id'> : never;
/**
 * What a browser may see before the learner submits: the prompt and what the form needs, with an
 * id that tells only the question's position. No key, no evidence (it may give the key away), no
 * fact id (authors put values in them: `osoby-9`) and no internal id (built from fact ids, in the
 * key's order for ordering and matching).
 */
export type PublicQuestion = Shown<QuestionWithKey> & { id: string };

/** The id a browser knows the question at `position` (from 0) of its quiz by. */
export function publicQuestionId(position: number): string {
	return `q${position + 1}`;
}

const shownChoices = (choices: readonly Choice[]): Choice[] =>
	choices.map(({ id, text }) => ({ id, text }));

/**
 * Copies field by field rather than dropping the secret ones, so that a field added to
 * `QuestionWithKey` stays on the server until it is added here. Choice and item ids are
 * positions (a, b, c…; 1, 2, 3…) in an order the seed shuffled: they say nothing of the key.
 */
export function publicQuestion(question: QuestionWithKey, position: number): PublicQuestion {
	const id = publicQuestionId(position);
	const { prompt } = question;
	switch (question.type) {
		case 'numeric':
			return {
				id,
				type: question.type,
				prompt,
				...(question.unit === undefined ? {} : { unit: question.unit })
			};
		case 'cloze':
		case 'short-answer':
			return { id, type: question.type, prompt };
		case 'single-choice':
		case 'true-false':
		case 'multiple-response':
		case 'ordering':
			return { id, type: question.type, prompt, choices: shownChoices(question.choices) };
		case 'matching':
			return {
				id,
				type: question.type,
				prompt,
				items: shownChoices(question.items),
				choices: shownChoices(question.choices)
			};
	}
}

/**
 * A learner's response as the scorers take it: text for typed answers, a choice id or ids,
 * an order of item ids, or item → choice pairs.
 */
export type Response = string | string[] | Record<string, string>;

/** Choice ids in the order shown: a, b, c… */
export function choiceId(position: number): string {
	return String.fromCharCode(97 + position);
}
