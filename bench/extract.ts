/**
 * Extraction time for a 5,000-word article, Polish and English, next to a baseline measured
 * in the same run: splitting the same text into sentences with one regular expression,
 * the least any extraction must do. Aim: under 50 ms an article.
 *
 *   npx tsx bench/extract.ts     this benchmark alone (`npm run bench` runs it too)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Language } from '../src/lib/quiz/content';
import { extractFacts, prepareArticle } from '../src/lib/quiz/extract';
import { compare } from './harness';

const ARTICLE_WORDS = 5_000;
const AIM_MILLIS = 50;
const FIXTURES = 'tests/fixtures/articles';

function countWords(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/**
 * An article of about `ARTICLE_WORDS` words from the test articles of one language: their
 * paragraphs in turn, each round in another order and with its figures shifted, so that the
 * article is long without being one paragraph copied over and over.
 */
export function buildArticle(language: Language): string {
	const sources = readdirSync(FIXTURES)
		.filter((file) => file.startsWith(`${language}-`) && file.endsWith('.txt'))
		.sort()
		.map((file) => readFileSync(join(FIXTURES, file), 'utf8'));
	if (language === 'pl') {
		sources.push(
			prepareArticle(readFileSync('questions/kursk/article.md', 'utf8'), 'markdown').text
		);
	}
	const paragraphs = sources.flatMap((text) => text.split(/\n\s*\n/).filter((part) => part.trim()));
	const article: string[] = [];
	let words = 0;
	for (let round = 0; words < ARTICLE_WORDS; round++) {
		for (let index = 0; index < paragraphs.length && words < ARTICLE_WORDS; index++) {
			const paragraph = paragraphs[(index * 7 + round) % paragraphs.length] as string;
			const shifted = paragraph.replace(/\d+/g, (digits) => String(Number(digits) + round));
			article.push(shifted);
			words += countWords(shifted);
		}
	}
	return article.join('\n\n');
}

const SENTENCE_END = /(?<=[.!?])\s+/;

export function benchExtraction(): void {
	let sink = 0;
	console.log(
		`extraction of a ${ARTICLE_WORDS.toLocaleString('en-US')}-word article, aim <${AIM_MILLIS} ms`
	);
	for (const language of ['pl', 'en'] as const) {
		const article = buildArticle(language);
		const candidates = extractFacts(article, { language }).candidates.length;
		const measured = compare({
			name: `extract (${language})`,
			run: (iterations) => {
				for (let i = 0; i < iterations; i++)
					sink += extractFacts(article, { language }).candidates.length;
			},
			baselineName: 'text.split(/(?<=[.!?])\\s+/)',
			baseline: (iterations) => {
				for (let i = 0; i < iterations; i++) sink += article.split(SENTENCE_END).length;
			},
			rounds: 5,
			millis: 300
		});
		const millis = 1000 / measured.perSecond;
		const baselineMillis = 1000 / measured.baselinePerSecond;
		console.log(
			`  ${language}: ${countWords(article).toLocaleString('en-US')} words, ${candidates} candidates   ` +
				`extract ${millis.toFixed(2)} ms   baseline split ${baselineMillis.toFixed(3)} ms   ` +
				`ratio ${(millis / baselineMillis).toFixed(0)}×   aim <${AIM_MILLIS} ms: ${millis < AIM_MILLIS ? 'met' : 'NOT met'}`
		);
	}
	// Printed so the work above cannot be optimised away.
	console.log(`  (checksum ${sink})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) benchExtraction();
