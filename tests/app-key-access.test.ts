import { describe, expect, it } from 'vitest';
import { testEngines } from './db/engines';
import type { RunningApp } from './support/server';
import { Learner } from './support/browserless';
import { appPerTest } from './support/app-per-test';
import { learnerWithTypedPractice } from './support/practice';

/**
 * Keys stay behind an assignment's rules, through the built app on each engine: while a learner
 * has an open attempt, or a submitted one whose feedback the teacher withholds, the same
 * module's practice, self-study results and (closed-book) article are refused to that browser;
 * and practice counts tries on the server.
 */

const REFUSED = /zadanie klasowe|class assignment/;
const KEY = /Poprawna odpowiedź|Correct answer/;

async function assign(app: RunningApp, fields: Record<string, string>) {
	const teacher = new Learner(app.url);
	const signedUp = await teacher.post('/teacher/sign-up', {
		displayName: 'Anna Nowak',
		email: 'anna@school.pl',
		password: 'correct horse battery'
	});
	expect(signedUp.status).toBe(303);
	const created = await teacher.post('/teacher/assignments/new?module=kursk', {
		title: 'Kursk 3b',
		count: '1',
		types: 'numeric',
		facts: 'troops-sent',
		maxAttempts: '1',
		seedMode: 'shared',
		...fields
	});
	expect(created.status, await created.clone().text()).toBe(303);
	const id = /\/teacher\/assignments\/(as_[\w-]+)$/.exec(
		created.headers.get('location') ?? ''
	)?.[1];
	const page = await (await teacher.get(`/teacher/assignments/${id}`)).text();
	const code = /class="join-code"[^>]*>\s*([A-Z0-9]{6})\s*</.exec(page)?.[1] ?? '';
	return { id: id ?? '', code };
}

async function startClassAttempt(student: Learner): Promise<string> {
	const started = await student.post('/class?/start', {});
	expect(started.status).toBe(303);
	const attempt = /\/quiz\/(a_[\w-]+)\/1$/.exec(started.headers.get('location') ?? '')?.[1];
	if (!attempt) throw new Error(`no attempt in ${started.headers.get('location')}`);
	return attempt;
}

/** What the learner is refused: practice (page and answer), self-study results, the article. */
async function expectRefused(student: Learner, selfStudy: string, closedBook: boolean) {
	const practice = await student.get('/practice/kursk');
	expect(practice.status).toBe(403);
	expect(await practice.text()).toMatch(REFUSED);
	const answered = await student.post('/practice/kursk?/answer', {
		item: '0.0',
		answer: '1',
		try: '2'
	});
	expect(answered.status).toBe(403);
	expect(await answered.text()).not.toMatch(KEY);
	const results = await student.get(`/quiz/${selfStudy}/results`);
	expect(results.status).toBe(403);
	const text = await results.text();
	expect(text).toMatch(REFUSED);
	expect(text).not.toMatch(KEY);
	expect((await student.get('/modules/kursk')).status).toBe(closedBook ? 403 : 200);
}

async function expectAvailable(student: Learner, selfStudy: string) {
	expect((await student.get('/practice/kursk')).status).toBe(200);
	const results = await student.get(`/quiz/${selfStudy}/results`);
	expect(results.status).toBe(200);
	expect(await results.text()).toMatch(KEY);
	expect((await student.get('/modules/kursk')).status).toBe(200);
}

describe.each(await testEngines())('keys behind the assignment rules on $name', (engine) => {
	const withApp = appPerTest(engine);

	it.skipIf(engine.skip)(
		'feedback never, closed book: practice, self-study results and the article are refused',
		withApp(async ({ app }) => {
			const { code } = await assign(app, { feedback: 'never' });
			const student = new Learner(app.url);
			expect((await student.post('/join', { code, name: 'Ola' })).status).toBe(303);
			// Joined but not started: nothing is withheld yet. A self-study quiz started now is
			// handed in blank once the class attempt is open.
			expect((await student.get('/practice/kursk')).status).toBe(200);
			expect((await student.get('/modules/kursk')).status).toBe(200);
			const selfStudy = await student.startQuiz(5);

			const attempt = await startClassAttempt(student);
			expect((await student.post(`/quiz/${selfStudy}/summary?/submit`, {})).status).toBe(303);
			await expectRefused(student, selfStudy, true);
			// In Polish and in English.
			expect(await (await student.get('/practice/kursk?lang=pl')).text()).toMatch(
				/zadanie klasowe/
			);
			expect(await (await student.get('/practice/kursk?lang=en')).text()).toMatch(
				/class assignment/
			);

			await student.post(`/quiz/${attempt}/1`, { answer: '11000', go: 'stay' });
			expect((await student.post(`/quiz/${attempt}/summary?/submit`, {})).status).toBe(303);
			await expectRefused(student, selfStudy, true);

			// Another browser, not in the class, is not affected.
			const other = new Learner(app.url);
			expect((await other.get('/practice/kursk')).status).toBe(200);
			expect((await other.get('/modules/kursk')).status).toBe(200);
		})
	);

	it.skipIf(engine.skip)(
		'feedback after the due date, open book: refused until the due date, available after it',
		withApp(async ({ app, database }) => {
			const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 16);
			const { id, code } = await assign(app, {
				feedback: 'after-due',
				openBook: 'on',
				dueAt: tomorrow,
				timezoneOffset: '0'
			});
			const student = new Learner(app.url);
			expect((await student.post('/join', { code, name: 'Ola' })).status).toBe(303);
			const selfStudy = await student.startQuiz(5);
			const attempt = await startClassAttempt(student);
			expect((await student.post(`/quiz/${selfStudy}/summary?/submit`, {})).status).toBe(303);
			await expectRefused(student, selfStudy, false);
			await student.post(`/quiz/${attempt}/1`, { answer: '11000', go: 'stay' });
			expect((await student.post(`/quiz/${attempt}/summary?/submit`, {})).status).toBe(303);
			await expectRefused(student, selfStudy, false);

			// The due date passes: the class's keys are out, so nothing is withheld any more.
			const connection = await database.open();
			const row = await connection.db
				.selectFrom('assignments')
				.select('settings')
				.where('id', '=', id)
				.executeTakeFirstOrThrow();
			const settings = JSON.parse(row.settings) as Record<string, unknown>;
			settings.dueAt = new Date(Date.now() - 60_000).toISOString();
			await connection.db
				.updateTable('assignments')
				.set({ settings: JSON.stringify(settings) })
				.where('id', '=', id)
				.execute();
			await expectAvailable(student, selfStudy);
		})
	);

	it.skipIf(engine.skip)(
		'practice counts tries on the server: a first wrong answer never shows the key',
		withApp(async ({ app }) => {
			const { learner, item } = await learnerWithTypedPractice(app.url);
			// A wrong answer, not an empty one: an empty answer is no try at all.
			const wrong = { item, answer: 'nie wiem', try: '2' };
			// The client claims a second try: the server knows it is the first.
			const first = await learner.post('/practice/kursk?/answer', wrong);
			expect(first.status).toBe(200);
			const firstText = await first.text();
			expect(firstText).not.toMatch(KEY);
			expect(firstText).toMatch(/Spróbuj jeszcze raz|Try once more/);
			// And a second try is one however the client counts.
			const second = await learner.post('/practice/kursk?/answer', { ...wrong, try: '1' });
			expect(second.status).toBe(200);
			expect(await second.text()).toMatch(KEY);
		})
	);
});
