import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	acceptedByDefault,
	analyseDraft,
	articleSentences,
	candidateReasons,
	distractorPool,
	moduleIdFrom,
	withNewFact,
	withoutAddedFact,
	type AuthoringState
} from './authoring';
import { extractFacts, type Candidate } from './extract';
import { generateQuiz, generators } from './generate';
import type { QuizModule } from './module';

const KURSK = readFileSync('tests/fixtures/kursk-article.txt', 'utf8');

function state(overrides: Partial<AuthoringState> = {}): AuthoringState {
	return {
		sourceText: KURSK,
		format: 'text',
		moduleId: 'kursk-draft',
		title: 'Kursk',
		source: 'Polskie Radio 24',
		date: '2025-01-20',
		decisions: {},
		...overrides
	};
}

function analysed(overrides: Partial<AuthoringState> = {}) {
	const analysis = analyseDraft(state(overrides), '2026-11-25');
	if (!analysis.ok) throw analysis.error;
	if (!analysis.module.ok) throw new Error(JSON.stringify(analysis.module.errors));
	return { analysis, module: analysis.module.module };
}

describe('a reviewed draft', () => {
	it('becomes a valid module with figures, dates and statements but not bare names by default', () => {
		const { analysis, module } = analysed();
		const kinds = new Set(module.facts.map((fact) => fact.kind));
		expect(kinds.has('number')).toBe(true);
		expect(kinds.has('date')).toBe(true);
		const names = analysis.extraction.candidates.filter((candidate) => candidate.kind === 'entity');
		expect(names.length).toBeGreaterThan(0);
		for (const name of names) expect(module.facts.some((fact) => fact.id === name.id)).toBe(false);
	});

	it('applies the teacher’s question, aliases and tolerance, and drops rejected facts', () => {
		const { analysis } = analysed();
		const figure = analysis.extraction.candidates.find(
			(candidate) => candidate.kind === 'number' && candidate.value === 11000
		);
		const rejected = analysis.extraction.candidates.find(
			(candidate) => candidate.kind === 'number' && candidate.value === 4000
		);
		if (!figure || !rejected) throw new Error('the seed figures were not found');
		const { module } = analysed({
			decisions: {
				[figure.id]: {
					accepted: true,
					question: 'Ilu żołnierzy wysłała Korea Północna?',
					aliases: 'jedenaście tysięcy, 11k;  11 tys. ',
					tolerance: '5'
				},
				[rejected.id]: { accepted: false }
			}
		});
		const fact = module.facts.find((candidate) => candidate.id === figure.id);
		expect(fact).toMatchObject({
			questions: ['Ilu żołnierzy wysłała Korea Północna?'],
			aliases: ['jedenaście tysięcy', '11k', '11 tys.'],
			tolerance: 0.05
		});
		expect(module.facts.some((candidate) => candidate.id === rejected.id)).toBe(false);
	});

	it('reports a tolerance that is not a number as the schema’s error on the field', () => {
		const { analysis } = analysed();
		const figure = analysis.extraction.candidates.find((candidate) => candidate.kind === 'number');
		if (!figure) throw new Error('no figure');
		const result = analyseDraft(
			state({ decisions: { [figure.id]: { accepted: true, tolerance: 'dużo' } } }),
			'2026-11-25'
		);
		expect(
			result.ok && !result.module.ok && result.module.errors.map((error) => error.field)
		).toEqual(expect.arrayContaining([expect.stringMatching(/^facts\[\d+\]\.tolerance$/)]));
	});

	it('says why an article cannot be used instead of throwing', () => {
		const empty = analyseDraft(state({ sourceText: '   ' }), '2026-11-25');
		expect(empty.ok ? null : empty.error.code).toBe('empty');
	});
});

describe('module ids from titles', () => {
	it.each([
		['Żołnierze z Korei Północnej w Kursku', 'zolnierze-z-korei-polnocnej-w-kursku'],
		['  Łódź: 2025!  ', 'lodz-2025'],
		['???', 'module']
	])('%s → %s', (title, id) => {
		expect(moduleIdFrom(title)).toBe(id);
	});
});

