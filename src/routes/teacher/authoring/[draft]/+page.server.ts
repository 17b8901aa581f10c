import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { CLASSROOM } from '$lib/i18n/classroom';
import { AUTHORING } from '$lib/i18n/authoring';
import {
	analyseDraft,
	authoringStateSchema,
	candidateReasons,
	distractorPool,
	isAccepted,
	type AuthoringState
} from '$lib/quiz/authoring';
import { ENTITY_TYPES } from '$lib/quiz/content';
import { formatNumber } from '$lib/quiz/language/number';
import { formatContentError } from '$lib/quiz/module';
import {
	deleteOwnDraft,
	findOwnDraft,
	publishFiles,
	saveOwnDraft,
	today,
	type ModuleDraft
} from '$lib/server/authoring';
import { requireTeacher } from '$lib/server/guards';
import { loadMorphology } from '$lib/server/morphology';
import type { Actions, PageServerLoad } from './$types';

const entityTypeSchema = z.enum(ENTITY_TYPES);

// The framework's client is on here (off by default, see the root layout): the draft autosaves as
// the teacher edits it.
export const csr = true;

async function ownDraft(locals: App.Locals, url: URL, draftId: string) {
	const teacher = requireTeacher(locals, url);
	const draft = await findOwnDraft(teacher.id, draftId);
	if (!draft) error(404, CLASSROOM[locals.locale].draftNotFound);
	return { teacher, draft };
}

/** Candidates that do not overlap, in text order: the ones the article view can mark. */
function marks(candidates: { id: string; start: number; end: number }[]) {
	const chosen: { id: string; start: number; end: number }[] = [];
	for (const candidate of [...candidates].sort((a, b) => a.start - b.start || b.end - a.end)) {
		const last = chosen.at(-1);
		if (!last || candidate.start >= last.end) chosen.push(candidate);
	}
	return chosen;
}

/** The article as paragraphs of plain and marked pieces. */
function articleSegments(text: string, marked: { id: string; start: number; end: number }[]) {
	const paragraphs: { text: string; candidateId: string | null }[][] = [];
	let paragraph: { text: string; candidateId: string | null }[] = [];
	const push = (piece: string, candidateId: string | null) => {
		const parts = piece.split(/\n\s*\n/);
		parts.forEach((part, index) => {
			if (index > 0) {
				if (paragraph.length > 0) paragraphs.push(paragraph);
				paragraph = [];
			}
			if (part) paragraph.push({ text: part, candidateId });
		});
	};
	let at = 0;
	for (const mark of marked) {
		push(text.slice(at, mark.start), null);
		push(text.slice(mark.start, mark.end), mark.id);
		at = mark.end;
	}
	push(text.slice(at), null);
	if (paragraph.length > 0) paragraphs.push(paragraph);
	return paragraphs;
}

function view(draft: ModuleDraft<AuthoringState>) {
	const state = draft.state;
	const analysis = analyseDraft(state, today(), loadMorphology);
	if (!analysis.ok) return { analysisError: analysis.error.code, draft: null };
	const { language } = analysis.extraction;
	const drafted = analysis.module.ok ? analysis.module.module : null;
	const everything = analysis.everything;
	const entityEdits = state.entities ?? {};
	const nameOf = (id: string) =>
		entityEdits[id]?.name ??
		everything?.entities.find((entity) => entity.id === id)?.name ??
		analysis.extraction.entities.find((entity) => entity.id === id)?.name ??
		id;
	const candidates = analysis.extraction.candidates.map((candidate) => {
		const decision = state.decisions[candidate.id];
		const issues = analysis.issues.get(candidate.id) ?? [];
		const approximate = 'approximate' in candidate && candidate.approximate;
		const figure = candidate.kind === 'number' || candidate.kind === 'proportion';
		const fact = drafted?.facts.find((found) => found.id === candidate.id);
		const entityIds =
			candidate.kind === 'entity'
				? [candidate.value]
				: candidate.kind === 'statement'
					? candidate.value
					: [];
		const pool =
			drafted && fact
				? distractorPool(drafted, candidate.id)
				: everything
					? distractorPool(everything, candidate.id)
					: [];
		const overridden = decision?.distractors !== undefined && decision.distractors.trim() !== '';
		return {
			id: candidate.id,
			kind: candidate.kind,
			surface: candidate.surface,
			evidence: candidate.evidence,
			accepted: isAccepted(state, candidate, language, issues),
			reasons: candidateReasons(candidate, language),
			issues,
			notes: analysis.notes.filter(
				(note) => 'candidateId' in note && note.candidateId === candidate.id
			),
			question: decision?.question ?? candidate.question,
			aliases: decision?.aliases ?? '',
			tolerance: approximate ? (decision?.tolerance ?? '10') : null,
			value: figure ? (decision?.value ?? formatNumber(candidate.value, language)) : null,
			label: figure ? (decision?.label ?? fact?.label ?? '') : null,
			answers: entityIds.map((id) => ({ id, name: nameOf(id) })),
			distractors: overridden ? (decision?.distractors ?? '') : pool.join('\n'),
			// What the field held when drawn from the article: posted back unchanged, it stays so.
			distractorsDefault: overridden ? '' : pool.join('\n')
		};
	});
	const entities = analysis.extraction.entities.map((entity) => {
		const edit = entityEdits[entity.id] ?? {};
		return {
			id: entity.id,
			name: nameOf(entity.id),
			type: edit.type ?? entity.type,
			aliases: edit.aliases ?? entity.aliases.join(', '),
			mergedInto: edit.mergedInto ?? '',
			splitName: edit.splitName ?? '',
			splitType: edit.splitType ?? entity.type,
			splitTakesFacts: edit.splitTakesFacts ?? false
		};
	});
	return {
		analysisError: null,
		draft: {
			language: analysis.extraction.language,
			candidates,
			entities,
			problems: analysis.problems,
			paragraphs: articleSegments(analysis.text, marks(analysis.extraction.candidates)),
			notes: analysis.notes.filter((note) => !('candidateId' in note)),
			// The validator's own lines (English, with file paths) only for what no field explains.
			errors:
				analysis.module.ok || analysis.problems.length > 0
					? []
					: analysis.module.errors.map(formatContentError)
		}
	};
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { draft } = await ownDraft(locals, url, params.draft);
	return {
		id: draft.id,
		title: draft.title,
		revision: draft.revision,
		meta: {
			moduleId: draft.state.moduleId,
			title: draft.state.title,
			source: draft.state.source,
			date: draft.state.date
		},
		entityTypes: ENTITY_TYPES,
		...view(draft)
	};
};

