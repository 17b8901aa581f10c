import { parse, stringify } from 'yaml';
import type { Language } from './content';
import { detectLanguage, draftModule, extractFacts, prepareArticle } from './extract';
import type { SourceFormat } from './extract';
import type { Morphology } from './extract/morphology';
import { ExtractionError } from './extract/input';
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

/** Figures, dates and who-did-what are usually the point of an article; bare names less so. */
export function acceptedByDefault(candidate: Candidate): boolean {
	return candidate.kind !== 'entity';
}

export function isAccepted(state: AuthoringState, candidate: Candidate): boolean {
	return state.decisions[candidate.id]?.accepted ?? acceptedByDefault(candidate);
}

export type DraftAnalysis =
	| {
			ok: true;
			text: string;
			extraction: Extraction;
			files: { articleText: string; factsText: string };
			warnings: string[];
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

/** Applies the teacher's wording, aliases and tolerances to the drafted facts file. */
function applyEdits(factsYaml: string, decisions: Record<string, CandidateDecision>): string {
	const header = factsYaml.slice(0, factsYaml.indexOf('\n\n') + 2);
	const document = parse(factsYaml) as { facts?: Record<string, unknown>[] };
	for (const fact of document.facts ?? []) {
		const decision = decisions[String(fact.id)];
		if (!decision) continue;
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
			.filter((candidate) => isAccepted(state, candidate))
			.map((candidate) => candidate.id);
		const draft = draftModule(prepared, extraction, {
			accepted,
			...(state.title.trim() ? { title: state.title.trim() } : {}),
			...(state.source.trim() ? { source: state.source.trim() } : {}),
			...(state.date.trim() ? { date: state.date.trim() } : {}),
			fallbackDate: today
		});
		const factsText = applyEdits(draft.factsYaml, state.decisions);
		const moduleId = state.moduleId.trim() || 'draft';
		return {
			ok: true,
			text: prepared.text,
			extraction,
			files: { articleText: draft.articleMarkdown, factsText },
			warnings: draft.warnings,
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
