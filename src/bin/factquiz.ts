import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LANGUAGES, type Language } from '../lib/quiz/content';
import {
	draftModule,
	detectLanguage,
	extractFacts,
	ExtractionError,
	formatOfFileName,
	MAX_SOURCE_LENGTH,
	prepareArticle,
	type Candidate,
	type Extraction
} from '../lib/quiz/extract';
import {
	buildQuestionBank,
	EXPORT_FORMATS,
	exportBank,
	groupOmissions,
	isExportFormat,
	type OmissionReason
} from '../lib/quiz/export';
import { formatFeedback } from '../lib/quiz/feedback';
import { generateQuiz } from '../lib/quiz/generate';
import { parseNumber } from '../lib/quiz/language/number';
import { findFact, formatContentError, parseModule, type QuizModule } from '../lib/quiz/module';
import { isQuestionType, QUESTION_TYPES, type QuestionType } from '../lib/quiz/question';
import { scoreFactAnswer } from '../lib/quiz/score/fact';
import { DEFAULT_CONTENT_DIR, listModuleIds, loadLibrary, loadModule } from '../lib/server/content';
import { loadMorphology } from '../lib/server/morphology';
import { scormRuntimeScript } from '../lib/server/scorm-runtime';

/** A mistake in how the CLI was called: one line on stderr, exit 2. */
class UsageError extends Error {}

const USAGE = `factquiz — quizzes from the facts of an article

Usage:
  factquiz validate [dir]
  factquiz generate <module> --seed N --count K [--types a,b] [--facts a,b] [--with-key] [--json]
  factquiz score <module> <fact-id> <answer> [--lang pl|en]
  factquiz score <module> --batch [--lang pl|en]      (stdin: fact-id<TAB>answer per line)
  factquiz number [--lang pl|en] <text>
  factquiz number --batch [--lang pl|en]              (stdin: one text per line)
  factquiz extract <file> [--lang pl|en] [--json]      (file: .txt, .md or .html)
  factquiz extract <file> --out questions/<module> [--accept a,b] [--title T] [--source S] [--date D] [--force]
  factquiz export <module> --format F [--out FILE] [--types a,b] [--facts a,b] [--lang pl|en]

Options:
  --dir DIR    where modules live (default: ${DEFAULT_CONTENT_DIR})
  --lang       pl or en: the language of numbers for "number", of feedback for "score",
               of the article for "extract" (detected when left out), of the words an
               export adds around the module's content (the module's when left out)
  --format     for "export": ${Object.keys(EXPORT_FORMATS).join(', ')};
               text formats go to standard output unless --out names a file

Question types: ${QUESTION_TYPES.join(', ')}`;

interface Output {
	out: (text: string) => void;
	err: (text: string) => void;
	stdin: () => string;
}

const defaultOutput: Output = {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text),
	stdin: () => readFileSync(0, 'utf8')
};

type Options = NonNullable<ParseArgsConfig['options']>;

function parse<T extends Options>(args: string[], options: T) {
	try {
		return parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>({
			args,
			options,
			allowPositionals: true,
			strict: true
		});
	} catch (error) {
		throw new UsageError((error as Error).message.split('\n')[0]);
	}
}

function languageOption(value: unknown, fallback: Language): Language {
	if (value === undefined) return fallback;
	if (typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value))
		return value as Language;
	throw new UsageError(`unknown language "${String(value)}": use ${LANGUAGES.join(' or ')}`);
}

function integerOption(name: string, value: unknown, fallback: number): number {
	if (value === undefined) return fallback;
	const number = Number(value);
	if (typeof value !== 'string' || value.trim() === '' || !Number.isSafeInteger(number)) {
		throw new UsageError(`--${name} must be a whole number, got "${String(value)}"`);
	}
	return number;
}

function listOption(value: unknown): string[] | undefined {
	if (typeof value !== 'string') return undefined;
	return value
		.split(',')
		.map((item) => item.trim())
		.filter(Boolean);
}

