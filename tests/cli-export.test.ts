import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseGift } from 'gift-pegjs';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/bin/factquiz';

/** Runs the CLI in this process, capturing what it prints. */
async function run(args: string[]) {
	let out = '';
	let err = '';
	const code = await main(args, {
		out: (text) => (out += text),
		err: (text) => (err += text),
		stdin: () => ''
	});
	return { code, out, err };
}

/** Runs the CLI as a user does, in a fresh process. */
function runProcess(args: string[]) {
	const result = spawnSync(process.execPath, ['bin/factquiz.js', ...args], { encoding: 'utf8' });
	return { code: result.status, out: result.stdout, err: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'factquiz-export-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The seed module, and one a teacher authored with `factquiz extract --out` from an article. */
const AUTHORED = join(scratch, 'modules', 'telescope');
beforeAll(async () => {
	const drafted = await run([
		'extract',
		'tests/fixtures/articles/en-telescope.txt',
		'--out',
		AUTHORED,
		'--date',
		'2025-03-01'
	]);
	expect(drafted.code).toBe(0);
});
const MODULES: [name: string, args: string[]][] = [
	['the seed module', ['kursk']],
	['an authored module', ['telescope', '--dir', join(scratch, 'modules')]]
];

describe.each(MODULES)('factquiz export of %s', (_name, module) => {
	it('writes Moodle XML to standard output, well-formed', async () => {
		const result = await run(['export', ...module, '--format', 'moodle-xml']);
		expect(result.code).toBe(0);
		expect(XMLValidator.validate(result.out)).toBe(true);
		expect(result.out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<quiz>/);
	});

	it('writes GIFT that gift-pegjs reads, listing on stderr what GIFT cannot hold', async () => {
		const result = await run(['export', ...module, '--format', 'gift']);
		expect(result.code).toBe(0);
		const questions = parseGift(result.out);
		expect(questions[0]?.type).toBe('Category');
		expect(questions.length).toBeGreaterThan(10);
		if (module[0] === 'kursk')
			expect(result.err).toBe('left out 1 ordering question(s): the format has no such question\n');
	});

	it('writes Quizlet and Anki cards', async () => {
		const quizlet = await run(['export', ...module, '--format', 'quizlet']);
		expect(quizlet.code).toBe(0);
		const lines = quizlet.out.trimEnd().split('\n');
		expect(lines.length).toBeGreaterThan(5);
		for (const line of lines) expect(line.split('\t')).toHaveLength(2);
		expect(quizlet.err).toMatch(
			/^left out \d+ single-choice question\(s\): the format has no such question$/m
		);
		const anki = await run(['export', ...module, '--format', 'anki', '--types', 'numeric']);
		expect(anki.out.split('\n').slice(0, 2)).toEqual(['#separator:tab', '#html:false']);
		expect(anki.out).toContain(' type::numeric ');
		expect(anki.out).not.toMatch(/type::(?!numeric)/);
	});

	it('writes a Kahoot workbook with --out, that another reader opens', async () => {
		const file = join(scratch, `${module[0]}.xlsx`);
		const result = await run(['export', ...module, '--format', 'kahoot', '--out', file]);
		expect(result.code).toBe(0);
		const included = Number(/wrote .*: (\d+) question\(s\) in Kahoot!/.exec(result.err)?.[1]);
		expect(included).toBeGreaterThan(0);
		const rows = await readSheet(readFileSync(file));
		expect(rows.slice(8)).toHaveLength(included);
		expect(rows[7]?.[1]).toBe('Question - max 120 characters');
	});
});

describe('factquiz export narrows and words as asked', () => {
	it('exports only the facts and types named', async () => {
		const result = await run([
			'export',
			'kursk',
			'--format',
			'gift',
			'--facts',
			'troops-sent,losses',
			'--types',
			'numeric,true-false'
		]);
		expect(result.code).toBe(0);
		expect(result.err).toBe('');
		const questions = parseGift(result.out).slice(1);
		expect(questions.map((question) => question.type)).toEqual([
			'Numerical',
			'TF',
			'Numerical',
			'TF'
		]);
	});

	it('words what it adds in the --lang language, the content in the module’s', async () => {
		const pl = await run(['export', 'kursk', '--format', 'anki', '--types', 'numeric']);
		const en = await run([
			'export',
			'kursk',
			'--format',
			'anki',
			'--types',
			'numeric',
			'--lang',
			'en'
		]);
		expect(pl.out).toContain('Z artykułu:');
		expect(en.out).toContain('From the article:');
		expect(en.out).toContain('Ilu północnokoreańskich żołnierzy trafiło do obwodu kurskiego?');
	});

	it('writes a text format to a file with --out, nothing on standard output', async () => {
		const file = join(scratch, 'kursk.xml');
		const result = await run(['export', 'kursk', '--format', 'moodle-xml', '--out', file]);
		expect(result.code).toBe(0);
		expect(result.out).toBe('');
		expect(readFileSync(file, 'utf8')).toBe(
			(await run(['export', 'kursk', '--format', 'moodle-xml'])).out
		);
	});
});

describe('factquiz export refuses, with one line on stderr and exit 2', () => {
	it.each([
		[['kursk', '--format', 'docx'], 'unknown format "docx"'],
		[['kursk'], 'missing --format'],
		[['nope', '--format', 'gift'], 'unknown module "nope"'],
		[['kursk', '--format', 'gift', '--types', 'essay'], 'unknown question type "essay"'],
		[['kursk', '--format', 'gift', '--facts', 'no-such-fact'], 'unknown fact "no-such-fact"'],
		[['kursk', '--format', 'gift', '--lang', 'de'], 'unknown language "de"'],
		[
			['kursk', '--format', 'kahoot'],
			'kahoot is a binary file (.xlsx): name it with --out kursk.xlsx'
		]
	])('%j', async (args, message) => {
		const result = await run(['export', ...args]);
		expect(result.code).toBe(2);
		expect(result.out).toBe('');
		expect(result.err.split('\n')).toEqual([expect.stringContaining(message), '']);
	});

	it('as a process too: a binary format without --out writes nothing to the terminal', () => {
		const result = runProcess(['export', 'kursk', '--format', 'kahoot']);
		expect(result.code).toBe(2);
		expect(result.out).toBe('');
		expect(result.err).toBe(
			'factquiz export: kahoot is a binary file (.xlsx): name it with --out kursk.xlsx\n'
		);
	});
});
