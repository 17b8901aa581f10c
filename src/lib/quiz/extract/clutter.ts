import { isAbbreviatedHeading } from '../article';

/**
 * Lines of a pasted news page that are not the article: cross-links ("ZOBACZ:", "Czytaj
 * także", "See also", "Read more"), photo credits and the caption under them ("Fot.",
 * "Photograph:"), bylines, publication times and agency tags ("Anna Nowicka (PAP)",
 * "Reuters", "Additional reporting by"). They stay in the article as pasted; no fact is read
 * from them.
 */

/** A line that opens with one of these is a link, a credit or a byline, in either language. */
const CLUTTER_OPENERS =
	/^(?:zobacz(?:\s+(?:też|także|również|wideo|zdjęcia))?|czytaj\s+(?:też|także|również|więcej|dalej)|przeczytaj\s+(?:też|także|również)|polecamy|posłuchaj|wideo|see\s+also|read\s+(?:more|also|next)|related|more\s+on\s+this\s+story|watch|listen|fot\.|fot:|foto:|zdjęcie:|photograph:|photo:|picture:|image:|źródło:|source:|opublikowano|dodano:|aktualizacja:|aktualizowano:|published\b|updated\b|last\s+updated|additional\s+reporting|reporting\s+by|editing\s+by|writing\s+by|oprac\.|opracowanie:|autor:|autorka:|by\s+\p{Lu})/iu;

/** News agencies whose name alone, or in brackets after a name, makes a line a byline. */
const AGENCIES =
	/(?:^|[\s(/])(?:PAP(?:\s+(?:Biznes|MediaRoom))?|IAR|KAI|Reuters|AFP|AP|Associated\s+Press|ANSA|dpa|PA(?:\s+(?:Media|Scotland|Wales))?|Bloomberg)(?:\)|$|\s*,)/u;

/** A page's furniture on a line of its own: "Share this article", "Reklama", "Komentarze (12)". */
const FURNITURE =
	/^(?:reklama|advertisement|sponsored|udostępnij|share(?:\s+this(?:\s+(?:article|story|page))?)?|komentarze(?:\s*\(\d+\))?|comments(?:\s*\(\d+\))?|image\s+caption,.*|media\s+caption,.*)$/iu;

const WEEKDAY =
	'(?:poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pon|wt|śr|czw|pt|sob|nd|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?';
const MONTH =
	'(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?';
/**
 * "Friday 4 December 2026", "Środa, 2 grudnia 2026 r.", "December 4, 2026": a line that is
 * only a date is when the page was posted, not what the article reports.
 */
const DATE_LINE = new RegExp(
	`^(?:${WEEKDAY}\\s+)?(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2},?)\\s+(?:19|20)\\d{2}(?:\\s*r\\.)?$`,
	'iu'
);

/** "Tom Reed, political correspondent", "Anna Nowak, korespondentka PAP": the author's role. */
const AUTHOR_ROLE =
	/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s+(?:[\p{L}\s]{0,40}\s)?(?:correspondent|editor|reporter|writer|journalist|korespondent(?:ka)?|dziennikar(?:z|ka)|redaktor(?:ka)?|reporter(?:ka)?)\b[\p{L}\s]{0,30}$/iu;

/** Credits that announce a caption on the next line. */
const CREDIT = /^(?:fot\.|fot:|foto:|zdjęcie:|photograph:|photo:|picture:|image:)/iu;

/** A cross-link or a credit is a headline long at most. */
const MAX_LINK_WORDS = 24;

