import { parse, stringify } from 'yaml';
import type { Language } from './content';
import { detectLanguage, draftModule, extractFacts, prepareArticle } from './extract';
import type { SourceFormat } from './extract';
import type { DraftNote } from './extract/draft';
import type { Morphology } from './extract/morphology';
import { ExtractionError } from './extract/input';
import { parseNumber } from './language/number';
import type { Candidate, Extraction } from './extract/types';
import { parseModule, type ModuleResult } from './module';

/**
 * A teacher's review of an article's candidate facts, as stored with a draft: the source text
 * and the teacher's decisions. Extraction is re-run from the text (it is deterministic and
 * fast), so a draft stays small and always matches the current extractor.
 */

export interface CandidateDecision {
	accepted: boolean;
	/** The question wording, when the teacher changed it. */
	question?: string;
	/** Other accepted answers, comma-separated as typed. */
	aliases?: string;
	/** Tolerance of an approximate figure in percent, as typed. */
	tolerance?: string;
	/** The key of a figure or share, as typed ("11 000", "11 tys.", "40%"), when it was wrong. */
	value?: string;
	/** What a figure counts, for the rows of matching and ordering questions. */
	label?: string;
	/** The base form of the entity a name or who-did-what candidate is keyed to. */
	name?: string;
}

export interface AuthoringState {
	sourceText: string;
	format: SourceFormat;
	moduleId: string;
	title: string;
	source: string;
	date: string;
	decisions: Record<string, CandidateDecision>;
}

export const MODULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

/** Ticked by default only when nothing stands against it. */
export function acceptedByDefault(candidate: Candidate, language: Language): boolean {
	return candidateReasons(candidate, language).length === 0;
}

export function isAccepted(
	state: AuthoringState,
	candidate: Candidate,
	language: Language
): boolean {
	return state.decisions[candidate.id]?.accepted ?? acceptedByDefault(candidate, language);
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
	  }
	| { ok: false; error: ExtractionError };

function splitAliases(typed: string): string[] {
	return [
		...new Set(
			typed
				.split(/[,;\n]/)
				.map((alias) => alias.trim())
				.filter(Boolean)
		)
	];
}

/**
 * Applies the teacher's edits to the drafted facts file: wording, aliases, tolerance, the key
 * of a figure, what it counts, the base form of a name. A key typed in a form the number
 * reader cannot read is left in as typed, for the schema to report on its field.
 */
function applyEdits(
	factsYaml: string,
	decisions: Record<string, CandidateDecision>,
	language: Language
): string {
	const header = factsYaml.slice(0, factsYaml.indexOf('\n\n') + 2);
	const document = parse(factsYaml) as {
		facts?: Record<string, unknown>[];
		entities?: Record<string, unknown>[];
	};
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
		const label = decision.label?.replace(/\s+/g, ' ').trim();
		if (label !== undefined && 'kind' in fact) {
			if (label) fact.label = label;
			else delete fact.label;
		}
		const name = decision.name?.replace(/\s+/g, ' ').trim();
		const entityId = typeof fact.value === 'string' ? fact.value : null;
		const entity = document.entities?.find((candidate) => candidate.id === entityId);
		if (name && entity && entity.name !== name) {
			const aliases = Array.isArray(entity.aliases) ? (entity.aliases as string[]) : [];
			entity.aliases = [...new Set([String(entity.name), ...aliases])].filter(
				(alias) => alias !== name
			);
			entity.name = name;
		}
		const question = decision.question?.trim();
		if (question) fact.questions = [question];
		if (decision.aliases !== undefined) fact.aliases = splitAliases(decision.aliases);
		const tolerance = decision.tolerance?.trim().replace(',', '.');
		if (tolerance && 'tolerance' in fact) {
			const percent = Number(tolerance);
			// An unreadable tolerance is left for the schema to report on the field.
			fact.tolerance = Number.isFinite(percent) ? percent / 100 : tolerance;
		}
	}
	return header + stringify(document, { lineWidth: 0 });
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
		const accepted = extraction.candidates
			.filter((candidate) => isAccepted(state, candidate, extraction.language))
			.map((candidate) => candidate.id);
		const draft = draftModule(prepared, extraction, {
			accepted,
			...(state.title.trim() ? { title: state.title.trim() } : {}),
			...(state.source.trim() ? { source: state.source.trim() } : {}),
			...(state.date.trim() ? { date: state.date.trim() } : {}),
			fallbackDate: today
		});
		const factsText = applyEdits(draft.factsYaml, state.decisions, extraction.language);
		const moduleId = state.moduleId.trim() || 'draft';
		return {
			ok: true,
			text: prepared.text,
			extraction,
			files: { articleText: draft.articleMarkdown, factsText },
			warnings: draft.warnings,
			notes: draft.notes,
			module: parseModule({
				id: moduleId,
				articlePath: `${moduleId}/article.md`,
				factsPath: `${moduleId}/facts.yaml`,
				articleText: draft.articleMarkdown,
				factsText
			})
		};
	} catch (error) {
		if (error instanceof ExtractionError) return { ok: false, error };
		throw error;
	}
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