function requireModule(dir: string, id: string | undefined): QuizModule {
	if (!id) throw new UsageError('missing module: name one of the folders under ' + dir);
	if (!listModuleIds(dir).includes(id)) {
		const known = listModuleIds(dir);
		throw new UsageError(
			`unknown module "${id}"` +
				(known.length ? ` (known: ${known.join(', ')})` : ` (no modules in ${dir})`)
		);
	}
	const result = loadModule(dir, id);
	if (!result.ok) {
		throw new UsageError(
			`module "${id}" is invalid: ${result.errors.map(formatContentError).join('; ')}`
		);
	}
	return result.module;
}

function validate(args: string[], io: Output): number {
	const { positionals } = parse(args, {});
	const dir = positionals[0] ?? DEFAULT_CONTENT_DIR;
	if (positionals.length > 1) throw new UsageError('validate takes at most one directory');
	const library = loadLibrary(dir);
	if (library.modules.length === 0 && library.refused.length === 0) {
		io.err(`no modules found in ${dir} (a module is a folder with article.md and facts.yaml)\n`);
		return 1;
	}
	for (const module of library.modules) {
		io.out(`ok ${module.id}: ${module.facts.length} facts, ${module.entities.length} entities\n`);
	}
	for (const refused of library.refused) {
		for (const error of refused.errors) io.out(`${formatContentError(error)}\n`);
	}
	if (library.refused.length > 0) {
		const errors = library.refused.reduce((total, refused) => total + refused.errors.length, 0);
		io.out(`${library.refused.length} invalid module(s), ${errors} error(s)\n`);
		return 1;
	}
	return 0;
}

function generate(args: string[], io: Output): number {
	const { positionals, values } = parse(args, {
		seed: { type: 'string' },
		count: { type: 'string' },
		types: { type: 'string' },
		facts: { type: 'string' },
		'with-key': { type: 'boolean' },
		json: { type: 'boolean' },
		dir: { type: 'string' }
	});
	if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
	const module = requireModule(values.dir ?? DEFAULT_CONTENT_DIR, positionals[0]);
	const seed = integerOption('seed', values.seed, 1);
	const count = integerOption('count', values.count, 10);
	if (count < 1) throw new UsageError('--count must be at least 1');
	const types = listOption(values.types);
	for (const type of types ?? []) {
		if (!isQuestionType(type))
			throw new UsageError(`unknown question type "${type}" (known: ${QUESTION_TYPES.join(', ')})`);
	}
	const facts = listOption(values.facts);
	for (const factId of facts ?? []) {
		if (!findFact(module, factId))
			throw new UsageError(`unknown fact "${factId}" in module "${module.id}"`);
	}
	const quiz = generateQuiz(
		module,
		{ count, types: types as QuestionType[] | undefined, facts },
		seed
	);
	const questions = quiz.questions.map((question) => {
		if (values['with-key']) return question;
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		const { key, ...withoutKey } = question;
		return withoutKey;
	});
	if (values.json) {
		io.out(JSON.stringify(questions, null, 2) + '\n');
		return 0;
	}
	questions.forEach((question, index) => {
		io.out(`${index + 1}. [${question.type}] ${question.prompt}\n`);
		if ('items' in question)
			for (const item of question.items) io.out(`   ${item.id}) ${item.text}\n`);
		if ('choices' in question)
			for (const choice of question.choices) io.out(`   ${choice.id}) ${choice.text}\n`);
		if ('key' in question) io.out(`   key: ${JSON.stringify(question.key)}\n`);
		io.out('\n');
	});
	return 0;
}

function scoreLine(module: QuizModule, factId: string, answer: string, language: Language) {
	const fact = findFact(module, factId);
	if (!fact) return { factId, error: `unknown fact "${factId}" in module "${module.id}"` };
	// As the server does: the dictionary's real names are never read as typos of a name.
	loadMorphology(module.language);
	const result = scoreFactAnswer(module, fact, answer);
	return {
		factId,
		credit: result.credit,
		verdict: result.verdict,
		feedback: formatFeedback(result, module, fact.evidence, language),
		normalized: result.normalized,
		evidence: fact.evidence
	};
}

function inputLines(io: Output): string[] {
	const text = io.stdin();
	const lines = text.split(/\r?\n/);
	if (lines[lines.length - 1] === '') lines.pop();
	return lines;
}

