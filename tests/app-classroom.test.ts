import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { testEngines } from './db/engines';
import { Learner } from './support/browserless';
import { appPerTest } from './support/app-per-test';
import type { RunningApp } from './support/server';

/**
 * The classroom through the built app, on each engine: a teacher signs up and assigns, students
 * join with the code and submit, the teacher sees and exports results; and the bad-input
 * catalogue of the classroom issue, each refused with a clear 4xx or neutralised.
 */

const PASSWORD = 'correct horse battery';

async function signUp(
	app: RunningApp,
	email: string,
	headers: Record<string, string> = {}
): Promise<Learner> {
	const teacher = new Learner(app.url, headers);
	const response = await teacher.post('/teacher/sign-up', {
		displayName: 'Anna Nowak',
		email,
		password: PASSWORD
	});
	expect(response.status, await response.clone().text()).toBe(303);
	return teacher;
}

/** The values of the inputs named `name` that a page draws ticked, in page order. */
function tickedIn(html: string, name: string): string[] {
	return [...html.matchAll(/<input\b[^>]*>/g)]
		.map(([input]) => input)
		.filter((input) => input.includes(`name="${name}"`) && /\schecked\b/.test(input))
		.map((input) => /value="([^"]*)"/.exec(input)?.[1] ?? '');
}

async function createAssignment(teacher: Learner, fields: Record<string, string> = {}) {
	const response = await teacher.post('/teacher/assignments/new?module=kursk', {
		title: 'Kursk 3b',
		count: '5',
		maxAttempts: '1',
		feedback: 'after-submit',
		seedMode: 'per-student',
		...fields
	});
	expect(response.status).toBe(303);
	const id = /\/teacher\/assignments\/(as_[\w-]+)$/.exec(
		response.headers.get('location') ?? ''
	)?.[1];
	if (!id) throw new Error('no assignment id in the redirect');
	const page = await (await teacher.get(`/teacher/assignments/${id}`)).text();
	const code = /class="join-code"[^>]*>\s*([A-Z0-9]{6})\s*</.exec(page)?.[1];
	if (!code) throw new Error('no join code on the assignment page');
	return { id, code };
}

async function join(app: RunningApp, code: string, name: string) {
	const student = new Learner(app.url);
	const response = await student.post('/join', { code, name });
	return { student, response };
}

async function startAndSubmit(student: Learner, answer = '11000') {
	const started = await student.post('/class?/start', {});
	expect(started.status).toBe(303);
	const attempt = /\/quiz\/(a_[\w-]+)\/1$/.exec(started.headers.get('location') ?? '')?.[1];
	if (!attempt) throw new Error(`no attempt in ${started.headers.get('location')}`);
	const typed = await student.typedQuestions(attempt, 5);
	for (const n of typed) {
		expect((await student.post(`/quiz/${attempt}/${n}`, { answer, go: 'stay' })).status).toBe(200);
	}
	expect((await student.post(`/quiz/${attempt}/summary?/submit`, {})).status).toBe(303);
	return attempt;
}

