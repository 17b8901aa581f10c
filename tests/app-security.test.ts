import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines, type TestDatabase } from './db/engines';
import { Learner } from './support/browserless';
import { appPerTest } from './support/app-per-test';
import { startApp, type RunningApp } from './support/server';

/**
 * The holes of issue 11 that an outsider finds without a seat in any class, through the built
 * app on each engine: where sign-in may send a teacher, control characters in form text, body
 * limits, sign-in and sign-up throttles, a resume link that switches identity, the answer
 * endpoint's content types, and the CSP and frame headers.
 */

const PASSWORD = 'correct horse battery';
const NUL = '\u0000';

describe.each(await testEngines())('the app against an outsider on $name', (engine) => {
	let database: TestDatabase;
	let app: RunningApp;
	/** Each client its own address (behind the proxy the app is told about), so limits stay apart. */
	let nextAddress = 1;
	const client = () => new Learner(app.url, { 'x-forwarded-for': `10.0.0.${nextAddress++}` });

	beforeAll(async () => {
		if (engine.skip) return;
		database = await engine.create();
		app = await startApp({
			DATABASE_URL: database.url,
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1'
		});
	});
	afterAll(async () => {
		await app?.stop();
		await database?.drop();
	});

	async function signUp(email: string): Promise<Learner> {
		const teacher = client();
		const response = await teacher.post('/teacher/sign-up', {
			displayName: 'Anna Nowak',
			email,
			password: PASSWORD
		});
		expect(response.status, await response.clone().text()).toBe(303);
		return teacher;
	}

	async function createAssignment(teacher: Learner) {
		const response = await teacher.post('/teacher/assignments/new?module=kursk', {
			title: 'Kursk 3b',
			count: '5',
			maxAttempts: '1',
			feedback: 'after-submit',
			seedMode: 'per-student',
			types: 'numeric'
		});
		expect(response.status).toBe(303);
		const id = /\/teacher\/assignments\/(as_[\w-]+)$/.exec(
			response.headers.get('location') ?? ''
		)?.[1];
		const page = await (await teacher.get(`/teacher/assignments/${id}`)).text();
		const code = /class="join-code"[^>]*>\s*([A-Z0-9]{6})\s*</.exec(page)?.[1];
		if (!id || !code) throw new Error('no assignment id or join code');
		return { id, code };
	}

	function multipart(
		path: string,
		learner: Learner,
		fields: Record<string, string | Blob>,
		headers: Record<string, string> = {}
	) {
		const body = new FormData();
		for (const [name, value] of Object.entries(fields)) body.set(name, value);
		return fetch(app.url + path, {
			method: 'POST',
			headers: {
				'x-forwarded-for': '10.1.0.1',
				cookie: learner.cookie,
				origin: app.url,
				accept: 'text/html',
				...headers
			},
			body,
			redirect: 'manual'
		});
	}

	it.skipIf(engine.skip)(
		'sends a teacher only to a path on this site after sign-in, whatever `next` holds',
		async () => {
			await signUp('next@school.pl');
			const hostile = [
				'/%09/evil.example',
				'/%09%09/evil.example',
				'%09//evil.example',
				'/%0a/evil.example',
				'%0d',
				'/%0d%0aSet-Cookie:%20x=1',
				'/%E2%80%8B/evil.example',
				'%E2%80%8B//evil.example',
				'//evil.example',
				'/%5Cevil.example',
				'/\\evil.example',
				'https://evil.example/teacher',
				'javascript:alert(1)',
				'%00'
			];
			for (const next of hostile) {
				const teacher = client();
				const response = await teacher.post(`/teacher/sign-in?next=${next}`, {
					email: 'next@school.pl',
					password: PASSWORD
				});
				expect(response.status, next).toBe(303);
				const location = response.headers.get('location') ?? '';
				expect(new URL(location, app.url).origin, next).toBe(app.url);
				expect(location, next).toBe('/teacher');
				// Signed in already, the sign-in page sends on at once: the same rule.
				const again = await teacher.get(`/teacher/sign-in?next=${next}`);
				expect(again.status, next).toBe(303);
				expect(again.headers.get('location'), next).toBe('/teacher');
			}
			const teacher = client();
			const kept = await teacher.post(
				`/teacher/sign-in?next=${encodeURIComponent('/teacher/authoring?tab=2#x')}`,
				{ email: 'next@school.pl', password: PASSWORD }
			);
			expect(kept.headers.get('location')).toBe('/teacher/authoring?tab=2');
		}
	);

	it.skipIf(engine.skip)(
		'refuses a control character in any text field with a 400 naming the field',
		async () => {
			const anna = await signUp('control@school.pl');
			const { id, code } = await createAssignment(anna);
			const student = client();
			expect((await student.post('/join', { code, name: 'Ola' })).status).toBe(303);
			const started = await student.post('/class?/start', {});
			const attempt = /\/quiz\/(a_[\w-]+)\/1$/.exec(started.headers.get('location') ?? '')?.[1];
			const self = client();
			const selfAttempt = await self.startQuiz();

			const cases: [Learner, string, Record<string, string>, string][] = [
				[client(), '/join', { code: code + NUL, name: 'Piotr' }, 'code'],
				[client(), '/join', { code, name: `Pio${NUL}tr` }, 'name'],
				[
					client(),
					'/teacher/sign-up',
					{ email: `x${NUL}@school.pl`, displayName: 'X', password: PASSWORD },
					'email'
				],
				[
					client(),
					'/teacher/sign-up',
					{ email: 'x@school.pl', displayName: `X${NUL}`, password: PASSWORD },
					'displayName'
				],
				[
					client(),
					'/teacher/sign-up',
					{ email: 'x@school.pl', displayName: 'X', password: PASSWORD + NUL },
					'password'
				],
				[
					client(),
					'/teacher/sign-in',
					{ email: `control@school.pl${NUL}`, password: PASSWORD },
					'email'
				],
				[
					anna,
					'/teacher/assignments/new?module=kursk',
					{ title: `Kursk${NUL}`, count: '5', maxAttempts: '1' },
					'title'
				],
				[anna, `/teacher/assignments/${id}?/deleteAssignment`, { confirm: `yes${NUL}` }, 'confirm'],
				[anna, '/teacher/authoring?/start', { text: `Tekst\u0007 artykułu.` }, 'text'],
				[anna, '/teacher/authoring?/unpublish', { moduleId: `x${NUL}` }, 'moduleId'],
				[self, '/modules/kursk?/start', { count: `5${NUL}` }, 'count'],
				[self, `/quiz/${selfAttempt}/1`, { answer: `11${NUL}000`, go: 'stay' }, 'answer'],
				[student, `/quiz/${attempt}/1`, { answer: `\u001b[2J`, go: 'stay' }, 'answer'],
				[self, '/practice/kursk?/answer', { factId: 'x', answer: `1${NUL}` }, 'answer'],
				[self, '/me?/reset', { x: `\u007f` }, 'x']
			];
			for (const [learner, path, fields, field] of cases) {
				const response = await learner.post(path, fields);
				const text = await response.text();
				expect(response.status, `${path} ${field}: ${text.slice(0, 300)}`).toBe(400);
				expect(text, path).toMatch(new RegExp(`[„"]${field}[”"]`));
				expect(text, path).toMatch(/znak sterujący|control character/);
			}
			// The autosave endpoint answers JSON, in the UI language.
			const saved = await fetch(`${app.url}/quiz/${selfAttempt}/1/answer?lang=en`, {
				method: 'POST',
				headers: {
					'x-forwarded-for': '10.1.0.2',
					origin: app.url,
					cookie: self.cookie,
					accept: 'application/json',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams({ answer: `11${NUL}` }).toString()
			});
			expect(saved.status).toBe(400);
			expect((await saved.json()).message).toMatch(/"answer" .*control character/);
			// A multipart form is read the same way.
			const imported = await multipart('/teacher/authoring?/import', anna, {
				moduleId: `mod${NUL}`,
				article: new Blob(['---\ntitle: x\n---\n']),
				facts: new Blob(['facts: []\n'])
			});
			expect(imported.status).toBe(400);
			expect(await imported.text()).toMatch(/„moduleId”/);
			// Files are not form fields: the importer reads them and refuses a NUL the same way.
			const nulFile = await multipart('/teacher/authoring?/import', anna, {
				moduleId: 'nul',
				article: new Blob([`---\ntitle: x${NUL}\n---\n`]),
				facts: new Blob(['facts: []\n'])
			});
			expect(nulFile.status).toBe(400);
			expect(await nulFile.text()).toMatch(/„article” zawiera znak sterujący/);
			// Line breaks and tabs are text, not control characters.
			const pasted = await anna.post('/teacher/authoring?/start', {
				text: 'Linia pierwsza.\r\n\tLinia druga.'
			});
			expect(pasted.status).not.toBe(500);
			expect(await pasted.text()).not.toMatch(/znak sterujący/);
		}
	);

	it.skipIf(engine.skip)(
		'imports modules up to its own 1 MB limit and says why in the UI language beyond it',
		async () => {
			const anna = await signUp('limits@school.pl');
			const article = new Blob([
				'---\ntitle: Test\nlanguage: pl\nsource: x\ndate: 2024-01-01\n---\n\nTekst.\n'
			]);
			// 600 kB of facts: over the adapter's 512 kB default, under the app's 1 MB.
			const padding = `# ${'x'.repeat(1000)}\n`.repeat(600);
			const large = await multipart('/teacher/authoring?/import', anna, {
				moduleId: 'duzy',
				article,
				facts: new Blob([padding + 'facts: 3\n'])
			});
			const largeText = await large.text();
			expect(large.status, largeText.slice(0, 300)).toBe(400);
			expect(largeText).toMatch(/facts\.yaml/);

			const tooLarge = await multipart('/teacher/authoring?/import', anna, {
				moduleId: 'za-duzy',
				article,
				facts: new Blob([`# ${'x'.repeat(1000)}\n`.repeat(1100)])
			});
			expect(tooLarge.status).toBe(400);
			expect(await tooLarge.text()).toMatch(/większy niż 1 MB/);

			// Past the server's own body limit: a 413 still, in the UI language.
			const huge = await multipart('/teacher/authoring?/import', anna, {
				moduleId: 'ogromny',
				article,
				facts: new Blob(['x'.repeat(6 * 1024 * 1024)])
			});
			expect(huge.status).toBe(413);
			expect(await huge.text()).toMatch(/Przesłane dane są za duże/);

			// A billion laughs: the validator's message, not a 500.
			const laughs = [
				'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
				...Array.from(
					{ length: 8 },
					(_, i) =>
						`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
							.fill(`*${String.fromCharCode(97 + i)}`)
							.join(',')}]`
				),
				'facts: *i'
			].join('\n');
			const bomb = await multipart('/teacher/authoring?/import', anna, {
				moduleId: 'bomba',
				article,
				facts: new Blob([laughs])
			});
			const bombText = await bomb.text();
			expect(bomb.status, bombText.slice(0, 300)).toBe(400);
			expect(bombText).toMatch(/facts\.yaml.*alias/s);
		}
	);

	it.skipIf(engine.skip)(
		'throttles sign-in per address and slows down per account, never locking the teacher out',
		async () => {
			await signUp('locked@school.pl');
			const attacker = client();
			const statuses: number[] = [];
			let lastMs = 0;
			for (let i = 0; i < 7; i++) {
				const started = performance.now();
				const response = await attacker.post('/teacher/sign-in', {
					email: 'locked@school.pl',
					password: `wrong password ${i}`
				});
				lastMs = performance.now() - started;
				statuses.push(response.status);
			}
			expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 400]);
			// The account slows down: the 7th try waited for its turn.
			expect(lastMs).toBeGreaterThanOrEqual(900);
			// The teacher, elsewhere, still gets in (after the same short wait).
			const started = performance.now();
			const teacher = await client().post('/teacher/sign-in', {
				email: 'locked@school.pl',
				password: PASSWORD
			});
			expect(teacher.status).toBe(303);
			expect(performance.now() - started).toBeGreaterThanOrEqual(900);
			// Once in, the account's count starts again.
			const quick = performance.now();
			expect(
				(await client().post('/teacher/sign-in', { email: 'locked@school.pl', password: PASSWORD }))
					.status
			).toBe(303);
			expect(performance.now() - quick).toBeLessThan(900);

			// One address guessing across accounts is stopped after 20 failures in 15 minutes.
			const sprayer = client();
			const spray: number[] = [];
			for (let i = 0; i < 21; i++) {
				const response = await sprayer.post('/teacher/sign-in', {
					email: `nobody${i}@school.pl`,
					password: PASSWORD
				});
				spray.push(response.status);
				if (response.status === 429) {
					expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
					expect(await response.text()).toMatch(/Zbyt wiele prób|Too many tries/);
				}
			}
			expect(spray.slice(0, 20).every((status) => status === 400)).toBe(true);
			expect(spray[20]).toBe(429);
			const fromSprayer = await sprayer.post('/teacher/sign-in', {
				email: 'locked@school.pl',
				password: PASSWORD
			});
			expect(fromSprayer.status).toBe(429);
		}
	);

	it.skipIf(engine.skip)(
		'refuses weak passwords with a reason, rate-limits sign-up and keeps taken emails to itself',
		async () => {
			const weak: [string, RegExp][] = [
				['short', /co najmniej 10 znaków/],
				['aaaaaaaaaaaa', /powtórz|łatwe do odgadnięcia/],
				['1234567890', /popularn|łatwe do odgadnięcia/],
				['password123', /popularn/],
				['qwertyuiop1', /łatwe do odgadnięcia|klawiatur|popularn/]
			];
			for (const [password, reason] of weak) {
				const response = await client().post('/teacher/sign-up', {
					displayName: 'Ewa',
					email: 'ewa@school.pl',
					password
				});
				const text = await response.text();
				expect(response.status, password).toBe(400);
				expect(text, password).toMatch(reason);
			}

			await signUp('taken@school.pl');
			const taken = await client().post('/teacher/sign-up', {
				displayName: 'Ktoś',
				email: 'taken@school.pl',
				password: 'another good passphrase'
			});
			const takenText = await taken.text();
			expect(taken.status).toBe(400);
			expect(takenText).not.toMatch(/już istnieje|already exists/i);
			expect(takenText).toMatch(/Nie udało się założyć konta/);

			// Eleven teachers (each signed-up browser is signed in) behind one address.
			const busyAddress = { 'x-forwarded-for': '10.2.0.1' };
			const statuses: number[] = [];
			for (let i = 0; i < 11; i++) {
				const response = await new Learner(app.url, busyAddress).post('/teacher/sign-up', {
					displayName: 'Nauczyciel',
					email: `t${i}@school.pl`,
					password: PASSWORD
				});
				statuses.push(response.status);
				if (response.status === 429) {
					expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
					expect(await response.text()).toMatch(/Zbyt wiele prób/);
				}
			}
			expect(statuses.slice(0, 10), JSON.stringify(statuses)).toEqual(Array(10).fill(303));
			expect(statuses[10], JSON.stringify(statuses)).toBe(429);
		}
	);

	it.skipIf(engine.skip)(
		"asks before a resume link switches identity and keeps the learner's own history",
		async () => {
			const anna = await signUp('resume@school.pl');
			const { code } = await createAssignment(anna);
			const student = client();
			expect((await student.post('/join', { code, name: 'Ola' })).status).toBe(303);
			const classPage = await (await student.get('/class')).text();
			const token = /\/resume\/([\w-]+)/.exec(classPage)?.[1];
			if (!token) throw new Error('no resume link on /class');

			const visitor = client();
			const ownAttempt = await visitor.startQuiz();
			const ownCookie = visitor.cookie;
			const asked = await visitor.get(`/resume/${token}`);
			expect(asked.status).toBe(200);
			expect(visitor.cookie).toBe(ownCookie);
			const askedText = await asked.text();
			expect(askedText).toMatch(/method="POST"/);
			expect(askedText).toMatch(/Ola/);

			const taken = await visitor.post(`/resume/${token}`, {});
			expect(taken.status).toBe(303);
			expect(taken.headers.get('location')).toBe('/class');
			expect((await visitor.get(`/quiz/${ownAttempt}/1`)).status).toBe(404);

			const me = await (await visitor.get('/me')).text();
			expect(me).toMatch(/\?\/restore/);
			expect((await visitor.post('/me?/restore', {})).status).toBe(303);
			expect((await visitor.get(`/quiz/${ownAttempt}/1`)).status).toBe(200);
			expect((await visitor.get('/class')).status).not.toBe(200);

			// The seat's own browser is not asked again.
			expect((await student.get(`/resume/${token}`)).status).toBe(303);
		}
	);

	it.skipIf(engine.skip)(
		'accepts only urlencoded and multipart answers on the autosave endpoint (else 415)',
		async () => {
			const learner = client();
			const attempt = await learner.startQuiz();
			const post = (type: string | null, body: BodyInit) =>
				fetch(`${app.url}/quiz/${attempt}/1/answer`, {
					method: 'POST',
					headers: {
						'x-forwarded-for': '10.1.0.3',
						origin: app.url,
						cookie: learner.cookie,
						accept: 'application/json',
						...(type === null ? {} : { 'content-type': type })
					},
					body
				});
			for (const type of [
				'application/x-www-form-urlencodedx',
				'application/x-www-form-urlencoded-evil',
				'application/x-www-form-urlencoded/json',
				'text/plain',
				'application/json'
			]) {
				expect((await post(type, 'answer=11000')).status, type).toBe(415);
			}
			for (const type of [
				'application/x-www-form-urlencoded',
				'Application/X-WWW-Form-Urlencoded;charset=UTF-8',
				'application/x-www-form-urlencoded ; charset=utf-8'
			]) {
				expect((await post(type, 'answer=11000')).status, type).not.toBe(415);
			}
			const form = new FormData();
			form.set('answer', '11000');
			expect((await post(null, form)).status).not.toBe(415);
		}
	);

	it.skipIf(engine.skip)(
		'sends a CSP with frame-ancestors and X-Frame-Options on pages and endpoints',
		async () => {
			for (const path of ['/', '/modules/kursk', '/teacher/sign-in', '/join', '/nowhere']) {
				const response = await client().get(path);
				const csp = response.headers.get('content-security-policy') ?? '';
				expect(csp, path).toMatch(/frame-ancestors 'self'/);
				expect(csp, path).toMatch(/script-src 'self'/);
				expect(csp, path).toMatch(/object-src 'none'/);
				expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
			}
			const learner = client();
			const attempt = await learner.startQuiz();
			const page = await learner.get(`/quiz/${attempt}/1`);
			expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
			const saved = await learner.post(`/quiz/${attempt}/1/answer`, { answer: '1' });
			expect(saved.headers.get('x-frame-options')).toBe('SAMEORIGIN');
			expect(saved.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
		}
	);
});

