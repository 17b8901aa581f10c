import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { parseJson, toTimestamp } from './codec';
import type { Schema } from './schema';

/** Drafts of modules written in the app, and the modules published from them. */

export interface ModuleDraft<State = unknown> {
	id: string;
	teacherId: string;
	title: string;
	state: State;
	revision: number;
	createdAt: string;
	updatedAt: string;
}

export interface PublishedModuleFiles {
	id: string;
	teacherId: string;
	articleText: string;
	factsText: string;
	publishedAt: string;
	updatedAt: string;
	versionId: string | null;
}

export async function createDraft<State>(
	db: Kysely<Schema>,
	input: { teacherId: string; title: string; state: State }
): Promise<ModuleDraft<State>> {
	const now = toTimestamp();
	const row = {
		id: `d_${randomBytes(16).toString('base64url')}`,
		teacher_id: input.teacherId,
		title: input.title,
		state: JSON.stringify(input.state),
		revision: 1,
		created_at: now,
		updated_at: now
	};
	await db.insertInto('module_drafts').values(row).execute();
	return toDraft<State>(row);
}

/** The teacher's own draft, or undefined; its state is for the caller to parse. */
export async function findDraft(db: Kysely<Schema>, teacherId: string, draftId: string) {
	const row = await db
		.selectFrom('module_drafts')
		.selectAll()
		.where('id', '=', draftId)
		.where('teacher_id', '=', teacherId)
		.executeTakeFirst();
	return row && toDraft<unknown>(row);
}

export async function listDrafts(db: Kysely<Schema>, teacherId: string) {
	const rows = await db
		.selectFrom('module_drafts')
		.select(['id', 'title', 'updated_at'])
		.where('teacher_id', '=', teacherId)
		.orderBy('updated_at', 'desc')
		.execute();
	return rows.map((row) => ({ id: row.id, title: row.title, updatedAt: row.updated_at }));
}

/**
 * Saves the draft; the last save wins, since each one carries the whole review (the page sends
 * its saves one at a time, in order). Returns the new revision, or null for an unknown draft.
 */
export async function saveDraft<State>(
	db: Kysely<Schema>,
	input: { teacherId: string; draftId: string; title: string; state: State }
): Promise<number | null> {
	const result = await db
		.updateTable('module_drafts')
		.set((eb) => ({
			title: input.title,
			state: JSON.stringify(input.state),
			revision: eb('revision', '+', 1),
			updated_at: toTimestamp()
		}))
		.where('id', '=', input.draftId)
		.where('teacher_id', '=', input.teacherId)
		.returning('revision')
		.executeTakeFirst();
	return result?.revision ?? null;
}

export async function deleteDraft(db: Kysely<Schema>, teacherId: string, draftId: string) {
	await db
		.deleteFrom('module_drafts')
		.where('id', '=', draftId)
		.where('teacher_id', '=', teacherId)
		.execute();
}

/**
 * Publishes (or republishes, by the same teacher) a module's files as a new version, kept for
 * good: assignments made from an earlier version go on scoring against it. Returns the new
 * version's id, or null when the id is another teacher's.
 */
export async function publishModule(
	db: Kysely<Schema>,
	input: { id: string; teacherId: string; articleText: string; factsText: string }
): Promise<string | null> {
	const now = toTimestamp();
	const versionId = `mv_${randomBytes(16).toString('base64url')}`;
	return db.transaction().execute(async (trx) => {
		const result = await trx
			.insertInto('published_modules')
			.values({
				id: input.id,
				teacher_id: input.teacherId,
				article_md: input.articleText,
				facts_yaml: input.factsText,
				published_at: now,
				updated_at: now,
				version_id: versionId
			})
			.onConflict((conflict) =>
				conflict
					.column('id')
					.doUpdateSet((eb) => ({
						article_md: eb.ref('excluded.article_md'),
						facts_yaml: eb.ref('excluded.facts_yaml'),
						updated_at: eb.ref('excluded.updated_at'),
						version_id: eb.ref('excluded.version_id')
					}))
					.where('published_modules.teacher_id', '=', input.teacherId)
			)
			.executeTakeFirst();
		if (Number(result.numInsertedOrUpdatedRows ?? 0n) !== 1) return null;
		await trx
			.insertInto('module_versions')
			.values({
				id: versionId,
				module_id: input.id,
				teacher_id: input.teacherId,
				article_md: input.articleText,
				facts_yaml: input.factsText,
				created_at: now
			})
			.execute();
		return versionId;
	});
}

