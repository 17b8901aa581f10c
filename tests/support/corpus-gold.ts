/**
 * The development corpus of authoring (`tests/fixtures/corpus/`): news-style articles written
 * here, each `<name>.txt` with `<name>.gold.json`, what a demanding teacher expects authoring to
 * find in it. The schema below is the gold file's documentation; it lives with the tests and the
 * bench, not in the domain, because only they read it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const CORPUS_DIR = 'tests/fixtures/corpus';
/** Articles nobody had read before they were committed: measured, never tuned on. */
export const BLIND_DIR = 'tests/fixtures/blind';
/** The second set of such articles, written after the first had been read and fixed from. */
export const UNSEEN_DIR = 'tests/fixtures/unseen';
/** The third, written after the second had been read and fixed from. */
export const UNSEEN2_DIR = 'tests/fixtures/unseen2';
/** The fourth, written while the fixes drawn from the third were being made. */
export const UNSEEN3_DIR = 'tests/fixtures/unseen3';
/** The fifth, written after the fourth had been read and fixed from. */
export const UNSEEN4_DIR = 'tests/fixtures/unseen4';
/** The sixth, written while the fixes drawn from the fifth were being made. */
export const UNSEEN5_DIR = 'tests/fixtures/unseen5';
/** The seventh, written after the sixth had been read and fixed from. */
export const UNSEEN6_DIR = 'tests/fixtures/unseen6';
/** The eighth, written after the seventh had been read and fixed from. */
export const UNSEEN7_DIR = 'tests/fixtures/unseen7';
/** The ninth, written while the fixes drawn from the eighth were being made. */
export const UNSEEN8_DIR = 'tests/fixtures/unseen8';
/** The tenth, written while the fixes drawn from the ninth were being made. */
export const UNSEEN9_DIR = 'tests/fixtures/unseen9';
/** The eleventh, written while the fixes drawn from the tenth were being made. */
export const UNSEEN10_DIR = 'tests/fixtures/unseen10';
/** The twelfth, written while the fixes drawn from the eleventh were being made. */
export const UNSEEN11_DIR = 'tests/fixtures/unseen11';
/** The thirteenth, written while the fixes drawn from the twelfth were being made. */
export const UNSEEN12_DIR = 'tests/fixtures/unseen12';
export const UNSEEN13_DIR = 'tests/fixtures/unseen13';

const text = z.string().trim().min(1);

/** A date as the extractor reads it: only the parts the article gives. */
const goldDate = z.strictObject({
	year: z.number().int().optional(),
	season: z.enum(['spring', 'summer', 'autumn', 'winter']).optional(),
	month: z.number().int().min(1).max(12).optional(),
	day: z.number().int().min(1).max(31).optional()
});

const factCommon = {
	/** Kebab-case, unique in the file. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
	/** The question a teacher would ask, in the article's language. */
	question: text,
	/** The article's sentence stating the fact, verbatim. */
	evidence: text
};

/**
 * A fact a teacher would ask about: what recall is measured against. Figures carry the value
 * (proportions as 0..1) and the unit or counted noun as the article words it; an entity fact
 * names an entity of `entities` by id.
 */
export const goldFactSchema = z.discriminatedUnion('kind', [
	z.strictObject({
		...factCommon,
		kind: z.enum(['number', 'proportion']),
		value: z.number().finite(),
		unit: text,
		/**
		 * What the figure counts, as a teacher would word its row in a matching or ordering
		 * question ("rodziny oszukane przez oskarżonego"); given for the figures a teacher would
		 * put in one.
		 */
		label: text.optional(),
		approximate: z.boolean().default(false)
	}),
	z.strictObject({ ...factCommon, kind: z.literal('date'), value: goldDate }),
	z.strictObject({ ...factCommon, kind: z.literal('entity'), entity: text })
]);
export type GoldFact = z.infer<typeof goldFactSchema>;

export const GOLD_ENTITY_TYPES = ['person', 'organisation', 'place'] as const;
export type GoldEntityType = (typeof GOLD_ENTITY_TYPES)[number];

/**
 * Someone or something the article names. `name` is the base form (nominative, without titles
 * or nationality words); `mentions` are the article's own forms, verbatim; `studentForms` are
 * answers a student may type that must get the credit (surname alone, another case, an acronym,
 * no diacritics, a role before the surname); `nearMisses` are other names (another person of the
 * article, another real town) that must not.
 */