describe.each(await testEngines())('the sign-up limit an operator sets on $name', (engine) => {
	const withApp = appPerTest(engine, { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' });

	it.skipIf(engine.skip)(
		'FACTQUIZ_SIGN_UPS_PER_HOUR lets one address sign up that many teachers, then 429',
		withApp(
			async ({ app }) => {
				const school = { 'x-forwarded-for': '10.3.0.1' };
				const statuses: number[] = [];
				for (let i = 0; i < 4; i++) {
					const response = await new Learner(app.url, school).post('/teacher/sign-up', {
						displayName: 'Nauczyciel',
						email: `staff${i}@school.pl`,
						password: PASSWORD
					});
					statuses.push(response.status);
				}
				expect(statuses).toEqual([303, 303, 303, 429]);
			},
			{ FACTQUIZ_SIGN_UPS_PER_HOUR: '3' }
		)
	);

	it.skipIf(engine.skip)(
		'a limit that is no whole number stops the start and says why',
		async () => {
			const database = await engine.create();
			try {
				await expect(
					startApp({ DATABASE_URL: database.url, FACTQUIZ_SIGN_UPS_PER_HOUR: 'many' })
				).rejects.toThrow(/FACTQUIZ_SIGN_UPS_PER_HOUR: "many" is not a whole number/);
			} finally {
				await database.drop();
			}
		}
	);
});
