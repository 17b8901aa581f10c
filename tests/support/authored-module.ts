import { readFileSync } from 'node:fs';
import { draftModule, extractFacts } from '$lib/quiz/extract';
import { prepareArticle } from '$lib/quiz/extract/source';
import { formatContentError, parseModule, type QuizModule } from '$lib/quiz/module';

/**
 * A module as a teacher authors one: an article pasted in, its facts drafted by the
 * extractor and accepted as drafted. In English, so exports meet the other language too.
 */
export function authoredModule(name = 'en-telescope'): QuizModule {
	const article = prepareArticle(
		readFileSync(`tests/fixtures/articles/${name}.txt`, 'utf8'),
		'text'
	);
	const draft = draftModule(article, extractFacts(article.text, { language: article.language }), {
		fallbackDate: '2025-03-01'
	});
	const result = parseModule({
		id: name,
		articlePath: `questions/${name}/article.md`,
		factsPath: `questions/${name}/facts.yaml`,
		articleText: draft.articleMarkdown,
		factsText: draft.factsYaml
	});
	if (!result.ok) throw new Error(result.errors.map(formatContentError).join('\n'));
	return result.module;
}
