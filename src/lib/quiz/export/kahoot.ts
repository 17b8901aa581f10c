import ExcelJS from 'exceljs';
import type { QuestionWithKey } from '../question';
import type { BankQuestion, QuestionBank } from './bank';
import type { Exporter, OmissionReason } from './format';

/**
 * Kahoot's spreadsheet import ("Import spreadsheet" when creating a kahoot): a sheet whose
 * row 8 heads the columns and whose rows from 9 hold one question each. Column A numbers
 * the question; B the question (at most 120 characters); C–F up to four answers (at most
 * 75 characters each); G the time limit in seconds (5, 10, 20, 30, 60, 90, 120 or 240);
 * H the numbers of the correct answers. Rows 1–7 are free for instructions.
 */

export const KAHOOT_LIMITS = { question: 120, answer: 75, answers: 4 } as const;
export const KAHOOT_HEADER_ROW = 8;
export const KAHOOT_HEADERS = [
	'',
	'Question - max 120 characters',
	'Answer 1 - max 75 characters',
	'Answer 2 - max 75 characters',
	'Answer 3 - max 75 characters',
	'Answer 4 - max 75 characters',
	'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
	'Correct answer(s) - choose at least one'
] as const;

const INSTRUCTIONS = {
	pl: [
		'factquiz: pytania do importu w Kahoot!',
		'Kahoot: Utwórz → Dodaj pytanie → Importuj arkusz kalkulacyjny → wybierz ten plik.',
		'Pytania od wiersza 9: kolumna B pytanie, C–F odpowiedzi, G limit czasu, H numery poprawnych odpowiedzi.'
	],
	en: [
		'factquiz: questions to import into Kahoot!',
		'Kahoot: Create → Add question → Import spreadsheet → choose this file.',
		'Questions from row 9: column B the question, C–F the answers, G the time limit, H the numbers of the right answers.'
	]
} as const;

type KahootQuestion = Extract<QuestionWithKey, { type: 'single-choice' | 'true-false' }>;

function isKahootQuestion(question: QuestionWithKey): question is KahootQuestion {
	return question.type === 'single-choice' || question.type === 'true-false';
}

/** Reading time grows with the question: Kahoot's steps, the shortest that leaves time to think. */
function timeLimit(question: KahootQuestion): number {
	const characters =
		question.prompt.length + question.choices.reduce((sum, c) => sum + c.text.length, 0);
	return characters <= 80 ? 20 : characters <= 160 ? 30 : 60;
}

/** Kahoot cuts nothing itself and refuses long texts: such a question is left out, never cut. */
function refuseForKahoot(entry: BankQuestion): OmissionReason | null {
	const { question } = entry;
	if (!isKahootQuestion(question)) return { code: 'type-not-supported' };
	if (question.prompt.length > KAHOOT_LIMITS.question)
		return { code: 'too-long', part: 'question', limit: KAHOOT_LIMITS.question };
	if (question.choices.length > KAHOOT_LIMITS.answers)
		return { code: 'too-many-answers', limit: KAHOOT_LIMITS.answers };
	if (question.choices.some((choice) => choice.text.length > KAHOOT_LIMITS.answer))
		return { code: 'too-long', part: 'answer', limit: KAHOOT_LIMITS.answer };
	return null;
}

/** One row a question: the cells of columns A to H. */
export function kahootRows(bank: QuestionBank): (string | number)[][] {
	return bank.questions.map(({ question }, index) => {
		if (!isKahootQuestion(question)) throw new TypeError(`Kahoot cannot hold ${question.type}`);
		const answers = question.choices.map((choice) => choice.text);
		const right = question.choices
			.map((choice, position) => (question.key.choiceIds.includes(choice.id) ? position + 1 : 0))
			.filter((number) => number > 0);
		return [
			index + 1,
			question.prompt,
			...Array.from({ length: KAHOOT_LIMITS.answers }, (_, position) => answers[position] ?? ''),
			timeLimit(question),
			right.join(',')
		];
	});
}

export async function serializeKahoot(bank: QuestionBank): Promise<Uint8Array<ArrayBuffer>> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'factquiz';
	// The module's date, not the clock's: the same module gives the same workbook.
	const [year = 2000, month = 1, day = 1] = bank.date.split('-').map(Number);
	workbook.created = workbook.modified = new Date(Date.UTC(year, month - 1, day));
	const sheet = workbook.addWorksheet('Sheet1');
	INSTRUCTIONS[bank.labelLanguage].forEach((line, index) => {
		sheet.getCell(index + 2, 2).value = line;
	});
	sheet.getRow(KAHOOT_HEADER_ROW).values = [...KAHOOT_HEADERS];
	kahootRows(bank).forEach((cells, index) => {
		sheet.getRow(KAHOOT_HEADER_ROW + 1 + index).values = cells;
	});
	sheet.getColumn(2).width = 60;
	for (const column of [3, 4, 5, 6]) sheet.getColumn(column).width = 30;
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const kahootExporter: Exporter = {
	title: 'Kahoot!',
	supportedTypes: ['single-choice', 'true-false'],
	refuse: refuseForKahoot,
	destination: {
		pl: 'Kahoot: Utwórz → Dodaj pytanie → Importuj arkusz kalkulacyjny (tylko pytania jednokrotnego wyboru i prawda/fałsz)',
		en: 'Kahoot: Create → Add question → Import spreadsheet (single-choice and true/false questions only)'
	},
	serialize: async (bank) => ({
		kind: 'binary',
		bytes: await serializeKahoot(bank),
		mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		extension: 'xlsx'
	})
};
