import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
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
 * What a teacher does with an assignment after making it: reads and changes its settings, reads
 * the charts, leaves a question out, sets a student's credit by hand, downloads the workbook,
 * prints the quiz, duplicates and archives it.
 */

async function studentSubmits(
	browser: Browser,
	baseURL: string | undefined,
	code: string,
	name: string,
	style: 'digits' | 'wrong'
) {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await page.goto('/join');
	await page.getByLabel(/Kod dołączenia|Join code/).fill(code);
	await page.getByLabel(/Twoje imię|Your name/).fill(name);
	await page.getByRole('button', { name: /Dołącz|Join/ }).click();
	await page.getByRole('button', { name: /Rozpocznij|Start/ }).click();
	const attemptId = attemptIdOf(page);
	await takeWholeQuiz(page, attemptId, style);
	return { context, page, attemptId };
}

/** The text of every page of a PDF, read by pdf.js, and each page's size in points. */
async function readPdf(bytes: Buffer) {
	const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
	const pages: { width: number; height: number; text: string }[] = [];
	for (let number = 1; number <= pdf.numPages; number++) {
		const page = await pdf.getPage(number);
		const [, , width = 0, height = 0] = page.view;
		const content = await page.getTextContent();
		const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
		pages.push({ width, height, text });
	}
	return pages;
}

/** Chromium rounds the paper to whole CSS pixels: within a point of A4. */
function expectA4(sheet: { width: number; height: number }) {
	expect(Math.abs(sheet.width - 595.28)).toBeLessThan(1);
	expect(Math.abs(sheet.height - 841.89)).toBeLessThan(1);
}

