import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../generate';
import { QUESTION_TYPES } from '../question';
import { scoreQuestion } from '../score';
import { rightResponse } from '../../testing/answers';
import { everyQuestion } from '../../testing/questions';
import { formatContentError, parseModule, type QuizModule } from '../module';
import { scoreFactAnswer } from '../score/fact';
import { draftModule, type DraftModule } from './draft';
import { extractFacts } from './extract';
import { prepareArticle, type PreparedArticle } from './source';

function parseDraft(draft: DraftModule) {
	return parseModule({
		id: 'draft',
		articlePath: 'questions/draft/article.md',
		factsPath: 'questions/draft/facts.yaml',
		articleText: draft.articleMarkdown,
		factsText: draft.factsYaml
	});
}

function validModule(draft: DraftModule): QuizModule {
	const result = parseDraft(draft);
	if (!result.ok) throw new Error(result.errors.map(formatContentError).join('\n'));
	return result.module;
}

const ARTICLES: [name: string, article: PreparedArticle][] = [
	[
		'questions/kursk/article.md',
		prepareArticle(readFileSync('questions/kursk/article.md', 'utf8'), 'markdown')
	],
	[
		'the raw seed text',
		prepareArticle(readFileSync('tests/fixtures/kursk-article.txt', 'utf8'), 'text')
	],
	...['en-port-strike', 'en-telescope', 'pl-powodz', 'pl-szkoly', 'pl-kolej'].map(
		(name) =>
			[
				name,
				prepareArticle(readFileSync(`tests/fixtures/articles/${name}.txt`, 'utf8'), 'text')
			] as [string, PreparedArticle]
	)
];

describe.each(ARTICLES)('a draft of %s', (_name, article) => {
	const extraction = extractFacts(article.text, { language: article.language });
	const draft = draftModule(article, extraction, { fallbackDate: '2025-03-01' });

	it('validates as a module, every candidate a fact', () => {
		const module = validModule(draft);
		expect(module.facts.length).toBe(
			extraction.candidates.filter(
				(candidate) =>
					candidate.kind !== 'date' ||
					candidate.value.year !== undefined ||
					article.date !== undefined
			).length
		);
		expect(module.language).toBe(extraction.language);
	});

	it('gives a quiz that generates', () => {
		const quiz = generateQuiz(validModule(draft), { count: 12 }, 7);
		// Each fact once, no question giving another's answer away, none from a cross-link or
		// worded as a broken question: shorter than asked for.
		expect(quiz.questions.length).toBeGreaterThanOrEqual(6);
		expect(quiz.questions.length).toBeLessThanOrEqual(12);
	});

	it('gives full credit for each figure as the article writes it', () => {
		const module = validModule(draft);
		for (const fact of module.facts) {
			// A figure the number reader cannot read ("co piąty") has no cloze, and a warning.
			if ((fact.kind !== 'number' && fact.kind !== 'proportion') || fact.cloze === undefined)
				continue;
			expect(scoreFactAnswer(module, fact, fact.cloze).credit, `${fact.id}: ${fact.cloze}`).toBe(1);
		}
	});

	it('gives full credit to the right response of every question it makes', () => {
		const module = validModule(draft);
		for (const type of QUESTION_TYPES) {
			for (const seed of [1, 2, 3]) {
				for (const question of everyQuestion(module, type, seed)) {
					const response = rightResponse(question);
					expect(
						scoreQuestion(module, question, response).credit,
						`${question.id}: ${JSON.stringify(response)}`
					).toBe(1);
				}
			}
		}
	});
});

describe('the cloze gaps of a draft', () => {
	function clozeOf(path: string, hasCloze: (cloze: string) => boolean, date?: string) {
		const article = prepareArticle(readFileSync(path, 'utf8'), 'text');
		const extraction = extractFacts(article.text, { language: article.language });
		const module = validModule(
			draftModule(article, extraction, { fallbackDate: '2025-03-01', ...(date ? { date } : {}) })
		);
		const question = everyQuestion(module, 'cloze', 1).find(
			(candidate) => candidate.type === 'cloze' && hasCloze(candidate.key.value)
		);
		if (!question) throw new Error(`no such cloze in ${path}`);
		return (answer: string) => scoreQuestion(module, question, answer).credit;
	}

	it("take a name by its role, but not another entity's name", () => {
		const credit = clozeOf(
			'tests/fixtures/articles/en-telescope.txt',
			(c) => c === 'The observatory'
		);
		expect(credit('The observatory')).toBe(1);
		expect(credit('the observatry')).toBe(1);
		expect(credit('European Southern Observatory')).toBe(0);
	});

	it('take a date as the sentence gives it, but not with a wrong year', () => {
		const credit = clozeOf(
			'tests/fixtures/kursk-article.txt',
			// "do połowy _____": the bound and the part stay in the sentence, the gap is the month.
			(c) => c === 'stycznia',
			'2024-02-01'
		);
		expect(credit('stycznia')).toBe(1);
		expect(credit('do połowy stycznia')).toBe(1);
		// The year is the one of the article's date of publication.
		expect(credit('w połowie stycznia 2024')).toBe(1);
		expect(credit('do połowy stycznia 2023')).toBe(0);
		expect(credit('do połowy lutego')).toBe(0);
	});

	it('take a figure in words, but not another figure in the same words', () => {
		const credit = clozeOf('tests/fixtures/kursk-article.txt', (c) => c === '11 tysięcy');
		expect(credit('jedenaście tysięcy')).toBe(1);
		expect(credit('31 tysięcy')).toBe(0);
	});
});

