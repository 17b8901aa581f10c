/**
 * `npm run bench -- authoring`: authoring measured on the development corpus
 * (tests/fixtures/corpus), per language, the held-out articles apart, each figure next to the
 * last committed one (bench/authoring-baseline.json). `--write-baseline` rewrites that file
 * with today's figures; `--details` lists the facts missed, the noise, wrong base forms, students' forms refused,
 * near misses credited and quiz findings, article by article. `--corpus <dir>` measures another
 * folder of articles with gold files (tests/fixtures/blind: articles never tuned on) the same
 * way, compared with no baseline and never written as one.
 *
 *   npx tsx bench/authoring.ts [--write-baseline] [--details] [--corpus <dir>]     this part alone
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { QUESTION_ISSUES } from '../src/lib/quiz/check';
import { CORPUS_DIR, loadCorpus } from '../tests/support/corpus-gold';
import {
	GROUPS,
	HIGHER_IS_BETTER,
	measureAuthoring,
	type AuthoringFigures,
	type Group
} from './authoring-measure';

export const BASELINE_PATH = 'bench/authoring-baseline.json';

const figuresSchema = z.strictObject({
	articles: z.number(),
	recall: z.number(),
	precision: z.number(),
	noiseShare: z.number(),
	entityTypeAccuracy: z.number(),
	entityBaseFormAccuracy: z.number(),
	entityRecall: z.number(),
	studentFormsCredited: z.number(),
	nearMissesCredited: z.number(),
	questionsPassing: z.number(),
	quizQuestionsFlagged: z.number(),
	// Measured since the row labels of issue 17; baselines written before have none.
	labelsGood: z.number().optional(),
	// Measured since the who/which facts of issue 17; baselines written before have none.
	entityFactsTicked: z.number().optional(),
	groupedQuestions: z.number().optional()
});

export const baselineSchema = z.strictObject({
	note: z.string(),
	commit: z.string(),
	date: z.string(),
	figures: z.strictObject({
		pl: figuresSchema,
		en: figuresSchema,
		'pl-held-out': figuresSchema,
		'en-held-out': figuresSchema
	})
});
export type AuthoringBaseline = z.infer<typeof baselineSchema>;

export function readBaseline(path = BASELINE_PATH): AuthoringBaseline | null {
	if (!existsSync(path)) return null;
	const parsed = baselineSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(`${path} ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
	}
	return parsed.data;
}

const LABELS: Record<keyof AuthoringFigures, string> = {
	articles: 'articles',
	recall: 'facts a teacher asks, found',
	precision: 'candidates that are facts (precision)',
	noiseShare: 'candidates that are noise',
	entityRecall: 'entities found',
	entityTypeAccuracy: 'entity type right',
	entityBaseFormAccuracy: 'entity base form right',
	studentFormsCredited: "students' forms of names credited",
	nearMissesCredited: 'near-miss names credited',
	questionsPassing: 'questions passing the check',
	quizQuestionsFlagged: 'quiz questions showing another answer / repeating a fact',
	labelsGood: 'labels: good share (rows like the gold label)',
	entityFactsTicked: 'entity facts (who, which) ticked by default',
	groupedQuestions: 'matching and ordering questions'
};

const HEADINGS: Record<Group, string> = {
	pl: 'pl',
	en: 'en',
	'pl-held-out': 'pl held out',
	'en-held-out': 'en held out'
};

function formatFigure(key: keyof AuthoringFigures, value: number): string {
	return key === 'articles' || key === 'groupedQuestions'
		? String(value)
		: `${(value * 100).toFixed(1)}%`;
}

/** "62.0% (was 58.1%) +" — the sign says better or worse, whichever way the figure runs. */
function cell(key: keyof AuthoringFigures, now: number, was: number | undefined): string {
	if (was === undefined) return formatFigure(key, now);
	const delta = now - was;
	const mark =
		Math.abs(delta) < 1e-9 ? '=' : delta > 0 === HIGHER_IS_BETTER[key] ? 'better' : 'WORSE';
	return `${formatFigure(key, now)} (${formatFigure(key, was)} ${mark})`;
}

function currentCommit(): string {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
	} catch {
		return 'unknown';
	}
}

/** The folder given after `--corpus`, if any; the development corpus is measured without one. */
export function corpusArgument(args: readonly string[]): string | undefined {
	const at = args.indexOf('--corpus');
	if (at < 0) return undefined;
	const dir = args[at + 1];
	if (!dir || dir.startsWith('--')) throw new Error('--corpus needs a folder of articles');
	return dir;
}

