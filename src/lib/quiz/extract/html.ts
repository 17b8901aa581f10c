/**
 * The text of an HTML page, for extraction: tags dropped, block elements turned into
 * paragraph breaks, entities decoded, and the content of scripts, styles and embedded
 * objects removed unread. Nothing is parsed into a DOM or run: a single linear pass over the
 * characters, so hostile markup costs no more than its length.
 */

/** Elements whose content is not article text and must never reach the output. */
const DROPPED_ELEMENTS = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'iframe',
	'object',
	'svg',
	'math',
	'canvas',
	'video',
	'audio',
	'select',
	'textarea',
	'button'
]);

/** Elements that end a paragraph. */
const BLOCK_ELEMENTS = new Set([
	'p',
	'div',
	'br',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'li',
	'ul',
	'ol',
	'section',
	'article',
	'header',
	'footer',
	'aside',
	'nav',
	'blockquote',
	'tr',
	'td',
	'th',
	'table',
	'pre',
	'hr',
	'figure',
	'figcaption',
	'dd',
	'dt',
	'dl',
	'main',
	'form',
	'address',
	'body',
	'html',
	'head'
]);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	bdquo: '„',
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’',
	laquo: '«',
	raquo: '»',
	shy: '',
	copy: '©',
	deg: '°',
	euro: '€',
	oacute: 'ó',
	Oacute: 'Ó',
	aogon: 'ą',
	Aogon: 'Ą',
	eogon: 'ę',
	Eogon: 'Ę',
	lstrok: 'ł',
	Lstrok: 'Ł',
	nacute: 'ń',
	Nacute: 'Ń',
	sacute: 'ś',
	Sacute: 'Ś',
	zacute: 'ź',
	Zacute: 'Ź',
	zdot: 'ż',
	Zdot: 'Ż',
	cacute: 'ć',
	Cacute: 'Ć',
	eacute: 'é',
	aacute: 'á',
	uuml: 'ü',
	ouml: 'ö',
	auml: 'ä',
	szlig: 'ß'
};

/** Longest entity read: "&#x1F600;" or "&hellip;". */
const MAX_ENTITY = 10;

function decodeEntity(html: string, at: number): { text: string; end: number } | null {
	// Looked for only as far as an entity can reach: a search to the end for each "&" of a
	// text without ";" made stripping quadratic.
	const semicolon = html.slice(at + 1, at + 1 + MAX_ENTITY).indexOf(';');
	if (semicolon < 0) return null;
	return entityAt(html, at, at + 1 + semicolon);
}

function entityAt(
	html: string,
	at: number,
	semicolon: number
): { text: string; end: number } | null {
	const name = html.slice(at + 1, semicolon);
	if (name.startsWith('#')) {
		const hex = name[1] === 'x' || name[1] === 'X';
		const digits = name.slice(hex ? 2 : 1);
		if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return null;
		const code = parseInt(digits, hex ? 16 : 10);
		// Code points that are not characters, and controls, are not let in through entities.
		if (
			code > 0x10ffff ||
			(code >= 0xd800 && code <= 0xdfff) ||
			(code < 32 && code !== 9 && code !== 10)
		)
			return { text: '', end: semicolon + 1 };
		return { text: String.fromCodePoint(code), end: semicolon + 1 };
	}
	const text = NAMED_ENTITIES[name];
	return text === undefined ? null : { text, end: semicolon + 1 };
}

function isNameCode(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Where a tag that starts at `at` ends (after its ">"), skipping quoted attribute values. */
function tagEnd(html: string, at: number): number {
	let quote = '';
	for (let index = at; index < html.length; index++) {
		const char = html[index];
		if (quote) {
			if (char === quote) quote = '';
		} else if (char === '"' || char === "'") quote = char;
		else if (char === '>') return index + 1;
	}
	return html.length;
}

export interface StrippedHtml {
	/** Paragraphs separated by blank lines, whitespace inside each collapsed. */
	text: string;
	/** The page's <title>, or else its first <h1>. */
	title?: string;
}

/** Joins lines into paragraphs: blank lines separate them, other line breaks are spaces. */
export function paragraphsOf(text: string): string[] {
	const paragraphs: string[] = [];
	let current: string[] = [];
	for (const raw of text.split('\n')) {
		const line = raw.replace(/[\s\u00a0]+/g, ' ').trim();
		if (line === '') {
			if (current.length) paragraphs.push(current.join(' '));
			current = [];
		} else current.push(line);
	}
	if (current.length) paragraphs.push(current.join(' '));
	return paragraphs;
}

export function stripHtml(html: string): StrippedHtml {
	const lower = html.toLowerCase();
	const out: string[] = [];
	let title: string | undefined;
	let heading: string | undefined;
	let headingStart = -1;
	let index = 0;
	// The next "<" and "&" are searched again only once passed: searching from each index
	// made a text of many "&" and no "<" quadratic.
	let lt = -1;
	let amp = -1;
	while (index < html.length) {
		if (lt !== html.length && lt < index) {
			lt = html.indexOf('<', index);
			if (lt < 0) lt = html.length;
		}
		if (amp !== html.length && amp < index) {
			amp = html.indexOf('&', index);
			if (amp < 0) amp = html.length;
		}
		const next = Math.min(lt, amp);
		if (next > index) out.push(html.slice(index, next));
		index = next;
		if (index >= html.length) break;

		if (html[index] === '&') {
			const entity = decodeEntity(html, index);
			out.push(entity ? entity.text : '&');
			index = entity ? entity.end : index + 1;
			continue;
		}
		if (lower.startsWith('<!--', index)) {
			const close = lower.indexOf('-->', index + 4);
			index = close < 0 ? html.length : close + 3;
			continue;
		}
		const second = html[index + 1];
		if (second === '!' || second === '?') {
			index = tagEnd(html, index);
			continue;
		}
		const closing = second === '/';
		let nameEnd = index + (closing ? 2 : 1);
		const nameStart = nameEnd;
		while (nameEnd < html.length && isNameCode(html.charCodeAt(nameEnd))) nameEnd++;
		if (nameEnd === nameStart) {
			// A "<" that opens no tag ("a < b") is text.
			out.push('<');
			index++;
			continue;
		}
		const name = lower.slice(nameStart, nameEnd);
		const end = tagEnd(html, nameEnd);
		if (!closing && (DROPPED_ELEMENTS.has(name) || name === 'title')) {
			const closeAt = lower.indexOf(`</${name}`, end);
			const contentEnd = closeAt < 0 ? html.length : closeAt;
			if (name === 'title' && title === undefined) {
				title = paragraphsOf(stripHtml(html.slice(end, contentEnd)).text).join(' ') || undefined;
			}
			index = closeAt < 0 ? html.length : tagEnd(html, closeAt);
			continue;
		}
		if (name === 'h1' && heading === undefined) {
			if (!closing) headingStart = out.length;
			else if (headingStart >= 0) {
				// Only the first heading is read, so a page of many costs one pass.
				heading = paragraphsOf(out.slice(headingStart).join('')).join(' ');
			}
		}
		if (BLOCK_ELEMENTS.has(name)) out.push(name === 'br' ? '\n' : '\n\n');
		index = end;
	}
	const text = paragraphsOf(out.join('')).join('\n\n');
	const found = title || heading;
	return found ? { text, title: found } : { text };
}