describe('what the review lets an author fix (issue 17)', () => {
	const troops = (analysis: ReturnType<typeof analysed>['analysis']) => {
		const found = analysis.extraction.candidates.find(
			(candidate) => candidate.kind === 'number' && candidate.value === 11000
		);
		if (!found) throw new Error('no 11 000 candidate');
		return found;
	};

	it('fixes a wrong key: the fact, the preview quiz and its gap all carry the new figure', () => {
		const { analysis } = analysed();
		const id = troops(analysis).id;
		const { module } = analysed({
			decisions: { [id]: { accepted: true, value: '12 tys.' } }
		});
		const fact = module.facts.find((found) => found.id === id);
		expect(fact).toMatchObject({ kind: 'number', value: 12000 });
		// The article's "11 tysięcy" is no longer asked for as the key, in a gap or a statement.
		expect(fact?.cloze).toBeUndefined();
		expect(fact?.statement).toBeUndefined();
		const numeric = generateQuiz(module, { count: 50, types: ['numeric'] }, 1).questions.find(
			(question) => question.factIds.includes(id)
		);
		expect(numeric?.key).toMatchObject({ value: 12000 });
	});

	it('sets what a figure counts, and an empty label keeps it out of matching and ordering', () => {
		const { analysis } = analysed();
		const id = troops(analysis).id;
		const labelled = analysed({
			decisions: { [id]: { accepted: true, label: 'żołnierze wysłani do obwodu kurskiego' } }
		}).module;
		expect(labelled.facts.find((fact) => fact.id === id)?.label).toBe(
			'żołnierze wysłani do obwodu kurskiego'
		);
		const unlabelled = analysed({ decisions: { [id]: { accepted: true, label: '' } } }).module;
		expect(unlabelled.facts.find((fact) => fact.id === id)?.label).toBeUndefined();
		for (const type of ['matching', 'ordering'] as const)
			for (const question of generateQuiz(unlabelled, { count: 50, types: [type] }, 1).questions)
				expect(question.factIds).not.toContain(id);
	});

	it('renames an entity to its base form, keeping the old name as an accepted alias', () => {
		const { analysis } = analysed();
		const statement = analysis.extraction.candidates.find(
			(candidate) => candidate.kind === 'statement' && candidate.value.length === 1
		);
		if (statement?.kind !== 'statement') throw new Error('no statement');
		const entityId = statement.value[0] as string;
		const before = analysis.extraction.entities.find((entity) => entity.id === entityId);
		const { module } = analysed({
			decisions: { [statement.id]: { accepted: true, name: 'Nowa Nazwa' } }
		});
		const entity = module.entities.find((found) => found.id === entityId);
		expect(entity?.name).toBe('Nowa Nazwa');
		expect(entity?.aliases).toContain(before?.name);
	});

	it('ticks by default only what passes, and says why the rest is not', () => {
		const { analysis } = analysed();
		const language = analysis.extraction.language;
		for (const candidate of analysis.extraction.candidates) {
			const reasons = candidateReasons(candidate, language);
			expect(acceptedByDefault(candidate, language)).toBe(reasons.length === 0);
			if (candidate.kind === 'entity') expect(reasons).toContain('bare-name');
		}
		expect(analysis.notes.every((note) => typeof note.code === 'string')).toBe(true);
	});

	it('leaves either end of a range unticked: its question would show the other end', () => {
		const { candidates } = extractFacts('Za wywóz firma brała od 150 do 300 zł za tonę.', {
			language: 'pl'
		});
		const ends = candidates.filter((candidate) => candidate.kind === 'number');
		expect(ends.map((candidate) => candidate.value)).toEqual([150, 300]);
		for (const end of ends) expect(candidateReasons(end, 'pl')).toContain('range-end');
	});

	it('leaves a count of a named person’s children unticked, but not a count of the news', () => {
		const reasonsOf = (text: string, language: 'pl' | 'en') =>
			extractFacts(text, { language })
				.candidates.filter((candidate) => candidate.kind === 'number')
				.map((candidate) => [candidate.value, candidateReasons(candidate, language)] as const);
		const english = reasonsOf(
			'Ms Rowe, whose four grandchildren swim at the centre, said 240 people had signed the petition.',
			'en'
		);
		expect(english).toContainEqual([4, expect.arrayContaining(['family-count'])]);
		expect(english.find(([value]) => value === 240)?.[1]).not.toContain('family-count');
		const polish = reasonsOf(
			'Tomasz Wrona, ojciec czworga dzieci, zebrał pod petycją 310 podpisów mieszkańców.',
			'pl'
		);
		expect(polish).toContainEqual([4, expect.arrayContaining(['family-count'])]);
		expect(polish.find(([value]) => value === 310)?.[1]).not.toContain('family-count');
		const news = reasonsOf('Two children were taken to hospital after the crash.', 'en');
		for (const [, reasons] of news) expect(reasons).not.toContain('family-count');
	});
});

