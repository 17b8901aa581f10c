import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines, type TestDatabase } from './db/engines';
import { Learner } from './support/browserless';
import { ROLES, TestPlatform, type LaunchSpec } from './support/lti-platform';
import { startApp, type RunningApp } from './support/server';

/**
 * LTI 1.3 Advantage through the built app, on each engine, against the test platform: deep
 * linking, learner and instructor launches, every validation failure with its message, scores
 * sent after submit (retried after a 500, never twice), the roster, and the admin page.
 */

const EN = { 'accept-language': 'en' };
const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(read: () => T | undefined | false, what: string, ms = 15_000): Promise<T> {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = read();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(100);
	}
}

describe.each(await testEngines())('LTI 1.3 through the app on $name', (engine) => {
	let database: TestDatabase;
	let app: RunningApp;
	let platform: TestPlatform;
	const folder = mkdtempSync(join(tmpdir(), 'factquiz-lti-'));
	const contentDir = join(folder, 'questions');
	let assignmentId = '';

	beforeAll(async () => {
		if (engine.skip) return;
		platform = await new TestPlatform().start();
		const platformsFile = join(folder, 'platforms.json');
		writeFileSync(platformsFile, JSON.stringify([platform.registration()]));
		cpSync('questions', contentDir, { recursive: true });
		database = await engine.create();
		app = await startApp({
			DATABASE_URL: database.url,
			FACTQUIZ_LTI_PLATFORMS: platformsFile,
			CONTENT_DIR: contentDir
		});
		platform.toolUrl = app.url;
		platform.members = [
			{ user_id: 'u-ola', name: 'Ola Kowalska', roles: ROLES.learner },
			{ user_id: 'u-piotr', name: 'Piotr Zieliński', roles: ROLES.learner },
			{ user_id: 'u-jan', name: 'Jan Nowak', roles: ROLES.learner },
			{ user_id: 'u-teacher', name: 'Anna Wiśniewska', roles: ROLES.instructor }
		];
	}, 60_000);

	afterAll(async () => {
		await app?.stop();
		await database?.drop();
		await platform?.stop();
		rmSync(folder, { recursive: true, force: true });
	});

	/** The login the LMS starts, and the id_token its auth endpoint answers with. */
	async function login(browser: Learner, spec: LaunchSpec = {}) {
		platform.next = spec;
		const query = new URLSearchParams({
			iss: platform.url,
			login_hint: 'a6d5c443',
			target_link_uri: `${app.url}/lti/launch`,
			lti_message_hint: 'message-hint-1',
			client_id: platform.clientId,
			lti_deployment_id: platform.deploymentId
		});
		const started = await browser.get(`/lti/login?${query}`);
		expect(started.status, await started.clone().text()).toBe(302);
		const location = new URL(started.headers.get('location') ?? '');
		expect(location.origin + location.pathname).toBe(`${platform.url}/auth`);
		expect(location.searchParams.get('redirect_uri')).toBe(`${app.url}/lti/launch`);
		expect(location.searchParams.get('lti_message_hint')).toBe('message-hint-1');
		const page = await (await fetch(location)).text();
		const idToken = /name="id_token" value="([^"]+)"/.exec(page)?.[1];
		const state = /name="state" value="([^"]+)"/.exec(page)?.[1];
		if (!idToken || !state) throw new Error(`the platform answered no id_token: ${page}`);
		return { id_token: idToken, state };
	}

	/** The launch as the LMS's page posts it: cross-site, from the platform's origin. */
	const post = (browser: Learner, fields: { id_token: string; state: string }) =>
		browser.post('/lti/launch', fields, platform.url);

	async function launch(browser: Learner, spec: LaunchSpec) {
		const launched = await post(browser, await login(browser, spec));
		expect(launched.status, await launched.clone().text()).toBe(303);
		return launched.headers.get('location') ?? '';
	}

	/** A launch that goes on in the same window: the ticket's page sets cookies and redirects. */
	async function launchInto(browser: Learner, spec: LaunchSpec) {
		const ticket = await launch(browser, spec);
		expect(ticket).toMatch(/^\/lti\/continue\/[\w-]{43}$/);
		const landed = await browser.get(ticket);
		expect(landed.status).toBe(303);
		return landed.headers.get('location') ?? '';
	}

	async function refusal(spec: LaunchSpec, code: string, message: RegExp) {
		const browser = new Learner(app.url, EN);
		const refused = await post(browser, await login(browser, spec));
		const page = await refused.text();
		expect(refused.status).toBe(401);
		expect(page).toContain(`data-refusal="${code}"`);
		expect(page).toMatch(message);
		expect(app.output()).toContain(`LTI launch refused (${code})`);
		return page;
	}

	const learner = (sub: string, name: string): LaunchSpec => ({
		sub,
		name,
		roles: ROLES.learner,
		custom: { assignment: assignmentId }
	});

	async function submitNumeric(student: Learner, attemptPath: string, answer = '11000') {
		const attempt = /^\/quiz\/(a_[\w-]+)\/1$/.exec(attemptPath)?.[1];
		if (!attempt) throw new Error(`not an attempt: ${attemptPath}`);
		expect((await student.post(`/quiz/${attempt}/1`, { answer, go: 'stay' })).status).toBe(200);
		expect((await student.post(`/quiz/${attempt}/summary?/submit`, {})).status).toBe(303);
		return attempt;
	}

	it.skipIf(engine.skip)(
		'deep linking: an instructor picks a module, the LMS gets a signed ltiResourceLink with a lineItem',
		async () => {
			const instructor = new Learner(app.url, EN);
			const picker = await launch(instructor, {
				messageType: 'LtiDeepLinkingRequest',
				sub: 'u-teacher',
				roles: ROLES.instructor
			});
			expect(picker).toMatch(/^\/lti\/deep-link\/[\w-]{43}$/);
			const page = await instructor.get(picker);
			expect(page.status).toBe(200);
			// Shown in the LMS's iframe: framing is allowed for the LTI pages only.
			expect(page.headers.get('content-security-policy')).toContain('frame-ancestors *');
			expect(await page.text()).toContain('name="module"');
			const chosen = await instructor.post(picker, {
				module: 'kursk',
				title: 'Kursk quiz',
				count: '1',
				maxAttempts: '1',
				feedback: 'after-submit',
				types: 'numeric',
				facts: 'troops-sent'
			});
			expect(chosen.status, await chosen.clone().text()).toBe(303);
			const back = await instructor.get(chosen.headers.get('location') ?? '');
			expect(back.status).toBe(200);
			const html = await back.text();
			const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
			const jwt = /name="JWT" value="([^"]+)"/.exec(html)?.[1];
			expect(action).toBe(`${platform.url}/deep-link-return`);
			expect(back.headers.get('content-security-policy')).toContain(
				`form-action 'self' ${platform.url}`
			);
			// The platform checks the response against the tool's JWKS (jose, in the test platform).
			const returned = await fetch(action!, {
				method: 'POST',
				body: new URLSearchParams({ JWT: jwt! })
			});
			expect(returned.status).toBe(200);
			const response = platform.deepLinkResponses[0]!;
			expect(response[`${LTI}message_type`]).toBe('LtiDeepLinkingResponse');
			expect(response[`${LTI}version`]).toBe('1.3.0');
			expect(response[`${LTI}deployment_id`]).toBe(platform.deploymentId);
			expect(response[`${DL}data`]).toBe('csrftoken:c7fbba78-7b75-46e3-9201-11e6d5f36f53');
			const [item] = response[`${DL}content_items`] as Record<string, unknown>[];
			expect(item).toMatchObject({
				type: 'ltiResourceLink',
				title: 'Kursk quiz',
				url: `${app.url}/lti/launch`,
				lineItem: { scoreMaximum: 1, label: 'Kursk quiz' }
			});
			assignmentId = String((item!.custom as Record<string, unknown>).assignment);
			expect(assignmentId).toMatch(/^as_[\w-]{22}$/);
			// The picker's ticket and the return's are good once.
			expect((await instructor.get(picker)).status).toBe(410);
		}
	);

	it.skipIf(engine.skip)(
		'a learner lands in their own attempt, resumes it on relaunch, and the score reaches the gradebook once',
		async () => {
			const ola = new Learner(app.url, EN);
			const first = await launchInto(ola, learner('u-ola', 'Ola Kowalska'));
			expect(first).toMatch(/^\/quiz\/a_[\w-]+\/1$/);
			const again = await launchInto(ola, learner('u-ola', 'Ola Kowalska'));
			expect(again).toBe(first);
			const question = await ola.get(first);
			expect(question.status).toBe(200);
			await submitNumeric(ola, first);
			const [score] = await until(() => platform.scores.length > 0 && platform.scores, 'a score');
			expect(score!.status).toBe(200);
			expect(score!.url).toBe(`${platform.url}/lineitems/1/scores?type=quiz`);
			expect(score!.contentType).toBe('application/vnd.ims.lis.v1.score+json');
			expect(score!.body).toMatchObject({
				userId: 'u-ola',
				scoreGiven: 1,
				scoreMaximum: 1,
				activityProgress: 'Completed',
				gradingProgress: 'FullyGraded'
			});
			expect(new Date(String(score!.body.timestamp)).toISOString()).toBe(score!.body.timestamp);
			const [token] = platform.tokenRequests;
			expect(token!.scope).toBe('https://purl.imsglobal.org/spec/lti-ags/scope/score');
			expect(token!.assertion).toMatchObject({ iss: platform.clientId, sub: platform.clientId });
			// A second submit (another tab) and the outbox's later rounds send nothing more.
			const attempt = /\/quiz\/(a_[\w-]+)\//.exec(first)![1];
			expect((await ola.post(`/quiz/${attempt}/summary?/submit`, {})).status).toBe(303);
			await sleep(2500);
			expect(platform.scores.filter((sent) => sent.body.userId === 'u-ola')).toHaveLength(1);
			// A relaunch after the last attempt lands on the class page rather than a new attempt.
			expect(await launchInto(ola, learner('u-ola', 'Ola Kowalska'))).toBe('/class');
		}
	);

	it.skipIf(engine.skip)(
		'a score the platform answered 500 stays pending on the teacher page and is retried',
		async () => {
			const instructor = new Learner(app.url, EN);
			expect(
				await launchInto(instructor, {
					sub: 'u-teacher',
					roles: ROLES.instructor,
					custom: { assignment: assignmentId }
				})
			).toBe(`/teacher/assignments/${assignmentId}`);
			const roster = await (await instructor.get(`/teacher/assignments/${assignmentId}`)).text();
			const notStarted = /<ul class="lti-not-started">([\s\S]*?)<\/ul>/.exec(roster)?.[1] ?? '';
			expect(notStarted).toContain('Jan Nowak');
			expect(notStarted).toContain('Piotr Zieliński');
			expect(notStarted).not.toContain('Ola Kowalska');

			platform.failScores = 1;
			const piotr = new Learner(app.url, EN);
			await submitNumeric(piotr, await launchInto(piotr, learner('u-piotr', 'Piotr Zieliński')));
			const sentTo = () => platform.scores.filter((sent) => sent.body.userId === 'u-piotr');
			await until(() => sentTo().length === 1, 'the first try');
			expect(sentTo()[0]!.status).toBe(500);
			const pending = await (await instructor.get(`/teacher/assignments/${assignmentId}`)).text();
			expect(/<ul class="lti-pending">([\s\S]*?)<\/ul>/.exec(pending)?.[1]).toContain(
				'Piotr Zieliński'
			);
			await until(() => sentTo().length === 2, 'the retry');
			const [failed, retried] = sentTo();
			expect(retried!.status).toBe(200);
			expect(retried!.body).toEqual(failed!.body);
			const done = await (await instructor.get(`/teacher/assignments/${assignmentId}`)).text();
			expect(done).toContain('Every score has reached the LMS gradebook.');
			await sleep(2500);
			expect(sentTo()).toHaveLength(2);
		},
		45_000
	);

	it.skipIf(engine.skip)('a regrade sends the changed score to the gradebook', async () => {
		const kasia = new Learner(app.url, EN);
		await submitNumeric(
			kasia,
			await launchInto(kasia, learner('u-kasia', 'Kasia Nowicka')),
			'10500'
		);
		const sentTo = () => platform.scores.filter((sent) => sent.body.userId === 'u-kasia');
		await until(() => sentTo().length === 1, 'the score at submit');
		expect(sentTo()[0]!.body).toMatchObject({ scoreGiven: 1, scoreMaximum: 1 });
		// The teacher decides the article's "ok. 11 tysięcy" allows 1 %, not 10 %, and regrades.
		const factsFile = join(contentDir, 'kursk', 'facts.yaml');
		const facts = readFileSync(factsFile, 'utf8');
		writeFileSync(factsFile, facts.replace(/(id: troops-sent[\s\S]*?tolerance: )0\.1/, '$10.01'));
		try {
			const instructor = new Learner(app.url, EN);
			await launchInto(instructor, {
				sub: 'u-teacher',
				roles: ROLES.instructor,
				custom: { assignment: assignmentId }
			});
			const regraded = await instructor.post(`/teacher/assignments/${assignmentId}?/regrade`, {});
			expect(regraded.status).toBe(200);
			await until(() => sentTo().length === 2, 'the score after the regrade');
			expect(sentTo()[1]!.body).toMatchObject({
				userId: 'u-kasia',
				scoreGiven: 0,
				scoreMaximum: 1
			});
			expect(sentTo()[1]!.status).toBe(200);
			// Every score so far went with the one access token, kept until it expires.
			const scoreTokens = platform.tokenRequests.filter((request) =>
				request.scope.endsWith('/scope/score')
			);
			expect(scoreTokens).toHaveLength(1);
			expect(new Set(platform.scores.map((sent) => sent.authorization)).size).toBe(1);
		} finally {
			writeFileSync(factsFile, facts);
		}
	});

	it.skipIf(engine.skip)('refuses each failed check with its own message', async () => {
		const spec = learner('u-jan', 'Jan Nowak');
		await refusal(
			{ ...spec, signWith: 'stranger' },
			'bad-signature',
			/The token’s signature is not valid/
		);
		await refusal({ ...spec, kid: 'no-such-kid' }, 'unknown-kid', /key \(kid\) that is not/);
		await refusal({ ...spec, aud: ['someone-else'] }, 'wrong-audience', /not meant for this tool/);
		await refusal(
			{ ...spec, expiresIn: -120, iatOffset: -700 },
			'expired',
			/The token has expired/
		);
		await refusal(
			{ ...spec, deploymentId: 'another-deployment' },
			'unknown-deployment',
			/deployment \(deployment_id\) is not registered/
		);
		const missing = await refusal(
			{ ...spec, omit: [`${LTI}message_type`] },
			'missing-claim',
			/A required claim is missing/
		);
		expect(missing).toContain(`${LTI}message_type is missing`);
		await refusal(
			{ ...spec, omit: [`${LTI}version`] },
			'missing-claim',
			/claim .*version is missing/
		);
		await refusal({ ...spec, version: '1.1' }, 'wrong-version', /is not 1.3.0/);
		await refusal(
			{ ...spec, messageType: 'LtiSubmissionReviewRequest' },
			'unsupported-message-type',
			/does not handle/
		);

		// A wrong state is refused and uses nothing up: the right state still launches.
		const jan = new Learner(app.url, EN);
		const fields = await login(jan, spec);
		const wrongState = await post(jan, { ...fields, state: 'not-a-state-of-this-tool' });
		expect(wrongState.status).toBe(401);
		expect(await wrongState.text()).toMatch(/data-refusal="unknown-state"[^]*wrong state/);
		expect((await post(jan, fields)).status).toBe(303);
		// The same launch again: its state is used.
		const replayed = await post(jan, fields);
		expect(await replayed.text()).toContain('data-refusal="state-used"');
		// Its id_token with the state of a new login: the nonce was used.
		const fresh = await login(jan, spec);
		const again = await post(jan, { id_token: fields.id_token, state: fresh.state });
		expect(again.status).toBe(401);
		expect(await again.text()).toMatch(/data-refusal="nonce-replayed"[^]*was used already/);

		// The platform rotates its key: the unknown kid makes the tool fetch the JWKS again.
		await platform.rotateKey();
		await sleep(1100);
		const rotated = await launchInto(new Learner(app.url, EN), learner('u-eve', 'Eve Adams'));
		expect(rotated).toMatch(/^\/quiz\/a_[\w-]+\/1$/);

		// Inside the LMS's iframe (where factquiz's cookies are not sent) the launch offers a new
		// window, whose first-party request uses the ticket.
		const framed = new Learner(app.url, { ...EN, 'sec-fetch-dest': 'iframe' });
		const inFrame = await post(framed, await login(framed, learner('u-mia', 'Mia Lis')));
		expect(inFrame.status).toBe(200);
		expect(inFrame.headers.get('content-security-policy')).toContain('frame-ancestors *');
		const link = /<a href="(\/lti\/continue\/[\w-]{43})" target="_blank"/.exec(
			await inFrame.text()
		);
		expect(link).not.toBeNull();
		const window = await new Learner(app.url, EN).get(link![1]!);
		expect(window.headers.get('location')).toMatch(/^\/quiz\/a_[\w-]+\/1$/);
		expect((await new Learner(app.url, EN).get(link![1]!)).status).toBe(410);

		// A login from an unregistered issuer stops at once.
		const unknown = await jan.get(
			`/lti/login?${new URLSearchParams({ iss: 'https://lms.example.org', login_hint: 'x', target_link_uri: `${app.url}/lti/launch` })}`
		);
		expect(unknown.status).toBe(401);
		expect(await unknown.text()).toContain('data-refusal="unknown-platform"');
		// Valid launches factquiz cannot serve: a link to no assignment of this course, a learner
		// asking to add content.
		for (const [unserved, code] of [
			[{ ...spec, custom: { assignment: 'as_0000000000000000000000' } }, 'unknown-activity'],
			[{ ...spec, messageType: 'LtiDeepLinkingRequest' }, 'not-instructor']
		] as const) {
			const page = await post(jan, await login(jan, unserved));
			expect(page.status).toBe(403);
			expect(await page.text()).toContain(`data-refusal="${code}"`);
			expect(app.output()).toContain(`LTI launch not served (${code})`);
		}

		// The LMS may post the login from its own site instead.
		const posted = await jan.post(
			'/lti/login',
			{
				iss: platform.url,
				login_hint: 'x',
				target_link_uri: `${app.url}/lti/launch`,
				client_id: platform.clientId
			},
			platform.url
		);
		expect(posted.status).toBe(302);
		expect(posted.headers.get('location')).toMatch(new RegExp(`^${platform.url}/auth\\?`));
		// A login for another site's launch URL is not this tool's.
		const elsewhere = await jan.get(
			`/lti/login?${new URLSearchParams({ iss: platform.url, client_id: platform.clientId, login_hint: 'x', target_link_uri: 'https://evil.example/lti/launch' })}`
		);
		expect(elsewhere.status).toBe(401);
		expect(await elsewhere.text()).toMatch(/data-refusal="bad-login"[^]*not meant for this tool/);
	});

	it.skipIf(engine.skip)(
		'publishes its keys, keeps cross-site posts refused elsewhere, and lets the administrator register platforms',
		async () => {
			const jwks = (await (await fetch(`${app.url}/lti/jwks`)).json()) as {
				keys: Record<string, unknown>[];
			};
			expect(jwks.keys).toHaveLength(1);
			expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
			expect(jwks.keys[0]).not.toHaveProperty('d');

			const elsewhere = await new Learner(app.url).post(
				'/join',
				{ code: 'ABCDEF', name: 'X' },
				'http://evil.example'
			);
			expect(elsewhere.status).toBe(403);
			expect(await elsewhere.text()).toBe('Cross-site POST form submissions are forbidden');

			const admin = new Learner(app.url, EN);
			expect(
				(
					await admin.post('/teacher/sign-up', {
						displayName: 'Anna Admin',
						email: 'admin@school.pl',
						password: 'correct horse battery'
					})
				).status
			).toBe(303);
			expect(await (await admin.get('/teacher')).text()).toContain('href="/teacher/admin"');
			const page = await (await admin.get('/teacher/admin')).text();
			for (const path of ['/lti/login', '/lti/launch', '/lti/jwks']) {
				expect(page).toContain(`${app.url}${path}`);
			}
			expect(page).toContain(platform.clientId);
			const fields = {
				name: 'Moodle 4.5',
				issuer: 'https://moodle.school.pl',
				clientId: 'abc123',
				deploymentIds: '1\n2',
				authLoginUrl: 'https://moodle.school.pl/mod/lti/auth.php',
				authTokenUrl: 'https://moodle.school.pl/mod/lti/token.php',
				keysetUrl: 'not a url'
			};
			const refused = await admin.post('/teacher/admin?/register', fields);
			expect(refused.status).toBe(400);
			expect(await refused.text()).toContain('Platform keyset URL: must be an http(s) URL');
			const registered = await admin.post('/teacher/admin?/register', {
				...fields,
				keysetUrl: 'https://moodle.school.pl/mod/lti/certs.php'
			});
			expect(registered.status).toBe(200);
			expect(await registered.text()).toContain('Platform Moodle 4.5 registered.');
			expect(await (await admin.get('/teacher/admin')).text()).toContain(
				'https://moodle.school.pl'
			);

			// Rotation keeps the old key published for launches and checks in flight.
			expect((await admin.post('/teacher/admin?/rotate', {})).status).toBe(200);
			const rotated = (await (await fetch(`${app.url}/lti/jwks`)).json()) as { keys: unknown[] };
			expect(rotated.keys).toHaveLength(2);

			const other = new Learner(app.url, EN);
			await other.post('/teacher/sign-up', {
				displayName: 'Bartek Inny',
				email: 'bartek@school.pl',
				password: 'another horse battery staple'
			});
			expect((await other.get('/teacher/admin')).status).toBe(403);
			expect(await (await other.get('/teacher')).text()).not.toContain('href="/teacher/admin"');
		}
	);
});
