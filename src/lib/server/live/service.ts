import { createHash, randomBytes, randomInt } from 'node:crypto';
import { generateQuiz } from '$lib/quiz/generate';
import type { QuizModule } from '$lib/quiz/module';
import {
	publicQuestion,
	type PublicQuestion,
	type QuestionType,
	type QuestionWithKey,
	type Response
} from '$lib/quiz/question';
import { scoreQuestion } from '$lib/quiz/score';
import { hasResponse } from '$lib/quiz/score/attempt';
import type { ScoreResult, Verdict } from '$lib/quiz/score/result';
import { JOIN_LIMIT, makeJoinCode, normalizeJoinCode } from '../assignments';
import { createAssignment, type Assignment, type AssignmentSettings } from '../db/assignments';
import { storeLiveAttempts } from '../db/live-attempts';
import { addBlockedWords, blockedWordKey, listBlockedWords } from '../db/live-blocked-words';
import type { AppDatabase } from '../db/database';
import { toTimestamp } from '../db/codec';
import {
	addLivePoints,
	countLiveAnswers,
	findLiveAnswer,
	findLivePlayerByToken,
	insertLiveAnswer,
	insertLivePlayer,
	kickLivePlayer,
	listLiveAnswers,
	listLivePlayers,
	questionOpenFor,
	type LiveAnswer,
	type LivePlayer
} from '../db/live-players';
import {
	appendLiveEvent,
	changeLiveSession,
	createLiveSession,
	findLiveSession,
	findLiveSessionByCode,
	findLiveSessionState,
	listLiveEventsAfter,
	liveSettingsSchema,
	type LiveEvent,
	type LiveSession,
	type LiveSettings,
	type SessionChange
} from '../db/live-sessions';
import { liveTables, type LiveAudience, type LiveDb, type LivePhase } from '../db/live-tables';
import { listParticipants, nameKeyOf } from '../db/participants';
import { newLearnerId } from '../learner';
import { hitRateLimit, peekRateLimit } from '../db/rate-limits';
import type { LiveChannel, LiveListener, LiveMessage } from './channel';
import { offensiveWordIn } from './nicknames';
import { pointsFor } from './points';

/**
 * Live mode: a teacher-paced game. Everything that decides the game (phase, question, when it
 * opened and closes, answers, points) is in the database and decided by this server's clock, so
 * any instance can serve any client; events go out through the channel after they are committed.
 */

/**
 * Every type: a phone answers with a tap, a short text, move-up/move-down buttons (ordering) or
 * a select per row (matching), scored as everywhere else (partial credit included).
 */
export const LIVE_QUESTION_TYPES = [
	'single-choice',
	'true-false',
	'multiple-response',
	'numeric',
	'cloze',
	'short-answer',
	'ordering',
	'matching'
] as const satisfies readonly QuestionType[];

export const NICKNAME_MAX_LENGTH = 24;
export const LIVE_MAX_QUESTIONS = 40;
const LEADERBOARD_SIZE = 10;
const PROGRESS_EVERY_MS = 250;

export interface LiveContext {
	database: AppDatabase;
	channel: LiveChannel;
	/** The module an assignment's attempts are made from and scored against. */
	loadModule(
		assignment: Pick<Assignment, 'moduleId' | 'moduleVersionId'>
	): Promise<QuizModule | undefined>;
	findAssignment(assignmentId: string): Promise<Assignment | undefined>;
}

export type JoinRefusal =
	| 'rate-limited'
	| 'unknown-code'
	| 'ended'
	| 'name-missing'
	| 'name-too-long'
	| 'name-taken'
	| 'name-refused';

export type AnswerRefusal = 'closed' | 'answered' | 'kicked' | 'not-current';

export interface RankedPlayer {
	id: string;
	nickname: string;
	points: number;
	rank: number;
}

export type Distribution =
	| {
			kind: 'choices';
			rows: { id: string; text: string; count: number; correct: boolean }[];
			unanswered: number;
	  }
	| {
			kind: 'typed';
			correct: number;
			partial: number;
			incorrect: number;
			unanswered: number;
			/** The commonest answers as typed, most frequent first. */
			common: { text: string; count: number; verdict: Verdict }[];
	  };

export interface Reveal {
	index: number;
	distribution: Distribution;
	/** The right answer as words: the right choices' texts, or the figure or phrase. */
	key: string[];
	evidence: string[];
	answered: number;
}

