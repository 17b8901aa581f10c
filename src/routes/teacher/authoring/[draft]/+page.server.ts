import { error, fail, redirect } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import {
	analyseDraft,
	candidateReasons,
	isAccepted,
	type AuthoringState
} from '$lib/quiz/authoring';
import { describeKey } from '$lib/quiz/describe';
import { generateQuiz } from '$lib/quiz/generate';
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
	const entities = new Map(analysis.extraction.entities.map((entity) => [entity.id, entity]));
	const drafted = analysis.module.ok ? analysis.module.module : null;
	const candidates = analysis.extraction.candidates.map((candidate) => {
		const decision = state.decisions[candidate.id];
		const approximate = 'approximate' in candidate && candidate.approximate;
		const figure = candidate.kind === 'number' || candidate.kind === 'proportion';
		const fact = drafted?.facts.find((found) => found.id === candidate.id);
		const entityId =
			candidate.kind === 'entity'
				? candidate.value
				: candidate.kind === 'statement' && candidate.value.length === 1
					? candidate.value[0]
					: undefined;
		const entity = entityId === undefined ? undefined : entities.get(entityId);
		return {
			id: candidate.id,
			kind: candidate.kind,
			surface: candidate.surface,
			evidence: candidate.evidence,
			accepted: isAccepted(state, candidate, language),
			reasons: candidateReasons(candidate, language),
			question: decision?.question ?? candidate.question,
			aliases: decision?.aliases ?? '',
			tolerance: approximate ? (decision?.tolerance ?? '10') : null,
			value: figure ? (decision?.value ?? formatNumber(candidate.value, language)) : null,
			label: figure ? (decision?.label ?? fact?.label ?? '') : null,
			name: entity ? (decision?.name ?? entity.name) : null,
			distractors: candidate.distractors
		};
	});
	return {
		analysisError: null,
		draft: {
			language: analysis.extraction.language,
			candidates,
			paragraphs: articleSegments(analysis.text, marks(analysis.extraction.candidates)),
			notes: analysis.notes,
			errors: analysis.module.ok ? [] : analysis.module.errors.map(formatContentError)
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
		...view(draft)
	};
};

const LIMITS = { question: 300, aliases: 500, tolerance: 10, value: 40, label: 160, meta: 200 };

/** The review form into the draft's state; unknown candidates and oversized fields are cut. */
function readReview(form: FormData, state: AuthoringState): AuthoringState {
	const text = (name: string, limit: number) => String(form.get(name) ?? '').slice(0, limit);
	const decisions = { ...state.decisions };
	for (const id of form.getAll('candidate').map(String).slice(0, 500)) {
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
			...(form.has(`name-${id}`) ? { name: text(`name-${id}`, LIMITS.meta) } : {})
		};
	}
	return {
		...state,
		moduleId: text('moduleId', 64).trim(),
		title: text('title', LIMITS.meta),
		source: text('source', LIMITS.meta),
		date: text('date', 10),
		decisions
	};
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
		const { state } = await save(locals, url, params.draft, request);
		const analysis = analyseDraft(state, today(), loadMorphology);
		if (!analysis.ok || !analysis.module.ok) return { saved: true, preview: null };
		const module = analysis.module.module;
		const quiz = generateQuiz(module, { count: 10 }, 1);
		return {
			saved: true,
			preview: quiz.questions.map((question) => ({
				id: question.id,
				type: question.type,
				prompt: question.prompt,
				// Matching rows and ordering items as students see them, in the order they see them.
				items: question.type === 'matching' ? question.items.map((item) => item.text) : [],
				choices: 'choices' in question ? question.choices.map((choice) => choice.text) : [],
				key: describeKey(question, (value) => formatNumber(value, module.language))
			}))
		};
	},
	publish: async ({ locals, url, params, request }) => {
		const { teacher, state } = await save(locals, url, params.draft, request);
		const t = CLASSROOM[locals.locale];
		const analysis = analyseDraft(state, today(), loadMorphology);
		if (!analysis.ok) {
			return fail(400, { field: 'article', message: t.extractionErrors[analysis.error.code] });
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
