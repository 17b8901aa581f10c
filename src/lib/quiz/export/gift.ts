import type { BankQuestion, QuestionBank } from './bank';
import type { Exporter, OmissionReason } from './format';
import {
	categoryPath,
	choicePercents,
	clozeParts,
	generalFeedback,
	matchedPairs,
	percent
} from './lms';

/**
 * GIFT (docs.moodle.org/en/GIFT_format): the same bank as Moodle XML, in the text format
 * Moodle and other LMSs import. GIFT has no ordering question: ordering is left out.
 */

/** GIFT's special characters are backslashed; a line break would end the question. */
function escapeGift(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\~=#{}:]/g, (character) => `\\${character}`);
}

function feedback(entry: BankQuestion): string {
	return `####${escapeGift(generalFeedback(entry))}`;
}

/**
 * `::name::[plain]text{answers}`: plain text, so nothing in the article becomes markup. A
 * missing-word question goes on after its answers.
 */
function question(
	entry: BankQuestion,
	answers: readonly string[],
	stem = escapeGift(entry.question.prompt),
	after = ''
) {
	const lines = [...answers, feedback(entry)].map((line) => `\t${line}\n`).join('');
	return `::${escapeGift(entry.name)}::[plain]${stem}{\n${lines}}${after}`;
}

function giftQuestion(bank: QuestionBank, entry: BankQuestion): string {
	const { question: q } = entry;
	switch (q.type) {
		case 'numeric': {
			const figure = entry.figure ?? { value: q.key.value, tolerance: 0 };
			return question(entry, [`#${figure.value}:${figure.tolerance}`]);
		}
		case 'single-choice':
			return question(
				entry,
				q.choices.map(
					(choice) => `${q.key.choiceIds.includes(choice.id) ? '=' : '~'}${escapeGift(choice.text)}`
				)
			);
		case 'multiple-response': {
			const percents = choicePercents(q);
			return question(
				entry,
				q.choices.map(
					(choice) => `~%${percent(percents.get(choice.id) ?? 0)}%${escapeGift(choice.text)}`
				)
			);
		}
		case 'true-false':
			return question(entry, [q.key.choiceIds[0] === 'true' ? 'TRUE' : 'FALSE']);
		case 'short-answer':
			return question(
				entry,
				entry.acceptedAnswers.map((value) => `=${escapeGift(value)}`)
			);
		case 'matching':
			return question(
				entry,
				matchedPairs(q).map(({ item, choice }) => `=${escapeGift(item)} -> ${escapeGift(choice)}`)
			);
		case 'cloze': {
			// Missing word: the answers stand where the gap is, the sentence goes on after them.
			const { before, after } = clozeParts(bank, q);
			const answers = entry.acceptedAnswers.map((value) => `=${escapeGift(value)}`);
			// The spaces around the gap are kept as the sentence has them ("ok. {…} żołnierzy", "{…}.").
			const stem = `${escapeGift(before)}${/\s$/.test(before) ? ' ' : ''}`;
			const rest = `${/^\s/.test(after) ? ' ' : ''}${escapeGift(after)}`;
			return question(entry, answers, stem, rest.trim() ? rest : '');
		}
		case 'ordering':
			throw new TypeError('GIFT has no ordering question');
	}
}

/**
 * Moodle reads any answer holding "->" as a matching pair, and GIFT has no escape for it: a
 * question whose answers hold one is left out rather than turned into another question.
 */
function refuseArrow(entry: BankQuestion): OmissionReason | null {
	const { question: q } = entry;
	const answers = [
		...entry.acceptedAnswers,
		...('choices' in q ? q.choices.map((choice) => choice.text) : []),
		...('items' in q ? q.items.map((item) => item.text) : [])
	];
	return answers.some((text) => text.includes(ARROW)) ? { code: 'unescapable', text: ARROW } : null;
}

const ARROW = '->';

export function serializeGift(bank: QuestionBank): string {
	const blocks = [
		`// ${bank.title.replace(/\s+/g, ' ')} (factquiz module ${bank.moduleId})`,
		`$CATEGORY: ${categoryPath(bank)}`,
		...bank.questions.map((entry) => giftQuestion(bank, entry))
	];
	return blocks.join('\n\n') + '\n';
}

export const giftExporter: Exporter = {
	title: 'GIFT',
	supportedTypes: [
		'numeric',
		'single-choice',
		'multiple-response',
		'true-false',
		'cloze',
		'matching',
		'short-answer'
	],
	refuse: refuseArrow,
	destination: {
		pl: 'Moodle: Bank pytań → Import → Format GIFT (także inne platformy czytające GIFT)',
		en: 'Moodle: Question bank → Import → GIFT format (or any other platform that reads GIFT)'
	},
	serialize: (bank) => ({
		kind: 'text',
		text: serializeGift(bank),
		mediaType: 'text/plain; charset=utf-8',
		extension: 'gift.txt'
	})
};
