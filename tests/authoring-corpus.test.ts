/**
 * The development corpus of authoring: its gold files hold for their articles, and authoring's
 * figures on it (bench/authoring-measure.ts) are no worse than the committed ones
 * (bench/authoring-baseline.json). A change that makes authoring better rewrites the baseline
 * with `npm run bench -- authoring --write-baseline`, so the floor rises with it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readBaseline } from '../bench/authoring';
import {
	GROUPS,
	HIGHER_IS_BETTER,
	measureAuthoring,
	type AuthoringMeasure
} from '../bench/authoring-measure';
import {
	BLIND_DIR,
	UNSEEN2_DIR,
	UNSEEN3_DIR,
	UNSEEN4_DIR,
	UNSEEN5_DIR,
	UNSEEN6_DIR,
	UNSEEN7_DIR,
	UNSEEN8_DIR,
	UNSEEN9_DIR,
	UNSEEN10_DIR,
	UNSEEN11_DIR,
	UNSEEN12_DIR,
	UNSEEN13_DIR,
	UNSEEN_DIR,
	goldProblems,
	loadCorpus
} from './support/corpus-gold';

const corpus = loadCorpus();

describe('the development corpus', () => {
	it('has eight Polish and seven English articles, four and three of them held out', () => {
		const count = (language: string, heldOut: boolean) =>
			corpus.filter((a) => a.gold.language === language && a.gold.heldOut === heldOut).length;
		expect([count('pl', false), count('pl', true), count('en', false), count('en', true)]).toEqual([
			4, 4, 4, 3
		]);
	});

	it('has gold files whose evidence, mentions and clutter are the articles’ own words', () => {
		expect(corpus.flatMap(goldProblems)).toEqual([]);
	});

	it('has articles of 300 to 700 words', () => {
		for (const article of corpus) {
			const words = article.source.split(/\s+/).filter(Boolean).length;
			expect(words, article.name).toBeGreaterThanOrEqual(300);
			expect(words, article.name).toBeLessThanOrEqual(700);
		}
	});
});

describe.each([
	BLIND_DIR,
	UNSEEN_DIR,
	UNSEEN2_DIR,
	UNSEEN3_DIR,
	UNSEEN4_DIR,
	UNSEEN5_DIR,
	UNSEEN6_DIR,
	UNSEEN7_DIR,
	UNSEEN8_DIR,
	UNSEEN9_DIR,
	UNSEEN10_DIR,
	UNSEEN11_DIR,
	UNSEEN12_DIR,
	UNSEEN13_DIR
])('the blind articles of %s', (dir) => {
	it('have gold files that parse and whose evidence, mentions and clutter are the articles’ own words', () => {
		const blind = loadCorpus(dir);
		expect(blind.length).toBe(6);
		expect(blind.flatMap(goldProblems)).toEqual([]);
	});
});

describe('authoring on the development corpus', () => {
	let measured: AuthoringMeasure;
	const baseline = readBaseline();

	beforeAll(() => {
		measured = measureAuthoring(corpus);
	}, 120_000);

	it('has a committed baseline', () => {
		expect(baseline).not.toBeNull();
	});

	for (const group of GROUPS) {
		it(`is no worse than the baseline (${group})`, () => {
			if (!baseline) return;
			const now = measured.figures[group];
			const was = baseline.figures[group];
			// A figure the baseline does not hold yet (measured since it was written) has no floor.
			const worse = (Object.keys(HIGHER_IS_BETTER) as (keyof typeof HIGHER_IS_BETTER)[]).flatMap(
				(key) => {
					const before = was[key];
					if (before === undefined) return [];
					const worse = HIGHER_IS_BETTER[key] ? now[key] < before - 1e-9 : now[key] > before + 1e-9;
					return worse ? [`${key}: ${now[key].toFixed(4)} (baseline ${before.toFixed(4)})`] : [];
				}
			);
			expect(worse).toEqual([]);
		});
	}
});
