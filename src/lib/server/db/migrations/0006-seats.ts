import { sql, type Kysely } from 'kysely';

/*
 * Seats that hold under races and re-joins. A student's name is one seat per assignment (its
 * comparable form, `name_key`, is unique there); the browser that joined is remembered
 * (`joined_from`, unique per assignment), so two joins sent at once from one browser make one
 * seat; the resume token is kept so that the teacher can show a student their link again; and a
 * teacher may let one student join again under their name (`rejoin_allowed`), which moves the
 * seat rather than making another.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('participants').addColumn('name_key', 'text').execute();
	await db.schema.alterTable('participants').addColumn('joined_from', 'text').execute();
	await db.schema.alterTable('participants').addColumn('resume_token', 'text').execute();
	await db.schema
		.alterTable('participants')
		.addColumn('rejoin_allowed', 'integer', (column) => column.notNull().defaultTo(0))
		.execute();

	// Seats made before this migration keep their names; a name already taken twice keeps its
	// later seats apart with the seat's id, so that the unique index can be made.
	const rows = await sql<{ id: string; assignment_id: string; display_name: string }>`
		SELECT id, assignment_id, display_name FROM participants ORDER BY joined_at, id
	`.execute(db);
	const taken = new Set<string>();
	for (const row of rows.rows) {
		const key = nameKeyOf(row.display_name);
		const unique = taken.has(`${row.assignment_id}\n${key}`) ? `${key}#${row.id}` : key;
		taken.add(`${row.assignment_id}\n${unique}`);
		await sql`UPDATE participants SET name_key = ${unique} WHERE id = ${row.id}`.execute(db);
	}

	await db.schema
		.createIndex('participants_name')
		.on('participants')
		.columns(['assignment_id', 'name_key'])
		.unique()
		.execute();
	await db.schema
		.createIndex('participants_joined_from')
		.on('participants')
		.columns(['assignment_id', 'joined_from'])
		.unique()
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropIndex('participants_joined_from').execute();
	await db.schema.dropIndex('participants_name').execute();
	await db.schema.alterTable('participants').dropColumn('rejoin_allowed').execute();
	await db.schema.alterTable('participants').dropColumn('resume_token').execute();
	await db.schema.alterTable('participants').dropColumn('joined_from').execute();
	await db.schema.alterTable('participants').dropColumn('name_key').execute();
}

/**
 * A name as it is compared: Unicode-normalised, spaces collapsed, case ignored ("Ola  Nowak" and
 * "ola nowak" are one student); diacritics count ("Łucja" is not "Lucja"). Kept here, not imported,
 * because a migration must not change when the app's rule later does.
 */
function nameKeyOf(name: string): string {
	return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('pl');
}
