import { getLibrary } from '$lib/server/library';
import { formatContentError } from '$lib/quiz/module';
import { dueFactCount } from '$lib/server/practice';
import { openAttemptsOf } from '$lib/server/attempts';
import type { ArticleBlock } from '$lib/quiz/article';
import type { PageServerLoad } from './$types';

const WORDS_PER_MINUTE = 200;
const LEAD_MAX_LENGTH = 220;

/** The article's first paragraph, cut at a word to fit a card. */
function leadOf(blocks: readonly ArticleBlock[]): string | null {
	const first = blocks.find((block) => block.type === 'paragraph');
	if (!first || first.type !== 'paragraph') return null;
	if (first.text.length <= LEAD_MAX_LENGTH) return first.text;
	const cut = first.text.slice(0, LEAD_MAX_LENGTH);
	return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

export const load: PageServerLoad = async ({ locals }) => {
	const library = getLibrary();
	const titles = new Map(library.modules.map((module) => [module.id, module.title]));
	const [open, due] = await Promise.all([
		openAttemptsOf(locals.learnerId),
		dueFactCount(locals.learnerId)
	]);
	return {
		dueCount: due,
		modules: library.modules.map((module) => ({
			id: module.id,
			title: module.title,
			language: module.language,
			lead: leadOf(module.article.blocks),
			factCount: module.facts.length,
			readingMinutes: Math.max(1, Math.round(module.wordCount / WORDS_PER_MINUTE))
		})),
		openAttempts: open
			.filter((attempt) => titles.has(attempt.moduleId))
			.map((attempt) => ({
				id: attempt.id,
				title: titles.get(attempt.moduleId) ?? attempt.moduleId,
				answered: attempt.answered,
				total: attempt.total
			})),
		refused: library.refused.map((refused) => ({
			id: refused.id,
			errors: refused.errors.map(formatContentError)
		}))
	};
};