/** What the projector and the control view show; both read it whole after each event. */
export interface StaffView {
	session: LiveSession;
	questionCount: number;
	players: (LivePlayer & { answered: boolean })[];
	/** The question asked (or last asked), as phones see it. */
	question: PublicQuestion | null;
	reveal: Reveal | null;
	leaderboard: RankedPlayer[];
	/** How many have answered the question asked (or last asked). */
	answered: number;
	/** Words refused in nicknames: the teacher's list. */
	blockedWords: string[];
	serverNow: number;
}

export interface PhoneView {
	player: LivePlayer;
	session: Pick<
		LiveSession,
		| 'id'
		| 'joinCode'
		| 'phase'
		| 'questionIndex'
		| 'closesAt'
		| 'pausedRemainingMs'
		| 'lastSeq'
		| 'settings'
	>;
	questionCount: number;
	question: PublicQuestion | null;
	/** The player's answer to the question shown, as sent: a reloaded phone shows it again. */
	response: Response | null;
	/** After the close: how the answer was scored. */
	outcome: { verdict: Verdict; credit: number; points: number } | null;
	reveal: Pick<Reveal, 'key' | 'evidence'> | null;
	rank: number | null;
	podium: RankedPlayer[];
	serverNow: number;
}

export class LiveService {
	private readonly db: LiveDb;
	private readonly questions = new Map<string, QuestionWithKey[]>();
	private readonly modules = new Map<string, QuizModule>();
	private readonly closeTimers = new Map<string, ReturnType<typeof setTimeout>>();
	private readonly progressTimers = new Map<string, ReturnType<typeof setTimeout>>();

	constructor(private readonly context: LiveContext) {
		this.db = liveTables(context.database.db);
	}

	// Starting

	/** A session of the assignment's questions (of the types a phone can answer). */
	async createSession(input: {
		teacherId: string;
		assignment: Assignment;
		settings: LiveSettings;
	}): Promise<
		{ ok: true; session: LiveSession } | { ok: false; reason: 'no-module' | 'no-questions' }
	> {
		const module = await this.context.loadModule(input.assignment);
		if (!module) return { ok: false, reason: 'no-module' };
		const { settings } = input.assignment;
		const allowed = LIVE_QUESTION_TYPES.filter(
			(type) => !settings.types || settings.types.includes(type)
		);
		const questions =
			allowed.length === 0
				? []
				: generateQuiz(
						module,
						{
							count: Math.min(settings.count, LIVE_MAX_QUESTIONS),
							types: allowed,
							...(settings.facts ? { facts: settings.facts } : {})
						},
						settings.seed
					).questions;
		if (questions.length === 0) return { ok: false, reason: 'no-questions' };
		const session = await createLiveSession(this.db, {
			teacherId: input.teacherId,
			assignmentId: input.assignment.id,
			questions,
			settings: liveSettingsSchema.parse(input.settings),
			makeJoinCode
		});
		return { ok: true, session };
	}

	/**
	 * A session straight from a module: an assignment is made for it (shown among the teacher's
	 * assignments), where the players' attempts land at the end.
	 */
	async createSessionFromModule(input: {
		teacherId: string;
		served: { module: QuizModule; versionId: string | null };
		title: string;
		count: number;
		settings: LiveSettings;
	}) {
		const assignmentSettings: AssignmentSettings = {
			count: Math.min(input.count, LIVE_MAX_QUESTIONS),
			types: [...LIVE_QUESTION_TYPES],
			facts: null,
			timeLimitMinutes: null,
			maxAttempts: 1,
			opensAt: null,
			dueAt: null,
			openBook: false,
			feedback: 'after-submit',
			shuffle: false,
			seedMode: 'shared',
			seed: randomInt(1, 1_000_000_000)
		};
		const assignment = await createAssignment(this.context.database.db, {
			teacherId: input.teacherId,
			moduleId: input.served.module.id,
			moduleVersionId: input.served.versionId,
			title: input.title,
			settings: assignmentSettings,
			makeJoinCode
		});
		return this.createSession({ teacherId: input.teacherId, assignment, settings: input.settings });
	}

	async findSession(sessionId: string): Promise<LiveSession | null> {
		if (!/^ls_[A-Za-z0-9_-]{22}$/.test(sessionId)) return null;
		return (await findLiveSessionState(this.db, sessionId)) ?? null;
	}

	async findSessionByCode(code: string): Promise<LiveSession | null> {
		const found = await findLiveSessionByCode(this.db, normalizeJoinCode(code));
		if (!found) return null;
		this.keepQuestions(found.session.id, found.questions);
		return found.session;
	}

	// Players

