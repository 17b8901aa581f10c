import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testEngines, type TestDatabase } from './db/engines';
import { Learner } from './support/browserless';
import { startApp, type RunningApp } from './support/server';

/**
 * Authoring through the built app, on each engine: a teacher pastes an article, reviews the
 * candidates, publishes, and a student takes the new module; bad input gets clear messages.
 */

const KURSK = readFileSync('tests/fixtures/kursk-article.txt', 'utf8');
const ENGLISH = readFileSync('tests/fixtures/articles/en-port-strike.txt', 'utf8');

async function teacherOn(app: RunningApp): Promise<Learner> {
	const teacher = new Learner(app.url);
	const response = await teacher.post('/teacher/sign-up', {
		displayName: 'Anna Nowak',
		email: 'anna@school.pl',
		password: 'correct horse battery'
	});
	expect(response.status).toBe(303);
	return teacher;
}

async function postMultipart(learner: Learner, path: string, form: FormData, base: string) {
	return fetch(base + path, {
		method: 'POST',
		headers: { cookie: learner.cookie, origin: base, accept: 'text/html' },
		body: form,
		redirect: 'manual'
	});
}

/** The review form as the page renders it, so a test can post it back like a browser. */
function reviewFields(html: string): URLSearchParams {
	const fields = new URLSearchParams();
	const form = html.slice(
		html.indexOf('id="review"'),
		html.indexOf('</form>', html.indexOf('id="review"'))
	);
	for (const match of form.matchAll(/<input([^>]*)>/g)) {
		const attributes = match[1] ?? '';
		const name = /name="([^"]+)"/.exec(attributes)?.[1];
		if (!name) continue;
		const value = /value="([^"]*)"/.exec(attributes)?.[1] ?? '';
		const type = /type="([^"]+)"/.exec(attributes)?.[1];
		if (type === 'checkbox' && !/checked/.test(attributes)) continue;
		fields.append(
			name,
			type === 'checkbox' ? 'on' : value.replace(/&quot;/g, '"').replace(/&amp;/g, '&')
		);
	}
	return fields;
}