const LIMITS = {
	question: 300,
	aliases: 500,
	tolerance: 10,
	value: 40,
	label: 160,
	meta: 200,
	distractors: 2000
};

/** The review form into the draft's state; unknown candidates and oversized fields are cut. */
function readReview(form: FormData, state: AuthoringState): AuthoringState {
	const text = (name: string, limit: number) => String(form.get(name) ?? '').slice(0, limit);
	const entityType = (name: string) => {
		const parsed = entityTypeSchema.safeParse(form.get(name));
		return parsed.success ? parsed.data : undefined;
	};
	const decisions = { ...state.decisions };
	for (const id of form.getAll('candidate').map(String).slice(0, 500)) {
		const distractors = text(`distractors-${id}`, LIMITS.distractors).replace(/\r\n?/g, '\n');
		const untouched =
			distractors.trim() === '' ||
			distractors === text(`distractors-default-${id}`, LIMITS.distractors).replace(/\r\n?/g, '\n');
		decisions[id] = {
			accepted: form.get(`accept-${id}`) === 'on',
			// A question is one line, whatever Enter put in the field.
			question: text(`question-${id}`, LIMITS.question).replace(/\s*\n\s*/g, ' '),
			aliases: text(`aliases-${id}`, LIMITS.aliases),
			...(form.has(`tolerance-${id}`)
				? { tolerance: text(`tolerance-${id}`, LIMITS.tolerance) }
				: {}),
			...(form.has(`value-${id}`) ? { value: text(`value-${id}`, LIMITS.value) } : {}),
			...(form.has(`label-${id}`)
				? { label: text(`label-${id}`, LIMITS.label).replace(/\s*\n\s*/g, ' ') }
				: {}),
			...(form.has(`distractors-${id}`) && !untouched ? { distractors } : {})
		};
	}
	const entities = { ...state.entities };
	for (const id of form.getAll('entity').map(String).slice(0, 500)) {
		const type = entityType(`entity-type-${id}`);
		const splitType = entityType(`entity-split-type-${id}`);
		const mergedInto = text(`entity-merge-${id}`, 100);
		const splitName = text(`entity-split-name-${id}`, LIMITS.meta);
		entities[id] = {
			name: text(`entity-name-${id}`, LIMITS.meta),
			aliases: text(`entity-aliases-${id}`, LIMITS.aliases),
			...(type ? { type } : {}),
			...(mergedInto && mergedInto !== id ? { mergedInto } : {}),
			...(splitName.trim() ? { splitName } : {}),
			...(splitName.trim() && splitType ? { splitType } : {}),
			...(splitName.trim() && form.get(`entity-split-facts-${id}`) === 'on'
				? { splitTakesFacts: true }
				: {})
		};
	}
	return authoringStateSchema.parse({
		...state,
		moduleId: text('moduleId', 64).trim(),
		title: text('title', LIMITS.meta),
		source: text('source', LIMITS.meta),
		date: text('date', 10),
		decisions,
		entities
	});
}

async function save(locals: App.Locals, url: URL, draftId: string, request: Request) {
	const { teacher, draft } = await ownDraft(locals, url, draftId);
	const form = await request.formData();
	const state = readReview(form, draft.state);
	await saveOwnDraft(teacher.id, draftId, state.title.trim() || draft.title, state);
	return { teacher, state };
}

export const actions: Actions = {
	save: async ({ locals, url, params, request }) => {
		await save(locals, url, params.draft, request);
		return { saved: true };
	},
	preview: async ({ locals, url, params, request }) => {
		await save(locals, url, params.draft, request);
		redirect(303, `/teacher/authoring/${params.draft}/preview`);
	},
	publish: async ({ locals, url, params, request }) => {
		const { teacher, state } = await save(locals, url, params.draft, request);
		const t = CLASSROOM[locals.locale];
		const analysis = analyseDraft(state, today(), loadMorphology);
		if (!analysis.ok) {
			return fail(400, { field: 'article', message: t.extractionErrors[analysis.error.code] });
		}
		const [problem] = analysis.problems;
		if (problem) {
			return fail(400, { field: problem.field, message: AUTHORING[locals.locale].fixFieldsFirst });
		}
		const result = await publishFiles(teacher.id, {
			moduleId: state.moduleId,
			...analysis.files
		});
		if (!result.ok) {
			return fail(400, {
				field: result.code === 'invalid' ? 'module' : 'moduleId',
				message:
					result.code === 'invalid'
						? t.publishErrorsHeading
						: result.code === 'id-taken'
							? t.moduleIdTaken
							: t.moduleIdInvalid
			});
		}
		redirect(303, `/modules/${result.moduleId}`);
	},
	delete: async ({ locals, url, params }) => {
		const { teacher } = await ownDraft(locals, url, params.draft);
		await deleteOwnDraft(teacher.id, params.draft);
		redirect(303, '/teacher/authoring');
	}
};
