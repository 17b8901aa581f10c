import type { Fact } from '../content';
import { foldText } from '../language/normalize';
import type { QuizModule } from '../module';
import type { QuestionWithKey } from '../question';
import { displayValue } from './values';

/**
 * Whether one question of a quiz shows the answer to another: a cloze quoting the sentence
 * that names the figure the next question asks for, a matching question showing figures
 * beside what they count, a true/false statement naming the person a short answer wants.
 * Texts are compared folded, word for word, so "11 tysięcy" in a prompt gives away a fact
 * whose evidence says "11 tysięcy" however it was cased or punctuated.
 */

const forms = new WeakMap<QuizModule, Map<string, string[]>>();

function entityForms(module: QuizModule, id: string): string[] {
	const entity = module.entities.find((candidate) => candidate.id === id);
	return entity ? [entity.name, ...entity.aliases] : [];
}

/** The words that, shown anywhere, answer the fact: its key as shown, its gap, its names. */
function answerForms(module: QuizModule, fact: Fact): string[] {
	let byFact = forms.get(module);
	if (!byFact) {
		byFact = new Map();
		forms.set(module, byFact);
	}
	const cached = byFact.get(fact.id);
	if (cached) return cached;
	const texts = [displayValue(module, fact), ...(fact.cloze ? [fact.cloze] : [])];
	if (fact.kind === 'entity') texts.push(...entityForms(module, fact.value));
	if (fact.kind === 'entity-set')
		texts.push(...fact.value.flatMap((id) => entityForms(module, id)));
	if (fact.kind !== 'number' && fact.kind !== 'proportion') texts.push(...fact.aliases);
	const folded = [
		...new Set(texts.map((text) => foldText(text)).filter((text) => text !== ''))
	].map((text) => ` ${text} `);
	byFact.set(fact.id, folded);
	return folded;
}

/**
 * What a learner reads in the question before answering: the prompt, and the rows of a
 * matching or ordering question. Options of choice questions are left out: their
 * distractors are other figures and names of the article by design, and an option shows
 * no link to what it would answer elsewhere; the rows of a matching question do.
 */
export function shownText(question: QuestionWithKey): string {
	const parts = [question.prompt];
	if (question.type === 'matching') {
		parts.push(...question.items.map((item) => item.text));
		parts.push(...question.choices.map((choice) => choice.text));
	}
	if (question.type === 'ordering') parts.push(...question.choices.map((choice) => choice.text));
	return ` ${foldText(parts.join(' \n '))} `;
}

/** Whether a text (a label, a prompt) shows the fact's answer. */
export function mentionsFact(module: QuizModule, text: string, fact: Fact): boolean {
	const shown = ` ${foldText(text)} `;
	return answerForms(module, fact).some((form) => shown.includes(form));
}

/** Whether a question's shown text (from `shownText`) gives away any of these facts. */
export function reveals(module: QuizModule, shown: string, factIds: readonly string[]): boolean {
	for (const id of factIds) {
		const fact = module.facts.find((candidate) => candidate.id === id);
		if (!fact) continue;
		for (const form of answerForms(module, fact)) if (shown.includes(form)) return true;
	}
	return false;
}
