import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { checkQuestion, evidenceProblems, type QuestionIssue } from './check';
import { ENTITY_TYPES, type Fact, type Language } from './content';
import { detectLanguage, draftModule, extractFacts, prepareArticle } from './extract';
import type { DraftNote } from './extract/draft';
import type { Morphology } from './extract/morphology';
import { ExtractionError } from './extract/input';
import { slugOf } from './extract/slug';
import type { PreparedArticle } from './extract/source';
import { generateQuestion, generators } from './generate';
import { displayValue, distractorsOf } from './generate/values';
import { foldText } from './language/normalize';
import { formatNumber, parseNumber } from './language/number';
import { QUIZ_PHRASES } from './language/phrases';
import type { Candidate, Extraction } from './extract/types';
import { parseModule, type ModuleResult, type QuizModule } from './module';
import { QUESTION_TYPES } from './question';
import { scoreFactAnswer } from './score';

/**
 * A teacher's review of an article's candidate facts, as stored with a draft: the source text
 * and the teacher's decisions. Extraction is re-run from the text (it is deterministic and
 * fast), so a draft stays small and always matches the current extractor.
 */

const typed = (limit: number) => z.string().max(limit);

export const candidateDecisionSchema = z.object({
	accepted: z.boolean(),
	/** The question wording, when the teacher changed it. */
	question: typed(300).optional(),
	/** Other accepted answers, comma-separated as typed. */
	aliases: typed(500).optional(),
	/** Tolerance of an approximate figure in percent, as typed. */
	tolerance: typed(10).optional(),
	/** The key of a figure or share, as typed ("11 000", "11 tys.", "40%"), when it was wrong. */
	value: typed(40).optional(),
	/** What a figure counts, for the rows of matching and ordering questions. */
	label: typed(160).optional(),
	/**
	 * The base form of the entity the candidate is keyed to, from drafts saved before names
	 * were edited with their entity; a save moves it there.
	 */
	name: typed(200).optional(),
	/** Wrong answers of choice questions, one a line as typed; absent: the article's. */
	distractors: typed(2000).optional()
});
export type CandidateDecision = z.infer<typeof candidateDecisionSchema>;

/** The teacher's corrections of an entity the article names. */
export const entityEditSchema = z.object({
	name: typed(200).optional(),
	type: z.enum(ENTITY_TYPES).optional(),
	/** Other names, comma-separated as typed. */
	aliases: typed(500).optional(),
	/** The same one written another way: this entity is merged into that one. */
	mergedInto: typed(100).optional(),
	/** A second entity cut out of this one's name ("Gorzów Wielkopolski" out of "… Jacek Wójcicki"). */
	splitName: typed(200).optional(),
	splitType: z.enum(ENTITY_TYPES).optional(),
	/** Facts keyed to this entity ask for the split-off one instead. */
	splitTakesFacts: z.boolean().optional()
});
export type EntityEdit = z.infer<typeof entityEditSchema>;

export const authoringStateSchema = z.object({
	sourceText: z.string(),
	format: z.enum(['text', 'markdown', 'html']),
	moduleId: z.string(),
	title: z.string(),
	source: z.string(),
	date: z.string(),
	decisions: z.record(z.string(), candidateDecisionSchema),
	entities: z.record(z.string(), entityEditSchema).default({})
});
export type AuthoringState = z.input<typeof authoringStateSchema>;

export const MODULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What the article's front matter takes (content.ts): a date the draft would otherwise replace with a guess. */
const PUBLICATION_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Why a candidate is not ticked by default, as reason codes the review page words in its
 * language: a bare name (figures, dates and who-did-what are the point of an article), a
 * figure with no counted noun, one the number reader cannot read back, a suggested question
 * whose gap cuts a word or a figure in two.
 */
export const CANDIDATE_REASONS = [
	'bare-name',
	'no-unit',
	'figure-unreadable',
	'gap-cuts-word'
] as const;
export type CandidateReason = (typeof CANDIDATE_REASONS)[number];

export function candidateReasons(candidate: Candidate, language: Language): CandidateReason[] {
	const reasons: CandidateReason[] = [];
	if (candidate.kind === 'entity') reasons.push('bare-name');
	if (candidate.kind === 'number' || candidate.kind === 'proportion') {
		if (!candidate.unit) reasons.push('no-unit');
		if (parseNumber(candidate.figure.replace(/\s+/g, ' ').trim(), language) !== candidate.value)
			reasons.push('figure-unreadable');
	}
	if (/[\p{L}\p{N}:-]_____|_____[\p{L}\p{N}:-]/u.test(candidate.question))
		reasons.push('gap-cuts-word');
	return reasons;
}

