import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
	findModuleVersion,
	findNewestVersion,
	findPublishedModule,
	publishModule,
	unpublishModule
} from '$lib/server/db/authoring';
import { createAssignment, findAssignment } from '$lib/server/db/assignments';
import { createTeacher } from '$lib/server/db/teachers';
import * as moduleVersions from '$lib/server/db/migrations/0007-module-versions';
import { testEngines, useTestDatabase } from './engines';
import { assignmentSettings } from './factories';

const teacher = (email: string) => ({ email, displayName: email, passwordHash: 'x' });
const files = (value: string) => ({
	articleText: `# Article ${value}`,
	factsText: `facts: ${value}`
});
const joinCode = () => Math.random().toString(36).slice(2, 8).toUpperCase();

describe.each(await testEngines())('module versions on $name', (engine) => {
	describe('publishing', () => {
		const test = useTestDatabase(engine);

		it('keeps every published version, through a republish and an unpublish', async () => {
			const anna = await createTeacher(test.db, teacher('anna@school.pl'));
			const piotr = await createTeacher(test.db, teacher('piotr@school.pl'));
			if (!anna || !piotr) throw new Error('no teachers');
			const first = await publishModule(test.db, { id: 'm', teacherId: anna.id, ...files('1') });
			expect(first).toMatch(/^mv_[\w-]{22}$/);
			// Another teacher cannot publish over it, and leaves no version behind.
			expect(await publishModule(test.db, { id: 'm', teacherId: piotr.id, ...files('x') })).toBe(
				null
			);
			const second = await publishModule(test.db, { id: 'm', teacherId: anna.id, ...files('2') });
			expect(second).not.toBe(first);
			expect((await findPublishedModule(test.db, 'm'))?.versionId).toBe(second);

			expect(await unpublishModule(test.db, anna.id, 'm')).toBe(true);
			expect(await findPublishedModule(test.db, 'm')).toBeUndefined();
			const kept = await findModuleVersion(test.db, first ?? '');
			expect(kept).toMatchObject({ moduleId: 'm', teacherId: anna.id, factsText: 'facts: 1' });
			expect((await findNewestVersion(test.db, kept!)).id).toBe(second);
			const newest = await findModuleVersion(test.db, second ?? '');
			expect((await findNewestVersion(test.db, newest!)).id).toBe(second);
			const versions = await test.db.selectFrom('module_versions').select('id').execute();
			expect(versions).toHaveLength(2);
		});
	});

	describe('migration 0007', () => {
		const test = useTestDatabase(engine);

		it("makes each published module's text its first version, and its assignments refer to it", async () => {
			const anna = await createTeacher(test.db, teacher('anna@school.pl'));
			if (!anna) throw new Error('no teacher');
			// The database as 0007 finds it: a published module and assignments, no versions.
			await moduleVersions.down(test.db as never);
			await sql`INSERT INTO published_modules (id, teacher_id, article_md, facts_yaml, published_at, updated_at)
				VALUES ('m', ${anna.id}, '# A', 'facts: 1', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z')`.execute(
				test.db
			);
			const settings = JSON.stringify(assignmentSettings());
			for (const moduleId of ['m', 'kursk']) {
				await sql`INSERT INTO assignments (id, teacher_id, module_id, title, join_code, settings, created_at)
					VALUES (${`as_${moduleId}`}, ${anna.id}, ${moduleId}, 't', ${joinCode()}, ${settings}, '2026-01-03T00:00:00.000Z')`.execute(
					test.db
				);
			}
			await moduleVersions.up(test.db as never);

			const published = await findPublishedModule(test.db, 'm');
			expect(published?.versionId).toMatch(/^mv_/);
			const version = await findModuleVersion(test.db, published?.versionId ?? '');
			expect(version).toMatchObject({
				moduleId: 'm',
				teacherId: anna.id,
				articleText: '# A',
				factsText: 'facts: 1',
				createdAt: '2026-01-02T00:00:00.000Z'
			});
			expect((await findAssignment(test.db, 'as_m'))?.moduleVersionId).toBe(version?.id);
			// A module file has no versions in the database.
			expect((await findAssignment(test.db, 'as_kursk'))?.moduleVersionId).toBe(null);
			const made = await createAssignment(test.db, {
				teacherId: anna.id,
				moduleId: 'm',
				moduleVersionId: version?.id ?? null,
				title: 't',
				settings: assignmentSettings(),
				makeJoinCode: joinCode
			});
			expect((await findAssignment(test.db, made.id))?.moduleVersionId).toBe(version?.id);
		});
	});
});
