import type { Response } from '$lib/quiz/question';
import type { ScoreResult } from '$lib/quiz/score/result';
import { parseJson, randomId, toTimestamp } from './codec';
import type { LiveAnswersTable, LiveDb, LivePlayersTable } from './live-tables';

/** The players of live sessions and their answers. */

export interface LivePlayer {
	id: string;
	sessionId: string;
	nickname: string;
	points: number;
	streak: number;
	streakIndex: number;
	kicked: boolean;
	joinedAt: string;
}

export interface LiveAnswer {
	playerId: string;
	questionIndex: number;
	response: Response;
	receivedAt: string;
	credit: number;
	points: number;
	result: ScoreResult;
}

/** A new player, or null when the nickname (as compared) is taken in the session. */
export async function insertLivePlayer(
	db: LiveDb,
	input: { sessionId: string; nickname: string; nameKey: string; tokenHash: string }
): Promise<LivePlayer | null> {
	const row: LivePlayersTable = {
		id: randomId('lp'),
		session_id: input.sessionId,
		nickname: input.nickname,
		name_key: input.nameKey,
		token_hash: input.tokenHash,
		points: 0,
		streak: 0,
		streak_index: -1,
		kicked: 0,
		joined_at: toTimestamp()
	};
	const inserted = await db
		.insertInto('live_players')
		.values(row)
		.onConflict((conflict) => conflict.doNothing())
		.executeTakeFirst();
	if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) !== 1) return null;
	await db
		.updateTable('live_sessions')
		.set((eb) => ({ player_count: eb('player_count', '+', 1) }))
		.where('id', '=', input.sessionId)
		.execute();
	return toLivePlayer(row);
}

export async function findLivePlayerByToken(db: LiveDb, tokenHash: string) {
	const row = await db
		.selectFrom('live_players')
		.selectAll()
		.where('token_hash', '=', tokenHash)
		.executeTakeFirst();
	return row && toLivePlayer(row);
}

/** The session's players, kicked ones included, in the order they joined. */
export async function listLivePlayers(db: LiveDb, sessionId: string): Promise<LivePlayer[]> {
	const rows = await db
		.selectFrom('live_players')
		.selectAll()
		.where('session_id', '=', sessionId)
		.orderBy('joined_at')
		.orderBy('id')
		.execute();
	return rows.map(toLivePlayer);
}

/** Marks the player kicked; false when there is no such player or they were kicked already. */
export async function kickLivePlayer(
	db: LiveDb,
	sessionId: string,
	playerId: string
): Promise<boolean> {
	const updated = await db
		.updateTable('live_players')
		.set({ kicked: 1 })
		.where('id', '=', playerId)
		.where('session_id', '=', sessionId)
		.where('kicked', '=', 0)
		.executeTakeFirst();
	if (updated.numUpdatedRows !== 1n) return false;
	await db
		.updateTable('live_sessions')
		.set((eb) => ({ player_count: eb('player_count', '-', 1) }))
		.where('id', '=', sessionId)
		.execute();
	return true;
}

/**
 * Whether the question is still open at `receivedAt` (the server's clock). With `share` (on
 * PostgreSQL) the session's row stays share-locked until the caller's transaction ends: answers
 * do not wait for one another, but a close waits for the answers being written, and an answer
 * waits for a close being written and then finds the question closed. So an answer taken is
 * never missing from the distribution the close reveals. SQLite runs one transaction at a time.
 */
export async function questionOpenFor(
	db: LiveDb,
	input: { sessionId: string; questionIndex: number; receivedAt: string; share: boolean }
): Promise<boolean> {
	let query = db
		.selectFrom('live_sessions')
		.select('id')
		.where('id', '=', input.sessionId)
		.where('phase', '=', 'question')
		.where('question_index', '=', input.questionIndex)
		.where((eb) => eb.or([eb('closes_at', 'is', null), eb('closes_at', '>', input.receivedAt)]));
	if (input.share) query = query.forShare();
	return (await query.executeTakeFirst()) !== undefined;
}

/** How many have answered the question. */
export async function countLiveAnswers(
	db: LiveDb,
	sessionId: string,
	questionIndex: number
): Promise<number> {
	const row = await db
		.selectFrom('live_answers')
		.select((eb) => eb.fn.countAll<string | number>().as('answered'))
		.where('session_id', '=', sessionId)
		.where('question_index', '=', questionIndex)
		.executeTakeFirstOrThrow();
	return Number(row.answered);
}

/** Records the player's first answer to the question; false when they had answered it already. */
export async function insertLiveAnswer(
	db: LiveDb,
	sessionId: string,
	answer: LiveAnswer
): Promise<boolean> {
	const row: LiveAnswersTable = {
		session_id: sessionId,
		player_id: answer.playerId,
		question_index: answer.questionIndex,
		response: JSON.stringify(answer.response),
		received_at: answer.receivedAt,
		credit: answer.credit,
		points: answer.points,
		result: JSON.stringify(answer.result)
	};
	const inserted = await db
		.insertInto('live_answers')
		.values(row)
		.onConflict((conflict) => conflict.doNothing())
		.executeTakeFirst();
	return Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function addLivePoints(
	db: LiveDb,
	playerId: string,
	change: { points: number; streak: number; streakIndex: number }
): Promise<void> {
	await db
		.updateTable('live_players')
		.set((eb) => ({
			points: eb('points', '+', change.points),
			streak: change.streak,
			streak_index: change.streakIndex
		}))
		.where('id', '=', playerId)
		.execute();
}

export async function findLiveAnswer(db: LiveDb, playerId: string, questionIndex: number) {
	const row = await db
		.selectFrom('live_answers')
		.selectAll()
		.where('player_id', '=', playerId)
		.where('question_index', '=', questionIndex)
		.executeTakeFirst();
	return row && toLiveAnswer(row);
}

/** Answers to one question, or to all (`questionIndex` absent), of the session. */
export async function listLiveAnswers(
	db: LiveDb,
	sessionId: string,
	questionIndex?: number
): Promise<LiveAnswer[]> {
	let query = db.selectFrom('live_answers').selectAll().where('session_id', '=', sessionId);
	if (questionIndex !== undefined) query = query.where('question_index', '=', questionIndex);
	const rows = await query.orderBy('received_at').execute();
	return rows.map(toLiveAnswer);
}

function toLivePlayer(row: LivePlayersTable): LivePlayer {
	return {
		id: row.id,
		sessionId: row.session_id,
		nickname: row.nickname,
		points: row.points,
		streak: row.streak,
		streakIndex: row.streak_index,
		kicked: row.kicked === 1,
		joinedAt: row.joined_at
	};
}

function toLiveAnswer(row: LiveAnswersTable): LiveAnswer {
	const place = `live_answers of ${row.player_id} question ${row.question_index}`;
	return {
		playerId: row.player_id,
		questionIndex: row.question_index,
		response: parseJson<Response>(row.response, `${place}: response`),
		receivedAt: row.received_at,
		credit: row.credit,
		points: row.points,
		result: parseJson<ScoreResult>(row.result, `${place}: result`)
	};
}
