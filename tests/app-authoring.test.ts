import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { factsFileSchema } from '../src/lib/quiz/content';
import { testEngines } from './db/engines';
import { Learner } from './support/browserless';
import { appPerTest } from './support/app-per-test';
import { startApp, type RunningApp } from './support/server';

// Each test drives whole app instances through a paste, a review and a quiz on both
// databases: 12–15 s on a quiet machine, past 30 s when CI runs other files beside it.
vi.setConfig({ testTimeout: 90_000 });

/**
 * Authoring through the built app, on each engine: a teacher pastes an article, reviews the
 * candidates, publishes, and a student takes the new module; bad input gets clear messages.
 */

const KURSK = readFileSync('tests/fixtures/kursk-article.txt', 'utf8');
const ENGLISH = readFileSync('tests/fixtures/articles/en-port-strike.txt', 'utf8');
const GORZOW = readFileSync('tests/fixtures/corpus/pl-most-gorzow.txt', 'utf8');

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

const decode = (text: string) =>
	text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** The review form as the page renders it, so a test can post it back like a browser. */
function reviewFields(html: string): URLSearchParams {
	const fields = new URLSearchParams();
	const form = html.slice(
		html.indexOf('id="review"'),
		html.indexOf('</form>', html.indexOf('id="review"'))
	);
	for (const match of form.matchAll(
		/<input([^>]*)>|<textarea([^>]*)>([^<]*)<\/textarea>|<select([^>]*)>([\s\S]*?)<\/select>/g
	)) {
		const attributes = match[1] ?? match[2] ?? match[4] ?? '';
		const name = /name="([^"]+)"/.exec(attributes)?.[1];
		if (!name) continue;
		if (match[4] !== undefined) {
			const options = [...(match[5] ?? '').matchAll(/<option([^>]*)>/g)].map(
				(option) => option[1] ?? ''
			);
			const chosen = options.find((option) => /selected/.test(option)) ?? options[0] ?? '';
			fields.append(name, decode(/value="([^"]*)"/.exec(chosen)?.[1] ?? ''));
			continue;
		}
		if (match[2] !== undefined) {
			fields.append(name, decode(match[3] ?? ''));
			continue;
		}
		const value = /value="([^"]*)"/.exec(attributes)?.[1] ?? '';
		const type = /type="([^"]+)"/.exec(attributes)?.[1];
		if (type === 'checkbox' && !/checked/.test(attributes)) continue;
		fields.append(name, type === 'checkbox' ? 'on' : decode(value));
	}
	return fields;
}

