import type { Browser, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import type { QuestionWithKey } from '../../src/lib/quiz/question';
import { E2E_DATABASE } from '../../playwright.config';
import { expect, expectAccessible, signUpTeacher, test } from './support';

test.use({ locale: 'pl-PL' });

/**
 * A whole live game: the teacher's control view, the projector (a second tab of the teacher's)
 * and three phones, each phone a browser context of its own. One phone reloads mid-question and
 * finds its answer kept; one has no JavaScript, so its form is still on screen after the close,
 * and the answer it sends then is refused. The results land in the assignment's results page.
 */

/** The session's questions with keys, read from the app's database: the test knows the key. */
function liveQuestions(sessionId: string): QuestionWithKey[] {
	const db = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
	try {
		const row = db.prepare('select questions from live_sessions where id = ?').get(sessionId) as
			{ questions: string } | undefined;
		if (!row) throw new Error(`no live session ${sessionId}`);
		return JSON.parse(row.questions) as QuestionWithKey[];
	} finally {
		db.close();
	}
}

async function joinPhone(
	browser: Browser,
	baseURL: string | undefined,
	code: string,
	nickname: string,
	javaScriptEnabled = true
) {
	const context = await browser.newContext({ baseURL, javaScriptEnabled, locale: 'pl-PL' });
	const page = await context.newPage();
	await page.goto(`/live?code=${code}`);
	await page.getByLabel('Pseudonim').fill(nickname);
	await page.getByRole('button', { name: 'Dołącz' }).click();
	await expect(page).toHaveURL(/\/live\/play$/);
	await expect(
		page.getByRole('heading', { name: `Jesteś w grze jako ${nickname}.` })
	).toBeVisible();
	return { context, page };
}

/** Answers on a phone as a pupil would: a tap on a big button, ticks and Send, or typing. */
async function answerOn(page: Page, question: QuestionWithKey, right: boolean) {
	switch (question.type) {
		case 'single-choice':
		case 'true-false': {
			const choice = question.choices.find(
				(option) => question.key.choiceIds.includes(option.id) === right
			);
			await page.locator(`button[name="answer"][value="${choice?.id}"]`).click();
			return;
		}
		case 'multiple-response': {
			const chosen = question.choices.filter(
				(option) => question.key.choiceIds.includes(option.id) === right
			);
			for (const option of chosen.length ? chosen : question.choices.slice(0, 1)) {
				await page.locator(`input[name="answer"][value="${option.id}"]`).check();
			}
			await page.getByRole('button', { name: 'Wyślij' }).click();
			return;
		}
		case 'numeric':
			await page.getByLabel('Twoja odpowiedź').fill(right ? String(question.key.value) : '987654');
			await page.getByRole('button', { name: 'Wyślij' }).click();
			return;
		case 'cloze':
		case 'short-answer':
			await page.getByLabel('Twoja odpowiedź').fill(right ? question.key.value : 'nie wiem');
			await page.getByRole('button', { name: 'Wyślij' }).click();
			return;
		case 'ordering': {
			// The key's order by the ↑ buttons; a wrong answer then swaps the first two. Without
			// JavaScript the buttons do nothing and the order shown is sent.
			const textOf = (id: string) => question.choices.find((choice) => choice.id === id)?.text;
			const order = question.key.order.slice();
			if (!right) order.splice(0, 2, order[1] ?? '', order[0] ?? '');
			for (const [place, id] of order.entries()) {
				const items = page.locator('ol.order li .text');
				const shown = await items.allInnerTexts();
				for (let at = shown.indexOf(textOf(id) ?? ''); at > place; at--) {
					await page
						.getByRole('button', { name: `Przesuń wyżej: ${textOf(id)}`, exact: true })
						.click();
				}
			}
			await page.getByRole('button', { name: 'Wyślij' }).click();
			return;
		}
		case 'matching': {
			const ids = question.choices.map((choice) => choice.id);
			for (const [row, item] of question.items.entries()) {
				const key = question.key.pairs[item.id] ?? '';
				const wrong = ids[(ids.indexOf(key) + 1) % ids.length] ?? key;
				await page
					.getByLabel(item.text, { exact: true })
					.selectOption(right || row > 0 ? key : wrong);
			}
			await page.getByRole('button', { name: 'Wyślij' }).click();
			return;
		}
	}
}

test('a teacher runs a whole live game with a projector and three phones', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	await signUpTeacher(page, 'live-anna@school.pl');

	await page.goto('/modules/kursk');
	await page.getByRole('link', { name: 'Uruchom grę na żywo' }).click();
	await expectAccessible(page);
	await page.getByLabel('Liczba pytań').fill('3');
	await page.getByLabel('Sekundy na pytanie').fill('120');
	await page.getByRole('button', { name: 'Utwórz grę' }).click();
	await expect(page).toHaveURL(/\/teacher\/live\/ls_[\w-]+$/);
	const sessionId = /\/teacher\/live\/(ls_[\w-]+)$/.exec(page.url())?.[1] ?? '';
	const questions = liveQuestions(sessionId);
	expect(questions).toHaveLength(3);
	await expectAccessible(page);

	const projector = await page.context().newPage();
	await projector.goto(`/teacher/live/${sessionId}/projector`);
	const code = (await projector.locator('.join-code').innerText()).trim();
	expect(code).toMatch(/^[A-Z0-9]{6}$/);
	await expect(
		projector.getByRole('img', { name: 'Kod QR z linkiem do dołączenia' })
	).toBeVisible();

	const ola = await joinPhone(browser, baseURL, code, 'Ola');
	const bartek = await joinPhone(browser, baseURL, code, 'Bartek');
	const celina = await joinPhone(browser, baseURL, code, 'Celina', false);
	// Names appear on the projector as they join, without a reload.
	await expect(projector.locator('.names li')).toHaveText(['Ola', 'Bartek', 'Celina']);
	await expectAccessible(projector);
	await expectAccessible(ola.page);

	const next = page.locator('form[action="?/next"] button');
	for (const [index, question] of questions.entries()) {
		await next.click();
		await expect(projector.locator('h1.prompt')).toHaveText(question.prompt);
		await expect(ola.page.locator('h1.prompt')).toHaveText(question.prompt);
		await expect(bartek.page.locator('h1.prompt')).toHaveText(question.prompt);
		await celina.page.reload();
		await expect(celina.page.locator('h1.prompt')).toHaveText(question.prompt);
		if (index === 0) {
			await expectAccessible(projector);
			await expectAccessible(ola.page);
		}

		await answerOn(ola.page, question, true);
		await expect(ola.page.getByText('Odpowiedź wysłana. Poczekaj na wynik.')).toBeVisible();
		await answerOn(bartek.page, question, false);
		await expect(bartek.page.getByText('Odpowiedź wysłana. Poczekaj na wynik.')).toBeVisible();
		if (index === 0) {
			// Bartek's phone reloads mid-question: it comes back to the question, its answer kept.
			await bartek.page.reload();
			await expect(bartek.page.locator('h1.prompt')).toHaveText(question.prompt);
			await expect(bartek.page.getByText('Odpowiedź wysłana. Poczekaj na wynik.')).toBeVisible();
			// Celina answers too: everyone has, so the question closes by itself.
			await answerOn(celina.page, question, true);
		} else {
			await expect(page.getByText('Odpowiedzi: 2 z 3')).toBeVisible();
			await next.click();
			// Celina's phone (no JavaScript) still shows the form: her late answer is refused.
			await answerOn(celina.page, question, true);
			await expect(celina.page.getByRole('alert')).toHaveText(
				'Czas minął: tej odpowiedzi już nie przyjęto.'
			);
		}

		await expect(projector.getByText('Zdanie z artykułu')).toBeVisible();
		await expect(projector.locator('blockquote')).toHaveText(question.evidence.join(' '));
		await expect(ola.page.getByRole('heading', { name: 'Dobrze!' })).toBeVisible();
		await expect(bartek.page.locator('h1.verdict')).not.toHaveText('Dobrze!');
		if (index === 0) {
			await expectAccessible(projector);
			await expectAccessible(ola.page);
			await expectAccessible(page);
		}
		await next.click();
		if (index < questions.length - 1) {
			await expect(projector.getByRole('heading', { name: 'Ranking' })).toBeVisible();
			await expect(projector.locator('.leaderboard li').first()).toContainText('Ola');
		}
	}

	await expect(projector.getByRole('heading', { name: 'Podium' })).toBeVisible();
	await expect(projector.locator('.podium li').first()).toContainText('Ola');
	await expect(ola.page.getByRole('heading', { name: 'Koniec gry. Dziękujemy!' })).toBeVisible();
	await expect(ola.page.getByText('Jesteś na 1. miejscu', { exact: false })).toBeVisible();
	await expectAccessible(projector);
	await expectAccessible(ola.page);

	// The teacher's reloaded control view has lost nothing; the results are the assignment's.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Gra zakończona' })).toBeVisible();
	await page.getByRole('link', { name: /Wyniki w zadaniu/ }).click();
	for (const name of ['Ola', 'Bartek', 'Celina']) {
		await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
	}
	for (const phone of [ola, bartek, celina]) await phone.context.close();
});

