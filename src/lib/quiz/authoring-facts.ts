import { figuresIn, keyProblems } from './check';
import type { DateValue, EntityType, Language } from './content';
import { slugOf } from './extract/slug';
import type { Candidate } from './extract/types';
import { foldText } from './language/normalize';
import { parseNumber } from './language/number';
import { formatDate } from './score/date';

/**
 * The parts of a fact the review page rebuilds when the author changes what the fact is: its
 * kind, its evidence sentence, or a fact the extraction missed that the author adds. A fact
 * whose key or sentence changed says so only if the sentence states the key.
 */

/** The kinds an author can turn a fact into; a set of names stays what extraction made it. */
export const EDITABLE_KINDS = ['number', 'proportion', 'date', 'entity', 'text'] as const;
export type EditableKind = (typeof EDITABLE_KINDS)[number];

/** What the author typed about a fact's key, as the review stores it. */
export interface KeyEdit {
	kind?: EditableKind;
	evidence?: string;
	value?: string;
	unit?: string;
	when?: string;
	answerName?: string;
	answerType?: EntityType;
	answer?: string;
	question?: string;
}

export type DraftFact = Record<string, unknown>;
export interface DraftEntity {
	id: string;
	name: string;
	type: string;
	aliases: string[];
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const isFigure = (kind: unknown) => kind === 'number' || kind === 'proportion';

/** A date as typed: 2024, 2024-05, 2024-05-12 or 12.05.2024. */
export function parseDateKey(typed: string | undefined): DateValue | null {
	const text = typed?.trim() ?? '';
	const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
	const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
	const [year, month, day] = iso
		? [iso[1], iso[2], iso[3]]
		: dotted
			? [dotted[3], dotted[2], dotted[1]]
			: [];
	if (year === undefined) return null;
	const value: DateValue = { year: Number(year) };
	if (month !== undefined) {
		value.month = Number(month);
		if (value.month < 1 || value.month > 12) return null;
		if (day !== undefined) {
			value.day = Number(day);
			const days = new Date(Date.UTC(value.year, value.month, 0)).getUTCDate();
			if (value.day < 1 || value.day > days) return null;
		}
	}
	return value.year >= 1 ? value : null;
}

const sameDate = (a: DateValue, b: Partial<DateValue>) =>
	a.year === b.year && a.month === b.month && a.day === b.day;

/** The entity a typed name is, by its name or another form; a new one when the article has none. */
function entityFor(name: string, type: EntityType | undefined, entities: DraftEntity[]): string {
	const folded = foldText(name);
	const known = entities.find(
		(entity) =>
			foldText(entity.name) === folded || entity.aliases.some((alias) => foldText(alias) === folded)
	);
	if (known) return known.id;
	const base = slugOf(name, 'entity');
	let id = base;
	for (let n = 2; entities.some((entity) => entity.id === id); n++) id = `${base}-${n}`;
	entities.push({ id, name, type: type ?? 'person', aliases: [] });
	return id;
}

/**
 * The candidate of the sentence that has the same key, whose gap and wording fit it: the
 * extractor read the figure, date or name there, so a gap can be cut around it.
 */
function candidateWithKey(
	fact: DraftFact,
	evidence: string,
	candidates: readonly Candidate[],
	language: Language
): { cloze: string; question: string } | null {
	for (const candidate of candidates) {
		if (collapse(candidate.evidence) !== evidence) continue;
		if (isFigure(fact.kind) && (candidate.kind === 'number' || candidate.kind === 'proportion')) {
			const figure = collapse(candidate.figure);
			if (candidate.value === fact.value && parseNumber(figure, language) === fact.value)
				return { cloze: figure, question: candidate.question };
		}
		if (
			fact.kind === 'date' &&
			candidate.kind === 'date' &&
			sameDate(fact.value as DateValue, candidate.value)
		)
			return { cloze: collapse(candidate.surface), question: candidate.question };
		const names =
			candidate.kind === 'entity'
				? [candidate.value]
				: candidate.kind === 'statement'
					? candidate.value
					: [];
		if (fact.kind === 'entity' && names.length === 1 && names[0] === fact.value)
			return { cloze: collapse(candidate.surface), question: candidate.question };
	}
	return null;
}

export interface RekeyContext {
	language: Language;
	entities: DraftEntity[];
	candidates: readonly Candidate[];
}

/**
 * Turns a drafted fact (or an empty one being added) into the kind and sentence the author
 * chose, with the key the author typed. What the old kind or sentence had that no longer
 * fits (a gap, a true/false statement, a unit, wrong options of another kind) goes; a key
 * left untyped is left out, for the review to ask for it on its field. Says whether the fact
 * was rebuilt.
 */
export function rekeyFact(fact: DraftFact, edit: KeyEdit, context: RekeyContext): boolean {
	const { language, entities } = context;
	const oldKind = fact.kind;
	const oldValue = fact.value;
	const kind = edit.kind ?? oldKind;
	const evidence = edit.evidence ? collapse(edit.evidence) : String(fact.evidence ?? '');
	const added = oldKind === undefined;
	if (!added && kind === oldKind && evidence === fact.evidence) return false;
	fact.kind = kind;
	fact.evidence = evidence;
	delete fact.cloze;
	delete fact.statement;
	if (kind !== oldKind) {
		delete fact.distractors;
		delete fact.value;
	}
	if (!isFigure(kind)) {
		delete fact.unit;
		delete fact.approximate;
		delete fact.tolerance;
	}
	if (kind !== 'text') delete fact.concepts;
	switch (kind) {
		case 'number':
		case 'proportion': {
			const typed = edit.value?.trim() ? parseNumber(edit.value.trim(), language) : null;
			if (typed !== null) fact.value = typed;
			else if (isFigure(oldKind)) fact.value = oldValue;
			const unit = collapse(edit.unit ?? '');
			if (unit) fact.unit = unit;
			fact.approximate ??= false;
			break;
		}
		case 'date': {
			const date = parseDateKey(edit.when);
			if (date) fact.value = date;
			else if (oldKind === 'date') fact.value = oldValue;
			break;
		}
		case 'entity': {
			const name = collapse(edit.answerName ?? '');
			if (name) fact.value = entityFor(name, edit.answerType, entities);
			else if (oldKind === 'entity') fact.value = oldValue;
			else if (oldKind === 'entity-set' && Array.isArray(oldValue)) fact.value = oldValue[0];
			break;
		}
		case 'text': {
			const answer = collapse(edit.answer ?? '');
			if (answer) fact.value = answer;
			else if (oldKind === 'text') fact.value = oldValue;
			if (typeof fact.value === 'string') fact.concepts = [[fact.value]];
			break;
		}
	}
	const found = candidateWithKey(fact, evidence, context.candidates, language);
	if (found) fact.cloze = found.cloze;
	else if (kind === 'text' && typeof fact.value === 'string' && evidence.includes(fact.value))
		fact.cloze = fact.value;
	if (!edit.question?.trim() && found && (added || !Array.isArray(fact.questions)))
		fact.questions = [found.question];
	if (added && !Array.isArray(fact.questions)) fact.questions = [];
	return true;
}

/** The key of a rebuilt fact as a learner would read it, or null while it is not typed. */
export function keyShown(
	fact: DraftFact,
	entities: readonly DraftEntity[],
	language: Language
): string | null {
	const value = fact.value;
	if (isFigure(fact.kind) && typeof value === 'number') return String(value);
	if (fact.kind === 'date' && value && typeof value === 'object' && 'year' in value)
		return formatDate(value as DateValue, language);
	if (fact.kind === 'entity' && typeof value === 'string')
		return entities.find((entity) => entity.id === value)?.name ?? null;
	if (fact.kind === 'text' && typeof value === 'string') return value;
	return null;
}

/**
 * Whether the sentence states the fact's key: the figure among the figures it states, the
 * date, the name in any of its forms, the words of a text answer.
 */
export function sentenceStatesKey(
	fact: DraftFact,
	entities: readonly DraftEntity[],
	language: Language
): boolean {
	const evidence = String(fact.evidence ?? '');
	if (isFigure(fact.kind) && typeof fact.value === 'number') {
		const value = fact.value;
		return figuresIn(evidence, language).some(
			(found) => Math.abs(found - value) <= Math.max(Math.abs(found), Math.abs(value)) * 1e-6
		);
	}
	const key = keyShown(fact, entities, language);
	if (key === null) return true;
	return !keyProblems('', evidence, key, { language, entities }).includes('key-not-in-evidence');
}
