import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectAccessible, test } from './support';

/**
 * A teacher downloads the module's questions from its page and an assignment's from the
 * assignment's, by keyboard, in Polish and in English; axe finds nothing on either page.
 */

async function signUp(page: Page, email: string) {
	await page.goto('/teacher/sign-up');
	// Polish first, whatever the browser prefers; English is chosen later where a test says so.
	await page
		.context()
		.addCookies([{ name: 'lang', value: 'pl', url: new URL('/', page.url()).href }]);
	await page.reload();
	await page.getByLabel(/Imię i nazwisko|Your name/).fill('Anna Nowak');
	await page.getByLabel(/E-mail|Email/).fill(email);
	await page.getByLabel(/Hasło|Password/).fill('correct horse battery');
	await page.getByRole('button', { name: /Załóż konto|Create account/ }).click();
	await expect(page).toHaveURL(/\/teacher$/);
}

/** Tabs to the link, as a keyboard user does, and takes what Enter downloads. */
async function downloadByKeyboard(page: Page, name: RegExp) {
	const link = page.getByRole('link', { name });
	for (
		let tab = 0;
		tab < 200 && !(await link.evaluate((node) => node === document.activeElement));
		tab++
	)
		await page.keyboard.press('Tab');
	await expect(link).toBeFocused();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.keyboard.press('Enter')
	]);
	return download;
}

test('a teacher downloads exports from the module page, in both languages', async ({ page }) => {
	await page.goto('/modules/kursk');
	await expect(page.getByRole('heading', { name: /Eksport pytań|Export questions/ })).toHaveCount(
		0
	);

	await signUp(page, 'exports@school.pl');
	await page.goto('/modules/kursk');
	const section = page.getByRole('region', { name: 'Eksport pytań' });
	await expect(section).toBeVisible();
	await expect(section).toContainText('Moodle: Bank pytań → Import → Format XML Moodle');
	await expect(section.getByRole('link')).toHaveCount(8);
	await expectAccessible(page);
	const download = await downloadByKeyboard(page, /Pobierz: GIFT/);
	expect(download.suggestedFilename()).toBe('kursk.gift.txt');

	await page
		.context()
		.addCookies([{ name: 'lang', value: 'en', url: new URL('/', page.url()).href }]);
	await page.goto('/modules/kursk');
	const english = page.getByRole('region', { name: 'Export questions' });
	await expect(english).toContainText('Moodle: Question bank → Import → Moodle XML format');
	await expect(english).toContainText('ordering × 1 (the format has no such question type)');
	await expectAccessible(page);
	const workbook = await downloadByKeyboard(page, /Download: Kahoot!/);
	expect(workbook.suggestedFilename()).toBe('kursk.xlsx');
	const scorm = await downloadByKeyboard(page, /Download: SCORM 1\.2/);
	expect(scorm.suggestedFilename()).toBe('kursk.scorm12.zip');
	const files = unzipSync(readFileSync(await scorm.path()));
	expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'index.html', 'quiz.js']);
	// The package's page is worded in the language asked for; the questions keep Polish.
	expect(strFromU8(files['index.html'] as Uint8Array)).toContain('Submit answers');
});

test("a teacher downloads an assignment's own questions from its page", async ({ page }) => {
	await signUp(page, 'exports-assignment@school.pl');
	await page.locator('a[href="/teacher/assignments/new?module=kursk"]').click();
	await page.getByLabel(/Liczba pytań|Number of questions/).fill('4');
	await page.getByRole('button', { name: /Utwórz zadanie|Create assignment/ }).click();
	await expect(page).toHaveURL(/\/teacher\/assignments\/as_/);
	const section = page.getByRole('region', { name: 'Eksport pytań' });
	await expect(section).toContainText('Pytania tego zadania');
	await expectAccessible(page);
	const download = await downloadByKeyboard(page, /Pobierz: Moodle XML/);
	expect(download.suggestedFilename()).toBe('kursk-assignment.xml');
});
