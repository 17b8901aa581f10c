/**
 * Authoring: candidate facts read from a Polish or English article, for a teacher to
 * review and turn into a module. Pure TypeScript, no I/O: the app, the CLI and the tests
 * call the same functions.
 */
export { draftModule, type DraftModule, type DraftOptions } from './draft';
export { extractFacts, type ExtractOptions } from './extract';
export {
	checkArticleText,
	detectLanguage,
	ExtractionError,
	MAX_ARTICLE_LENGTH,
	MAX_SOURCE_LENGTH,
	type ExtractionErrorCode
} from './input';
export { stripHtml } from './html';
export {
	formatOfFileName,
	prepareArticle,
	type PreparedArticle,
	type SourceFormat
} from './source';
export { compileHunspellDictionary, readHunspell, type Morphology } from './morphology';
export { splitSentences, type Sentence } from './sentences';
export type * from './types';
