import { toTimestamp } from './codec';
import type { LiveDb } from './live-tables';

/** The words each teacher refuses in the nicknames of their live games. */

/** How many words a teacher may block. */
export const BLOCKED_WORDS_MAX = 500;

/** A word as compared for duplicates: "Banan" and "banan " are one word. */
export function blockedWordKey(word: string): string {
	return word.normalize('NFKC').trim().toLocaleLowerCase('pl');
}

/** Adds the words the teacher has not blocked yet, up to `BLOCKED_WORDS_MAX` in all. */
export async function addBlockedWords(
	db: LiveDb,
	teacherId: string,
	words: readonly string[]
): Promise<void> {
	const known = await listBlockedWords(db, teacherId);
	const keys = new Set(known.map(blockedWordKey));
	const now = toTimestamp();
	const rows = [];
	for (const word of words) {
		const wordKey = blockedWordKey(word);
		if (wordKey === '' || keys.has(wordKey)) continue;
		keys.add(wordKey);
		rows.push({ teacher_id: teacherId, word_key: wordKey, word: word.trim(), added_at: now });
	}
	const room = BLOCKED_WORDS_MAX - known.length;
	if (rows.length === 0 || room <= 0) return;
	await db
		.insertInto('live_blocked_words')
		.values(rows.slice(0, room))
		.onConflict((conflict) => conflict.columns(['teacher_id', 'word_key']).doNothing())
		.execute();
}

/** The teacher's blocked words, in the order of their keys. */
export async function listBlockedWords(db: LiveDb, teacherId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('live_blocked_words')
		.select('word')
		.where('teacher_id', '=', teacherId)
		.orderBy('word_key')
		.execute();
	return rows.map((row) => row.word);
}