describe('the review page’s edits of entities, distractors and default ticking', () => {
	const candidateOf = (
		analysis: ReturnType<typeof analysed>['analysis'],
		test: (candidate: Candidate) => boolean
	) => {
		const found = analysis.extraction.candidates.find(test);
		if (!found) throw new Error('no such candidate in the seed article');
		return found;
	};

	it('ticks by default only candidates whose questions pass the automatic check', () => {
		const { analysis, module } = analysed();
		const language = analysis.extraction.language;
		const flagged = analysis.extraction.candidates.filter(
			(candidate) =>
				candidateReasons(candidate, language).length === 0 &&
				(analysis.issues.get(candidate.id) ?? []).length > 0
		);
		// The seed article has candidates the check refuses though nothing else stands against them.
		expect(flagged.length).toBeGreaterThan(0);
		for (const candidate of analysis.extraction.candidates) {
			const issues = analysis.issues.get(candidate.id) ?? [];
			expect(acceptedByDefault(candidate, language, issues)).toBe(
				candidateReasons(candidate, language).length === 0 && issues.length === 0
			);
			if (!acceptedByDefault(candidate, language, issues))
				expect(module.facts.some((fact) => fact.id === candidate.id)).toBe(false);
		}
		// The issues are the check's own findings on the questions the candidate makes.
		const everything = analysis.everything;
		if (!everything) throw new Error('no module of every candidate');
		const [first] = flagged;
		if (!first) throw new Error('nothing flagged');
		const fact = everything.facts.find((candidate) => candidate.id === first.id);
		expect(fact).toBeDefined();
		// A teacher's tick overrides the check.
		const ticked = analysed({ decisions: { [first.id]: { accepted: true } } }).module;
		expect(ticked.facts.some((candidate) => candidate.id === first.id)).toBe(true);
	});

	it('changes an entity’s type, and with it the distractors of the facts keyed to it', () => {
		const { analysis } = analysed();
		const kim = candidateOf(
			analysis,
			(candidate) => candidate.kind === 'statement' && candidate.value[0] === 'kim-dzong-un'
		);
		const typeOf = (module: QuizModule, name: string) =>
			module.entities.find((entity) => entity.name === name)?.type;
		const before = analysed({ decisions: { [kim.id]: { accepted: true } } }).module;
		expect(typeOf(before, 'Kim Dzong Un')).toBe('person');
		expect(typeOf(before, distractorPool(before, kim.id)[0] ?? '')).toBe('person');
		const after = analysed({
			decisions: { [kim.id]: { accepted: true } },
			entities: { 'kim-dzong-un': { type: 'country' } }
		}).module;
		expect(typeOf(after, 'Kim Dzong Un')).toBe('country');
		const pool = distractorPool(after, kim.id);
		expect(pool.slice(0, 3).map((name) => typeOf(after, name))).toEqual([
			'country',
			'country',
			'country'
		]);
	});

	it('uses the author’s distractors in choice questions, refusing the key and its aliases', () => {
		const { analysis } = analysed();
		const troops = candidateOf(
			analysis,
			(candidate) => candidate.kind === 'number' && candidate.value === 11000
		);
		const { module, analysis: edited } = analysed({
			decisions: {
				[troops.id]: { accepted: true, distractors: '15 000\n 20 tys. \n\n8000' }
			}
		});
		expect(edited.problems).toEqual([]);
		expect(module.facts.find((fact) => fact.id === troops.id)?.distractors).toEqual([
			'15 000',
			'20 000',
			// Polish writes four-digit figures without a space, as the key's siblings are written.
			'8000'
		]);
		const choice = generateQuiz(module, { count: 50, types: ['single-choice'] }, 3).questions.find(
			(question) => question.factIds.includes(troops.id)
		);
		expect(
			choice && 'choices' in choice ? choice.choices.map((option) => option.text).sort() : []
		).toEqual(['11 000', '15 000', '20 000', '8000']);

		const refused = analysed({
			decisions: {
				[troops.id]: {
					accepted: true,
					aliases: 'jedenaście tysięcy',
					distractors: '11 000\njedenaście tysięcy\n11 tys.\n15 000\n15 tys.\ndużo'
				}
			}
		}).analysis.problems;
		expect(refused).toEqual([
			{ field: `distractors-${troops.id}`, code: 'distractor-is-key', text: '11 000' },
			{
				field: `distractors-${troops.id}`,
				code: 'distractor-is-alias',
				text: 'jedenaście tysięcy'
			},
			{ field: `distractors-${troops.id}`, code: 'distractor-is-right', text: '11 tys.' },
			{ field: `distractors-${troops.id}`, code: 'distractor-twice', text: '15 tys.' },
			{ field: `distractors-${troops.id}`, code: 'distractor-not-a-figure', text: 'dużo' }
		]);
	});

	it('merges two entities: aliases joined, facts re-pointed, a set of one asks for it alone', () => {
		const { analysis } = analysed();
		const deniers = candidateOf(
			analysis,
			(candidate) => candidate.kind === 'statement' && candidate.value.length === 2
		);
		if (deniers.kind !== 'statement') throw new Error('not a statement');
		const [kept, merged] = deniers.value as [string, string];
		const mergedName = analysis.extraction.entities.find((entity) => entity.id === merged)?.name;
		const { module } = analysed({
			decisions: { [deniers.id]: { accepted: true } },
			entities: { [merged]: { mergedInto: kept } }
		});
		expect(module.entities.some((entity) => entity.id === merged)).toBe(false);
		const into = module.entities.find((entity) => entity.id === kept);
		expect(into?.aliases).toContain(mergedName);
		expect(module.facts.find((fact) => fact.id === deniers.id)).toMatchObject({
			kind: 'entity',
			value: kept
		});
	});

	it('refuses merges that go round in a circle, merging neither', () => {
		const { analysis } = analysed({
			entities: { moscow: { mergedInto: 'russia' }, russia: { mergedInto: 'moscow' } }
		});
		expect(analysis.problems.map((problem) => problem.field).sort()).toEqual([
			'entity-merge-moscow',
			'entity-merge-russia'
		]);
		const ids = analysis.everything?.entities.map((entity) => entity.id) ?? [];
		expect(ids).toEqual(expect.arrayContaining(['moscow', 'russia']));
	});

	it('splits a name read as one into two entities, the facts following the one chosen', () => {
		const { analysis } = analysed();
		const kim = candidateOf(
			analysis,
			(candidate) => candidate.kind === 'statement' && candidate.value[0] === 'kim-dzong-un'
		);
		const split = {
			name: 'Kim Dzong Un',
			splitName: 'Gorzów Wielkopolski',
			splitType: 'city' as const
		};
		const stays = analysed({
			decisions: { [kim.id]: { accepted: true } },
			entities: { 'kim-dzong-un': split }
		}).module;
		expect(stays.entities.find((entity) => entity.id === 'gorzow-wielkopolski')).toMatchObject({
			name: 'Gorzów Wielkopolski',
			type: 'city'
		});
		expect(stays.facts.find((fact) => fact.id === kim.id)).toMatchObject({
			value: 'kim-dzong-un'
		});
		const moves = analysed({
			decisions: { [kim.id]: { accepted: true } },
			entities: { 'kim-dzong-un': { ...split, splitTakesFacts: true } }
		}).module;
		expect(moves.facts.find((fact) => fact.id === kim.id)).toMatchObject({
			value: 'gorzow-wielkopolski'
		});
		const same = analysed({
			entities: { 'kim-dzong-un': { ...split, splitName: 'kim dzong un' } }
		}).analysis.problems;
		expect(same).toEqual([
			{ field: 'entity-split-name-kim-dzong-un', code: 'split-same-name', text: 'kim dzong un' }
		]);
	});

	it('reports a publication date the front matter cannot take on its field', () => {
		const { analysis } = analysed({ date: '2025-13-01' });
		expect(analysis.problems).toEqual([
			{ field: 'date', code: 'date-invalid', text: '2025-13-01' }
		]);
		expect(analysed({ date: '2025-01' }).analysis.problems).toEqual([]);
	});

	it('reports an unreadable key and tolerance on their fields', () => {
		const { analysis } = analysed();
		const troops = candidateOf(
			analysis,
			(candidate) => candidate.kind === 'number' && candidate.value === 11000
		);
		const problems = analyseDraft(
			state({ decisions: { [troops.id]: { accepted: true, value: 'dużo', tolerance: '300' } } }),
			'2026-11-25'
		);
		expect(problems.ok && problems.problems.map((problem) => problem.code)).toEqual([
			'value-unreadable',
			'tolerance-invalid'
		]);
	});
});