export const goldEntitySchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
	name: text,
	type: z.enum(GOLD_ENTITY_TYPES),
	/** The finer kind: city, country, river, street, court, party, company, judge… */
	kind: text,
	mentions: z.array(text).min(1),
	studentForms: z.array(text).min(1),
	nearMisses: z.array(text).default([])
});
export type GoldEntity = z.infer<typeof goldEntitySchema>;

/** A figure or date the article states and that may be extracted (a superset of the facts'). */
export const goldFigureSchema = z.discriminatedUnion('kind', [
	z.strictObject({
		kind: z.enum(['number', 'proportion']),
		value: z.number().finite(),
		unit: z.string()
	}),
	z.strictObject({ kind: z.literal('date'), value: goldDate })
]);
export type GoldFigure = z.infer<typeof goldFigureSchema>;

export const NOT_EXTRACT_REASONS = [
	'byline',
	'caption',
	'clutter',
	'url',
	'time',
	'conversion',
	'ordinal',
	'identifier',
	'score',
	'not an organisation',
	'not a country'
] as const;

/**
 * Words of the article that must give no candidate: clutter lines (cross-links, captions,
 * bylines: nothing in them), times, unit conversions, ordinals and identifiers read as counts
 * (`value`, when given, is the figure a wrong reading makes of them), acronyms that name no
 * organisation.
 */
export const goldNotExtractSchema = z.strictObject({
	text,
	reason: z.enum(NOT_EXTRACT_REASONS),
	value: z.number().finite().optional()
});
export type GoldNotExtract = z.infer<typeof goldNotExtractSchema>;

export const goldFileSchema = z.strictObject({
	language: z.enum(['pl', 'en']),
	/** Written and committed, but not to be tuned on: it measures generalisation. */
	heldOut: z.boolean(),
	topic: text,
	facts: z.array(goldFactSchema).min(1),
	entities: z.array(goldEntitySchema),
	figures: z.array(goldFigureSchema),
	mustNotExtract: z.array(goldNotExtractSchema)
});
export type GoldFile = z.infer<typeof goldFileSchema>;

export interface CorpusArticle {
	name: string;
	/** The folder holding the article and its gold file. */
	dir: string;
	/** The article as a teacher pastes it. */
	source: string;
	gold: GoldFile;
}

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();

/** What in a gold file does not hold for its article: each problem one line, placed. */
export function goldProblems(article: CorpusArticle): string[] {
	const problems: string[] = [];
	const where = `${article.dir}/${article.name}.gold.json`;
	const source = collapse(article.source);
	const entityIds = new Set(article.gold.entities.map((entity) => entity.id));
	const ids = new Set<string>();
	article.gold.facts.forEach((fact, index) => {
		if (ids.has(fact.id)) problems.push(`${where} facts[${index}].id: "${fact.id}" twice`);
		ids.add(fact.id);
		if (!source.includes(collapse(fact.evidence)))
			problems.push(`${where} facts[${index}].evidence: not in the article`);
		if (fact.kind === 'entity' && !entityIds.has(fact.entity))
			problems.push(`${where} facts[${index}].entity: no entity "${fact.entity}"`);
	});
	article.gold.entities.forEach((entity, index) => {
		for (const mention of entity.mentions) {
			if (!source.includes(mention))
				problems.push(`${where} entities[${index}].mentions: "${mention}" not in the article`);
		}
	});
	article.gold.mustNotExtract.forEach((item, index) => {
		if (!source.includes(collapse(item.text)))
			problems.push(`${where} mustNotExtract[${index}].text: not in the article`);
	});
	return problems;
}

/** Every article of the corpus with its gold file, parsed; throws naming the file on a bad one. */
export function loadCorpus(dir = CORPUS_DIR): CorpusArticle[] {
	return readdirSync(dir)
		.filter((file) => file.endsWith('.txt'))
		.sort()
		.map((file) => {
			const name = file.slice(0, -'.txt'.length);
			const goldPath = join(dir, `${name}.gold.json`);
			const parsed = goldFileSchema.safeParse(JSON.parse(readFileSync(goldPath, 'utf8')));
			if (!parsed.success) {
				const issue = parsed.error.issues[0];
				throw new Error(`${goldPath} ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
			}
			return { name, dir, source: readFileSync(join(dir, file), 'utf8'), gold: parsed.data };
		});
}
