import type { Language } from '../content';
import { formatNumber } from '../language/number';
import { QUIZ_PHRASES } from '../language/phrases';
import type { ExtractionLexicon } from './lexicon';
import type { Token } from './tokens';
import type { Candidate, ExtractedEntity, SentenceContext } from './types';

/**
 * Suggested questions and distractors. A question is built from the clause that states the
 * fact, with the fact's words taken out and a question word put in front: "Do obwodu
 * kurskiego w Rosji trafiło ok. 11 tysięcy północnokoreańskich żołnierzy." → "Ilu
 * północnokoreańskich żołnierzy do obwodu kurskiego w Rosji trafiło?". Polish word order
 * allows that almost always; English questions move an auxiliary forward when there is one,
 * and fall back to a gap in the quoted sentence when there is not.
 */

/** Marks that separate the clauses of a sentence (parentheses do not: their text is kept). */
const CLAUSE_SEPARATORS = new Set([',', ';', ':', '—', '–']);
const TRAILING = new Set([' ', '.', ',', ';', ':', '!', '?', '…']);
/** A clause shorter than this, once the fact is out, says too little: the sentence is used. */
const MIN_REMAINDER_WORDS = 2;
/**
 * Longest clause a question is built from, in characters; a longer one is quoted around a
 * gap instead. It also bounds the work per candidate, so a run-on "sentence" of a hundred
 * thousand characters costs no more per figure than a short one.
 */
const MAX_CLAUSE = 300;
/** Characters quoted on each side of a gap. */
const QUOTE_REACH = 120;

export interface Wording {
	context: SentenceContext;
	text: string;
	lexicon: ExtractionLexicon;
	/** Token indexes inside names, whose capitals a question keeps. */
	nameTokens: ReadonlySet<number>;
}

function tokenAt(context: SentenceContext, index: number): Token {
	return context.tokens[index] as Token;
}

function lastContentToken(context: SentenceContext): number {
	let last = context.tokens.length - 1;
	while (
		last > 0 &&
		tokenAt(context, last).kind === 'punct' &&
		/[.!?…]/.test(tokenAt(context, last).text)
	)
		last--;
	return last;
}

interface ClauseTable {
	/** For each token, the first and last token of its clause. */
	first: number[];
	last: number[];
}

const clauseTables = new WeakMap<SentenceContext, ClauseTable>();

/** Clause bounds of every token of a sentence, computed once: questions ask for them often. */
function clauseTable(context: SentenceContext): ClauseTable {
	let table = clauseTables.get(context);
	if (table) return table;
	const end = lastContentToken(context);
	const first: number[] = [];
	const last: number[] = new Array<number>(context.tokens.length).fill(end);
	let clauseFirst = 0;
	context.tokens.forEach((token, index) => {
		if (index > 0 && CLAUSE_SEPARATORS.has(tokenAt(context, index - 1).text)) clauseFirst = index;
		first.push(clauseFirst);
	});
	let clauseLast = end;
	for (let index = end; index >= 0; index--) {
		if (index < end && CLAUSE_SEPARATORS.has(tokenAt(context, index + 1).text)) clauseLast = index;
		last[index] = clauseLast;
	}
	table = { first, last };
	clauseTables.set(context, table);
	return table;
}

function clauseOf(context: SentenceContext, first: number, last: number): [number, number] {
	const table = clauseTable(context);
	const end = lastContentToken(context);
	return [table.first[first] ?? 0, Math.min(table.last[last] ?? end, end)];
}

function slice(wording: Wording, first: number, last: number): string {
	if (last < first) return '';
	return wording.text.slice(
		tokenAt(wording.context, first).start,
		tokenAt(wording.context, last).end
	);
}

