import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Language } from '../content';
import { extractFacts } from './extract';
import { measureRecall, type ExpectedCandidate } from './recall';

/** Articles written for these tests, each beside the list of candidates a reader expects. */
const FIXTURES = 'tests/fixtures/articles';

interface Fixture {
	name: string;
	text: string;
	language: Language;
	minRecall: number;
	expected: ExpectedCandidate[];
}

function loadFixtures(): Fixture[] {
	return readdirSync(FIXTURES)
		.filter((file) => file.endsWith('.txt'))
		.sort()
		.map((file) => {
			const name = file.replace(/\.txt$/, '');
			const spec = JSON.parse(
				readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')
			) as Omit<Fixture, 'name' | 'text'>;
			return { name, text: readFileSync(join(FIXTURES, file), 'utf8'), ...spec };
		});
}

const fixtures = loadFixtures();
const report: string[] = [];
afterAll(() => {
	// Printed so the recall can be quoted next to the test run that measured it.
	console.log(`extraction recall\n${report.join('\n')}`);
});

describe('recall on the test articles', () => {
	it('has at least three articles, English and Polish, of 200–500 words', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(3);
		expect(new Set(fixtures.map((fixture) => fixture.language))).toEqual(new Set(['pl', 'en']));
		for (const fixture of fixtures) {
			const words = fixture.text.split(/\s+/).filter(Boolean).length;
			expect(words, fixture.name).toBeGreaterThanOrEqual(200);
			expect(words, fixture.name).toBeLessThanOrEqual(500);
		}
	});

	it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
		const extraction = extractFacts(fixture.text);
		expect(extraction.language).toBe(fixture.language);
		const recall = measureRecall(extraction, fixture.expected);
		report.push(
			`  ${fixture.name.padEnd(16)} ${recall.found}/${recall.expected} = ${recall.recall.toFixed(2)}` +
				` (${extraction.candidates.length} candidates)` +
				(recall.missed.length
					? `; missed: ${recall.missed.map((fact) => JSON.stringify(fact)).join(', ')}`
					: '')
		);
		expect(recall.recall, JSON.stringify(recall.missed)).toBeGreaterThanOrEqual(fixture.minRecall);
	});
});

describe('measureRecall', () => {
	const extraction = extractFacts(
		'Moskwa i Pjongjang zaprzeczyły. Trafiło tam ok. 11 tys. żołnierzy.',
		{
			language: 'pl'
		}
	);

	it.each([
		[{ kind: 'number', value: 11000, noun: 'żołnierze', approximate: true }, 1],
		[{ kind: 'number', value: 11000, approximate: false }, 0],
		[{ kind: 'number', value: 12000 }, 0],
		[{ kind: 'statement', subjects: ['Pjongjang', 'Moskwa'], verb: 'zaprzeczyć' }, 1],
		[{ kind: 'statement', subjects: ['Moskwa'] }, 0],
		[{ kind: 'entity', name: 'Moskwa', type: 'city' }, 1],
		[{ kind: 'entity', name: 'Moskwa', type: 'country' }, 0]
	] as const)('%j counts %d', (expected, found) => {
		expect(measureRecall(extraction, [expected]).found).toBe(found);
	});
});
