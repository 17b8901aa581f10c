import { describe, expect, it } from 'vitest';
import { testEngines } from './db/engines';
import { checkStoredClassroom } from './support/classroom-load/check';
import { crashClassroom } from './support/classroom-load/crash';

/**
 * kill -9 during a class's load, on each engine: 15 students join, open and answer a 5-question
 * quiz (two saves per question) and submit, 8 at a time; when half the saves are acknowledged the
 * app gets SIGKILL and a new one starts on the same database. Every write the app acknowledged
 * must be there, as acknowledged, no attempt may be corrupt, and every student can go on to
 * submit. `npm run bench:classroom` runs the same at full size (100 students × 20 questions).
 */

describe.each(await testEngines())('a crash under a class on $name', (engine) => {
	it.skipIf(engine.skip)(
		'loses no acknowledged answer, corrupts no attempt, and the class carries on',
		async () => {
			const database = await engine.create();
			try {
				const report = await crashClassroom({
					databaseUrl: database.url,
					students: 15,
					questions: 5,
					concurrency: 8,
					savesPerQuestion: 2,
					killAt: 0.5,
					timeLimitMs: 10_000
				});

				// The kill came in the middle: saves acknowledged before it, none after.
				expect(report.killedAfterSaves).toBeGreaterThanOrEqual(75);
				expect(report.killedAfterSaves).toBeLessThan(150);

				for (const check of [report.afterRestart, report.final]) {
					expect(check.problems).toEqual([]);
					expect(check.lost).toEqual({ joins: 0, starts: 0, saves: 0, submits: 0 });
					expect(check.corrupt).toBe(0);
				}
				expect(report.afterRestart.acknowledged.saves).toBeGreaterThanOrEqual(
					report.killedAfterSaves
				);

				// After the restart every student saved another answer and submitted.
				expect(report.notContinued).toEqual([]);
				expect(report.final.stored.submitted).toBe(15);
				expect(report.final.acknowledged.saves).toBeGreaterThan(
					report.afterRestart.acknowledged.saves
				);
				// The check is not blind: a stored answer older than the acknowledged one is a loss, a
				// submitted attempt without its score is corrupt.
				const { db } = await database.open();
				const [last] = report.record.saves.slice(-1);
				const attempt = await db
					.selectFrom('attempts')
					.select('questions')
					.where('id', '=', last?.attemptId ?? '')
					.executeTakeFirstOrThrow();
				const questionId = (JSON.parse(attempt.questions) as { id: string }[])[
					(last?.question ?? 1) - 1
				]?.id;
				await db
					.updateTable('answers')
					.set({ response: JSON.stringify('11000 (stale)') })
					.where('attempt_id', '=', last?.attemptId ?? '')
					.where('question_id', '=', questionId ?? '')
					.execute();
				await db
					.updateTable('attempts')
					.set({ credit: null })
					.where('id', '=', [...report.record.submits][0] ?? '')
					.execute();
				const tampered = await checkStoredClassroom(db, report.assignmentId, report.record);
				expect(tampered.lost.saves).toBeGreaterThanOrEqual(1);
				expect(tampered.corrupt).toBe(1);

				console.info(
					`crash on ${engine.name}: killed after ${report.killedAfterSaves} acknowledged saves ` +
						`with ${report.inFlightAtKill} requests in flight; ${report.final.acknowledged.saves} ` +
						`saves acknowledged in all, lost ${report.final.lost.saves}; restart ${Math.round(report.restartMs)} ms`
				);
			} finally {
				await database.drop();
			}
		},
		60_000
	);
});
