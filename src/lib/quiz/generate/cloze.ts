import { QUIZ_PHRASES } from '../language/phrases';
import { evidenceOf, questionId, type QuestionGenerator } from './generator';
import { checkQuestion } from '../check';
import type { Fact, Language } from '../content';
import type { QuizModule } from '../module';
import type { QuestionWithKey } from '../question';
import { checkContext, factQuality } from './quality';
import { withSentenceBefore } from './context';
import { namingSpeaker } from './speaker';

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

/**
 * What leads a date into its sentence: "by", "from", "until", "do", "od", "przed", "po", and
 * a part of the period ("the end of", "połowy"). They are no part of the date's gap.
 */
const DATE_LEAD: Record<Language, RegExp> = {
	en: /^(?:(?:by|until|till|since|from|before|after)\s+)?(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|(?:mid|early|late)(?:-|\s+))?/iu,
	pl: /^(?:(?:do|od|przed|po)\s+)?(?:(?:końca|koniec|końcu|końcem|początku|początek|połowy|połowie|połowę|połowa)\s+)?/iu
};

/**
 * The words a fact's gap leaves out: "could open by _____ at the earliest" keyed "2031", not
 * "could open _____ at the earliest" keyed "by 2031", where the key does not fit the gap.
 */
export function gapWords(fact: Fact, language: Language): string | undefined {
	if (fact.kind !== 'date' || fact.cloze === undefined) return fact.cloze;
	const core = fact.cloze.replace(DATE_LEAD[language], '');
	return /[\p{L}\p{N}]/u.test(core) ? core : fact.cloze;
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
	const words = gapWords(fact, module.language);
	if (!words) throw new TypeError('cloze questions need a fact with a cloze');
	const phrases = QUIZ_PHRASES[module.language];
	// The dash that opens a quotation in Polish news ("- Rocznie wysyłaliśmy…") is no part of it.
	const sentence = fact.evidence.replace(/\s+/g, ' ').replace(/^[-–—]\s+/u, '');
	const cloze = (fact.cloze ?? words).replace(/\s+/g, ' ');
	const lead = cloze.slice(0, cloze.length - words.replace(/\s+/g, ' ').length);
	const gapped = namingSpeaker(
		module,
		sentence.replace(cloze, () => `${lead}${phrases.gap}`),
		fact.evidence
	);
	const shown = withSentenceBefore(module, fact, gapped, checkContext(module));
	return {
		id: questionId('cloze', [fact.id]),
		type: 'cloze',
		factIds: [fact.id],
		prompt: `${shown === gapped ? phrases.cloze : phrases.clozePassage} ${shown}`,
		evidence: evidenceOf([fact]),
		key: { value: words }
	};
}
