import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/** What one learner has done: submitted quizzes and practice, as /me lists them. */

export interface PastQuiz {
	attemptId: string;
	moduleId: string;
	assignmentId: string | null;
	submittedAt: string;
	credit: number;
	maxCredit: number;
}

export interface PracticeDay {
	moduleId: string;
	/** The UTC day, YYYY-MM-DD. */
	day: string;
	reviews: number;
	/** Reviews answered right. */
	right: number;
	lastAt: string;
}

export async function listPastQuizzes(
	db: Kysely<Schema>,
	learnerId: string,
	limit = 50
): Promise<PastQuiz[]> {
	const rows = await db
		.selectFrom('attempts')
		.select(['id', 'module_id', 'assignment_id', 'submitted_at', 'credit', 'max_credit'])
		.where('learner_id', '=', learnerId)
		.where('status', '=', 'submitted')
		.orderBy('submitted_at', 'desc')
		.orderBy('id')
		.limit(limit)
		.execute();
	return rows.map((row) => ({
		attemptId: row.id,
		moduleId: row.module_id,
		assignmentId: row.assignment_id,
		submittedAt: row.submitted_at ?? '',
		credit: row.credit ?? 0,
		maxCredit: row.max_credit ?? 0
	}));
}

/** Practice reviews per module and day, newest first. */
export async function listPracticeDays(
	db: Kysely<Schema>,
	learnerId: string,
	limit = 200
): Promise<PracticeDay[]> {
	const rows = await db
		.selectFrom('review_logs')
		.select(['module_id', 'credit', 'reviewed_at'])
		.where('learner_id', '=', learnerId)
		.orderBy('reviewed_at', 'desc')
		.limit(limit)
		.execute();
	const days = new Map<string, PracticeDay>();
	for (const row of rows) {
		const day = row.reviewed_at.slice(0, 10);
		const key = `${row.module_id} ${day}`;
		const found = days.get(key);
		if (found) {
			found.reviews += 1;
			if (row.credit >= 1) found.right += 1;
		} else {
			days.set(key, {
				moduleId: row.module_id,
				day,
				reviews: 1,
				right: row.credit >= 1 ? 1 : 0,
				lastAt: row.reviewed_at
			});
		}
	}
	return [...days.values()];
}

/** One learner's practice of one module since a time, oldest first. */
export async function listPracticeLogsSince(
	db: Kysely<Schema>,
	learnerId: string,
	moduleId: string,
	since: string
): Promise<{ factId: string; credit: number; reviewedAt: string }[]> {
	const rows = await db
		.selectFrom('review_logs')
		.select(['fact_id', 'credit', 'reviewed_at'])
		.where('learner_id', '=', learnerId)
		.where('module_id', '=', moduleId)
		.where('reviewed_at', '>=', since)
		.orderBy('reviewed_at')
		.execute();
	return rows.map((row) => ({
		factId: row.fact_id,
		credit: row.credit,
		reviewedAt: row.reviewed_at
	}));
}
