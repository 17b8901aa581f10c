import { z } from 'zod';
import { storedQuestions, type QuestionWithKey } from '$lib/quiz/question';
import { parseJson, parseJsonWith, randomId, toTimestamp } from './codec';
import type {
	LiveAudience,
	LiveDb,
	LiveEventsTable,
	LivePhase,
	LiveSessionsTable
} from './live-tables';

/** Live sessions and their numbered events. */

export const liveSettingsSchema = z.object({
	secondsPerQuestion: z.number().int().min(5).max(300),
	/** False: no points, no leaderboard; the projector shows only the class's distribution. */
	points: z.boolean(),
	/** For a fully right answer; partial credit earns its share. */
	basePoints: z.number().int().min(0).max(10_000),
	/** Most added for an instant answer, falling to nothing at the close; times the credit. */
	speedBonus: z.number().int().min(0).max(10_000),
	/** Added per right answer in a row after the first. */
	streakBonus: z.number().int().min(0).max(10_000),
	/** Words the teacher added to the refused nicknames' list. */
	blockedWords: z.array(z.string().min(1).max(40)).max(500)
});
export type LiveSettings = z.infer<typeof liveSettingsSchema>;

export const DEFAULT_LIVE_SETTINGS: LiveSettings = {
	secondsPerQuestion: 20,
	points: true,
	basePoints: 1000,
	speedBonus: 500,
	streakBonus: 100,
	blockedWords: []
};

export interface LiveSession {
	id: string;
	teacherId: string;
	assignmentId: string;
	joinCode: string;
	settings: LiveSettings;
	phase: LivePhase;
	questionIndex: number;
	openedAt: string | null;
	closesAt: string | null;
	pausedRemainingMs: number | null;
	playerCount: number;
	lastSeq: number;
	createdAt: string;
	endedAt: string | null;
}

export interface LiveEvent {
	sessionId: string;
	seq: number;
	kind: string;
	audience: LiveAudience;
	data: unknown;
}

type SessionRow = Omit<LiveSessionsTable, 'questions'>;

export async function createLiveSession(
	db: LiveDb,
	input: {
		teacherId: string;
		assignmentId: string;
		questions: QuestionWithKey[];
		settings: LiveSettings;
		makeJoinCode: () => string;
	}
): Promise<LiveSession> {
	for (let tries = 0; ; tries++) {
		const row: LiveSessionsTable = {
			id: randomId('ls'),
			teacher_id: input.teacherId,
			assignment_id: input.assignmentId,
			join_code: input.makeJoinCode(),
			questions: JSON.stringify(input.questions),
			settings: JSON.stringify(input.settings),
			phase: 'lobby',
			question_index: -1,
			opened_at: null,
			closes_at: null,
			paused_remaining_ms: null,
			player_count: 0,
			last_seq: 0,
			created_at: toTimestamp(),
			ended_at: null
		};
		const inserted = await db
			.insertInto('live_sessions')
			.values(row)
			.onConflict((conflict) => conflict.column('join_code').doNothing())
			.executeTakeFirst();
		if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) {
			return toLiveSession(row);
		}
		if (tries >= 20) throw new Error('could not find a free live join code after 20 tries');
	}
}

const SESSION_COLUMNS = [
	'id',
	'teacher_id',
	'assignment_id',
	'join_code',
	'settings',
	'phase',
	'question_index',
	'opened_at',
	'closes_at',
	'paused_remaining_ms',
	'player_count',
	'last_seq',
	'created_at',
	'ended_at'
] as const;

/** The session without its questions (which never change: callers keep them). */
export async function findLiveSessionState(db: LiveDb, sessionId: string) {
	const row = await db
		.selectFrom('live_sessions')
		.select(SESSION_COLUMNS)
		.where('id', '=', sessionId)
		.executeTakeFirst();
	return row && toLiveSession(row);
}

export async function findLiveSession(db: LiveDb, sessionId: string) {
	const row = await db
		.selectFrom('live_sessions')
		.select(SESSION_COLUMNS)
		.select('questions')
		.where('id', '=', sessionId)
		.executeTakeFirst();
	return row && withQuestions(row);
}

export async function findLiveSessionByCode(db: LiveDb, joinCode: string) {
	const row = await db
		.selectFrom('live_sessions')
		.select(SESSION_COLUMNS)
		.select('questions')
		.where('join_code', '=', joinCode)
		.executeTakeFirst();
	return row && withQuestions(row);
}

/** The teacher's sessions not ended, newest first. */
export async function listOpenLiveSessions(db: LiveDb, teacherId: string) {
	const rows = await db
		.selectFrom('live_sessions')
		.select(SESSION_COLUMNS)
		.select('questions')
		.where('teacher_id', '=', teacherId)
		.where('phase', '!=', 'ended')
		.orderBy('created_at', 'desc')
		.execute();
	return rows.map((row) => withQuestions(row).session);
}

