import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { CLASSROOM } from '$lib/i18n/classroom';
import { AUTHORING } from '$lib/i18n/authoring';
import {
	analyseDraft,
	articleSentences,
	authoringStateSchema,
	candidateReasons,
	distractorPool,
	isAccepted,
	withNewFact,
	withoutAddedFact,
	type AuthoringState,
	type CandidateDecision,
	type NewFact,
	type ReviewProblem
} from '$lib/quiz/authoring';
import { EDITABLE_KINDS } from '$lib/quiz/authoring-facts';
import { ENTITY_TYPES, type FactKind } from '$lib/quiz/content';
import { formatDate } from '$lib/quiz/score/date';
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
const editableKindSchema = z.enum(EDITABLE_KINDS);

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
	const sentences = analysis.extraction.sentences.map((sentence) =>
		sentence.text.replace(/\s+/g, ' ').trim()
	);
	const added = new Set(state.added ?? []);
	/** The fields of a fact that say what it is: its kind, its sentence and its key, by kind. */
	const keyFields = (
		id: string,
		decision: CandidateDecision | NewFact | undefined,
		drafted: {
			kind: FactKind;
			evidence: string;
			unit: string;
			value: string;
			approximate: boolean;
		},
		/** Added by the author: a name key is typed here, not in the article's names. */
		addedFact = false
	) => {
		const kind: FactKind = decision?.kind ?? drafted.kind;
		const evidence = decision?.evidence ?? drafted.evidence;
		const figure = kind === 'number' || kind === 'proportion';
		const current = everything?.facts.find((found) => found.id === id);
		return {
			factKind: kind,
			kindOptions: [
				...EDITABLE_KINDS,
				...(drafted.kind === 'entity-set' ? (['entity-set'] as const) : [])
			] as FactKind[],
			evidence,
			evidenceIndex: sentences.indexOf(evidence),
			value: figure ? (decision?.value ?? drafted.value) : null,
			unit: figure
				? (decision?.unit ?? (current && 'unit' in current ? current.unit : drafted.unit))
				: null,
			tolerance: figure ? (decision?.tolerance ?? (drafted.approximate ? '10' : '')) : null,
			label: figure ? (decision?.label ?? current?.label ?? '') : null,
			when: kind === 'date' ? (decision?.when ?? '') : null,
			// Shown as students read it: a season has no typed form.
			whenNow: current?.kind === 'date' ? formatDate(current.value, language) : '',
			answerName:
				kind === 'entity' && (addedFact || drafted.kind !== 'entity')
					? (decision?.answerName ?? '')
					: null,
			answerType: decision?.answerType ?? 'person',
			answerText:
				kind === 'text'
					? (decision?.answer ?? (current?.kind === 'text' ? current.value : ''))
					: null
		};
	};
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
		const draftedKind: FactKind =
			candidate.kind === 'statement'
				? candidate.value.length > 1
					? 'entity-set'
					: 'entity'
				: candidate.kind;
		const pool =
			drafted && fact
				? distractorPool(drafted, candidate.id)
				: everything
					? distractorPool(everything, candidate.id)
					: [];
		const overridden = decision?.distractors !== undefined && decision.distractors.trim() !== '';
		const keys = keyFields(candidate.id, decision, {
			kind: draftedKind,
			evidence: candidate.evidence.replace(/\s+/g, ' ').trim(),
			unit: figure ? (candidate.unit ?? '') : '',
			value: figure ? formatNumber(candidate.value, language) : '',
			approximate
		});
		return {
			id: candidate.id,
			added: false,
			kind: candidate.kind,
			surface: candidate.surface,
			accepted: isAccepted(state, candidate, language, issues, analysis.extraction),
			reasons: candidateReasons(candidate, language, analysis.extraction),
			issues,
			notes: analysis.notes.filter(
				(note) => 'candidateId' in note && note.candidateId === candidate.id
			),
			question: decision?.question ?? candidate.question,
			aliases: decision?.aliases ?? '',
			...keys,
			answers:
				keys.factKind === draftedKind ? entityIds.map((id) => ({ id, name: nameOf(id) })) : [],
			distractors: overridden ? (decision?.distractors ?? '') : pool.join('\n'),
			// What the field held when drawn from the article: posted back unchanged, it stays so.
			distractorsDefault: overridden ? '' : pool.join('\n')
		};
	});
	for (const id of added) {
		const decision = state.decisions[id];
		if (!decision?.kind) continue;
		const fact = everything?.facts.find((found) => found.id === id);
		const pool = everything && fact ? distractorPool(everything, id) : [];
		const overridden = decision.distractors !== undefined && decision.distractors.trim() !== '';
		candidates.push({
			id,
			added: true,
			kind: 'statement' as const,
			surface: decision.evidence ?? '',
			accepted: decision.accepted,
			reasons: [],
			issues: analysis.issues.get(id) ?? [],
			notes: [],
			question: decision.question ?? fact?.questions[0] ?? '',
			aliases: decision.aliases ?? '',
			...keyFields(
				id,
				decision,
				{
					kind: decision.kind,
					evidence: decision.evidence ?? '',
					unit: '',
					value: '',
					approximate: false
				},
				true
			),
			answers: [],
			distractors: overridden ? (decision.distractors ?? '') : pool.join('\n'),
			distractorsDefault: overridden ? '' : pool.join('\n')
		});
	}
	const extracted = new Set(analysis.extraction.entities.map((entity) => entity.id));
	const entities = analysis.entities.map((entity) => {
		const edit = entityEdits[entity.id] ?? {};
		return {
			id: entity.id,
			madeByFact: !extracted.has(entity.id),
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
			sentences,
			addedCount: added.size,
			newFact: {
				...keyFields('new', state.newFact, {
					kind: state.newFact?.kind ?? 'number',
					evidence: state.newFact?.evidence ?? '',
					unit: '',
					value: '',
					approximate: false
				}),
				answerName: state.newFact?.answerName ?? '',
				when: state.newFact?.when ?? '',
				answerText: state.newFact?.answer ?? '',
				question: state.newFact?.question ?? '',
				aliases: state.newFact?.aliases ?? ''
			},
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
	distractors: 2000,
	unit: 100,
	when: 20
};

/**
 * What the form says of a fact's kind, sentence and key, under the names prefixed `prefix`
 * ("value-<id>", or "new-value" for the fact being added). The sentence is posted as its
 * number among the article's sentences; a fact's own sentence that is no longer one of them
 * posts nothing and stays.
 */
function readKeyFields(form: FormData, field: (name: string) => string, sentences: string[]) {
	const text = (name: string, limit: number) => String(form.get(field(name)) ?? '').slice(0, limit);
	const has = (name: string) => form.has(field(name));
	const kind = editableKindSchema.safeParse(form.get(field('kind')));
	const answerType = entityTypeSchema.safeParse(form.get(field('answer-type')));
	const sentence = z.coerce
		.number()
		.int()
		.min(0)
		.safeParse(form.get(field('evidence')) || undefined);
	const evidence = sentence.success ? sentences[sentence.data] : undefined;
	return {
		...(kind.success ? { kind: kind.data } : {}),
		...(evidence !== undefined ? { evidence } : {}),
		...(has('unit') ? { unit: text('unit', LIMITS.unit).replace(/\s*\n\s*/g, ' ') } : {}),
		...(has('when') ? { when: text('when', LIMITS.when) } : {}),
		...(has('answer-name') ? { answerName: text('answer-name', LIMITS.meta) } : {}),
		...(has('answer-name') && answerType.success ? { answerType: answerType.data } : {}),
		...(has('answer-text') ? { answer: text('answer-text', LIMITS.question) } : {})
	};
}

/** The review form into the draft's state; unknown candidates and oversized fields are cut. */
function readReview(form: FormData, state: AuthoringState): AuthoringState {
	const text = (name: string, limit: number) => String(form.get(name) ?? '').slice(0, limit);
	const entityType = (name: string) => {
		const parsed = entityTypeSchema.safeParse(form.get(name));
		return parsed.success ? parsed.data : undefined;
	};
	const sentences = articleSentences(state);
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
			...(form.has(`distractors-${id}`) && !untouched ? { distractors } : {}),
			...readKeyFields(form, (name) => `${name}-${id}`, sentences)
		};
	}
	const typedNewFact = {
		...readKeyFields(form, (name) => `new-${name}`, sentences),
		...(form.has('new-value') ? { value: text('new-value', LIMITS.value) } : {}),
		...(form.has('new-tolerance') ? { tolerance: text('new-tolerance', LIMITS.tolerance) } : {}),
		...(form.has('new-label')
			? { label: text('new-label', LIMITS.label).replace(/\s*\n\s*/g, ' ') }
			: {}),
		...(form.has('new-question')
			? { question: text('new-question', LIMITS.question).replace(/\s*\n\s*/g, ' ') }
			: {}),
		...(form.has('new-aliases') ? { aliases: text('new-aliases', LIMITS.aliases) } : {})
	};
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
		entities,
		...(form.has('new-kind') ? { newFact: typedNewFact } : {})
	});
}

