import type { BankQuestion } from '$lib/quiz/export';
import { choiceIdentifier, matchItemIdentifier } from '$lib/quiz/export/qti3-items';
import type { QtiPlayer } from './qti-player';

/**
 * Answers a rendered item as a learner would: typing into the player's text field, clicking
 * its options; order and match interactions are drag and drop, so their response is set as
 * the interaction reports it. A wrong answer is one factquiz scores 0 as well.
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
			await player.setResponse(order.map(choiceIdentifier));
			return;
		}
		case 'matching': {
			const items = Object.keys(question.key.pairs);
			const choices = items.map((item) => question.key.pairs[item] as string);
			// Every item paired with the next item's choice: none right.
			const paired = right ? choices : [...choices.slice(1), ...choices.slice(0, 1)];
			await player.setResponse(
				items.map(
					(item, index) =>
						`${matchItemIdentifier(item)} ${choiceIdentifier(paired[index] as string)}`
				)
			);
			return;
		}
	}
}