test('a teacher edits, reads charts, excludes, overrides, exports, prints, copies, archives', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	await signUpTeacher(page, 'tools@school.pl');
	await page.goto('/teacher/assignments/new?module=kursk');
	await page.getByLabel(/Liczba pytań|Number of questions/).fill('4');
	await page.getByRole('button', { name: /Utwórz zadanie|Create assignment/ }).click();
	await expect(page).toHaveURL(/\/teacher\/assignments\/as_/);
	const assignmentUrl = page.url();
	const code = (await page.locator('.join-code').textContent())?.trim() ?? '';

	// The settings are on top, and more time and attempts are confirmed when saved.
	const settings = page.locator('section.settings');
	await expect(settings.getByRole('heading', { name: /Ustawienia|Settings/ })).toBeVisible();
	await expect(settings.locator('dl')).toContainText(/bez limitu|no limit/);
	await settings.getByText(/Zmień ustawienia|Change settings/).click();
	await settings.getByLabel(/Liczba podejść|Attempts allowed/).fill('2');
	await settings.getByLabel(/Limit czasu|Time limit/).fill('25');
	await settings.getByRole('button', { name: /Zapisz ustawienia|Save settings/ }).click();
	await expect(settings.getByRole('status')).toContainText(
		/limit czasu 25 min, podejść: 2|time limit 25 min, attempts: 2/
	);
	await expect(settings.locator('dl')).toContainText('25 min');
	await expectAccessible(page);

	const ola = await studentSubmits(browser, baseURL, code, 'Ola', 'digits');
	const piotr = await studentSubmits(browser, baseURL, code, 'Piotr', 'wrong');

	// Charts drawn on the server, with their data in tables.
	await page.goto(assignmentUrl);
	const grid = page.locator('section[aria-labelledby="grid-heading"]');
	await expect(grid.locator('svg')).toBeVisible();
	await expect(grid.locator('svg text').filter({ hasText: '✓' }).first()).toBeVisible();
	await grid.getByText(/Te same dane w tabeli|The same data as a table/).click();
	await expect(grid.getByRole('rowheader', { name: 'Ola' })).toBeVisible();
	const given = page.locator('section[aria-labelledby="given-heading"] figure');
	expect(await given.count()).toBeGreaterThanOrEqual(4);
	await expect(given.first().locator('svg rect').first()).toBeAttached();
	await expect(page.getByRole('columnheader', { name: /Łatwość \(%|Facility \(%/ })).toBeVisible();
	await expectAccessible(page);
	await page.screenshot({ path: 'test-results/classroom-results-pl.png', fullPage: true });

	// A bad question left out of grading: a regrade that says who changed.
	await page
		.getByRole('button', { name: /Pomiń to pytanie|Leave this question out/ })
		.first()
		.click();
	await expect(
		page.getByRole('status').filter({ hasText: /Przeliczono|recalculated/ })
	).toBeVisible();
	await expect(page.getByText(/pominięte w ocenie|left out of grading/).first()).toBeVisible();
	// Quizzes differ per student: the item left out is in Ola's, Piotr's or both.
	await expect(page.locator('#regrade-heading ~ ul')).toContainText(
		/(Ola|Piotr): [\d,.]+\/4 → [\d,.]+\/3/
	);

	// The teacher's own credit for Piotr's first answer, with a comment he sees.
	await page.getByRole('link', { name: 'Piotr' }).click();
	const firstRow = page.locator('tbody tr').first();
	await firstRow.getByLabel(/Ocena nauczyciela|Teacher's credit/).fill('50');
	await firstRow
		.getByLabel(/Komentarz dla ucznia|Comment for the student/)
		.fill('Dobry tok rozumowania.');
	await firstRow.getByRole('button', { name: /Zapisz ocenę|Save credit/ }).click();
	await expect(
		page.getByRole('status').filter({ hasText: /Zapisano ocenę|Credit saved/ })
	).toBeVisible();
	await expect(page.locator('tbody tr').first()).toContainText(
		/ocena nauczyciela|teacher's credit/
	);
	await expectAccessible(page);
	await piotr.page.goto(`/quiz/${piotr.attemptId}/results`);
	await expect(piotr.page.locator('.teacher-comment')).toHaveText('Dobry tok rozumowania.');

	// The workbook, read back with the library that wrote it.
	await page.goto(assignmentUrl);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: /skoroszyt Excel|Excel workbook/ }).click()
	]);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.readFile(await download.path());
	const [grades, answers] = workbook.worksheets;
	expect(grades?.name).toMatch(/Oceny|Grades/);
	expect(answers?.name).toMatch(/Odpowiedzi|Answers/);
	const names = grades?.getColumn(2).values.slice(2);
	expect(names).toEqual(['Ola', 'Piotr']);
	expect(typeof grades?.getCell('G2').value).toBe('number');
	expect(grades?.getCell('E2').value).toBeInstanceOf(Date);
	expect(grades?.getCell('J3').value).toBe(1);
	expect(answers?.rowCount).toBe(1 + 8);

	// The blank quiz and its key print on A4.
	for (const [path, expected] of [
		['print', /Imię i nazwisko|Name/],
		['print?key=yes', /Odpowiedź|Answer/]
	] as const) {
		await page.goto(`${assignmentUrl}/${path}`);
		await expectAccessible(page);
		const prompt = (await page.locator('.paper-questions .prompt').first().textContent()) ?? '';
		// The page's own @page rule sets the paper: A4 is 595.28 × 841.89 pt.
		const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		for (const sheet of pdf) expectA4(sheet);
		const text = pdf
			.map((sheet) => sheet.text)
			.join(' ')
			.replace(/\s+/g, ' ');
		expect(text).toMatch(expected);
		expect(text).toContain(prompt.trim().split(/\s+/).slice(0, 3).join(' '));
		expect(text).not.toMatch(/Dla nauczycieli|For teachers/);
	}
	await piotr.page.emulateMedia({ media: 'print' });
	const results = await readPdf(await piotr.page.pdf({ preferCSSPageSize: true }));
	for (const sheet of results) expectA4(sheet);
	expect(results.map((sheet) => sheet.text).join(' ')).toContain('Dobry tok rozumowania.');

	// A copy for another class, then the original archived.
	await page.goto(assignmentUrl);
	await page.getByLabel(/Tytuł kopii|Copy's title/).fill('Kursk 3c');
	await page.getByRole('button', { name: /Zrób kopię|Duplicate/ }).click();
	await expect(page).toHaveURL(/\/teacher\/assignments\/as_/);
	expect(page.url()).not.toBe(assignmentUrl);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kursk 3c');
	await expect(page.locator('.join-code')).not.toHaveText(code);
	await expect(page.locator('section.settings dl')).toContainText('25 min');

	await page.goto(assignmentUrl);
	await page.getByRole('button', { name: /Przenieś do archiwum|^Archive$/ }).click();
	await expect(page).toHaveURL(/\/teacher$/);
	await expect(page.getByRole('link', { name: 'Kursk 3c' })).toBeVisible();
	await expect(page.locator(`a[href="${new URL(assignmentUrl).pathname}"]`)).toHaveCount(0);
	await page.getByRole('link', { name: /Zarchiwizowane zadania|Archived assignments/ }).click();
	await expect(page.locator(`a[href="${new URL(assignmentUrl).pathname}"]`)).toBeVisible();
	await expectAccessible(page);

	await ola.context.close();
	await piotr.context.close();
});

test('/teacher/assignments/new without a module says what is missing', async ({ page }) => {
	await signUpTeacher(page, 'nomodule@school.pl');
	const response = await page.goto('/teacher/assignments/new');
	expect(response?.status()).toBe(404);
	await expect(page.getByText(/Nie wybrano modułu|No module was chosen/)).toBeVisible();
});
