import { getDatabase } from '../db';
import { toTimestamp } from '../db/codec';
import { findLearnerByLearnerId } from '../db/lti-courses';
import {
	claimScoreSend,
	findSubmittedScore,
	listDueScoreSends,
	markScoreFailed,
	markScoreSent,
	nextScoreSendDue,
	queueScoreSend,
	type ScoreSend
} from '../db/lti-scores';
import { AGS_SCORE_SCOPE } from './claims';
import { findPlatform } from './platforms';
import { accessToken, forgetAccessToken } from './tokens';

/**
 * Assignment and Grade Services 2.0: scores go to the line item's /scores through an outbox
 * table, so that a platform that is down loses no grade. A send is queued once per attempt
 * revision (a submission, a regrade), tried at once, and retried with backoff until the
 * platform acknowledges it.
 */

export const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 60 * 60 * 1000;
/** How long a try may take before another instance may try the same send again. */
const LEASE_MS = 60 * 1000;

export function retryDelayMs(tries: number): number {
	return Math.min(RETRY_FIRST_MS * 2 ** Math.max(0, tries - 1), RETRY_MAX_MS);
}

/** The line item's scores endpoint: `/scores` after its path, before its query. */
export function scoresUrlOf(lineItemUrl: string): string {
	const url = new URL(lineItemUrl);
	url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`;
	return url.toString();
}

/**
 * Queues the score of each submitted attempt whose student came from an LMS, then sends what is
 * due. Called where attempts are finalised (submit, regrade); it never fails them: a problem
 * here is logged and the outbox retries.
 */
export async function queueLtiScores(attemptIds: readonly string[]): Promise<void> {
	try {
		const { db } = await getDatabase();
		let queued = false;
		for (const attemptId of attemptIds) {
			const attempt = await findSubmittedScore(db, attemptId);
			if (!attempt || attempt.credit === null || attempt.max_credit === null) continue;
			const learner = await findLearnerByLearnerId(db, attempt.learner_id);
			if (!learner?.line_item_url) continue;
			queued =
				(await queueScoreSend(db, {
					attempt_id: attempt.id,
					attempt_revision: attempt.revision,
					assignment_id: learner.assignment_id,
					issuer: learner.issuer,
					client_id: learner.client_id,
					line_item_url: learner.line_item_url,
					user_id: learner.user_id,
					score_given: Math.round(attempt.credit * 10_000) / 10_000,
					score_maximum: attempt.max_credit,
					scored_at: toTimestamp()
				})) || queued;
		}
		if (queued) void deliverDueScores();
	} catch (failure) {
		console.error('LTI: queueing scores failed:', failure);
	}
}

async function sendScore(send: ScoreSend): Promise<void> {
	const platform = await findPlatform(send.issuer, send.client_id);
	if (!platform) throw new Error(`platform ${send.issuer} (${send.client_id}) is not registered`);
	const token = await accessToken(platform, AGS_SCORE_SCOPE);
	const response = await fetch(scoresUrlOf(send.line_item_url), {
		method: 'POST',
		headers: {
			authorization: `Bearer ${token}`,
			'content-type': 'application/vnd.ims.lis.v1.score+json'
		},
		body: JSON.stringify({
			userId: send.user_id,
			scoreGiven: send.score_given,
			scoreMaximum: send.score_maximum,
			activityProgress: 'Completed',
			gradingProgress: 'FullyGraded',
			timestamp: send.scored_at
		}),
		signal: AbortSignal.timeout(10_000)
	});
	if (response.status === 401) forgetAccessToken(platform, AGS_SCORE_SCOPE);
	if (!response.ok) throw new Error(`${scoresUrlOf(send.line_item_url)}: HTTP ${response.status}`);
}

let delivering: Promise<void> | null = null;

async function deliverRound(): Promise<void> {
	const { db } = await getDatabase();
	for (const send of await listDueScoreSends(db, 50)) {
		if (!(await claimScoreSend(db, send, new Date(Date.now() + LEASE_MS)))) continue;
		try {
			await sendScore(send);
			await markScoreSent(db, send.id);
		} catch (failure) {
			const error = failure instanceof Error ? failure.message : String(failure);
			const nextTryAt = new Date(Date.now() + retryDelayMs(send.tries + 1));
			console.warn(
				`LTI: score of attempt ${send.attempt_id} not acknowledged (try ${send.tries + 1}): ${error}; next try ${toTimestamp(nextTryAt)}`
			);
			await markScoreFailed(db, send.id, { error, nextTryAt });
		}
	}
}

/** Sends every due score; one round at a time per process. */
export function deliverDueScores(): Promise<void> {
	delivering ??= deliverRound()
		.catch((failure: unknown) => console.error('LTI: delivering scores failed:', failure))
		.finally(() => {
			delivering = null;
			if (outboxRunning) void scheduleNextRound();
		});
	return delivering;
}

/**
 * How long the outbox sleeps when nothing of this process is due: sends that another instance
 * queued (or left when it stopped) are found within this time. A score queued here is sent at
 * once and needs no round.
 */
export const OUTBOX_IDLE_MS = 30_000;
const OUTBOX_SOONEST_MS = 200;

let outboxRunning = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The wait before the next round: until the earliest pending retry, at most the idle time. */
export function outboxDelayMs(nextDue: Date | null, now = Date.now()): number {
	if (!nextDue) return OUTBOX_IDLE_MS;
	return Math.min(OUTBOX_IDLE_MS, Math.max(OUTBOX_SOONEST_MS, nextDue.getTime() - now));
}

async function scheduleNextRound(): Promise<void> {
	let delay = OUTBOX_IDLE_MS;
	try {
		const { db } = await getDatabase();
		delay = outboxDelayMs(await nextScoreSendDue(db));
	} catch (failure) {
		console.error('LTI: reading the score outbox failed:', failure);
	}
	if (timer) clearTimeout(timer);
	timer = setTimeout(() => void deliverDueScores(), delay);
	timer.unref();
}

/**
 * Runs the outbox: a round now (sends left by a previous process), then one when the earliest
 * retry is due. An idle server without LMS scores reads the table twice a minute, not every second.
 */
export function startScoreOutbox(): void {
	if (outboxRunning) return;
	outboxRunning = true;
	void deliverDueScores();
}