/** Spaces collapsed, empty parentheses and final punctuation dropped. */
function tidy(text: string): string {
	let collapsed = text.replace(/\s+/g, ' ');
	// Most clauses need none of what follows: each pass runs only when it can change something.
	if (collapsed.includes('(')) collapsed = collapsed.replace(/\( ?\)/g, '').replace(/\( /g, '(');
	if (collapsed.includes('„')) collapsed = collapsed.replace(/„ /g, '„');
	collapsed = collapsed.replace(/ ([,.;:!?)”])/g, '$1');
	if (collapsed.includes(',,')) collapsed = collapsed.replace(/,,+/g, ',');
	if (collapsed.includes('  ')) collapsed = collapsed.replace(/ {2,}/g, ' ');
	let end = collapsed.length;
	while (end > 0 && TRAILING.has(collapsed[end - 1] as string)) end--;
	return collapsed.slice(0, end).trim();
}

interface Remainder {
	text: string;
	/** The token the remaining text starts with, to keep its capital only if it is a name. */
	firstToken: number;
	/** The removed words opened their clause: in English they were its subject. */
	leading: boolean;
}

/**
 * The words of the clause around tokens `first`..`last`, without them (and without the
 * preposition that introduced them). A clause too short once they are out grows to its
 * neighbours, then to the whole sentence.
 */
function remainder(wording: Wording, first: number, last: number): Remainder | null {
	const { context, lexicon } = wording;
	const before = context.tokens[first - 1];
	const removeFirst =
		before?.kind === 'word' && lexicon.prepositions.has(before.key) ? first - 1 : first;
	const [clauseFirst, clauseLast] = clauseOf(context, removeFirst, last);
	const end = lastContentToken(context);
	const widened: [number, number] = [
		clauseFirst >= 2 ? clauseOf(context, clauseFirst - 2, clauseFirst - 2)[0] : clauseFirst,
		clauseLast + 2 <= end ? clauseOf(context, clauseLast + 2, clauseLast + 2)[1] : clauseLast
	];
	const ranges: [number, number][] = [[clauseFirst, clauseLast], widened, [0, end]];
	const wordsIn = (from: number, to: number) => {
		let count = 0;
		for (let index = from; index <= to; index++)
			if (tokenAt(context, index).kind !== 'punct') count++;
		return count;
	};
	for (const [rangeFirst, rangeLast] of ranges) {
		const length = tokenAt(context, rangeLast).end - tokenAt(context, rangeFirst).start;
		if (length > MAX_CLAUSE) return null;
		let from = rangeFirst;
		// Words that only joined the clause to the sentence: "co", "which", "a".
		while (
			from < removeFirst &&
			lexicon.questions.leadingConnectives.has(tokenAt(context, from).key)
		)
			from++;
		const words = wordsIn(from, removeFirst - 1) + wordsIn(last + 1, rangeLast);
		if (words >= MIN_REMAINDER_WORDS || rangeFirst === 0) {
			const text = tidy(
				`${slice(wording, from, removeFirst - 1)} ${slice(wording, last + 1, rangeLast)}`
			);
			return {
				text,
				firstToken: from < removeFirst ? from : last + 1,
				leading: from === removeFirst
			};
		}
	}
	return { text: '', firstToken: last + 1, leading: true };
}

