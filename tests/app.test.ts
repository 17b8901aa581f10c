import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Learner } from './support/browserless';
import { startApp, type RunningApp } from './support/server';

describe('the built app on its defaults', () => {
	let app: RunningApp;
	beforeAll(async () => {
		app = await startApp();
	});
	afterAll(() => app?.stop());

	it('lists the seed module on the home page, in Polish by default', async () => {
		const response = await fetch(app.url + '/', { headers: { 'accept-language': 'pl' } });
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('<html lang="pl">');
		expect(html).toContain('href="/modules/kursk"');
		expect(html).toContain('Żołnierze z Korei Północnej po stronie Rosji w obwodzie kurskim');
		expect(html).toMatch(/17 faktów|\d+ faktów/);
	});

	it('serves the article with its related-article boxes as boxes', async () => {
		const html = await (await fetch(app.url + '/modules/kursk')).text();
		expect(html.match(/<aside class="related"/g)).toHaveLength(2);
		expect(html).toContain('Czytaj więcej');
		expect(html).toContain(
			'Do obwodu kurskiego w Rosji trafiło ok. 11 tysięcy północnokoreańskich żołnierzy.'
		);
	});

	it('switches the UI to English and keeps the content Polish', async () => {
		const response = await fetch(app.url + '/modules/kursk?lang=en');
		const html = await response.text();
		expect(html).toContain('<html lang="en">');
		expect(html).toContain('<article class="article" lang="pl">');
		expect(html).toContain('All modules');
		expect(response.headers.get('set-cookie')).toContain('lang=en');
	});

	it("sends the framework's client only to pages that need it; the question page gets 1 kB", async () => {
		const scriptsOf = async (path: string, headers: Record<string, string> = {}) => {
			const html = await (await fetch(app.url + path, { headers })).text();
			return [...html.matchAll(/<script\b[^>]*>/g)].map(
				([tag]) => /\bsrc="([^"]*)"/.exec(tag)?.[1] ?? 'inline'
			);
		};
		expect(await scriptsOf('/')).toEqual([]);
		expect(await scriptsOf('/modules/kursk')).toEqual([]);
		expect(await scriptsOf('/join')).toEqual([]);

		const learner = new Learner(app.url);
		const attemptId = await learner.startQuiz();
		const cookie = learner.cookie;
		// Every question page gets the 1 kB autosave script; ordering and matching (whose rows are
		// `li.pair` selects) also get drag and drop, and nothing else is sent.
		for (let n = 1; n <= 5; n++) {
			const html = await (
				await fetch(`${app.url}/quiz/${attemptId}/${n}`, { headers: { cookie } })
			).text();
			const rows = /<li class="pair/.test(html);
			expect(await scriptsOf(`/quiz/${attemptId}/${n}`, { cookie }), `question ${n}`).toEqual(
				rows ? ['/quiz-question.js', '/quiz-drag.js'] : ['/quiz-question.js']
			);
		}
		// Practice gives feedback in place: the framework's client runs there.
		expect((await scriptsOf('/practice/kursk', { cookie })).length).toBeGreaterThan(0);
	});

	it('answers 404 with a clear message for an unknown module', async () => {
		const response = await fetch(app.url + '/modules/atlantis', {
			headers: { 'accept-language': 'en' }
		});
		expect(response.status).toBe(404);
		expect(await response.text()).toMatch(/There is no module (&quot;|")atlantis(&quot;|")\./);
	});
});

describe('the app with a broken module beside a valid one', () => {
	let app: RunningApp;
	const dir = mkdtempSync(join(tmpdir(), 'factquiz-content-'));
	beforeAll(async () => {
		cpSync('questions/kursk', join(dir, 'kursk'), { recursive: true });
		cpSync('questions/kursk', join(dir, 'broken'), { recursive: true });
		writeFileSync(join(dir, 'broken', 'facts.yaml'), 'facts:\n  - id: x\n    kind: number\n');
		app = await startApp({ CONTENT_DIR: dir });
	});
	afterAll(async () => {
		await app?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('serves the valid module and says which one it refused and why', async () => {
		const html = await (
			await fetch(app.url + '/', { headers: { 'accept-language': 'en' } })
		).text();
		expect(html).toContain('href="/modules/kursk"');
		expect(html).not.toContain('href="/modules/broken"');
		expect(html).toContain('Modules that could not be loaded');
		// The file, the line and the field that is missing (the first the schema asks for).
		expect(html).toMatch(/broken\/facts\.yaml:2 facts\[0\]\.\w+: is required/);
		expect(app.output()).toContain('module "broken" refused');
	});
});
