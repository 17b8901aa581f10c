/**
 * `npm run bench`: scoring and generation throughput of the quiz domain on one core, each
 * next to a baseline measured in the same run, and extraction time for a 5,000-word article
 * (bench/extract.ts); then the learner app's figures (bench/app.ts).
 *
 *   npm run bench                    both
 *   npm run bench -- domain          the domain only (scoring, extraction)
 *   npm run bench -- generate        quiz generation only
 *   npm run bench -- app             the app only
 *   npm run bench -- app --no-build  the app as build/ has it, without building it first
 *   npm run bench -- authoring       authoring on the development corpus (bench/authoring.ts);
 *                                    --write-baseline keeps its figures as the new baseline,
 *                                    --details lists the facts missed and the noise,
 *                                    --corpus <dir> measures that folder instead (no baseline)
 */
import { generateQuiz } from '../src/lib/quiz/generate';
import { findFact } from '../src/lib/quiz/module';
import { scoreFactAnswer } from '../src/lib/quiz/score/fact';
import { loadModule } from '../src/lib/server/content';
import { benchApp } from './app';
import { benchAuthoring, corpusArgument } from './authoring';
import { benchExtraction } from './extract';
import { compare, parseBenchArguments, report } from './harness';

const PARTS = ['domain', 'generate', 'app', 'authoring'] as const;
const WRITE_BASELINE = '--write-baseline';
const DETAILS = '--details';
const corpusDir = corpusArgument(process.argv);
const { parts, build } = parseBenchArguments(
	PARTS,
	process.argv
		.slice(2)
		.filter((arg) => arg !== WRITE_BASELINE && arg !== DETAILS)
		.filter((arg, at, args) => arg !== '--corpus' && args[at - 1] !== '--corpus')
);

const loaded = loadModule('questions', 'kursk');
if (!loaded.ok) throw new Error('the seed module is invalid: run `npx factquiz validate`');
const module = loaded.module;

function fact(id: string) {
	const found = findFact(module, id);
	if (!found) throw new Error(`no fact ${id}`);
	return found;
}

const NUMERIC_ANSWERS: [string, string][] = [
	['troops-sent', '11000'],
	['troops-sent', '11 000'],
	['troops-sent', '11 tys.'],
	['troops-sent', 'ok. 11 tysięcy żołnierzy'],
	['troops-sent', 'jedenaście tysięcy'],
	['losses', 'czterech tysięcy'],
	['losses', '4000'],
	['killed', 'tysiąc'],
	['captured', 'dwóch'],
	['captured', '2'],
	['shells-share', 'połowa'],
	['shells-share', '50%']
];

const TEXT_ANSWERS: [string, string][] = [
	['traded-for', 'pomoc w programie rakietowym'],
	['traded-for', 'program rakietowy'],
	['no-surrender-reason', 'strach przed represjami wobec rodziny'],
	['no-surrender-reason', 'boją się o rodziny'],
	['proposer', 'Kim Jong Un'],
	['proposer', 'Putin'],
	['accusers', 'Korea Południowa i Ukraina'],
	['deniers', 'Moskwa oraz Pjongjang'],
	['first-reports', 'jesienią 2024 roku'],
	['observer', 'Stany Zjednoczone']
];

function scorer(answers: [string, string][]) {
	const prepared = answers.map(([id, answer]) => [fact(id), answer] as const);
	let sink = 0;
	return {
		run: (iterations: number) => {
			for (let i = 0; i < iterations; i++) {
				for (const [answerFact, answer] of prepared)
					sink += scoreFactAnswer(module, answerFact, answer).credit;
			}
		},
		sink: () => sink
	};
}

let baselineSink = 0;
const numericTexts = NUMERIC_ANSWERS.map(([, answer]) => answer);
const quotedTexts = TEXT_ANSWERS.map(([, answer]) => JSON.stringify(answer));
const sampleQuiz = JSON.stringify(generateQuiz(module, { count: 20 }, 1));
let seed = 0;

const numeric = scorer(NUMERIC_ANSWERS);
const text = scorer(TEXT_ANSWERS);

if (parts.has('domain')) {
	console.log(
		`factquiz bench — node ${process.version}, one core, medians of 5 alternating rounds\n`
	);
	report([
		compare({
			name: 'numeric answers scored',
			run: numeric.run,
			batch: NUMERIC_ANSWERS.length,
			baselineName: 'Number() over the same strings',
			baseline: (iterations) => {
				for (let i = 0; i < iterations; i++)
					for (const answer of numericTexts) baselineSink += Number(answer) || 0;
			},
			target: 1_000_000
		}),
		compare({
			name: 'free-text answers scored',
			run: text.run,
			batch: TEXT_ANSWERS.length,
			baselineName: 'JSON.parse of the same strings',
			baseline: (iterations) => {
				for (let i = 0; i < iterations; i++)
					for (const answer of quotedTexts) baselineSink += (JSON.parse(answer) as string).length;
			},
			target: 200_000
		})
	]);
	// Printed so the work above cannot be optimised away.
	console.log(`\n(checksum ${numeric.sink() + text.sink() + baselineSink})\n`);
	benchExtraction();
}

if (parts.has('generate')) {
	if (parts.has('domain')) console.log('');
	else
		console.log(
			`factquiz bench — node ${process.version}, one core, medians of 5 alternating rounds\n`
		);
	report([
		compare({
			name: '20-question quizzes generated',
			run: (iterations) => {
				for (let i = 0; i < iterations; i++)
					baselineSink += generateQuiz(module, { count: 20 }, seed++).questions.length;
			},
			baselineName: 'JSON.parse of a 20-question quiz',
			baseline: (iterations) => {
				for (let i = 0; i < iterations; i++)
					baselineSink += (JSON.parse(sampleQuiz) as { questions: unknown[] }).questions.length;
			},
			target: 10_000
		})
	]);
	console.log(`\n(checksum ${baselineSink})\n`);
}

if (parts.has('authoring')) {
	if (parts.has('domain') || parts.has('generate')) console.log('');
	benchAuthoring({
		writeBaseline: process.argv.includes(WRITE_BASELINE),
		details: process.argv.includes(DETAILS),
		corpusDir
	});
}

if (parts.has('app')) {
	if (parts.has('domain') || parts.has('generate') || parts.has('authoring')) console.log('');
	await benchApp({ build });
}
