import type { Kysely } from 'kysely';
import { z } from 'zod';
import { QUESTION_TYPES } from '$lib/quiz/question';
import { parseJsonWith, randomId, toTimestamp } from './codec';
import type { AssignmentsTable, Schema } from './schema';

/** Class assignments: what a teacher set, found by id, by teacher or by join code. */

export const FEEDBACK_TIMINGS = ['immediate', 'after-submit', 'after-due', 'never'] as const;
export type FeedbackTiming = (typeof FEEDBACK_TIMINGS)[number];

/** What a teacher sets; the form's reader and the stored column are both parsed by it. */
export const assignmentSettingsSchema = z.object({
	count: z.number().int().min(1).max(40),
	/** Allowed question types; null for all. */
	types: z.array(z.enum(QUESTION_TYPES)).min(1).nullable(),
	/** Facts to include; null for all. */
	facts: z.array(z.string()).min(1).nullable(),
	timeLimitMinutes: z.number().int().min(1).max(600).nullable(),
	maxAttempts: z.number().int().min(1).max(20),
	opensAt: z.string().nullable(),
	dueAt: z.string().nullable(),
	openBook: z.boolean(),
	feedback: z.enum(FEEDBACK_TIMINGS),
	/** Each student gets the questions in their own order. */
	shuffle: z.boolean(),
	/** One quiz for the whole class, or a different one per student. */
	seedMode: z.enum(['shared', 'per-student']),
	seed: z.number().int()
});
export type AssignmentSettings = z.infer<typeof assignmentSettingsSchema>;

export interface Assignment {
	id: string;
	teacherId: string;
	moduleId: string;
	/** The published module version it scores against; null for a module file. */
	moduleVersionId: string | null;
	title: string;
	joinCode: string;
	settings: AssignmentSettings;
	createdAt: string;
}

export async function createAssignment(
	db: Kysely<Schema>,
	input: {
		teacherId: string;
		moduleId: string;
		/** The published module's version; absent or null for a module file. */
		moduleVersionId?: string | null;
		title: string;
		settings: AssignmentSettings;
		makeJoinCode: () => string;
	}
): Promise<Assignment> {
	// Codes are short, so a clash is possible though rare: try again with a new one.
	for (let tries = 0; ; tries++) {
		const row: AssignmentsTable = {
			id: randomId('as'),
			teacher_id: input.teacherId,
			module_id: input.moduleId,
			title: input.title,
			join_code: input.makeJoinCode(),
			settings: JSON.stringify(input.settings),
			created_at: toTimestamp(),
			module_version_id: input.moduleVersionId ?? null
		};
		const inserted = await db
			.insertInto('assignments')
			.values(row)
			.onConflict((conflict) => conflict.column('join_code').doNothing())
			.executeTakeFirst();
		if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) return toAssignment(row);
		if (tries >= 20) throw new Error('could not find a free join code after 20 tries');
	}
}

export async function listTeacherAssignments(db: Kysely<Schema>, teacherId: string) {
	const rows = await db
		.selectFrom('assignments')
		.selectAll()
		.where('teacher_id', '=', teacherId)
		.orderBy('created_at', 'desc')
		.orderBy('id')
		.execute();
	return rows.map((row) => toAssignment(row));
}

export async function findAssignment(db: Kysely<Schema>, assignmentId: string) {
	const row = await db
		.selectFrom('assignments')
		.selectAll()
		.where('id', '=', assignmentId)
		.executeTakeFirst();
	return row && toAssignment(row);
}

export async function findAssignmentByCode(db: Kysely<Schema>, joinCode: string) {
	const row = await db
		.selectFrom('assignments')
		.selectAll()
		.where('join_code', '=', joinCode)
		.executeTakeFirst();
	return row && toAssignment(row);
}

/** Deletes the assignment with its students, their attempts, answers and regrade records. */
export async function deleteAssignment(db: Kysely<Schema>, assignmentId: string): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const learners = await trx
			.selectFrom('participants')
			.select('learner_id')
			.where('assignment_id', '=', assignmentId)
			.execute();
		await trx.deleteFrom('assignments').where('id', '=', assignmentId).execute();
		if (learners.length > 0) {
			await trx
				.deleteFrom('learners')
				.where(
					'id',
					'in',
					learners.map((row) => row.learner_id)
				)
				.execute();
		}
	});
}

export function toAssignment(row: AssignmentsTable): Assignment {
	return {
		id: row.id,
		teacherId: row.teacher_id,
		moduleId: row.module_id,
		moduleVersionId: row.module_version_id,
		title: row.title,
		joinCode: row.join_code,
		settings: parseJsonWith(
			assignmentSettingsSchema,
			row.settings,
			`assignments.settings of ${row.id}`
		),
		createdAt: row.created_at
	};
}
