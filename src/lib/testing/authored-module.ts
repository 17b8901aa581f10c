import { readFileSync } from 'node:fs';
import { draftModule } from '../quiz/extract/draft';
import { extractFacts } from '../quiz/extract/extract';
import { prepareArticle } from '../quiz/extract/source';
import { formatContentError, parseModule, type QuizModule } from '../quiz/module';

/**
 * A module as a teacher authors one: drafted by the extractor from an article of the test
 * corpus (tests/fixtures/articles), every candidate accepted. Unlike the seed module, nobody
 * wrote its wording by hand, and it may be in English.
 */
export function authoredModule(article = 'en-telescope'): QuizModule {
	const prepared = prepareArticle(
		readFileSync(`tests/fixtures/articles/${article}.txt`, 'utf8'),
		'text'
	);
	const extraction = extractFacts(prepared.text, { language: prepared.language });
	const draft = draftModule(prepared, extraction, { fallbackDate: '2025-03-01' });
	const result = parseModule({
		id: article,
		articlePath: `${article}/article.md`,
		factsPath: `${article}/facts.yaml`,
		articleText: draft.articleMarkdown,
		factsText: draft.factsYaml
	});
	if (!result.ok) throw new Error(result.errors.map(formatContentError).join('\n'));
	return result.module;
}