export function benchAuthoring(options: {
	writeBaseline: boolean;
	details?: boolean;
	/** Another folder than the development corpus: no baseline compared, none written. */
	corpusDir?: string;
}): void {
	const started = performance.now();
	const otherCorpus = options.corpusDir !== undefined && options.corpusDir !== CORPUS_DIR;
	if (otherCorpus && options.writeBaseline)
		throw new Error(`--write-baseline keeps the figures of ${CORPUS_DIR} only`);
	const corpus = loadCorpus(options.corpusDir);
	const { counts, figures } = measureAuthoring(corpus);
	const baseline = otherCorpus ? null : readBaseline();
	// Another folder's groups that hold no article would only print zeros.
	const groups = otherCorpus ? GROUPS.filter((group) => counts[group].articles > 0) : [...GROUPS];
	const where = otherCorpus
		? `the articles of ${options.corpusDir} (${corpus.length})`
		: `the development corpus (${corpus.length} articles, ${CORPUS_DIR})`;
	console.log(
		`authoring on ${where}: ` +
			'extract → draft (default acceptance) → every question the module can make, checked'
	);
	console.log(
		otherCorpus
			? 'compared with no baseline: the baseline holds the development corpus\n'
			: baseline
				? `each figure next to ${BASELINE_PATH} (commit ${baseline.commit}, ${baseline.date})\n`
				: `no ${BASELINE_PATH} yet: run with --write-baseline to keep these figures\n`
	);
	const width = 58;
	const columnWidth = 30;
	console.log(
		''.padEnd(width) + groups.map((group) => HEADINGS[group].padEnd(columnWidth)).join('')
	);
	for (const key of Object.keys(LABELS) as (keyof AuthoringFigures)[]) {
		const row = groups.map((group) =>
			cell(key, figures[group][key], baseline?.figures[group][key]).padEnd(columnWidth)
		);
		console.log(LABELS[key].padEnd(width) + row.join(''));
	}
	console.log('');
	for (const group of groups) {
		const c = counts[group];
		const issues = QUESTION_ISSUES.filter((issue) => c.issues[issue])
			.map((issue) => `${issue} ${c.issues[issue]}`)
			.join(', ');
		console.log(
			`${HEADINGS[group]}: facts ${c.factsFound}/${c.facts}, candidates ${c.candidates} ` +
				`(good ${c.goodCandidates}, noise ${c.noiseCandidates}), entities ${c.entitiesFound}/${c.entities} ` +
				`(type right ${c.entityTypeRight}, base form right ${c.entityBaseFormRight}, ` +
				`${c.spuriousEntities} extracted that are none), students' forms ${c.studentFormsCredited}/${c.studentForms}, ` +
				`near misses credited ${c.nearMissesCredited}/${c.nearMisses}, questions ${c.questionsPassing}/${c.questions} pass, ` +
				`row labels ${c.labelsGood} good of ${c.labelsOffered} offered for ${c.goldLabels} gold, ` +
				`entity facts ticked ${c.entityFactsTicked}/${c.entityFacts}, ` +
				`matching ${c.matchingQuestions}, ordering ${c.orderingQuestions}` +
				(issues ? `; failing for: ${issues}` : '')
		);
	}
	if (options.details) {
		for (const group of groups) {
			console.log(`\n${HEADINGS[group]}: facts missed`);
			for (const line of counts[group].missed) console.log(`  ${line}`);
			console.log(`${HEADINGS[group]}: noise`);
			for (const line of counts[group].noise) console.log(`  ${line}`);
			console.log(`${HEADINGS[group]}: names and quizzes`);
			for (const line of counts[group].wrong) console.log(`  ${line}`);
		}
	}
	console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
	if (options.writeBaseline) {
		const written: AuthoringBaseline = {
			note: 'Figures of `npm run bench -- authoring`; rewritten by `npm run bench -- authoring --write-baseline`. tests/authoring-corpus.test.ts fails when a figure gets worse than these.',
			commit: currentCommit(),
			date: new Date().toISOString().slice(0, 10),
			figures
		};
		writeFileSync(BASELINE_PATH, `${JSON.stringify(written, null, '\t')}\n`);
		console.log(`wrote ${BASELINE_PATH}`);
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
	benchAuthoring({
		writeBaseline: process.argv.includes('--write-baseline'),
		details: process.argv.includes('--details'),
		corpusDir: corpusArgument(process.argv)
	});
