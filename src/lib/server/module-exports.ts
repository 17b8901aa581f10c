import { z } from 'zod';
import type { Language } from '$lib/quiz/content';
import {
	buildQuestionBank,
	EXPORT_FORMATS,
	exportBank,
	groupOmissions,
	isExportFormat,
	planExport,
	type BankOptions,
	type ExportFormat,
	type ExportResult,
	type OmissionGroup
} from '$lib/quiz/export';
import type { QuizModule } from '$lib/quiz/module';
import { assignmentModule, type Assignment } from './assignments';
import { getLibrary } from './library';
import { scormRuntimeScript } from './scorm-runtime';

/**
 * A module's question bank in other tools' formats, for teachers: the whole module from its
 * page, an assignment's own question set (its module version, types and facts) from the
 * assignment's. Nothing of students: only the module's content and its keys.
 */

export interface ExportOffer {
	format: ExportFormat;
	title: string;
	destination: string;
	href: string;
	included: number;
	omitted: OmissionGroup[];
}

/** The formats with what each would hold and leave out, as the download list shows them. */
export function exportOffers(
	module: QuizModule,
	options: BankOptions,
	hrefOf: (format: ExportFormat) => string,
	locale: Language
): ExportOffer[] {
	const bank = buildQuestionBank(module, { ...options, language: locale });
	return (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => {
		const { kept, omitted } = planExport(format, bank);
		return {
			format,
			title: EXPORT_FORMATS[format].title,
			destination: EXPORT_FORMATS[format].destination[locale],
			href: hrefOf(format),
			included: kept.questions.length,
			omitted: groupOmissions(omitted)
		};
	});
}

export function moduleExportHref(moduleId: string, format: ExportFormat): string {
	return `/teacher/modules/${encodeURIComponent(moduleId)}/export/${format}`;
}

export function assignmentExportHref(assignmentId: string, format: ExportFormat): string {
	return `/teacher/assignments/${encodeURIComponent(assignmentId)}/export/${format}`;
}

/** A format as a URL names it. */
export const exportParamsSchema = z.custom<ExportFormat>(
	(value) => typeof value === 'string' && isExportFormat(value)
);

export function findExportableModule(moduleId: string): QuizModule | undefined {
	return getLibrary().modules.find((module) => module.id === moduleId);
}

/** The assignment's module as its attempts are scored, narrowed to its types and facts. */
export async function assignmentExportSource(
	assignment: Assignment
): Promise<{ module: QuizModule; options: BankOptions } | undefined> {
	const module = await assignmentModule(assignment);
	if (!module) return undefined;
	const { types, facts } = assignment.settings;
	return { module, options: { ...(types ? { types } : {}), ...(facts ? { facts } : {}) } };
}

export async function exportModuleFile(
	module: QuizModule,
	options: BankOptions,
	format: ExportFormat,
	locale: Language
): Promise<ExportResult> {
	return exportBank(format, buildQuestionBank(module, { ...options, language: locale }), {
		module,
		scormRuntime: scormRuntimeScript
	});
}

/** The HTTP response of a download: an attachment, never shown inline. */
export function exportResponse(result: ExportResult, fileName: string): Response {
	const body = result.file.kind === 'text' ? result.file.text : result.file.bytes;
	return new Response(body, {
		headers: {
			'content-type': result.file.mediaType,
			'content-disposition': `attachment; filename="${fileName}"`,
			'x-content-type-options': 'nosniff',
			'cache-control': 'private, no-store'
		}
	});
}
