import { stringify } from 'yaml';
import type { DateValue, Entity, Language } from '../content';
import { parseNumber } from '../language/number';
import { paragraphsOf } from './html';
import { EXTRACTION_LEXICONS } from './lexicon';
import type { PreparedArticle } from './source';
import type { Candidate, Extraction } from './types';

/**
 * A draft module from accepted candidates, in the files of `questions/<module>/`: the
 * article with front matter, and facts.yaml with every accepted fact and every entity the
 * article names. It validates with `parseModule` as it is; what a teacher still has to fill
 * in (a source, a unit the article does not name) holds a placeholder and is listed in
 * `warnings`.
 */

export interface DraftOptions {
	/** Ids of the candidates to keep; every candidate when left out. */
	accepted?: readonly string[];
	title?: string;
	source?: string;
	/** Publication date, YYYY, YYYY-MM or YYYY-MM-DD; else the article's own, else `fallbackDate`. */
	date?: string;
	/** The date to use when nothing else gives one (the CLI passes today's). */
	fallbackDate?: string;
}

/**
 * What a teacher must check or fill in, as a reason code and its details: the review page
 * words it in its own language, the CLI in English (`formatDraftNote`).
 */
export type DraftNote =
	| { code: 'no-such-candidate'; candidateId: string }
	| { code: 'no-unit'; candidateId: string }
	| { code: 'figure-unreadable'; candidateId: string; text: string; value: number }
	| { code: 'no-year'; candidateId: string; text: string }
	| { code: 'year-from-article'; candidateId: string; year: number }
	| { code: 'date-missing' }
	| { code: 'date-guess'; date: string }
	| { code: 'source-missing' }
	| { code: 'no-facts' };
export type DraftNoteCode = DraftNote['code'];

/** A note as the CLI prints it: "zl-40: the article names no unit: fill in "unit"". */
export function formatDraftNote(note: DraftNote): string {
	switch (note.code) {
		case 'no-such-candidate':
			return `${note.candidateId}: no such candidate`;
		case 'no-unit':
			return `${note.candidateId}: the article names no unit: fill in "unit"`;
		case 'figure-unreadable':
			return `${note.candidateId}: "${note.text}" is not read as ${note.value}: no cloze, learners answer with a figure`;
		case 'no-year':
			return `${note.candidateId}: left out: the article gives no year for "${note.text}"`;
		case 'year-from-article':
			return `${note.candidateId}: the year ${note.year} is the article's: check it`;
		case 'date-missing':
			return 'date: give the publication date as YYYY, YYYY-MM or YYYY-MM-DD';
		case 'date-guess':
			return `date: ${note.date} is a guess: give the publication date`;
		case 'source-missing':
			return 'source: say where the article comes from';
		case 'no-facts':
			return 'facts: no candidate accepted: a module needs at least one fact';
	}
}

export interface DraftModule {
	articleMarkdown: string;
	factsYaml: string;
	/** What the teacher must check or fill in, as reason codes. */
	notes: DraftNote[];
	/** The same, one English line each (`formatDraftNote`). */
	warnings: string[];
}

/** Relative tolerance suggested for approximate figures: ±10 %, as the seed module has it. */
const APPROXIMATE_TOLERANCE = 0.1;
const MAX_TITLE = 80;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

