import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import {
	articleFrontMatterSchema,
	factSchema,
	factsFileSchema,
	type ArticleFrontMatter,
	type Entity,
	type Fact,
	type Language
} from './content';
import {
	articleSentences,
	articleTexts,
	countWords,
	parseArticleBody,
	splitFrontMatter,
	type ArticleBody
} from './article';

/** A module ready for generation and scoring: its article and facts, checked against each other. */
export interface QuizModule {
	id: string;
	title: string;
	language: Language;
	source: string;
	date: string;
	article: ArticleBody;
	wordCount: number;
	entities: Entity[];
	facts: Fact[];
}

/** One problem in a module's files, placed so an author can go straight to it. */
export interface ContentError {
	file: string;
	line: number;
	/** Where in the file's data: `facts[3].evidence`; empty for the file as a whole. */
	field: string;
	message: string;
}

export function formatContentError(error: ContentError): string {
	const place = error.field ? ` ${error.field}:` : '';
	return `${error.file}:${error.line}${place} ${error.message}`;
}

export interface ModuleSources {
	id: string;
	/** Paths used in error messages, e.g. `questions/kursk/article.md`. */
	articlePath: string;
	factsPath: string;
	articleText: string;
	factsText: string;
}

export type ModuleResult =
	{ ok: true; module: QuizModule } | { ok: false; id: string; errors: ContentError[] };

type PathKey = string | number;

function formatPath(path: readonly PathKey[]): string {
	return path.reduce<string>(
		(text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
		''
	);
}

/** Finds the line of the deepest YAML node on `path` that exists. */
function lineOf(
	doc: Document,
	counter: LineCounter,
	path: readonly PathKey[],
	offsetLine = 0
): number {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
		if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + offsetLine;
	}
	return 1 + offsetLine;
}

/** Finds the line of a mapping key, so an unknown or misplaced key is pointed at directly. */
function lineOfKey(
	doc: Document,
	counter: LineCounter,
	path: readonly PathKey[],
	key: string,
	offsetLine: number
): number {
	const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
	if (parent && typeof parent === 'object' && 'items' in parent && Array.isArray(parent.items)) {
		for (const pair of parent.items as { key?: unknown }[]) {
			const keyNode = pair.key;
			if (isNode(keyNode) && 'value' in keyNode && keyNode.value === key && keyNode.range) {
				return counter.linePos(keyNode.range[0]).line + offsetLine;
			}
		}
	}
	return lineOf(doc, counter, path, offsetLine);
}

function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
		return `is required (${issue.expected})`;
	}
	if (
		issue.code === 'invalid_union' &&
		'note' in issue &&
		issue.note === 'No matching discriminator'
	) {
		return 'kind must be one of number, proportion, date, entity, entity-set, text';
	}
	return issue.message;
}

function issuesToErrors(
	issues: readonly z.core.$ZodIssue[],
	doc: Document,
	counter: LineCounter,
	file: string,
	offsetLine = 0
): ContentError[] {
	return issues.flatMap((issue) => {
		const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				file,
				line: lineOfKey(doc, counter, path, key, offsetLine),
				field: formatPath([...path, key]),
				message: 'unknown field'
			}));
		}
		const lastKey = path[path.length - 1];
		const line =
			typeof lastKey === 'string' && doc.getIn(path, true) === undefined
				? lineOfKey(doc, counter, path.slice(0, -1), lastKey, offsetLine)
				: lineOf(doc, counter, path, offsetLine);
		return [{ file, line, field: formatPath(path), message: describeIssue(issue) }];
	});
}

function parseYaml(text: string, file: string, offsetLine = 0) {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true });
	const errors: ContentError[] = doc.errors.map((error) => ({
		file,
		line: (error.linePos?.[0].line ?? 1) + offsetLine,
		field: '',
		message: `YAML syntax: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`
	}));
	return { doc, counter, errors };
}

function normaliseSpaces(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

function wordSet(text: string): Set<string> {
	return new Set(
		text
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u)
			.filter(Boolean)
	);
}

/** The article sentence sharing most words with `text`, to help an author fix a near-miss. */
export function closestSentence(text: string, sentences: readonly string[]): string | null {
	const wanted = wordSet(text);
	let best: string | null = null;
	let bestScore = 0;
	for (const sentence of sentences) {
		const words = wordSet(sentence);
		let shared = 0;
		for (const word of wanted) if (words.has(word)) shared++;
		const score = shared / (wanted.size + words.size - shared || 1);
		if (score > bestScore) {
			bestScore = score;
			best = sentence;
		}
	}
	return bestScore >= 0.3 ? best : null;
}

