import { readAnswerForm, type FormFields } from '$lib/answer-form';
import {
	analyseDraft,
	authoringStateSchema,
	moduleIdFrom,
	MODULE_ID_PATTERN,
	type AuthoringState
} from '$lib/quiz/authoring';
import type { Language } from '$lib/quiz/content';
import { describeKey, keyFigureFormat } from '$lib/quiz/describe';
import { formatFeedback } from '$lib/quiz/feedback';
import { generateQuiz } from '$lib/quiz/generate';
import { publicQuestion } from '$lib/quiz/question';
import { scoreQuestion } from '$lib/quiz/score';
import { roundCredit } from '$lib/quiz/score/attempt';
import { formatOfFileName, prepareArticle, type SourceFormat } from '$lib/quiz/extract';
import { ExtractionError, MAX_SOURCE_LENGTH } from '$lib/quiz/extract/input';
import { parseModule, type ContentError, type QuizModule } from '$lib/quiz/module';
import {
	createDraft,
	deleteDraft,
	findDraft,
	findPublishedModule,
	listDrafts,
	listTeacherPublished,
	publishModule,
	saveDraft,
	unpublishModule,
	type ModuleDraft
} from './db/authoring';
import { getDatabase } from './db';
import { loadMorphology } from './morphology';
import { isFileModule, refreshPublishedModules } from './library';

export type { ModuleDraft } from './db/authoring';

/** Turning a pasted or uploaded article into a draft, and a reviewed draft into a module. */

export type SourceReading =
	| { ok: true; text: string; format: SourceFormat; fileName: string | null }
	| { ok: false; field: 'text' | 'file'; code: string };

/** The article from the form: an uploaded file wins over the text area. */
export async function readArticleSource(form: FormData): Promise<SourceReading> {
	const file = form.get('file');
	if (file instanceof File && file.size > 0) {
		const format = formatOfFileName(file.name);
		if (!format) return { ok: false, field: 'file', code: 'unsupported-file' };
		// Bytes, not characters: a file this large is refused before it is decoded.
		if (file.size > MAX_SOURCE_LENGTH * 4) return { ok: false, field: 'file', code: 'too-large' };
		return { ok: true, text: await file.text(), format, fileName: file.name };
	}
	const text = form.get('text');
	if (typeof text !== 'string' || text.trim() === '')
		return { ok: false, field: 'text', code: 'empty' };
	// Pasted HTML (a copied page) is read as HTML: tags stripped, scripts dropped, never run.
	const format: SourceFormat = /^\s*<(?:!doctype|html|body|article|p|div|h1)\b/i.test(text)
		? 'html'
		: 'text';
	return { ok: true, text, format, fileName: null };
}

export function today(): string {
	return new Date().toISOString().slice(0, 10);
}

/** Starts a draft from an article, or says why the article cannot be used. */
export async function startDraft(
	teacherId: string,
	source: { text: string; format: SourceFormat }
): Promise<{ ok: true; draftId: string } | { ok: false; code: string }> {
	let title: string;
	try {
		title = prepareArticle(source.text, source.format).title ?? '';
	} catch (error) {
		if (error instanceof ExtractionError) return { ok: false, code: error.code };
		throw error;
	}
	const state: AuthoringState = {
		sourceText: source.text,
		format: source.format,
		moduleId: '',
		title,
		source: '',
		date: '',
		decisions: {}
	};
	const analysis = analyseDraft(state, today(), loadMorphology);
	if (!analysis.ok) return { ok: false, code: analysis.error.code };
	const draftTitle =
		title ||
		(analysis.module.ok ? analysis.module.module.title : analysis.text.slice(0, 60).trim());
	state.title = draftTitle;
	state.moduleId = moduleIdFrom(draftTitle);
	const { db } = await getDatabase();
	const draft = await createDraft(db, { teacherId, title: draftTitle, state });
	return { ok: true, draftId: draft.id };
}

export type PublishResult =
	| { ok: true; moduleId: string }
	| { ok: false; code: 'id-invalid' | 'id-taken' }
	| { ok: false; code: 'invalid'; errors: ContentError[] };

