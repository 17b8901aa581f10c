import type { Entity, Fact } from '../quiz/content';
import { loadModule } from '../server/content';
import type { QuizModule } from '../quiz/module';

let seed: QuizModule | null = null;

/** The Kursk module as committed under questions/, loaded once per test file. */
export function seedModule(): QuizModule {
	if (!seed) {
		const result = loadModule('questions', 'kursk');
		if (!result.ok) throw new Error(`the seed module is invalid: ${JSON.stringify(result.errors)}`);
		seed = result.module;
	}
	return seed;
}

/**
 * A module of the seed's settings holding the given paragraphs, facts and names: what a
 * generation test of a few sentences written for it builds.
 */
export function moduleOfParagraphs(
	id: string,
	language: 'pl' | 'en',
	paragraphs: string[],
	facts: Fact[],
	entities: Entity[] = []
): QuizModule {
	return {
		...seedModule(),
		id,
		language,
		article: { blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, text })) },
		facts,
		entities
	};
}

/** A figure of one sentence, asked by the gap its written form leaves. */
export function gappedFigureFact(
	id: string,
	value: number,
	evidence: string,
	cloze: string,
	unit: string,
	approximate = false,
	language: 'pl' | 'en' = 'en'
): Fact {
	const gapped = evidence.replace(cloze, '_____');
	return {
		id,
		kind: 'number',
		value,
		unit,
		approximate,
		questions: [
			language === 'pl'
				? `Jaka liczba pasuje do luki: „${gapped}”?`
				: `Which number fills the gap: "${gapped}"?`
		],
		statement: evidence.replace(cloze, '{value}'),
		evidence,
		cloze,
		aliases: []
	};
}

/** An entity of a test module with no aliases: an organisation unless a type is given. */
export function namedEntity(
	id: string,
	name: string,
	type: Entity['type'] = 'organisation'
): Entity {
	return { id, name, type, aliases: [] };
}