	/**
	 * A phone joins. Wrong codes count against the client's address as assignment joins do: past
	 * the limit every join from it is refused, right code or not, so guessing codes tells nothing.
	 */
	async join(
		code: string,
		typedNickname: string,
		clientAddress: string
	): Promise<
		| { ok: true; player: LivePlayer; token: string; session: LiveSession }
		| { ok: false; reason: JoinRefusal }
	> {
		const nickname = typedNickname.normalize('NFKC').trim().replace(/\s+/g, ' ');
		if (nickname === '') return { ok: false, reason: 'name-missing' };
		if ([...nickname].length > NICKNAME_MAX_LENGTH) return { ok: false, reason: 'name-too-long' };
		const { refusals, windowMs } = JOIN_LIMIT;
		const db = this.context.database.db;
		const addressKey = `live-join:${clientAddress}`;
		if (!(await peekRateLimit(db, addressKey, refusals, windowMs)).allowed) {
			return { ok: false, reason: 'rate-limited' };
		}
		const session = await this.findSessionByCode(code);
		if (!session) {
			const hit = await hitRateLimit(db, addressKey, refusals, windowMs);
			return { ok: false, reason: hit.allowed ? 'unknown-code' : 'rate-limited' };
		}
		if (session.phase === 'ended') return { ok: false, reason: 'ended' };
		if (offensiveWordIn(nickname, await this.blockedWordsOf(session))) {
			return { ok: false, reason: 'name-refused' };
		}
		const token = randomBytes(18).toString('base64url');
		const joined = await this.db.transaction().execute(async (trx) => {
			const player = await insertLivePlayer(trx, {
				sessionId: session.id,
				nickname,
				nameKey: nameKeyOf(nickname),
				tokenHash: tokenHashOf(token)
			});
			if (!player) return null;
			const event = await appendLiveEvent(trx, session.id, {
				kind: 'joined',
				audience: 'staff',
				data: { id: player.id, nickname: player.nickname }
			});
			return { player, event };
		});
		if (!joined) return { ok: false, reason: 'name-taken' };
		this.announce(joined.event);
		return { ok: true, player: joined.player, token, session };
	}

	async playerByToken(token: string | undefined): Promise<LivePlayer | null> {
		if (!token || !/^[A-Za-z0-9_-]{24}$/.test(token)) return null;
		return (await findLivePlayerByToken(this.db, tokenHashOf(token))) ?? null;
	}

	async kick(session: LiveSession, playerId: string): Promise<boolean> {
		const kicked = await this.db.transaction().execute(async (trx) => {
			if (!(await kickLivePlayer(trx, session.id, playerId))) return null;
			return appendLiveEvent(trx, session.id, {
				kind: 'kicked',
				audience: 'all',
				data: { playerId }
			});
		});
		if (!kicked) return false;
		this.announce(kicked);
		const now = await findLiveSessionState(this.db, session.id);
		if (
			now?.phase === 'question' &&
			now.playerCount > 0 &&
			(await countLiveAnswers(this.db, session.id, now.questionIndex)) >= now.playerCount
		) {
			await this.closeQuestion(session.id, now.questionIndex);
		}
		return true;
	}

	/**
	 * Adds words to the teacher's refused nicknames, in this game and the teacher's others (players
	 * already in stay: kick them). Returns the teacher's words.
	 */
	async blockWords(session: LiveSession, words: string[]): Promise<string[]> {
		await addBlockedWords(this.db, session.teacherId, words);
		const changed = await changeLiveSession(this.db, session.id, {}, {}, async () => ({
			kind: 'settings',
			audience: 'staff',
			data: {}
		}));
		if (changed) this.announce(changed.event);
		return this.blockedWordsOf(session);
	}

	/** Words refused in the session's nicknames: the teacher's, and any the game had of its own. */
	private async blockedWordsOf(session: LiveSession): Promise<string[]> {
		const teacherWords = await listBlockedWords(this.db, session.teacherId);
		const keys = new Set(teacherWords.map(blockedWordKey));
		return [
			...teacherWords,
			...session.settings.blockedWords.filter((word) => !keys.has(blockedWordKey(word)))
		];
	}

	// The game, as the teacher moves it on