export interface ModuleVersion {
	id: string;
	moduleId: string;
	teacherId: string;
	articleText: string;
	factsText: string;
	createdAt: string;
}

/** One version of a published module, whether or not the module is still published. */
export async function findModuleVersion(
	db: Kysely<Schema>,
	versionId: string
): Promise<ModuleVersion | undefined> {
	const row = await db
		.selectFrom('module_versions')
		.selectAll()
		.where('id', '=', versionId)
		.executeTakeFirst();
	return (
		row && {
			id: row.id,
			moduleId: row.module_id,
			teacherId: row.teacher_id,
			articleText: row.article_md,
			factsText: row.facts_yaml,
			createdAt: row.created_at
		}
	);
}

/**
 * The newest version its publisher made of the module a version belongs to (published now or
 * not), without its texts; the version itself when there is none newer.
 */
export async function findNewestVersion(db: Kysely<Schema>, version: ModuleVersion) {
	const row = await db
		.selectFrom('module_versions')
		.select(['id', 'created_at'])
		.where('module_id', '=', version.moduleId)
		.where('teacher_id', '=', version.teacherId)
		.orderBy('created_at', 'desc')
		.orderBy('id', 'desc')
		.executeTakeFirst();
	return row && row.created_at > version.createdAt
		? { id: row.id, createdAt: row.created_at }
		: { id: version.id, createdAt: version.createdAt };
}

/** Ids and versions only: cheap enough to ask on every request. */
export async function listPublishedVersions(db: Kysely<Schema>) {
	const rows = await db
		.selectFrom('published_modules')
		.select(['id', 'updated_at'])
		.orderBy('id')
		.execute();
	return rows.map((row) => ({ id: row.id, updatedAt: row.updated_at }));
}

export async function findPublishedModule(
	db: Kysely<Schema>,
	id: string
): Promise<PublishedModuleFiles | undefined> {
	const row = await db
		.selectFrom('published_modules')
		.selectAll()
		.where('id', '=', id)
		.executeTakeFirst();
	return (
		row && {
			id: row.id,
			teacherId: row.teacher_id,
			articleText: row.article_md,
			factsText: row.facts_yaml,
			publishedAt: row.published_at,
			updatedAt: row.updated_at,
			versionId: row.version_id
		}
	);
}

/**
 * Takes the module off the list for new quizzes and assignments; its versions stay, so the
 * assignments made from them go on as they were.
 */
export async function unpublishModule(db: Kysely<Schema>, teacherId: string, id: string) {
	const result = await db
		.deleteFrom('published_modules')
		.where('id', '=', id)
		.where('teacher_id', '=', teacherId)
		.executeTakeFirst();
	return result.numDeletedRows === 1n;
}

function toDraft<State>(row: Schema['module_drafts']): ModuleDraft<State> {
	return {
		id: row.id,
		teacherId: row.teacher_id,
		title: row.title,
		state: parseJson<State>(row.state, `module_drafts.state of ${row.id}`),
		revision: row.revision,
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}

export async function listTeacherPublished(db: Kysely<Schema>, teacherId: string) {
	const rows = await db
		.selectFrom('published_modules')
		.select(['id', 'updated_at'])
		.where('teacher_id', '=', teacherId)
		.orderBy('id')
		.execute();
	return rows.map((row) => ({ id: row.id, updatedAt: row.updated_at }));
}
