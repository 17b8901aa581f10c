import { describe, expect, it } from 'vitest';
import { AttemptError, findAttempt, listAnswers, submitAttempt } from '$lib/server/db/attempts';
import { saveAnswer } from '$lib/server/db/answer-saves';
import { listAssignmentAttempts } from '$lib/server/db/assignment-attempts';
import {
	createAssignment,
	deleteAssignment,
	findAssignmentByCode,
	listTeacherAssignments
} from '$lib/server/db/assignments';
import {
	createParticipant,
	deleteParticipant,
	listParticipants
} from '$lib/server/db/participants';
import { hitRateLimit } from '$lib/server/db/rate-limits';
import { applyRegrade, listRegrades } from '$lib/server/db/regrades';
import { createSession, createTeacher, findSession } from '$lib/server/db/teachers';
import type { QuestionWithKey } from '$lib/quiz/question';
import { loadAssignmentOverview, ResultsCache } from '$lib/server/results';
import { testEngines, useTestDatabase } from './engines';
import { assignmentSettings, newLearnerId, scoreByWord, startAttempt } from './factories';

describe.each(await testEngines())('classroom data on $name', (engine) => {
	const test = useTestDatabase(engine);

	async function teacher(email = `t${Math.random()}@school.pl`) {
		const created = await createTeacher(test.db, {
			email,
			displayName: 'Anna Nowak',
			passwordHash: 'hash'
		});
		if (!created) throw new Error('teacher not created');
		return created;
	}

	async function assignment(teacherId: string, code = `C${Math.random()}`) {
		return createAssignment(test.db, {
			teacherId,
			moduleId: 'kursk',
			title: 'Kursk',
			settings: assignmentSettings({ count: 5 }),
			makeJoinCode: () => code
		});
	}

	it('refuses a second teacher with the same email, even concurrently', async () => {
		const results = await Promise.all(
			[1, 2, 3].map(() =>
				createTeacher(test.db, { email: 'same@school.pl', displayName: 'X', passwordHash: 'h' })
			)
		);
		expect(results.filter((result) => result !== null)).toHaveLength(1);
	});

	it('finds a live session with its teacher, and not an expired one', async () => {
		const owner = await teacher();
		await createSession(test.db, {
			id: 'live',
			teacherId: owner.id,
			expiresAt: new Date(Date.now() + 60_000)
		});
		await createSession(test.db, {
			id: 'old',
			teacherId: owner.id,
			expiresAt: new Date(Date.now() - 1)
		});
		expect((await findSession(test.db, 'live'))?.teacher).toEqual(owner);
		expect(await findSession(test.db, 'old')).toBeUndefined();
	});

	it('counts rate-limit hits atomically and opens a new window when one has passed', async () => {
		const start = new Date('2026-01-01T10:00:00.000Z');
		const hits = await Promise.all(
			Array.from({ length: 8 }, () => hitRateLimit(test.db, 'sign-in:x', 5, 60_000, start))
		);
		expect(hits.filter((hit) => hit.allowed)).toHaveLength(5);
		const later = await hitRateLimit(
			test.db,
			'sign-in:x',
			5,
			60_000,
			new Date(start.getTime() + 61_000)
		);
		expect(later.allowed).toBe(true);
		const blocked = hits.find((hit) => !hit.allowed);
		expect(blocked?.retryAfterSeconds).toBe(60);
	});

	it('retries a clashing join code and lists only the teacher’s own assignments', async () => {
		const owner = await teacher();
		const other = await teacher();
		await assignment(owner.id, 'ABC123');
		const codes = ['ABC123', 'ABC123', 'XYZ789'];
		const second = await createAssignment(test.db, {
			teacherId: other.id,
			moduleId: 'kursk',
			title: 'Other',
			settings: assignmentSettings(),
			makeJoinCode: () => codes.shift() ?? 'never'
		});
		expect(second.joinCode).toBe('XYZ789');
		expect((await listTeacherAssignments(test.db, owner.id)).map((a) => a.joinCode)).toEqual([
			'ABC123'
		]);
		expect((await findAssignmentByCode(test.db, 'XYZ789'))?.teacherId).toBe(other.id);
	});

	it('lists attempts with answers, regrades them and keeps the record', async () => {
		const owner = await teacher();
		const work = await assignment(owner.id);
		const learnerId = newLearnerId();
		const student = await createParticipant(test.db, {
			assignmentId: work.id,
			learnerId,
			displayName: '<b>Zoë</b>',
			resumeHash: 'r1',
			resumeToken: 't1'
		});
		const attempt = await startAttempt(test.db, { learnerId });
		await test.db
			.updateTable('attempts')
			.set({ assignment_id: work.id })
			.where('id', '=', attempt.id)
			.execute();
		await saveAnswer(test.db, {
			attemptId: attempt.id,
			questionId: 'numeric.soldiers',
			response: 'right'
		});
		await submitAttempt(test.db, attempt.id, scoreByWord);

		const [listed] = await listAssignmentAttempts(test.db, work.id);
		expect(listed?.attempt.credit).toBe(1);
		expect(listed?.answers.map((answer) => answer.questionId)).toContain('numeric.soldiers');
		expect((await listParticipants(test.db, work.id))[0]?.displayName).toBe('<b>Zoë</b>');

		const regrade = await applyRegrade(test.db, {
			assignmentId: work.id,
			teacherId: owner.id,
			changes: [
				{
					attemptId: attempt.id,
					participantId: student.id,
					displayName: student.displayName,
					before: 1,
					after: 0.5,
					answers: [
						{
							questionId: 'numeric.soldiers',
							before: 1,
							after: 0.5,
							result: {
								credit: 0.5,
								verdict: 'partial',
								reason: { code: 'exact' },
								normalized: 'x'
							}
						}
					]
				}
			]
		});
		const [after] = await listAssignmentAttempts(test.db, work.id);
		expect(after?.attempt.credit).toBe(0.5);
		expect(after?.answers.find((answer) => answer.questionId === 'numeric.soldiers')?.credit).toBe(
			0.5
		);
		expect(await listRegrades(test.db, work.id)).toEqual([regrade]);
	});

	it('deletes a student with all their attempts, and an assignment with all of it', async () => {
		const owner = await teacher();
		const work = await assignment(owner.id);
		const students = await Promise.all(
			['a', 'b'].map(async (name) => {
				const learnerId = newLearnerId();
				const participant = await createParticipant(test.db, {
					assignmentId: work.id,
					learnerId,
					displayName: name,
					resumeHash: `hash-${name}-${learnerId}`,
					resumeToken: `token-${name}-${learnerId}`
				});
				const attempt = await startAttempt(test.db, { learnerId });
				await test.db
					.updateTable('attempts')
					.set({ assignment_id: work.id })
					.where('id', '=', attempt.id)
					.execute();
				return { participant, attempt };
			})
		);
		const [first, second] = students;
		if (!first || !second) throw new Error('students not created');
		expect(await deleteParticipant(test.db, work.id, first.participant.id)).toBe(true);
		expect(await findAttempt(test.db, first.attempt.id)).toBeUndefined();
		expect(await findAttempt(test.db, second.attempt.id)).toBeDefined();
		expect(await deleteParticipant(test.db, 'another', second.participant.id)).toBe(false);

		await deleteAssignment(test.db, work.id);
		expect(await findAttempt(test.db, second.attempt.id)).toBeUndefined();
		expect(await listParticipants(test.db, work.id)).toEqual([]);
	});

	it('refuses answers after a timed attempt’s deadline, as expired', async () => {
		const attempt = await startAttempt(test.db);
		await test.db
			.updateTable('attempts')
			.set({ deadline_at: new Date(Date.now() - 1000).toISOString() })
			.where('id', '=', attempt.id)
			.execute();
		const saving = saveAnswer(test.db, { attemptId: attempt.id, questionId: 'q1', response: 'x' });
		await expect(saving).rejects.toBeInstanceOf(AttemptError);
		await expect(saving).rejects.toMatchObject({ code: 'expired' });
	});

	it('makes a checked answer final: later saves are refused as checked', async () => {
		const attempt = await startAttempt(test.db);
		const result = {
			credit: 1,
			verdict: 'correct' as const,
			reason: { code: 'exact' as const },
			normalized: '11000'
		};
		const checked = await saveAnswer(test.db, {
			attemptId: attempt.id,
			questionId: 'numeric.soldiers',
			response: '11000',
			check: result
		});
		expect(checked.checkedAt).not.toBeNull();
		expect(checked.credit).toBe(1);
		const again = saveAnswer(test.db, {
			attemptId: attempt.id,
			questionId: 'numeric.soldiers',
			response: '5'
		});
		await expect(again).rejects.toMatchObject({ code: 'checked' });
		const [stored] = await listAnswers(test.db, attempt.id);
		expect(stored).toMatchObject({ response: '11000', revision: 1, credit: 1 });
	});

	it('keeps the results overview between looks, and sees every save, submit and regrade', async () => {
		const owner = await teacher();
		const work = await assignment(owner.id);
		const settings = { seedMode: 'per-student' as const };
		const kept = new Map<string, QuestionWithKey[]>();
		const questions = {
			get: (id: string) => kept.get(id),
			remember: (id: string, value: QuestionWithKey[]) => void kept.set(id, value)
		};
		// Two caches stand for two app processes over one database.
		const here = new ResultsCache(questions);
		const there = new ResultsCache(questions);
		const look = (cache: ResultsCache) =>
			loadAssignmentOverview(test.db, { id: work.id, settings }, cache);

		const learnerId = newLearnerId();
		await createParticipant(test.db, {
			assignmentId: work.id,
			learnerId,
			displayName: 'Ola',
			resumeHash: `r${Math.random()}`,
			resumeToken: `t${Math.random()}`
		});
		const attempt = await startAttempt(test.db, { learnerId });
		await test.db
			.updateTable('attempts')
			.set({ assignment_id: work.id })
			.where('id', '=', attempt.id)
			.execute();
		const progress = (overview: Awaited<ReturnType<typeof look>>) =>
			overview.students[0]?.attempts[0];

		const first = await look(here);
		expect(progress(first)).toMatchObject({ status: 'open', answered: 0, total: 3 });
		expect(await look(here)).toBe(first);

		await saveAnswer(test.db, {
			attemptId: attempt.id,
			questionId: 'numeric.soldiers',
			response: 'right'
		});
		expect(progress(await look(there))).toMatchObject({ answered: 1 });
		expect(progress(await look(here))).toMatchObject({ answered: 1 });

		await submitAttempt(test.db, attempt.id, scoreByWord);
		const submitted = await look(here);
		expect(progress(submitted)).toMatchObject({ status: 'submitted', credit: 1 });
		expect(submitted.analysis.summary.attempts).toBe(1);

		await applyRegrade(test.db, {
			assignmentId: work.id,
			teacherId: owner.id,
			changes: [
				{
					attemptId: attempt.id,
					participantId: null,
					displayName: 'Ola',
					before: 1,
					after: 0,
					answers: [
						{
							questionId: 'numeric.soldiers',
							before: 1,
							after: 0,
							result: {
								credit: 0,
								verdict: 'incorrect',
								reason: { code: 'exact' },
								normalized: '5'
							}
						}
					]
				}
			]
		});
		const regraded = await look(here);
		expect(progress(regraded)).toMatchObject({ credit: 0 });
		const item = regraded.analysis.items.find((entry) => entry.questionKey.startsWith('numeric'));
		expect(item?.facility).toBe(0);
		expect(item?.commonWrongAnswers[0]).toMatchObject({ value: '5', count: 1 });
		expect(await look(there)).toEqual(regraded);
	});
});