	/** Start, or the next step: question → its reveal → leaderboard → next question … → podium. */
	async next(sessionId: string): Promise<LiveSession | null> {
		const session = await findLiveSessionState(this.db, sessionId);
		if (!session) return null;
		const count = (await this.questionsOf(sessionId)).length;
		switch (session.phase) {
			case 'lobby':
				return this.openQuestion(session, 0);
			case 'question':
				return this.closeQuestion(sessionId, session.questionIndex);
			case 'reveal':
				if (session.questionIndex >= count - 1) return this.end(sessionId);
				if (session.settings.points) return this.showLeaderboard(session);
				return this.openQuestion(session, session.questionIndex + 1);
			case 'leaderboard':
				return this.openQuestion(session, session.questionIndex + 1);
			case 'ended':
				return session;
		}
	}

	private async openQuestion(session: LiveSession, index: number): Promise<LiveSession | null> {
		const questions = await this.questionsOf(session.id);
		const question = questions[index];
		if (!question) return this.end(session.id);
		const durationMs = session.settings.secondsPerQuestion * 1000;
		const opened = Date.now();
		const closesAt = toTimestamp(new Date(opened + durationMs));
		const changed = await this.change(
			session.id,
			{ phase: ['lobby', 'reveal', 'leaderboard'], questionIndex: session.questionIndex },
			{
				phase: 'question',
				question_index: index,
				opened_at: toTimestamp(new Date(opened)),
				closes_at: closesAt,
				paused_remaining_ms: null
			},
			async () => ({
				kind: 'question',
				audience: 'all',
				data: {
					index,
					count: questions.length,
					question: publicQuestion(question, index),
					closesAt,
					durationMs
				}
			})
		);
		if (changed) this.scheduleClose(session.id, index, opened + durationMs);
		return changed;
	}

	/** Closes the question (by the clock, by "next", or when everyone has answered) and reveals it. */
	async closeQuestion(sessionId: string, index: number): Promise<LiveSession | null> {
		this.clearTimer(this.closeTimers, sessionId);
		const questions = await this.questionsOf(sessionId);
		const question = questions[index];
		if (!question) return null;
		return this.change(
			sessionId,
			{ phase: ['question'], questionIndex: index },
			{ phase: 'reveal', closes_at: toTimestamp(), paused_remaining_ms: null },
			async (session, trx) => ({
				kind: 'reveal',
				audience: 'all',
				data: revealOf(question, index, await listLiveAnswers(trx, sessionId, index), session)
			})
		);
	}

	private async showLeaderboard(session: LiveSession): Promise<LiveSession | null> {
		return this.change(
			session.id,
			{ phase: ['reveal'], questionIndex: session.questionIndex },
			{ phase: 'leaderboard' },
			async (_, trx) => ({
				kind: 'leaderboard',
				audience: 'all',
				data: {
					index: session.questionIndex,
					top: ranked(await listLivePlayers(trx, session.id)).slice(0, LEADERBOARD_SIZE)
				}
			})
		);
	}

	async pause(sessionId: string): Promise<LiveSession | null> {
		const session = await findLiveSessionState(this.db, sessionId);
		if (!session || session.phase !== 'question' || session.closesAt === null)
			return session ?? null;
		const remainingMs = Math.max(0, Date.parse(session.closesAt) - Date.now());
		const changed = await this.change(
			sessionId,
			{ phase: ['question'], questionIndex: session.questionIndex },
			{ closes_at: null, paused_remaining_ms: remainingMs },
			async () => ({
				kind: 'paused',
				audience: 'all',
				data: { index: session.questionIndex, remainingMs }
			})
		);
		if (changed) this.clearTimer(this.closeTimers, sessionId);
		return changed;
	}

	async resume(sessionId: string): Promise<LiveSession | null> {
		const session = await findLiveSessionState(this.db, sessionId);
		if (!session || session.phase !== 'question' || session.pausedRemainingMs === null) {
			return session ?? null;
		}
		const remaining = session.pausedRemainingMs;
		const durationMs = session.settings.secondsPerQuestion * 1000;
		const closes = Date.now() + remaining;
		const closesAt = toTimestamp(new Date(closes));
		const changed = await this.change(
			sessionId,
			{ phase: ['question'], questionIndex: session.questionIndex },
			{
				closes_at: closesAt,
				// Elapsed time, and so the speed bonus, leaves the pause out.
				opened_at: toTimestamp(new Date(closes - durationMs)),
				paused_remaining_ms: null
			},
			async () => ({
				kind: 'resumed',
				audience: 'all',
				data: { index: session.questionIndex, closesAt }
			})
		);
		if (changed) this.scheduleClose(sessionId, session.questionIndex, closes);
		return changed;
	}

