import type { Page } from '@playwright/test';
import {
	expect,
	expectAccessible,
	questionsOf,
	startQuizWith,
	test,
	signUpTeacher
} from './support';

/**
 * What a learner has on top of the plain forms: a live countdown on timed quizzes, and drag and
 * drop for ordering and matching (the selects stay the keyboard and no-JavaScript way).
 */

test('a timed quiz counts down from the server clock and speaks in the last minute', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	await signUpTeacher(page, 'timer@school.pl');
	await page.goto('/teacher/assignments/new?module=kursk');
	await page.getByLabel(/Liczba pytań|Number of questions/).fill('3');
	await page.getByLabel(/Limit czasu|Time limit/).fill('1');
	await page.getByRole('button', { name: /Utwórz zadanie|Create assignment/ }).click();
	const code = (await page.locator('.join-code').textContent())?.trim() ?? '';

	// The learner's own clock is ten minutes fast: the countdown must not care.
	const context = await browser.newContext({ baseURL });
	await context.addInitScript(() => {
		const realNow = Date.now.bind(Date);
		Date.now = () => realNow() + 10 * 60 * 1000;
	});
	const student = await context.newPage();
	await student.goto('/join');
	await student.getByLabel(/Kod dołączenia|Join code/).fill(code);
	await student.getByLabel(/Twoje imię|Your name/).fill('Ola');
	await student.getByRole('button', { name: /Dołącz|Join/ }).click();
	await student.getByRole('button', { name: /Rozpocznij|Start/ }).click();
	await expect(student).toHaveURL(/\/quiz\/a_[^/]+\/1$/);

	const timer = student.getByRole('timer');
	await expect(timer).toBeVisible();
	await expect(timer).toHaveText(/(Pozostały czas|Time left): 0:[45]\d|1:00/);
	const first = (await timer.textContent()) ?? '';
	await student.waitForTimeout(2100);
	expect(await timer.textContent()).not.toBe(first);
	// The timer itself is not read out every second; the polite region says less, and less often.
	await expect(timer).not.toHaveAttribute('aria-live', /polite|assertive/);
	const announcer = student.locator('.countdown-announcement');
	await expect(announcer).toHaveAttribute('aria-live', 'polite');
	await expect(announcer).toHaveText(/(Pozostało sekund|Seconds left): (60|30)\./, {
		timeout: 40_000
	});
	// The static deadline stays for browsers without JavaScript.
	await expect(student.getByText(/Czas mija o|Time is up at/)).toBeVisible();
	await expectAccessible(student);
	await context.close();

	const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const plain = await noScript.newPage();
	await plain.goto('/join');
	await plain.getByLabel(/Kod dołączenia|Join code/).fill(code);
	await plain.getByLabel(/Twoje imię|Your name/).fill('Piotr');
	await plain.getByRole('button', { name: /Dołącz|Join/ }).click();
	await plain.getByRole('button', { name: /Rozpocznij|Start/ }).click();
	await expect(plain.getByText(/Czas mija o|Time is up at/)).toBeVisible();
	await expect(plain.getByRole('timer')).toBeHidden();
	await noScript.close();
});

/** Drags from one element's centre to another point, in small steps, as a hand would. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move(to.x, to.y, { steps: 12 });
	await page.mouse.up();
}

async function centre(page: Page, selector: string, index = 0) {
	const box = await page.locator(selector).nth(index).boundingBox();
	if (!box) throw new Error(`${selector} is not on the page`);
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('ordering is answered by dragging rows, and the positions are saved', async ({ page }) => {
	const { attemptId, index } = await startQuizWith(page, 'ordering');
	await page.goto(`/quiz/${attemptId}/${index + 1}`);
	const selects = page.locator('#answer-form ul.options li.pair select');
	const count = await selects.count();
	await expect(page.locator('.drag-handle')).toHaveCount(count);
	const firstLabel = (await page.locator('#answer-form li.pair label').first().textContent()) ?? '';
	// The first row dragged below the last.
	const last = await centre(page, '.drag-handle', count - 1);
	await drag(page, await centre(page, '.drag-handle', 0), { x: last.x, y: last.y + 30 });
	await expect(page.locator('#answer-form li.pair label').last()).toHaveText(firstLabel);
	// Every select holds its row's place now, 1..n down the list.
	for (let place = 0; place < count; place++)
		await expect(selects.nth(place)).toHaveValue(String(place + 1));
	await expect(page.locator('.autosave')).toHaveText(/zapisan|saved/i);
	await expectAccessible(page);
	// The server has the order: a reload shows the same positions.
	await page.reload();
	const question = questionsOf(attemptId)[index];
	expect(question?.type).toBe('ordering');
	await expect(page.locator('#answer-form li.pair label').last()).toHaveText(firstLabel);
});

test('matching is answered by dropping figures on items, on a phone too', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const { attemptId, index } = await startQuizWith(page, 'matching');
	await page.goto(`/quiz/${attemptId}/${index + 1}`);
	const chips = page.locator('.drag-chip');
	await expect(chips.first()).toBeVisible();
	const chipText = (await chips.first().textContent()) ?? '';
	await drag(
		page,
		await centre(page, '.drag-chip', 0),
		await centre(page, 'ul.matching li.pair', 0)
	);
	const select = page.locator('ul.matching li.pair select').first();
	await expect(select.locator('option:checked')).toHaveText(chipText);
	await expect(page.locator('.autosave')).toHaveText(/zapisan|saved/i);
	await expectAccessible(page);
	await page.screenshot({ path: 'test-results/matching-phone.png' });
});

for (const locale of ['pl', 'en'] as const) {
	test(`the home page, a module and /me with its history pass axe in ${locale}`, async ({
		page
	}) => {
		await page.goto(`/?lang=${locale}`);
		await expect(page.locator('.lead-text').first()).toBeVisible();
		await expectAccessible(page);
		await page.goto('/modules/kursk');
		await expect(page.locator('article time')).toHaveText(
			locale === 'pl' ? 'styczeń 2025' : 'January 2025'
		);
		await page.locator('select[name="count"]').selectOption('5');
		await page.locator('form.start-quiz button[type="submit"]').click();
		await page.waitForURL(/\/quiz\/a_[^/]+\/1$/);
		await page.goto(page.url().replace(/\/1$/, '/summary'));
		await page.getByRole('button', { name: /Oddaj quiz|Submit the quiz/ }).click();
		await page.goto('/me');
		await expect(page.getByRole('heading', { name: /Twoja historia|Your history/ })).toBeVisible();
		await expect(page.getByRole('table').first()).toContainText('/ 5');
		await expectAccessible(page);
		await page.setViewportSize({ width: 390, height: 844 });
		await page.screenshot({ path: `test-results/me-phone-${locale}.png`, fullPage: true });
	});
}
