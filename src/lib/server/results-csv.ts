import { stringify } from 'csv-stringify/sync';
import { describeResponse } from '$lib/quiz/describe';
import { roundCredit } from '$lib/quiz/score/attempt';
import type { AssignmentResults } from './assignments';
import { overrideKey } from './db/answer-overrides';
import { toCsv } from './csv';

/**
 * The tables a teacher downloads: grades (one row per attempt) and every answer, each as a CSV
 * (machine headers, RFC 4180), a Polish-locale CSV and an .xlsx sheet (./results-xlsx). Each row
 * names the student's seat id first: two students may share a name, never an id.
 */

export type ColumnKind = 'text' | 'number' | 'date';
export interface ExportColumn<K extends string = string> {
	key: K;
	kind: ColumnKind;
}
/** A date cell holds the stored ISO-8601 UTC text; each format shows it its own way. */
export type ExportCell = string | number | null;
export interface ExportTable<K extends string = string> {
	columns: readonly ExportColumn<K>[];
	rows: ExportCell[][];
}

const percentage = (credit: number | null, max: number | null) =>
	credit === null || !max ? null : Math.round((credit / max) * 1000) / 10;

export const GRADE_COLUMNS = [
	{ key: 'student_id', kind: 'text' },
	{ key: 'student', kind: 'text' },
	{ key: 'attempt', kind: 'number' },
	{ key: 'status', kind: 'text' },
	{ key: 'started_at', kind: 'date' },
	{ key: 'submitted_at', kind: 'date' },
	{ key: 'credit', kind: 'number' },
	{ key: 'max_credit', kind: 'number' },
	{ key: 'percent', kind: 'number' },
	{ key: 'teacher_overrides', kind: 'number' }
] as const satisfies readonly ExportColumn[];

export type GradeColumn = (typeof GRADE_COLUMNS)[number]['key'];

export function gradesTable(results: AssignmentResults): ExportTable<GradeColumn> {
	const overridesOf = (attemptId: string) =>
		[...results.overrides.keys()].filter((key) => key.startsWith(`${attemptId} `)).length;
	const rows = results.students.flatMap(({ participant, attempts }) =>
		attempts.length === 0
			? [
					[
						participant.id,
						participant.displayName,
						null,
						'not started',
						participant.joinedAt,
						null,
						null,
						null,
						null,
						0
					]
				]
			: attempts.map((attempt, index) => [
					participant.id,
					participant.displayName,
					index + 1,
					attempt.status,
					attempt.createdAt,
					attempt.submittedAt,
					attempt.credit === null ? null : roundCredit(attempt.credit),
					attempt.max,
					percentage(attempt.credit, attempt.max),
					overridesOf(attempt.id)
				])
	);
	return { columns: GRADE_COLUMNS, rows };
}

export const ANSWER_COLUMNS = [
	{ key: 'student_id', kind: 'text' },
	{ key: 'student', kind: 'text' },
	{ key: 'attempt', kind: 'number' },
	{ key: 'status', kind: 'text' },
	{ key: 'question', kind: 'number' },
	{ key: 'type', kind: 'text' },
	{ key: 'facts', kind: 'text' },
	{ key: 'prompt', kind: 'text' },
	{ key: 'answer', kind: 'text' },
	{ key: 'read_as', kind: 'text' },
	{ key: 'credit', kind: 'number' },
	{ key: 'saved_at', kind: 'date' },
	{ key: 'teacher_override', kind: 'text' },
	{ key: 'teacher_comment', kind: 'text' },
	{ key: 'excluded', kind: 'text' }
] as const satisfies readonly ExportColumn[];

export type AnswerColumn = (typeof ANSWER_COLUMNS)[number]['key'];

export function answersTable(results: AssignmentResults): ExportTable<AnswerColumn> {
	const students = new Map(
		results.students.map(({ participant }) => [participant.learnerId, participant])
	);
	const attemptNumbers = new Map<string, number>();
	const counted = new Map<string, number>();
	for (const { attempt } of results.attempts) {
		const next = (counted.get(attempt.learnerId) ?? 0) + 1;
		counted.set(attempt.learnerId, next);
		attemptNumbers.set(attempt.id, next);
	}
	const rows = results.attempts.flatMap(({ attempt, answers }) => {
		const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
		return attempt.questions.map((question, index): ExportCell[] => {
			const answer = byQuestion.get(question.id);
			const student = students.get(attempt.learnerId);
			const override = results.overrides.get(overrideKey(attempt.id, question.id));
			return [
				student?.id ?? null,
				student?.displayName ?? attempt.learnerId,
				attemptNumbers.get(attempt.id) ?? null,
				attempt.status,
				index + 1,
				question.type,
				question.factIds.join(' '),
				question.prompt,
				(describeResponse(question, answer?.response ?? null) ?? []).join('; '),
				answer?.result?.normalized ?? null,
				override ? roundCredit(override.credit) : (answer?.credit ?? null),
				answer && answer.revision > 0 ? answer.savedAt : null,
				override ? 'yes' : null,
				override?.comment ?? null,
				results.counts(question) ? null : 'yes'
			];
		});
	});
	return { columns: ANSWER_COLUMNS, rows };
}

export function tableCsv(table: ExportTable): string {
	return toCsv(
		table.columns.map((column) => column.key),
		table.rows
	);
}

export const gradesCsv = (results: AssignmentResults) => tableCsv(gradesTable(results));
export const answersCsv = (results: AssignmentResults) => tableCsv(answersTable(results));

/** The wall-clock time of `iso` in `timeZone`, as a Date whose UTC fields hold it. */
export function wallClockDate(iso: string, timeZone: string): Date {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-CA', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			hourCycle: 'h23'
		})
			.formatToParts(new Date(iso))
			.map((part) => [part.type, Number(part.value)])
	);
	return new Date(
		Date.UTC(
			parts.year ?? 1970,
			(parts.month ?? 1) - 1,
			parts.day ?? 1,
			parts.hour ?? 0,
			parts.minute ?? 0,
			parts.second ?? 0
		)
	);
}

/**
 * The school's wall-clock time of a stored UTC timestamp, as "2025-01-14 09:05": what a
 * spreadsheet in a Polish school reads as a date and time.
 */
export function schoolTime(iso: string, timeZone: string): string {
	return wallClockDate(iso, timeZone).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The table as Excel in a Polish locale opens it in columns: semicolons between cells, a decimal
 * comma, a byte order mark, headers in the UI's words and dates in the school's zone. Formula-like
 * cells are neutralised as in `toCsv`.
 */
export function polishCsv(
	table: ExportTable,
	headers: Readonly<Record<string, string>>,
	timeZone: string
): string {
	const cells = table.rows.map((row) =>
		row.map((cell, index) => {
			const kind = table.columns[index]?.kind;
			if (cell === null) return null;
			if (kind === 'number' && typeof cell === 'number') return String(cell).replace('.', ',');
			if (kind === 'date' && typeof cell === 'string') return schoolTime(cell, timeZone);
			return cell;
		})
	);
	return stringify([table.columns.map((column) => headers[column.key] ?? column.key), ...cells], {
		bom: true,
		delimiter: ';',
		record_delimiter: 'windows',
		quote_record_delimiter: true,
		escape_formulas: true
	});
}