describe('what the author fixes beyond the key', () => {
	const sentences = articleSentences(state());
	const sentence = (start: string) => {
		const found = sentences.find((text) => text.startsWith(start));
		if (!found) throw new Error(`no sentence starting "${start}"`);
		return found;
	};
	const figures = {
		'zolnierze-4000': 'Straty wojsk Korei Północnej do połowy stycznia',
		'zolnierze-1000': 'Zabici i zmarli żołnierze Korei Północnej',
		'zolnierze-11000': 'Żołnierze Korei Północnej wysłani do obwodu kurskiego',
		'koreanczycy-2': 'Koreańczycy z Północy pojmani przez armię ukraińską'
	};
	/** What the review page says against a state, whether or not its module validates. */
	const problemsOf = (overrides: Partial<AuthoringState>) => {
		const analysis = analyseDraft(state(overrides), '2026-11-25');
		if (!analysis.ok) throw analysis.error;
		return analysis.problems;
	};
	const labelled = (labels: Record<string, string> = figures) =>
		Object.fromEntries(
			Object.entries(labels).map(([id, label]) => [
				id,
				{ accepted: true, unit: 'żołnierzy', label }
			])
		);

	it('with labels and one unit on four figures, the module makes matching and ordering questions', () => {
		const plain = analysed().module;
		expect(generators.matching.items(plain)).toEqual([]);
		const { analysis, module } = analysed({ decisions: labelled() });
		expect(analysis.problems).toEqual([]);
		expect(generators.matching.items(module).length).toBeGreaterThan(0);
		expect(generators.ordering.items(module).length).toBeGreaterThan(0);
		const matching = [1, 2, 3, 4, 5, 6, 7, 8]
			.flatMap((seed) => generateQuiz(module, { count: 10 }, seed).questions)
			.find((question) => question.type === 'matching');
		expect(matching?.type === 'matching' && matching.items.map((item) => item.text)).toEqual(
			expect.arrayContaining([figures['koreanczycy-2']])
		);
	});

	it('refuses a label that shows a figure, repeats another or has no words, on its field', () => {
		const { analysis } = analysed({
			decisions: labelled({
				...figures,
				'zolnierze-1000': 'Zabici i zmarli: ok. 1000',
				'zolnierze-11000': 'Wysłani, spośród których stracono 4000',
				'koreanczycy-2': figures['zolnierze-4000'].toUpperCase(),
				'zolnierze-4000': figures['zolnierze-4000']
			})
		});
		expect(analysis.problems).toEqual(
			expect.arrayContaining([
				{ field: 'label-zolnierze-1000', code: 'label-shows-value', text: '1000' },
				{ field: 'label-zolnierze-11000', code: 'label-shows-other', text: '4000' },
				expect.objectContaining({ field: 'label-koreanczycy-2', code: 'label-twice' }),
				expect.objectContaining({ field: 'label-zolnierze-4000', code: 'label-twice' })
			])
		);
		const wordless = analysed({ decisions: { 'zolnierze-4000': { accepted: true, label: '—' } } });
		expect(wordless.analysis.problems).toEqual([
			{ field: 'label-zolnierze-4000', code: 'label-no-words', text: '—' }
		]);
	});

	it('moves a fact to another sentence only when that sentence states its key', () => {
		const wrong = analysed({
			decisions: { 'koreanczycy-2': { accepted: true, evidence: sentence('Według zachodnich') } }
		});
		expect(wrong.analysis.problems).toEqual([
			{ field: 'evidence-koreanczycy-2', code: 'key-not-in-sentence', text: '2' }
		]);
		const wounded = sentence('Władze Ukrainy');
		const { analysis, module } = analysed({
			decisions: { 'koreanczycy-2': { accepted: true, evidence: wounded } }
		});
		expect(analysis.problems).toEqual([]);
		// The gap follows the sentence: "dwóch" of the new one, never the old sentence's words.
		expect(module.facts.find((fact) => fact.id === 'koreanczycy-2')).toMatchObject({
			evidence: wounded,
			cloze: 'dwóch',
			value: 2
		});
		const forged = problemsOf({
			decisions: { 'koreanczycy-2': { accepted: true, evidence: 'Ukraina pojmała dwóch.' } }
		});
		expect(forged).toEqual([
			expect.objectContaining({ field: 'evidence-koreanczycy-2', code: 'evidence-not-sentence' })
		]);
	});

	it('changes a fact’s kind, asking for the key of the new kind', () => {
		const missing = problemsOf({
			decisions: { 'wyjsc-z-propozycja': { accepted: true, kind: 'number' } }
		});
		expect(missing).toEqual(
			expect.arrayContaining([
				{ field: 'value-wyjsc-z-propozycja', code: 'key-missing' },
				{ field: 'unit-wyjsc-z-propozycja', code: 'unit-empty' }
			])
		);
		const proposal = sentence('Według amerykańskich');
		const asText = analysed({
			decisions: {
				'wyjsc-z-propozycja': {
					accepted: true,
					kind: 'text',
					answer: 'wysłanie wojsk do Rosji',
					question: 'Z jaką propozycją wyszedł Kim Dzong Un?'
				}
			}
		});
		expect(asText.analysis.problems).toEqual([]);
		expect(asText.module.facts.find((fact) => fact.id === 'wyjsc-z-propozycja')).toEqual(
			expect.objectContaining({
				kind: 'text',
				value: 'wysłanie wojsk do Rosji',
				concepts: [['wysłanie wojsk do Rosji']],
				evidence: proposal
			})
		);
		const asDate = problemsOf({
			decisions: { 'wyjsc-z-propozycja': { accepted: true, kind: 'date', when: '2024-10' } }
		});
		expect(asDate).toEqual([
			{
				field: 'evidence-wyjsc-z-propozycja',
				code: 'key-not-in-sentence',
				text: 'październik 2024'
			}
		]);
		const unreadable = problemsOf({
			decisions: { 'date-2024-autumn': { accepted: true, when: '31.02.2024' } }
		});
		expect(unreadable).toEqual([
			{ field: 'when-date-2024-autumn', code: 'date-unreadable', text: '31.02.2024' }
		]);
	});

	it('adds a fact the extraction missed: ticked, in the module, validated like the rest', () => {
		const reason = sentence('Dzieje się tak');
		const typed = {
			kind: 'text' as const,
			evidence: reason,
			answer: 'obawy przed prześladowaniami rodziny',
			question: 'Dlaczego żołnierze z Korei Północnej wolą umrzeć, niż się poddać?'
		};
		const adding = withNewFact(state({ newFact: typed }));
		if (!adding) throw new Error('the fact was not added');
		expect(adding.state.newFact).toBeUndefined();
		const { analysis, module } = analysed(adding.state);
		expect(analysis.problems).toEqual([]);
		const fact = module.facts.find((found) => found.id === adding.id);
		expect(fact).toMatchObject({ kind: 'text', evidence: reason, value: typed.answer });
		const asked = [1, 2, 3]
			.flatMap((seed) => generateQuiz(module, { count: 20 }, seed).questions)
			.find((question) => question.factIds.includes(adding.id));
		expect(asked?.prompt).toBe(typed.question);

		// A name the article states in another case; the entity is the article's own.
		const named = withNewFact(
			state({
				newFact: {
					kind: 'entity',
					evidence: sentence('Co wiemy do tej pory'),
					answerName: 'Władimir Putin',
					answerType: 'person',
					question: 'Z kim współpracuje Kim Dzong Un?'
				}
			})
		);
		if (!named) throw new Error('the name was not added');
		const withName = analysed(named.state);
		expect(withName.analysis.problems).toEqual([]);
		const nameFact = withName.module.facts.find((found) => found.id === named.id);
		expect(nameFact).toMatchObject({ kind: 'entity' });
		expect(
			withName.module.entities.find(
				(entity) => nameFact?.kind === 'entity' && entity.id === nameFact.value
			)?.name
		).toBe('Władimir Putin');

		// Without a question and with no figure the sentence states, it is refused on its fields.
		const bare = withNewFact(
			state({ newFact: { kind: 'number', evidence: reason, value: '7', unit: 'lat' } })
		);
		if (!bare) throw new Error('the figure was not added');
		const refused = analyseDraft(bare.state, '2026-11-25');
		if (!refused.ok) throw refused.error;
		expect(refused.problems).toEqual(
			expect.arrayContaining([
				{ field: `evidence-${bare.id}`, code: 'key-not-in-sentence', text: '7' },
				{ field: `question-${bare.id}`, code: 'question-needed' }
			])
		);
		expect(withNewFact(state({ newFact: { kind: 'number' } }))).toBeNull();
	});
});

