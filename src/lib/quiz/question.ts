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
	/** Stable across seeds: the same item (type and facts) has the same id in every quiz. */
	id: string;
	factIds: string[];
	prompt: string;
	/**
	 * The article's sentences stating the facts, each verbatim and once, in the order of the
	 * facts: one for most questions, one per sentence for matching and ordering.
	 */
	evidence: string[];
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

type WithoutKey<T> = T extends unknown ? Omit<T, 'key' | 'evidence'> : never;
/** What a browser may see before the learner submits: no key, no evidence (it may give the key away). */
export type PublicQuestion = WithoutKey<QuestionWithKey>;

export function publicQuestion(question: QuestionWithKey): PublicQuestion {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { key, evidence, ...rest } = question;
	return rest as PublicQuestion;
}

/**
 * Questions as stored with an attempt. Attempts made before evidence became a list hold it
 * as one string (matching and ordering joined their sentences with spaces): read as a list of
 * that one string.
 */
export function storedQuestions(questions: QuestionWithKey[]): QuestionWithKey[] {
	for (const question of questions) {
		const evidence: unknown = question.evidence;
		if (typeof evidence === 'string') question.evidence = [evidence];
	}
	return questions;
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