async function save(locals: App.Locals, url: URL, draftId: string, request: Request) {
	const { teacher, draft } = await ownDraft(locals, url, draftId);
	const form = await request.formData();
	const state = readReview(form, draft.state);
	await saveOwnDraft(teacher.id, draftId, state.title.trim() || draft.title, state);
	return { teacher, state, form };
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
	/** Adds the fact typed in "Add a fact": refused on its fields, it stays typed for a fix. */
	add: async ({ locals, url, params, request }) => {
		const { teacher, state } = await save(locals, url, params.draft, request);
		const a = AUTHORING[locals.locale];
		const adding = withNewFact(state);
		if (!adding) {
			const field = state.newFact?.kind ? 'new-evidence' : 'new-kind';
			return fail(400, {
				field,
				message: a.fixFieldsFirst,
				newProblems: [{ field, code: 'key-missing' }] satisfies ReviewProblem[]
			});
		}
		const analysis = analyseDraft(adding.state, today(), loadMorphology);
		if (!analysis.ok) return fail(400, { field: 'article', message: a.fixFieldsFirst });
		const suffix = `-${adding.id}`;
		const newProblems: ReviewProblem[] = analysis.problems
			.filter((problem) => problem.field.endsWith(suffix))
			.map((problem) => ({ ...problem, field: `new-${problem.field.slice(0, -suffix.length)}` }));
		const [first] = newProblems;
		if (first) return fail(400, { field: first.field, message: a.fixFieldsFirst, newProblems });
		await saveOwnDraft(
			teacher.id,
			params.draft,
			adding.state.title.trim() || state.title,
			adding.state
		);
		redirect(303, `/teacher/authoring/${params.draft}#candidate-${adding.id}`);
	},
	/** Deletes a fact the author added, once the page has asked; what else was typed is saved. */
	removeFact: async ({ locals, url, params, request }) => {
		const { teacher, state, form } = await save(locals, url, params.draft, request);
		const removed = withoutAddedFact(state, String(form.get('remove') ?? ''));
		if (!removed) error(404, AUTHORING[locals.locale].noSuchAddedFact);
		await saveOwnDraft(teacher.id, params.draft, removed.title.trim() || state.title, removed);
		redirect(303, `/teacher/authoring/${params.draft}#candidates-heading`);
	},
	delete: async ({ locals, url, params }) => {
		const { teacher } = await ownDraft(locals, url, params.draft);
		await deleteOwnDraft(teacher.id, params.draft);
		redirect(303, '/teacher/authoring');
	}
};
