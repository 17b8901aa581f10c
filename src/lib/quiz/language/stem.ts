import type { Language } from '../content';
import { ENGLISH_STOPWORDS, stemEnglish } from './stem-en';
import { POLISH_STOPWORDS, stemPolish } from './stem-pl';

/**
 * Answers repeat the same few hundred words, so stems are memoised per language. The cache
 * is cleared when full rather than evicted entry by entry: cheap, and bounded.
 */
const CACHE_LIMIT = 20_000;
/** Longer "words" are keyboard mashing; caching them would only waste memory. */
const CACHED_WORD_LENGTH = 32;
const caches: Record<Language, Map<string, string>> = { pl: new Map(), en: new Map() };

/** The stem of a folded word in the module's language. */
export function stem(word: string, language: Language): string {
	const cache = caches[language];
	const cached = cache.get(word);
	if (cached !== undefined) return cached;
	const result = language === 'pl' ? stemPolish(word) : stemEnglish(word);
	if (word.length <= CACHED_WORD_LENGTH) {
		if (cache.size >= CACHE_LIMIT) cache.clear();
		cache.set(word, result);
	}
	return result;
}

export function stopwordsFor(language: Language): ReadonlySet<string> {
	return language === 'pl' ? POLISH_STOPWORDS : ENGLISH_STOPWORDS;
}