	/** Ends the game (from any phase): the podium, then each player's attempt is stored. */
	async end(sessionId: string): Promise<LiveSession | null> {
		this.clearTimer(this.closeTimers, sessionId);
		const ended = await this.change(
			sessionId,
			{ phase: ['lobby', 'question', 'reveal', 'leaderboard'] },
			{ phase: 'ended', ended_at: toTimestamp(), closes_at: null, paused_remaining_ms: null },
			async (_, trx) => ({
				kind: 'ended',
				audience: 'all',
				data: { podium: ranked(await listLivePlayers(trx, sessionId)).slice(0, 3) }
			})
		);
		if (ended) await this.storeAttempts(ended);
		return ended;
	}

	// Answers

	/**
	 * Takes a player's answer to the open question as received at `receivedAt` (the server's
	 * clock): scored as everywhere else, points with the speed bonus from the opening. The first
	 * answer is final; the same answer sent again is acknowledged (a phone retrying), not counted.
	 */
	async answer(
		player: LivePlayer,
		questionIndex: number,
		response: Response | null,
		receivedAt = Date.now()
	): Promise<{ ok: true } | { ok: false; reason: AnswerRefusal }> {
		if (player.kicked) return { ok: false, reason: 'kicked' };
		const session = await findLiveSessionState(this.db, player.sessionId);
		if (!session || session.phase !== 'question') return { ok: false, reason: 'closed' };
		if (session.questionIndex !== questionIndex) return { ok: false, reason: 'not-current' };
		if (session.closesAt !== null && receivedAt >= Date.parse(session.closesAt)) {
			await this.closeQuestion(session.id, questionIndex);
			return { ok: false, reason: 'closed' };
		}
		const question = (await this.questionsOf(session.id))[questionIndex];
		if (!question) return { ok: false, reason: 'not-current' };
		const result = hasResponse(response)
			? scoreQuestion(await this.moduleOf(session), question, response)
			: EMPTY_RESULT;
		const durationMs = session.settings.secondsPerQuestion * 1000;
		const elapsedMs =
			session.pausedRemainingMs !== null
				? durationMs - session.pausedRemainingMs
				: receivedAt - Date.parse(session.openedAt ?? session.createdAt);
		const { points, streak } = pointsFor({
			settings: session.settings,
			credit: result.credit,
			elapsedMs,
			durationMs,
			streakBefore: player.streakIndex === questionIndex - 1 ? player.streak : 0
		});
		const at = toTimestamp(new Date(receivedAt));
		const outcome = await this.db.transaction().execute(async (trx) => {
			const open = await questionOpenFor(trx, {
				sessionId: session.id,
				questionIndex,
				receivedAt: at,
				share: this.context.database.engine === 'postgres'
			});
			if (!open) return 'closed' as const;
			const inserted = await insertLiveAnswer(trx, session.id, {
				playerId: player.id,
				questionIndex,
				response: response ?? '',
				receivedAt: at,
				credit: result.credit,
				points,
				result
			});
			if (!inserted) {
				// The same answer again is a phone sending once more a POST whose reply it lost.
				const stored = await findLiveAnswer(trx, player.id, questionIndex);
				const again = JSON.stringify(stored?.response) === JSON.stringify(response ?? '');
				return again ? ('resent' as const) : ('answered' as const);
			}
			await addLivePoints(trx, player.id, { points, streak, streakIndex: questionIndex });
			return 'taken' as const;
		});
		if (outcome === 'resent') return { ok: true };
		if (outcome !== 'taken') return { ok: false, reason: outcome };
		const answered = await countLiveAnswers(this.db, session.id, questionIndex);
		if (answered >= session.playerCount) {
			await this.closeQuestion(session.id, questionIndex);
		} else {
			this.scheduleProgress(session.id);
		}
		return { ok: true };
	}

	// What each view shows

	/** A question of the player's session as phones see it (whether it is open, `answer` decides). */
	async publicQuestionOf(player: LivePlayer, index: number): Promise<PublicQuestion | null> {
		const question = (await this.questionsOf(player.sessionId))[index];
		return question ? publicQuestion(question, index) : null;
	}