const TERMINAL = /[.!?…"”»]$/u;

export interface LineSpan {
	start: number;
	end: number;
}

/**
 * "jp/ par/", "pz/ PAP/ kb/", "mg/ (Echo Dnia)": the initials of the reporter and the editor
 * closing an agency's dispatch, the agency's acronym among them, the outlet after them.
 */
const EDITOR_INITIALS =
	/^(?=.*\p{Ll}\s*\/)(?:(?:\p{Ll}{1,4}|\p{Lu}{2,5})\s*\/\s*)+(?:\(\p{Lu}[^()]{0,40}\))?$/u;

/** "PA Media contributed to this report": a credit closing the article. */
const CONTRIBUTED =
	/^[\p{Lu}][\p{L}\s.&]{0,40}\scontributed\s+to\s+this\s+(?:report|article|story)\.?$/u;

/** A byline or posting line with a section and an author's role runs to this many words. */
const MAX_BYLINE_WORDS = 20;

function isBylineLike(line: string): boolean {
	if (EDITOR_INITIALS.test(line) || CONTRIBUTED.test(line)) return true;
	const words = line.split(/\s+/u).filter(Boolean).length;
	if (TERMINAL.test(line) || words > MAX_BYLINE_WORDS) return DATE_LINE.test(line);
	if (DATE_LINE.test(line) || AUTHOR_ROLE.test(line) || FURNITURE.test(line)) return true;
	// "Environment / By Gareth Pryce, Wales environment correspondent": a section, then the
	// author with their role, which can run long.
	if (/\s[|/]\s+(?:by|autor(?:ka)?:|oprac\.)\s+\p{Lu}/iu.test(line)) return true;
	// "Środa, 8 października 2025 r., godz. 15:20", "Fri 13 Mar 2026 17.42 GMT | Last modified
	// on …": when it was posted.
	if (/\b\d{1,2}[:.]\d{2}\b/u.test(line) && /\b(?:19|20)\d{2}\b/u.test(line)) return true;
	if (words > 12) return false;
	// "Business | By …", "Gorzów Wielkopolski / oprac. Katarzyna Wilk", "Anna Nowicka (PAP)".
	if (/\s[|]\s/u.test(line)) return true;
	if (/\s\/\s/u.test(line) && words <= 8) return true;
	return AGENCIES.test(line);
}

/** The article's lines that are clutter, by offsets into `text`. */
export function clutterLines(text: string): LineSpan[] {
	const found: LineSpan[] = [];
	let afterCredit = false;
	let start = 0;
	while (start <= text.length) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const line = text.slice(start, end).trim();
		if (line !== '') {
			const clutter =
				// A long line is a paragraph that a related-article box ran into: kept whole.
				(CLUTTER_OPENERS.test(line) && line.split(/\s+/u).length <= MAX_LINK_WORDS) ||
				/^\[[^\]]*\]$/u.test(line) ||
				isBylineLike(line) ||
				// The caption under a photo credit: one line, no full stop.
				(afterCredit && !TERMINAL.test(line));
			if (clutter) found.push({ start, end });
			afterCredit = CREDIT.test(line);
		} else {
			afterCredit = false;
		}
		start = end + 1;
	}
	return found;
}

/**
 * The article's subheadings that end on an abbreviation's full stop, by offsets into `text`:
 * "Dwa zespoły na ponad 900 km kw." reads as a sentence, but a heading is no fact's evidence.
 */
export function headingLines(text: string): LineSpan[] {
	const spans: LineSpan[] = [];
	const lines: string[] = [];
	let start = 0;
	while (start <= text.length) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		spans.push({ start, end });
		lines.push(text.slice(start, end).replace(/\s+/gu, ' ').trim());
		start = end + 1;
	}
	return spans.filter((_, index) => isAbbreviatedHeading(lines, index));
}

/**
 * Which sentences lie on a clutter line; both lists are in the order of the text, so one
 * pass over each suffices.
 */
export function clutterSentences(
	lines: readonly LineSpan[],
	sentences: readonly LineSpan[]
): boolean[] {
	let line = 0;
	return sentences.map(({ start, end }) => {
		while (line < lines.length && (lines[line] as LineSpan).end < start) line++;
		const span = lines[line];
		if (span === undefined || start < span.start) return false;
		// A sentence may run on over the next clutter line: "(PAP)" above "jp/ par/".
		let reach = span.end;
		for (let next = line + 1; reach < end && next < lines.length; next++) {
			const following = lines[next] as LineSpan;
			if (following.start > reach + 1) break;
			reach = following.end;
		}
		return end <= reach;
	});
}