function checkFactsAgainstArticle(
	facts: readonly (readonly [number, Fact])[],
	/** Ids of every entity that has one, valid or not, so one bad entity is not also "unknown". */
	entities: readonly (readonly [number, string])[],
	article: ArticleBody,
	doc: Document,
	counter: LineCounter,
	file: string,
	articleFile: string
): ContentError[] {
	const errors: ContentError[] = [];
	const at = (path: PathKey[], message: string) =>
		errors.push({ file, line: lineOf(doc, counter, path), field: formatPath(path), message });

	const texts = articleTexts(article).map(normaliseSpaces);
	const sentences = articleSentences(article);
	const articleName = articleFile.split('/').pop() ?? articleFile;

	const entityIds = new Map<string, number>();
	entities.forEach(([index, id]) => {
		const first = entityIds.get(id);
		if (first !== undefined)
			at(['entities', index, 'id'], `duplicate id "${id}" (first at entities[${first}])`);
		else entityIds.set(id, index);
	});

	const factIds = new Map<string, number>();
	facts.forEach(([index, fact]) => {
		const first = factIds.get(fact.id);
		if (first !== undefined)
			at(['facts', index, 'id'], `duplicate id "${fact.id}" (first at facts[${first}])`);
		else factIds.set(fact.id, index);

		const evidence = normaliseSpaces(fact.evidence);
		if (!texts.some((text) => text.includes(evidence))) {
			const closest = closestSentence(fact.evidence, sentences);
			at(
				['facts', index, 'evidence'],
				`not found in ${articleName}` + (closest ? ` (closest: "${closest}")` : '')
			);
		}
		if (fact.cloze !== undefined && !evidence.includes(normaliseSpaces(fact.cloze))) {
			at(['facts', index, 'cloze'], 'must be a part of the evidence sentence, verbatim');
		}

		if (fact.kind === 'entity' && !entityIds.has(fact.value)) {
			at(['facts', index, 'value'], `unknown entity "${fact.value}" (not in entities)`);
		}
		if (fact.kind === 'entity-set') {
			const seen = new Set<string>();
			fact.value.forEach((id, position) => {
				if (!entityIds.has(id))
					at(['facts', index, 'value', position], `unknown entity "${id}" (not in entities)`);
				if (seen.has(id)) at(['facts', index, 'value', position], `entity "${id}" is listed twice`);
				seen.add(id);
			});
		}
		if (fact.kind === 'number' || fact.kind === 'proportion') {
			if (!fact.approximate && fact.tolerance !== undefined && fact.tolerance > 0) {
				at(
					['facts', index, 'tolerance'],
					'an exact figure (approximate: false) cannot have a tolerance'
				);
			}
		}
		if (fact.kind === 'date' && fact.value.season && fact.value.month) {
			at(['facts', index, 'value'], 'give either a season or a month, not both');
		}
		if (fact.kind === 'date' && fact.value.day && !fact.value.month) {
			at(['facts', index, 'value', 'day'], 'a day needs a month');
		}
	});
	return errors;
}

function validItems(raw: unknown) {
	const record = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
	const facts: (readonly [number, Fact])[] = [];
	const entities: (readonly [number, string])[] = [];
	if (Array.isArray(record.facts)) {
		record.facts.forEach((item: unknown, index) => {
			const fact = factSchema.safeParse(item);
			if (fact.success) facts.push([index, fact.data]);
		});
	}
	if (Array.isArray(record.entities)) {
		record.entities.forEach((item: unknown, index) => {
			const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
			if (typeof id === 'string') entities.push([index, id]);
		});
	}
	return { facts, entities };
}

/**
 * Reads and checks a module from the text of its two files. Every problem is reported at
 * once, each with file, line and field, so an author fixes them in one pass.
 */
export function parseModule(sources: ModuleSources): ModuleResult {
	const { id, articlePath, factsPath } = sources;
	const errors: ContentError[] = [];

	const split = splitFrontMatter(sources.articleText);
	let frontMatter: ArticleFrontMatter | null = null;
	let article: ArticleBody | null = null;
	if (!split) {
		errors.push({
			file: articlePath,
			line: 1,
			field: '',
			message: 'must start with front matter between "---" lines (title, language, source, date)'
		});
	} else {
		const offset = split.frontMatterLine - 1;
		const yaml = parseYaml(split.frontMatter, articlePath, offset);
		errors.push(...yaml.errors);
		if (yaml.errors.length === 0) {
			const raw = yaml.doc.toJS() as unknown;
			const withDateText =
				raw && typeof raw === 'object' && typeof (raw as { date?: unknown }).date === 'number'
					? { ...raw, date: String((raw as { date: number }).date) }
					: raw;
			const parsed = articleFrontMatterSchema.safeParse(withDateText ?? {});
			if (parsed.success) frontMatter = parsed.data;
			else
				errors.push(
					...issuesToErrors(parsed.error.issues, yaml.doc, yaml.counter, articlePath, offset)
				);
		}
		const body = parseArticleBody(split.body, split.bodyLine);
		errors.push(
			...body.errors.map((error) => ({
				file: articlePath,
				line: error.line,
				field: '',
				message: error.message
			}))
		);
		if (body.article.blocks.length === 0) {
			errors.push({
				file: articlePath,
				line: split.bodyLine,
				field: '',
				message: 'the article has no text'
			});
		}
		article = body.article;
	}

	const yaml = parseYaml(sources.factsText, factsPath);
	errors.push(...yaml.errors);
	if (yaml.errors.length === 0) {
		const raw: unknown = yaml.doc.toJS() ?? {};
		const parsed = factsFileSchema.safeParse(raw);
		if (!parsed.success) {
			errors.push(...issuesToErrors(parsed.error.issues, yaml.doc, yaml.counter, factsPath));
		}
		if (article) {
			// The article checks run on every fact that is valid on its own, so that one
			// malformed fact does not hide the other facts' problems.
			const { facts, entities } = validItems(raw);
			errors.push(
				...checkFactsAgainstArticle(
					facts,
					entities,
					article,
					yaml.doc,
					yaml.counter,
					factsPath,
					articlePath
				)
			);
		}
		if (parsed.success && article) {
			if (errors.length === 0 && frontMatter) {
				return {
					ok: true,
					module: {
						id,
						...frontMatter,
						article,
						wordCount: countWords(article),
						entities: parsed.data.entities,
						facts: parsed.data.facts
					}
				};
			}
		}
	}
	if (errors.length === 0) {
		errors.push({ file: articlePath, line: 1, field: '', message: 'the module could not be read' });
	}
	return {
		ok: false,
		id,
		errors: errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
	};
}

export function findFact(module: QuizModule, factId: string): Fact | undefined {
	return module.facts.find((fact) => fact.id === factId);
}
