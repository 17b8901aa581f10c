import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { authoredStyleModule } from '$lib/testing/authored-ids';
import { seedModule } from '$lib/testing/seed-module';
import type { QuizModule } from '$lib/quiz/module';
import { saveAnswer } from '$lib/server/db/answer-saves';
import { findAttempt, listAnswers } from '$lib/server/db/attempts';
import { testEngines } from './db/engines';
import { Learner } from './support/browserless';
import { appPerTest } from './support/app-per-test';
import { quizCapacity } from '$lib/quiz/generate';

/**
 * Through the built app, on each engine: before submission no page or data of a quiz or of
 * practice names a fact or an entity (authors' fact ids carry the value: `osoby-9`), and a
 * question has one address, its canonical number.
 */

const AUTHORED = authoredStyleModule();
const MODULES: [string, QuizModule][] = [
	['kursk', seedModule()],
	['kursk-ids', AUTHORED.module]
];

/** `id` standing alone: not inside a longer word (`numeric.troops-sent` names it). */
function standalone(id: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}_])${id}(?![\\p{L}\\p{N}_])`, 'u');
}

function secretsOf(module: QuizModule): string[] {
	return [...module.facts.map((fact) => fact.id), ...module.entities.map((entity) => entity.id)];
}

function expectNoSecrets(body: string, module: QuizModule, where: string) {
	expect(body, where).not.toContain('factIds');
	for (const id of secretsOf(module))
		expect(body, `${where} names ${id}`).not.toMatch(standalone(id));
}

describe.each(await testEngines())(
	'question ids and numbers through the app on $name',
	(engine) => {
		const contentDir = mkdtempSync(join(tmpdir(), 'factquiz-content-'));
		cpSync('questions/kursk', join(contentDir, 'kursk'), { recursive: true });
		mkdirSync(join(contentDir, 'kursk-ids'));
		writeFileSync(join(contentDir, 'kursk-ids', 'article.md'), AUTHORED.articleText);
		writeFileSync(join(contentDir, 'kursk-ids', 'facts.yaml'), AUTHORED.factsText);
		afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

		const withApp = appPerTest(engine, { CONTENT_DIR: contentDir });

		async function startQuiz(learner: Learner, moduleId: string): Promise<string> {
			await learner.get('/');
			const response = await learner.post(`/modules/${moduleId}?/start`, { count: '20' });
			const match = /\/quiz\/(a_[^/]+)\/1$/.exec(response.headers.get('location') ?? '');
			if (!match?.[1])
				throw new Error(`starting a quiz of ${moduleId} answered ${response.status}`);
			return match[1];
		}

		it.skipIf(engine.skip)(
			'no question page nor its data names a fact or an entity before submission',
			withApp(async ({ app }) => {
				for (const [moduleId, module] of MODULES) {
					const learner = new Learner(app.url);
					const attempt = await startQuiz(learner, moduleId);
					let questions = 0;
					for (let n = 1; ; n++) {
						const page = await learner.get(`/quiz/${attempt}/${n}`);
						if (page.status === 404) break;
						expect(page.status).toBe(200);
						questions++;
						expectNoSecrets(await page.text(), module, `${moduleId} question ${n}`);
						const data = await learner.get(`/quiz/${attempt}/${n}/__data.json`);
						expect(data.status).toBe(200);
						expectNoSecrets(await data.text(), module, `${moduleId} question ${n} data`);
					}
					// A quiz asks each fact once, so 20 asked may be fewer given: every one was read.
					expect(questions).toBeGreaterThanOrEqual(5);
					expect(questions).toBeLessThanOrEqual(Math.min(20, quizCapacity(module)));
					const summary = await learner.get(`/quiz/${attempt}/summary`);
					expectNoSecrets(await summary.text(), module, `${moduleId} summary`);

					// Practice, with the client's framework on: the page, its data and a second try.
					const practice = await learner.get(`/practice/${moduleId}`);
					const html = await practice.text();
					expectNoSecrets(html, module, `${moduleId} practice`);
					const data = await learner.get(`/practice/${moduleId}/__data.json`);
					expectNoSecrets(await data.text(), module, `${moduleId} practice data`);
					const item = /name="item" value="([^"]*)"/.exec(html)?.[1] ?? '';
					// The first option of a choice question, else a wrong text: a second try or the result.
					const answer =
						/type="(?:radio|checkbox)" name="answer" value="([^"]*)"/.exec(html)?.[1] ??
						'zupełnie nie wiem';
					const retry = await fetch(`${app.url}/practice/${moduleId}?/answer`, {
						method: 'POST',
						headers: {
							cookie: learner.cookie,
							origin: app.url,
							accept: 'application/json',
							'x-sveltekit-action': 'true',
							'content-type': 'application/x-www-form-urlencoded'
						},
						body: new URLSearchParams({ item, try: '1', answer })
					});
					const reply = await retry.text();
					expect(reply).toContain('"type":"success"');
					expectNoSecrets(reply, module, `${moduleId} practice answer`);
				}
			})
		);

		it.skipIf(engine.skip)(
			'a question is found only by its canonical number, by the page, its form and the autosave',
			withApp(async ({ app, database }) => {
				const learner = new Learner(app.url);
				const attempt = await startQuiz(learner, 'kursk');
				const typed = await learner.firstTypedQuestion(attempt);
				expect((await learner.get(`/quiz/${attempt}/${typed}`)).status).toBe(200);
				const aliases = [
					`${typed}.0`,
					`0${typed}`,
					`+${typed}`,
					`%20${typed}`,
					`${typed}%20`,
					`%09${typed}`,
					`0x${typed.toString(16)}`,
					`${typed}e0`,
					`${typed / 10}e1`,
					'NaN',
					'Infinity',
					'-1',
					'0'
				];
				for (const alias of aliases) {
					const where = `/quiz/${attempt}/${alias}`;
					const page = await learner.get(where);
					expect(page.status, where).toBe(404);
					expect(await page.text(), where).toMatch(
						/Nie ma pytania o tym numerze|There is no question with that number/
					);
					const form = await learner.post(where, { answer: `form ${alias}`, go: 'next' });
					expect(form.status, `POST ${where}`).toBe(404);
					const autosave = await learner.post(`${where}/answer`, { answer: `autosave ${alias}` });
					expect(autosave.status, `POST ${where}/answer`).toBe(404);
					expect(await autosave.json()).toEqual({
						saved: false,
						message: expect.stringMatching(
							/Nie ma pytania o tym numerze|There is no question with that number/
						)
					});
				}
				const page = await (await learner.get(`/quiz/${attempt}/${typed}`)).text();
				expect(page).toMatch(/name="answer" type="text"[^>]*value=""/);
				// The canonical address still saves, by the form and by the autosave.
				expect(
					(await learner.post(`/quiz/${attempt}/${typed}/answer`, { answer: '11 tys.' })).status
				).toBe(200);
				expect(await (await learner.get(`/quiz/${attempt}/${typed}`)).text()).toContain(
					'value="11 tys."'
				);

				// Answers are stored under the internal question id, as every earlier version stored
				// them: a row written by one is read as before.
				const { db } = await database.open();
				const questions = (await findAttempt(db, attempt))?.questions ?? [];
				const saved = questions[typed - 1];
				expect(saved?.id).toMatch(/^(numeric|cloze|short-answer)\./);
				expect((await listAnswers(db, attempt)).map((row) => row.questionId)).toEqual([saved?.id]);
				const [, other] = await learner.typedQuestions(attempt);
				const earlier = questions[(other ?? 0) - 1];
				if (!other || !earlier) throw new Error('the quiz has one typed question only');
				await saveAnswer(db, {
					attemptId: attempt,
					questionId: earlier.id,
					response: 'stored before'
				});
				expect(await (await learner.get(`/quiz/${attempt}/${other}`)).text()).toContain(
					'value="stored before"'
				);
			})
		);
	}
);