/** Validates a module's two files exactly as the file loader does, then publishes them. */
export async function publishFiles(
	teacherId: string,
	input: { moduleId: string; articleText: string; factsText: string }
): Promise<PublishResult> {
	const moduleId = input.moduleId.trim();
	if (!MODULE_ID_PATTERN.test(moduleId) || moduleId.length > 64) {
		return { ok: false, code: 'id-invalid' };
	}
	if (isFileModule(moduleId)) return { ok: false, code: 'id-taken' };
	const result = parseModule({
		id: moduleId,
		articlePath: `${moduleId}/article.md`,
		factsPath: `${moduleId}/facts.yaml`,
		articleText: input.articleText,
		factsText: input.factsText
	});
	if (!result.ok) return { ok: false, code: 'invalid', errors: result.errors };
	const { db } = await getDatabase();
	const published = await publishModule(db, {
		id: moduleId,
		teacherId,
		articleText: input.articleText,
		factsText: input.factsText
	});
	if (!published) return { ok: false, code: 'id-taken' };
	await refreshPublishedModules(true);
	return { ok: true, moduleId };
}

/** The teacher's drafts and published modules, for the authoring page. */
export async function teacherWork(teacherId: string) {
	const { db } = await getDatabase();
	return {
		drafts: await listDrafts(db, teacherId),
		published: await listTeacherPublished(db, teacherId)
	};
}

/** Hides the teacher's module from the library (its files stay); every instance sees it soon. */
export async function unpublishOwnModule(teacherId: string, moduleId: string): Promise<void> {
	const { db } = await getDatabase();
	await unpublishModule(db, teacherId, moduleId);
	await refreshPublishedModules(true);
}

/** One file of a module the teacher published, or null (unknown, another's, another file). */
export async function ownPublishedFile(
	teacherId: string,
	moduleId: string,
	file: string
): Promise<string | null> {
	if (file !== 'article.md' && file !== 'facts.yaml') return null;
	const { db } = await getDatabase();
	const stored = await findPublishedModule(db, moduleId);
	if (!stored || stored.teacherId !== teacherId) return null;
	return file === 'article.md' ? stored.articleText : stored.factsText;
}

/** The teacher's own draft, its stored review read by the schema it was written with. */
export async function findOwnDraft(
	teacherId: string,
	draftId: string
): Promise<ModuleDraft<AuthoringState> | undefined> {
	const { db } = await getDatabase();
	const draft = await findDraft(db, teacherId, draftId);
	if (!draft) return undefined;
	const state = authoringStateSchema.safeParse(draft.state);
	if (!state.success)
		throw new Error(`module_drafts.state of ${draft.id}: ${state.error.issues[0]?.message}`);
	return { ...draft, state: state.data };
}

/** The draft's module as it stands, for the preview; null while it does not validate. */
export function draftModuleOf(state: AuthoringState): QuizModule | null {
	const analysis = analyseDraft(state, today(), loadMorphology);
	return analysis.ok && analysis.module.ok ? analysis.module.module : null;
}

/**
 * One student's quiz of the draft's module: generated exactly as a student's is (same options,
 * same generator), from the seed the preview's URL carries.
 */
export function previewQuiz(module: QuizModule, count: number, seed: number) {
	const questions = generateQuiz(module, { count }, seed).questions;
	return questions.map((question, index) => ({ question, shown: publicQuestion(question, index) }));
}

/** What the real scorer gives an answer to question `index` of a preview quiz, read from its form. */
export function scorePreviewAnswer(
	module: QuizModule,
	count: number,
	seed: number,
	index: number,
	form: FormFields,
	uiLanguage: Language
) {
	const entry = previewQuiz(module, count, seed)[index];
	if (!entry) return null;
	const reading = readAnswerForm(entry.shown, form);
	if (!reading.ok) return { ok: false as const, index, field: reading.field, code: reading.code };
	const result = scoreQuestion(module, entry.question, reading.response);
	return {
		ok: true as const,
		index,
		response: reading.response,
		credit: roundCredit(result.credit),
		verdict: result.verdict,
		feedback: formatFeedback(result, module, entry.question.evidence, uiLanguage),
		key: describeKey(entry.question, keyFigureFormat(module, entry.question))
	};
}

/** The last save wins: autosave and the buttons of one tab send the whole form each time. */
export async function saveOwnDraft(
	teacherId: string,
	draftId: string,
	title: string,
	state: AuthoringState
): Promise<void> {
	const { db } = await getDatabase();
	await saveDraft(db, { teacherId, draftId, title, state });
}

export async function deleteOwnDraft(teacherId: string, draftId: string): Promise<void> {
	const { db } = await getDatabase();
	await deleteDraft(db, teacherId, draftId);
}