	async staffView(sessionId: string): Promise<StaffView | null> {
		const session = await this.closeIfDue(await findLiveSessionState(this.db, sessionId));
		if (!session) return null;
		const [questions, players, blockedWords] = await Promise.all([
			this.questionsOf(sessionId),
			listLivePlayers(this.db, sessionId),
			this.blockedWordsOf(session)
		]);
		const index = session.questionIndex;
		const question = questions[index] ?? null;
		const answers = index >= 0 ? await listLiveAnswers(this.db, sessionId, index) : [];
		const answeredBy = new Set(answers.map((answer) => answer.playerId));
		const shown = session.phase !== 'lobby' && question;
		return {
			session,
			questionCount: questions.length,
			players: players.map((player) => ({ ...player, answered: answeredBy.has(player.id) })),
			question: shown ? publicQuestion(question, index) : null,
			reveal:
				shown && session.phase !== 'question' ? revealOf(question, index, answers, session) : null,
			leaderboard: ranked(players).slice(0, LEADERBOARD_SIZE),
			answered: answers.length,
			blockedWords,
			serverNow: Date.now()
		};
	}

	async phoneView(player: LivePlayer): Promise<PhoneView | null> {
		const session = await this.closeIfDue(await findLiveSessionState(this.db, player.sessionId));
		if (!session) return null;
		const questions = await this.questionsOf(session.id);
		const index = session.questionIndex;
		const question = questions[index];
		const answer = index >= 0 ? await findLiveAnswer(this.db, player.id, index) : undefined;
		const closed =
			session.phase === 'reveal' || session.phase === 'leaderboard' || session.phase === 'ended';
		const needsRank = closed && session.settings.points;
		const players =
			needsRank || session.phase === 'ended'
				? ranked(await listLivePlayers(this.db, session.id))
				: [];
		const fresh = players.find((ranked) => ranked.id === player.id);
		return {
			player: fresh ? { ...player, points: fresh.points } : player,
			session: {
				id: session.id,
				joinCode: session.joinCode,
				phase: session.phase,
				questionIndex: index,
				closesAt: session.closesAt,
				pausedRemainingMs: session.pausedRemainingMs,
				lastSeq: session.lastSeq,
				settings: session.settings
			},
			questionCount: questions.length,
			question: question && session.phase !== 'lobby' ? publicQuestion(question, index) : null,
			response: answer?.response ?? null,
			outcome:
				closed && answer
					? { verdict: answer.result.verdict, credit: answer.credit, points: answer.points }
					: null,
			reveal: closed && question ? { key: keyOf(question), evidence: question.evidence } : null,
			rank: needsRank ? (fresh?.rank ?? null) : null,
			podium: session.phase === 'ended' ? players.slice(0, 3) : [],
			serverNow: Date.now()
		};
	}

	// Events

	eventsAfter(sessionId: string, afterSeq: number, audience: LiveAudience): Promise<LiveEvent[]> {
		return listLiveEventsAfter(this.db, sessionId, afterSeq, audience);
	}

	subscribe(sessionId: string, listener: LiveListener): () => void {
		return this.context.channel.subscribe(sessionId, listener);
	}

	/** Stops the timers and closes the channel (the database keeps the game). */
	async close(): Promise<void> {
		this.dispose();
		await this.context.channel.close();
	}

	/** Stops this instance's timers (the database keeps the game: another instance closes by the clock). */
	dispose(): void {
		for (const timer of [...this.closeTimers.values(), ...this.progressTimers.values()]) {
			clearTimeout(timer);
		}
		this.closeTimers.clear();
		this.progressTimers.clear();
	}

	// Inner workings

	private async change(
		sessionId: string,
		expected: { phase?: readonly LivePhase[]; questionIndex?: number },
		change: SessionChange,
		event: Parameters<typeof changeLiveSession>[4]
	): Promise<LiveSession | null> {
		const changed = await changeLiveSession(this.db, sessionId, expected, change, event);
		if (!changed) return null;
		this.announce(changed.event);
		return changed.session;
	}

	private announce(event: LiveEvent): void {
		const message: LiveMessage = { ...event };
		this.context.channel.publish(message).catch((error: unknown) => {
			// Clients catch up on their next reconnect (Last-Event-ID): the event is stored.
			console.error('live: publishing an event failed', error);
		});
	}

	/** A question whose time is up on the server's clock closes whoever notices first. */
	private async closeIfDue(session: LiveSession | undefined): Promise<LiveSession | undefined> {
		if (
			session?.phase === 'question' &&
			session.closesAt !== null &&
			Date.now() >= Date.parse(session.closesAt)
		) {
			return (
				(await this.closeQuestion(session.id, session.questionIndex)) ??
				(await findLiveSessionState(this.db, session.id))
			);
		}
		return session;
	}

	private scheduleClose(sessionId: string, index: number, closesAtMs: number): void {
		this.clearTimer(this.closeTimers, sessionId);
		const timer = setTimeout(
			() => {
				this.closeTimers.delete(sessionId);
				this.closeQuestion(sessionId, index).catch((error: unknown) => {
					console.error('live: closing a question failed', error);
				});
			},
			Math.max(0, closesAtMs - Date.now())
		);
		timer.unref?.();
		this.closeTimers.set(sessionId, timer);
	}

