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

/**
 * What the teacher left out of grading after the fact: items by their results key (the question
 * id with one quiz for the class, type and facts with one per student) and whole facts.
 */
export const exclusionsSchema = z.object({
	items: z.array(z.string().max(400)).max(200),
	facts: z.array(z.string().max(200)).max(200)
});
export type Exclusions = z.infer<typeof exclusionsSchema>;
export const NO_EXCLUSIONS: Exclusions = { items: [], facts: [] };

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
	archivedAt: string | null;
	exclusions: Exclusions;
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
			module_version_id: input.moduleVersionId ?? null,
			archived_at: null,
			exclusions: null
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

/** The teacher's assignments in use, or the archived ones. */
export async function listTeacherAssignments(
	db: Kysely<Schema>,
	teacherId: string,
	which: 'current' | 'archived' = 'current'
) {
	const rows = await db
		.selectFrom('assignments')
		.selectAll()
		.where('teacher_id', '=', teacherId)
		.where('archived_at', which === 'current' ? 'is' : 'is not', null)
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

export async function updateAssignment(
	db: Kysely<Schema>,
	assignmentId: string,
	change: { title: string; settings: AssignmentSettings }
): Promise<void> {
	await db
		.updateTable('assignments')
		.set({ title: change.title, settings: JSON.stringify(change.settings) })
		.where('id', '=', assignmentId)
		.execute();
}

/** Archives (with the time) or brings back (null) an assignment. */
export async function setArchivedAt(
	db: Kysely<Schema>,
	assignmentId: string,
	archivedAt: string | null
): Promise<void> {
	await db
		.updateTable('assignments')
		.set({ archived_at: archivedAt })
		.where('id', '=', assignmentId)
		.execute();
}

/** Whether any student has started an attempt: the question set is fixed from then on. */
export async function hasAttempts(db: Kysely<Schema>, assignmentId: string): Promise<boolean> {
	const row = await db
		.selectFrom('attempts')
		.select('id')
		.where('assignment_id', '=', assignmentId)
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
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
		createdAt: row.created_at,
		archivedAt: row.archived_at,
		exclusions:
			row.exclusions === null
				? NO_EXCLUSIONS
				: parseJsonWith(exclusionsSchema, row.exclusions, `assignments.exclusions of ${row.id}`)
	};
}
