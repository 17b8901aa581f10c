/**
 * The article of a module: Markdown with front matter, paragraphs, `##`/`###` headings and
 * related-article boxes written as
 *
 *     ::: related Konflikty zbrojne
 *     ### Title of the related article
 *
 *     Its teaser text.
 *     :::
 *
 * Only this small dialect is read, so that the reader, the evidence check and the cloze
 * generator all see exactly the same text.
 */

export type ArticleBlock =
	| { type: 'paragraph'; text: string }
	| { type: 'heading'; level: 2 | 3; text: string }
	| { type: 'related'; category: string; title: string; paragraphs: string[] };

export interface ArticleBody {
	blocks: ArticleBlock[];
}

export interface ArticleSyntaxError {
	line: number;
	message: string;
}

export interface SplitFrontMatter {
	frontMatter: string;
	/** Line of the article file where the front matter's first line is. */
	frontMatterLine: number;
	body: string;
	bodyLine: number;
}

export function splitFrontMatter(text: string): SplitFrontMatter | null {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (lines[0]?.trim() !== '---') return null;
	const end = lines.indexOf('---', 1);
	if (end < 0) return null;
	return {
		frontMatter: lines.slice(1, end).join('\n'),
		frontMatterLine: 2,
		body: lines.slice(end + 1).join('\n'),
		bodyLine: end + 2
	};
}

const RELATED_OPEN = /^:::\s*related\b\s*(.*)$/;
const HEADING = /^(#{2,3})\s+(.+)$/;

/** Reads the article body; `firstLine` is the file line the body starts on, for error messages. */
export function parseArticleBody(
	body: string,
	firstLine = 1
): { article: ArticleBody; errors: ArticleSyntaxError[] } {
	const blocks: ArticleBlock[] = [];
	const errors: ArticleSyntaxError[] = [];
	const lines = body.split(/\r?\n/);
	let paragraph: string[] = [];
	let box: { category: string; title: string; paragraphs: string[]; line: number } | null = null;

	const flushParagraph = () => {
		if (paragraph.length === 0) return;
		const text = paragraph.join(' ').replace(/\s+/g, ' ').trim();
		paragraph = [];
		if (box) box.paragraphs.push(text);
		else blocks.push({ type: 'paragraph', text });
	};

	lines.forEach((raw, index) => {
		const line = raw.trim();
		const lineNumber = firstLine + index;
		const opening = RELATED_OPEN.exec(line);
		if (opening) {
			flushParagraph();
			if (box) errors.push({ line: lineNumber, message: 'a related box opens inside another one' });
			box = { category: (opening[1] ?? '').trim(), title: '', paragraphs: [], line: lineNumber };
			return;
		}
		if (line === ':::') {
			flushParagraph();
			if (!box) {
				errors.push({ line: lineNumber, message: '":::" closes a box that was never opened' });
				return;
			}
			if (!box.title) errors.push({ line: box.line, message: 'a related box needs a "### title"' });
			blocks.push({
				type: 'related',
				category: box.category,
				title: box.title,
				paragraphs: box.paragraphs
			});
			box = null;
			return;
		}
		if (line === '') {
			flushParagraph();
			return;
		}
		const heading = HEADING.exec(line);
		if (heading && paragraph.length === 0) {
			const text = (heading[2] ?? '').trim();
			if (box) box.title = text;
			else blocks.push({ type: 'heading', level: heading[1] === '##' ? 2 : 3, text });
			return;
		}
		paragraph.push(line);
	});
	flushParagraph();
	const unclosed = box as {
		category: string;
		title: string;
		paragraphs: string[];
		line: number;
	} | null;
	if (unclosed) {
		errors.push({ line: unclosed.line, message: 'a related box is never closed with ":::"' });
		// Keep its text, so that the facts quoting it are not reported missing as well.
		blocks.push({
			type: 'related',
			category: unclosed.category,
			title: unclosed.title,
			paragraphs: unclosed.paragraphs
		});
	}
	return { article: { blocks }, errors };
}

/** Every piece of text the article shows, in order: what evidence is checked against. */
export function articleTexts(article: ArticleBody): string[] {
	return article.blocks.flatMap((block) =>
		block.type === 'related' ? [block.title, ...block.paragraphs] : [block.text]
	);
}

/** Sentences of the article, for "closest sentence" hints and reading time. */
export function articleSentences(article: ArticleBody): string[] {
	return articleTexts(article).flatMap((text) =>
		text
			.split(/(?<=[.!?…])\s+(?=[\p{Lu}„"«(])/u)
			.map((sentence) => sentence.trim())
			.filter(Boolean)
	);
}

export function countWords(article: ArticleBody): number {
	return articleTexts(article).reduce(
		(total, text) => total + text.split(/\s+/).filter(Boolean).length,
		0
	);
}

/**
 * Abbreviations a subheading may end on, so that its only full stop is theirs: "na jesień
 * 2027 r.", "o 40 proc.", "na ponad 900 km kw.", "Ponad 2 tys. zł.".
 */
const HEADING_ABBREVIATIONS =
	'(?:r|w|ok|tys|proc|mln|mld|godz|ul|al|pl|kw|zł|ha|km|m|t|kg|szt|os|pkt|min|mies)';
const HEADING_END = new RegExp(`\\s${HEADING_ABBREVIATIONS}\\.$`, 'u');
const INNER_ABBREVIATION = new RegExp(`(?<=\\s)${HEADING_ABBREVIATIONS}\\.(?=\\s)`, 'gu');
const HEADING_WORDS = 8;

/**
 * "Otwarcie przesunięte na jesień 2027 r.", "Dwa zespoły na ponad 900 km kw.": a line of a few
 * words whose full stops are all abbreviations', above a paragraph longer than itself, is a
 * subheading, not a sentence. `lines` are the article's lines, whitespace collapsed.
 */
export function isAbbreviatedHeading(lines: readonly string[], index: number): boolean {
	const line = lines[index] ?? '';
	if (!HEADING_END.test(line) || line.split(' ').length > HEADING_WORDS) return false;
	if (/[.!?…]/u.test(line.slice(0, -1).replace(INNER_ABBREVIATION, ''))) return false;
	const next = lines.find((other, at) => at > index && other !== '');
	return next !== undefined && next.split(' ').length > HEADING_WORDS;
}
