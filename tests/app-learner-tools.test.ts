import { readFileSync } from 'node:fs';
import { createEmptyCard } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { testEngines } from './db/engines';
import { Learner } from './support/browserless';
import { learnerWithTypedPractice } from './support/practice';
import { appPerTest } from './support/app-per-test';

/**
 * A self-learner's practice sessions and history, through the built app on each engine: a
 * session counts the facts for today, an empty answer uses up no try, a verdict reads as a
 * sentence, the session ends with a summary, and /me lists quizzes and practice.
 */

describe.each(await testEngines())('a learner practises and looks back on $name', (engine) => {
	const withApp = appPerTest(engine);

	it.skipIf(engine.skip)(
		'counts the facts for today, keeps the first try from an empty answer, lists it on /me',
		withApp(async ({ app }) => {
			const { learner, item, html } = await learnerWithTypedPractice(app.url);
			const total = Number(/1 (?:z|of) (\d+) (?:faktów na dziś|facts for today)/.exec(html)?.[1]);
			expect(total).toBeGreaterThan(5);

			const empty = await learner.post('/practice/kursk?/answer', { item, answer: '  ' });
			expect(empty.status).toBe(400);
			expect(await empty.text()).toMatch(/pusta nie zużywa próby|does not use up a try/);
			// The first real answer is still the first try: wrong, it asks for a second.
			const first = await learner.post('/practice/kursk?/answer', { item, answer: 'nie wiem' });
			expect(first.status).toBe(200);
			expect(await first.text()).toMatch(/Spróbuj jeszcze raz|Try once more/);
			const second = await learner.post('/practice/kursk?/answer', { item, answer: 'nie wiem' });
			// The verdict heads the result as a sentence does: with a capital.
			expect(await second.text()).toMatch(
				/id="practice-result">(Błędnie|Nie rozpoznano|Wrong|Not recognised)</
			);

			// The next page counts the reviewed fact.
			const next = await (await learner.get('/practice/kursk')).text();
			expect(next).toMatch(new RegExp(`2 (z|of) ${total} `));

			// /me lists the practice of today and a submitted quiz with its score.
			const attempt = await learner.startQuiz(5);
			expect((await learner.post(`/quiz/${attempt}/summary?/submit`, {})).status).toBe(303);
			const me = await (await learner.get('/me')).text();
			expect(me).toMatch(/Twoja historia|Your history/);
			expect(me).toContain(`/quiz/${attempt}/results`);
			expect(me).toMatch(/0 \/ 5\s*\(0%\)/);
			expect(me).toMatch(
				/<th scope="row"><a href="\/practice\/kursk">[^<]+<\/a><\/th>\s*<td>[^<]+<\/td>\s*<td>1<\/td>\s*<td>0<\/td>/
			);
		})
	);

	it.skipIf(engine.skip)(
		"module cards show the article's lead and facts; the module page dates it as a reader would",
		withApp(async ({ app }) => {
			const learner = new Learner(app.url);
			const home = await (await learner.get('/?lang=pl')).text();
			expect(home).toMatch(
				/class="lead-text" lang="pl">Według zachodnich źródeł do połowy stycznia/
			);
			expect(home).toMatch(/\d+ (faktów|fakty)/);
			const module = await (await learner.get('/modules/kursk?lang=en')).text();
			expect(module).toMatch(/<time datetime="2025-01">January 2025<\/time>/);
			const polish = await (await learner.get('/modules/kursk?lang=pl')).text();
			expect(polish).toMatch(/<time datetime="2025-01">styczeń 2025<\/time>/);
		})
	);

	it.skipIf(engine.skip)(
		"a figure's hint fits it, in the language the answer is given in, whatever the UI's",
		withApp(async ({ app }) => {
			const hints = new Set<string>();
			for (let tries = 0; tries < 12 && hints.size < 2; tries++) {
				const learner = new Learner(app.url);
				await learner.get('/?lang=en');
				const attempt = await learner.startQuiz(20);
				for (let n = 1; n <= 20; n++) {
					const page = await learner.get(`/quiz/${attempt}/${n}`);
					if (page.status === 404) break;
					const hint = /<p class="hint" lang="([a-z]+)">([^<]+)<\/p>/.exec(await page.text());
					if (hint) hints.add(`${hint[1]}: ${hint[2]}`);
				}
			}
			// The kursk module is Polish: its numerals are hinted at in Polish on an English page.
			expect([...hints].sort()).toEqual([
				'pl: Cyframi lub słowami, np. „2500”, „2,5 tys.” albo „dwa i pół tysiąca”.',
				'pl: Ułamkiem, procentem albo słowami, np. „0,5”, „50%” albo „połowa”.'
			]);
		})
	);

	it.skipIf(engine.skip)(
		'a session with nothing due ends with a summary, and practising ahead is asked for',
		withApp(async ({ app, database }) => {
			const { learner, item } = await learnerWithTypedPractice(app.url);
			expect(
				(await learner.post('/practice/kursk?/answer', { item, answer: 'nie wiem' })).status
			).toBe(200);
			expect(
				(await learner.post('/practice/kursk?/answer', { item, answer: 'nie wiem' })).status
			).toBe(200);
			// Every other fact practised long ago and due next year: nothing is due or new today.
			const learnerId = /class="learner-id">([^<]+)</.exec(
				await (await learner.get('/me')).text()
			)?.[1];
			if (!learnerId) throw new Error('no learner id on /me');
			const facts = [
				...readFileSync('questions/kursk/facts.yaml', 'utf8').matchAll(/^ {2}- id: ([\w-]+)$/gm)
			].map((match) => match[1] ?? '');
			const nextYear = new Date(Date.now() + 365 * 24 * 3600 * 1000);
			const card = { ...createEmptyCard(nextYear), due: nextYear.toISOString() };
			const connection = await database.open();
			try {
				for (const factId of facts) {
					await connection.db
						.insertInto('review_cards')
						.values({
							learner_id: learnerId,
							module_id: 'kursk',
							fact_id: factId,
							card: JSON.stringify(card),
							due_at: nextYear.toISOString(),
							updated_at: new Date().toISOString()
						})
						.onConflict((conflict) =>
							conflict.columns(['learner_id', 'module_id', 'fact_id']).doUpdateSet({
								card: JSON.stringify(card),
								due_at: nextYear.toISOString()
							})
						)
						.execute();
				}
			} finally {
				await connection.close();
			}
			const done = await (await learner.get('/practice/kursk')).text();
			expect(done).toMatch(/Na dziś wszystko|All done for today/);
			expect(done).toMatch(
				/Dziś przećwiczone fakty: 1, w tym dobrze: 0|Facts practised today: 1, right: 0/
			);
			expect(done).not.toMatch(/name="item"/);
			const ahead = await (await learner.get('/practice/kursk?ahead=yes')).text();
			expect(ahead).toMatch(/name="item"/);
		})
	);
});