	/** How many have answered, to the projector at most four times a second, not once per answer. */
	private scheduleProgress(sessionId: string): void {
		if (this.progressTimers.has(sessionId)) return;
		const timer = setTimeout(() => {
			this.progressTimers.delete(sessionId);
			findLiveSessionState(this.db, sessionId)
				.then(async (session) => {
					if (session?.phase !== 'question') return;
					const answered = await countLiveAnswers(this.db, sessionId, session.questionIndex);
					return this.context.channel.publish({
						sessionId,
						seq: null,
						kind: 'progress',
						audience: 'staff',
						data: {
							index: session.questionIndex,
							answered,
							players: session.playerCount
						}
					});
				})
				.catch((error: unknown) => console.error('live: progress failed', error));
		}, PROGRESS_EVERY_MS);
		timer.unref?.();
		this.progressTimers.set(sessionId, timer);
	}

	private clearTimer(timers: Map<string, ReturnType<typeof setTimeout>>, sessionId: string) {
		const timer = timers.get(sessionId);
		if (timer) clearTimeout(timer);
		timers.delete(sessionId);
	}

	private keepQuestions(sessionId: string, questions: QuestionWithKey[]) {
		if (this.questions.size >= KEPT_SESSIONS) this.questions.clear();
		this.questions.set(sessionId, questions);
	}

	/** A session's questions never change: read once per instance. */
	private async questionsOf(sessionId: string): Promise<QuestionWithKey[]> {
		const kept = this.questions.get(sessionId);
		if (kept) return kept;
		const found = await findLiveSession(this.db, sessionId);
		const questions = found?.questions ?? [];
		if (found) this.keepQuestions(sessionId, questions);
		return questions;
	}

	private async moduleOf(session: LiveSession): Promise<QuizModule> {
		const kept = this.modules.get(session.id);
		if (kept) return kept;
		const assignment = await this.context.findAssignment(session.assignmentId);
		const module = assignment && (await this.context.loadModule(assignment));
		if (!module) throw new Error(`live session ${session.id}: its module cannot be found`);
		if (this.modules.size >= KEPT_SESSIONS) this.modules.clear();
		this.modules.set(session.id, module);
		return module;
	}

	/**
	 * Each player not kicked becomes a student of the assignment with one submitted attempt of the
	 * session's questions, scored as they were live: the results page, item analysis and exports
	 * read it as any other attempt.
	 */
	private async storeAttempts(session: LiveSession): Promise<void> {
		const db = this.context.database.db;
		const [questions, players, answers, seats] = await Promise.all([
			this.questionsOf(session.id),
			listLivePlayers(this.db, session.id),
			listLiveAnswers(this.db, session.id),
			listParticipants(db, session.assignmentId)
		]);
		const module = await this.moduleOf(session);
		const taken = new Set(seats.map((seat) => nameKeyOf(seat.displayName)));
		const byPlayer = new Map<string, Map<number, LiveAnswer>>();
		for (const answer of answers) {
			const own = byPlayer.get(answer.playerId) ?? new Map<number, LiveAnswer>();
			own.set(answer.questionIndex, answer);
			byPlayer.set(answer.playerId, own);
		}
		const attempts = players
			.filter((player) => !player.kicked)
			.map((player) => {
				const displayName = freeName(player.nickname, taken);
				taken.add(nameKeyOf(displayName));
				const resumeToken = randomBytes(18).toString('base64url');
				const own = byPlayer.get(player.id);
				return {
					seat: {
						learnerId: newLearnerId(),
						displayName,
						resumeToken,
						resumeHash: createHash('sha256').update(resumeToken).digest('hex')
					},
					results: questions.map((_, index) => {
						const answer = own?.get(index);
						return answer && hasResponse(answer.response)
							? { response: answer.response, savedAt: answer.receivedAt, result: answer.result }
							: { response: null, savedAt: null, result: answer?.result ?? EMPTY_RESULT };
					})
				};
			});
		await storeLiveAttempts(db, {
			assignmentId: session.assignmentId,
			moduleId: module.id,
			seed: `live:${session.id}`,
			options: { count: questions.length, openBook: false },
			questions,
			attempts
		});
	}
}

/** Sessions whose questions and module an instance keeps. */
const KEPT_SESSIONS = 200;

