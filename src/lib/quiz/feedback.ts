import type { Language } from './content';
import { formatNumber } from './language/number';
import type { QuizModule } from './module';
import type { ScoreReason, ScoreResult } from './score/result';

/**
 * Feedback for a scored answer, in the UI's language, quoting the article in its own.
 * Scorers return reason codes; this is the one place that turns them into sentences.
 */

type Explain = (reason: ScoreReason, module: QuizModule) => string;

function entityName(module: QuizModule, id: string): string {
	return module.entities.find((entity) => entity.id === id)?.name ?? id;
}

const DATE_PARTS: Record<Language, Record<string, string>> = {
	pl: { year: 'rok', season: 'porę roku', month: 'miesiąc', day: 'dzień', unreadable: 'datę' },
	en: { year: 'year', season: 'season', month: 'month', day: 'day', unreadable: 'date' }
};

const EXPLAIN: Record<Language, Explain> = {
	pl: (reason, module) => {
		const n = (value: number) => formatNumber(value, 'pl');
		switch (reason.code) {
			case 'exact':
				return 'Dobrze.';
			case 'within-tolerance':
				return `Dobrze: artykuł podaje około ${n(reason.expected)}, a ${n(reason.given)} mieści się w przybliżeniu.`;
			case 'wrong-number':
				return reason.approximate
					? `Niestety nie: artykuł podaje około ${n(reason.expected)}, a ${n(reason.given)} to za daleko.`
					: `Niestety nie: artykuł podaje dokładnie ${n(reason.expected)}.`;
			case 'not-a-number':
				return 'Nie udało się odczytać liczby. Wpisz ją cyframi („11 000”) lub słowami („jedenaście tysięcy”).';
			case 'empty':
				return 'Brak odpowiedzi.';
			case 'too-long':
				return `Odpowiedź jest za długa: najwyżej ${reason.limit} znaków.`;
			case 'wrong-choice':
				return 'Niestety nie, to nie ta odpowiedź.';
			case 'partly-right':
				return `Częściowo: dobrze ${reason.right} z ${reason.total}${reason.wrong ? `, błędnie ${reason.wrong}` : ''}.`;
			case 'all-wrong':
				return 'Niestety nie, żadna część odpowiedzi nie jest poprawna.';
			case 'wrong-date':
				return reason.part === 'unreadable'
					? 'Nie udało się odczytać daty, np. „jesienią 2024”.'
					: `Niestety nie: nie zgadza się ${DATE_PARTS.pl[reason.part]}.`;
			case 'concepts':
				if (reason.found === 0) return 'Niestety nie: w odpowiedzi brak tego, co mówi artykuł.';
				return reason.found >= reason.total
					? 'Dobrze: odpowiedź zawiera wszystko, co mówi artykuł.'
					: `Częściowo: odpowiedź zawiera ${reason.found} z ${reason.total} elementów odpowiedzi.`;
			case 'other-entity':
				return `Niestety nie: ${entityName(module, reason.given)} to ktoś lub coś innego z artykułu.`;
			case 'not-recognised':
				return 'Tej odpowiedzi nie rozpoznano.';
		}
	},
	en: (reason, module) => {
		const n = (value: number) => formatNumber(value, 'en');
		switch (reason.code) {
			case 'exact':
				return 'Correct.';
			case 'within-tolerance':
				return `Correct: the article says about ${n(reason.expected)}, and ${n(reason.given)} is close enough.`;
			case 'wrong-number':
				return reason.approximate
					? `Not quite: the article says about ${n(reason.expected)}; ${n(reason.given)} is too far off.`
					: `Not quite: the article says exactly ${n(reason.expected)}.`;
			case 'not-a-number':
				return 'That could not be read as a number. Type it in digits ("11000") or words ("eleven thousand").';
			case 'empty':
				return 'No answer given.';
			case 'too-long':
				return `The answer is too long: at most ${reason.limit} characters.`;
			case 'wrong-choice':
				return 'Not quite: that is not the answer.';
			case 'partly-right':
				return `Partly right: ${reason.right} of ${reason.total} correct${reason.wrong ? `, ${reason.wrong} wrong` : ''}.`;
			case 'all-wrong':
				return 'Not quite: no part of the answer is right.';
			case 'wrong-date':
				return reason.part === 'unreadable'
					? 'That could not be read as a date, e.g. "autumn 2024".'
					: `Not quite: the ${DATE_PARTS.en[reason.part]} is wrong.`;
			case 'concepts':
				if (reason.found === 0) return 'Not quite: the answer misses what the article says.';
				return reason.found >= reason.total
					? 'Correct: the answer has everything the article says.'
					: `Partly right: the answer has ${reason.found} of ${reason.total} parts of the answer.`;
			case 'other-entity':
				return `Not quite: ${entityName(module, reason.given)} is someone or something else in the article.`;
			case 'not-recognised':
				return 'That answer was not recognised.';
		}
	}
};

const QUOTE: Record<Language, (evidence: readonly string[]) => string> = {
	pl: (evidence) => `W artykule: ${evidence.map((sentence) => `„${sentence}”`).join(' ')}`,
	en: (evidence) => `The article says: ${evidence.map((sentence) => `“${sentence}”`).join(' ')}`
};

/** One sentence about the answer, in the UI's language. */
export function explainScore(
	result: ScoreResult,
	module: QuizModule,
	uiLanguage: Language
): string {
	return EXPLAIN[uiLanguage](result.reason, module);
}

/** The article's own sentences, each quoted, introduced in the UI's language. */
export function quoteEvidence(evidence: string | readonly string[], uiLanguage: Language): string {
	return QUOTE[uiLanguage](typeof evidence === 'string' ? [evidence] : evidence);
}

/** One sentence about the answer, then the article's own sentence. */
export function formatFeedback(
	result: ScoreResult,
	module: QuizModule,
	evidence: string | readonly string[],
	uiLanguage: Language
): string {
	return `${explainScore(result, module, uiLanguage)} ${quoteEvidence(evidence, uiLanguage)}`;
}
