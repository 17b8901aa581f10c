import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import type { QuestionWithKey } from '../../src/lib/quiz/question';
import { polishWords } from '../../src/lib/testing/polish-words';
import { E2E_DATABASE as DATABASE } from '../../playwright.config';

/**
 * Every page of every test is watched: any request to another origin fails the test, since
 * schools must be able to run factquiz on a closed network; and any Content-Security-Policy
 * violation fails it too, in every browser context a test opens, so a page that the policy
 * breaks (an inline script, a style, the QR code, the live results) cannot pass unnoticed.
 */
export const test = base.extend<{ foreignRequests: string[]; cspViolations: string[] }>({
	foreignRequests: [
		async ({ page, baseURL }, use) => {
			const foreign: string[] = [];
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
			});
			await use(foreign);
			expect(foreign, 'requests to third parties').toEqual([]);
		},
		{ auto: true }
	],
	cspViolations: [
		async ({ context, browser }, use) => {
			const violations: string[] = [];
			const watch = async (watched: BrowserContext) => {
				// The event, for what the console may not say; the browser's own console error too
				// (it is there even where JavaScript is off).
				await watched.addInitScript(() => {
					document.addEventListener('securitypolicyviolation', (event) => {
						console.error(
							`CSP violation on ${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`
						);
					});
				});
				watched.on('console', (message) => {
					if (
						message.type() === 'error' &&
						/Content Security Policy|CSP violation/i.test(message.text())
					) {
						violations.push(`${message.location().url}: ${message.text()}`);
					}
				});
			};
			await watch(context);
			const newContext = browser.newContext.bind(browser);
			browser.newContext = async (options) => {
				const created = await newContext(options);
				await watch(created);
				return created;
			};
			try {
				await use(violations);
			} finally {
				browser.newContext = newContext;
			}
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

/** Signs a new teacher up in the page's browser context (signed in afterwards), in either UI language. */
export async function signUpTeacher(page: Page, email: string): Promise<void> {
	await page.goto('/teacher/sign-up');
	await page.getByLabel(/Imię i nazwisko|Your name/).fill('Anna Nowak');
	await page.getByLabel(/E-mail|Email/).fill(email);
	await page.getByLabel(/Hasło|Password/).fill('correct horse battery');
	await page.getByRole('button', { name: /Załóż konto|Create account/ }).click();
	await expect(page).toHaveURL(/\/teacher$/);
}

/** The attempt's questions with keys, read from the app's database: the test knows what the learner cannot. */
export function questionsOf(attemptId: string): QuestionWithKey[] {
	const db = new Database(DATABASE, { readonly: true, fileMustExist: true });
	try {
		const row = db.prepare('select questions from attempts where id = ?').get(attemptId) as
			{ questions: string } | undefined;
		if (!row) throw new Error(`no attempt ${attemptId} in ${DATABASE}`);
		return JSON.parse(row.questions) as QuestionWithKey[];
	} finally {
		db.close();
	}
}

export function attemptIdOf(page: Page): string {
	const match = /\/quiz\/(a_[A-Za-z0-9_-]+)/.exec(page.url());
	if (!match?.[1]) throw new Error(`not on a quiz page: ${page.url()}`);
	return match[1];
}

export async function startQuiz(
	page: Page,
	options: { count?: number; openBook?: boolean; moduleId?: string } = {}
) {
	await page.goto(`/modules/${options.moduleId ?? 'kursk'}`);
	await page.locator('select[name="count"]').selectOption(String(options.count ?? 10));
	if (options.openBook) await page.locator('input[name="openBook"]').check();
	await page.locator('form.start-quiz button[type="submit"]').click();
	await page.waitForURL(/\/quiz\/a_[^/]+\/1$/);
	return attemptIdOf(page);
}

/**
 * Starts 20-question quizzes as new learners (a new seed each) until one holds a question of
 * `type`: a quiz asks each fact once, so a type that shares facts with others is not in every
 * quiz (numeric questions are missing from about one in nine, ordering from two in three).
 * Returns the attempt and the 0-based index of the first such question.
 */
export async function startQuizWith(
	page: Page,
	type: QuestionWithKey['type'],
	language?: 'pl' | 'en'
): Promise<{ attemptId: string; index: number }> {
	for (let tries = 0; tries < 30; tries++) {
		await page.context().clearCookies();
		if (language) await page.goto(`/?lang=${language}`);
		const attemptId = await startQuiz(page, { count: 20 });
		const index = questionsOf(attemptId).findIndex((question) => question.type === type);
		if (index >= 0) return { attemptId, index };
	}
	throw new Error(`no ${type} question in 30 quizzes`);
}

export type AnswerStyle = 'digits' | 'words' | 'wrong';

function spelled(value: number): string {
	if (value === 0.5) return 'połowa';
	return Number.isInteger(value) ? polishWords(value) : String(value).replace('.', ',');
}

/** Fills in the current question the way a learner would: typing, clicking labels, choosing in selects. */
export async function answer(page: Page, question: QuestionWithKey, style: AnswerStyle) {
	const form = page.locator('#answer-form');
	switch (question.type) {
		case 'numeric': {
			const text =
				style === 'wrong'
					? '123456'
					: style === 'words'
						? spelled(question.key.value)
						: String(question.key.value);
			await form.getByLabel(/Twoja odpowiedź|Your answer/).fill(text);
			return;
		}
		case 'cloze':
		case 'short-answer':
			await form
				.getByLabel(/Twoja odpowiedź|Your answer/)
				.fill(style === 'wrong' ? 'zupełnie nie wiem' : question.key.value);
			return;
		case 'single-choice':
		case 'true-false':
		case 'multiple-response': {
			const right = question.choices.filter((choice) => question.key.choiceIds.includes(choice.id));
			const wrong = question.choices.filter(
				(choice) => !question.key.choiceIds.includes(choice.id)
			);
			for (const choice of style === 'wrong' ? wrong.slice(0, 1) : right) {
				await form.locator(`input[name="answer"][value="${choice.id}"]`).check();
			}
			return;
		}
		case 'ordering': {
			const order = style === 'wrong' ? [...question.key.order].reverse() : question.key.order;
			for (const [index, id] of order.entries()) {
				await form.locator(`select[name="answer.${id}"]`).selectOption(String(index + 1));
			}
			return;
		}
		case 'matching': {
			const choiceIds = question.choices.map((choice) => choice.id);
			for (const item of question.items) {
				const right = question.key.pairs[item.id] ?? '';
				// A derangement: every item gets the figure of another one.
				const wrong = choiceIds[(choiceIds.indexOf(right) + 1) % choiceIds.length] ?? '';
				await form
					.locator(`select[name="answer.${item.id}"]`)
					.selectOption(style === 'wrong' ? wrong : right);
			}
			return;
		}
	}
}

/** Answers every question of the attempt from the current page on, then submits it. */
export async function takeWholeQuiz(page: Page, attemptId: string, style: AnswerStyle) {
	const questions = questionsOf(attemptId);
	for (const [index, question] of questions.entries()) {
		await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/${index + 1}$`));
		// The address changes before the page does, and two questions may share a prompt
		// ("Dopasuj liczby…"): wait for this question's own number in the heading.
		await expect(page.locator('#question-heading')).toHaveText(
			new RegExp(`\\b${index + 1} / ${questions.length}$`)
		);
		await expect(page.locator('#answer-form legend')).toHaveText(question.prompt);
		await answer(page, question, style);
		await page.locator('#answer-form .actions button.primary').click();
	}
	await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/summary$`));
	await page.getByRole('button', { name: /Oddaj quiz|Submit the quiz/ }).click();
	await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
	return questions;
}

export async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(
		results.violations.map(
			(violation) =>
				`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
		),
		`axe violations on ${page.url()}`
	).toEqual([]);
}
