import { describe, expect, it } from 'vitest';
import { startAttemptOnce, type AttemptScope } from '$lib/server/db/attempt-starts';
import { submitAttempt } from '$lib/server/db/attempts';
import { testEngines, useTestDatabase } from './engines';
import { makeQuestions, newLearnerId, scoreByWord, createClassAssignment } from './factories';

/**
 * Starts sent at once for one learner: at most one attempt is ever open in a scope and at most
 * the allowed number exist. On PostgreSQL the starts come through four pools (four processes'
 * connections), so they really run side by side; on SQLite through the app's one connection.
 */
describe.each(await testEngines())('starting attempts at once on $name', (engine) => {
	const test = useTestDatabase(engine);
	const STARTS = 16;

	const make = (used: number) => ({
		seed: String(used + 1),
		options: { count: 3, openBook: false },
		questions: makeQuestions()
	});

	async function startAtOnce(learnerId: string, scope: AttemptScope) {
		const connections = await test.fourConnections();
		return Promise.all(
			Array.from({ length: STARTS }, (_, index) =>
				startAttemptOnce(connections[index % connections.length]!.db, learnerId, scope, make)
			)
		);
	}

	async function attemptsOf(learnerId: string) {
		return test.db
			.selectFrom('attempts')
			.select(['id', 'status', 'seed'])
			.where('learner_id', '=', learnerId)
			.execute();
	}

	for (const maxAttempts of [1, 3]) {
		it(`leaves one open attempt and never more than ${maxAttempts} in all (maxAttempts ${maxAttempts})`, async () => {
			const assignment = await createClassAssignment(test.db);
			const learnerId = newLearnerId();
			const scope = { assignmentId: assignment.id, moduleId: 'kursk', maxAttempts };
			for (let round = 1; round <= maxAttempts + 1; round++) {
				const starts = await startAtOnce(learnerId, scope);
				const attempts = await attemptsOf(learnerId);
				const open = attempts.filter((attempt) => attempt.status === 'open');
				if (round <= maxAttempts) {
					// Every start of the round lands on the one attempt that was made.
					expect(open).toHaveLength(1);
					expect(attempts).toHaveLength(round);
					expect(new Set(starts.map((start) => start.ok && start.attempt.id))).toEqual(
						new Set([open[0]!.id])
					);
					expect(starts.filter((start) => start.ok && start.started)).toHaveLength(1);
					// The attempt is numbered by those used before it (its seed here).
					expect(open[0]!.seed).toBe(String(round));
					await submitAttempt(test.db, open[0]!.id, scoreByWord);
				} else {
					expect(open).toHaveLength(0);
					expect(attempts).toHaveLength(maxAttempts);
					expect(starts.every((start) => !start.ok && start.reason === 'no-attempts-left')).toBe(
						true
					);
				}
			}
		});
	}

	it('gives a self-learner one open attempt per module, and a new one once it is submitted', async () => {
		const learnerId = newLearnerId();
		const kursk = { assignmentId: null, moduleId: 'kursk', maxAttempts: null } as const;
		const first = await startAtOnce(learnerId, kursk);
		expect(new Set(first.map((start) => start.ok && start.attempt.id)).size).toBe(1);
		expect(await attemptsOf(learnerId)).toHaveLength(1);

		// Another module is another scope; so is an assignment of the same module.
		const other = await startAtOnce(learnerId, { ...kursk, moduleId: 'other' });
		expect(new Set(other.map((start) => start.ok && start.attempt.id)).size).toBe(1);
		expect(await attemptsOf(learnerId)).toHaveLength(2);

		const opened = first[0]!.ok ? first[0]!.attempt.id : '';
		await submitAttempt(test.db, opened, scoreByWord);
		const again = await startAtOnce(learnerId, kursk);
		const ids = new Set(again.map((start) => start.ok && start.attempt.id));
		expect(ids.size).toBe(1);
		expect(ids.has(opened)).toBe(false);
		const attempts = await attemptsOf(learnerId);
		expect(attempts).toHaveLength(3);
		expect(attempts.filter((attempt) => attempt.status === 'open')).toHaveLength(2);
	});
});
