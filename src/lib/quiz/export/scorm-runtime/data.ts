import { z } from 'zod';
import { entitySchema, factSchema, LANGUAGES } from '../../content';

/**
 * What a SCORM package carries for its runtime: the questions with their keys, and the
 * facts and entities factquiz's scorers read, so the package scores as the server does.
 * Written by `scorm12.ts`, read back in the browser by `runtime.ts`.
 */

const choice = z.strictObject({ id: z.string(), text: z.string() });
const common = {
	id: z.string(),
	factIds: z.array(z.string()),
	prompt: z.string(),
	evidence: z.array(z.string())
};
const choiceKey = z.strictObject({ choiceIds: z.array(z.string()) });

export const packagedQuestionSchema = z.discriminatedUnion('type', [
	z.strictObject({
		...common,
		type: z.literal('numeric'),
		unit: z.string().optional(),
		key: z.strictObject({
			value: z.number(),
			min: z.number().optional(),
			max: z.number().optional()
		})
	}),
	z.strictObject({
		...common,
		type: z.literal('single-choice'),
		choices: z.array(choice),
		key: choiceKey
	}),
	z.strictObject({
		...common,
		type: z.literal('true-false'),
		choices: z.array(choice),
		key: choiceKey
	}),
	z.strictObject({
		...common,
		type: z.literal('multiple-response'),
		choices: z.array(choice),
		key: choiceKey
	}),
	z.strictObject({
		...common,
		type: z.literal('cloze'),
		key: z.strictObject({ value: z.string() })
	}),
	z.strictObject({
		...common,
		type: z.literal('short-answer'),
		key: z.strictObject({ value: z.string() })
	}),
	z.strictObject({
		...common,
		type: z.literal('ordering'),
		choices: z.array(choice),
		key: z.strictObject({ order: z.array(z.string()) })
	}),
	z.strictObject({
		...common,
		type: z.literal('matching'),
		items: z.array(choice),
		choices: z.array(choice),
		key: z.strictObject({ pairs: z.record(z.string(), z.string()) })
	})
]);

export const packagedQuizSchema = z.strictObject({
	moduleId: z.string(),
	title: z.string(),
	language: z.enum(LANGUAGES),
	entities: z.array(entitySchema),
	facts: z.array(factSchema),
	/** Words the runtime shows after submission, in the export's label language. */
	labels: z.strictObject({
		correct: z.string(),
		partial: z.string(),
		wrong: z.string(),
		evidence: z.string(),
		score: z.string()
	}),
	questions: z.array(
		z.strictObject({
			/** The question's place in the page and its cmi.interactions id. */
			interactionId: z.string(),
			/** Which choice id means "true", for true/false questions. */
			trueChoiceId: z.string().optional(),
			question: packagedQuestionSchema
		})
	)
});
export type PackagedQuiz = z.infer<typeof packagedQuizSchema>;
