import type { Entity, Fact, Language } from '../content';
import { generateQuestion, generators } from '../generate';
import { displayValue } from '../generate/values';
import type { QuizModule } from '../module';
import { QUESTION_TYPES, type QuestionType, type QuestionWithKey } from '../question';
import { acceptedRange } from '../score/number';

/**
 * A module's question bank, as exports carry it: every question each type can make of its
 * facts, worded as `generate` words them. A bank is what an LMS keeps and draws quizzes
 * from, so unlike a quiz it asks a fact several times (once per type that fits it).
 */

/**
 * Every export words its questions with this seed, so the same module gives the same file
 * (same wording, same option order) in every process and on every download.
 */
export const EXPORT_SEED = 'export';

export interface BankFact {
	id: string;
	/** What the fact is about; the fact id when the author gave no label. */
	label: string;
}

/** A figure as a learner types it outside factquiz: proportions in per cent. */
export interface BankFigure {
	value: number;
	/** Absolute: any answer within value ± tolerance is right (0 for an exact figure). */
	tolerance: number;
	/** What is counted ("żołnierzy") or "%" for a proportion. */
	unit?: string;
}

export interface BankQuestion {
	question: QuestionWithKey;
	/** The facts the question asks, in the question's order. */
	facts: BankFact[];
	/** A name for the question in a bank: its facts' labels, then its type. */
	name: string;
	/**
	 * Typed answers worth full credit outside factquiz, where no scorer reads Polish numerals
	 * or inflected names: the key first, then the fact's and its entities' aliases. Empty for
	 * questions answered by choosing.
	 */
	acceptedAnswers: string[];
	/** For numeric questions: the key as the learner types it. */
	figure?: BankFigure;
}

export interface QuestionBank {
	moduleId: string;
	title: string;
	/** The language of the content: questions, answers, evidence. */
	language: Language;
	/** The language of what the export adds around the content (category, deck, labels). */
	labelLanguage: Language;
	source: string;
	date: string;
	questions: BankQuestion[];
}

export interface BankOptions {
	/** Question types to include; all when absent or empty. */
	types?: readonly QuestionType[];
	/** Facts to include; all when absent or empty. A multi-fact question needs all its facts. */
	facts?: readonly string[];
	/** The language of the words the export adds; the module's when absent. */
	language?: Language;
}

/** Question names end up in LMS fields of bounded size (Moodle: 255 characters). */
const MAX_NAME_LENGTH = 200;

function bankFact(fact: Fact): BankFact {
	return { id: fact.id, label: fact.label ?? fact.id };
}

function questionName(type: QuestionType, facts: readonly BankFact[]): string {
	const labels = facts.map((fact) => fact.label).join('; ');
	const suffix = ` (${type})`;
	const room = MAX_NAME_LENGTH - suffix.length;
	const shown = labels.length > room ? `${labels.slice(0, room - 1).trimEnd()}…` : labels;
	return `${shown}${suffix}`;
}

function entityById(module: QuizModule, id: string): Entity | undefined {
	return module.entities.find((entity) => entity.id === id);
}

function unique(texts: readonly string[]): string[] {
	const seen = new Set<string>();
	const kept: string[] = [];
	for (const text of texts) {
		const trimmed = text.replace(/\s+/g, ' ').trim();
		const folded = trimmed.toLocaleLowerCase();
		if (trimmed && !seen.has(folded)) {
			seen.add(folded);
			kept.push(trimmed);
		}
	}
	return kept;
}

function acceptedAnswersOf(module: QuizModule, question: QuestionWithKey, fact: Fact): string[] {
	if (question.type !== 'short-answer' && question.type !== 'cloze') return [];
	const entity = fact.kind === 'entity' ? entityById(module, fact.value) : undefined;
	const entityNames = entity ? [entity.name, ...entity.aliases] : [];
	const figure =
		fact.kind === 'number' || fact.kind === 'proportion' ? [String(figureOf(fact).value)] : [];
	// A cloze gap asks for its own words first; the fact's value fills it as well.
	return unique([
		question.key.value,
		displayValue(module, fact),
		...entityNames,
		...figure,
		...fact.aliases
	]);
}

function figureOf(fact: Extract<Fact, { kind: 'number' | 'proportion' }>): BankFigure {
	const range = acceptedRange(fact);
	if (fact.kind === 'proportion') {
		const percent = (value: number) => Math.round(value * 100 * 1e6) / 1e6;
		return {
			value: percent(fact.value),
			tolerance: percent(range.max - fact.value),
			unit: '%'
		};
	}
	return {
		value: fact.value,
		tolerance: Math.round((range.max - fact.value) * 1e6) / 1e6,
		unit: fact.unit
	};
}

/**
 * Builds the bank: questions ordered by the module's first fact they ask, then by type in
 * `QUESTION_TYPES` order. Pure and deterministic (see `EXPORT_SEED`).
 */
export function buildQuestionBank(module: QuizModule, options: BankOptions = {}): QuestionBank {
	const allowedTypes = options.types?.length ? new Set(options.types) : null;
	const allowedFacts = options.facts?.length ? new Set(options.facts) : null;
	const factPosition = new Map(module.facts.map((fact, index) => [fact.id, index]));
	const factsById = new Map(module.facts.map((fact) => [fact.id, fact]));
	const entries: { order: [number, number]; entry: BankQuestion }[] = [];
	QUESTION_TYPES.forEach((type, typeIndex) => {
		if (allowedTypes && !allowedTypes.has(type)) return;
		for (const factIds of generators[type].items(module)) {
			if (allowedFacts && !factIds.every((id) => allowedFacts.has(id))) continue;
			const question = generateQuestion(module, type, factIds, EXPORT_SEED);
			const facts = question.factIds
				.map((id) => factsById.get(id))
				.filter((fact): fact is Fact => fact !== undefined);
			const [first] = facts;
			if (!first) continue;
			const shownFacts = facts.map(bankFact);
			const entry: BankQuestion = {
				question,
				facts: shownFacts,
				name: questionName(type, shownFacts),
				acceptedAnswers: acceptedAnswersOf(module, question, first)
			};
			if (question.type === 'numeric' && (first.kind === 'number' || first.kind === 'proportion'))
				entry.figure = figureOf(first);
			const firstPosition = Math.min(...factIds.map((id) => factPosition.get(id) ?? Infinity));
			entries.push({ order: [firstPosition, typeIndex], entry });
		}
	});
	entries.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
	return {
		moduleId: module.id,
		title: module.title,
		language: module.language,
		labelLanguage: options.language ?? module.language,
		source: module.source,
		date: module.date,
		questions: entries.map(({ entry }) => entry)
	};
}