describe('draftModule', () => {
	const article = prepareArticle(readFileSync('questions/kursk/article.md', 'utf8'), 'markdown');
	const extraction = extractFacts(article.text, { language: article.language });

	it('keeps the module article as it was, front matter included', () => {
		const draft = draftModule(article, extraction);
		expect(draft.articleMarkdown).toContain('::: related Konflikty zbrojne');
		expect(draft.articleMarkdown).toMatch(/^---\ntitle: Żołnierze z Korei Północnej/);
		expect(draft.articleMarkdown).toContain('date: 2025-01');
	});

	it('drafts the seed facts as the seed module has them', () => {
		const facts = (
			parse(draftModule(article, extraction).factsYaml) as { facts: Record<string, unknown>[] }
		).facts;
		expect(facts).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					kind: 'number',
					value: 11000,
					unit: 'północnokoreańskich żołnierzy',
					approximate: true,
					tolerance: 0.1,
					cloze: '11 tysięcy',
					statement:
						'Do obwodu kurskiego w Rosji trafiło ok. {value} północnokoreańskich żołnierzy.'
				}),
				expect.objectContaining({ kind: 'proportion', value: 0.5, cloze: 'połowę' }),
				expect.objectContaining({ kind: 'date', value: { year: 2024, season: 'autumn' } }),
				expect.objectContaining({
					kind: 'entity-set',
					value: ['moscow', 'pyongyang'],
					cloze: 'Moskwa, jak i Pjongjang'
				}),
				expect.objectContaining({ kind: 'entity', value: 'kim-dzong-un', cloze: 'Kim Dzong Un' })
			])
		);
	});

	it('keeps only the accepted candidates, and names the unknown ones', () => {
		const accepted = extraction.candidates.slice(0, 3).map((candidate) => candidate.id);
		const draft = draftModule(article, extraction, { accepted: [...accepted, 'no-such-fact'] });
		expect(validModule(draft).facts.map((fact) => fact.id)).toEqual(accepted);
		expect(draft.warnings).toContain('no-such-fact: no such candidate');
	});

	it('takes the year of a date without one from the article, and says so', () => {
		const draft = draftModule(article, extraction);
		const module = validModule(draft);
		expect(module.facts.find((fact) => fact.id === 'date-month-01')).toMatchObject({
			value: { year: 2025, month: 1 }
		});
		expect(draft.warnings).toContain("date-month-01: the year 2025 is the article's: check it");
	});

	it('leaves out a date with no year anywhere, and says so', () => {
		const text =
			'Do połowy stycznia straciły około czterech tysięcy żołnierzy. Tak podały źródła w Kijowie.';
		const draft = draftModule({ text }, extractFacts(text, { language: 'pl' }));
		expect(draft.warnings.join('\n')).toMatch(/date-month-01: left out: the article gives no year/);
		expect(draft.warnings.join('\n')).toMatch(/^date: give the publication date/m);
		expect(draft.warnings.join('\n')).toMatch(/^source: say where the article comes from/m);
	});

	it('guesses no year for a date from the other dates the article mentions', () => {
		const text =
			'The company recalled 48,000 cars in September after a software fault. ' +
			'The deal is expected to close in 2030, the company said.';
		const draft = draftModule({ text }, extractFacts(text, { language: 'en' }));
		const module = validModule(draft);
		expect(module.facts.some((fact) => fact.kind === 'date' && fact.value.month === 9)).toBe(false);
		expect(draft.warnings.join('\n')).toMatch(
			/left out: the article gives no year for "September"/
		);
	});

	it('marks a figure without a unit for the teacher to fill in, and still validates', () => {
		const text =
			'Zginęło dziewięć osób, a ponad 40 trafiło do szpitali w Kłodzku. Tak podał wojewoda.';
		const draft = draftModule({ text }, extractFacts(text, { language: 'pl' }), {
			fallbackDate: '2024'
		});
		expect(draft.warnings.some((warning) => /fill in "unit"/.test(warning))).toBe(true);
		expect(draft.factsYaml).toContain('unit: do uzupełnienia');
		expect(parseDraft(draft).ok).toBe(true);
	});

	it('asks no cloze for a share the number reader cannot read back, and says so', () => {
		const text =
			'Co piąty uczeń zasypia na lekcji, a 40 proc. uczniów śpi za krótko. Tak wynika z badania.';
		const draft = draftModule({ text }, extractFacts(text, { language: 'pl' }), {
			fallbackDate: '2024'
		});
		const module = validModule(draft);
		const shares = module.facts.filter((fact) => fact.kind === 'proportion');
		expect(shares.map((fact) => [fact.value, fact.cloze])).toEqual([
			[0.2, undefined],
			[0.4, '40 proc.']
		]);
		expect(draft.warnings).toContain(
			'uczen-share: "Co piąty" is not read as 0.2: no cloze, learners answer with a figure'
		);
	});

	it('titles a plain text by its first sentence', () => {
		const text = 'Powódź zalała Kłodzko we wrześniu 2024 roku. Woda opadła po tygodniu.';
		const draft = draftModule({ text }, extractFacts(text, { language: 'pl' }), { source: 'test' });
		expect(draft.articleMarkdown).toContain('title: Powódź zalała Kłodzko we wrześniu 2024 roku\n');
		expect(draft.articleMarkdown).toContain('date: "2024"');
	});
});