function score(args: string[], io: Output): number {
	const { positionals, values } = parse(args, {
		batch: { type: 'boolean' },
		lang: { type: 'string' },
		dir: { type: 'string' }
	});
	const module = requireModule(values.dir ?? DEFAULT_CONTENT_DIR, positionals[0]);
	const language = languageOption(values.lang, module.language);
	if (values.batch) {
		if (positionals.length > 1)
			throw new UsageError('with --batch, fact ids and answers come from standard input');
		const out = inputLines(io).map((line) => {
			const tab = line.indexOf('\t');
			const factId = tab < 0 ? line.trim() : line.slice(0, tab).trim();
			const answer = tab < 0 ? '' : line.slice(tab + 1);
			return JSON.stringify(scoreLine(module, factId, answer, language));
		});
		io.out(out.length ? out.join('\n') + '\n' : '');
		return 0;
	}
	const factId = positionals[1];
	if (!factId) throw new UsageError('missing fact id: factquiz score <module> <fact-id> <answer>');
	if (!findFact(module, factId))
		throw new UsageError(`unknown fact "${factId}" in module "${module.id}"`);
	if (positionals.length < 3)
		throw new UsageError('missing answer: factquiz score <module> <fact-id> <answer>');
	io.out(
		JSON.stringify(scoreLine(module, factId, positionals.slice(2).join(' '), language)) + '\n'
	);
	return 0;
}

function number(args: string[], io: Output): number {
	const { positionals, values } = parse(args, {
		batch: { type: 'boolean' },
		lang: { type: 'string' }
	});
	const language = languageOption(values.lang, 'pl');
	if (values.batch) {
		if (positionals.length > 0)
			throw new UsageError('with --batch, texts come from standard input');
		const out = inputLines(io).map((line) =>
			JSON.stringify({ value: parseNumber(line, language) })
		);
		io.out(out.length ? out.join('\n') + '\n' : '');
		return 0;
	}
	if (positionals.length === 0)
		throw new UsageError('missing text: factquiz number [--lang pl|en] <text>');
	io.out(JSON.stringify({ value: parseNumber(positionals.join(' '), language) }) + '\n');
	return 0;
}

/** A module folder may hold a teacher's work: a draft never overwrites one unasked. */
function checkDraftFolder(folder: string, force: boolean): string {
	const id = basename(folder);
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
		throw new UsageError(
			`--out ${folder}: the folder name is the module id and must be kebab-case`
		);
	}
	const taken = ['article.md', 'facts.yaml'].filter((file) => existsSync(join(folder, file)));
	if (taken.length > 0 && !force) {
		throw new UsageError(
			`--out ${folder} already holds ${taken.join(' and ')}: choose another folder or pass --force`
		);
	}
	return id;
}

function readArticleFile(file: string): string {
	let size: number;
	try {
		const stats = statSync(file);
		if (!stats.isFile()) throw new UsageError(`${file} is not a file`);
		size = stats.size;
	} catch (error) {
		if (error instanceof UsageError) throw error;
		throw new UsageError(`cannot read ${file}: no such file`);
	}
	// UTF-8 takes up to four bytes a character: anything larger cannot be within the limit.
	if (size > MAX_SOURCE_LENGTH * 4) {
		throw new ExtractionError(
			'too-large',
			`the file is too large: ${size.toLocaleString('en-US')} bytes, the limit is ${MAX_SOURCE_LENGTH.toLocaleString('en-US')} characters`
		);
	}
	return readFileSync(file, 'utf8');
}

function describeValue(candidate: Candidate): string {
	switch (candidate.kind) {
		case 'number':
		case 'proportion':
			return `${candidate.approximate ? '≈' : ''}${candidate.value}${candidate.noun ? ` ${candidate.noun}` : ''}`;
		case 'date':
			return JSON.stringify(candidate.value);
		case 'entity':
			return `${candidate.name} (${candidate.entityType})`;
		case 'statement':
			return `${candidate.subjects.join(' + ')}: ${candidate.predicate}`;
	}
}

