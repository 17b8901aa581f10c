/**
 * Prints the questions a teacher reads for tests/fixtures/corpus/JUDGED.md: each named article
 * as the authoring page drafts it (`runArticle`), then a 12-question quiz of every type, seed 1,
 * with its key, evidence and the automatic check's verdict.
 *
 *   npx tsx bench/judge-sample.ts [article…]
 */
import { checkQuestion, checkQuiz } from '../src/lib/quiz/check';
import { generateQuiz } from '../src/lib/quiz/generate';
import type { QuestionWithKey } from '../src/lib/quiz/question';
import { loadCorpus } from '../tests/support/corpus-gold';
import { runArticle } from './authoring-measure';

export const JUDGED_ARTICLES = ['pl-sad-wyrok', 'pl-pozar-lubin', 'en-takeover', 'en-marathon'];

function keyOf(question: QuestionWithKey): string {
	switch (question.type) {
		case 'numeric':
			return `${question.key.value}${question.unit ? ` ${question.unit}` : ''}`;
		case 'cloze':
		case 'short-answer':
			return question.key.value;
		case 'single-choice':
		case 'true-false':
		case 'multiple-response':
			return question.key.choiceIds.join(', ');
		case 'ordering':
			return question.key.order.join(' < ');
		case 'matching':
			return Object.entries(question.key.pairs)
				.map(([item, choice]) => `${item}→${choice}`)
				.join(', ');
	}
}

function shown(question: QuestionWithKey): string[] {
	const lines: string[] = [];
	if ('items' in question)
		for (const item of question.items) lines.push(`    row ${item.id}: ${item.text}`);
	if ('choices' in question)
		for (const choice of question.choices) lines.push(`    ${choice.id}) ${choice.text}`);
	return lines;
}

const names = process.argv.slice(2);
const wanted = names.length > 0 ? names : JUDGED_ARTICLES;
const corpus = loadCorpus();
for (const name of wanted) {
	const article = corpus.find((candidate) => candidate.name === name);
	if (!article) throw new Error(`no corpus article ${name}`);
	const run = runArticle(article);
	if (!run.module) {
		console.log(`## ${name}: no module`);
		continue;
	}
	const context = {
		language: run.module.language,
		article: run.text,
		entities: run.module.entities
	};
	const questions = generateQuiz(run.module, { count: 12 }, 1).questions;
	const quizFindings = checkQuiz(questions, context);
	console.log(`## ${name} (${questions.length} questions, ${run.module.facts.length} facts)`);
	questions.forEach((question, index) => {
		const issues = [
			...checkQuestion(question, context),
			...quizFindings.filter((f) => f.index === index).map((f) => `${f.issue}(q${f.other + 1})`)
		];
		console.log(`q${index + 1} [${question.type}] ${question.factIds.join(',')}`);
		console.log(`  ${question.prompt}`);
		for (const line of shown(question)) console.log(line);
		console.log(`  key: ${keyOf(question)}`);
		for (const sentence of question.evidence) console.log(`  ev: ${sentence}`);
		console.log(`  check: ${issues.length ? issues.join(' ') : 'pass'}`);
	});
	console.log();
}
