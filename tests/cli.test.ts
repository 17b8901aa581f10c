import { execFileSync, spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/bin/factquiz';

/** Runs the CLI in this process, capturing what it prints. */
async function run(args: string[], stdin = '') {
	let out = '';
	let err = '';
	const code = await main(args, {
		out: (text) => (out += text),
		err: (text) => (err += text),
		stdin: () => stdin
	});
	return { code, out, err };
}

/** Runs the CLI as a user does, in a fresh process. */
function runProcess(args: string[], input = '', env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, ['bin/factquiz.js', ...args], {
		input,
		encoding: 'utf8',
		env: { ...process.env, ...env }
	});
	return { code: result.status, out: result.stdout, err: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'factquiz-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('factquiz validate', () => {
	it('passes on the committed modules', async () => {
		const result = await run(['validate']);
		expect(result.code).toBe(0);
		expect(result.out).toMatch(/^ok kursk: \d+ facts/m);
	});

	it('fails with every error, each naming file, line and field', async () => {
		const dir = join(scratch, 'broken');
		cpSync('questions/kursk', join(dir, 'kursk'), { recursive: true });
		const facts = join(dir, 'kursk', 'facts.yaml');
		const text = execFileSync('cat', [facts], { encoding: 'utf8' })
			.replace(
				'evidence: Ukraińskiej armii udało się pojmać',
				'evidence: Ukraińskiej armii udało się złapać'
			)
			.replace('value: kim-jong-un', 'value: kim');
		writeFileSync(facts, text);
		const result = await run(['validate', dir]);
		expect(result.code).toBe(1);
		const lines = result.out.trim().split('\n');
		expect(lines[0]).toMatch(
			/^.*broken\/kursk\/facts\.yaml:\d+ facts\[3\]\.evidence: not found in article\.md \(closest: "Ukraińskiej armii udało się pojmać tylko dwóch Koreańczyków z Północy\."\)$/
		);
		expect(lines[1]).toMatch(
			/facts\.yaml:\d+ facts\[7\]\.value: unknown entity "kim" \(not in entities\)$/
		);
		expect(lines[2]).toBe('1 invalid module(s), 2 error(s)');
	});

	it('keeps reporting valid modules next to a refused one', async () => {
		const dir = join(scratch, 'mixed');
		cpSync('questions/kursk', join(dir, 'kursk'), { recursive: true });
		cpSync('questions/kursk', join(dir, 'half'), { recursive: true });
		writeFileSync(join(dir, 'half', 'facts.yaml'), 'facts: []\n');
		const result = await run(['validate', dir]);
		expect(result.code).toBe(1);
		expect(result.out).toContain('ok kursk');
		expect(result.out).toMatch(/half\/facts\.yaml:1 facts: a module needs at least one fact/);
	});

	it('says so when a directory holds no modules', async () => {
		const result = await run(['validate', scratch + '/nothing-here']);
		expect(result.code).toBe(1);
		expect(result.err).toContain('no modules found');
	});
});

