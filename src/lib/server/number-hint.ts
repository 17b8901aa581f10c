import { numberHintFor } from '$lib/i18n/number-hint';
import type { QuizModule } from '$lib/quiz/module';
import type { QuestionWithKey } from '$lib/quiz/question';

/** The typing hint of a numeric question: a proportion's or a number's, in the module's language. */
export function numberHintOf(module: QuizModule, question: QuestionWithKey) {
	if (question.type !== 'numeric') return null;
	const fact = module.facts.find((candidate) => question.factIds.includes(candidate.id));
	return numberHintFor(fact?.kind === 'proportion' ? 'proportion' : 'number', module.language);
}
