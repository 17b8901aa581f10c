/**
 * The names extraction finds in a text, as the server reads it (with the Polish dictionary),
 * for the tests of entity boundaries, types and base forms.
 */
import { extractFacts } from '../../src/lib/quiz/extract';
import type { ExtractedEntity } from '../../src/lib/quiz/extract/types';
import { loadMorphology } from '../../src/lib/server/morphology';

export function entitiesOf(text: string, language: 'pl' | 'en'): ExtractedEntity[] {
	const morphology = language === 'pl' ? loadMorphology('pl') : undefined;
	return extractFacts(text, { language, ...(morphology ? { morphology } : {}) }).entities;
}

export const polishEntities = (text: string) => entitiesOf(text, 'pl');
export const englishEntities = (text: string) => entitiesOf(text, 'en');

export const named = (list: readonly ExtractedEntity[], name: string) =>
	list.find((entity) => entity.name === name);

export const names = (list: readonly ExtractedEntity[]) => list.map((entity) => entity.name);
