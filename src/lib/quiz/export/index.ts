import type { QuestionBank } from './bank';
import { ankiExporter } from './anki';
import type { QuestionType } from '../question';
import type { ExportContext, ExportFile, Exporter, Omission, OmissionReason } from './format';
import { giftExporter } from './gift';
import { kahootExporter } from './kahoot';
import { moodleXmlExporter } from './moodle-xml';
import { qti21Exporter } from './qti21';
import { qti3Exporter } from './qti3';
import { quizletExporter } from './quizlet';
import { scorm12Exporter } from './scorm12';

export { buildQuestionBank, EXPORT_SEED } from './bank';
export type { BankFact, BankFigure, BankOptions, BankQuestion, QuestionBank } from './bank';
export type { ExportContext, ExportFile, Exporter, Omission, OmissionReason } from './format';

/**
 * Format name (as `--format` and the app's URLs spell it) → exporter. A format is added by
 * its serializer file and one line here; the name type follows from this object, so the CLI,
 * the routes and the download list need no change.
 */
export const EXPORT_FORMATS = {
	'moodle-xml': moodleXmlExporter,
	gift: giftExporter,
	kahoot: kahootExporter,
	quizlet: quizletExporter,
	anki: ankiExporter,
	qti3: qti3Exporter,
	qti21: qti21Exporter,
	scorm12: scorm12Exporter
} as const satisfies Record<string, Exporter>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(value: string): value is ExportFormat {
	return Object.hasOwn(EXPORT_FORMATS, value);
}

export interface ExportResult {
	file: ExportFile;
	/** `<module>.<extension>`: what a download or `--out` suggests. */
	fileName: string;
	/** The questions the file holds. */
	included: number;
	/** The questions of the bank it leaves out, and why. */
	omitted: Omission[];
}

/**
 * Which questions of the bank a format holds and which it leaves out, and why: what a page
 * lists before anything is serialized.
 */
export function planExport(
	format: ExportFormat,
	bank: QuestionBank
): { kept: QuestionBank; omitted: Omission[] } {
	const exporter: Exporter = EXPORT_FORMATS[format];
	const omitted: Omission[] = [];
	const questions = bank.questions.filter((entry) => {
		const { question } = entry;
		const reason = exporter.supportedTypes.includes(question.type)
			? (exporter.refuse?.(entry) ?? null)
			: { code: 'type-not-supported' as const };
		if (reason)
			omitted.push({ questionId: question.id, name: entry.name, type: question.type, reason });
		return reason === null;
	});
	return { kept: { ...bank, questions }, omitted };
}

/**
 * Serializes a bank in a format: the questions its target cannot hold are left out and
 * listed, never reworded into another type. `context` is what SCORM packages need besides.
 */
export async function exportBank(
	format: ExportFormat,
	bank: QuestionBank,
	context?: ExportContext
): Promise<ExportResult> {
	const { kept, omitted } = planExport(format, bank);
	const file = await EXPORT_FORMATS[format].serialize(kept, context);
	return {
		file,
		fileName: `${bank.moduleId}.${file.extension}`,
		included: kept.questions.length,
		omitted
	};
}

export interface OmissionGroup {
	type: QuestionType;
	reason: OmissionReason;
	count: number;
}

/** Omissions by type and reason, in the bank's order: what a report lists. */
export function groupOmissions(omitted: readonly Omission[]): OmissionGroup[] {
	const groups = new Map<string, OmissionGroup>();
	for (const { type, reason } of omitted) {
		const key = `${type} ${JSON.stringify(reason)}`;
		const group = groups.get(key);
		if (group) group.count++;
		else groups.set(key, { type, reason, count: 1 });
	}
	return [...groups.values()];
}
