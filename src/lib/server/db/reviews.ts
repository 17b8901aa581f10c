import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ensureLearner } from './attempts';
import { parseJson, toTimestamp } from './codec';
import type { ReviewCardsTable, ReviewLogsTable, Schema } from './schema';

/** Which fact of which module, for which learner: one review card each. */
export interface ReviewCardKey {
	learnerId: string;
	moduleId: string;
	factId: string;
}

export interface ReviewCard extends ReviewCardKey {
	/**
	 * The scheduler's card as it was stored, after a JSON round trip: a ts-fsrs card's Dates come
	 * back as ISO strings, so the caller revives them.
	 */
	card: unknown;
	dueAt: string;
	updatedAt: string;
}

export interface ReviewLog extends ReviewCardKey {
	id: string;
	rating: number;
	credit: number;
	reviewedAt: string;
}

/** Stores the card of a fact, replacing the previous one. */
export async function upsertReviewCard(
	db: Kysely<Schema>,
	input: ReviewCardKey & { card: unknown; dueAt: Date | string; now?: Date }
): Promise<ReviewCard> {
	await ensureLearner(db, input.learnerId);
	const row: ReviewCardsTable = {
		learner_id: input.learnerId,
		module_id: input.moduleId,
		fact_id: input.factId,
		card: JSON.stringify(input.card),
		due_at: toTimestamp(input.dueAt),
		updated_at: toTimestamp(input.now)
	};
	await db
		.insertInto('review_cards')
		.values(row)
		.onConflict((conflict) =>
			conflict.columns(['learner_id', 'module_id', 'fact_id']).doUpdateSet((eb) => ({
				card: eb.ref('excluded.card'),
				due_at: eb.ref('excluded.due_at'),
				updated_at: eb.ref('excluded.updated_at')
			}))
		)
		.execute();
	return toReviewCard(row);
}

export async function findReviewCard(
	db: Kysely<Schema>,
	key: ReviewCardKey
): Promise<ReviewCard | undefined> {
	const row = await db
		.selectFrom('review_cards')
		.selectAll()
		.where('learner_id', '=', key.learnerId)
		.where('module_id', '=', key.moduleId)
		.where('fact_id', '=', key.factId)
		.executeTakeFirst();
	return row && toReviewCard(row);
}

/** All the learner's cards, due or not, soonest due first. */
export async function listReviewCards(
	db: Kysely<Schema>,
	learnerId: string,
	filter: { moduleId?: string } = {}
): Promise<ReviewCard[]> {
	let query = db.selectFrom('review_cards').selectAll().where('learner_id', '=', learnerId);
	if (filter.moduleId !== undefined) query = query.where('module_id', '=', filter.moduleId);
	const rows = await query.orderBy('due_at').orderBy('module_id').orderBy('fact_id').execute();
	return rows.map(toReviewCard);
}

export interface DueCardsFilter {
	/** Only this module's cards. */
	moduleId?: string;
}

/** The learner's cards due at `now` (due_at ≤ now), most overdue first. */
export async function listDueCards(
	db: Kysely<Schema>,
	learnerId: string,
	now: Date,
	filter: DueCardsFilter & { limit?: number } = {}
): Promise<ReviewCard[]> {
	let query = db
		.selectFrom('review_cards')
		.selectAll()
		.where('learner_id', '=', learnerId)
		.where('due_at', '<=', toTimestamp(now));
	if (filter.moduleId !== undefined) query = query.where('module_id', '=', filter.moduleId);
	if (filter.limit !== undefined) query = query.limit(filter.limit);
	const rows = await query.orderBy('due_at').orderBy('module_id').orderBy('fact_id').execute();
	return rows.map(toReviewCard);
}

export async function countDueCards(
	db: Kysely<Schema>,
	learnerId: string,
	now: Date,
	filter: DueCardsFilter = {}
): Promise<number> {
	let query = db
		.selectFrom('review_cards')
		.select((eb) => eb.fn.countAll<number | string | bigint>().as('due'))
		.where('learner_id', '=', learnerId)
		.where('due_at', '<=', toTimestamp(now));
	if (filter.moduleId !== undefined) query = query.where('module_id', '=', filter.moduleId);
	const row = await query.executeTakeFirstOrThrow();
	// PostgreSQL's count is a bigint, which pg returns as a string.
	return Number(row.due);
}