async function postFields(learner: Learner, path: string, fields: URLSearchParams, base: string) {
	return fetch(base + path, {
		method: 'POST',
		headers: {
			cookie: learner.cookie,
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: fields.toString(),
		redirect: 'manual'
	});
}

describe.each(await testEngines())('authoring through the app on $name', (engine) => {
	let database: TestDatabase;
	let app: RunningApp;

	const withApp = (run: () => Promise<void>) => async () => {
		database = await engine.create();
		app = await startApp({ DATABASE_URL: database.url });
		try {
			await run();
		} finally {
			await app.stop();
			await database.drop();
		}
	};

	it.skipIf(engine.skip)(
		'paste, review, publish, and a student on another app instance takes the quiz',
		withApp(async () => {
			const teacher = await teacherOn(app);
			const started = await teacher.post('/teacher/authoring?/start', { text: KURSK });
			expect(started.status).toBe(303);
			const draftPath = started.headers.get('location') ?? '';
			expect(draftPath).toMatch(/^\/teacher\/authoring\/d_/);

			const review = await (await teacher.get(draftPath)).text();
			// The seed article's figures are found and marked in the article.
			expect(review).toMatch(/<mark><a href="#candidate-[^"]+">około czterech tysięcy/);
			expect(review).toContain('11 tysięcy');

			const fields = reviewFields(review);
			fields.set('moduleId', 'kursk-draft');
			fields.set('source', 'Polskie Radio 24');
			fields.set('date', '2025-01-20');
			const saved = await postFields(teacher, `${draftPath}?/save`, fields, app.url);
			expect(saved.status).toBe(200);
			// A reload shows what was typed.
			expect(await (await teacher.get(draftPath)).text()).toContain('value="Polskie Radio 24"');

			const previewed = await postFields(teacher, `${draftPath}?/preview`, fields, app.url);
			expect(await previewed.text()).toMatch(/Podgląd quizu|Quiz preview/);

			const published = await postFields(teacher, `${draftPath}?/publish`, fields, app.url);
			expect(published.status, await published.clone().text()).toBe(303);
			expect(published.headers.get('location')).toBe('/modules/kursk-draft');

			// A second instance on the same database serves the new module too.
			const second = await startApp({ DATABASE_URL: database.url });
			try {
				const student = new Learner(second.url);
				const home = await (await student.get('/')).text();
				expect(home).toContain('/modules/kursk-draft');
				const start = await student.post('/modules/kursk-draft?/start', { count: '5' });
				expect(start.status).toBe(303);
				expect(start.headers.get('location')).toMatch(/^\/quiz\/a_[\w-]+\/1$/);
			} finally {
				await second.stop();
			}

			// The published files export as they are, and the file module's id cannot be taken.
			const facts = await teacher.get('/teacher/authoring/published/kursk-draft/facts.yaml');
			expect(facts.status).toBe(200);
			expect(await facts.text()).toMatch(/^# yaml-language-server/);
			fields.set('moduleId', 'kursk');
			const clash = await postFields(teacher, `${draftPath}?/publish`, fields, app.url);
			expect(clash.status).toBe(400);
			expect(await clash.text()).toMatch(/ma już inny moduł|Another module has this id/);
		})
	);

	it.skipIf(engine.skip)(
		'refuses empty, binary, oversized, foreign-language and fact-less input clearly; strips scripts',
		withApp(async () => {
			const teacher = await teacherOn(app);
			const empty = await teacher.post('/teacher/authoring?/start', { text: '  ' });
			expect(empty.status).toBe(400);
			expect(await empty.text()).toMatch(/Tekst jest pusty|The text is empty/);

			const binary = new FormData();
			binary.set('file', new File([new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 7])], 'a.txt'));
			const binaryResponse = await postMultipart(
				teacher,
				'/teacher/authoring?/start',
				binary,
				app.url
			);
			expect(binaryResponse.status).toBe(400);
			expect(await binaryResponse.text()).toMatch(/nie wygląda na tekst|does not look like text/);

			const pdf = new FormData();
			pdf.set('file', new File(['%PDF-1.4'], 'article.pdf'));
			const pdfResponse = await postMultipart(teacher, '/teacher/authoring?/start', pdf, app.url);
			expect(pdfResponse.status).toBe(400);
			expect(await pdfResponse.text()).toMatch(/nie jest obsługiwany|not supported/);

			const huge = await teacher.post('/teacher/authoring?/start', {
				text: 'Ala ma kota. '.repeat(20_000)
			});
			expect(huge.status).toBe(400);
			expect(await huge.text()).toMatch(/za długi|too long/);

			const german = await teacher.post('/teacher/authoring?/start', {
				text: 'Die Regierung hat am Montag beschlossen, dass die Schulen im Winter länger geöffnet bleiben. Der Minister sagte, die Entscheidung sei richtig und werde von den Eltern unterstützt.'
			});
			expect(german.status).toBe(400);
			expect(await german.text()).toMatch(/po polsku i po angielsku|Polish and English/);

			const nothing = await teacher.post('/teacher/authoring?/start', {
				text: 'Ala ma kota, a kot ma Alę. Lubią się bardzo i często bawią się razem w ogrodzie.'
			});
			expect(nothing.status).toBe(400);
			expect(await nothing.text()).toMatch(/Nie znaleziono|No facts/);

			const scripted = await teacher.post('/teacher/authoring?/start', {
				text: `<html><body><script>alert("x")</script><p>${ENGLISH.replace(/\n\n/g, '</p><p>')}</p></body></html>`
			});
			expect(scripted.status).toBe(303);
			const page = await (await teacher.get(scripted.headers.get('location') ?? '')).text();
			expect(page).not.toContain('alert("x")');
			expect(page).not.toContain('<script>alert');
		})
	);

	it.skipIf(engine.skip)(
		'imports module files with the same precise errors as the file loader',
		withApp(async () => {
			const teacher = await teacherOn(app);
			const article = readFileSync('questions/kursk/article.md', 'utf8');
			const facts = readFileSync('questions/kursk/facts.yaml', 'utf8');
			const broken = new FormData();
			broken.set('moduleId', 'kursk-copy');
			broken.set('article', new File([article], 'article.md'));
			broken.set(
				'facts',
				new File(
					[facts.replace('evidence: Do obwodu kurskiego', 'evidence: Do obwodu kurskiegoo')],
					'facts.yaml'
				)
			);
			const refused = await postMultipart(teacher, '/teacher/authoring?/import', broken, app.url);
			expect(refused.status).toBe(400);
			expect(await refused.text()).toMatch(
				/kursk-copy\/facts\.yaml:\d+ facts\[\d+\]\.evidence: not found in article\.md/
			);

			const good = new FormData();
			good.set('moduleId', 'kursk-copy');
			good.set('article', new File([article], 'article.md'));
			good.set('facts', new File([facts], 'facts.yaml'));
			const imported = await postMultipart(teacher, '/teacher/authoring?/import', good, app.url);
			expect(imported.status).toBe(303);
			expect((await teacher.get('/modules/kursk-copy')).status).toBe(200);
		})
	);
});
