import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../score';
import { exportTestModules } from '../../testing/export-modules';
import { squash } from '../../testing/lms-questions';
import { buildQuestionBank, exportBank, type BankQuestion, type QuestionBank } from '.';

/**
 * Quizlet and Anki cards read back: Quizlet's lines split as its import box splits them, Anki's
 * file by csv-parse (Anki's importer reads the same quoted, tab-separated text).
 */

const CARD_TYPES = ['numeric', 'short-answer', 'cloze'];

async function text(format: 'quizlet' | 'anki', bank: QuestionBank) {
	const result = await exportBank(format, bank);
	if (result.file.kind !== 'text') throw new Error(`${format} is text`);
	return { result, text: result.file.text };
}

function cardsOf(bank: QuestionBank): BankQuestion[] {
	return bank.questions.filter((entry) => CARD_TYPES.includes(entry.question.type));
}

describe.each(exportTestModules())('flashcards of %s', (_name, module) => {
	const bank = buildQuestionBank(module);

	/** The back of a card answers its front: the module's own scorer gives it full credit. */
	function expectAnswers(entry: BankQuestion, answer: string) {
		const { question } = entry;
		if (question.type === 'numeric') {
			expect(scoreQuestion(module, question, answer).credit, answer).toBe(1);
		} else if (question.type === 'short-answer' || question.type === 'cloze') {
			expect(answer).toBe(squash(question.key.value));
		} else {
			throw new Error(`${question.type} is no card`);
		}
	}

	it('Quizlet: one line a card, term TAB definition, question then answer', async () => {
		const { result, text: quizlet } = await text('quizlet', bank);
		const lines = quizlet.split('\n');
		expect(lines.pop()).toBe('');
		const cards = cardsOf(bank);
		expect(lines).toHaveLength(cards.length);
		expect(result.omitted.length).toBe(bank.questions.length - cards.length);
		lines.forEach((line, index) => {
			const entry = cards[index] as BankQuestion;
			const parts = line.split('\t');
			expect(parts).toHaveLength(2);
			expect(parts[0]).toBe(squash(entry.question.prompt));
			expectAnswers(entry, parts[1] ?? '');
		});
	});

	it('Anki: header lines, then front, back and tags, read back by csv-parse', async () => {
		const { text: anki } = await text('anki', bank);
		const lines = anki.split('\n');
		const header = lines.filter((line, index) => line.startsWith('#') && index < 5);
		expect(header).toEqual([
			'#separator:tab',
			'#html:false',
			'#notetype:Basic',
			`#deck:factquiz::${squash(bank.title).replace(/::/g, ':')}`,
			'#tags column:3'
		]);
		const rows = parse(lines.slice(header.length).join('\n'), {
			delimiter: '\t',
			relax_column_count: false
		}) as string[][];
		const cards = cardsOf(bank);
		expect(rows).toHaveLength(cards.length);
		rows.forEach((row, index) => {
			const entry = cards[index] as BankQuestion;
			const [front, back = '', tags = ''] = row;
			expect(front).toBe(entry.question.prompt);
			const [answer = '', , evidence = ''] = back.split('\n');
			expectAnswers(entry, answer);
			expect(evidence).toContain(entry.question.evidence.join(' '));
			expect(tags.split(' ')).toEqual([
				`factquiz::${bank.moduleId}`,
				`type::${entry.question.type}`,
				...entry.question.factIds.map((id) => `fact::${id}`)
			]);
		});
	});
});