function collapse(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

function truncate(text: string, limit: number): string {
	if (text.length <= limit) return text;
	const cut = text.slice(0, limit);
	const space = cut.lastIndexOf(' ');
	return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * What a figure counts, for the rows of matching and ordering questions: the noun phrase
 * extraction worded from the evidence (labels.ts), else none, and the figure stays out of
 * those questions. The suggested question was used before: a question is no row ("Ilu
 * żołnierzy trafiło…?" beside a figure), and most suggestions quote the sentence around a gap.
 */
function labelOf(candidate: Candidate): string | undefined {
	if (candidate.kind !== 'number' && candidate.kind !== 'proportion') return undefined;
	return candidate.label;
}

/**
 * The evidence with `part` replaced by {value}, for true/false questions; only if `part`
 * occurs once and is written in digits. A figure in words ("siedem godzin") would come back
 * as "7 godzin" in a true statement, which a learner reads as changed, so it has none.
 */
function statementOf(evidence: string, part: string): string | undefined {
	const at = evidence.indexOf(part);
	if (part === '' || at < 0 || evidence.indexOf(part, at + 1) >= 0) return undefined;
	// "11 tysięcy" may come back as "11 000"; "dwóch" as "2" reads as another statement.
	if (!/^\d/.test(part)) return undefined;
	if (/^[-\u2011]\p{L}/u.test(evidence.slice(at + part.length))) return undefined;
	return `${evidence.slice(0, at)}{value}${evidence.slice(at + part.length)}`;
}

function yearOfDate(date: string | undefined): number | undefined {
	return date && DATE.test(date) ? Number(date.slice(0, 4)) : undefined;
}

function latestYear(candidates: readonly Candidate[]): number | undefined {
	const years = candidates.flatMap((candidate) =>
		candidate.kind === 'date' && candidate.value.year !== undefined ? [candidate.value.year] : []
	);
	return years.length ? Math.max(...years) : undefined;
}

type DraftFact = Record<string, unknown>;

function factOf(
	candidate: Candidate,
	language: Language,
	placeholder: string,
	articleYear: number | undefined,
	notes: DraftNote[]
): DraftFact | null {
	const evidence = collapse(candidate.evidence);
	const label = labelOf(candidate);
	const base = { id: candidate.id, ...(label ? { label } : {}) };
	const questions = [candidate.question];
	switch (candidate.kind) {
		case 'number':
		case 'proportion': {
			const cloze = collapse(candidate.figure);
			if (!candidate.unit) notes.push({ code: 'no-unit', candidateId: candidate.id });
			const statement = statementOf(evidence, cloze);
			// "co piąty" is a share the number reader does not read, so no cloze may ask for it.
			const readable = parseNumber(cloze, language) === candidate.value;
			if (!readable) {
				notes.push({
					code: 'figure-unreadable',
					candidateId: candidate.id,
					text: cloze,
					value: candidate.value
				});
			}
			return {
				...base,
				kind: candidate.kind,
				value: candidate.value,
				unit: candidate.unit ? collapse(candidate.unit) : placeholder,
				approximate: candidate.approximate,
				...(candidate.approximate ? { tolerance: APPROXIMATE_TOLERANCE } : {}),
				questions,
				...(statement ? { statement } : {}),
				evidence,
				...(readable ? { cloze } : {})
			};
		}
		case 'date': {
			const year = candidate.value.year ?? articleYear;
			if (year === undefined) {
				notes.push({ code: 'no-year', candidateId: candidate.id, text: candidate.surface });
				return null;
			}
			if (candidate.value.year === undefined) {
				notes.push({ code: 'year-from-article', candidateId: candidate.id, year });
			}
			const { month, day, season } = candidate.value;
			const value: DateValue = { year };
			if (month !== undefined) {
				value.month = month;
				if (day !== undefined) value.day = day;
			} else if (season !== undefined) value.season = season;
			return {
				...base,
				kind: 'date',
				value,
				questions,
				evidence,
				cloze: collapse(candidate.surface)
			};
		}
		case 'entity':
			return {
				...base,
				kind: 'entity',
				value: candidate.value,
				questions,
				evidence,
				cloze: collapse(candidate.surface)
			};
		case 'statement':
			return {
				...base,
				kind: candidate.value.length > 1 ? 'entity-set' : 'entity',
				value: candidate.value.length > 1 ? candidate.value : candidate.value[0],
				questions,
				evidence,
				cloze: collapse(candidate.surface)
			};
	}
}

function firstSentenceTitle(extraction: Extraction): string {
	const first = truncate(collapse(extraction.sentences[0]?.text ?? ''), MAX_TITLE);
	let end = first.length;
	while (end > 0 && '.!?'.includes(first[end - 1] as string)) end--;
	return first.slice(0, end);
}

/** Turns accepted candidates into the two files of a module, for a teacher to review. */
export function draftModule(
	article: PreparedArticle,
	extraction: Extraction,
	options: DraftOptions = {}
): DraftModule {
	const notes: DraftNote[] = [];
	const placeholder = EXTRACTION_LEXICONS[extraction.language].questions.placeholder;
	const accepted = options.accepted ? new Set(options.accepted) : null;
	for (const id of accepted ?? []) {
		if (!extraction.candidates.some((candidate) => candidate.id === id))
			notes.push({ code: 'no-such-candidate', candidateId: id });
	}

	const mentionedYear = latestYear(extraction.candidates);
	const date =
		[
			options.date,
			article.date,
			options.fallbackDate,
			mentionedYear === undefined ? undefined : String(mentionedYear)
		].find((candidate) => candidate !== undefined && DATE.test(candidate)) ?? '';
	if (date === '') notes.push({ code: 'date-missing' });
	else if (date !== options.date && date !== article.date) notes.push({ code: 'date-guess', date });
	const source = options.source ?? article.source;
	if (source === undefined) notes.push({ code: 'source-missing' });
	const frontMatter = {
		title: options.title ?? article.title ?? firstSentenceTitle(extraction),
		language: extraction.language,
		source: source ?? placeholder,
		date
	};
	const body = article.body?.trim() ?? paragraphsOf(article.text).join('\n\n');
	const articleMarkdown = `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body}\n`;

	// A date without a year in its sentence takes the year of the article's own date, and
	// none guessed from other dates it mentions: "recalled in September" of an article that
	// also speaks of 2030 is no September 2030. Without the article's date it is left out.
	const articleYear = yearOfDate(options.date ?? article.date);
	const facts = extraction.candidates
		.filter((candidate) => accepted === null || accepted.has(candidate.id))
		.map((candidate) => factOf(candidate, extraction.language, placeholder, articleYear, notes))
		.filter((fact): fact is DraftFact => fact !== null);
	if (facts.length === 0) notes.push({ code: 'no-facts' });
	const entities: Entity[] = extraction.entities.map(({ id, name, type, aliases }) => ({
		id,
		name,
		type,
		aliases
	}));
	const factsYaml =
		'# yaml-language-server: $schema=../facts.schema.json\n' +
		'# Draft written by `factquiz extract`: check every fact, its question and its evidence.\n\n' +
		stringify({ entities, facts }, { lineWidth: 0 });
	return { articleMarkdown, factsYaml, notes, warnings: notes.map(formatDraftNote) };
}
