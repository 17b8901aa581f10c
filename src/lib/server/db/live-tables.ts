import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/**
 * The live-mode tables (migrations 0009 and 0011), as the database stores them. Kept beside the app's
 * schema rather than in it: only the live repositories read them, through `liveTables`.
 */

export type LivePhase = 'lobby' | 'question' | 'reveal' | 'leaderboard' | 'ended';
export type LiveAudience = 'all' | 'staff';

export interface LiveSessionsTable {
	id: string;
	teacher_id: string;
	/** Where the players' attempts are stored at the end (made for a session started from a module). */
	assignment_id: string;
	join_code: string;
	/** JSON of `QuestionWithKey[]`: holds the keys, never sent as is. */
	questions: string;
	/** JSON of `LiveSettings`. */
	settings: string;
	phase: LivePhase;
	/** -1 in the lobby, then the index of the question asked or last asked. */
	question_index: number;
	/** By the server's clock; moved on by a pause so that elapsed time excludes it. */
	opened_at: string | null;
	/** Null while a question is paused. */
	closes_at: string | null;
	paused_remaining_ms: number | null;
	/** Players not kicked. */
	player_count: number;
	/** The last event's number. */
	last_seq: number;
	created_at: string;
	ended_at: string | null;
}

export interface LivePlayersTable {
	id: string;
	session_id: string;
	nickname: string;
	name_key: string;
	/** SHA-256 (hex) of the phone's token (its cookie). */
	token_hash: string;
	points: number;
	/** Right answers in a row, ending at `streak_index`. */
	streak: number;
	streak_index: number;
	kicked: number;
	joined_at: string;
}

export interface LiveAnswersTable {
	session_id: string;
	player_id: string;
	question_index: number;
	/** JSON of the `Response`. */
	response: string;
	received_at: string;
	credit: number;
	points: number;
	/** JSON of the `ScoreResult`. */
	result: string;
}

export interface LiveEventsTable {
	session_id: string;
	seq: number;
	kind: string;
	audience: LiveAudience;
	/** JSON of the event's data. */
	data: string;
	created_at: string;
}

export interface LiveBlockedWordsTable {
	teacher_id: string;
	/** The word as compared for duplicates (`blockedWordKey`). */
	word_key: string;
	/** The word as the teacher typed it. */
	word: string;
	added_at: string;
}

// A type, not an interface: kysely's withTables needs an index-signature-compatible record.
export type LiveTables = {
	live_sessions: LiveSessionsTable;
	live_players: LivePlayersTable;
	live_answers: LiveAnswersTable;
	live_events: LiveEventsTable;
	live_blocked_words: LiveBlockedWordsTable;
};

export type LiveDb = Kysely<Schema & LiveTables>;

export function liveTables(db: Kysely<Schema>): LiveDb {
	return db.withTables<LiveTables>();
}
