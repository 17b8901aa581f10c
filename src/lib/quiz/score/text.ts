import type { Language, TextFact } from '../content';
import {
	addPhrase,
	answerWords,
	createIndex,
	deniesKey,
	foldedOrNull,
	hasKeyWord,
	phrasePresent,
	presentKeys,
	type AnswerWord,
	type KeyIndex,
	type PreparedPhrase
} from './phrase-index';
import { refuseUnreadable, scored, type ScoreResult } from './result';

/**
 * Scoring of free-text facts: the value or an alias as a phrase, or the share of the fact's
 * ideas (concepts) the answer states. Words meet through morphology and the concept table
 * (`language/concepts.ts`), so an idea in other words counts and only a missing idea costs
 * credit. An answer that denies an idea ("nie boją się") or that also states a wrong answer's
 * idea (a distractor: hedging, or keywords stuffed in) gets none.
 */

export interface PreparedTextFact {
	index: KeyIndex;
	/** The value and the fact's aliases: matching one of them is full credit. */
	answers: readonly PreparedPhrase[];
	/** Each concept as its interchangeable phrasings. */
	concepts: readonly (readonly PreparedPhrase[])[];
	/** The distractors' words that neither the key nor the questions use, per distractor. */
	distractors: { index: KeyIndex; phrases: readonly PreparedPhrase[] } | null;
}

/** Keyed by the fact object: content is immutable once loaded, so entries never go stale. */
const preparedTextFacts = new WeakMap<TextFact, Partial<Record<Language, PreparedTextFact>>>();

export function prepareTextFact(fact: TextFact, language: Language): PreparedTextFact {
	const byLanguage = preparedTextFacts.get(fact) ?? {};
	const cached = byLanguage[language];
	if (cached) return cached;
	const index = createIndex(language, 'ideas');
	const prepared: PreparedTextFact = {
		index,
		answers: [fact.value, ...fact.aliases].map((phrase) => addPhrase(index, phrase)),
		concepts: fact.concepts.map((phrasings) => phrasings.map((phrase) => addPhrase(index, phrase))),
		distractors: prepareDistractors(fact, index, language)
	};
	byLanguage[language] = prepared;
	preparedTextFacts.set(fact, byLanguage);
	return prepared;
}

/**
 * Each distractor as the words that tell it apart: those the key and the questions do not
 * use ("rozkaz", "dowódców" of "rozkaz dowódców, który zakazuje poddania się"). They match
 * by stem or idea only, never as typos, so a slip cannot make an answer a hedge.
 */
function prepareDistractors(
	fact: TextFact,
	key: KeyIndex,
	language: Language
): PreparedTextFact['distractors'] {
	if (fact.distractors.length === 0) return null;
	const asked = createIndex(language);
	for (const question of fact.questions) addPhrase(asked, question);
	const index = createIndex(language, 'ideas');
	const phrases = fact.distractors.map((text) => {
		const phrase = addPhrase(index, text);
		const keys = phrase.keys.filter((id) => {
			const word = index.words[id];
			return (
				word !== undefined &&
				!hasKeyWord(key, word.folded, word.stem) &&
				!hasKeyWord(asked, word.folded, word.stem)
			);
		});
		return { text, keys };
	});
	index.forgiving = [];
	return { index, phrases: phrases.filter((phrase) => phrase.keys.length > 0) };
}

/** A distractor is stated when at least half of its telling words are. */
function statesDistractor(
	distractors: PreparedTextFact['distractors'],
	given: readonly AnswerWord[]
): boolean {
	if (distractors === null || distractors.phrases.length === 0) return false;
	const present = presentKeys(distractors.index, given);
	return distractors.phrases.some((phrase) => {
		let met = 0;
		for (const id of phrase.keys) if ((present[id] as number) > 0) met++;
		return met * 2 >= phrase.keys.length;
	});
}

/**
 * The share of the fact's concepts the answer contains, or full credit when it contains the
 * value or an alias as a phrase.
 */
export function scoreTextAnswer(fact: TextFact, answer: string, language: Language): ScoreResult {
	const refusal = refuseUnreadable(answer);
	if (refusal) return refusal;
	const key = prepareTextFact(fact, language);
	const given = answerWords(answer, language);
	const total = key.concepts.length;
	const normalized = foldedOrNull(given);
	if (deniesKey(key.index, given) || statesDistractor(key.distractors, given)) {
		return scored(0, { code: 'concepts', found: 0, total }, normalized);
	}
	const present = presentKeys(key.index, given);
	if (key.answers.some((phrase) => phrasePresent(present, phrase))) {
		return scored(1, { code: 'concepts', found: total, total }, normalized);
	}
	let found = 0;
	for (const phrasings of key.concepts) {
		if (phrasings.some((phrase) => phrasePresent(present, phrase))) found++;
	}
	return scored(total === 0 ? 0 : found / total, { code: 'concepts', found, total }, normalized);
}
