import { QUIZ_PHRASES } from '../language/phrases';
import { evidenceOf, questionId, type QuestionGenerator } from './generator';
import { checkQuestion } from '../check';
import type { Fact } from '../content';
import type { QuizModule } from '../module';
import type { QuestionWithKey } from '../question';
import { checkContext, factQuality } from './quality';

/** Whether the cloze's words stand whole in the evidence: not glued to a word or a figure. */
export function clozeFits(evidence: string, cloze: string): boolean {
	const sentence = evidence.replace(/\s+/g, ' ');
	const part = cloze.replace(/\s+/g, ' ');
	const at = sentence.indexOf(part);
	if (at < 0) return false;
	const before = sentence.slice(0, at);
	const after = sentence.slice(at + part.length);
	return !/[\p{L}\p{N}:\-–.,/]$/u.test(before) && !/^[\p{L}\p{N}\-–:/]|^[.,]\p{N}/u.test(after);
}

/** Cloze: the evidence sentence with the fact's words left out; typed answers score like the fact's. */
export const clozeGenerator: QuestionGenerator<'cloze'> = {
	type: 'cloze',
	// A gap that would cut a word or a figure in two ("godz. 15:_____") is not a question.
	items: (module) =>
		module.facts
			.filter(
				(fact) =>
					fact.cloze !== undefined &&
					clozeFits(fact.evidence, fact.cloze) &&
					factQuality(module, fact).askable &&
					factQuality(module, fact).gap &&
					// A cloze has no randomness: the question checked is the one every quiz gets.
					checkQuestion(clozeQuestion(module, fact), checkContext(module)).length === 0
			)
			.map((fact) => [fact.id]),
	generate(module, facts) {
		const fact = facts[0];
		if (!fact) throw new TypeError('cloze questions need a fact with a cloze');
		return clozeQuestion(module, fact);
	}
};

function clozeQuestion(
	module: QuizModule,
	fact: Fact
): Extract<QuestionWithKey, { type: 'cloze' }> {
	if (!fact.cloze) throw new TypeError('cloze questions need a fact with a cloze');
	const phrases = QUIZ_PHRASES[module.language];
	// The dash that opens a quotation in Polish news ("- Rocznie wysyłaliśmy…") is no part of it.
	const sentence = fact.evidence.replace(/\s+/g, ' ').replace(/^[-–—]\s+/u, '');
	const gapped = sentence.replace(fact.cloze.replace(/\s+/g, ' '), () => phrases.gap);
	return {
		id: questionId('cloze', [fact.id]),
		type: 'cloze',
		factIds: [fact.id],
		prompt: `${phrases.cloze} ${gapped}`,
		evidence: evidenceOf([fact]),
		key: { value: fact.cloze }
	};
}
