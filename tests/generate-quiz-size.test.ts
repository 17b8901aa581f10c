import { describe, expect, it } from 'vitest';
import { articleTexts } from '../src/lib/quiz/article';
import { analyseDraft } from '../src/lib/quiz/authoring';
import { checkQuiz } from '../src/lib/quiz/check';
import { generateQuiz, quizCapacity } from '../src/lib/quiz/generate';
import type { QuizModule } from '../src/lib/quiz/module';
import { loadMorphology } from '../src/lib/server/morphology';

/**
 * A Polish news article often gives three or four figures in one sentence. A question that
 * quotes the whole sentence (a gap, a true/false statement) shows all of them, so the quiz
 * loses every other fact of that sentence; a question worded without it ("Ile łóżek
 * przygotowano?") loses none. Written for the quizzes of 7–9 questions of 12 asked.
 */

const ARTICLE = `Powiat otwiera nowe schronisko dla bezdomnych

Starostwo Powiatowe w Nowym Targu otworzyło w środę schronisko przy ul. Kolejowej. W budynku przygotowano 64 łóżka, zatrudniono 9 opiekunów, a do stołówki zakupiono 120 krzeseł.

Remont budynku kosztował 7,2 mln zł, z czego 5,1 mln zł dała Unia Europejska, a 14 firm złożyło oferty w przetargu.

Starosta Wiesław Pietrzak poinformował, że w zimie schronisko przyjmie 80 osób, a przez cały rok wyda 35 tys. posiłków.

Prace trwały 18 miesięcy. Zimą z pomocy noclegowni w powiecie skorzystało 412 osób.`;

function draftModule(): QuizModule {
	const analysis = analyseDraft(
		{
			format: 'text',
			moduleId: 'schronisko',
			title: '',
			source: '',
			date: '',
			decisions: {},
			sourceText: ARTICLE
		},
		'2026-01-01',
		loadMorphology
	);
	if (!analysis.ok || !analysis.module.ok) throw new Error('the article gave no module');
	return analysis.module.module;
}

describe('a quiz of an article with several figures in a sentence', () => {
	const module = draftModule();

	it('asks on average all but three of the facts it can ask', () => {
		const capacity = quizCapacity(module);
		expect(capacity).toBeGreaterThanOrEqual(10);
		const seeds = [1, 2, 3, 4, 5, 6];
		let asked = 0;
		for (const seed of seeds) {
			const questions = generateQuiz(module, { count: 12 }, seed).questions;
			asked += new Set(questions.flatMap((question) => question.factIds)).size;
		}
		expect(asked / seeds.length).toBeGreaterThanOrEqual(capacity - 3);
	});

	it('still never shows one question’s answer in another', () => {
		const context = {
			language: module.language,
			article: articleTexts(module.article).join(' '),
			entities: module.entities
		};
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const questions = generateQuiz(module, { count: 12 }, seed).questions;
			const shown = checkQuiz(questions, context).filter(
				(finding) => finding.issue === 'answer-shown-elsewhere'
			);
			expect(shown, `seed ${seed}`).toEqual([]);
		}
	});
});
