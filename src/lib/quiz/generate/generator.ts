import type { Fact } from '../content';
import type { QuizModule } from '../module';
import { choiceId, type Choice, type QuestionType, type QuestionWithKey } from '../question';
import type { Random } from '../random';

/**
 * A question type's generator: which items it can make from a module (each item a list of
 * fact ids), and how to make one. Registered in `generate/index.ts`.
 */
export interface QuestionGenerator<T extends QuestionType = QuestionType> {
	type: T;
	items(module: QuizModule): string[][];
	/**
	 * `avoid` names option texts a choice question must not offer as distractors (the keys of
	 * the quiz's other questions); other types ignore it.
	 */
	generate(
		module: QuizModule,
		facts: Fact[],
		random: Random,
		avoid?: (text: string) => boolean
	): Extract<QuestionWithKey, { type: T }>;
}

export function questionId(type: QuestionType, factIds: readonly string[]): string {
	return `${type}.${factIds.join('.')}`;
}

/** Options in a seeded order, ids a, b, c… by position, so an id tells nothing about the key. */
export function shuffledChoices(
	random: Random,
	key: string,
	distractors: readonly string[]
): { choices: Choice[]; keyId: string } {
	const texts = random.shuffle([key, ...distractors]);
	const choices = texts.map((text, position) => ({ id: choiceId(position), text }));
	return { choices, keyId: choices[texts.indexOf(key)]?.id ?? 'a' };
}

/** The facts' sentences, each once: every one verbatim in the article, never joined. */
export function evidenceOf(facts: readonly Fact[]): string[] {
	return [...new Set(facts.map((fact) => fact.evidence))];
}

export function onlyFacts(
	module: QuizModule,
	kinds: readonly Fact['kind'][],
	usable: (module: QuizModule, fact: Fact) => boolean
): string[][] {
	return module.facts
		.filter((fact) => kinds.includes(fact.kind) && usable(module, fact))
		.map((fact) => [fact.id]);
}
