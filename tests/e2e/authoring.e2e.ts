import { readFileSync } from 'node:fs';
import { expect, expectAccessible, startQuiz, takeWholeQuiz, test } from './support';

/** A teacher turns a pasted article into a module; a student takes it. */

const ARTICLE = readFileSync('tests/fixtures/kursk-article.txt', 'utf8');

test('paste → review → publish → a student takes the quiz', async ({ page, browser, baseURL }) => {
	await page.goto('/teacher/sign-up');
	await page.getByLabel(/Imię i nazwisko|Your name/).fill('Anna Nowak');
	await page.getByLabel(/E-mail|Email/).fill('author@school.pl');
	await page.getByLabel(/Hasło|Password/).fill('correct horse battery');
	await page.getByRole('button', { name: /Załóż konto|Create account/ }).click();
	await page.getByRole('link', { name: /Napisz moduł z artykułu|Write a module/ }).click();
	await expectAccessible(page);

	await page.getByLabel(/Tekst artykułu|Article text/).fill(ARTICLE);
	await page.getByRole('button', { name: /Znajdź fakty|Find the facts/ }).click();
	await expect(page).toHaveURL(/\/teacher\/authoring\/d_/);
	await expect(page.locator('.review-article mark').first()).toBeVisible();
	await expectAccessible(page);

	await page.getByLabel(/Identyfikator modułu|Module id/).fill('kursk-e2e');
	await page.getByLabel(/Źródło artykułu|Source of the article/).fill('Polskie Radio 24');
	// A question's wording is edited in a field that shows all of it; a line break is a space.
	const wording = page.getByLabel(/^(Pytanie|Question)$/).first();
	await wording.fill('Ilu żołnierzy Korei Północnej\ntrafiło do obwodu kurskiego?');
	// The draft saves itself: a reload keeps what was typed.
	await expect(
		page.getByRole('status').filter({ hasText: /Zapisano wersję|Draft saved/ })
	).toBeVisible();
	await page.reload();
	await expect(page.getByLabel(/Źródło artykułu|Source of the article/)).toHaveValue(
		'Polskie Radio 24'
	);
	await expect(page.getByLabel(/^(Pytanie|Question)$/).first()).toHaveValue(
		'Ilu żołnierzy Korei Północnej trafiło do obwodu kurskiego?'
	);

	await page.getByRole('button', { name: /Podgląd quizu|Preview the quiz/ }).click();
	await expect(page.getByRole('heading', { name: /Podgląd quizu|Quiz preview/ })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: /Opublikuj|Publish/ }).click();
	await expect(page).toHaveURL(/\/modules\/kursk-e2e$/);

	const student = await (await browser.newContext({ baseURL })).newPage();
	const attemptId = await startQuiz(student, { count: 5, moduleId: 'kursk-e2e' });
	await takeWholeQuiz(student, attemptId, 'digits');
	await expect(student.locator('.score')).toContainText('100');
});
