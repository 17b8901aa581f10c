import { test as base, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { E2E_DATABASE } from '../../playwright.config';
import { ROLES, TestPlatform } from '../support/lti-platform';
import { expect, expectAccessible, test } from './support';

/**
 * LTI in Chromium: the administrator registers the test platform from the admin page, and an
 * instructor goes from the LMS through login, launch and the deep-linking picker back to the LMS.
 */

const PASSWORD = 'correct horse battery';

/** The instance's administrator: the first teacher (e2e teachers share one password). */
function firstTeacherEmail(): string {
	const db = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
	try {
		const row = db
			.prepare(
				"select email from teachers where email not like '%@lti.invalid' order by created_at, id limit 1"
			)
			.get() as { email: string } | undefined;
		if (!row) throw new Error('no teacher in the e2e database');
		return row.email;
	} finally {
		db.close();
	}
}

async function signInAsAdministrator(page: Page, email: string) {
	await page.goto('/teacher/sign-up?lang=en');
	await page.getByLabel('Your name').fill('Lena Admin');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL(/\/teacher$/);
	const admin = firstTeacherEmail();
	if (admin === email) return;
	await page.context().clearCookies();
	await page.goto('/teacher/sign-in?lang=en');
	await page.getByLabel('Email').fill(admin);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/teacher$/);
}

let platform: TestPlatform;
base.beforeAll(async () => {
	platform = await new TestPlatform().start();
});
base.afterAll(() => platform.stop());

test("the admin page shows the tool's URLs (pl, axe)", async ({ page, baseURL }) => {
	await signInAsAdministrator(page, 'lti-admin-pl@school.pl');
	await page.goto('/teacher/admin?lang=pl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
	await expect(page.getByText(`${baseURL}/lti/jwks`)).toBeVisible();
	await expectAccessible(page);
});

// The LMS is another origin: this test leaves the site on purpose, so it uses Playwright's own
// `test` (without the guard against third-party requests) and watches CSP itself.
base(
	'the administrator registers the LMS, an instructor adds a quiz, a learner lands in it (axe)',
	async ({ page, browser, baseURL }) => {
		const violations: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
				violations.push(message.text());
			}
		});
		platform.toolUrl = baseURL ?? '';
		await signInAsAdministrator(page, 'lti-admin-en@school.pl');
		await page.goto('/teacher/admin?lang=en');
		await expect(page.getByText(`${baseURL}/lti/jwks`)).toBeVisible();
		await expectAccessible(page);
		const registration = platform.registration();
		await page.getByLabel('Name', { exact: true }).fill(registration.name);
		await page.getByLabel('Issuer').fill(registration.issuer);
		await page.getByLabel('Client ID').fill(registration.clientId);
		await page.getByLabel('OIDC auth login URL').fill(registration.authLoginUrl);
		await page.getByLabel('OAuth2 token URL').fill(registration.authTokenUrl);
		await page.getByLabel('Platform keyset URL').fill('keys');
		await page.getByLabel('Deployment IDs (one per line)').fill(registration.deploymentIds[0]!);
		await page.getByRole('button', { name: 'Register' }).click();
		await expect(page.getByLabel('Platform keyset URL')).toHaveAttribute('aria-invalid', 'true');
		await expectAccessible(page);
		await page.getByLabel('Platform keyset URL').fill(registration.keysetUrl);
		await page.getByRole('button', { name: 'Register' }).click();
		await expect(page.getByRole('status')).toContainText('Platform Test LMS registered.');
		await expect(
			page.getByRole('listitem').filter({ hasText: registration.clientId })
		).toBeVisible();

		platform.next = {
			messageType: 'LtiDeepLinkingRequest',
			sub: 'u-teacher',
			roles: ROLES.instructor
		};
		const query = new URLSearchParams({
			iss: platform.url,
			login_hint: 'hint',
			target_link_uri: `${baseURL}/lti/launch`,
			client_id: platform.clientId
		});
		await page.goto(`/lti/login?${query}`);
		await expect(page).toHaveURL(new RegExp(`^${platform.url}/auth`));
		await page.getByRole('button', { name: 'Continue to the tool' }).click();
		await expect(page).toHaveURL(/\/lti\/deep-link\/[\w-]{43}$/);
		await expectAccessible(page);
		await page.getByLabel(/^(Module|Moduł)$/).selectOption('kursk');
		await page.getByLabel(/Number of questions|Liczba pytań/).fill('3');
		await page.getByRole('button', { name: /Add to the course|Dodaj do kursu/ }).click();
		// The return page posts the signed response to the LMS by itself.
		await expect(page).toHaveURL(`${platform.url}/deep-link-return`);
		await expect(page.getByText('received')).toBeVisible();
		expect(platform.deepLinkResponses).toHaveLength(1);

		// A learner opens the new activity from the course and lands in their own attempt.
		const [item] = platform.deepLinkResponses[0]![
			'https://purl.imsglobal.org/spec/lti-dl/claim/content_items'
		] as { custom: { assignment: string } }[];
		platform.next = {
			sub: 'u-ola',
			name: 'Ola Kowalska',
			roles: ROLES.learner,
			custom: item!.custom
		};
		const learner = await browser.newContext({ baseURL });
		const learnerPage = await learner.newPage();
		await learnerPage.goto(`/lti/login?${query}`);
		await learnerPage.getByRole('button', { name: 'Continue to the tool' }).click();
		await expect(learnerPage).toHaveURL(/\/quiz\/a_[\w-]+\/1$/);
		await expect(learnerPage.locator('form').first()).toBeVisible();
		await learner.close();

		// A refused launch is a page of its own, readable by everyone.
		await page.goto(`${baseURL}/lti/login?lang=en`);
		await expect(page.getByRole('heading', { name: 'LMS launch refused' })).toBeVisible();
		await expectAccessible(page);
		expect(violations).toEqual([]);
	}
);
