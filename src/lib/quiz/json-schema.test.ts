import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsJsonSchema } from './json-schema';

describe('facts JSON Schema', () => {
	it('is committed up to date (run `npm run schema` after changing content.ts)', () => {
		expect(readFileSync('questions/facts.schema.json', 'utf8')).toBe(factsJsonSchema());
	});

	it('describes every fact kind', () => {
		const text = factsJsonSchema();
		for (const kind of ['number', 'proportion', 'date', 'entity', 'entity-set', 'text']) {
			expect(text).toContain(`"const": "${kind}"`);
		}
	});
});