function lowerFirst(wording: Wording, text: string, firstToken: number): string {
	const token = wording.context.tokens[firstToken];
	if (!token || wording.nameTokens.has(firstToken) || token.acronym) return text;
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * "the port was closed" → "was the port closed"; null when no auxiliary follows a subject
 * near the start ("was first proposed" has lost its subject).
 */
function invertAuxiliary(text: string, lexicon: ExtractionLexicon): string | null {
	const words = text.split(' ');
	for (let index = 1; index < Math.min(words.length, 6); index++) {
		const word = (words[index] as string).toLowerCase();
		if (lexicon.questions.auxiliaries.has(word)) {
			return [word, ...words.slice(0, index), ...words.slice(index + 1)].join(' ');
		}
	}
	return null;
}

/**
 * The sentence with tokens `first`..`last` replaced by a gap; a long sentence is quoted
 * only around it, cut at spaces.
 */
export function gapped(wording: Wording, first: number, last: number): string {
	const { context } = wording;
	const sentence = context.sentence;
	const start = tokenAt(context, first).start - sentence.start;
	const end = tokenAt(context, last).end - sentence.start;
	let from = Math.max(0, start - QUOTE_REACH);
	let to = Math.min(sentence.text.length, end + QUOTE_REACH);
	if (from > 0) from = sentence.text.indexOf(' ', from) + 1 || start;
	if (to < sentence.text.length) to = Math.max(sentence.text.lastIndexOf(' ', to), end);
	const quoted =
		(from > 0 ? '…' : '') +
		sentence.text.slice(from, start) +
		wording.lexicon.questions.gap +
		sentence.text.slice(end, to) +
		(to < sentence.text.length ? '…' : '');
	return quoted.replace(/\s+/g, ' ').trim();
}

function ask(lead: string, ...parts: string[]): string {
	return `${[lead, ...parts].filter((part) => part !== '').join(' ')}?`;
}

export function quantityQuestion(
	wording: Wording,
	phrase: { first: number; last: number; figureFirst: number; figureLast: number },
	unit: { first: number; last: number } | undefined,
	lead: string,
	language: Language
): string {
	const unitText = unit ? tidy(slice(wording, unit.first, unit.last)) : '';
	const gap = () =>
		wording.lexicon.questions.whichNumber(gapped(wording, phrase.figureFirst, phrase.figureLast));
	if (!unitText) return gap();
	const rest = remainder(wording, phrase.first, phrase.last);
	// English keeps its word order: "How many …" fits only a figure that was the subject.
	if (!rest || (language === 'en' && !rest.leading)) return gap();
	return ask(lead, unitText, lowerFirst(wording, rest.text, rest.firstToken));
}

export function dateQuestion(
	wording: Wording,
	phrase: { first: number; last: number },
	language: Language
): string {
	const { lexicon } = wording;
	const rest = remainder(wording, phrase.first, phrase.last);
	const text = rest ? lowerFirst(wording, rest.text, rest.firstToken) : '';
	if (text !== '' && language === 'pl') return ask(lexicon.questions.when, text);
	const inverted = text === '' ? null : invertAuxiliary(text, lexicon);
	if (inverted) return ask(lexicon.questions.when, inverted);
	return lexicon.questions.whichDate(gapped(wording, phrase.first, phrase.last));
}

export function statementQuestion(
	wording: Wording,
	verbFirst: number,
	predicateLast: number
): string {
	const { lexicon } = wording;
	const verb = lexicon.questionVerb(tokenAt(wording.context, verbFirst).text);
	// A predicate is at most a couple of dozen tokens: bounded work.
	const rest = tidy(slice(wording, verbFirst + 1, predicateLast));
	const glued = rest.startsWith(',') ? `${verb}${rest}` : `${verb} ${rest}`;
	return ask(lexicon.questions.who, glued.trim());
}

/** Distractors offered with each suggestion. */
const DISTRACTORS = 3;

/** Values in first-seen order, each once: what distractors are drawn from. */
function distinctValues<T>(items: readonly T[], key: (item: T) => string): T[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		const value = key(item);
		if (seen.has(value)) return false;
		seen.add(value);
		return true;
	});
}

/** The first `DISTRACTORS` texts of `pools`, in order, that are not the answer's. */
function drawn(pools: readonly (readonly string[])[], answer: string): string[] {
	const found: string[] = [];
	for (const pool of pools) {
		for (const text of pool) {
			if (found.length === DISTRACTORS) return found;
			if (text !== answer && !found.includes(text)) found.push(text);
		}
	}
	return found;
}

/**
 * Wrong answers from the same article: other figures of the same counted noun first, then
 * the other figures nearest in size; other shares; other dates; other entities of the same type first. Pools
 * are built once, so each candidate costs a few steps however long the article.
 */
