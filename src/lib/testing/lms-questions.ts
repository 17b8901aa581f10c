import type { QuizModule } from '../quiz/module';
import type { QuestionType } from '../quiz/question';
import { scoreQuestion } from '../quiz/score';
import type { BankQuestion } from '../quiz/export';

/**
 * A question as an LMS holds it, whatever file it came in: what tests read back from a Moodle
 * XML or GIFT file and compare with what the module says the question is.
 */
export interface LmsQuestion {
	name: string;
	type: QuestionType;
	/** For a cloze: the sentence with the gap as the generator writes it. */
	text: string;
	feedback: string;
	/** Answers with their credit in per cent; in the right order for ordering. */
	answers: { text: string; percent: number }[];
	tolerance?: number;
	pairs?: [item: string, choice: string][];
}

const round = (value: number) => Math.round(value * 10000) / 10000;

/**
 * What the module says a bank question must be in an LMS: choice credit comes from factquiz's
 * own scorer, so an export whose credit differs from the app's fails.
 */
export function expectedLmsQuestion(module: QuizModule, entry: BankQuestion): LmsQuestion {
	const { question } = entry;
	const base = {
		name: entry.name,
		type: question.type,
		text: question.prompt,
		feedback: question.evidence.join(' ')
	};
	switch (question.type) {
		case 'numeric': {
			const scale =
				module.facts.find((fact) => fact.id === question.factIds[0])?.kind === 'proportion'
					? 100
					: 1;
			const { value, max = value } = question.key;
			return {
				...base,
				answers: [{ text: String(round(value * scale)), percent: 100 }],
				tolerance: round((max - value) * scale)
			};
		}
		case 'single-choice':
			return {
				...base,
				answers: question.choices.map((choice) => ({
					text: choice.text,
					percent: question.key.choiceIds.includes(choice.id) ? 100 : 0
				}))
			};
		case 'multiple-response': {
			const right = question.key.choiceIds;
			const credit = (ids: string[]) => scoreQuestion(module, question, ids).credit;
			return {
				...base,
				answers: question.choices.map((choice) => ({
					text: choice.text,
					// A right choice earns alone what it adds; a wrong one takes away from all right.
					percent: round(
						100 *
							(right.includes(choice.id)
								? credit([choice.id])
								: credit([...right, choice.id]) - credit(right))
					)
				}))
			};
		}
		case 'true-false': {
			const isTrue = question.key.choiceIds[0] === 'true';
			return {
				...base,
				answers: [
					{ text: 'true', percent: isTrue ? 100 : 0 },
					{ text: 'false', percent: isTrue ? 0 : 100 }
				]
			};
		}
		case 'short-answer':
		case 'cloze':
			return {
				...base,
				answers: entry.acceptedAnswers.map((text) => ({ text, percent: 100 }))
			};
		case 'matching':
			return {
				...base,
				answers: [],
				pairs: question.items.map((item) => [
					item.text,
					question.choices.find((choice) => choice.id === question.key.pairs[item.id])?.text ?? ''
				])
			};
		case 'ordering':
			return {
				...base,
				answers: question.key.order.map((id, index) => ({
					text: question.choices.find((choice) => choice.id === id)?.text ?? '',
					percent: index + 1
				}))
			};
	}
}

/** Whitespace as a reader shows it: runs of spaces and line breaks are one space. */
export function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
