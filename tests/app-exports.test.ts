import { mkdtempSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseGift } from 'gift-pegjs';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/bin/factquiz';
import { testEngines } from './db/engines';
import { Learner } from './support/browserless';
import { appPerTest } from './support/app-per-test';
import type { RunningApp } from './support/server';

/**
 * Exports through the built app, on each engine: a teacher downloads every format from a
 * module's page (the seed module and one authored from an article) and from an assignment,
 * each file the same as the CLI writes and read by its format's reader; nobody else can.
 */

const FORMATS = ['moodle-xml', 'gift', 'kahoot', 'quizlet', 'anki'];

/** What the CLI writes for the same module and options: the app must serve the same. */
async function cliExport(args: string[]): Promise<string> {
	let out = '';
	const code = await main(['export', ...args], {
		out: (text) => (out += text),
		err: () => undefined,
		stdin: () => ''
	});
	expect(code).toBe(0);
	return out;
}

const contentDir = mkdtempSync(join(tmpdir(), 'factquiz-export-content-'));
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));
beforeAll(async () => {
	cpSync('questions', contentDir, { recursive: true });
	const drafted = await main(
		[
			'extract',
			'tests/fixtures/articles/en-telescope.txt',
			'--out',
			join(contentDir, 'telescope'),
			'--date',
			'2025-03-01'
		],
		{ out: () => undefined, err: () => undefined, stdin: () => '' }
	);
	expect(drafted).toBe(0);
});

async function signUp(app: RunningApp, email: string): Promise<Learner> {
	const teacher = new Learner(app.url);
	const response = await teacher.post('/teacher/sign-up', {
		displayName: 'Anna Nowak',
		email,
		password: 'correct horse battery'
	});
	expect(response.status).toBe(303);
	return teacher;
}

function linksOf(html: string): string[] {
	return [...html.matchAll(/<a href="([^"]+\/export\/[^"]+)" download/g)].map(
		(match) => match[1] ?? ''
	);
}

async function readDownload(response: Response, format: string) {
	expect(response.status).toBe(200);
	expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w.-]+"$/);
	if (format === 'kahoot') {
		const rows = await readSheet(Buffer.from(await response.arrayBuffer()));
		expect(rows[7]?.[1]).toBe('Question - max 120 characters');
		return { text: null, rows };
	}
	const text = await response.text();
	if (format === 'moodle-xml') expect(XMLValidator.validate(text)).toBe(true);
	if (format === 'gift') expect(parseGift(text)[0]?.type).toBe('Category');
	return { text, rows: null };
}

describe.each(await testEngines())('exports through the app on $name', (engine) => {
	const withApp = appPerTest(engine, { CONTENT_DIR: contentDir });

	it.skipIf(engine.skip)(
		'a module page lists every format for a teacher, and each download is what the CLI writes',
		withApp(async ({ app }) => {
			const visitor = new Learner(app.url);
			const page = await (await visitor.get('/modules/kursk')).text();
			expect(linksOf(page)).toEqual([]);
			expect(page).not.toContain('exports-heading');
			const refused = await visitor.get('/teacher/modules/kursk/export/gift');
			expect(refused.status).toBe(303);
			expect(refused.headers.get('location')).toMatch(/^\/teacher\/sign-in\?next=/);

			const teacher = await signUp(app, 'anna@school.pl');
			for (const [moduleId, dir] of [
				['kursk', []],
				['telescope', ['--dir', contentDir]]
			] as const) {
				const html = await (await teacher.get(`/modules/${moduleId}`)).text();
				expect(html).toContain('Eksport pytań');
				expect(html).toContain('Moodle: Bank pytań → Import → Format XML Moodle');
				const links = linksOf(html);
				const offered = FORMATS.filter((format) =>
					links.includes(`/teacher/modules/${moduleId}/export/${format}`)
				);
				expect(offered.length).toBeGreaterThanOrEqual(4);
				for (const format of offered) {
					const download = await readDownload(
						await teacher.get(`/teacher/modules/${moduleId}/export/${format}`),
						format
					);
					if (download.text !== null)
						expect(download.text).toBe(
							await cliExport([moduleId, ...dir, '--format', format, '--lang', 'pl'])
						);
				}
			}
			// GIFT has no ordering question: the page says what it leaves out, and why.
			const kursk = await (await teacher.get('/modules/kursk')).text();
			expect(kursk).toContain('kolejność × 1 (format nie ma takiego typu pytań)');

			expect((await teacher.get('/teacher/modules/kursk/export/docx')).status).toBe(404);
			expect((await teacher.get('/teacher/modules/nope/export/gift')).status).toBe(404);
		})
	);

	it.skipIf(engine.skip)(
		'an assignment exports its own question set, to its teacher only, with nothing of students',
		withApp(async ({ app }) => {
			const teacher = await signUp(app, 'anna@school.pl');
			const created = await teacher.post('/teacher/assignments/new?module=kursk', {
				title: 'Kursk 3b',
				count: '1',
				maxAttempts: '1',
				feedback: 'after-submit',
				seedMode: 'per-student',
				types: 'numeric',
				facts: 'troops-sent'
			});
			expect(created.status).toBe(303);
			const path = created.headers.get('location') ?? '';
			const html = await (await teacher.get(path)).text();
			const code = /class="join-code"[^>]*>\s*([A-Z0-9]{6})\s*</.exec(html)?.[1] ?? '';
			expect(code).toMatch(/^[A-Z0-9]{6}$/);
			const student = new Learner(app.url);
			expect((await student.post('/join', { code, name: 'Ola Kowalska' })).status).toBe(303);

			expect(linksOf(html)).toContain(`${path}/export/moodle-xml`);
			const gift = await teacher.get(`${path}/export/gift`);
			expect(gift.headers.get('content-disposition')).toBe(
				'attachment; filename="kursk-assignment.gift.txt"'
			);
			const { text } = await readDownload(gift, 'gift');
			expect(text).toBe(
				await cliExport([
					'kursk',
					'--format',
					'gift',
					'--types',
					'numeric',
					'--facts',
					'troops-sent'
				])
			);
			for (const format of ['moodle-xml', 'quizlet', 'anki']) {
				const body = (await readDownload(await teacher.get(`${path}/export/${format}`), format))
					.text;
				expect(body).not.toContain(code);
				expect(body).not.toContain('Ola Kowalska');
			}

			// Another teacher, or nobody, gets nothing of it.
			const other = await signUp(app, 'ewa@school.pl');
			expect((await other.get(`${path}/export/gift`)).status).toBe(404);
			expect((await student.get(`${path}/export/gift`)).status).toBe(303);
		})
	);
});