export function distractorSuggester(
	candidates: readonly Candidate[],
	entities: readonly ExtractedEntity[],
	language: Language,
	nounKey: (noun: string | undefined) => string
): (candidate: Candidate) => string[] {
	const numbers = candidates.filter(
		(candidate): candidate is Extract<Candidate, { kind: 'number' }> => candidate.kind === 'number'
	);
	const formatted = new Map<number, string>();
	const formatFigure = (value: number) => {
		let text = formatted.get(value);
		if (text === undefined) {
			text = formatNumber(value, language);
			formatted.set(value, text);
		}
		return text;
	};
	// Other figures by size, so the nearest in magnitude can be found by a binary search.
	const bySize = distinctValues(
		numbers.map((candidate) => candidate.value),
		String
	).sort((a, b) => a - b);
	const nearest = (value: number): string[] => {
		let low = 0;
		let high = bySize.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if ((bySize[middle] as number) < value) low = middle + 1;
			else high = middle;
		}
		const found: string[] = [];
		let below = low - 1;
		let above = low;
		const distance = (other: number) =>
			Math.abs(Math.log10(Math.abs(other) + 1) - Math.log10(Math.abs(value) + 1));
		while (found.length <= DISTRACTORS && (below >= 0 || above < bySize.length)) {
			const lower = bySize[below];
			const upper = bySize[above];
			if (upper !== undefined && (lower === undefined || distance(upper) <= distance(lower))) {
				found.push(formatFigure(upper));
				above++;
			} else if (lower !== undefined) {
				found.push(formatFigure(lower));
				below--;
			}
		}
		return found;
	};
	const numbersByNoun = new Map<string, string[]>();
	for (const candidate of numbers) {
		const key = nounKey(candidate.noun);
		if (key === '') continue;
		const list = numbersByNoun.get(key) ?? [];
		const text = formatFigure(candidate.value);
		if (!list.includes(text)) list.push(text);
		numbersByNoun.set(key, list);
	}
	const formatShare = (value: number) =>
		QUIZ_PHRASES[language].percent(Math.round(value * 1000) / 10);
	const shares = distinctValues(
		candidates.flatMap((candidate) =>
			candidate.kind === 'proportion' ? [formatShare(candidate.value)] : []
		),
		(text) => text
	);
	const dates = distinctValues(
		candidates.flatMap((candidate) => (candidate.kind === 'date' ? [candidate] : [])),
		(candidate) => JSON.stringify(candidate.value)
	);
	const byMentions = [...entities].sort((a, b) => b.mentions.length - a.mentions.length);

	return (candidate) => {
		switch (candidate.kind) {
			case 'number': {
				const sameNoun = numbersByNoun.get(nounKey(candidate.noun)) ?? [];
				return drawn([sameNoun, nearest(candidate.value)], formatFigure(candidate.value));
			}
			case 'proportion':
				return drawn([shares], formatShare(candidate.value));
			case 'date': {
				const own = JSON.stringify(candidate.value);
				const others: string[] = [];
				for (const date of dates) {
					if (others.length === DISTRACTORS) break;
					if (JSON.stringify(date.value) !== own && !others.includes(date.surface))
						others.push(date.surface);
				}
				return others;
			}
			case 'entity':
			case 'statement': {
				const answer = new Set(candidate.kind === 'entity' ? [candidate.value] : candidate.value);
				const types = new Set(
					entities.filter((entity) => answer.has(entity.id)).map((entity) => entity.type)
				);
				const names: string[] = [];
				// Entities of another type only when the article has too few of the same type.
				for (const sameType of [true, false]) {
					for (const entity of byMentions) {
						if (names.length === DISTRACTORS) return names;
						if (answer.has(entity.id) || types.has(entity.type) !== sameType) continue;
						names.push(entity.name);
					}
				}
				return names;
			}
		}
	};
}
