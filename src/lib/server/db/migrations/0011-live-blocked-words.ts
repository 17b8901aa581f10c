import type { Kysely } from 'kysely';
import { z } from 'zod';

/*
 * The words a teacher refuses in live nicknames belong to the teacher, not to one game: each of
 * the teacher's games refuses them from then on. Words added to games before this migration are
 * kept for their teachers. `word_key` is the word as nicknames are compared with it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('live_blocked_words')
		.addColumn('teacher_id', 'text', (column) =>
			column.notNull().references('teachers.id').onDelete('cascade')
		)
		.addColumn('word_key', 'text', (column) => column.notNull())
		.addColumn('word', 'text', (column) => column.notNull())
		.addColumn('added_at', 'text', (column) => column.notNull())
		.addPrimaryKeyConstraint('live_blocked_words_pk', ['teacher_id', 'word_key'])
		.execute();
	const tables = db as Kysely<{
		live_sessions: { teacher_id: string; settings: string };
		live_blocked_words: { teacher_id: string; word_key: string; word: string; added_at: string };
	}>;
	const sessions = await tables
		.selectFrom('live_sessions')
		.select(['teacher_id', 'settings'])
		.execute();
	const now = new Date().toISOString();
	const seen = new Set<string>();
	for (const session of sessions) {
		const settings = storedWords.safeParse(safeJson(session.settings));
		for (const word of settings.success ? settings.data.blockedWords : []) {
			// As blockedWordKey (db/live-blocked-words.ts) makes it.
			const wordKey = word.normalize('NFKC').trim().toLocaleLowerCase('pl');
			if (seen.has(`${session.teacher_id} ${wordKey}`)) continue;
			seen.add(`${session.teacher_id} ${wordKey}`);
			await tables
				.insertInto('live_blocked_words')
				.values({ teacher_id: session.teacher_id, word_key: wordKey, word, added_at: now })
				.execute();
		}
	}
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('live_blocked_words').execute();
}

const storedWords = z.object({ blockedWords: z.array(z.string()) });

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}
