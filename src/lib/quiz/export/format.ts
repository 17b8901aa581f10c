import type { Language } from '../content';
import type { QuizModule } from '../module';
import type { QuestionType } from '../question';
import type { BankQuestion, QuestionBank } from './bank';

/** What a serializer makes: text for the text formats, bytes for zip and xlsx. */
export type ExportFile =
	| { kind: 'text'; text: string; mediaType: string; extension: string }
	| { kind: 'binary'; bytes: Uint8Array<ArrayBuffer>; mediaType: string; extension: string };

/**
 * Why a question of the bank is not in an export. Words come later, in the UI's language
 * (see `describeOmission` in src/lib/i18n/exports.ts).
 */
export type OmissionReason =
	| { code: 'type-not-supported' }
	| { code: 'too-long'; part: 'question' | 'answer'; limit: number }
	| { code: 'too-many-answers'; limit: number }
	/** The format has syntax the text would need and cannot escape (GIFT's "->"). */
	| { code: 'unescapable'; text: string };

export interface Omission {
	questionId: string;
	name: string;
	type: QuestionType;
	reason: OmissionReason;
}

/**
 * One export format: a pure serializer and what its target can hold. A question the target
 * cannot express is left out and reported, never degraded into something else.
 */
export interface Exporter {
	/** The format as teachers know it: "Moodle XML". */
	title: string;
	/** Question types the target can express; the others are left out and reported. */
	supportedTypes: readonly QuestionType[];
	/** Why the target cannot hold this question of a supported type (a length limit), or null. */
	refuse?: (entry: BankQuestion) => OmissionReason | null;
	/** Where the file goes on the other side, one line per UI language. */
	destination: Record<Language, string>;
	/** Receives only the questions the target can hold. */
	serialize(bank: QuestionBank, context?: ExportContext): ExportFile | Promise<ExportFile>;
}

/**
 * What a format may need beyond the bank: SCORM packages carry the module's facts for the
 * scorers and a script bundled on the server (or by the CLI), made only when asked for.
 */
export interface ExportContext {
	module: QuizModule;
	scormRuntime?: () => Promise<string>;
}
