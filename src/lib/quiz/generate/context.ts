import {
	evidenceProblems,
	figuresIn,
	gapLeansOnSentenceBefore,
	isQuotationTail,
	leansOnSentenceBefore,
	quotedGap,
	type CheckContext
} from '../check';
import type { Fact } from '../content';
import { foldText } from '../language/normalize';
import type { QuizModule } from '../module';
import { sentenceBefore } from './sentence-before';
import { displayValue } from './values';

/**
 * "Gmina chce je dołożyć za ok. _____ zł." leans on the sentence before it, which named what
 * "je" stands for. A teacher shows that sentence before the gap; so does a question, when the
 * article gives one that leans on nothing itself, is a sentence of the text (no heading or
 * caption) and does not give the answer away. Otherwise the gapped sentence stays alone, and
 * the check refuses it as before. The evidence stays the one sentence: the context is only shown.
 */

/** The longest a sentence shown before another may be, in words. */
const CONTEXT_WORDS = 40;

/** A word's stem for finding it in another case: "Nowakiem" for "Nowak", "Lipowej" for "Lipowa". */
const stemOf = (word: string) => word.slice(0, Math.max(4, word.length - 3));

/** Whether a sentence gives the fact's answer, as a figure or as a word of it in any form. */
function givesKey(module: QuizModule, fact: Fact, sentence: string): boolean {
	const { language } = module;
	const forms = [displayValue(module, fact), fact.cloze ?? '', ...fact.aliases];
	const shown = figuresIn(sentence, language);
	const figures = forms.flatMap((form) => figuresIn(form, language));
	if (fact.kind === 'number' || fact.kind === 'proportion') figures.push(fact.value);
	if (figures.some((figure) => shown.some((value) => Math.abs(value - figure) < 1e-9))) return true;
	// "85 tys. zł" reads 85 000 where the gap keeps "tys." out of the key 85: the digits as written.
	const written = (text: string): string[] => text.match(/\d+(?:[.,]\d+)?/gu) ?? [];
	const digits = written(sentence);
	if (forms.flatMap((form) => written(form)).some((form) => digits.includes(form))) return true;
	if (fact.kind === 'number' || fact.kind === 'proportion') return false;
	const words = foldText(sentence).split(' ');
	return forms
		.flatMap((form) => foldText(form).split(' '))
		.filter((word) => /^\p{L}{4,}$/u.test(word))
		.some((word) => words.some((other) => other.startsWith(stemOf(word))));
}

/** The sentence before the evidence, when it can be shown before the fact's gapped sentence. */
function contextFor(module: QuizModule, fact: Fact, context: CheckContext): string | undefined {
	const before = sentenceBefore(module, fact.evidence);
	if (before === undefined || before.split(' ').length > CONTEXT_WORDS) return undefined;
	// Quotation marks inside would close the question's own.
	if (/["„”“«»]|_{3,}/u.test(before)) return undefined;
	if (!/^\p{Lu}/u.test(before) || !/[.!?…]$/u.test(before)) return undefined;
	if (gapLeansOnSentenceBefore(before, module.language) || isQuotationTail(before))
		return undefined;
	if (evidenceProblems([before], context).length > 0) return undefined;
	return givesKey(module, fact, before) ? undefined : before;
}

/** English nouns of a place or a body that "the" alone makes one the article named elsewhere. */
const SECONDARY_NOUN =
	/(?:^|\s)the\s+(road|village|town|street|bridge|school|hospital|station|site|river|centre|park|building|plant|estate|reservoir)(?:['’]s)?(?!\s+of\b)(?=[\s,.;:!?]|$)/giu;

/**
 * "…said the road would need resurfacing", "the village's main street": a bare noun for a
 * place or body the headline does not name (the article's main subject is there), so which
 * one only a sentence before told. Its name just before it ("the A6 road") says which.
 */
export function namesSecondaryBareNoun(module: QuizModule, sentence: string): boolean {
	if (module.language !== 'en') return false;
	const title = new Set(foldText(module.title).split(' '));
	return [...sentence.matchAll(SECONDARY_NOUN)].some(
		(match) => !title.has(foldText(match[1] as string))
	);
}

/**
 * The gapped sentence with the sentence before it shown first, when it leans on that one (by
 * the check's verdict on a cloze's sentence, or on a gap quoted in a question, or by a bare
 * noun for a place the headline does not name) and the article gives one that may be shown;
 * as it was otherwise.
 */
export function withSentenceBefore(
	module: QuizModule,
	fact: Fact,
	gapped: string,
	context: CheckContext,
	quoted = false
): string {
	const leans = quoted ? gapLeansOnSentenceBefore : leansOnSentenceBefore;
	if (!leans(gapped, module.language) && !namesSecondaryBareNoun(module, gapped)) return gapped;
	const before = contextFor(module, fact, context);
	return before === undefined ? gapped : `${before} ${gapped}`;
}

/** A gap question's wording with the sentence before its quoted one shown (see above). */
export function wordingWithSentenceBefore(
	module: QuizModule,
	fact: Fact,
	wording: string,
	context: CheckContext
): string {
	const gapped = quotedGap(wording);
	if (gapped === undefined) return wording;
	const shown = withSentenceBefore(module, fact, gapped, context, true);
	return shown === gapped ? wording : wording.replace(gapped, () => shown);
}
