import { z } from 'zod';
import { factsFileSchema } from './content';

/**
 * JSON Schema of `facts.yaml`, for editors (the yaml-language-server comment at the top of
 * each facts file points at the committed copy, `questions/facts.schema.json`).
 */
export function factsJsonSchema(): string {
	const schema = z.toJSONSchema(factsFileSchema, { io: 'input', target: 'draft-2020-12' });
	return (
		JSON.stringify(
			{ ...schema, title: 'factquiz module facts (questions/<module>/facts.yaml)' },
			null,
			'\t'
		) + '\n'
	);
}
