import type { Kysely } from 'kysely';
import { randomId } from './codec';
import { withLtiTables, type LtiContextsTable } from './lti-schema';
import type { Schema } from './schema';

/** LMS courses (contexts), the assignments linked to them, and the LMS users' seats. */

export interface LtiContext {
	id: string;
	issuer: string;
	clientId: string;
	contextId: string;
	title: string;
	teacherId: string;
}

function toContext(row: LtiContextsTable): LtiContext {
	return {
		id: row.id,
		issuer: row.issuer,
		clientId: row.client_id,
		contextId: row.context_id,
		title: row.title,
		teacherId: row.teacher_id
	};
}

export async function findContext(
	db: Kysely<Schema>,
	key: { issuer: string; clientId: string; contextId: string }
): Promise<LtiContext | undefined> {
	const row = await withLtiTables(db)
		.selectFrom('lti_contexts')
		.selectAll()
		.where('issuer', '=', key.issuer)
		.where('client_id', '=', key.clientId)
		.where('context_id', '=', key.contextId)
		.executeTakeFirst();
	return row && toContext(row);
}

/** The course's row, made with `teacherId` unless another launch made it first. */
export async function ensureContext(
	db: Kysely<Schema>,
	input: Omit<LtiContext, 'id'>
): Promise<LtiContext> {
	await withLtiTables(db)
		.insertInto('lti_contexts')
		.values({
			id: randomId('lc'),
			issuer: input.issuer,
			client_id: input.clientId,
			context_id: input.contextId,
			title: input.title,
			teacher_id: input.teacherId
		})
		.onConflict((conflict) => conflict.columns(['issuer', 'client_id', 'context_id']).doNothing())
		.execute();
	const found = await findContext(db, input);
	if (!found) throw new Error(`LTI context ${input.contextId} of ${input.issuer} not stored`);
	return found;
}

export async function insertLink(
	db: Kysely<Schema>,
	input: { assignmentId: string; contextRef: string; deploymentId: string }
): Promise<void> {
	await withLtiTables(db)
		.insertInto('lti_links')
		.values({
			assignment_id: input.assignmentId,
			context_ref: input.contextRef,
			deployment_id: input.deploymentId,
			line_item_url: null,
			memberships_url: null
		})
		.execute();
}

/** The assignment's link with its course, if it was made by deep linking. */
export async function findLink(db: Kysely<Schema>, assignmentId: string) {
	const row = await withLtiTables(db)
		.selectFrom('lti_links')
		.innerJoin('lti_contexts', 'lti_contexts.id', 'lti_links.context_ref')
		.selectAll('lti_contexts')
		.select([
			'lti_links.assignment_id',
			'lti_links.deployment_id',
			'lti_links.line_item_url',
			'lti_links.memberships_url'
		])
		.where('lti_links.assignment_id', '=', assignmentId)
		.executeTakeFirst();
	if (!row) return undefined;
	return {
		assignmentId: row.assignment_id,
		deploymentId: row.deployment_id,
		lineItemUrl: row.line_item_url,
		membershipsUrl: row.memberships_url,
		context: toContext(row)
	};
}

/** Remembers the service endpoints a launch named (they may appear or move between launches). */
export async function updateLinkServices(
	db: Kysely<Schema>,
	assignmentId: string,
	services: { lineItemUrl: string | null; membershipsUrl: string | null }
): Promise<void> {
	await withLtiTables(db)
		.updateTable('lti_links')
		.set({ line_item_url: services.lineItemUrl, memberships_url: services.membershipsUrl })
		.where('assignment_id', '=', assignmentId)
		.execute();
}

export async function findLearnerSeat(db: Kysely<Schema>, assignmentId: string, userId: string) {
	const row = await withLtiTables(db)
		.selectFrom('lti_learners')
		.select('participant_id')
		.where('assignment_id', '=', assignmentId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return row?.participant_id;
}

/** Links the LMS user to their seat; false when a launch at the same moment linked one first. */
export async function insertLearnerSeat(
	db: Kysely<Schema>,
	input: { assignmentId: string; userId: string; participantId: string }
): Promise<boolean> {
	const inserted = await withLtiTables(db)
		.insertInto('lti_learners')
		.values({
			assignment_id: input.assignmentId,
			user_id: input.userId,
			participant_id: input.participantId
		})
		.onConflict((conflict) => conflict.columns(['assignment_id', 'user_id']).doNothing())
		.executeTakeFirst();
	return Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** The LMS user of a seat's learner, with where their scores go. */
export async function findLearnerByLearnerId(db: Kysely<Schema>, learnerId: string) {
	return withLtiTables(db)
		.selectFrom('lti_learners')
		.innerJoin('participants', 'participants.id', 'lti_learners.participant_id')
		.innerJoin('lti_links', 'lti_links.assignment_id', 'lti_learners.assignment_id')
		.innerJoin('lti_contexts', 'lti_contexts.id', 'lti_links.context_ref')
		.select([
			'lti_learners.user_id',
			'lti_learners.assignment_id',
			'lti_links.line_item_url',
			'lti_contexts.issuer',
			'lti_contexts.client_id'
		])
		.where('participants.learner_id', '=', learnerId)
		.executeTakeFirst();
}

/** LMS user ids of the assignment's seats. */
export async function listLearnerUserIds(db: Kysely<Schema>, assignmentId: string) {
	const rows = await withLtiTables(db)
		.selectFrom('lti_learners')
		.select('user_id')
		.where('assignment_id', '=', assignmentId)
		.execute();
	return rows.map((row) => row.user_id);
}