function printCandidates(extraction: Extraction, io: Output): void {
	io.out(
		`${extraction.candidates.length} candidates, ${extraction.entities.length} entities (${extraction.language})\n\n`
	);
	for (const candidate of extraction.candidates) {
		io.out(`[${candidate.kind}] ${candidate.id}: ${describeValue(candidate)}\n`);
		io.out(`   „${candidate.surface}” — ${candidate.evidence}\n`);
		io.out(`   Q: ${candidate.question}\n`);
		if (candidate.distractors.length)
			io.out(`   distractors: ${candidate.distractors.join('; ')}\n`);
		io.out('\n');
	}
}

function today(): string {
	return new Date().toISOString().slice(0, 10);
}

function extract(args: string[], io: Output): number {
	const { positionals, values } = parse(args, {
		lang: { type: 'string' },
		json: { type: 'boolean' },
		out: { type: 'string' },
		accept: { type: 'string' },
		title: { type: 'string' },
		source: { type: 'string' },
		date: { type: 'string' },
		force: { type: 'boolean' }
	});
	const file = positionals[0];
	if (!file) throw new UsageError('missing file: factquiz extract <file.txt|.md|.html>');
	if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
	const format = formatOfFileName(file);
	if (!format) throw new UsageError(`${file}: give the article as .txt, .md or .html`);
	const language = values.lang === undefined ? undefined : languageOption(values.lang, 'pl');
	const onlyForDrafts = (['accept', 'title', 'source', 'date', 'force'] as const).filter(
		(name) => values[name] !== undefined
	);
	if (!values.out && onlyForDrafts.length > 0) {
		throw new UsageError(`--${onlyForDrafts[0]} goes with --out`);
	}
	if (values.date !== undefined && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(values.date)) {
		throw new UsageError(`--date must be YYYY, YYYY-MM or YYYY-MM-DD, got "${values.date}"`);
	}
	const moduleId = values.out ? checkDraftFolder(values.out, values.force === true) : undefined;

	let prepared;
	let extraction: Extraction;
	try {
		prepared = prepareArticle(readArticleFile(file), format);
		const chosen = language ?? prepared.language ?? detectLanguage(prepared.text).language;
		const morphology = chosen ? loadMorphology(chosen) : undefined;
		extraction = extractFacts(prepared.text, {
			...(chosen ? { language: chosen } : {}),
			...(morphology ? { morphology } : {})
		});
	} catch (error) {
		if (!(error instanceof ExtractionError)) throw error;
		io.err(`factquiz extract: ${file}: ${error.message}\n`);
		return 1;
	}

	if (values.json) {
		const { language: found, candidates } = extraction;
		// The contract of --json: an entity's type is person, organisation or place, and the
		// finer kind (city, country, river…) a field of its own.
		const entities = extraction.entities.map(({ id, name, category, kind, aliases, mentions }) => ({
			id,
			name,
			type: category,
			...(kind ? { kind } : {}),
			aliases,
			mentions
		}));
		io.out(
			JSON.stringify(
				{ file, language: found, text: prepared.text, entities, candidates },
				null,
				2
			) + '\n'
		);
	} else if (!values.out) {
		printCandidates(extraction, io);
	}
	if (!values.out || !moduleId) return 0;

	const accepted = listOption(values.accept);
	const draft = draftModule(prepared, extraction, {
		...(accepted ? { accepted } : {}),
		...(values.title ? { title: values.title } : {}),
		source: values.source ?? prepared.source ?? basename(file),
		...(values.date ? { date: values.date } : {}),
		fallbackDate: today()
	});
	mkdirSync(values.out, { recursive: true });
	const articlePath = join(values.out, 'article.md');
	const factsPath = join(values.out, 'facts.yaml');
	writeFileSync(articlePath, draft.articleMarkdown);
	writeFileSync(factsPath, draft.factsYaml);
	const checked = parseModule({
		id: moduleId,
		articlePath,
		factsPath,
		articleText: draft.articleMarkdown,
		factsText: draft.factsYaml
	});
	// With --json, standard output holds the JSON alone; the report goes to standard error.
	const report = values.json ? io.err : io.out;
	const facts = checked.ok
		? `${checked.module.facts.length} facts`
		: 'a draft that does not validate yet';
	report(
		`wrote ${articlePath} and ${factsPath}: ${facts}, ${extraction.entities.length} entities\n`
	);
	for (const warning of draft.warnings) report(`check ${warning}\n`);
	if (!checked.ok) for (const error of checked.errors) report(`${formatContentError(error)}\n`);
	return 0;
}

