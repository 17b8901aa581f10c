import type { Browser } from '@playwright/test';
import {
	attemptIdOf,
	expect,
	expectAccessible,
	takeWholeQuiz,
	test,
	signUpTeacher
} from './support';

/**
 * A teacher and two students, each in a browser context of their own: the teacher signs up and
 * assigns, the students join with the code and their names, the teacher watches the answers
 * arrive without reloading, then reads the results and the item analysis.
 */

async function newStudent(
	browser: Browser,
	baseURL: string | undefined,
	code: string,
	name: string
) {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await page.goto('/join');
	await page.getByLabel(/Kod dołączenia|Join code/).fill(code);
	await page.getByLabel(/Twoje imię|Your name/).fill(name);
	await page.getByRole('button', { name: /Dołącz|Join/ }).click();
	await expect(page).toHaveURL(/\/class$/);
	return { context, page };
}

test('a teacher assigns, two students join and submit, the teacher sees it live', async ({
	page,
	browser,
	baseURL
}) => {
	await signUpTeacher(page, 'anna@school.pl');
	await expectAccessible(page);
	// Other tests may have published modules of their own: this one assigns the seed module.
	await page.locator('a[href="/teacher/assignments/new?module=kursk"]').click();
	await expectAccessible(page);
	await page.getByLabel(/Liczba pytań|Number of questions/).fill('4');
	await page.getByRole('button', { name: /Utwórz zadanie|Create assignment/ }).click();
	await expect(page).toHaveURL(/\/teacher\/assignments\/as_/);
	const code = (await page.locator('.join-code').textContent())?.trim() ?? '';
	expect(code).toMatch(/^[A-Z2-9]{6}$/);
	await expect(page.getByRole('img', { name: new RegExp(code) })).toBeVisible();
	await expectAccessible(page);

	const ola = await newStudent(browser, baseURL, code, 'Ola');
	const piotr = await newStudent(browser, baseURL, code, 'Piotr <b>');
	// The teacher's page shows both names without a reload.
	await expect(page.getByRole('rowheader', { name: 'Ola' })).toBeVisible({ timeout: 10_000 });
	await expect(page.getByRole('rowheader', { name: 'Piotr <b>' })).toBeVisible();

	await ola.page.getByRole('button', { name: /Rozpocznij|Start/ }).click();
	await takeWholeQuiz(ola.page, attemptIdOf(ola.page), 'digits');
	await expect(ola.page.locator('.score')).toContainText('100');

	await piotr.page.getByRole('button', { name: /Rozpocznij|Start/ }).click();
	await takeWholeQuiz(piotr.page, attemptIdOf(piotr.page), 'wrong');

	const olaRow = page
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: 'Ola' }) });
	await expect(olaRow).toContainText(/oddane|submitted/, { timeout: 10_000 });
	await expect(olaRow).toContainText('4 / 4');
	await expect(page.getByText(/Oddane prace: 2\. Średni|Submitted: 2\. Mean/)).toBeVisible({
		timeout: 10_000
	});
	await expect(page.getByRole('status').filter({ hasText: /Dołączyło|Joined/ })).toHaveText(
		/(Dołączyło|Joined): 2\. (W trakcie|In progress): 0\. (Oddało|Submitted): 2\./
	);
	await expect(page.getByRole('heading', { name: /Pytania|Questions/ })).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Ola' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Ola');
	await expectAccessible(page);

	await ola.page.goto('/class');
	await expectAccessible(ola.page);
	await ola.context.close();
	await piotr.context.close();
});

for (const locale of ['pl', 'en'] as const) {
	test(`the teacher's and students' entry pages pass axe in ${locale}`, async ({ page }) => {
		for (const path of ['/teacher/sign-in', '/teacher/sign-up', '/join']) {
			await page.goto(`${path}?lang=${locale}`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expectAccessible(page);
		}
		// Errors are tied to their fields and pass axe too.
		await page.goto('/join');
		await page.getByLabel(/Twoje imię|Your name/).fill('Ola');
		await page.getByRole('button', { name: /Dołącz|Join/ }).click();
		await expect(page.getByLabel(/Kod dołączenia|Join code/)).toHaveAttribute(
			'aria-invalid',
			'true'
		);
		await expectAccessible(page);
		await page.goto('/teacher/sign-up');
		await page.getByRole('button', { name: /Załóż konto|Create account/ }).click();
		await expect(page.getByLabel(/Hasło|Password/)).toHaveAttribute('aria-invalid', 'true');
		await expectAccessible(page);
	});
}
