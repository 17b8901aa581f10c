import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fact } from '../quiz/content';
import { slugOf } from '../quiz/extract/slug';
import { parseModule, type QuizModule } from '../quiz/module';

/**
 * The seed module with fact ids as authors and the extractor make them: each id carries its
 * fact's value (`troops-sent-11000`, `proposer-kim-jong-un`), as `osoby-9` or
 * `euro-2000000000` do in published modules. A leak of a fact id is then a leak of the key.
 */

function valueSlug(fact: Fact): string {
	switch (fact.kind) {
		case 'number':
		case 'proportion':
			return String(fact.value).replace('.', '-');
		case 'date':
			return String(fact.value.year);
		case 'entity':
			return fact.value;
		case 'entity-set':
			return fact.value.join('-');
		case 'text':
			return slugOf(fact.value);
	}
}

/** Old fact id → id with the value in it. */
export function authoredIds(module: QuizModule): Map<string, string> {
	return new Map(module.facts.map((fact) => [fact.id, `${fact.id}-${valueSlug(fact)}`]));
}

/** The facts.yaml text of `module` with every fact id renamed by `authoredIds`. */
export function withAuthoredIds(factsText: string, module: QuizModule): string {
	let text = factsText;
	for (const [old, renamed] of authoredIds(module)) {
		const line = new RegExp(`^(\\s*- id: )${old}$`, 'm');
		if (!line.test(text)) throw new Error(`no id line for fact ${old}`);
		text = text.replace(line, (_, prefix: string) => `${prefix}${renamed}`);
	}
	return text;
}

/** The module under `questions/<id>` with authored-style fact ids, as files and as a module. */
export function authoredStyleModule(id = 'kursk', dir = 'questions') {
	const articlePath = join(dir, id, 'article.md');
	const factsPath = join(dir, id, 'facts.yaml');
	const articleText = readFileSync(articlePath, 'utf8');
	const factsText = readFileSync(factsPath, 'utf8');
	const original = parseModule({ id, articlePath, factsPath, articleText, factsText });
	if (!original.ok) throw new Error(`${id} is invalid: ${JSON.stringify(original.errors)}`);
	const renamedText = withAuthoredIds(factsText, original.module);
	const renamed = parseModule({ id, articlePath, factsPath, articleText, factsText: renamedText });
	if (!renamed.ok) throw new Error(`renamed ${id} is invalid: ${JSON.stringify(renamed.errors)}`);
	return { module: renamed.module, articleText, factsText: renamedText };
}
