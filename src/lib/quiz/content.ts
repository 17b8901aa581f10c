import { z } from 'zod';

/**
 * The content of a module: its article and its facts, as read from
 * `questions/<module>/article.md` and `questions/<module>/facts.yaml`.
 * Pure data and checks; reading files is the server's job.
 */

export const LANGUAGES = ['pl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const kebabId = z
	.string()
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'must be kebab-case: lowercase letters, digits and single hyphens'
	);

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

/** `place`: a place that is no country or city, such as a river, a region or a district. */
export const ENTITY_TYPES = [
	'person',
	'country',
	'city',
	'place',
	'organisation',
	'group'
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Someone or something the article names; facts refer to entities by id. */
export const entitySchema = z.strictObject({
	id: kebabId,
	name: nonEmptyText,
	type: z.enum(ENTITY_TYPES),
	/** Other names a learner may use: inflected forms, transliterations, metonyms (Moskwa for Rosja). */
	aliases: z.array(nonEmptyText).default([])
});
export type Entity = z.infer<typeof entitySchema>;

const factBase = {
	id: kebabId,
	/**
	 * What the fact is about, short enough to label a matching or ordering item; a figure
	 * without one is never such an item (a draft leaves it out when it can say nothing better
	 * than the start of the sentence).
	 */
	label: nonEmptyText.optional(),
	/** Questions asking for the value, in the module's language. */
	questions: z.array(nonEmptyText).min(1, 'needs at least one question wording'),
	/** A sentence with `{value}` where the value goes, for true/false questions. */
	statement: nonEmptyText
		.refine((text) => text.includes('{value}'), 'must contain the placeholder {value}')
		.optional(),
	/** The sentence of the article that states the fact, verbatim. */
	evidence: nonEmptyText,
	/** The part of the evidence that a cloze question leaves as a gap. */
	cloze: nonEmptyText.optional(),
	/** Other accepted ways to give the answer. */
	aliases: z.array(nonEmptyText).default([]),
	/**
	 * Wrong answers for choice questions, as the author chose them; when absent they come from
	 * the article (other figures, other entities of the type).
	 */
	distractors: z.array(nonEmptyText).optional()
};

export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Season = (typeof SEASONS)[number];

export const numberFactSchema = z.strictObject({
	...factBase,
	kind: z.literal('number'),
	value: z.number().finite(),
	/** The counted noun or unit as the article has it, e.g. "żołnierzy". */
	unit: nonEmptyText,
	approximate: z.boolean().default(false),
	/** Relative tolerance for approximate figures: 0.1 accepts ±10 %. */
	tolerance: z.number().min(0).max(1).optional()
});

export const proportionFactSchema = z.strictObject({
	...factBase,
	kind: z.literal('proportion'),
	value: z.number().min(0).max(1),
	/** What the proportion is a part of, e.g. "dziennej amunicji". */
	unit: nonEmptyText,
	approximate: z.boolean().default(false),
	/** Absolute tolerance in the same 0..1 scale: 0.1 accepts 40 %–60 % for ½. */
	tolerance: z.number().min(0).max(1).optional()
});

export const dateValueSchema = z.strictObject({
	year: z.number().int().min(1).max(9999),
	season: z.enum(SEASONS).optional(),
	month: z.number().int().min(1).max(12).optional(),
	day: z.number().int().min(1).max(31).optional()
});
export type DateValue = z.infer<typeof dateValueSchema>;

export const dateFactSchema = z.strictObject({
	...factBase,
	kind: z.literal('date'),
	value: dateValueSchema
});

export const entityFactSchema = z.strictObject({
	...factBase,
	kind: z.literal('entity'),
	/** The id of an entity of the module. */
	value: kebabId
});

export const entitySetFactSchema = z.strictObject({
	...factBase,
	kind: z.literal('entity-set'),
	/** Ids of entities of the module; all of them together are the answer. */
	value: z.array(kebabId).min(2, 'an entity set needs at least two entities')
});

export const textFactSchema = z.strictObject({
	...factBase,
	kind: z.literal('text'),
	/** The answer in the article's words. */
	value: nonEmptyText,
	/**
	 * The ideas an answer must contain, each a list of interchangeable phrasings
	 * (synonyms); the credit is the share of ideas present.
	 */
	concepts: z.array(z.array(nonEmptyText).min(1)).min(1, 'needs at least one concept'),
	/** Plausible wrong answers for choice questions. */
	distractors: z.array(nonEmptyText).default([])
});

export const factSchema = z.discriminatedUnion('kind', [
	numberFactSchema,
	proportionFactSchema,
	dateFactSchema,
	entityFactSchema,
	entitySetFactSchema,
	textFactSchema
]);
export type Fact = z.infer<typeof factSchema>;
export type FactKind = Fact['kind'];
export type NumberFact = z.infer<typeof numberFactSchema>;
export type ProportionFact = z.infer<typeof proportionFactSchema>;
export type DateFact = z.infer<typeof dateFactSchema>;
export type EntityFact = z.infer<typeof entityFactSchema>;
export type EntitySetFact = z.infer<typeof entitySetFactSchema>;
export type TextFact = z.infer<typeof textFactSchema>;

export const factsFileSchema = z.strictObject({
	entities: z.array(entitySchema).default([]),
	facts: z.array(factSchema).min(1, 'a module needs at least one fact')
});
export type FactsFile = z.infer<typeof factsFileSchema>;

export const articleFrontMatterSchema = z.strictObject({
	title: nonEmptyText,
	language: z.enum(LANGUAGES),
	source: nonEmptyText,
	/** YYYY, YYYY-MM or YYYY-MM-DD: how precisely the publication date is known. */
	date: z
		.string()
		.regex(
			/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
			'must be YYYY, YYYY-MM or YYYY-MM-DD'
		)
});
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
