import type { Language } from '$lib/quiz/content';
/**
 * Examples that are no module's answer in particular: the old hint's "11 000" was the key of the
 * starter module's first number question.
 */
const NUMBER_HINT: Record<Language, string> = {
	pl: 'Cyframi lub słowami, np. „2500”, „2,5 tys.” albo „dwa i pół tysiąca”.',
	en: 'In digits or words, e.g. "2500", "2.5k" or "two and a half thousand".'
};

const PROPORTION_HINT: Record<Language, string> = {
	pl: 'Ułamkiem, procentem albo słowami, np. „0,5”, „50%” albo „połowa”.',
	en: 'As a fraction, a percentage or in words, e.g. "0.5", "50%" or "half".'
};

/**
 * How a figure may be typed, in the language the answer must be given in (the module's): an
 * English page of a Polish module hints at Polish numerals. A proportion is hinted at as one.
 */
export function numberHintFor(
	kind: 'number' | 'proportion',
	answerLanguage: Language
): { text: string; lang: Language } {
	return {
		text: kind === 'proportion' ? PROPORTION_HINT[answerLanguage] : NUMBER_HINT[answerLanguage],
		lang: answerLanguage
	};
}