describe('factquiz generate', () => {
	it('prints the contract: id, type, factIds, prompt, choices?, evidence, key', async () => {
		const result = await run([
			'generate',
			'kursk',
			'--seed',
			'1',
			'--count',
			'8',
			'--types',
			'numeric,single-choice,short-answer',
			'--with-key',
			'--json'
		]);
		expect(result.code).toBe(0);
		const questions = JSON.parse(result.out) as Record<string, unknown>[];
		expect(questions).toHaveLength(8);
		for (const question of questions) {
			expect(question).toMatchObject({
				id: expect.any(String),
				type: expect.any(String),
				factIds: expect.any(Array),
				prompt: expect.any(String),
				evidence: expect.any(Array),
				key: expect.any(Object)
			});
		}
		const numeric = questions.find((question) => question.type === 'numeric');
		expect(numeric?.key).toMatchObject({ value: expect.any(Number) });
		const choice = questions.find((question) => question.type === 'single-choice');
		expect(choice?.key).toMatchObject({ choiceIds: [expect.any(String)] });
		expect(choice?.choices).toEqual(
			expect.arrayContaining([{ id: 'a', text: expect.any(String) }])
		);
	});

	it("gives a matching question the article's sentences as evidence, each verbatim", async () => {
		const result = await run([
			'generate',
			'kursk',
			'--seed',
			'3',
			'--count',
			'1',
			'--types',
			'matching',
			'--json'
		]);
		const [question] = JSON.parse(result.out) as { factIds: string[]; evidence: string[] }[];
		const article = readFileSync('questions/kursk/article.md', 'utf8').replace(/\s+/g, ' ');
		expect(question?.factIds.length).toBeGreaterThan(1);
		expect(question?.evidence.length).toBeGreaterThan(1);
		for (const sentence of question?.evidence ?? []) expect(article).toContain(sentence);
	});

	it('leaves the key out without --with-key', async () => {
		const result = await run(['generate', 'kursk', '--seed', '2', '--count', '5', '--json']);
		for (const question of JSON.parse(result.out) as object[])
			expect(question).not.toHaveProperty('key');
	});

	it('gives the same quiz for the same seed in separate processes, another for another seed', () => {
		const first = runProcess([
			'generate',
			'kursk',
			'--seed',
			'7',
			'--count',
			'10',
			'--with-key',
			'--json'
		]);
		const second = runProcess([
			'generate',
			'kursk',
			'--seed',
			'7',
			'--count',
			'10',
			'--with-key',
			'--json'
		]);
		const other = runProcess([
			'generate',
			'kursk',
			'--seed',
			'8',
			'--count',
			'10',
			'--with-key',
			'--json'
		]);
		expect(first.code).toBe(0);
		expect(first.out).toBe(second.out);
		expect(first.out).not.toBe(other.out);
	});

	it('keeps to --types', async () => {
		const result = await run([
			'generate',
			'kursk',
			'--seed',
			'3',
			'--count',
			'4',
			'--types',
			'ordering,matching',
			'--json'
		]);
		const types = (JSON.parse(result.out) as { type: string }[]).map((question) => question.type);
		// Both are made of the seed's four figures, and a quiz asks each fact once: one question.
		expect(types).toHaveLength(1);
		expect(['ordering', 'matching']).toContain(types[0]);
	});

	it.each([
		[
			['generate', 'atlantis', '--seed', '1', '--json'],
			'factquiz generate: unknown module "atlantis" (known: kursk)'
		],
		[['generate', 'kursk', '--types', 'essay'], 'factquiz generate: unknown question type "essay"'],
		[
			['generate', 'kursk', '--facts', 'troops-sent,nope'],
			'factquiz generate: unknown fact "nope" in module "kursk"'
		],
		[['generate', 'kursk', '--sed', '1'], "factquiz generate: Unknown option '--sed'"],
		[
			['generate', 'kursk', '--seed', 'x'],
			'factquiz generate: --seed must be a whole number, got "x"'
		],
		[['generate', 'kursk', '--count', '0'], 'factquiz generate: --count must be at least 1'],
		[['frobnicate'], 'factquiz: unknown command "frobnicate"'],
		[
			['score', 'kursk', 'no-such-fact', '11'],
			'factquiz score: unknown fact "no-such-fact" in module "kursk"'
		],
		[['number', '--lang', 'de', '11'], 'factquiz number: unknown language "de": use pl or en']
	])('refuses %j with one clear line and exit 2', async (args, message) => {
		const result = await run(args);
		expect(result.code).toBe(2);
		expect(result.out).toBe('');
		expect(result.err.trim().split('\n')).toHaveLength(1);
		expect(result.err).toContain(message);
	});
});