describe('a fact the author added, deleted or naming someone new', () => {
	const sentences = articleSentences(state());
	const sentence = (start: string) => {
		const found = sentences.find((text) => text.startsWith(start));
		if (!found) throw new Error(`no sentence starting "${start}"`);
		return found;
	};
	const addText = (from: AuthoringState, answer: string) => {
		const adding = withNewFact({
			...from,
			newFact: {
				kind: 'text',
				evidence: sentence('Dzieje się tak'),
				answer,
				question: 'Dlaczego żołnierze z Korei Północnej wolą umrzeć, niż się poddać?'
			}
		});
		if (!adding) throw new Error('the fact was not added');
		return adding;
	};

	it('is deleted with everything typed for it; the other added facts stay as they were', () => {
		const first = addText(state(), 'obawy przed prześladowaniami rodziny');
		const second = addText(first.state, 'prześladowania członków rodziny');
		const removed = withoutAddedFact(second.state, first.id);
		if (!removed) throw new Error('the fact was not deleted');
		expect(removed.added).toEqual([second.id]);
		expect(removed.decisions[first.id]).toBeUndefined();
		expect(removed.decisions[second.id]).toEqual(second.state.decisions[second.id]);
		const { analysis, module } = analysed(removed);
		expect(analysis.problems).toEqual([]);
		expect(module.facts.map((fact) => fact.id)).not.toContain(first.id);
		expect(module.facts.find((fact) => fact.id === second.id)).toMatchObject({
			value: 'prześladowania członków rodziny'
		});
	});

	it('only an added fact can be deleted: an extracted one is unticked instead', () => {
		const extracted = analysed().analysis.extraction.candidates[0]?.id ?? '';
		expect(extracted).not.toBe('');
		expect(withoutAddedFact(state(), extracted)).toBeNull();
		expect(withoutAddedFact(state(), 'added-7')).toBeNull();
	});

	it('lists a name an added fact made among the article’s names, editable like them', () => {
		const named = withNewFact(
			state({
				newFact: {
					kind: 'entity',
					evidence: sentence('Ukraińskiej armii'),
					answerName: 'Ukraińska armia',
					answerType: 'place',
					question: 'Kto pojmał dwóch Koreańczyków z Północy?'
				}
			})
		);
		if (!named) throw new Error('the name was not added');
		const before = analyseDraft(named.state, '2026-11-25');
		if (!before.ok) throw before.error;
		expect(before.problems).toEqual([]);
		const made = before.entities.find((entity) => entity.name === 'Ukraińska armia');
		expect(made).toMatchObject({ type: 'place', aliases: [] });
		expect(before.entities.length).toBe(before.extraction.entities.length + 1);
		const id = made?.id ?? '';

		// Its type, base form and other names are fixed as any other name's.
		const edited = analysed({
			...named.state,
			entities: {
				[id]: { type: 'organisation', name: 'Armia Ukrainy', aliases: 'armia ukraińska, SZU' }
			}
		});
		const fact = edited.module.facts.find((found) => found.id === named.id);
		const entity = edited.module.entities.find(
			(found) => fact?.kind === 'entity' && found.id === fact.value
		);
		expect(entity).toMatchObject({
			id,
			name: 'Armia Ukrainy',
			type: 'organisation',
			aliases: ['Ukraińska armia', 'armia ukraińska', 'SZU']
		});
		// Listed as made (the page shows the author's edits over it), under the same id.
		expect(edited.analysis.entities.find((found) => found.id === id)?.name).toBe('Ukraińska armia');
		// An emptied base form is said on its field, as for the article's names.
		const emptied = analyseDraft(
			{ ...named.state, entities: { [id]: { name: ' ' } } },
			'2026-11-25'
		);
		if (!emptied.ok) throw emptied.error;
		expect(emptied.problems).toContainEqual({ field: `entity-name-${id}`, code: 'name-empty' });
	});
});