function withQuestions(row: LiveSessionsTable): {
	session: LiveSession;
	questions: QuestionWithKey[];
} {
	const { questions: text, ...rest } = row;
	const questions = storedQuestions(
		parseJson<QuestionWithKey[]>(text, `live_sessions.questions of ${row.id}`)
	);
	return { session: toLiveSession(rest), questions };
}

export type SessionChange = Partial<
	Pick<
		LiveSessionsTable,
		| 'phase'
		| 'question_index'
		| 'opened_at'
		| 'closes_at'
		| 'paused_remaining_ms'
		| 'settings'
		| 'ended_at'
	>
>;

/**
 * Changes the session if it is still as `expected` says, and records the event announcing it, in
 * one transaction: of two instances acting at once (a "next" and a close by the clock) one wins,
 * the other gets null and announces nothing.
 */
export async function changeLiveSession(
	db: LiveDb,
	sessionId: string,
	expected: { phase?: readonly LivePhase[]; questionIndex?: number },
	change: SessionChange,
	event: (session: LiveSession, trx: LiveDb) => Promise<Omit<LiveEvent, 'sessionId' | 'seq'>>
): Promise<{ session: LiveSession; event: LiveEvent } | null> {
	return db.transaction().execute(async (trx) => {
		let update = trx
			.updateTable('live_sessions')
			.set((eb) => ({ ...change, last_seq: eb('last_seq', '+', 1) }))
			.where('id', '=', sessionId);
		if (expected.phase) update = update.where('phase', 'in', expected.phase);
		if (expected.questionIndex !== undefined) {
			update = update.where('question_index', '=', expected.questionIndex);
		}
		const row = await update.returning(SESSION_COLUMNS).executeTakeFirst();
		if (!row) return null;
		const session = toLiveSession(row);
		const made = await event(session, trx);
		const stored = await insertEvent(trx, { ...made, sessionId, seq: row.last_seq });
		return { session, event: stored };
	});
}

/** Takes the session's next event number and records the event (inside the caller's transaction). */
export async function appendLiveEvent(
	db: LiveDb,
	sessionId: string,
	event: Omit<LiveEvent, 'sessionId' | 'seq'>
): Promise<LiveEvent> {
	const row = await db
		.updateTable('live_sessions')
		.set((eb) => ({ last_seq: eb('last_seq', '+', 1) }))
		.where('id', '=', sessionId)
		.returning('last_seq')
		.executeTakeFirstOrThrow();
	return insertEvent(db, { ...event, sessionId, seq: row.last_seq });
}

async function insertEvent(db: LiveDb, event: LiveEvent): Promise<LiveEvent> {
	const row: LiveEventsTable = {
		session_id: event.sessionId,
		seq: event.seq,
		kind: event.kind,
		audience: event.audience,
		data: JSON.stringify(event.data),
		created_at: toTimestamp()
	};
	await db.insertInto('live_events').values(row).execute();
	return event;
}

/** The session's events after `afterSeq`, oldest first; a phone's list leaves out the staff's. */
export async function listLiveEventsAfter(
	db: LiveDb,
	sessionId: string,
	afterSeq: number,
	audience: LiveAudience
): Promise<LiveEvent[]> {
	let query = db
		.selectFrom('live_events')
		.selectAll()
		.where('session_id', '=', sessionId)
		.where('seq', '>', afterSeq);
	if (audience === 'all') query = query.where('audience', '=', 'all');
	const rows = await query.orderBy('seq').execute();
	return rows.map(toLiveEvent);
}

export async function findLiveEvent(db: LiveDb, sessionId: string, seq: number) {
	const row = await db
		.selectFrom('live_events')
		.selectAll()
		.where('session_id', '=', sessionId)
		.where('seq', '=', seq)
		.executeTakeFirst();
	return row && toLiveEvent(row);
}

function toLiveEvent(row: LiveEventsTable): LiveEvent {
	return {
		sessionId: row.session_id,
		seq: row.seq,
		kind: row.kind,
		audience: row.audience,
		data: parseJson<unknown>(row.data, `live_events ${row.session_id}#${row.seq}`)
	};
}

function toLiveSession(row: SessionRow): LiveSession {
	return {
		id: row.id,
		teacherId: row.teacher_id,
		assignmentId: row.assignment_id,
		joinCode: row.join_code,
		settings: parseJsonWith(
			liveSettingsSchema,
			row.settings,
			`live_sessions.settings of ${row.id}`
		),
		phase: row.phase,
		questionIndex: row.question_index,
		openedAt: row.opened_at,
		closesAt: row.closes_at,
		pausedRemainingMs: row.paused_remaining_ms,
		playerCount: row.player_count,
		lastSeq: row.last_seq,
		createdAt: row.created_at,
		endedAt: row.ended_at
	};
}
