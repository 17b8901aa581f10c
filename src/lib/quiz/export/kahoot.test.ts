import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { exportTestModules } from '../../testing/export-modules';
import { buildQuestionBank, exportBank } from '.';

/**
 * The workbook is written with exceljs and read back with read-excel-file, a reader that
 * shares no code with it; every cell of Kahoot's layout is checked.
 */

const HEADERS = [
	null,
	'Question - max 120 characters',
	'Answer 1 - max 75 characters',
	'Answer 2 - max 75 characters',
	'Answer 3 - max 75 characters',
	'Answer 4 - max 75 characters',
	'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
	'Correct answer(s) - choose at least one'
];
const TIME_LIMITS = [5, 10, 20, 30, 60, 90, 120, 240];

describe.each(exportTestModules())('the Kahoot workbook of %s', (_name, module) => {
	const bank = buildQuestionBank(module);

	it('holds every single-choice and true/false question that fits Kahoot, cell by cell', async () => {
		const { file, included, omitted } = await exportBank('kahoot', bank);
		if (file.kind !== 'binary') throw new Error('Kahoot is a workbook');
		expect(file.extension).toBe('xlsx');
		const rows = await readSheet(Buffer.from(file.bytes));
		expect(rows[7]).toEqual(HEADERS);
		const questions = rows.slice(8);
		const fits = bank.questions.filter(
			({ question }) =>
				(question.type === 'single-choice' || question.type === 'true-false') &&
				question.prompt.length <= 120 &&
				question.choices.length <= 4 &&
				question.choices.every((choice) => choice.text.length <= 75)
		);
		expect(fits.length).toBeGreaterThan(0);
		expect(questions).toHaveLength(fits.length);
		expect(included).toBe(fits.length);
		expect(omitted.length + included).toBe(bank.questions.length);
		fits.forEach(({ question }, index) => {
			if (question.type !== 'single-choice' && question.type !== 'true-false')
				throw new Error('filtered above');
			const row = questions[index] ?? [];
			expect(row).toHaveLength(8);
			expect(row[0]).toBe(index + 1);
			expect(row[1]).toBe(question.prompt);
			const answers = row.slice(2, 6);
			expect(answers.filter((cell) => cell !== null)).toEqual(
				question.choices.map((choice) => choice.text)
			);
			expect(TIME_LIMITS).toContain(row[6]);
			const right = String(row[7])
				.split(',')
				.map((number) => question.choices[Number(number) - 1]?.id);
			expect(right).toEqual(question.key.choiceIds);
		});
	});

	it('leaves out, with the reason, what Kahoot cannot hold', async () => {
		const { omitted } = await exportBank('kahoot', bank);
		for (const omission of omitted) {
			const entry = bank.questions.find(
				(candidate) => candidate.question.id === omission.questionId
			);
			if (!entry) throw new Error(`unknown question ${omission.questionId}`);
			const { question } = entry;
			if (question.type !== 'single-choice' && question.type !== 'true-false') {
				expect(omission.reason).toEqual({ code: 'type-not-supported' });
			} else if (question.prompt.length > 120) {
				expect(omission.reason).toEqual({ code: 'too-long', part: 'question', limit: 120 });
			} else {
				expect(omission.reason).toEqual({ code: 'too-long', part: 'answer', limit: 75 });
			}
		}
	});
});
