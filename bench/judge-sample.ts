/**
 * Prints the questions a teacher reads for tests/fixtures/corpus/JUDGED.md: each named article
 * as the authoring page drafts it (`runArticle`), then a 12-question quiz of every type, seed 1,
 * with its key, evidence and the automatic check's verdict. An article is a corpus name or the
 * path of a text file (tests/fixtures/judged/*.txt: articles never read before a fix).
 *
 *   npx tsx bench/judge-sample.ts [--seed N] [article…]
 */
import { checkQuestion, checkQuiz } from '../src/lib/quiz/check';
import { describeKey, keyFigureFormat } from '../src/lib/quiz/describe';
import { generateQuiz } from '../src/lib/quiz/generate';
import type { QuizModule } from '../src/lib/quiz/module';
import type { QuestionWithKey } from '../src/lib/quiz/question';
import { loadCorpus } from '../tests/support/corpus-gold';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { draftArticle } from './authoring-measure';

export const JUDGED_ARTICLES = ['pl-sad-wyrok', 'pl-pozar-lubin', 'en-takeover', 'en-marathon'];

function keyOf(question: QuestionWithKey, module: QuizModule): string {
	switch (question.type) {
		case 'numeric': {
			// As the results page shows it: "2.7m" where the article writes "£2.7m".
			const [shown] = describeKey(question, keyFigureFormat(module, question));
			return `${shown}${question.unit ? ` ${question.unit}` : ''}`;
		}
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

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
if (!Number.isInteger(seed)) throw new Error('--seed needs an integer');
const wanted = args.length > 0 ? args : JUDGED_ARTICLES;
const corpus = loadCorpus();

function sourceOf(name: string): { name: string; source: string } {
	if (name.endsWith('.txt'))
		return { name: basename(name, '.txt'), source: readFileSync(name, 'utf8') };
	const article = corpus.find((candidate) => candidate.name === name);
	if (!article) throw new Error(`no corpus article ${name}`);
	return article;
}

for (const wantedName of wanted) {
	const { name, source } = sourceOf(wantedName);
	const run = draftArticle(name, source);
	if (!run.module) {
		console.log(`## ${name}: no module`);
		continue;
	}
	const context = {
		language: run.module.language,
		article: run.text,
		entities: run.module.entities
	};
	const questions = generateQuiz(run.module, { count: 12 }, seed).questions;
	const quizFindings = checkQuiz(questions, context);
	console.log(
		`## ${name}, seed ${seed} (${questions.length} questions, ${run.module.facts.length} facts)`
	);
	questions.forEach((question, index) => {
		const issues = [
			...checkQuestion(question, context),
			...quizFindings.filter((f) => f.index === index).map((f) => `${f.issue}(q${f.other + 1})`)
		];
		console.log(`q${index + 1} [${question.type}] ${question.factIds.join(',')}`);
		console.log(`  ${question.prompt}`);
		for (const line of shown(question)) console.log(line);
		console.log(`  key: ${keyOf(question, run.module as QuizModule)}`);
		for (const sentence of question.evidence) console.log(`  ev: ${sentence}`);
		console.log(`  check: ${issues.length ? issues.join(' ') : 'pass'}`);
	});
	console.log();
}