const EMPTY_RESULT: ScoreResult = {
	credit: 0,
	verdict: 'invalid',
	reason: { code: 'empty' },
	normalized: null
};

export function tokenHashOf(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** The nickname, or with " (live)", " (live 2)"… when the assignment has a student of that name. */
function freeName(nickname: string, taken: Set<string>): string {
	if (!taken.has(nameKeyOf(nickname))) return nickname;
	for (let n = 1; ; n++) {
		const name = n === 1 ? `${nickname} (live)` : `${nickname} (live ${n})`;
		if (!taken.has(nameKeyOf(name))) return name;
	}
}

/** Players not kicked, by points; equal points share a rank. */
export function ranked(players: readonly LivePlayer[]): RankedPlayer[] {
	const sorted = players
		.filter((player) => !player.kicked)
		.sort((a, b) => b.points - a.points || a.joinedAt.localeCompare(b.joinedAt));
	let rank = 0;
	return sorted.map((player, position) => {
		if (position === 0 || sorted[position - 1]?.points !== player.points) rank = position + 1;
		return { id: player.id, nickname: player.nickname, points: player.points, rank };
	});
}

export function keyOf(question: QuestionWithKey): string[] {
	switch (question.type) {
		case 'single-choice':
		case 'true-false':
		case 'multiple-response':
			return question.choices
				.filter((choice) => question.key.choiceIds.includes(choice.id))
				.map((choice) => choice.text);
		case 'numeric':
			return [`${question.key.value}${question.unit ? ` ${question.unit}` : ''}`];
		case 'cloze':
		case 'short-answer':
			return [question.key.value];
		case 'ordering':
			// One line, first to last: the views list the key's parts with commas.
			return [
				question.key.order
					.map((id) => question.choices.find((choice) => choice.id === id)?.text ?? id)
					.join(' → ')
			];
		case 'matching':
			return question.items.map(
				(item) =>
					`${item.text}: ${question.choices.find((choice) => choice.id === question.key.pairs[item.id])?.text ?? ''}`
			);
	}
}

/** A response as the projector lists it: typed text, an order of items, or the pairs made. */
export function responseWords(question: QuestionWithKey, response: Response): string {
	if (typeof response === 'string') return response.trim();
	const choiceText = (id: string | undefined) =>
		('choices' in question ? question.choices.find((choice) => choice.id === id)?.text : null) ??
		'—';
	if (Array.isArray(response)) return response.map(choiceText).join(' → ');
	if (question.type !== 'matching') return '';
	return question.items.map((item) => `${item.text}: ${choiceText(response[item.id])}`).join('; ');
}

function revealOf(
	question: QuestionWithKey,
	index: number,
	answers: readonly LiveAnswer[],
	session: Pick<LiveSession, 'playerCount'>
): Reveal {
	const unanswered = Math.max(0, session.playerCount - answers.length);
	let distribution: Distribution;
	if ('choices' in question && question.type !== 'ordering' && question.type !== 'matching') {
		const counts = new Map<string, number>();
		for (const answer of answers) {
			const chosen = Array.isArray(answer.response) ? answer.response : [answer.response];
			for (const id of chosen)
				if (typeof id === 'string') counts.set(id, (counts.get(id) ?? 0) + 1);
		}
		distribution = {
			kind: 'choices',
			rows: question.choices.map((choice) => ({
				id: choice.id,
				text: choice.text,
				count: counts.get(choice.id) ?? 0,
				correct: question.key.choiceIds.includes(choice.id)
			})),
			unanswered
		};
	} else {
		const groups = new Map<string, { text: string; count: number; verdict: Verdict }>();
		let correct = 0;
		let partial = 0;
		let incorrect = 0;
		for (const answer of answers) {
			const verdict = answer.result.verdict;
			if (verdict === 'correct') correct++;
			else if (verdict === 'partial') partial++;
			else incorrect++;
			const text = responseWords(question, answer.response);
			const group =
				typeof answer.response === 'string'
					? (answer.result.normalized ?? text.toLocaleLowerCase())
					: JSON.stringify(answer.response);
			const known = groups.get(group);
			if (known) known.count++;
			else groups.set(group, { text, count: 1, verdict });
		}
		distribution = {
			kind: 'typed',
			correct,
			partial,
			incorrect,
			unanswered,
			common: [...groups.values()].sort((a, b) => b.count - a.count).slice(0, 5)
		};
	}
	return {
		index,
		distribution,
		key: keyOf(question),
		evidence: question.evidence,
		answered: answers.length
	};
}
