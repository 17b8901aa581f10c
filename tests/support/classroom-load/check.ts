import type { Kysely } from 'kysely';
import type { Schema } from '$lib/server/db/schema';
import { type LoadRecord, type SentSave } from './record';

export interface StoredCheck {
	acknowledged: { joins: number; starts: number; saves: number; submits: number };
	/** Acknowledged writes that the database does not hold as acknowledged. */
	lost: { joins: number; starts: number; saves: number; submits: number };
	/** The first few losses and corruptions, described. */
	problems: string[];
	corrupt: number;
	stored: { participants: number; attempts: number; submitted: number; answers: number };
}

/**
 * Reads the assignment back from the database and holds it against what the app acknowledged:
 * every acknowledged join, start and submit is there; every acknowledged save is stored with
 * its answer, or with one the same student sent later for the same question; the revision counts
 * at least the acknowledged saves. Nothing is corrupt: every attempt's JSON reads, every answer
 * belongs to an attempt, submitted attempts are scored in full.
 */
export async function checkStoredClassroom(
	db: Kysely<Schema>,
	assignmentId: string,
	record: LoadRecord
): Promise<StoredCheck> {
	const problems: string[] = [];
	const lost = { joins: 0, starts: 0, saves: 0, submits: 0 };
	let corrupt = 0;
	const problem = (text: string) => {
		if (problems.length < 10) problems.push(text);
	};

	const participants = await db
		.selectFrom('participants')
		.select('learner_id')
		.where('assignment_id', '=', assignmentId)
		.execute();
	const seated = new Set(participants.map((row) => row.learner_id));
	for (const [student, learnerId] of record.joins) {
		if (!seated.has(learnerId)) {
			lost.joins++;
			problem(`student ${student}: acknowledged join of ${learnerId} not stored`);
		}
	}

	const attemptRows = await db
		.selectFrom('attempts')
		.selectAll()
		.where('assignment_id', '=', assignmentId)
		.execute();
	const questionIds = new Map<string, string[]>();
	const attempts = new Map(attemptRows.map((row) => [row.id, row]));
	const scored = await db
		.selectFrom('answers')
		.innerJoin('attempts', 'attempts.id', 'answers.attempt_id')
		.select(['answers.attempt_id', (eb) => eb.fn.countAll<string | number>().as('count')])
		.where('attempts.assignment_id', '=', assignmentId)
		.where('answers.credit', 'is not', null)
		.groupBy('answers.attempt_id')
		.execute();
	const scoredCount = new Map(scored.map((row) => [row.attempt_id, Number(row.count)]));
	for (const row of attemptRows) {
		try {
			JSON.parse(row.options);
			const questions = JSON.parse(row.questions) as { id: string }[];
			if (!Array.isArray(questions) || questions.some((question) => !question?.id)) {
				throw new Error('questions is not a list of questions');
			}
			questionIds.set(
				row.id,
				questions.map((question) => question.id)
			);
			if (row.status !== 'open' && row.status !== 'submitted') {
				throw new Error(`status ${String(row.status)}`);
			}
			if (row.status === 'submitted') {
				if (row.credit === null || row.max_credit === null || row.submitted_at === null) {
					throw new Error('submitted without credit, max_credit or submitted_at');
				}
				if (Number(row.max_credit) !== questions.length) {
					throw new Error(`max_credit ${row.max_credit} for ${questions.length} questions`);
				}
				if (scoredCount.get(row.id) !== questions.length) {
					throw new Error(`${scoredCount.get(row.id) ?? 0} of ${questions.length} answers scored`);
				}
			}
		} catch (error) {
			corrupt++;
			problem(`attempt ${row.id} corrupt: ${error instanceof Error ? error.message : error}`);
		}
	}
	for (const [student, attemptId] of record.starts) {
		const row = attempts.get(attemptId);
		if (!row || row.learner_id !== record.joins.get(student)) {
			lost.starts++;
			problem(`student ${student}: acknowledged attempt ${attemptId} not stored as theirs`);
		}
	}
	for (const attemptId of record.submits) {
		if (attempts.get(attemptId)?.status !== 'submitted') {
			lost.submits++;
			problem(`acknowledged submit of ${attemptId} not stored`);
		}
	}

	const orphans = await db
		.selectFrom('answers')
		.leftJoin('attempts', 'attempts.id', 'answers.attempt_id')
		.select((eb) => eb.fn.countAll<string | number>().as('count'))
		.where('attempts.id', 'is', null)
		.executeTakeFirstOrThrow();
	if (Number(orphans.count) > 0) {
		corrupt += Number(orphans.count);
		problem(`${orphans.count} answers belong to no attempt`);
	}

	const answerRows = await db
		.selectFrom('answers')
		.innerJoin('attempts', 'attempts.id', 'answers.attempt_id')
		.select(['answers.attempt_id', 'answers.question_id', 'answers.response', 'answers.revision'])
		.where('attempts.assignment_id', '=', assignmentId)
		.execute();
	const stored = new Map<string, { response: unknown; revision: number }>();
	for (const row of answerRows) {
		try {
			stored.set(`${row.attempt_id} ${row.question_id}`, {
				response: JSON.parse(row.response),
				revision: Number(row.revision)
			});
		} catch {
			corrupt++;
			problem(`answer ${row.attempt_id} ${row.question_id}: response is not JSON`);
		}
	}

	// What each student sent per question, and the latest save of it acknowledged.
	const sentBy = new Map<string, SentSave[]>();
	for (const save of record.sent) {
		const key = `${save.attemptId} ${save.question}`;
		sentBy.set(key, [...(sentBy.get(key) ?? []), save]);
	}
	const acknowledged = new Map<string, { latest: SentSave; count: number }>();
	for (const save of record.saves) {
		const key = `${save.attemptId} ${save.question}`;
		const known = acknowledged.get(key);
		acknowledged.set(key, {
			latest: !known || save.sequence > known.latest.sequence ? save : known.latest,
			count: (known?.count ?? 0) + 1
		});
	}
	for (const [key, { latest, count }] of acknowledged) {
		const questionId = questionIds.get(latest.attemptId)?.[latest.question - 1];
		const row = questionId && stored.get(`${latest.attemptId} ${questionId}`);
		const allowed = (sentBy.get(key) ?? [])
			.filter((save) => save.sequence >= latest.sequence)
			.map((save) => save.answer);
		if (!row || typeof row.response !== 'string' || !allowed.includes(row.response)) {
			lost.saves += count;
			problem(
				`${latest.attemptId} question ${latest.question}: acknowledged "${latest.answer}", stored ${
					row ? JSON.stringify(row.response) : 'nothing'
				}`
			);
		} else if (row.revision < count) {
			lost.saves += count - row.revision;
			problem(`${key}: ${count} saves acknowledged, revision ${row.revision}`);
		}
	}

	return {
		acknowledged: {
			joins: record.joins.size,
			starts: record.starts.size,
			saves: record.saves.length,
			submits: record.submits.size
		},
		lost,
		problems,
		corrupt,
		stored: {
			participants: participants.length,
			attempts: attemptRows.length,
			submitted: attemptRows.filter((row) => row.status === 'submitted').length,
			answers: answerRows.length
		}
	};
}