describe('name facts ticked by default (who, which body)', () => {
	const ENGLISH = `Hull council approves £12m flood wall

The wall will protect 3,400 homes on the east bank of the River Hull.

Hull City Council approved the £12m plan on Tuesday by 41 votes to 9. Dr Helen Marsh, a hydrologist at the Northern Flood Research Agency (NFRA), said the wall would cut the risk of flooding by half. The work will be paid for by the Environment Agency, which has set aside £8m. Contractors will use steel from the Disaster and Emergency Relief Authority stores in Leeds. The old pumping boat, the Humber Explorer, will be scrapped. Council leader Mark Bateson said the wall should be finished by 2028. Residents' spokesman Thomas Grey said 600 people had signed a petition. Site manager Tariq Osman said work would start in May. Osman said 40 workers would be hired. The Humber Port Authority said ships would not be affected.`;
	const POLISH = `Rada Powiatu zamyka szpital w Nowym Targu

Szpital powiatowy w Nowym Targu zostanie zamknięty 1 marca 2027 r.

Decyzję podjęła w środę Rada Powiatu Nowotarskiego 17 głosami przeciw 4. Starosta nowotarski Piotr Nowakowski przekonuje, że szpital przynosił 9 mln zł strat rocznie. - To zły dzień dla miasta - mówi dr Katarzyna Lis z Uniwersytetu Rolniczego w Krakowie. Pacjentów przejmie Szpital Wojewódzki w Nowym Sączu, który dostał 4 mln zł dotacji. Burmistrz Nowego Targu Andrzej Wiśniewski skrytykował decyzję rady. Za przewóz chorych zapłaci Narodowy Fundusz Zdrowia. Ministerstwo Zdrowia nie komentuje sprawy.`;

	function ticked(sourceText: string) {
		const analysis = analyseDraft(
			state({ sourceText, title: '', source: '', date: '' }),
			'2026-11-25'
		);
		if (!analysis.ok) throw analysis.error;
		if (!analysis.module.ok) throw new Error(JSON.stringify(analysis.module.errors));
		const facts = new Set(analysis.module.module.facts.map((fact) => fact.id));
		const names = analysis.extraction.candidates.filter((candidate) => candidate.kind === 'entity');
		return {
			ticked: names.filter((name) => facts.has(name.id)).map((name) => name.value),
			left: names.filter((name) => !facts.has(name.id)).map((name) => name.value),
			analysis
		};
	}

	it('ticks a person named in full and a body named by its head word, in their base form', () => {
		const { ticked: english } = ticked(ENGLISH);
		expect(english).toEqual(
			expect.arrayContaining([
				'helen-marsh',
				'mark-bateson',
				'thomas-grey',
				'northern-flood-research-agency',
				'environment-agency'
			])
		);
		const { ticked: polish } = ticked(POLISH);
		expect(polish).toEqual(
			expect.arrayContaining([
				'piotr-nowakowski',
				'katarzyna-lis',
				'szpital-wojewodzki-w-nowym-saczu'
			])
		);
	});

	it('ticks a person whose given name it does not know when the article calls them by the surname', () => {
		expect(ticked(ENGLISH).ticked).toContain('tariq-osman');
	});

	it('leaves unticked a name that may be cut, mistyped or kept in its case', () => {
		const { left: english, ticked: englishTicked } = ticked(ENGLISH);
		// A boat read as a person.
		expect(english).toEqual(expect.arrayContaining(['humber-explorer']));
		// "Disaster and Emergency Relief Authority" is read whole: no cut of it is offered.
		expect([...english, ...englishTicked]).not.toContain('emergency-relief-authority');
		const { left: polish, ticked: polishTicked } = ticked(POLISH);
		// "z Uniwersytetu Rolniczego w Krakowie": the gap would want the genitive.
		expect(polish).toEqual(expect.arrayContaining(['uniwersytet-rolniczy-w-krakowie']));
		// Its seat alone would cut the university's name: no fact is offered for it at all.
		expect([...polish, ...polishTicked]).not.toContain('krakow');
	});

	it('ticks a country named as it is, but not the first of a list of countries', () => {
		const { ticked: sure, left } = ticked(
			'Subsea cable to link Shetland with the mainland\n\n' +
				'The 600km cable will run from Norway to the Shetland coast by 2029, the operator said. ' +
				'Engineers from Japan designed its converter stations. ' +
				'The copper came from Chile, where the smelter employs 900 people. ' +
				'Crews from Denmark, Estonia and Latvia will lay the last section in 2028.'
		);
		expect(sure).toEqual(expect.arrayContaining(['norway', 'japan', 'chile']));
		expect(left).toContain('denmark');
	});

	it('offers beside a name only the article’s names of its type that read as sure', () => {
		const { analysis } = ticked(ENGLISH);
		if (!analysis.module.ok) throw new Error('no module');
		const pool = distractorPool(analysis.module.module, 'helen-marsh');
		expect(pool).toEqual(expect.arrayContaining(['Mark Bateson', 'Thomas Grey']));
		// A boat read as a person is no option.
		expect(pool).not.toContain('Humber Explorer');
	});

	it('asks a name once: the who-did-what of its sentence, not also its gap', () => {
		const { analysis, left } = ticked(POLISH);
		const statement = analysis.extraction.candidates.find(
			(candidate) =>
				candidate.kind === 'statement' && candidate.value.includes('andrzej-wisniewski')
		);
		expect(statement?.question).toBe('Kto skrytykował decyzję rady?');
		expect(left).toContain('andrzej-wisniewski');
		const reasons = candidateReasons(
			analysis.extraction.candidates.find(
				(candidate) => candidate.kind === 'entity' && candidate.value === 'andrzej-wisniewski'
			) as Candidate,
			'pl',
			analysis.extraction
		);
		expect(reasons).toEqual(['bare-name']);
	});
});
