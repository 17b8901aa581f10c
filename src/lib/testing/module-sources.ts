import type { ModuleSources } from '../quiz/module';

/**
 * A small valid module, as file texts, for tests that break it one way at a time.
 * Line numbers matter to the tests: facts.yaml line N is the N-th line below.
 */
export const SMALL_ARTICLE = `---
title: Test
language: pl
source: test
date: 2025-01
---

Do obwodu trafiło ok. 11 tysięcy żołnierzy. Pojmano dwóch żołnierzy.

::: related Kategoria
### Tytuł ramki

Moskwa zaprzeczyła.
:::
`;

export const SMALL_FACTS = `entities:
  - id: russia
    name: Rosja
    type: country
    aliases: [Moskwa]
  - id: ukraine
    name: Ukraina
    type: country
facts:
  - id: troops-sent
    kind: number
    label: żołnierze
    value: 11000
    unit: żołnierzy
    approximate: true
    tolerance: 0.1
    questions: [Ilu żołnierzy trafiło do obwodu?]
    evidence: Do obwodu trafiło ok. 11 tysięcy żołnierzy.
    cloze: 11 tysięcy
  - id: denier
    kind: entity
    label: kto zaprzeczył
    value: russia
    questions: [Kto zaprzeczył?]
    statement: 'Zaprzeczyła: {value}.'
    evidence: Moskwa zaprzeczyła.
`;

export function smallModuleSources(
	change: { article?: (text: string) => string; facts?: (text: string) => string } = {}
): ModuleSources {
	return {
		id: 'small',
		articlePath: 'questions/small/article.md',
		factsPath: 'questions/small/facts.yaml',
		articleText: change.article ? change.article(SMALL_ARTICLE) : SMALL_ARTICLE,
		factsText: change.facts ? change.facts(SMALL_FACTS) : SMALL_FACTS
	};
}

/** Replaces exactly one occurrence, so a test fails loudly when the base text changes. */
export function replaceOnce(search: string, replacement: string): (text: string) => string {
	return (text) => {
		const at = text.indexOf(search);
		if (at < 0 || text.indexOf(search, at + 1) >= 0) {
			throw new Error(`"${search}" must occur exactly once in the base text`);
		}
		return text.slice(0, at) + replacement + text.slice(at + search.length);
	};
}