/** Records one review of a fact (the scheduler's rating and the answer's credit). */
export async function addReviewLog(
	db: Kysely<Schema>,
	input: ReviewCardKey & { rating: number; credit: number; reviewedAt?: Date }
): Promise<ReviewLog> {
	if (!Number.isSafeInteger(input.rating)) {
		throw new RangeError(`review of ${input.factId}: rating ${input.rating} is not an integer`);
	}
	await ensureLearner(db, input.learnerId);
	const row: ReviewLogsTable = {
		id: randomUUID(),
		learner_id: input.learnerId,
		module_id: input.moduleId,
		fact_id: input.factId,
		rating: input.rating,
		credit: input.credit,
		reviewed_at: toTimestamp(input.reviewedAt)
	};
	await db.insertInto('review_logs').values(row).execute();
	return toReviewLog(row);
}

/** The learner's reviews, oldest first (the order a scheduler replays them in). */
export async function listReviewLogs(
	db: Kysely<Schema>,
	learnerId: string,
	filter: { moduleId?: string; factId?: string } = {}
): Promise<ReviewLog[]> {
	let query = db.selectFrom('review_logs').selectAll().where('learner_id', '=', learnerId);
	if (filter.moduleId !== undefined) query = query.where('module_id', '=', filter.moduleId);
	if (filter.factId !== undefined) query = query.where('fact_id', '=', filter.factId);
	const rows = await query.orderBy('reviewed_at').orderBy('id').execute();
	return rows.map(toReviewLog);
}

function toReviewCard(row: ReviewCardsTable): ReviewCard {
	return {
		learnerId: row.learner_id,
		moduleId: row.module_id,
		factId: row.fact_id,
		card: parseJson<unknown>(
			row.card,
			`review_cards.card of ${row.learner_id} ${row.module_id} ${row.fact_id}`
		),
		dueAt: row.due_at,
		updatedAt: row.updated_at
	};
}

function toReviewLog(row: ReviewLogsTable): ReviewLog {
	return {
		id: row.id,
		learnerId: row.learner_id,
		moduleId: row.module_id,
		factId: row.fact_id,
		rating: row.rating,
		credit: row.credit,
		reviewedAt: row.reviewed_at
	};
}

// Practice tries

/** The question (by seed) of a fact the learner answered wrongly once, if any. */
export async function findPracticeTry(
	db: Kysely<Schema>,
	key: ReviewCardKey
): Promise<{ seed: string } | undefined> {
	return db
		.selectFrom('practice_tries')
		.select('seed')
		.where('learner_id', '=', key.learnerId)
		.where('module_id', '=', key.moduleId)
		.where('fact_id', '=', key.factId)
		.executeTakeFirst();
}

/** Records a first wrong try at the fact's question: the next answer to it is the second. */
export async function recordPracticeTry(
	db: Kysely<Schema>,
	input: ReviewCardKey & { seed: string; now?: Date }
): Promise<void> {
	await db
		.insertInto('practice_tries')
		.values({
			learner_id: input.learnerId,
			module_id: input.moduleId,
			fact_id: input.factId,
			seed: input.seed,
			created_at: toTimestamp(input.now)
		})
		.onConflict((conflict) =>
			conflict.columns(['learner_id', 'module_id', 'fact_id']).doUpdateSet((eb) => ({
				seed: eb.ref('excluded.seed'),
				created_at: eb.ref('excluded.created_at')
			}))
		)
		.execute();
}

export async function clearPracticeTry(db: Kysely<Schema>, key: ReviewCardKey): Promise<void> {
	await db
		.deleteFrom('practice_tries')
		.where('learner_id', '=', key.learnerId)
		.where('module_id', '=', key.moduleId)
		.where('fact_id', '=', key.factId)
		.execute();
}
