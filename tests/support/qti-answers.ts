import type { BankQuestion } from '$lib/quiz/export';
import { choiceIdentifier, matchItemIdentifier } from '$lib/quiz/export/qti3-items';
import type { QtiPlayer } from './qti-player';

/**
 * The player's keyboard drag and drop: Space picks the element up, arrow keys walk the drop
 * zones in order (the order's places; the match's targets), Enter drops it.
 */
async function dragByKeyboard(player: QtiPlayer, selector: string, dropZone: number) {
	const { page } = player;
	await page.locator(selector).focus();
	await page.keyboard.press('Space');
	for (let step = 0; step < dropZone; step++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
}

/**
 * Answers a rendered item as a learner would, by the player's own controls: typing into its
 * text field, clicking its options, dragging by keyboard in order and match interactions. A
 * wrong answer is one factquiz scores 0 as well.
 */
export async function answerInPlayer(
	player: QtiPlayer,
	entry: BankQuestion,
	right: boolean
): Promise<void> {
	const { page } = player;
	const { question } = entry;
	switch (question.type) {
		case 'numeric': {
			const figure = entry.figure ?? { value: question.key.value, tolerance: 0 };
			// The exact figure: the player (7.27.4) does not implement qti-equal's tolerance
			// modes, so answers within the tolerance are checked against the schema instead.
			const typed = right ? figure.value : figure.value * 10 + figure.tolerance + 7;
			await page.locator('qti-text-entry-interaction input').fill(String(typed));
			await page.locator('qti-text-entry-interaction input').blur();
			return;
		}
		case 'short-answer':
		case 'cloze': {
			// The last accepted answer is an alias when there is one, in other letter case.
			const alias = entry.acceptedAnswers.at(-1) ?? '';
			const typed = right ? alias.toLocaleUpperCase() : 'zzz nic takiego';
			await page.locator('qti-text-entry-interaction input').fill(typed);
			await page.locator('qti-text-entry-interaction input').blur();
			return;
		}
		case 'single-choice':
		case 'true-false':
		case 'multiple-response': {
			const keys = question.key.choiceIds;
			const wrong = question.choices.map((choice) => choice.id).filter((id) => !keys.includes(id));
			const picks = right ? keys : wrong.slice(0, 1);
			for (const id of picks) {
				await page.locator(`qti-simple-choice[identifier="${choiceIdentifier(id)}"]`).click();
			}
			return;
		}
		case 'ordering': {
			const order = right ? question.key.order : [...question.key.order].reverse();
			for (const [place, id] of order.entries())
				await dragByKeyboard(
					player,
					`qti-simple-choice[identifier="${choiceIdentifier(id)}"]`,
					place
				);
			return;
		}
		case 'matching': {
			const items = Object.keys(question.key.pairs);
			const choices = items.map((item) => question.key.pairs[item] as string);
			// Every item paired with the next item's choice: none right.
			const paired = right ? choices : [...choices.slice(1), ...choices.slice(0, 1)];
			const targets = question.choices.map((choice) => choice.id);
			for (const [index, item] of items.entries())
				await dragByKeyboard(
					player,
					`qti-simple-associable-choice[identifier="${matchItemIdentifier(item)}"]`,
					targets.indexOf(paired[index] as string)
				);
			return;
		}
	}
}
