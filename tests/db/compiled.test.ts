import { describe, expect, it } from 'vitest';
import { compiledOnce } from '$lib/server/db/compiled';
import { testEngines, useTestDatabase } from './engines';

describe.each(await testEngines())('queries compiled once on $name', (engine) => {
	const test = useTestDatabase(engine);

	const addLearner = compiledOnce((db, values: { id: string; createdAt: string }) =>
		db
			.insertInto('learners')
			.values({ id: values.id, created_at: values.createdAt })
			.returning(['id', 'created_at'])
	);
	const learnersSince = compiledOnce((db, values: { since: string; prefix: string }) =>
		db
			.selectFrom('learners')
			.select('id')
			.where('created_at', '>=', values.since)
			.where('id', 'like', values.prefix)
			.orderBy('id')
	);

	it('runs with the values of each call, as the query built anew would', async () => {
		const first = await addLearner(test.db, { id: 'l_compiled_1', createdAt: '2026-01-01' });
		const second = await addLearner(test.db, { id: 'l_compiled_2', createdAt: '2026-03-01' });
		expect([first.rows, second.rows]).toEqual([
			[{ id: 'l_compiled_1', created_at: '2026-01-01' }],
			[{ id: 'l_compiled_2', created_at: '2026-03-01' }]
		]);
		const since = (value: string) =>
			learnersSince(test.db, { since: value, prefix: 'l_compiled_%' }).then((result) =>
				result.rows.map((row) => row.id)
			);
		expect(await since('2025-12-31')).toEqual(['l_compiled_1', 'l_compiled_2']);
		expect(await since('2026-02-01')).toEqual(['l_compiled_2']);
		expect(await since('2026-04-01')).toEqual([]);
		const built = await test.db
			.selectFrom('learners')
			.select('id')
			.where('created_at', '>=', '2026-02-01')
			.where('id', 'like', 'l_compiled_%')
			.execute();
		expect(built).toEqual([{ id: 'l_compiled_2' }]);
	});

	it('runs inside a transaction, which rolls back what it wrote', async () => {
		await expect(
			test.db.transaction().execute(async (trx) => {
				await addLearner(trx, { id: 'l_compiled_rolled_back', createdAt: '2026-01-01' });
				expect(
					(await learnersSince(trx, { since: '', prefix: 'l_compiled_rolled%' })).rows
				).toEqual([{ id: 'l_compiled_rolled_back' }]);
				throw new Error('roll back');
			})
		).rejects.toThrow('roll back');
		expect(
			(await learnersSince(test.db, { since: '', prefix: 'l_compiled_rolled%' })).rows
		).toEqual([]);
	});

	it('refuses a value that did not become a parameter of the query', async () => {
		const ignoring = compiledOnce((db, values: { id: string; unused: string }) =>
			db.selectFrom('learners').select('id').where('id', '=', values.id)
		);
		await expect(ignoring(test.db, { id: 'l_x', unused: 'y' })).rejects.toThrow(
			'compiledOnce: "unused" did not become parameters of the query'
		);
	});
});
