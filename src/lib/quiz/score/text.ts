import type { Language, TextFact } from '../content';
import {
	addPhrase,
	answerWords,
	createIndex,
	foldedOrNull,
	phrasePresent,
	presentKeys,
	type KeyIndex,
	type PreparedPhrase
} from './phrase-index';
import { refuseUnreadable, scored, type ScoreResult } from './result';

/** Scoring of free-text facts: the value or an alias as a phrase, or the share of concepts. */

export interface PreparedTextFact {
	index: KeyIndex;
	/** The value and the fact's aliases: matching one of them is full credit. */
	answers: readonly PreparedPhrase[];
	/** Each concept as its interchangeable phrasings. */
	concepts: readonly (readonly PreparedPhrase[])[];
}

/** Keyed by the fact object: content is immutable once loaded, so entries never go stale. */
const preparedTextFacts = new WeakMap<TextFact, Partial<Record<Language, PreparedTextFact>>>();

export function prepareTextFact(fact: TextFact, language: Language): PreparedTextFact {
	const byLanguage = preparedTextFacts.get(fact) ?? {};
	const cached = byLanguage[language];
	if (cached) return cached;
	const index = createIndex(language);
	const prepared: PreparedTextFact = {
		index,
		answers: [fact.value, ...fact.aliases].map((phrase) => addPhrase(index, phrase)),
		concepts: fact.concepts.map((phrasings) => phrasings.map((phrase) => addPhrase(index, phrase)))
	};
	byLanguage[language] = prepared;
	preparedTextFacts.set(fact, byLanguage);
	return prepared;
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
	const present = presentKeys(key.index, given);
	const total = key.concepts.length;
	const normalized = foldedOrNull(given);
	if (key.answers.some((phrase) => phrasePresent(present, phrase))) {
		return scored(1, { code: 'concepts', found: total, total }, normalized);
	}
	let found = 0;
	for (const phrasings of key.concepts) {
		if (phrasings.some((phrase) => phrasePresent(present, phrase))) found++;
	}
	return scored(total === 0 ? 0 : found / total, { code: 'concepts', found, total }, normalized);
}