/**
 * Ticked by default only when nothing stands against it: no reason of its own, and no issue
 * the automatic question check finds in the questions made of it.
 */
export function acceptedByDefault(
	candidate: Candidate,
	language: Language,
	issues: readonly QuestionIssue[] = []
): boolean {
	return candidateReasons(candidate, language).length === 0 && issues.length === 0;
}

export function isAccepted(
	state: AuthoringState,
	candidate: Candidate,
	language: Language,
	issues: readonly QuestionIssue[] = []
): boolean {
	return state.decisions[candidate.id]?.accepted ?? acceptedByDefault(candidate, language, issues);
}

/** A field of the review form the teacher must fix, with a reason code and the text at fault. */
export interface ReviewProblem {
	field: string;
	code:
		| 'value-unreadable'
		| 'tolerance-invalid'
		| 'distractor-is-key'
		| 'distractor-is-alias'
		| 'distractor-is-right'
		| 'distractor-twice'
		| 'distractor-not-a-figure'
		| 'name-empty'
		| 'merge-loop'
		| 'split-same-name'
		| 'date-invalid';
	text?: string;
}

export type DraftAnalysis =
	| {
			ok: true;
			text: string;
			extraction: Extraction;
			files: { articleText: string; factsText: string };
			warnings: string[];
			notes: DraftNote[];
			module: ModuleResult;
			/** Every candidate drafted and edited: what the check and the entity list read. */
			everything: QuizModule | null;
			/** What the automatic question check finds in each candidate's questions. */
			issues: Map<string, QuestionIssue[]>;
			problems: ReviewProblem[];
	  }
	| { ok: false; error: ExtractionError };

export function splitAliases(typed: string): string[] {
	return [
		...new Set(
			typed
				.split(/[,;\n]/)
				.map((alias) => alias.trim())
				.filter(Boolean)
		)
	];
}