describe.each(await testEngines())('the classroom through the app on $name', (engine) => {
	const withApp = appPerTest(engine);

	const contentDir = mkdtempSync(joinPath(tmpdir(), 'factquiz-content-'));
	cpSync('questions', contentDir, { recursive: true });
	const factsFile = joinPath(contentDir, 'kursk', 'facts.yaml');
	afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

	it.skipIf(engine.skip)(
		"pages a big class's student list and counts the whole class",
		withApp(async ({ app }) => {
			const teacher = await signUp(app, 'anna@school.pl');
			const { id, code } = await createAssignment(teacher);
			for (let index = 1; index <= 105; index++) {
				const { response } = await join(app, code, `Uczeń ${index}`);
				expect(response.status).toBe(303);
			}
			const rowsOf = (html: string) =>
				[...html.matchAll(/<th scope="row">\s*<a [^>]*>([^<]*)<\/a>/g)].map((match) => match[1]);
			const first = await (await teacher.get(`/teacher/assignments/${id}`)).text();
			expect(first).toMatch(/Dołączyło: 105\.|Joined: 105\./);
			expect(rowsOf(first)).toHaveLength(100);
			expect(rowsOf(first)[0]).toBe('Uczeń 1');
			expect(first).toMatch(/Strona 1 z 2|Page 1 of 2/);
			expect(first).toContain('href="?page=2"');
			const second = await (await teacher.get(`/teacher/assignments/${id}?page=2`)).text();
			expect(rowsOf(second)).toEqual([
				'Uczeń 101',
				'Uczeń 102',
				'Uczeń 103',
				'Uczeń 104',
				'Uczeń 105'
			]);
			expect(second).toContain('href="?page=1"');
			// A page past the end shows the last one rather than an empty list.
			const past = await (await teacher.get(`/teacher/assignments/${id}?page=99`)).text();
			expect(rowsOf(past)).toHaveLength(5);
		})
	);

	it.skipIf(engine.skip)(
		'regrades after a fact is fixed, shows who changed by how much, and keeps the record',
		withApp(
			async ({ app }) => {
				const teacher = await signUp(app, 'anna@school.pl');
				const { id, code } = await createAssignment(teacher, {
					count: '1',
					types: 'numeric',
					facts: 'troops-sent'
				});
				const { student } = await join(app, code, 'Ola');
				await startAndSubmit(student, '10500');
				const before = await (await teacher.get(`/teacher/assignments/${id}/grades.csv`)).text();
				expect(before).toMatch(/\r\np_[\w-]+,Ola,1,submitted,[^,]+,[^,]+,1,1,100,0\r\n/);

				// The teacher decides the article's "ok. 11 tysięcy" allows 1 %, not 10 %.
				const facts = readFileSync(factsFile, 'utf8');
				writeFileSync(
					factsFile,
					facts.replace(/(id: troops-sent[\s\S]*?tolerance: )0\.1/, '$10.01')
				);
				try {
					const regraded = await teacher.post(`/teacher/assignments/${id}?/regrade`, {});
					expect(regraded.status).toBe(200);
					expect(await regraded.text()).toMatch(/zmieniło się wyników: 1|1 scores changed/);
					const page = await (await teacher.get(`/teacher/assignments/${id}`)).text();
					expect(page).toMatch(/Ola: 1 → 0/);
					const after = await (await teacher.get(`/teacher/assignments/${id}/grades.csv`)).text();
					expect(after).toMatch(/\r\np_[\w-]+,Ola,1,submitted,[^,]+,[^,]+,0,1,0,0\r\n/);
					// A second regrade with nothing changed changes nothing, and says so.
					const again = await teacher.post(`/teacher/assignments/${id}?/regrade`, {});
					expect(await again.text()).toMatch(/żaden wynik się nie zmienił|no score changed/);
				} finally {
					writeFileSync(factsFile, facts);
				}
			},
			{ CONTENT_DIR: contentDir }
		)
	);

	it.skipIf(engine.skip)(
		'a teacher edits, excludes, overrides, exports, duplicates and archives an assignment',
		withApp(async ({ app }) => {
			const teacher = await signUp(app, 'anna@school.pl');
			const settings = {
				title: 'Kursk 3b',
				count: '2',
				maxAttempts: '1',
				feedback: 'after-submit',
				seedMode: 'per-student',
				types: 'numeric'
			};
			const chosenFacts = [
				['facts', 'troops-sent'],
				['facts', 'killed']
			];
			const created = await teacher.post('/teacher/assignments/new?module=kursk', [
				...Object.entries(settings),
				...chosenFacts
			]);
			expect(created.status).toBe(303);
			const id = /(as_[\w-]+)$/.exec(created.headers.get('location') ?? '')?.[1];
			const pageOf = async () => await (await teacher.get(`/teacher/assignments/${id}`)).text();
			const code = /class="join-code"[^>]*>\s*([A-Z0-9]{6})\s*</.exec(await pageOf())?.[1] ?? '';
			const settingOf = (html: string, name: RegExp) =>
				new RegExp(`<dt[^>]*>(?:${name.source})</dt>\\s*<dd[^>]*>([^<]*)</dd>`)
					.exec(html)?.[1]
					?.trim();
			const count = /Liczba pytań|Number of questions/;
			expect(settingOf(await pageOf(), count)).toBe('2');

			// Before anyone starts, the question set may change.
			const edit = (fields: Record<string, string>) =>
				teacher.post(`/teacher/assignments/${id}?/settings`, [
					...Object.entries({ ...settings, ...fields }),
					...chosenFacts
				]);
			expect((await edit({ count: '1' })).status).toBe(200);
			expect(settingOf(await pageOf(), count)).toBe('1');
			expect((await edit({ count: '2' })).status).toBe(200);
			// A setting out of range is refused by field, and nothing is saved.
			const refused = await edit({ maxAttempts: '99', count: '7' });
			expect(refused.status).toBe(400);
			const refusedPage = await refused.text();
			expect(refusedPage).toMatch(/od 1 do 20|from 1 to 20/);
			// Drawn again as sent: every ticked box, not only the last of each name.
			expect(tickedIn(refusedPage, 'types')).toEqual(['numeric']);
			expect(tickedIn(refusedPage, 'facts')).toEqual(['troops-sent', 'killed']);
			expect(settingOf(await pageOf(), count)).toBe('2');
			const refusedNew = await teacher.post('/teacher/assignments/new?module=kursk', [
				...Object.entries({ ...settings, types: 'cloze', maxAttempts: '0' }),
				['types', 'numeric'],
				...chosenFacts
			]);
			expect(refusedNew.status).toBe(400);
			const refusedNewPage = await refusedNew.text();
			expect(tickedIn(refusedNewPage, 'types')).toEqual(['numeric', 'cloze']);
			expect(tickedIn(refusedNewPage, 'facts')).toEqual(['troops-sent', 'killed']);
			expect(tickedIn(refusedNewPage, 'seedMode')).toEqual(['per-student']);

			const { student } = await join(app, code, 'Ola');
			const started = await student.post('/class?/start', {});
			const attempt = /\/quiz\/(a_[\w-]+)\/1$/.exec(started.headers.get('location') ?? '')?.[1];
			if (!attempt) throw new Error('no attempt started');
			// 11000 is right for troops-sent and wrong for killed (1000), whichever comes first.
			const typed = await student.typedQuestions(attempt, 2);
			expect(typed).toEqual([1, 2]);
			for (const n of typed) {
				const saved = await student.post(`/quiz/${attempt}/${n}`, { answer: '11000', go: 'stay' });
				expect(saved.status).toBe(200);
			}
			expect((await student.post(`/quiz/${attempt}/summary?/submit`, {})).status).toBe(303);
			const troops = /,submitted,(\d),numeric,troops-sent,/.exec(
				await (await teacher.get(`/teacher/assignments/${id}/answers.csv`)).text()
			)?.[1];
			if (!troops) throw new Error('no troops-sent question in the answers');
			const gradeRow = async () =>
				/\r\np_[\w-]+,Ola,1,submitted,[^,]+,[^,]+,([^,]*),([^,]*),([^,]*),(\d+)\r\n/
					.exec(await (await teacher.get(`/teacher/assignments/${id}/grades.csv`)).text())
					?.slice(1);
			expect(await gradeRow()).toEqual(['1', '2', '50', '0']);

			// Once a student started, the question set stays; more time and attempts are confirmed.
			const later = await edit({ count: '5', maxAttempts: '3', timeLimitMinutes: '30' });
			expect(later.status).toBe(200);
			const laterText = await later.text();
			expect(laterText).toMatch(/limit czasu 30 min, podejść: 3|time limit 30 min, attempts: 3/);
			expect(laterText).toMatch(/Zestaw pytań został bez zmian|The question set was kept/);
			const afterEdit = await pageOf();
			expect(settingOf(afterEdit, count)).toBe('2');
			expect(settingOf(afterEdit, /Liczba podejść|Attempts allowed/)).toBe('3');

			// Leaving a fact out regrades everyone and says who changed by how much.
			const excluded = await teacher.post(`/teacher/assignments/${id}?/exclude`, {
				kind: 'fact',
				key: 'killed',
				excluded: 'yes'
			});
			expect(excluded.status).toBe(200);
			expect(await excluded.text()).toMatch(/zmieniły się u 1 uczniów|1 students' scores changed/);
			expect(await pageOf()).toContain('Ola: 1/2 → 1/1');
			expect(await gradeRow()).toEqual(['1', '1', '100', '0']);
			const unknown = await teacher.post(`/teacher/assignments/${id}?/exclude`, {
				kind: 'fact',
				key: 'no-such-fact',
				excluded: 'yes'
			});
			expect(unknown.status).toBe(400);

			// The teacher's own credit for one answer, with a comment the student sees.
			const participant = /\/students\/(p_[\w-]+)"/.exec(await pageOf())?.[1];
			const studentPage = `/teacher/assignments/${id}/students/${participant}`;
			const tooMuch = await teacher.post(`${studentPage}?/override`, {
				attempt,
				question: troops,
				percent: '150',
				comment: ''
			});
			expect(tooMuch.status).toBe(400);
			expect(await tooMuch.text()).toMatch(/od 0 do 100|from 0 to 100/);
			const override = await teacher.post(`${studentPage}?/override`, {
				attempt,
				question: troops,
				percent: '50',
				comment: 'Prawie: podaj liczbę z artykułu.'
			});
			expect(override.status).toBe(200);
			expect(await gradeRow()).toEqual(['0.5', '1', '50', '1']);
			// A regrade keeps the teacher's credit.
			expect((await teacher.post(`/teacher/assignments/${id}?/regrade`, {})).status).toBe(200);
			expect(await gradeRow()).toEqual(['0.5', '1', '50', '1']);
			const answers = await (await teacher.get(`/teacher/assignments/${id}/answers.csv`)).text();
			expect(answers.split('\r\n')[0]).toMatch(/,teacher_override,teacher_comment,excluded$/);
			expect(answers).toMatch(/,0\.5,[^,]*,yes,Prawie: podaj liczbę z artykułu\.,\r\n/);
			expect(answers).toMatch(/killed,[^\r]*,yes\r\n/);
			const results = await (await student.get(`/quiz/${attempt}/results`)).text();
			expect(results).toContain('Prawie: podaj liczbę z artykułu.');

			// The workbook, read back with the library that wrote it.
			const xlsx = await teacher.get(`/teacher/assignments/${id}/results.xlsx`);
			expect(xlsx.status).toBe(200);
			const workbook = new ExcelJS.Workbook();
			await workbook.xlsx.load(await xlsx.arrayBuffer());
			expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
				expect.arrayContaining([expect.stringMatching(/Oceny|Grades/)])
			);
			const grades = workbook.worksheets[0]!;
			expect(String(grades.getCell('B1').value)).toMatch(/Uczeń|Student/);
			expect(grades.getCell('B2').value).toBe('Ola');
			expect(grades.getCell('G2').value).toBe(0.5);
			expect(grades.getCell('I2').value).toBe(50);
			const startedCell = grades.getCell('E2').value;
			expect(startedCell).toBeInstanceOf(Date);
			const startedUtc = /\r\np_[\w-]+,Ola,1,submitted,([^,]+),/.exec(
				await (await teacher.get(`/teacher/assignments/${id}/grades.csv`)).text()
			)?.[1];
			// Warsaw's wall clock: one or two hours ahead of UTC.
			const shift = (startedCell as Date).getTime() - Date.parse(startedUtc ?? '');
			expect([3_600_000, 7_200_000]).toContain(Math.round(shift / 60_000) * 60_000);
			expect(workbook.worksheets[1]!.rowCount).toBe(3);

			const polish = new Uint8Array(
				await (await teacher.get(`/teacher/assignments/${id}/grades-pl.csv`)).arrayBuffer()
			);
			expect([...polish.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const polishText = new TextDecoder().decode(polish);
			expect(polishText.split('\r\n')[0]).toMatch(/^(Id ucznia|Student id);(Uczeń|Student);/);
			expect(polishText).toMatch(/;Ola;1;submitted;\d{4}-\d\d-\d\d \d\d:\d\d;[^;]+;0,5;1;50;1\r\n/);

			// A copy for another class: same settings, a new code, no students.
			const copied = await teacher.post(`/teacher/assignments/${id}?/duplicate`, {
				title: 'Kursk 3c'
			});
			expect(copied.status).toBe(303);
			const copyId = /\/teacher\/assignments\/(as_[\w-]+)$/.exec(
				copied.headers.get('location') ?? ''
			)?.[1];
			expect(copyId).toBeDefined();
			expect(copyId).not.toBe(id);
			const copy = await (await teacher.get(`/teacher/assignments/${copyId}`)).text();
			expect(copy).toContain('Kursk 3c');
			expect(copy).not.toContain(code);
			expect(settingOf(copy, count)).toBe('2');
			expect(copy).toMatch(/Nikt jeszcze nie dołączył|No one has joined yet/);

			// Archived: off the teacher's list, on the archive's, with its data.
			const archived = await teacher.post(`/teacher/assignments/${id}?/archive`, {
				archived: 'yes'
			});
			expect(archived.status).toBe(303);
			const dashboard = await (await teacher.get('/teacher')).text();
			expect(dashboard).not.toContain(`/teacher/assignments/${id}"`);
			expect(dashboard).toContain(`/teacher/assignments/${copyId}"`);
			const archive = await (await teacher.get('/teacher/assignments/archived')).text();
			expect(archive).toContain(`/teacher/assignments/${id}"`);
			expect(await gradeRow()).toEqual(['0.5', '1', '50', '1']);

			const noModule = await teacher.get('/teacher/assignments/new');
			expect(noModule.status).toBe(404);
			expect(await noModule.text()).toMatch(/Nie wybrano modułu|No module was chosen/);
		})
	);

	it.skipIf(engine.skip)(
		'a teacher assigns, two students join and submit, the teacher sees and exports it all',
		withApp(async ({ app }) => {
			const teacher = await signUp(app, 'anna@school.pl');
			const { id, code } = await createAssignment(teacher);

			const ola = await join(app, code.toLowerCase().replace(/^(...)/, '$1-'), 'Ola');
			expect(ola.response.status).toBe(303);
			expect(ola.response.headers.get('location')).toBe('/class');
			const classPage = await (await ola.student.get('/class')).text();
			const resumeUrl = /href="(http[^"]+\/resume\/[\w-]+)"/.exec(classPage)?.[1];
			expect(resumeUrl).toBeDefined();
			const olaAttempt = await startAndSubmit(ola.student);

			// The resume link brings Ola's seat to another device, with her submitted attempt.
			// The link asks first (app-security.test.ts), and its form takes the seat.
			const otherDevice = new Learner(app.url);
			const resumePath = new URL(resumeUrl ?? '').pathname;
			expect((await otherDevice.get(resumePath)).status).toBe(200);
			const resumed = await otherDevice.post(resumePath, {});
			expect(resumed.status).toBe(303);
			expect(await (await otherDevice.get('/class')).text()).toContain(olaAttempt);
			expect((await otherDevice.get(`/quiz/${olaAttempt}/results`)).status).toBe(200);

			const piotr = await join(app, code, 'Piotr');
			await startAndSubmit(piotr.student, '5');
			// One attempt allowed: a second start is refused with a message.
			const again = await piotr.student.post('/class?/start', {});
			expect(again.status).toBe(409);

			const results = await (await teacher.get(`/teacher/assignments/${id}`)).text();
			expect(results).toContain('Ola');
			expect(results).toContain('Piotr');
			expect(results).toMatch(/Oddane prace: 2|Submitted: 2/);

			const grades = await teacher.get(`/teacher/assignments/${id}/grades.csv`);
			expect(grades.headers.get('content-type')).toMatch(/text\/csv/);
			const gradesBytes = new Uint8Array(await grades.arrayBuffer());
			// A byte-order mark first, so spreadsheets read the Polish letters as UTF-8.
			expect([...gradesBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const gradesText = new TextDecoder().decode(gradesBytes);
			expect(gradesText.split('\r\n')[0]).toBe(
				'student_id,student,attempt,status,started_at,submitted_at,credit,max_credit,percent,teacher_overrides'
			);
			expect(gradesText).toMatch(/\r\np_[\w-]+,Ola,1,submitted,/);
			const answers = await (await teacher.get(`/teacher/assignments/${id}/answers.csv`)).text();
			expect(answers.split('\r\n').length).toBeGreaterThan(10);

			const student = /href="\/teacher\/assignments\/[\w-]+\/students\/(p_[\w-]+)"/.exec(
				results
			)?.[1];
			const detail = await teacher.get(`/teacher/assignments/${id}/students/${student}`);
			expect(detail.status).toBe(200);
		})
	);

	it.skipIf(engine.skip)(
		'with immediate feedback a checked answer shows its key and feedback and is final',
		withApp(async ({ app }) => {
			const teacher = await signUp(app, 'anna@school.pl');
			const { code } = await createAssignment(teacher, {
				count: '2',
				types: 'numeric',
				feedback: 'immediate'
			});
			const { student } = await join(app, code, 'Ola');
			const started = await student.post('/class?/start', {});
			const attempt = /\/quiz\/(a_[\w-]+)\/1$/.exec(started.headers.get('location') ?? '')?.[1];
			const before = await (await student.get(`/quiz/${attempt}/1`)).text();
			expect(before).toMatch(/Sprawdź odpowiedź|Check answer/);
			expect(before).not.toMatch(/Poprawna odpowiedź|Correct answer/);

			const checked = await student.post(`/quiz/${attempt}/1`, { answer: '7', go: 'check' });
			expect(checked.status).toBe(303);
			expect(checked.headers.get('location')).toBe(`/quiz/${attempt}/1`);
			const after = await (await student.get(`/quiz/${attempt}/1`)).text();
			expect(after).toMatch(/Sprawdzona odpowiedź|Checked answer/);
			expect(after).toMatch(/Poprawna odpowiedź|Correct answer/);
			expect(after).not.toMatch(/name="answer"/);

			// Trying to change it afterwards saves nothing; the second question still hides its key.
			await student.post(`/quiz/${attempt}/1`, { answer: '11000', go: 'stay' });
			expect(await (await student.get(`/quiz/${attempt}/1`)).text()).toContain('>7<');
			const second = await (await student.get(`/quiz/${attempt}/2`)).text();
			expect(second).not.toMatch(/Poprawna odpowiedź|Correct answer/);
		})
	);

	it.skipIf(engine.skip)(
		'sessions rotate their token, and signing out everywhere ends every session',
		withApp(async ({ app, database }) => {
			const laptop = await signUp(app, 'anna@school.pl');
			const phone = new Learner(app.url);
			expect(
				(
					await phone.post('/teacher/sign-in', {
						email: 'anna@school.pl',
						password: PASSWORD
					})
				).status
			).toBe(303);
			expect((await phone.get('/teacher')).status).toBe(200);

			// A day-old session gets a new token on its next request; the old one lapses soon.
			const db = await database.open();
			await db.db
				.updateTable('teacher_sessions')
				.set({ created_at: new Date(Date.now() - 2 * 86_400_000).toISOString() })
				.execute();
			const oldCookie = laptop.cookie;
			const rotated = await laptop.get('/teacher');
			expect(rotated.status).toBe(200);
			expect(rotated.headers.getSetCookie().join()).toMatch(/teacher_session=/);
			expect(laptop.cookie).not.toBe(oldCookie);
			const sessions = await db.db.selectFrom('teacher_sessions').selectAll().execute();
			expect(sessions).toHaveLength(3);

			const out = await laptop.post('/teacher?/signOut', { everywhere: 'yes' });
			expect(out.status).toBe(303);
			expect(await db.db.selectFrom('teacher_sessions').selectAll().execute()).toEqual([]);
			expect((await phone.get('/teacher')).status).toBe(303);
			expect((await laptop.get('/teacher')).status).toBe(303);
		})
	);

	it.skipIf(engine.skip)(
		'time limits with extra time, due dates and extra attempts hold on the server',
		withApp(async ({ app, database }) => {
			const teacher = await signUp(app, 'anna@school.pl');
			const { id, code } = await createAssignment(teacher, {
				count: '2',
				types: 'numeric',
				timeLimitMinutes: '10'
			});
			const { student } = await join(app, code, 'Ola');
			const page = await (await teacher.get(`/teacher/assignments/${id}`)).text();
			const participant = /\/students\/(p_[\w-]+)"/.exec(page)?.[1] ?? '';
			expect(
				(
					await teacher.post(`/teacher/assignments/${id}/students/${participant}?/accommodations`, {
						extraMinutes: '5',
						extraAttempts: '1'
					})
				).status
			).toBe(200);

			const started = await student.post('/class?/start', {});
			const attempt =
				/\/quiz\/(a_[\w-]+)\/1$/.exec(started.headers.get('location') ?? '')?.[1] ?? '';
			const db = await database.open();
			const row = await db.db
				.selectFrom('attempts')
				.select(['deadline_at', 'created_at'])
				.where('id', '=', attempt)
				.executeTakeFirstOrThrow();
			const minutes = (Date.parse(row.deadline_at ?? '') - Date.parse(row.created_at)) / 60_000;
			expect(minutes).toBeCloseTo(15, 1);

			expect(
				(await student.post(`/quiz/${attempt}/1`, { answer: '11000', go: 'stay' })).status
			).toBe(200);
			// The time runs out: a later save is refused and sends to the summary; what was saved stays.
			await db.db
				.updateTable('attempts')
				.set({ deadline_at: new Date(Date.now() - 1000).toISOString() })
				.where('id', '=', attempt)
				.execute();
			const late = await student.post(`/quiz/${attempt}/2`, { answer: '4000', go: 'next' });
			expect(late.status).toBe(303);
			expect(late.headers.get('location')).toBe(`/quiz/${attempt}/summary`);
			expect(await (await student.get(`/quiz/${attempt}/summary`)).text()).toMatch(
				/Czas minął|Time is up/
			);
			const answers = await db.db
				.selectFrom('answers')
				.select(['question_id', 'response'])
				.where('attempt_id', '=', attempt)
				.execute();
			expect(answers.map((answer) => answer.response)).toEqual(['"11000"']);
			expect((await student.post(`/quiz/${attempt}/summary?/submit`, {})).status).toBe(303);

			// One attempt plus one extra: a second start works, a third is refused.
			const second = await student.post('/class?/start', {});
			expect(second.status).toBe(303);
			const secondAttempt = /\/quiz\/(a_[\w-]+)\/1$/.exec(
				second.headers.get('location') ?? ''
			)?.[1];
			expect((await student.post(`/quiz/${secondAttempt}/summary?/submit`, {})).status).toBe(303);
			expect((await student.post('/class?/start', {})).status).toBe(409);

			// Past the due date nobody starts.
			const overdue = await createAssignment(teacher, { dueAt: '2020-01-01T10:00' });
			const { student: late2 } = await join(app, overdue.code, 'Piotr');
			const refused = await late2.post('/class?/start', {});
			expect(refused.status).toBe(409);
			expect(await refused.text()).toMatch(/Termin minął|due date has passed/);
		})
	);

	it.skipIf(engine.skip)(
		'creates the first teacher from the environment for scripted deployments',
		withApp(
			async ({ app }) => {
				const admin = new Learner(app.url);
				const signedIn = await admin.post('/teacher/sign-in', {
					email: 'admin@school.pl',
					password: 'a long admin password'
				});
				expect(signedIn.status).toBe(303);
				expect(await (await admin.get('/teacher')).text()).toContain('Dyrekcja');
			},
			{
				FACTQUIZ_TEACHER_EMAIL: 'Admin@School.pl',
				FACTQUIZ_TEACHER_PASSWORD: 'a long admin password',
				FACTQUIZ_TEACHER_NAME: 'Dyrekcja'
			}
		)
	);

	it.skipIf(engine.skip)(
		'refuses the bad-input catalogue with clear 4xx answers and stores nothing wrongly',
		withApp(async ({ app, database }) => {
			const anna = await signUp(app, 'anna@school.pl');
			// Numeric questions only, so the student working below surely has a typed question.
			const { id, code } = await createAssignment(anna, { feedback: 'never', types: 'numeric' });

			// Signing up twice with the same address, or with a short password.
			const twice = await new Learner(app.url).post('/teacher/sign-up', {
				displayName: 'X',
				email: ' ANNA@school.pl ',
				password: PASSWORD
			});
			expect(twice.status).toBe(400);
			// Said without telling that the address has an account (see app-security.test.ts).
			expect(await twice.text()).toMatch(/Nie udało się założyć konta/);
			const short = await new Learner(app.url).post('/teacher/sign-up', {
				displayName: 'X',
				email: 'x@school.pl',
				password: 'short'
			});
			expect(short.status).toBe(400);
			expect(await short.text()).toMatch(/za krótkie|too short/);

			// Another teacher cannot see, export or change Anna's assignment.
			const bartek = await signUp(app, 'bartek@school.pl');
			expect((await bartek.get(`/teacher/assignments/${id}`)).status).toBe(404);
			expect((await bartek.get(`/teacher/assignments/${id}/grades.csv`)).status).toBe(404);
			expect(
				(await bartek.post(`/teacher/assignments/${id}?/deleteAssignment`, { confirm: 'yes' }))
					.status
			).toBe(404);
			// Signed out, the teacher pages send to sign-in.
			const anonymous = new Learner(app.url);
			const signedOut = await anonymous.get(`/teacher/assignments/${id}`);
			expect(signedOut.status).toBe(303);
			expect(signedOut.headers.get('location')).toMatch(/^\/teacher\/sign-in\?next=/);

			// A wrong join code, a missing name, an oversized name.
			const wrong = await join(app, 'ZZZZZZ', 'Ola');
			expect(wrong.response.status).toBe(400);
			expect(await wrong.response.text()).toMatch(/Nie ma zadania z takim kodem|No assignment has/);
			expect((await join(app, code, '   ')).response.status).toBe(400);
			expect((await join(app, code, 'x'.repeat(61))).response.status).toBe(400);

			// A script and a formula in names: shown as typed, never run; neutralised in CSV.
			const script = '<script>alert(1)</script>';
			const formula = '=HYPERLINK("http://evil.example","x")';
			const scripted = await join(app, code, script);
			expect(scripted.response.status).toBe(303);
			await startAndSubmit(scripted.student);
			const formulaJoined = await join(app, code, formula);
			const page = await (await anna.get(`/teacher/assignments/${id}`)).text();
			expect(page).not.toContain(script);
			expect(page).toContain('&lt;script>alert(1)&lt;/script>');
			const grades = await (await anna.get(`/teacher/assignments/${id}/grades.csv`)).text();
			expect(grades).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
			expect(grades).not.toMatch(/(^|\n)=HYPERLINK/);

			// Feedback 'never': the student sees the score but no key.
			const attempts = /\/quiz\/(a_[\w-]+)\/results/.exec(
				await (await scripted.student.get('/class')).text()
			)?.[1];
			const results = await (await scripted.student.get(`/quiz/${attempts}/results`)).text();
			expect(results).toMatch(/pokaże poprawne odpowiedzi później|show the right answers later/);
			expect(results).not.toMatch(/Poprawna odpowiedź|Correct answer/);

			// CSRF from another origin: refused before anything happens.
			const csrf = await anna.post(
				`/teacher/assignments/${id}?/deleteAssignment`,
				{ confirm: 'yes' },
				'http://evil.example'
			);
			expect(csrf.status).toBe(403);
			// Deleting without the confirmation ticked keeps everything.
			const unconfirmed = await anna.post(`/teacher/assignments/${id}?/deleteAssignment`, {});
			expect(unconfirmed.status).toBe(400);
			expect((await anna.get(`/teacher/assignments/${id}`)).status).toBe(200);

			// Accommodations out of range are refused with the field named.
			const someone = /\/students\/(p_[\w-]+)"/.exec(page)?.[1];
			const badMinutes = await anna.post(
				`/teacher/assignments/${id}/students/${someone}?/accommodations`,
				{
					extraMinutes: '-5',
					extraAttempts: '0'
				}
			);
			expect(badMinutes.status).toBe(400);

			// An expired or made-up resume link.
			expect((await new Learner(app.url).get('/resume/AAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);

			// A student in the middle of a quiz: this process has seen the attempt and saves to it
			// without reading it first, so the delete below must still stop the next save.
			const working = formulaJoined.student;
			const started = await working.post('/class?/start', {});
			const workingAttempt = /\/quiz\/(a_[\w-]+)\/1$/.exec(
				started.headers.get('location') ?? ''
			)?.[1];
			const typed = await working.firstTypedQuestion(workingAttempt ?? '');
			const save = () =>
				working.post(`/quiz/${workingAttempt}/${typed}`, { answer: '11000', go: 'stay' });
			expect((await save()).status).toBe(200);

			// The confirmed delete removes the assignment and its students' work.
			const deleted = await anna.post(`/teacher/assignments/${id}?/deleteAssignment`, {
				confirm: 'yes'
			});
			expect(deleted.status).toBe(303);
			expect((await anna.get(`/teacher/assignments/${id}`)).status).toBe(404);
			expect((await scripted.student.get('/class')).status).toBe(303);
			const afterDelete = await save();
			expect(afterDelete.status).toBe(404);
			expect(await afterDelete.text()).toMatch(/Nie ma takiego podejścia|no such quiz attempt/);
			const { db } = await database.open();
			const left = await db
				.selectFrom('answers')
				.select('attempt_id')
				.where('attempt_id', '=', workingAttempt ?? '')
				.execute();
			expect(left).toEqual([]);
		})
	);

	it.skipIf(engine.skip)(
		'never locks a teacher out after wrong passwords, and rate-limits guessing join codes',
		withApp(async ({ app }) => {
			await signUp(app, 'anna@school.pl');
			const guesser = new Learner(app.url);
			const statuses: number[] = [];
			for (let i = 0; i < 6; i++) {
				const response = await guesser.post('/teacher/sign-in', {
					email: 'anna@school.pl',
					password: 'wrong password'
				});
				statuses.push(response.status);
				if (response.status === 429) {
					expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
					expect(await response.text()).toMatch(/Zbyt wiele prób|Too many tries/);
				}
			}
			// Wrong passwords slow the account down rather than lock it (the address is throttled
			// after 20: app-security.test.ts), so the right password still gets in.
			expect(statuses).toEqual([400, 400, 400, 400, 400, 400]);
			const right = await guesser.post('/teacher/sign-in', {
				email: 'anna@school.pl',
				password: PASSWORD
			});
			expect(right.status).toBe(303);

			const codes: number[] = [];
			for (let i = 0; i < 31; i++) {
				codes.push((await join(app, `QQQQ${String(i).padStart(2, '2')}`, 'Ola')).response.status);
			}
			expect(codes.slice(0, 30).every((status) => status === 400)).toBe(true);
			expect(codes[30]).toBe(429);
		})
	);
	it.skipIf(engine.skip)(
		'starts sent at once keep one open attempt and the limit, for a class and a self-learner',
		withApp(async ({ app, database }) => {
			const STARTS = 12;
			const teacher = await signUp(app, 'anna@school.pl');
			const db = (await database.open()).db;
			const attemptsOf = (learnerId: string) =>
				db
					.selectFrom('attempts')
					.select(['id', 'status'])
					.where('learner_id', '=', learnerId)
					.execute();
			const learnerOf = (student: Learner) =>
				/(?:^|; )learner=([\w-]+)/.exec(student.cookie)?.[1] ?? '';

			for (const maxAttempts of [1, 3]) {
				const { code } = await createAssignment(teacher, {
					count: '2',
					types: 'numeric',
					maxAttempts: String(maxAttempts)
				});
				const { student } = await join(app, code, `Ola ${maxAttempts}`);
				const learnerId = learnerOf(student);
				for (let round = 1; round <= maxAttempts + 1; round++) {
					const starts = await Promise.all(
						Array.from({ length: STARTS }, () => student.post('/class?/start', {}))
					);
					const attempts = await attemptsOf(learnerId);
					const open = attempts.filter((attempt) => attempt.status === 'open');
					if (round <= maxAttempts) {
						expect(open).toHaveLength(1);
						expect(attempts).toHaveLength(round);
						// Every start goes to the one open attempt.
						for (const start of starts) {
							expect(start.status).toBe(303);
							expect(start.headers.get('location')).toMatch(new RegExp(`^/quiz/${open[0]!.id}`));
						}
						expect((await student.post(`/quiz/${open[0]!.id}/summary?/submit`, {})).status).toBe(
							303
						);
					} else {
						expect(open).toHaveLength(0);
						expect(attempts).toHaveLength(maxAttempts);
						expect(starts.map((start) => start.status)).toEqual(Array(STARTS).fill(409));
					}
				}
			}

			// A self-learner's quiz: one open attempt per module, whatever the clicks.
			const learner = new Learner(app.url);
			await learner.get('/');
			const starts = await Promise.all(
				Array.from({ length: STARTS }, () => learner.post('/modules/kursk?/start', { count: '5' }))
			);
			const attempts = await attemptsOf(learnerOf(learner));
			expect(attempts).toHaveLength(1);
			for (const start of starts) {
				expect(start.status).toBe(303);
				expect(start.headers.get('location')).toMatch(new RegExp(`^/quiz/${attempts[0]!.id}`));
			}
			// The module page says a start continues it, and links it.
			const modulePage = await (await learner.get('/modules/kursk')).text();
			expect(modulePage).toContain(`href="/quiz/${attempts[0]!.id}"`);
			expect(modulePage).toMatch(
				/Masz rozpoczęty quiz z tego modułu|You have a quiz of this module/
			);
		})
	);

	it.skipIf(engine.skip)(
		'one seat per browser and per name; a rejoin the teacher allows moves the seat',
		withApp(async ({ app, database }) => {
			const teacher = await signUp(app, 'anna@school.pl');
			const { id, code } = await createAssignment(teacher, { count: '2', types: 'numeric' });
			const db = (await database.open()).db;
			const seats = () =>
				db
					.selectFrom('participants')
					.select(['id', 'learner_id', 'display_name'])
					.where('assignment_id', '=', id)
					.execute();

			// Two joins sent at once from one browser (one learner cookie): one seat.
			const ola = new Learner(app.url);
			await ola.get('/join');
			const joins = await Promise.all([
				ola.post('/join', { code, name: 'Ola' }),
				ola.post('/join', { code, name: 'Ola' })
			]);
			expect(joins.map((response) => response.status)).toEqual([303, 303]);
			expect(await seats()).toHaveLength(1);
			const [seat] = await seats();
			const attempt = await startAndSubmit(ola);

			// The same name from another browser is refused with how to get back in, in both languages.
			const impostor = await join(app, code, ' ola ');
			expect(impostor.response.status).toBe(409);
			expect(await impostor.response.text()).toMatch(
				/Ktoś już dołączył jako „ola”.*link do zadania.*pozwoli ci dołączyć ponownie/
			);
			const english = await new Learner(app.url).post('/join?lang=en', { code, name: 'OLA' });
			expect(english.status).toBe(409);
			expect(await english.text()).toMatch(
				/Someone has already joined as “OLA”.*assignment link.*let you join again/
			);
			expect(await seats()).toHaveLength(1);

			// The teacher sees Ola's resume link and its QR code on her page.
			const page = `/teacher/assignments/${id}/students/${seat!.id}`;
			const studentPage = await (await teacher.get(page)).text();
			const resumeUrl = /href="(http[^"]+\/resume\/[\w-]+)"/.exec(studentPage)?.[1] ?? '';
			expect(resumeUrl).not.toBe('');
			expect(studentPage).toMatch(/role="img" aria-label="Kod QR z linkiem do zadania ucznia Ola"/);
			expect(studentPage).toContain('<svg');

			// Allowed to rejoin, Ola on a new device takes her seat back, with her attempt.
			expect((await teacher.post(`${page}?/rejoin`, { allow: 'yes' })).status).toBe(200);
			expect(await (await teacher.get(page)).text()).toMatch(/Czekamy, aż Ola dołączy ponownie/);
			const newDevice = await join(app, code, 'Ola');
			expect(newDevice.response.status).toBe(303);
			expect(await seats()).toEqual([seat]);
			const classPage = await (await newDevice.student.get('/class')).text();
			expect(classPage).toContain(attempt);
			expect((await newDevice.student.get(`/quiz/${attempt}/results`)).status).toBe(200);
			// The seat moved: the old link no longer opens it, and the rejoin was for once only.
			expect((await new Learner(app.url).get(new URL(resumeUrl).pathname)).status).toBe(404);
			expect((await join(app, code, 'Ola')).response.status).toBe(409);
			expect(await seats()).toHaveLength(1);

			// Two students with one name in the exports are two ids (a name taken before this rule).
			await db
				.insertInto('learners')
				.values({ id: 'l_AAAAAAAAAAAAAAAAAAAAAA', created_at: new Date().toISOString() })
				.execute();
			await db
				.insertInto('participants')
				.values({
					id: 'p_second-ola',
					assignment_id: id,
					learner_id: 'l_AAAAAAAAAAAAAAAAAAAAAA',
					display_name: 'Ola',
					resume_hash: 'legacy',
					extra_minutes: 0,
					extra_attempts: 0,
					joined_at: new Date().toISOString(),
					name_key: 'ola#p_second-ola',
					joined_from: null,
					resume_token: null,
					rejoin_allowed: 0
				})
				.execute();
			const grades = await (await teacher.get(`/teacher/assignments/${id}/grades.csv`)).text();
			expect(grades).toContain(`\r\n${seat!.id},Ola,1,submitted,`);
			expect(grades).toContain('\r\np_second-ola,Ola,,not started,');
			const answers = await (await teacher.get(`/teacher/assignments/${id}/answers.csv`)).text();
			expect(answers.split('\r\n')[0]).toMatch(/^\uFEFF?student_id,student,attempt,/);
			expect(answers).toContain(`\r\n${seat!.id},Ola,1,submitted,1,`);
			// A seat older than kept tokens gets a new link when the teacher asks for one.
			const legacy = `/teacher/assignments/${id}/students/p_second-ola`;
			expect(await (await teacher.get(legacy)).text()).not.toMatch(/\/resume\//);
			expect((await teacher.post(`${legacy}?/resumeLink`, {})).status).toBe(200);
			const legacyLink = /href="http[^"]+(\/resume\/[\w-]+)"/.exec(
				await (await teacher.get(legacy)).text()
			)?.[1];
			// The new link works: it asks first (a resume link never switches identity silently).
			const opened = new Learner(app.url);
			expect((await opened.get(legacyLink ?? '/resume/none')).status).toBe(200);
			expect((await opened.post(legacyLink ?? '/resume/none', {})).status).toBe(303);
		})
	);

	it.skipIf(engine.skip)(
		'a limited address is refused every join, right code or not; other addresses and assignments join',
		withApp(
			async ({ app }) => {
				// Behind the proxy every request names its client, the teacher's too.
				const teacher = await signUp(app, 'anna@school.pl', { 'x-forwarded-for': '192.0.2.10' });
				const first = await createAssignment(teacher);
				const second = await createAssignment(teacher);
				const from = (address: string) => new Learner(app.url, { 'x-forwarded-for': address });

				// 30 wrong codes from one address: from then on, the right code is refused too.
				const guesser = from('203.0.113.7');
				for (let i = 0; i < 30; i++) {
					const wrong = await guesser.post('/join', { code: `QQQQ${i}`, name: 'Ola' });
					expect(wrong.status).toBe(400);
				}
				expect((await guesser.post('/join', { code: 'QQQQQQ', name: 'Ola' })).status).toBe(429);
				const right = await guesser.post('/join', { code: first.code, name: 'Kasia' });
				expect(right.status).toBe(429);
				expect(right.headers.get('retry-after')).toMatch(/^\d+$/);
				expect(await right.text()).toMatch(/Zbyt wiele prób|Too many tries/);
				expect(
					(await from('203.0.113.8').post('/join', { code: first.code, name: 'Kasia' })).status
				).toBe(303);

				// 30 taken names in one assignment from one address: that assignment refuses it.
				expect(
					(await from('198.51.100.1').post('/join', { code: first.code, name: 'Zosia' })).status
				).toBe(303);
				const prober = '198.51.100.2';
				for (let i = 0; i < 30; i++) {
					const taken = await from(prober).post('/join', { code: first.code, name: 'Zosia' });
					expect(taken.status).toBe(409);
				}
				expect((await from(prober).post('/join', { code: first.code, name: 'Zosia' })).status).toBe(
					429
				);
				expect((await from(prober).post('/join', { code: first.code, name: 'Jan' })).status).toBe(
					429
				);
				expect((await from(prober).post('/join', { code: second.code, name: 'Jan' })).status).toBe(
					303
				);
				expect(
					(await from('198.51.100.3').post('/join', { code: first.code, name: 'Jan' })).status
				).toBe(303);
			},
			{ ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' }
		)
	);
});