describe('factquiz score', () => {
	it.each([
		['troops-sent', 'czterech tysięcy', 0],
		['troops-sent', 'ok. 11 tys. żołnierzy', 1],
		['troops-sent', 'jedenaście tysięcy', 1],
		['captured', 'dwóch', 1],
		['captured', 'dwudziestu', 0],
		['proposer', 'Kim Jong Un', 1],
		['first-reports', 'jesienią 2024 roku', 1]
	])(
		'scores %s = %j with credit %d and feedback quoting the article',
		async (fact, answer, credit) => {
			const result = await run(['score', 'kursk', fact, answer]);
			expect(result.code).toBe(0);
			const scored = JSON.parse(result.out) as {
				credit: number;
				feedback: string;
				evidence: string;
			};
			expect(scored.credit).toBe(credit);
			expect(scored.feedback).toContain(`„${scored.evidence}”`);
		}
	);

	it('scores a batch from standard input, one JSON object per line, in order', async () => {
		const input = 'troops-sent\t11 000\ncaptured\ttrzech\naccusers\tUkraina\nnope\t1\n';
		const result = await run(['score', 'kursk', '--batch'], input);
		expect(result.code).toBe(0);
		const lines = result.out
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as Record<string, unknown>);
		expect(lines.map((line) => line.factId)).toEqual([
			'troops-sent',
			'captured',
			'accusers',
			'nope'
		]);
		expect(lines.map((line) => line.credit)).toEqual([1, 0, 0.5, undefined]);
		expect(lines[3]?.error).toBe('unknown fact "nope" in module "kursk"');
	});

	it('gives feedback in English with --lang en', async () => {
		const result = await run(['score', 'kursk', 'captured', '3', '--lang', 'en']);
		expect((JSON.parse(result.out) as { feedback: string }).feedback).toMatch(
			/^Not quite: the article says exactly 2\./
		);
	});
});

describe('factquiz number', () => {
	it('reads Polish words', async () => {
		expect((await run(['number', '--lang', 'pl', 'jedenaście tysięcy'])).out).toBe(
			'{"value":11000}\n'
		);
	});

	it('gives null for text that is not a number', async () => {
		expect((await run(['number', 'ala ma kota'])).out).toBe('{"value":null}\n');
	});

	it.each([
		['pl', 'dziesięć przecinek zero dwa', 10.02],
		['pl', 'sto dwadzieścia trzy przecinek pięć', 123.5],
		['en', 'one and a half thousand', 1500],
		['en', '£150m', 150_000_000],
		['en', '150m', 150_000_000],
		['en', '$2.5bn', 2_500_000_000]
	] as const)('reads %s "%s" as %d', async (language, text, value) => {
		expect(JSON.parse((await run(['number', '--lang', language, text])).out)).toEqual({ value });
	});

	it('reads a batch, one value per line, empty lines giving null', async () => {
		const result = await run(
			['number', '--batch', '--lang', 'pl'],
			'11 tys.\n\nczterema tysiącami\n2 mln\n'
		);
		expect(result.out).toBe('{"value":11000}\n{"value":null}\n{"value":4000}\n{"value":2000000}\n');
	});

	it('works as a real process, as `npx factquiz` runs it', () => {
		const result = runProcess(['number', '--lang', 'pl', 'jedenaście tysięcy']);
		expect(result.code).toBe(0);
		expect(result.out).toBe('{"value":11000}\n');
	});
});

describe('the CLI process', () => {
	const bundle = 'node_modules/.cache/factquiz/cli.mjs';

	it('runs from its bundle, rebuilt when a source is newer, and answers as the sources do', () => {
		expect(runProcess(['number', '7']).out).toBe('{"value":7}\n');
		expect(existsSync(bundle)).toBe(true);
		// A bundle older than its sources is stale: the next run rebuilds it.
		const past = new Date(Date.now() - 86_400_000);
		utimesSync(bundle, past, past);
		const rebuilt = runProcess(['number', '--lang', 'pl', 'jedenaście tysięcy']);
		expect(rebuilt.out).toBe('{"value":11000}\n');
		expect(statSync(bundle).mtimeMs).toBeGreaterThan(past.getTime() + 60_000);

		const commands: [string[], string][] = [
			[['generate', 'kursk', '--seed', '3', '--count', '6', '--with-key', '--json'], ''],
			[['score', 'kursk', '--batch'], 'losses\tczterech tysięcy\naccusers\tUkraina\n'],
			[['number', '--batch'], '11 tys.\n\npółtora miliona\n'],
			[['score', 'kursk', 'no-such-fact', 'x'], '']
		];
		for (const [args, input] of commands) {
			const bundled = runProcess(args, input);
			const fromSource = runProcess(args, input, { FACTQUIZ_CLI_FROM_SOURCE: '1' });
			expect(bundled, args.join(' ')).toEqual(fromSource);
		}
	});
});
