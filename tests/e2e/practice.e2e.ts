import { expect, expectAccessible, test } from './support';

test.describe('practice with spaced review', () => {
	test('a wrong answer gets a second try, then the key and the article; the fact comes back soon', async ({
		page
	}) => {
		await page.goto('/practice/kursk?lang=en');
		await expect(page.getByRole('heading', { level: 1, name: 'Practice' })).toBeVisible();
		await expectAccessible(page);
		const typed = page.locator('#answer-form input[name="answer"][type="text"]');
		const choices = page.locator('#answer-form input[name="answer"]:not([type="text"])');
		const answerWrongly = async () => {
			if (await typed.count()) await typed.fill('zupełnie nie wiem 123456');
			else if (await choices.count()) {
				// Whatever is ticked first; if it happens to be right, the test takes the right path.
				await choices.first().check();
			} else {
				for (const select of await page.locator('#answer-form select').all()) {
					await select.selectOption({ index: 1 });
				}
			}
			await page.locator('#answer-form button.primary').click();
		};
		await answerWrongly();
		const retry = page.getByText('Try once more.');
		const result = page.locator('.practice-status .result');
		await expect(retry.or(result)).toBeVisible();
		if (await retry.isVisible()) {
			await expect(page.locator('#answer-form button.primary')).toHaveText('Check again');
			await expectAccessible(page);
			await answerWrongly();
		}
		await expect(result).toBeVisible();
		await expect(result.locator('.feedback')).toContainText('The article says:');
		await expect(page.locator('.practice-status')).toBeFocused();
		if ((await result.locator('h2').textContent()) === 'Wrong') {
			// FSRS "Again": a fact got wrong comes back within minutes, not days.
			await expect(result).toContainText(/comes back for review: in \d+ minutes?\./);
		}
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Next question' }).click();
		// The session counts the facts for today: this one is done, the next is the second.
		await expect(page.locator('.meta').nth(1)).toContainText(/^\s*2 of \d+ facts for today/);
	});

	test('works without JavaScript too', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/practice/kursk?lang=pl');
		const typed = page.locator('#answer-form input[name="answer"][type="text"]');
		if (await typed.count()) await typed.fill('xyz');
		else if (await page.locator('#answer-form input[name="answer"]').count()) {
			await page.locator('#answer-form input[name="answer"]').first().check();
		}
		await page.locator('#answer-form button.primary').click();
		await expect(
			page.getByText('Spróbuj jeszcze raz.').or(page.locator('.practice-status .result'))
		).toBeVisible();
		await context.close();
	});
});
