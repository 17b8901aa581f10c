import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/bin/factquiz';
import { MAX_SOURCE_LENGTH } from '../src/lib/quiz/extract';
import type { Candidate, ExtractedEntity } from '../src/lib/quiz/extract';

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

interface ExtractJson {
	file: string;
	language: string;
	text: string;
	entities: ExtractedEntity[];
	candidates: Candidate[];
}

const scratch = mkdtempSync(join(tmpdir(), 'factquiz-extract-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function scratchFile(name: string, content: string | Buffer): string {
	const path = join(scratch, name);
	writeFileSync(path, content);
	return path;
}

describe('factquiz extract --json', () => {
	it('prints the candidates of the seed article, each pointing at its words', async () => {
		const result = await run(['extract', 'questions/kursk/article.md', '--json']);
		expect(result.code).toBe(0);
		expect(result.err).toBe('');
		const json = JSON.parse(result.out) as ExtractJson;
		expect(json.language).toBe('pl');
		const troops = json.candidates.find(
			(candidate) => candidate.kind === 'number' && candidate.value === 11000
		);
		expect(troops).toMatchObject({
			id: 'zolnierze-11000',
			approximate: true,
			noun: 'żołnierze',
			surface: 'ok. 11 tysięcy północnokoreańskich żołnierzy',
			question: 'Ilu północnokoreańskich żołnierzy trafiło do obwodu kurskiego w Rosji?'
		});
		for (const candidate of json.candidates) {
			expect(json.text.slice(candidate.start, candidate.end)).toBe(candidate.surface);
		}
		expect(json.entities.map((entity) => entity.name)).toEqual(
			expect.arrayContaining(['Korea Północna', 'Kim Dzong Un', 'Moskwa', 'Pjongjang'])
		);
	});

	it('names each entity by its base form, typed person, organisation or place, with the forms a reader uses', async () => {
		const file = scratchFile(
			'sad.txt',
			[
				'Wyrok dla byłego prezesa',
				'',
				'Obrońca Tomasza Wróblewskiego mec. Piotr Zawadzki zapowiedział apelację do sądu w Szczecinie. Wróblewski nie przyznał się do winy.',
				'',
				'Radni Prawa i Sprawiedliwości przypominają, że spółdzielnia nad Wartą straciła 14,6 mln zł.'
			].join('\n')
		);
		const result = await run(['extract', file, '--json']);
		expect(result.code).toBe(0);
		const entities = (JSON.parse(result.out) as { entities: Record<string, unknown>[] }).entities;
		const byName = (name: string) => entities.find((entity) => entity.name === name);
		expect(byName('Tomasz Wróblewski')).toMatchObject({
			type: 'person',
			aliases: expect.arrayContaining(['Tomasza Wróblewskiego', 'Wróblewski'])
		});
		expect(byName('Prawo i Sprawiedliwość')).toMatchObject({
			type: 'organisation',
			aliases: expect.arrayContaining(['PiS'])
		});
		expect(byName('Szczecin')).toMatchObject({ type: 'place', kind: 'city' });
		expect(byName('Warta')).toMatchObject({ type: 'place', kind: 'river' });
		for (const entity of entities) {
			expect(['person', 'organisation', 'place']).toContain(entity.type);
			expect(entity).not.toHaveProperty('category');
		}
	});

	it('reads English with --lang en, and detects it without', async () => {
		const file = 'tests/fixtures/articles/en-port-strike.txt';
		const told = JSON.parse(
			(await run(['extract', file, '--lang', 'en', '--json'])).out
		) as ExtractJson;
		const detected = JSON.parse((await run(['extract', file, '--json'])).out) as ExtractJson;
		expect(told.language).toBe('en');
		expect(detected).toEqual(told);
		expect(told.candidates.map((candidate) => candidate.id)).toContain('dockers-3400');
	});

	it('strips HTML, leaving scripts and styles out, never run', async () => {
		const marker = join(scratch, 'script-ran');
		const file = scratchFile(
			'page.html',
			`<html><head><title>Powódź &amp; odbudowa</title><style>p{color:red}</style>
			<script>require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')</script></head>
			<body><p>Powódź, która we wrześniu 2024 roku nawiedziła Kłodzko, zalała blisko 2 tys. budynków.</p>
			<p onclick="alert(1)">Burmistrz Anna Wiśniewska oskarżyła Wody Polskie o zbyt późne otwarcie zbiornika w&nbsp;Nysie.</p>
			<script>document.body.innerHTML = ''</script></body></html>`
		);
		const result = await run(['extract', file, '--json']);
		expect(result.code).toBe(0);
		const json = JSON.parse(result.out) as ExtractJson;
		expect(json.text).not.toMatch(/script|require|color|alert|innerHTML|<|&nbsp;/);
		expect(json.text).toContain('zbiornika w Nysie');
		expect(json.candidates.map((candidate) => candidate.kind)).toEqual(
			expect.arrayContaining(['date', 'number', 'statement'])
		);
		expect(existsSync(marker)).toBe(false);
	});

	it('works as a real process, as `npx factquiz` runs it', () => {
		const result = runProcess(['extract', 'tests/fixtures/articles/pl-szkoly.txt', '--json']);
		expect(result.code).toBe(0);
		expect((JSON.parse(result.out) as ExtractJson).language).toBe('pl');
	});
});

describe('factquiz extract (plain listing)', () => {
	it('lists each candidate with its evidence, question and distractors', async () => {
		const result = await run(['extract', 'questions/kursk/article.md']);
		expect(result.code).toBe(0);
		expect(result.out).toMatch(/^\d+ candidates, \d+ entities \(pl\)/);
		expect(result.out).toContain(
			'[statement] zaprzeczyc: Moskwa + Pjongjang: zaprzeczyły tym doniesieniom'
		);
		expect(result.out).toContain('   Q: Kto zaprzeczył tym doniesieniom?');
	});
});

describe('factquiz extract --out', () => {
	it('writes a draft module that validates and gives a quiz', async () => {
		const dir = join(scratch, 'questions');
		const result = await run([
			'extract',
			'tests/fixtures/articles/pl-powodz.txt',
			'--out',
			join(dir, 'powodz'),
			'--source',
			'Artykuł testowy',
			'--date',
			'2024-10'
		]);
		expect(result.code).toBe(0);
		expect(result.out).toMatch(
			/^wrote .*powodz\/article\.md and .*powodz\/facts\.yaml: \d+ facts, \d+ entities$/m
		);
		const article = readFileSync(join(dir, 'powodz', 'article.md'), 'utf8');
		expect(article).toMatch(/^---\ntitle: Po powodzi na Ziemi Kłodzkiej\n/);
		expect(article).toContain('source: Artykuł testowy\ndate: 2024-10\n');
		const validated = await run(['validate', dir]);
		expect(validated.out).toMatch(/^ok powodz: \d+ facts/);
		expect(validated.code).toBe(0);
		const quiz = await run(['generate', 'powodz', '--dir', dir, '--count', '5', '--json']);
		expect(quiz.code).toBe(0);
		expect(JSON.parse(quiz.out)).toHaveLength(5);
	});

	it('keeps only the accepted candidates', async () => {
		const out = join(scratch, 'accepted', 'kursk-draft');
		const result = await run([
			'extract',
			'questions/kursk/article.md',
			'--out',
			out,
			'--accept',
			'zolnierze-11000,zaprzeczyc,date-2024-autumn'
		]);
		expect(result.code).toBe(0);
		const facts = parse(readFileSync(join(out, 'facts.yaml'), 'utf8')) as {
			facts: { id: string }[];
		};
		expect(facts.facts.map((fact) => fact.id)).toEqual([
			'zaprzeczyc',
			'date-2024-autumn',
			'zolnierze-11000'
		]);
	});

	it('never overwrites a module unasked', async () => {
		const out = join(scratch, 'taken', 'kursk');
		mkdirSync(out, { recursive: true });
		writeFileSync(join(out, 'facts.yaml'), 'teacher: work\n');
		const refused = await run(['extract', 'questions/kursk/article.md', '--out', out]);
		expect(refused.code).toBe(2);
		expect(refused.err.trim().split('\n')).toHaveLength(1);
		expect(refused.err).toContain(
			'already holds facts.yaml: choose another folder or pass --force'
		);
		expect(readFileSync(join(out, 'facts.yaml'), 'utf8')).toBe('teacher: work\n');
		const forced = await run(['extract', 'questions/kursk/article.md', '--out', out, '--force']);
		expect(forced.code).toBe(0);
		expect(readFileSync(join(out, 'facts.yaml'), 'utf8')).toContain('entities:');
	});
});

describe('factquiz extract: bad input', () => {
	it.each([
		[['extract'], 'missing file'],
		[['extract', join(scratch, 'nowhere.txt')], 'no such file'],
		[['extract', 'package.json'], 'give the article as .txt, .md or .html'],
		[['extract', 'questions/kursk/article.md', 'extra'], 'unexpected argument "extra"'],
		[['extract', 'questions/kursk/article.md', '--lang', 'de'], 'unknown language "de"'],
		[['extract', 'questions/kursk/article.md', '--accept', 'a'], '--accept goes with --out'],
		[
			['extract', 'questions/kursk/article.md', '--out', join(scratch, 'Not_Kebab')],
			'must be kebab-case'
		],
		[
			['extract', 'questions/kursk/article.md', '--out', join(scratch, 'd'), '--date', 'jutro'],
			'--date must be'
		],
		[['extract', 'questions/kursk/article.md', '--bogus'], "Unknown option '--bogus'"]
	])('%j exits 2 with one line: %s', async (args, message) => {
		const result = await run(args);
		expect(result.code).toBe(2);
		expect(result.out).toBe('');
		expect(result.err.trim().split('\n')).toHaveLength(1);
		expect(result.err).toContain(message);
	});

	it.each([
		['empty.txt', '  \n\n  ', 'the article is empty'],
		['binary.txt', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0xff, 0xfe, 0, 1, 2]), 'binary file'],
		[
			'german.txt',
			'Die Hafenarbeiter in Rotterdam sind am Donnerstag nach einem Streik von neun Tagen an ihre Arbeit zurückgekehrt.',
			'not in Polish or English'
		],
		['short.md', '# Tytuł\n\nKrótko.', 'too short'],
		[
			'bland.txt',
			'To był spokojny dzień i nic się nie wydarzyło. Wszyscy siedzieli w domach, a pogoda była taka jak zwykle o tej porze roku. Nikt nie miał nic do powiedzenia.',
			'no facts found'
		],
		['huge.txt', 'a'.repeat(MAX_SOURCE_LENGTH + 1), 'too large'],
		['scripts-only.html', '<script>alert("x")</script><style>p{}</style>', 'the article is empty']
	])('%s exits 1 with one line: %s', async (name, content, message) => {
		const result = await run(['extract', scratchFile(name, content), '--json']);
		expect(result.code).toBe(1);
		expect(result.out).toBe('');
		expect(result.err.trim().split('\n')).toHaveLength(1);
		expect(result.err).toContain(message);
	});
});