describe('what a draft offers students (issue 17)', () => {
	function draftOf(text: string, language: 'pl' | 'en') {
		const article = prepareArticle(text, 'text');
		const extraction = extractFacts(article.text, { language });
		return validModule(draftModule(article, extraction, { fallbackDate: '2025-03-01' }));
	}
	const fixture = (name: string) =>
		draftOf(
			readFileSync(`tests/fixtures/articles/${name}.txt`, 'utf8'),
			name.startsWith('en') ? 'en' : 'pl'
		);

	it('labels a figure by what it counts, or not at all, never twice the same', () => {
		for (const name of ['pl-kolej', 'pl-powodz', 'pl-szkoly', 'en-port-strike', 'en-telescope']) {
			const module = fixture(name);
			const labels = module.facts.flatMap((fact) => (fact.label ? [fact.label] : []));
			// A label is shared only by one figure stated twice (the title and the lead).
			for (const label of new Set(labels)) {
				const values = module.facts.flatMap((fact) =>
					fact.label === label && fact.kind === 'number' ? [fact.value] : []
				);
				expect(new Set(values).size, `${name}: ${label}`).toBeLessThanOrEqual(1);
			}
			for (const label of labels) {
				expect(label).not.toContain('_____');
				expect(label).not.toContain('…');
				// What the figure counts, not a question about it, and never a figure itself.
				expect(label).not.toMatch(/\?$/u);
				expect(label).not.toMatch(/\d/u);
			}
			for (const type of ['matching', 'ordering'] as const) {
				for (const question of everyQuestion(module, type, 1)) {
					for (const id of question.factIds)
						expect(module.facts.find((fact) => fact.id === id)?.label, id).toBeDefined();
				}
			}
		}
	});

	it('makes no true/false statement of a figure written in words', () => {
		const module = draftOf(
			'Uczniowie śpią krócej niż siedem godzin. Do szpitali trafiło ponad 300 osób.',
			'pl'
		);
		const seven = module.facts.find((fact) => fact.kind === 'number' && fact.value === 7);
		const hundreds = module.facts.find((fact) => fact.kind === 'number' && fact.value === 300);
		expect(seven).toBeDefined();
		expect(seven?.statement).toBeUndefined();
		expect(hundreds?.statement).toBe('Do szpitali trafiło ponad {value} osób.');
		for (const question of everyQuestion(module, 'true-false', 1))
			expect(question.prompt).not.toMatch(/\b7 godzin/);
	});

	it('offers no options in a case other than the gap wants', () => {
		const module = draftOf(
			'Tak wynika z badania przeprowadzonego w maju 2024 roku przez instytut. W 2023 roku było inaczej, a w 2022 roku także.',
			'pl'
		);
		const may = module.facts.find((fact) => fact.kind === 'date' && fact.cloze?.includes('maju'));
		expect(may?.questions[0]).toContain('_____');
		expect(
			everyQuestion(module, 'single-choice', 1).filter((question) =>
				question.factIds.includes(may?.id ?? '')
			)
		).toEqual([]);
	});

	it('asks no cloze whose gap cuts a word or a figure in two', () => {
		const corpus = 'tests/fixtures/corpus';
		for (const name of ['pl-inflacja', 'pl-most-gorzow', 'en-earthquake', 'en-fraud-trial']) {
			const module = draftOf(
				readFileSync(`${corpus}/${name}.txt`, 'utf8'),
				name.startsWith('en') ? 'en' : 'pl'
			);
			for (const question of everyQuestion(module, 'cloze', 1))
				expect(question.prompt, name).not.toMatch(/[\p{L}\p{N}:-]_____|_____[\p{L}\p{N}:-]/u);
		}
	});

	it('never offers the acronym of the key as a wrong option', () => {
		const module = fixture('pl-szkoly');
		for (const question of everyQuestion(module, 'single-choice', 1)) {
			if (question.type !== 'single-choice') continue;
			const texts = question.choices.map((choice) => choice.text);
			if (!texts.includes('Związek Nauczycielstwa Polskiego')) continue;
			expect(texts).not.toContain('ZNP');
		}
	});
});
