import { describe, expect, it } from 'vitest';
import {
	addReviewLog,
	countDueCards,
	findReviewCard,
	listDueCards,
	listReviewCards,
	listReviewLogs,
	upsertReviewCard
} from '$lib/server/db/reviews';
import { testEngines, useTestDatabase } from './engines';
import { newLearnerId } from './factories';

const NOW = new Date('2025-03-10T12:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const at = (offset: number) => new Date(NOW.getTime() + offset);

/** A card as ts-fsrs makes one, after JSON: dates are strings. */
function fsrsCard(due: Date, stability = 2.5) {
	return {
		due: due.toISOString(),
		stability,
		difficulty: 5.1,
		elapsed_days: 0,
		scheduled_days: 1,
		learning_steps: 0,
		reps: 1,
		lapses: 0,
		state: 2,
		last_review: NOW.toISOString()
	};
}

describe.each(await testEngines())('review cards on $name', (engine) => {
	const test = useTestDatabase(engine);

	it('stores a card and replaces it on the next review', async () => {
		const key = { learnerId: newLearnerId(), moduleId: 'kursk', factId: 'soldiers-sent' };
		expect(await findReviewCard(test.db, key)).toBeUndefined();

		const first = await upsertReviewCard(test.db, {
			...key,
			card: fsrsCard(at(HOUR)),
			dueAt: at(HOUR),
			now: NOW
		});
		expect(first).toEqual({
			...key,
			card: fsrsCard(at(HOUR)),
			dueAt: '2025-03-10T13:00:00.000Z',
			updatedAt: '2025-03-10T12:00:00.000Z'
		});
		expect(await findReviewCard(test.db, key)).toEqual(first);

		const second = await upsertReviewCard(test.db, {
			...key,
			card: fsrsCard(at(72 * HOUR), 9.75),
			dueAt: at(72 * HOUR),
			now: at(HOUR)
		});
		expect(await findReviewCard(test.db, key)).toEqual(second);
		expect(second).toMatchObject({
			card: { stability: 9.75 },
			dueAt: '2025-03-13T12:00:00.000Z',
			updatedAt: '2025-03-10T13:00:00.000Z'
		});
	});

	it('stores a due time given as text in UTC, and refuses one that is not a time or would not sort', async () => {
		const key = { learnerId: newLearnerId(), moduleId: 'kursk', factId: 'shells' };
		const card = await upsertReviewCard(test.db, {
			...key,
			card: {},
			dueAt: '2025-03-10T14:00:00+02:00'
		});
		expect(card.dueAt).toBe('2025-03-10T12:00:00.000Z');
		await expect(
			upsertReviewCard(test.db, { ...key, card: {}, dueAt: 'next tuesday' })
		).rejects.toThrow('not a valid timestamp: next tuesday');
		await expect(
			upsertReviewCard(test.db, { ...key, card: {}, dueAt: new Date(8.64e15) })
		).rejects.toThrow('outside the years 0000–9999');
	});

	it("lists and counts the learner's cards due by a time, most overdue first", async () => {
		const learnerId = newLearnerId();
		const cards = [
			{ factId: 'later', moduleId: 'kursk', dueAt: at(24 * HOUR) },
			{ factId: 'just-after', moduleId: 'kursk', dueAt: at(1) },
			{ factId: 'exactly-now', moduleId: 'kursk', dueAt: NOW },
			{ factId: 'overdue', moduleId: 'other', dueAt: at(-HOUR) },
			// Ten days back and across a month: text order must be time order.
			{ factId: 'long-overdue', moduleId: 'kursk', dueAt: at(-10 * 24 * HOUR) }
		];
		for (const card of cards) {
			await upsertReviewCard(test.db, { learnerId, ...card, card: fsrsCard(card.dueAt) });
		}
		await upsertReviewCard(test.db, {
			learnerId: newLearnerId(),
			moduleId: 'kursk',
			factId: 'someone-elses',
			card: {},
			dueAt: at(-HOUR)
		});

		const due = await listDueCards(test.db, learnerId, NOW);
		expect(due.map((card) => card.factId)).toEqual(['long-overdue', 'overdue', 'exactly-now']);
		expect(await countDueCards(test.db, learnerId, NOW)).toBe(3);

		expect(await countDueCards(test.db, learnerId, at(-11 * 24 * HOUR))).toBe(0);
		expect(await countDueCards(test.db, learnerId, at(1))).toBe(4);
		expect(await countDueCards(test.db, learnerId, at(30 * 24 * HOUR))).toBe(5);

		const kursk = await listDueCards(test.db, learnerId, NOW, { moduleId: 'kursk', limit: 1 });
		expect(kursk.map((card) => card.factId)).toEqual(['long-overdue']);
		expect(await countDueCards(test.db, learnerId, NOW, { moduleId: 'kursk' })).toBe(2);
		expect(await countDueCards(test.db, newLearnerId(), NOW)).toBe(0);

		const all = await listReviewCards(test.db, learnerId, { moduleId: 'kursk' });
		expect(all.map((card) => card.factId)).toEqual([
			'long-overdue',
			'exactly-now',
			'just-after',
			'later'
		]);
	});

	it('logs reviews and lists them oldest first', async () => {
		const learnerId = newLearnerId();
		const key = { learnerId, moduleId: 'kursk', factId: 'soldiers-sent' };
		const later = await addReviewLog(test.db, {
			...key,
			rating: 3,
			credit: 0.75,
			reviewedAt: at(HOUR)
		});
		const earlier = await addReviewLog(test.db, { ...key, rating: 1, credit: 0, reviewedAt: NOW });
		await addReviewLog(test.db, {
			...key,
			factId: 'shells',
			rating: 4,
			credit: 1,
			reviewedAt: NOW
		});

		expect(later).toMatchObject({
			...key,
			rating: 3,
			credit: 0.75,
			reviewedAt: at(HOUR).toISOString()
		});
		expect(later.id).not.toBe(earlier.id);
		expect(await listReviewLogs(test.db, learnerId, { factId: 'soldiers-sent' })).toEqual([
			earlier,
			later
		]);
		expect(await listReviewLogs(test.db, learnerId)).toHaveLength(3);
		await expect(addReviewLog(test.db, { ...key, rating: 2.5, credit: 0.5 })).rejects.toThrow(
			'rating 2.5 is not an integer'
		);
	});

	it("deletes a learner's cards and logs with the learner", async () => {
		const learnerId = newLearnerId();
		const key = { learnerId, moduleId: 'kursk', factId: 'soldiers-sent' };
		await upsertReviewCard(test.db, { ...key, card: {}, dueAt: NOW });
		await addReviewLog(test.db, { ...key, rating: 3, credit: 1 });

		await test.db.deleteFrom('learners').where('id', '=', learnerId).execute();

		expect(await findReviewCard(test.db, key)).toBeUndefined();
		expect(await listReviewLogs(test.db, learnerId)).toEqual([]);
	});
});