/** Distractors as typed, one a line. */
export function splitLines(typed: string): string[] {
	return typed
		.split('\n')
		.map((line) => line.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
}

const oneLine = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim();

type Document = { facts?: Record<string, unknown>[]; entities?: Record<string, unknown>[] };

/**
 * The entity an entity's merges lead to, following chains (a → b → c); null when they loop,
 * so that neither is merged.
 */
function mergeTarget(
	id: string,
	edits: Readonly<Record<string, EntityEdit>>,
	known: ReadonlySet<string>
): string | null {
	const seen = new Set([id]);
	let at = id;
	for (;;) {
		const next = edits[at]?.mergedInto;
		if (!next || !known.has(next)) return at;
		if (seen.has(next)) return null;
		seen.add(next);
		at = next;
	}
}

function entityValues(fact: Record<string, unknown>): string[] {
	if (fact.kind === 'entity' && typeof fact.value === 'string') return [fact.value];
	if (fact.kind === 'entity-set' && Array.isArray(fact.value)) return fact.value.map(String);
	return [];
}

/** Points facts from one entity to another; a set left with one member asks for it alone. */
function repoint(document: Document, from: string, to: string): void {
	for (const fact of document.facts ?? []) {
		if (fact.kind === 'entity' && fact.value === from) fact.value = to;
		if (fact.kind === 'entity-set' && Array.isArray(fact.value)) {
			const members = [...new Set(fact.value.map((id) => (id === from ? to : String(id))))];
			if (members.length >= 2) fact.value = members;
			else {
				fact.kind = 'entity';
				fact.value = members[0];
			}
		}
	}
}

/**
 * The teacher's corrections of entities: name (the old one stays an accepted answer), type,
 * other names, a second entity split out of a name read as one, and merges of one entity
 * written two ways (other names joined, facts pointed at the one kept).
 */
function applyEntityEdits(document: Document, edits: Readonly<Record<string, EntityEdit>>): void {
	const entities = (document.entities ?? []) as {
		id: string;
		name: string;
		type: string;
		aliases: string[];
	}[];
	const ids = new Set(entities.map((entity) => entity.id));
	const added: typeof entities = [];
	for (const entity of entities) {
		const edit = edits[entity.id];
		if (!edit) continue;
		if (edit.aliases !== undefined) entity.aliases = splitAliases(edit.aliases);
		const name = oneLine(edit.name);
		if (name && name !== entity.name) {
			entity.aliases = [...new Set([entity.name, ...entity.aliases])];
			entity.name = name;
		}
		entity.aliases = entity.aliases.filter((alias) => alias !== entity.name);
		if (edit.type) entity.type = edit.type;
		const splitName = oneLine(edit.splitName);
		if (splitName && splitName !== entity.name) {
			let id = slugOf(splitName, 'entity');
			for (let n = 2; ids.has(id); n++) id = `${slugOf(splitName, 'entity')}-${n}`;
			ids.add(id);
			added.push({ id, name: splitName, type: edit.splitType ?? entity.type, aliases: [] });
			if (edit.splitTakesFacts) repoint(document, entity.id, id);
		}
	}
	entities.push(...added);
	const known = new Set(entities.map((entity) => entity.id));
	const merged = new Set<string>();
	for (const entity of entities) {
		const target = mergeTarget(entity.id, edits, known);
		if (target === null || target === entity.id) continue;
		const into = entities.find((candidate) => candidate.id === target);
		if (!into) continue;
		into.aliases = [...new Set([...into.aliases, entity.name, ...entity.aliases])].filter(
			(alias) => foldText(alias) !== foldText(into.name)
		);
		repoint(document, entity.id, target);
		merged.add(entity.id);
	}
	document.entities = entities.filter((entity) => !merged.has(entity.id));
}

/**
 * Applies the teacher's edits to the drafted facts file: wording, aliases, tolerance, the key
 * of a figure, what it counts, distractors, and the entities. A key typed in a form the number
 * reader cannot read is left in as typed, for the schema to report on its field (the review
 * page says it first, in its language).
 */
function applyEdits(factsYaml: string, state: AuthoringState, language: Language): string {
	const header = factsYaml.slice(0, factsYaml.indexOf('\n\n') + 2);
	const document = parse(factsYaml) as Document;
	const { decisions } = state;
	const entityEdits: Record<string, EntityEdit> = { ...state.entities };
	for (const fact of document.facts ?? []) {
		const decision = decisions[String(fact.id)];
		if (!decision) continue;
		const typedValue = decision.value?.trim();
		if (typedValue && (fact.kind === 'number' || fact.kind === 'proportion')) {
			const value = parseNumber(typedValue, language);
			// The gap and the statement held the article's figure, which the teacher says is not
			// the key: neither may ask for it any more.
			if (value !== null && value !== fact.value) {
				delete fact.cloze;
				delete fact.statement;
			}
			fact.value = value ?? typedValue;
		}
		const label = oneLine(decision.label);
		if (label !== undefined && 'kind' in fact) {
			if (label) fact.label = label;
			else delete fact.label;
		}
		const name = oneLine(decision.name);
		const [entityId] = entityValues(fact);
		if (name && entityId && fact.kind === 'entity' && entityEdits[entityId]?.name === undefined)
			entityEdits[entityId] = { ...entityEdits[entityId], name };
		const question = decision.question?.trim();
		if (question) fact.questions = [question];
		if (decision.aliases !== undefined) fact.aliases = splitAliases(decision.aliases);
		const tolerance = decision.tolerance?.trim().replace(',', '.');
		if (tolerance && 'tolerance' in fact) {
			const percent = Number(tolerance);
			// An unreadable tolerance is left for the schema to report on the field.
			fact.tolerance = Number.isFinite(percent) ? percent / 100 : tolerance;
		}
		const distractors = splitLines(decision.distractors ?? '');
		if (distractors.length > 0)
			fact.distractors = distractors.map((text) => asOption(text, fact.kind, language));
	}
	applyEntityEdits(document, entityEdits);
	return header + stringify(document, { lineWidth: 0 });
}

/**
 * A figure typed as a wrong option reads like the key beside it ("15 tys." → "15 000", "0,3" →
 * "30%"): an option in another notation would stand out as the odd one.
 */
function asOption(text: string, kind: unknown, language: Language): string {
	if (kind !== 'number' && kind !== 'proportion') return text;
	const value = parseNumber(text, language);
	if (value === null) return text;
	return kind === 'number'
		? formatNumber(value, language)
		: QUIZ_PHRASES[language].percent(Math.round(value * 1000) / 10);
}

/**
 * Seeds the check generates each question with. A student's seed is random and picks the
 * options (and wording) anew; on the corpus, seed 1 alone finds 85 of the 96 facts that eight
 * seeds find something in, four seeds 92, at half the cost of eight (0.45 s for a 600-word
 * article's review page, 0.2 s with one seed).
 */
const CHECKED_SEEDS = [1, 2, 3, 4];

/** What the automatic question check finds in every question made of one fact alone. */
export function issuesByFact(module: QuizModule, article: string): Map<string, QuestionIssue[]> {
	const context = { language: module.language, article, entities: module.entities };
	const found = new Map<string, Set<QuestionIssue>>();
	for (const type of QUESTION_TYPES) {
		for (const factIds of generators[type].items(module)) {
			const [factId] = factIds;
			if (factIds.length !== 1 || factId === undefined) continue;
			const set = found.get(factId) ?? new Set<QuestionIssue>();
			for (const seed of CHECKED_SEEDS)
				for (const issue of checkQuestion(generateQuestion(module, type, factIds, seed), context))
					set.add(issue);
			found.set(factId, set);
		}
	}
	// Generation leaves out what it cannot word well: a fact it offers nothing of is no question.
	for (const fact of module.facts) {
		if (found.has(fact.id)) continue;
		const evidence = evidenceProblems([fact.evidence], context);
		found.set(fact.id, new Set(evidence.length > 0 ? evidence : ['no-question']));
	}
	return new Map([...found].map(([id, issues]) => [id, [...issues]]));
}

/** The key and the other right answers of a fact, as a learner could type or choose them. */
function rightAnswers(module: QuizModule, fact: Fact): { key: string; aliases: string[] } {
	const entityAliases = entityValuesOf(fact).flatMap((id) => {
		const entity = module.entities.find((candidate) => candidate.id === id);
		return entity ? [entity.name, ...entity.aliases] : [];
	});
	return { key: displayValue(module, fact), aliases: [...fact.aliases, ...entityAliases] };
}

function entityValuesOf(fact: Fact): string[] {
	if (fact.kind === 'entity') return [fact.value];
	if (fact.kind === 'entity-set') return fact.value;
	return [];
}

/** What the teacher typed that cannot stand, field by field. */
function reviewProblems(
	state: AuthoringState,
	module: QuizModule | null,
	entityIds: ReadonlySet<string>,
	language: Language
): ReviewProblem[] {
	const problems: ReviewProblem[] = [];
	const date = state.date.trim();
	if (date && !PUBLICATION_DATE.test(date))
		problems.push({ field: 'date', code: 'date-invalid', text: date });
	for (const [id, decision] of Object.entries(state.decisions)) {
		const typedValue = decision.value?.trim();
		if (typedValue && parseNumber(typedValue, language) === null)
			problems.push({ field: `value-${id}`, code: 'value-unreadable', text: typedValue });
		const tolerance = decision.tolerance?.trim().replace(',', '.');
		if (tolerance) {
			const percent = Number(tolerance);
			if (!Number.isFinite(percent) || percent < 0 || percent > 100)
				problems.push({ field: `tolerance-${id}`, code: 'tolerance-invalid', text: tolerance });
		}
		const fact = module?.facts.find((candidate) => candidate.id === id);
		const distractors = splitLines(decision.distractors ?? '');
		if (!module || !fact || distractors.length === 0) continue;
		const { key, aliases } = rightAnswers(module, fact);
		const seen = new Set<string>();
		for (const distractor of distractors) {
			const folded = foldText(distractor);
			// "15 tys." and "15 000" are one option twice.
			const option = foldText(asOption(distractor, fact.kind, language));
			const field = `distractors-${id}`;
			if (folded === foldText(key))
				problems.push({ field, code: 'distractor-is-key', text: distractor });
			else if (aliases.some((alias) => foldText(alias) === folded))
				problems.push({ field, code: 'distractor-is-alias', text: distractor });
			else if (fact.kind !== 'entity-set' && scoreFactAnswer(module, fact, distractor).credit > 0)
				problems.push({ field, code: 'distractor-is-right', text: distractor });
			else if (
				(fact.kind === 'number' || fact.kind === 'proportion') &&
				parseNumber(distractor, language) === null
			)
				problems.push({ field, code: 'distractor-not-a-figure', text: distractor });
			else if (seen.has(option))
				problems.push({ field, code: 'distractor-twice', text: distractor });
			seen.add(option);
		}
	}
	for (const [id, edit] of Object.entries(state.entities ?? {})) {
		if (!entityIds.has(id)) continue;
		if (edit.name !== undefined && !oneLine(edit.name))
			problems.push({ field: `entity-name-${id}`, code: 'name-empty' });
		if (edit.mergedInto && mergeTarget(id, state.entities ?? {}, entityIds) === null)
			problems.push({ field: `entity-merge-${id}`, code: 'merge-loop' });
		const splitName = oneLine(edit.splitName);
		if (splitName && foldText(splitName) === foldText(oneLine(edit.name) ?? ''))
			problems.push({ field: `entity-split-name-${id}`, code: 'split-same-name', text: splitName });
	}
	return problems;
}

function moduleOf(moduleId: string, articleText: string, factsText: string): ModuleResult {
	return parseModule({
		id: moduleId,
		articlePath: `${moduleId}/article.md`,
		factsPath: `${moduleId}/facts.yaml`,
		articleText,
		factsText
	});
}

/**
 * Every candidate drafted, with the teacher's edits when they make a valid module, else as
 * extracted: what the question check runs on, so a candidate left out is checked too.
 */
function draftEverything(
	prepared: PreparedArticle,
	extraction: Extraction,
	state: AuthoringState,
	today: string
): QuizModule | null {
	const draft = draftModule(prepared, extraction, { fallbackDate: today, source: '-' });
	const edited = moduleOf(
		'draft',
		draft.articleMarkdown,
		applyEdits(draft.factsYaml, state, extraction.language)
	);
	if (edited.ok) return edited.module;
	const plain = moduleOf('draft', draft.articleMarkdown, draft.factsYaml);
	return plain.ok ? plain.module : null;
}

/** Extracts, drafts and validates the module the review describes; bad input is a result, not a throw. */
export function analyseDraft(
	state: AuthoringState,
	today: string,
	/** A language's morphology from a dictionary, which the server loads (see extractFacts). */
	morphologyOf: (language: Language) => Morphology | undefined = () => undefined
): DraftAnalysis {
	try {
		const prepared = prepareArticle(state.sourceText, state.format);
		const language = prepared.language ?? detectLanguage(prepared.text).language;
		const morphology = language ? morphologyOf(language) : undefined;
		const extraction = extractFacts(prepared.text, {
			...(language ? { language } : {}),
			...(morphology ? { morphology } : {})
		});
		const everything = draftEverything(prepared, extraction, state, today);
		const issues = everything ? issuesByFact(everything, prepared.text) : new Map();
		const accepted = extraction.candidates
			.filter((candidate) =>
				isAccepted(state, candidate, extraction.language, issues.get(candidate.id))
			)
			.map((candidate) => candidate.id);
		const draft = draftModule(prepared, extraction, {
			accepted,
			...(state.title.trim() ? { title: state.title.trim() } : {}),
			...(state.source.trim() ? { source: state.source.trim() } : {}),
			...(state.date.trim() ? { date: state.date.trim() } : {}),
			fallbackDate: today
		});
		const factsText = applyEdits(draft.factsYaml, state, extraction.language);
		const moduleId = state.moduleId.trim() || 'draft';
		const module = moduleOf(moduleId, draft.articleMarkdown, factsText);
		const entityIds = new Set(extraction.entities.map((entity) => entity.id));
		return {
			ok: true,
			text: prepared.text,
			extraction,
			files: { articleText: draft.articleMarkdown, factsText },
			warnings: draft.warnings,
			notes: draft.notes,
			module,
			everything,
			issues,
			problems: reviewProblems(state, everything, entityIds, extraction.language)
		};
	} catch (error) {
		if (error instanceof ExtractionError) return { ok: false, error };
		throw error;
	}
}

/** The distractors a fact's choice questions draw from, as the module has them now. */
export function distractorPool(module: QuizModule, factId: string): readonly string[] {
	const fact = module.facts.find((candidate) => candidate.id === factId);
	return fact ? distractorsOf(module, fact) : [];
}

/** A module id from a title: "Wojska Korei w Kursku" → "wojska-korei-w-kursku". */
export function moduleIdFrom(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/ł/g, 'l')
		.replace(/Ł/g, 'L')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 48)
		.replace(/-+$/, '');
	return slug || 'module';
}