test('ordering and matching asked live: buttons and selects on a phone, partial credit', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(240_000);
	await signUpTeacher(page, 'live-ewa@school.pl');
	// An assignment of ordering and matching questions only, played live.
	await page.goto('/teacher/assignments/new?module=kursk');
	await page.getByLabel('Liczba pytań').fill('4');
	await page.locator('input[name="types"][value="ordering"]').check();
	await page.locator('input[name="types"][value="matching"]').check();
	await page.getByRole('button', { name: 'Utwórz zadanie' }).click();
	await expect(page).toHaveURL(/\/teacher\/assignments\/as_/);
	await page.getByRole('link', { name: 'Uruchom grę na żywo' }).click();
	await page.getByLabel('Sekundy na pytanie').fill('120');
	await page.getByRole('button', { name: 'Utwórz grę' }).click();
	await expect(page).toHaveURL(/\/teacher\/live\/ls_[\w-]+$/);
	const sessionId = /\/teacher\/live\/(ls_[\w-]+)$/.exec(page.url())?.[1] ?? '';
	const questions = liveQuestions(sessionId);
	const types = new Set(questions.map((question) => question.type));
	expect(questions.length).toBeGreaterThan(0);
	expect([...types].every((type) => type === 'ordering' || type === 'matching')).toBe(true);
	const projector = await page.context().newPage();
	await projector.goto(`/teacher/live/${sessionId}/projector`);
	const code = (await projector.locator('.join-code').innerText()).trim();
	const ola = await joinPhone(browser, baseURL, code, 'Ola');
	const bartek = await joinPhone(browser, baseURL, code, 'Bartek');

	const next = page.locator('form[action="?/next"] button');
	const seen = new Set<string>();
	for (const [index, question] of questions.entries()) {
		await next.click();
		await expect(ola.page.locator('h1.prompt')).toHaveText(question.prompt);
		if (!seen.has(question.type)) await expectAccessible(ola.page);
		await answerOn(ola.page, question, true);
		await answerOn(bartek.page, question, false);
		await expect(projector.locator('blockquote')).toHaveText(question.evidence.join(' '));
		await expect(ola.page.getByRole('heading', { name: 'Dobrze!' })).toBeVisible();
		await expect(bartek.page.getByRole('heading', { name: 'Częściowo dobrze' })).toBeVisible();
		await expect(projector.locator('.bars li').nth(1)).toContainText('1');
		if (!seen.has(question.type)) {
			await expectAccessible(projector);
			await expectAccessible(bartek.page);
		}
		seen.add(question.type);
		if (seen.size === types.size) break;
		await next.click();
		if (index < questions.length - 1) {
			await expect(projector.getByRole('heading', { name: 'Ranking' })).toBeVisible();
		}
	}
	expect(seen).toEqual(types);
	for (const phone of [ola, bartek]) await phone.context.close();
});

test('the join page and its refusals pass axe in English', async ({ page }) => {
	await page.goto('/live?lang=en');
	await expect(page.getByRole('heading', { name: 'Join a live game' })).toBeVisible();
	await page.getByLabel('Nickname').fill('Ola');
	await page.getByLabel('Game code').fill('ZZZZZZ');
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page.getByText('There is no game with that code.', { exact: false })).toBeVisible();
	await expect(page.getByLabel('Game code')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page);
});
