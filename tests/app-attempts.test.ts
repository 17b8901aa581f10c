import { describe, expect, it } from 'vitest';
import { testEngines } from './db/engines';
import { Learner } from './support/browserless';
import { appPerTest } from './support/app-per-test';

/**
 * The learner's attempt through the built app, on each engine: bad input is refused with a
 * 4xx and loses nothing; a restart loses nothing; a second submit changes nothing.
 */
describe.each(await testEngines())('attempts through the app on $name', (engine) => {
	const withApp = appPerTest(engine);

	it.skipIf(engine.skip)(
		'refuses bad input with a 4xx and keeps what was saved',
		withApp(async ({ app }) => {
			const learner = new Learner(app.url);
			const attempt = await learner.startQuiz(20);
			const typed = await learner.firstTypedQuestion(attempt);

			const saved = await learner.post(`/quiz/${attempt}/${typed}`, {
				answer: '11000',
				go: 'next'
			});
			expect(saved.status).toBe(303);

			const tooLong = await learner.post(`/quiz/${attempt}/${typed}`, { answer: 'x'.repeat(501) });
			expect(tooLong.status).toBe(400);
			expect(await tooLong.text()).toMatch(/at most 500 characters|najwyżej 500 znaków/);

			const page = await (await learner.get(`/quiz/${attempt}/${typed}`)).text();
			expect(page).toContain('value="11000"');

			expect((await learner.post('/modules/kursk?/start', { count: '999' })).status).toBe(400);
			expect((await learner.post('/modules/atlantis?/start', { count: '5' })).status).toBe(404);
			expect((await learner.get(`/quiz/${attempt}/99`)).status).toBe(404);
			expect((await learner.get('/quiz/not-an-attempt/1')).status).toBe(404);
			expect((await learner.get('/quiz/a_AAAAAAAAAAAAAAAAAAAAAA/1')).status).toBe(404);

			const csrf = await learner.post(
				`/quiz/${attempt}/${typed}`,
				{ answer: '1' },
				'http://evil.example'
			);
			expect(csrf.status).toBe(403);
			expect(await (await learner.get(`/quiz/${attempt}/${typed}`)).text()).toContain(
				'value="11000"'
			);
		})
	);

	it.skipIf(engine.skip)(
		"saves the page's autosave through its endpoint and refuses bad saves with a reason",
		withApp(async ({ app }) => {
			const learner = new Learner(app.url);
			const attempt = await learner.startQuiz(20);
			const typed = await learner.firstTypedQuestion(attempt);
			const endpoint = `/quiz/${attempt}/${typed}/answer`;
			const reply = async (response: Response) => ({
				status: response.status,
				body: (await response.json()) as { saved: boolean; message?: string; field?: string }
			});
			const savedValue = async () =>
				/name="answer" type="text"[^>]*value="([^"]*)"/.exec(
					await (await learner.get(`/quiz/${attempt}/${typed}`)).text()
				)?.[1];

			expect(await reply(await learner.post(endpoint, { answer: 'jedenaście tysięcy' }))).toEqual({
				status: 200,
				body: { saved: true }
			});
			expect(await savedValue()).toBe('jedenaście tysięcy');
			// Multipart, as a page from before the script sent urlencoded fields still sends it.
			const multipart = new FormData();
			multipart.set('answer', '11 tys.');
			const multipartReply = await fetch(app.url + endpoint, {
				method: 'POST',
				headers: { cookie: learner.cookie, origin: app.url, accept: 'application/json' },
				body: multipart
			});
			expect(await reply(multipartReply)).toEqual({ status: 200, body: { saved: true } });
			expect(await savedValue()).toBe('11 tys.');
			await learner.post(endpoint, { answer: 'jedenaście tysięcy' });

			expect(await reply(await learner.post(endpoint, { answer: 'x'.repeat(501) }))).toEqual({
				status: 400,
				body: { saved: false, field: 'answer', message: expect.stringMatching(/500/) }
			});
			const stranger = new Learner(app.url);
			expect((await reply(await stranger.post(endpoint, { answer: '1' }))).status).toBe(404);
			expect((await learner.post(`/quiz/${attempt}/99/answer`, { answer: '1' })).status).toBe(404);
			const notAForm = await fetch(app.url + endpoint, {
				method: 'POST',
				headers: { cookie: learner.cookie, 'content-type': 'application/json' },
				body: '{"answer": "1"}'
			});
			// Only the two form types are read (app-security.test.ts has the near misses).
			expect(notAForm.status).toBe(415);
			expect((await learner.post(endpoint, { answer: '1' }, 'http://evil.example')).status).toBe(
				403
			);
			expect(await savedValue()).toBe('jedenaście tysięcy');

			await learner.post(`/quiz/${attempt}/summary?/submit`, {});
			expect(await reply(await learner.post(endpoint, { answer: '2' }))).toEqual({
				status: 409,
				body: { saved: false, message: expect.stringMatching(/submitted|oddany/) }
			});
		})
	);

	it.skipIf(engine.skip)(
		"never shows or changes another learner's attempt",
		withApp(async ({ app }) => {
			const owner = new Learner(app.url);
			const stranger = new Learner(app.url);
			await stranger.get('/');
			const attempt = await owner.startQuiz(20);
			const typed = await owner.firstTypedQuestion(attempt);
			await owner.post(`/quiz/${attempt}/${typed}`, { answer: '2', go: 'next' });

			expect((await stranger.get(`/quiz/${attempt}/${typed}`)).status).toBe(404);
			expect((await stranger.post(`/quiz/${attempt}/${typed}`, { answer: '999' })).status).toBe(
				404
			);
			expect((await stranger.post(`/quiz/${attempt}/summary?/submit`, {})).status).toBe(404);
			expect(await (await owner.get(`/quiz/${attempt}/${typed}`)).text()).toContain('value="2"');
		})
	);

	it.skipIf(engine.skip)(
		'keeps every acknowledged answer across a server restart, and submits once',
		withApp(async ({ app, restart }) => {
			const learner = new Learner(app.url);
			const attempt = await learner.startQuiz(20);
			const typed = await learner.typedQuestions(attempt);
			for (const n of typed) {
				const response = await learner.post(`/quiz/${attempt}/${n}`, {
					answer: `${n}000`,
					go: 'next'
				});
				expect(response.status).toBe(303);
			}
			const resumed = learner.at((await restart()).url);
			for (const n of typed) {
				const page = await (await resumed.get(`/quiz/${attempt}/${n}`)).text();
				expect(page).toContain(`value="${n}000"`);
			}
			const untyped = Array.from({ length: 20 }, (_, index) => index + 1).find(
				(n) => !typed.includes(n)
			);
			const resume = await resumed.get(`/quiz/${attempt}`);
			expect(resume.headers.get('location')).toBe(`/quiz/${attempt}/${untyped ?? 'summary'}`);

			const [first, second] = await Promise.all([
				resumed.post(`/quiz/${attempt}/summary?/submit`, {}),
				resumed.post(`/quiz/${attempt}/summary?/submit`, {})
			]);
			expect([first.status, second.status]).toEqual([303, 303]);
			const results = await (await resumed.get(`/quiz/${attempt}/results`)).text();
			expect(results).toMatch(/class="score"/);

			const late = await resumed.post(`/quiz/${attempt}/${typed[0] ?? 1}`, {
				answer: '11000',
				go: 'next'
			});
			expect(late.headers.get('location')).toBe(`/quiz/${attempt}/results`);
			expect(await (await resumed.get(`/quiz/${attempt}/results`)).text()).toBe(results);
		})
	);
});
