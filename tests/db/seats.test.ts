import { describe, expect, it } from 'vitest';
import {
	joinSeat,
	listParticipants,
	setRejoinAllowed,
	type NewSeat
} from '$lib/server/db/participants';
import { hitRateLimit, peekRateLimit } from '$lib/server/db/rate-limits';
import type { AppDatabase } from '$lib/server/db/database';
import { testEngines, useTestDatabase } from './engines';
import { newLearnerId, createClassAssignment } from './factories';

/**
 * Seats in an assignment: one per browser and one per name, however many joins arrive at once (on
 * PostgreSQL through four pools, as from four app processes), and a rejoin the teacher allowed
 * moves the seat instead of making a second one.
 */
describe.each(await testEngines())('seats on $name', (engine) => {
	const test = useTestDatabase(engine);

	let tokens = 0;
	const seat = (assignmentId: string, displayName: string, joinedFrom: string) => {
		tokens += 1;
		const input: NewSeat & { joinedFrom: string } = {
			assignmentId,
			learnerId: newLearnerId(),
			displayName,
			joinedFrom,
			resumeToken: `token-${tokens}-${Math.random()}`,
			resumeHash: `hash-${tokens}-${Math.random()}`
		};
		return input;
	};

	async function atOnce<T>(
		count: number,
		run: (db: AppDatabase['db'], index: number) => Promise<T>
	) {
		const all = await test.fourConnections();
		return Promise.all(
			Array.from({ length: count }, (_, index) => run(all[index % all.length]!.db, index))
		);
	}

	it('gives joins sent at once from one browser one seat, whatever names they carry', async () => {
		const assignment = await createClassAssignment(test.db);
		const browser = newLearnerId();
		const joins = await atOnce(12, (db, index) =>
			joinSeat(db, seat(assignment.id, index % 2 === 0 ? 'Ola' : `Ola ${index}`, browser))
		);
		const seats = await listParticipants(test.db, assignment.id);
		expect(seats).toHaveLength(1);
		const winner = joins.find((one) => one.outcome === 'joined');
		const token = winner && winner.outcome !== 'name-taken' ? winner.resumeToken : null;
		for (const join of joins) {
			if (join.outcome === 'name-taken')
				throw new Error('a join from the same browser was refused');
			expect(join.participant.id).toBe(seats[0]!.id);
			expect(join.resumeToken).toBe(token);
		}
		expect(joins.filter((join) => join.outcome === 'joined')).toHaveLength(1);
		// Orphan learners of the joins that lost are not left behind.
		const learners = await test.db.selectFrom('learners').select('id').execute();
		expect(learners.filter((row) => row.id === seats[0]!.learnerId)).toHaveLength(1);
		const orphans = await test.db
			.selectFrom('learners')
			.leftJoin('participants', 'participants.learner_id', 'learners.id')
			.leftJoin('attempts', 'attempts.learner_id', 'learners.id')
			.select('learners.id')
			.where('participants.id', 'is', null)
			.where('attempts.id', 'is', null)
			.execute();
		expect(orphans).toEqual([]);
	});

	it('gives a name one seat: the same name from other browsers is refused, however typed', async () => {
		const assignment = await createClassAssignment(test.db);
		const joins = await atOnce(12, (db, index) =>
			joinSeat(
				db,
				seat(assignment.id, ['Ola Nowak', ' ola  nowak', 'OLA NOWAK'][index % 3]!, newLearnerId())
			)
		);
		expect(joins.filter((join) => join.outcome === 'joined')).toHaveLength(1);
		expect(joins.filter((join) => join.outcome === 'name-taken')).toHaveLength(11);
		expect(await listParticipants(test.db, assignment.id)).toHaveLength(1);
		// Another assignment has its own names; diacritics make another name.
		const other = await createClassAssignment(test.db);
		expect((await joinSeat(test.db, seat(other.id, 'Ola Nowak', newLearnerId()))).outcome).toBe(
			'joined'
		);
		expect(
			(await joinSeat(test.db, seat(assignment.id, 'Óla Nowak', newLearnerId()))).outcome
		).toBe('joined');
	});

	it('moves the seat, once, to the browser of a rejoin the teacher allowed', async () => {
		const assignment = await createClassAssignment(test.db);
		const first = await joinSeat(test.db, seat(assignment.id, 'Piotr', newLearnerId()));
		if (first.outcome !== 'joined') throw new Error('not joined');
		expect((await joinSeat(test.db, seat(assignment.id, 'piotr', newLearnerId()))).outcome).toBe(
			'name-taken'
		);
		expect(await setRejoinAllowed(test.db, assignment.id, first.participant.id, true)).toBe(true);
		expect((await listParticipants(test.db, assignment.id))[0]?.rejoinAllowed).toBe(true);

		const newBrowser = newLearnerId();
		const rejoins = await atOnce(6, (db) => joinSeat(db, seat(assignment.id, 'Piotr', newBrowser)));
		const moved = rejoins.find((join) => join.outcome === 'rejoined');
		if (!moved || moved.outcome === 'name-taken') throw new Error('not rejoined');
		expect(rejoins.filter((join) => join.outcome === 'rejoined')).toHaveLength(1);
		// The other joins from that browser, at the same moment, land on the moved seat.
		for (const join of rejoins) {
			expect(join.outcome === 'name-taken' ? null : join.participant.id).toBe(first.participant.id);
		}
		expect(moved.participant.learnerId).toBe(first.participant.learnerId);
		expect(moved.resumeToken).not.toBe(first.resumeToken);
		const [after] = await listParticipants(test.db, assignment.id);
		expect(after?.rejoinAllowed).toBe(false);
		// Once only: a third browser is refused again.
		expect((await joinSeat(test.db, seat(assignment.id, 'Piotr', newLearnerId()))).outcome).toBe(
			'name-taken'
		);
		expect(await listParticipants(test.db, assignment.id)).toHaveLength(1);
	});

	it('peeks at a rate limit without counting, and says when it ends', async () => {
		const start = new Date('2026-01-01T10:00:00.000Z');
		for (let hit = 0; hit < 3; hit++) await hitRateLimit(test.db, 'join:peek', 2, 60_000, start);
		const later = new Date(start.getTime() + 20_000);
		expect(await peekRateLimit(test.db, 'join:peek', 2, 60_000, later)).toEqual({
			allowed: false,
			retryAfterSeconds: 40
		});
		expect(await peekRateLimit(test.db, 'join:peek', 3, 60_000, later)).toMatchObject({
			allowed: true
		});
		expect(
			await peekRateLimit(test.db, 'join:peek', 2, 60_000, new Date(start.getTime() + 60_000))
		).toMatchObject({ allowed: true });
		expect(await peekRateLimit(test.db, 'join:nobody', 2, 60_000, later)).toMatchObject({
			allowed: true
		});
	});
});