function describeOmission(reason: OmissionReason): string {
	switch (reason.code) {
		case 'type-not-supported':
			return 'the format has no such question';
		case 'too-long':
			return `${reason.part} longer than ${reason.limit} characters`;
		case 'too-many-answers':
			return `more than ${reason.limit} answers`;
		case 'unescapable':
			return `an answer holds "${reason.text}", which the format cannot escape`;
	}
}

function typeList(value: unknown): QuestionType[] | undefined {
	const types = listOption(value);
	for (const type of types ?? []) {
		if (!isQuestionType(type))
			throw new UsageError(`unknown question type "${type}" (known: ${QUESTION_TYPES.join(', ')})`);
	}
	return types as QuestionType[] | undefined;
}

async function exportModule(args: string[], io: Output): Promise<number> {
	const { positionals, values } = parse(args, {
		format: { type: 'string' },
		out: { type: 'string' },
		types: { type: 'string' },
		facts: { type: 'string' },
		lang: { type: 'string' },
		dir: { type: 'string' }
	});
	if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
	const known = Object.keys(EXPORT_FORMATS).join(', ');
	const format = values.format;
	if (format === undefined) throw new UsageError(`missing --format (one of ${known})`);
	if (!isExportFormat(format)) throw new UsageError(`unknown format "${format}" (known: ${known})`);
	const module = requireModule(values.dir ?? DEFAULT_CONTENT_DIR, positionals[0]);
	const types = typeList(values.types);
	const facts = listOption(values.facts);
	for (const factId of facts ?? []) {
		if (!findFact(module, factId))
			throw new UsageError(`unknown fact "${factId}" in module "${module.id}"`);
	}
	const language = languageOption(values.lang, module.language);
	const bank = buildQuestionBank(module, {
		...(types ? { types } : {}),
		...(facts ? { facts } : {}),
		language
	});
	const result = await exportBank(format, bank, { module, scormRuntime: scormRuntimeScript });
	if (result.file.kind === 'binary' && !values.out) {
		throw new UsageError(
			`${format} is a binary file (.${result.file.extension}): name it with --out ${result.fileName}`
		);
	}
	for (const group of groupOmissions(result.omitted)) {
		io.err(
			`left out ${group.count} ${group.type} question(s): ${describeOmission(group.reason)}\n`
		);
	}
	if (!values.out) {
		if (result.file.kind === 'text') io.out(result.file.text);
		return 0;
	}
	writeFileSync(values.out, result.file.kind === 'text' ? result.file.text : result.file.bytes);
	io.err(
		`wrote ${values.out}: ${result.included} question(s) in ${EXPORT_FORMATS[format].title}\n`
	);
	return 0;
}

const COMMANDS: Record<string, (args: string[], io: Output) => number | Promise<number>> = {
	validate,
	generate,
	score,
	number,
	extract,
	export: exportModule
};

/** Runs the CLI; returns the exit code (0 ok, 1 invalid content, 2 bad usage). */
export async function main(argv: string[], io: Output = defaultOutput): Promise<number> {
	const [command, ...args] = argv;
	if (!command || command === '--help' || command === '-h' || command === 'help') {
		io.out(USAGE + '\n');
		return command ? 0 : 2;
	}
	const run = COMMANDS[command];
	if (!run) {
		io.err(
			`factquiz: unknown command "${command}" (commands: ${Object.keys(COMMANDS).join(', ')})\n`
		);
		return 2;
	}
	try {
		return await run(args, io);
	} catch (error) {
		if (error instanceof UsageError) {
			io.err(`factquiz ${command}: ${error.message}\n`);
			return 2;
		}
		throw error;
	}
}
