import { parse as parseYaml } from 'yaml';
import { articleTexts, parseArticleBody, splitFrontMatter } from '../article';
import { LANGUAGES, type Language } from '../content';
import { stripHtml } from './html';
import { checkArticleText, ExtractionError, looksBinary, MAX_SOURCE_LENGTH } from './input';

export type SourceFormat = 'text' | 'markdown' | 'html';

/** An article as extraction reads it, with what its source said about it. */
export interface PreparedArticle {
	/** Plain text, paragraphs separated by blank lines: candidates' offsets point into it. */
	text: string;
	title?: string;
	language?: Language;
	source?: string;
	date?: string;
	/**
	 * The Markdown body in the module format (related boxes, `##` headings), for a draft to
	 * keep as it was; absent for plain text and HTML.
	 */
	body?: string;
}

/** The format of a file by its extension: .txt, .md, .html; null for anything else. */
export function formatOfFileName(name: string): SourceFormat | null {
	const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
	if (extension === 'txt' || extension === 'text') return 'text';
	if (extension === 'md' || extension === 'markdown') return 'markdown';
	if (extension === 'html' || extension === 'htm') return 'html';
	return null;
}

function optionalText(value: unknown): string | undefined {
	if (typeof value === 'number') return String(value);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function readFrontMatter(yaml: string): Omit<PreparedArticle, 'text'> {
	let raw: unknown;
	try {
		raw = parseYaml(yaml);
	} catch {
		return {};
	}
	if (!raw || typeof raw !== 'object') return {};
	const record = raw as Record<string, unknown>;
	const language = (LANGUAGES as readonly unknown[]).includes(record.language)
		? (record.language as Language)
		: undefined;
	const found = {
		title: optionalText(record.title),
		language,
		source: optionalText(record.source),
		date: optionalText(record.date)
	};
	return Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined));
}

const LEVEL_ONE_HEADING = /^#\s+(\S.*)$/;

/** Markdown in or out of the module format: "# Title" becomes the title and a "##" heading. */
function prepareMarkdown(source: string): PreparedArticle {
	const split = splitFrontMatter(source);
	const meta = split ? readFrontMatter(split.frontMatter) : {};
	let title = meta.title;
	const body = (split ? split.body : source)
		.split('\n')
		.map((line) => {
			const heading = LEVEL_ONE_HEADING.exec(line.trim());
			if (!heading) return line;
			title ??= (heading[1] ?? '').trim();
			return `## ${(heading[1] ?? '').trim()}`;
		})
		.join('\n');
	const { article } = parseArticleBody(body);
	const text = articleTexts(article).join('\n\n');
	return { ...meta, ...(title ? { title } : {}), text, body };
}

/**
 * Reads an article from a .txt, .md or .html source into plain text. HTML loses its tags
 * and everything inside scripts and styles, which are never run. Refuses binary, empty and
 * oversized input with an `ExtractionError`.
 */
export function prepareArticle(source: string, format: SourceFormat): PreparedArticle {
	if (source.length > MAX_SOURCE_LENGTH) {
		throw new ExtractionError(
			'too-large',
			`the file is too large: ${source.length.toLocaleString('en-US')} characters, ` +
				`the limit is ${MAX_SOURCE_LENGTH.toLocaleString('en-US')}`
		);
	}
	if (looksBinary(source)) {
		throw new ExtractionError(
			'binary',
			'this looks like a binary file, not text: give the article as .txt, .md or .html'
		);
	}
	const normalised = source
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.normalize('NFC');
	let prepared: PreparedArticle;
	if (format === 'html') {
		const stripped = stripHtml(normalised);
		prepared = stripped.title
			? { text: stripped.text, title: stripped.title }
			: { text: stripped.text };
	} else if (format === 'markdown') {
		prepared = prepareMarkdown(normalised);
	} else {
		prepared = { text: normalised };
	}
	checkArticleText(prepared.text);
	return prepared;
}