/** The one field whose name starts with `prefix` and whose value is `value`: a candidate or an entity by what it shows. */
function fieldNamed(fields: URLSearchParams, prefix: string, value: string | RegExp): string {
	const found = [...fields].find(
		([name, shown]) =>
			name.startsWith(prefix) && (typeof value === 'string' ? shown === value : value.test(shown))
	);
	if (!found) throw new Error(`no ${prefix}… field showing "${value}"`);
	return found[0].slice(prefix.length);
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
	const withApp = appPerTest(engine);

	it.skipIf(engine.skip)(
		'paste, review, publish, and a student on another app instance takes the quiz',
		withApp(async ({ app, database }) => {
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
			const reloaded = await (await teacher.get(draftPath)).text();
			expect(reloaded).toContain('value="Polskie Radio 24"');
			expect(reloaded).toMatch(/id="moduleId"[^>]*value="kursk-draft"/);

			const previewed = await postFields(teacher, `${draftPath}?/preview`, fields, app.url);
			expect(previewed.headers.get('location')).toBe(`${draftPath}/preview`);
			const preview = await teacher.get(`${draftPath}/preview?seed=1&count=10`);
			expect(await preview.text()).toMatch(/<h1>(Podgląd quizu|Quiz preview)<\/h1>/);

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
		'fixes a key, an entity’s type, distractors and a merge; previews; the student gets the fix',
		withApp(async ({ app }) => {
			const teacher = await teacherOn(app);
			const started = await teacher.post('/teacher/authoring?/start', { text: KURSK });
			const draftPath = started.headers.get('location') ?? '';
			const review = await (await teacher.get(draftPath)).text();
			// The check's findings are words of the page's language, never internal codes.
			expect(review).toContain('Nie zaznaczono, bo:');
			expect(review).not.toMatch(/Nie zaznaczono, bo:[^<]*(clutter|key-not-in-evidence)/);
			const fields = reviewFields(review);
			const troops = fieldNamed(fields, 'value-', '11 000');
			const kim = fieldNamed(fields, 'entity-name-', 'Kim Dzong Un');
			const moscow = fieldNamed(fields, 'entity-name-', 'Moskwa');
			const pyongyang = fieldNamed(fields, 'entity-name-', 'Pjongjang');
			// Only the troops figure goes in, so the student's quiz asks about it.
			for (const name of [...fields.keys()]) if (name.startsWith('accept-')) fields.delete(name);
			fields.set(`accept-${troops}`, 'on');
			fields.set('moduleId', 'kursk-fixed');
			fields.set('source', 'Polskie Radio 24');
			fields.set(`value-${troops}`, '12 tys.');
			fields.set(`distractors-${troops}`, '15 000\n12 000\n9 000');
			fields.set(`entity-type-${kim}`, 'organisation');
			fields.set(`entity-merge-${pyongyang}`, moscow);
			expect((await postFields(teacher, `${draftPath}?/save`, fields, app.url)).status).toBe(200);

			// The distractor equal to the fixed key is refused on its field, and publishing waits.
			const refused = await (await teacher.get(draftPath)).text();
			expect(refused).toContain('„12 000” to poprawna odpowiedź');
			expect(refused).toMatch(
				new RegExp(
					`id="distractors-${troops}"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="distractors-${troops}"`
				)
			);
			const blocked = await postFields(teacher, `${draftPath}?/publish`, fields, app.url);
			expect(blocked.status).toBe(400);
			expect(await blocked.text()).toContain('Popraw zaznaczone pola przed publikacją.');

			fields.set(`distractors-${troops}`, '15 000\n20 000\n9 000');
			expect((await postFields(teacher, `${draftPath}?/save`, fields, app.url)).status).toBe(200);
			const fixed = reviewFields(await (await teacher.get(draftPath)).text());
			expect(fixed.get(`entity-type-${kim}`)).toBe('organisation');
			expect(fixed.get(`entity-merge-${pyongyang}`)).toBe(moscow);
			expect(fixed.get(`distractors-${troops}`)).toBe('15 000\n20 000\n9 000');

			// The preview: one student's quiz through the quiz's own form, scored by the real scorer.
			const opened = await postFields(teacher, `${draftPath}?/preview`, fixed, app.url);
			expect(opened.headers.get('location')).toBe(`${draftPath}/preview`);
			const seeded = await teacher.get(`${draftPath}/preview`);
			expect(seeded.headers.get('location')).toMatch(/^\?seed=\d+&count=10$/);
			const preview = await (await teacher.get(`${draftPath}/preview?seed=7&count=10`)).text();
			expect(preview).toMatch(/<h1>Podgląd quizu<\/h1>/);
			expect(preview).toContain('<legend');
			// Nothing of the key, the evidence or the fact's id reaches the page before an answer.
			expect(preview).not.toContain(troops);
			expect(preview).not.toContain('11 tysięcy');
			const typed = /name="answer" type="text"/.test(preview);
			const twelve =
				/<input type="radio" name="answer" value="([a-z])"[^>]*>\s*<span[^>]*>12 000</.exec(
					preview
				)?.[1];
			expect(typed || twelve !== undefined).toBe(true);
			const answered = await teacher.post(`${draftPath}/preview?/answer&seed=7&count=10`, {
				index: '0',
				answer: typed ? '12 tys.' : (twelve ?? '')
			});
			expect(answered.status).toBe(200);
			expect(await answered.text()).toContain('Uczeń dostałby 1 pkt z 1.');
			const wrong = await teacher.post(`${draftPath}/preview?/answer&seed=7&count=10`, {
				index: '0',
				answer: typed ? '3000' : 'a' === twelve ? 'b' : 'a'
			});
			expect(await wrong.text()).toContain('Uczeń dostałby 0 pkt z 1.');

			const published = await postFields(teacher, `${draftPath}?/publish`, fixed, app.url);
			expect(published.status, await published.clone().text()).toBe(303);
			const facts = await (
				await teacher.get('/teacher/authoring/published/kursk-fixed/facts.yaml')
			).text();
			const file = factsFileSchema.parse(parse(facts));
			expect(file.facts).toEqual([
				expect.objectContaining({
					id: troops,
					value: 12000,
					// Typed as the author likes, written as the key is.
					distractors: ['15 000', '20 000', '9000']
				})
			]);
			const entity = (id: string) => file.entities.find((found) => found.id === id);
			expect(entity(kim)).toMatchObject({ name: 'Kim Dzong Un', type: 'organisation' });
			expect(entity(pyongyang)).toBeUndefined();
			expect(entity(moscow)?.aliases).toContain('Pjongjang');

			// A student's quiz of the published module scores the fixed key.
			const student = new Learner(app.url);
			const start = await student.post('/modules/kursk-fixed?/start', { count: '5' });
			const attempt = /\/quiz\/(a_[^/]+)\/1$/.exec(start.headers.get('location') ?? '')?.[1];
			const question = await (await student.get(`/quiz/${attempt}/1`)).text();
			const option =
				/<input type="radio" name="answer" value="([a-z])"[^>]*>\s*<span[^>]*>12 000</.exec(
					question
				)?.[1];
			await student.post(`/quiz/${attempt}/1`, {
				answer: /name="answer" type="text"/.test(question) ? '12 000' : (option ?? ''),
				go: 'summary'
			});
			expect((await student.post(`/quiz/${attempt}/summary?/submit`, {})).status).toBe(303);
			expect(await (await student.get(`/quiz/${attempt}/results`)).text()).toMatch(
				/class="score">[^<]*\(100%\)/
			);
		})
	);

	it.skipIf(engine.skip)(
		'adds a missed fact, moves one, changes a kind, labels figures; matching in preview and quiz',
		withApp(async ({ app }) => {
			const teacher = await teacherOn(app);
			const started = await teacher.post('/teacher/authoring?/start', { text: KURSK });
			const draftPath = started.headers.get('location') ?? '';
			const fields = reviewFields(await (await teacher.get(draftPath)).text());
			fields.set('moduleId', 'kursk-labelled');
			fields.set('source', 'Polskie Radio 24');
			// The article's sentences, in the order of the select every fact and "Add a fact" offer.
			const page = await (await teacher.get(draftPath)).text();
			const sentenceChoice = page.slice(
				page.indexOf('id="new-evidence"'),
				page.indexOf('</select>', page.indexOf('id="new-evidence"'))
			);
			const sentences = [...sentenceChoice.matchAll(/<option value="(\d+)"[^>]*>([^<]*)</g)].map(
				(match) => ({ index: match[1] ?? '', text: decode(match[2] ?? '').trim() })
			);
			const sentence = (start: string) =>
				sentences.find((found) => found.text.startsWith(start))?.index ?? 'none';

			// What four figures count, with one unit: rows of matching and ordering questions.
			const labels: [RegExp, string][] = [
				[/^4\s?000$/, 'Straty wojsk Korei Północnej do połowy stycznia'],
				[/^1\s?000$/, 'Zabici i zmarli żołnierze Korei Północnej'],
				[/^11\s000$/, 'Żołnierze Korei Północnej wysłani do obwodu kurskiego'],
				[/^2$/, 'Koreańczycy z Północy pojmani przez armię ukraińską']
			];
			const figure: Record<string, string> = {};
			for (const [value, label] of labels) {
				const id = fieldNamed(fields, 'value-', value);
				figure[label] = id;
				fields.set(`accept-${id}`, 'on');
				fields.set(`unit-${id}`, 'żołnierzy');
				fields.set(`label-${id}`, label);
			}
			const captured = figure['Koreańczycy z Północy pojmani przez armię ukraińską'] ?? '';
			// A label giving another row's figure away, and the capture moved to a sentence without it.
			fields.set(`label-${figure['Zabici i zmarli żołnierze Korei Północnej']}`, 'Polegli: 4000');
			fields.set(`evidence-${captured}`, sentence('Według zachodnich'));
			expect((await postFields(teacher, `${draftPath}?/save`, fields, app.url)).status).toBe(200);
			const refused = await (await teacher.get(draftPath)).text();
			expect(refused).toContain('W wybranym zdaniu nie ma odpowiedzi „2”');
			expect(refused).toContain('Opis zawiera liczbę innego faktu (4000)');
			expect(refused).toMatch(
				new RegExp(`id="evidence-${captured}"[^>]*aria-describedby="evidence-${captured}-error"`)
			);
			expect((await postFields(teacher, `${draftPath}?/publish`, fields, app.url)).status).toBe(
				400
			);
			fields.set(
				`label-${figure['Zabici i zmarli żołnierze Korei Północnej']}`,
				'Zabici i zmarli żołnierze Korei Północnej'
			);
			const wounded = sentence('Władze Ukrainy');
			fields.set(`evidence-${captured}`, wounded);

			// Who proposed sending troops is asked as what was proposed: an answer in words.
			const proposal = fieldNamed(fields, 'question-', /^Kto wyszedł z propozycją/);
			fields.set(`accept-${proposal}`, 'on');
			fields.set(`kind-${proposal}`, 'text');
			fields.set(`answer-text-${proposal}`, 'wysłanie wojsk do Rosji');
			fields.set(`question-${proposal}`, 'Z jaką propozycją wyszedł Kim Dzong Un?');

			// A fact the extraction missed: first without a question, in a sentence without its figure.
			fields.set('new-kind', 'number');
			fields.set('new-evidence', sentence('Dzieje się tak'));
			fields.set('new-value', '7');
			fields.set('new-unit', 'lat');
			const badAdd = await postFields(teacher, `${draftPath}?/add`, fields, app.url);
			expect(badAdd.status).toBe(400);
			const badPage = await badAdd.text();
			expect(badPage).toContain('W wybranym zdaniu nie ma odpowiedzi „7”');
			expect(badPage).toContain('Wpisz pytanie');
			expect(badPage).toMatch(/id="new-evidence"[^>]*aria-invalid="true"/);
			// What was typed comes back, on the refused page and after a reload.
			expect(badPage).toMatch(/id="new-value"[^>]*value="7"/);
			expect(await (await teacher.get(draftPath)).text()).toMatch(/id="new-unit"[^>]*value="lat"/);

			fields.set('new-kind', 'text');
			fields.delete('new-value');
			fields.delete('new-unit');
			fields.set('new-answer-text', 'obawy przed prześladowaniami rodziny');
			fields.set(
				'new-question',
				'Dlaczego żołnierze z Korei Północnej wolą umrzeć, niż się poddać?'
			);
			const added = await postFields(teacher, `${draftPath}?/add`, fields, app.url);
			expect(added.status, await added.clone().text()).toBe(303);
			expect(added.headers.get('location')).toBe(`${draftPath}#candidate-added-1`);
			const review = await (await teacher.get(draftPath)).text();
			expect(review).toContain('id="candidate-added-1"');
			expect(review).not.toContain('class="field-error"');
			const reviewed = reviewFields(review);
			expect(reviewed.get('accept-added-1')).toBe('on');
			expect(reviewed.get(`evidence-${captured}`)).toBe(wounded);
			expect(reviewed.get(`kind-${proposal}`)).toBe('text');
			expect(reviewed.get(`answer-text-${proposal}`)).toBe('wysłanie wojsk do Rosji');
			expect(reviewed.get('new-value') ?? '').toBe('');

			// One student's preview shows the rows as labelled.
			let matching = '';
			for (let seed = 1; seed <= 40 && !matching; seed++) {
				const preview = await (
					await teacher.get(`${draftPath}/preview?seed=${seed}&count=10`)
				).text();
				if (preview.includes('Dopasuj liczby do tego, co liczą:')) matching = preview;
			}
			expect(matching).toMatch(
				/<label for="q\d+-\d+" lang="pl">Zabici i zmarli żołnierze Korei Północnej<\/label>/
			);

			const published = await postFields(teacher, `${draftPath}?/publish`, reviewed, app.url);
			expect(published.status, await published.clone().text()).toBe(303);
			const file = factsFileSchema.parse(
				parse(
					await (await teacher.get('/teacher/authoring/published/kursk-labelled/facts.yaml')).text()
				)
			);
			expect(file.facts.find((fact) => fact.id === 'added-1')).toMatchObject({
				kind: 'text',
				value: 'obawy przed prześladowaniami rodziny',
				evidence: expect.stringMatching(/^Dzieje się tak na skutek obaw/)
			});
			expect(file.facts.find((fact) => fact.id === proposal)).toMatchObject({
				kind: 'text',
				value: 'wysłanie wojsk do Rosji',
				questions: ['Z jaką propozycją wyszedł Kim Dzong Un?']
			});
			expect(file.facts.find((fact) => fact.id === captured)).toMatchObject({
				label: 'Koreańczycy z Północy pojmani przez armię ukraińską',
				unit: 'żołnierzy',
				evidence: expect.stringMatching(/^Władze Ukrainy poinformowały/)
			});

			// A student gets the added fact and is scored on it. A quiz draws some facts of the
			// module, not all: students come until one is asked it.
			let student = new Learner(app.url);
			let attempt: string | undefined;
			let asked = 0;
			for (let tries = 0; tries < 20 && !asked; tries++) {
				student = new Learner(app.url);
				const start = await student.post('/modules/kursk-labelled?/start', { count: '20' });
				attempt = /\/quiz\/(a_[^/]+)\/1$/.exec(start.headers.get('location') ?? '')?.[1];
				for (let n = 1; n <= 20 && !asked; n++) {
					const question = await student.get(`/quiz/${attempt}/${n}`);
					if (question.status !== 200) break;
					if ((await question.text()).includes('Dlaczego żołnierze z Korei Północnej wolą umrzeć'))
						asked = n;
				}
			}
			expect(asked).toBeGreaterThan(0);
			await student.post(`/quiz/${attempt}/${asked}`, {
				answer: 'obawy przed prześladowaniami rodziny',
				go: 'summary'
			});
			expect((await student.post(`/quiz/${attempt}/summary?/submit`, {})).status).toBe(303);
			const results = await (await student.get(`/quiz/${attempt}/results`)).text();
			const block = results
				.split('<li class="result result-')
				.find((item) => item.includes('Dlaczego żołnierze z Korei Północnej wolą umrzeć'));
			expect(block?.split(/[\s"]/)[0]).toBe('correct');
		})
	);

	it.skipIf(engine.skip)(
		'a name an added fact makes is listed and fixed like the article’s; an added fact is deleted',
		withApp(async ({ app }) => {
			const teacher = await teacherOn(app);
			const started = await teacher.post('/teacher/authoring?/start', { text: KURSK });
			const draftPath = started.headers.get('location') ?? '';
			const page = await (await teacher.get(draftPath)).text();
			const fields = reviewFields(page);
			const sentenceChoice = page.slice(
				page.indexOf('id="new-evidence"'),
				page.indexOf('</select>', page.indexOf('id="new-evidence"'))
			);
			const sentence = (start: string) =>
				[...sentenceChoice.matchAll(/<option value="(\d+)"[^>]*>([^<]*)</g)].find((match) =>
					decode(match[2] ?? '')
						.trim()
						.startsWith(start)
				)?.[1] ?? 'none';
			fields.set('moduleId', 'kursk-names');
			fields.set('new-kind', 'entity');
			fields.set('new-evidence', sentence('Ukraińskiej armii'));
			fields.set('new-answer-name', 'Ukraińska armia');
			fields.set('new-answer-type', 'place');
			fields.set('new-question', 'Kto pojmał dwóch Koreańczyków z Północy?');
			const added = await postFields(teacher, `${draftPath}?/add`, fields, app.url);
			expect(added.status, await added.clone().text()).toBe(303);

			// The name is among the article's names, with the fields every name has.
			const listed = await (await teacher.get(draftPath)).text();
			const named = reviewFields(listed);
			const entity = fieldNamed(named, 'entity-name-', 'Ukraińska armia');
			expect(named.get(`entity-type-${entity}`)).toBe('place');
			expect(listed).toContain('Tę nazwę dodano razem z dodanym faktem.');
			named.set(`entity-type-${entity}`, 'organisation');
			named.set(`entity-name-${entity}`, 'Armia Ukrainy');
			named.set(`entity-aliases-${entity}`, 'SZU');
			// A second added fact, to be deleted with a confirmation.
			named.set('new-kind', 'text');
			named.set('new-evidence', sentence('Dzieje się tak'));
			named.set('new-answer-text', 'obawy przed prześladowaniami rodziny');
			named.set('new-question', 'Dlaczego żołnierze wolą umrzeć, niż się poddać?');
			expect((await postFields(teacher, `${draftPath}?/add`, named, app.url)).status).toBe(303);

			const both = await (await teacher.get(draftPath)).text();
			expect(both).toContain('id="candidate-added-2"');
			// The confirmation is a disclosure: its button says what it deletes, by reference.
			expect(both).toMatch(
				/<details class="delete-fact"><summary>Usuń ten fakt…<\/summary>\s*<p id="delete-added-2-confirm">/
			);
			expect(both).toMatch(
				/formaction="\/teacher\/authoring\/d_[^"?]+\?\/removeFact" name="remove" value="added-2" aria-describedby="delete-added-2-confirm"/
			);
			// Enter in a field saves: the form's first button is the save, not a delete.
			const review = both.slice(both.indexOf('id="review"'));
			expect(review.indexOf('<button')).toBe(
				review.indexOf('<button type="submit" class="default-action"')
			);
			const reviewed = reviewFields(both);
			reviewed.set('remove', 'added-2');
			const removed = await postFields(teacher, `${draftPath}?/removeFact`, reviewed, app.url);
			expect(removed.status).toBe(303);
			expect(removed.headers.get('location')).toBe(`${draftPath}#candidates-heading`);
			const after = await (await teacher.get(draftPath)).text();
			expect(after).not.toContain('id="candidate-added-2"');
			expect(after).toContain('id="candidate-added-1"');
			// Only an added fact is deleted: an extracted candidate, or one already gone, is not.
			const extracted = fieldNamed(reviewFields(after), 'value-', /^11\s000$/);
			const refusedFields = reviewFields(after);
			refusedFields.set('remove', extracted);
			expect(
				(await postFields(teacher, `${draftPath}?/removeFact`, refusedFields, app.url)).status
			).toBe(404);
			expect(await (await teacher.get(draftPath)).text()).toContain(`id="candidate-${extracted}"`);

			const published = await postFields(
				teacher,
				`${draftPath}?/publish`,
				reviewFields(after),
				app.url
			);
			expect(published.status, await published.clone().text()).toBe(303);
			const file = factsFileSchema.parse(
				parse(
					await (await teacher.get('/teacher/authoring/published/kursk-names/facts.yaml')).text()
				)
			);
			expect(file.facts.map((fact) => fact.id)).not.toContain('added-2');
			const fact = file.facts.find((found) => found.id === 'added-1');
			expect(
				file.entities.find((found) => fact?.kind === 'entity' && found.id === fact.value)
			).toMatchObject({
				name: 'Armia Ukrainy',
				type: 'organisation',
				aliases: expect.arrayContaining(['SZU', 'Ukraińska armia'])
			});
		})
	);

	it.skipIf(engine.skip)(
		'in English: a district typed as a city becomes a place, its base form is fixed, a name is split',
		withApp(async ({ app }) => {
			const teacher = await teacherOn(app);
			const started = await teacher.post('/teacher/authoring?/start', { text: GORZOW });
			const draftPath = started.headers.get('location') ?? '';
			const review = await (await teacher.get(`${draftPath}?lang=en`)).text();
			expect(review).toContain('Names in the article');
			expect(review).toContain('Split: a second name inside this one');
			// Reasons are in English on the English page, and no Polish wording leaks in.
			expect(review).toContain('Not ticked because:');
			expect(review).not.toContain('Nie zaznaczono');
			const fields = reviewFields(review);
			// Zawarcie, a district of Gorzów, is found in its genitive ("z Zawarcia") as a city.
			const district = fieldNamed(fields, 'entity-name-', /^Zawarci/);
			const districtForm = fields.get(`entity-name-${district}`);
			const spokeswoman = fieldNamed(fields, 'entity-name-', 'Ewa Rogalska');
			expect(fields.get(`entity-type-${district}`)).not.toBe('place');
			fields.set('moduleId', 'most-gorzow');
			fields.set('source', 'Gazeta Lubuska');
			fields.set(`entity-type-${district}`, 'place');
			fields.set(`entity-name-${district}`, 'Zawarcie');
			fields.set(`entity-split-name-${spokeswoman}`, 'Urząd Miasta');
			fields.set(`entity-split-type-${spokeswoman}`, 'organisation');
			const published = await postFields(teacher, `${draftPath}?/publish`, fields, app.url);
			expect(published.status, await published.clone().text()).toBe(303);

			const file = factsFileSchema.parse(
				parse(
					await (await teacher.get('/teacher/authoring/published/most-gorzow/facts.yaml')).text()
				)
			);
			const entity = (id: string) => file.entities.find((found) => found.id === id);
			expect(entity(district)).toMatchObject({ name: 'Zawarcie', type: 'place' });
			if (districtForm !== 'Zawarcie') expect(entity(district)?.aliases).toContain(districtForm);
			expect(entity('urzad-miasta')).toMatchObject({ name: 'Urząd Miasta', type: 'organisation' });
			expect(entity(spokeswoman)).toMatchObject({ name: 'Ewa Rogalska', type: 'person' });
			// The facts about the spokeswoman still ask for her.
			const about = file.facts.filter(
				(fact) => fact.kind === 'entity' && fact.value === spokeswoman
			);
			expect(about.length).toBeGreaterThan(0);
		})
	);

	it.skipIf(engine.skip)(
		'refuses empty, binary, oversized, foreign-language and fact-less input clearly; strips scripts',
		withApp(async ({ app }) => {
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
		withApp(async ({ app }) => {
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
