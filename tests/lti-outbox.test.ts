import { describe, expect, it } from 'vitest';
import { toTimestamp } from '$lib/server/db/codec';
import {
	findLoginState,
	insertLoginState,
	insertTicket,
	isNonceUsed,
	useLoginState,
	useTicket
} from '$lib/server/db/lti-launches';
import {
	findCurrentToolKey,
	insertToolKey,
	listPublishedToolKeys,
	replaceToolKey
} from '$lib/server/db/lti-keys';
import {
	claimScoreSend,
	listDueScoreSends,
	markScoreFailed,
	markScoreSent,
	nextScoreSendDue,
	queueScoreSend
} from '$lib/server/db/lti-scores';
import { OUTBOX_IDLE_MS, outboxDelayMs } from '$lib/server/lti/scores';
import { testEngines, useTestDatabase } from './db/engines';
import { startAttempt } from './db/factories';

/**
 * The LTI tables on each engine, where several app processes meet: a score is queued once per
 * attempt revision and taken for a try by one process only; a login's state, and a ticket, are
 * used once whoever races for them; a rotated tool key stays published.
 */
describe.each(await testEngines())('LTI storage on $name', (engine) => {
	const test = useTestDatabase(engine);

	const send = (attemptId: string, revision: number) => ({
		attempt_id: attemptId,
		attempt_revision: revision,
		assignment_id: 'as_x',
		issuer: 'https://lms.example',
		client_id: 'c',
		line_item_url: 'https://lms.example/lineitems/1',
		user_id: 'u-1',
		score_given: 0.5,
		score_maximum: 1,
		scored_at: toTimestamp()
	});

	// First, while the outbox table is empty: the idle outbox waits for the earliest retry.
	it('tells the outbox when the earliest unsent score is due, and nothing when none waits', async () => {
		expect(await nextScoreSendDue(test.db)).toBeNull();
		expect(outboxDelayMs(await nextScoreSendDue(test.db))).toBe(OUTBOX_IDLE_MS);
		const attempt = await startAttempt(test.db);
		const before = Date.now();
		await queueScoreSend(test.db, send(attempt.id, 1));
		const queued = await nextScoreSendDue(test.db);
		expect(queued!.getTime()).toBeLessThanOrEqual(Date.now());
		expect(queued!.getTime()).toBeGreaterThanOrEqual(before - 1000);
		expect(outboxDelayMs(queued)).toBeLessThan(1000);
		const [due] = await listDueScoreSends(test.db, 50);
		const lease = new Date(Date.now() + 60_000);
		expect(await claimScoreSend(test.db, due!, lease)).toBe(true);
		expect((await nextScoreSendDue(test.db))!.toISOString()).toBe(lease.toISOString());
		expect(outboxDelayMs(await nextScoreSendDue(test.db))).toBe(OUTBOX_IDLE_MS);
		const retryAt = new Date(Date.now() + 5000);
		await markScoreFailed(test.db, due!.id, { error: 'HTTP 503', nextTryAt: retryAt });
		const delay = outboxDelayMs(await nextScoreSendDue(test.db));
		expect(delay).toBeGreaterThan(3000);
		expect(delay).toBeLessThanOrEqual(5000);
		await markScoreSent(test.db, due!.id);
		expect(await nextScoreSendDue(test.db)).toBeNull();
	});

	it('queues a score once per attempt revision', async () => {
		const attempt = await startAttempt(test.db);
		expect(await queueScoreSend(test.db, send(attempt.id, 2))).toBe(true);
		expect(await queueScoreSend(test.db, send(attempt.id, 2))).toBe(false);
		expect(await queueScoreSend(test.db, send(attempt.id, 3))).toBe(true);
		const due = (await listDueScoreSends(test.db, 50)).filter(
			(row) => row.attempt_id === attempt.id
		);
		expect(due.map((row) => row.attempt_revision).sort()).toEqual([2, 3]);
	});

	it('lets one process take a due send, and keeps sent and backed-off ones out', async () => {
		const attempt = await startAttempt(test.db);
		await queueScoreSend(test.db, send(attempt.id, 1));
		const [due] = (await listDueScoreSends(test.db, 50)).filter(
			(row) => row.attempt_id === attempt.id
		);
		const pools = [test.app, ...(await Promise.all([1, 2, 3].map(() => test.another())))];
		const lease = new Date(Date.now() + 60_000);
		const claims = await Promise.all(pools.map(({ db }) => claimScoreSend(db, due!, lease)));
		expect(claims.filter(Boolean)).toHaveLength(1);
		expect(
			(await listDueScoreSends(test.db, 50)).some((row) => row.attempt_id === attempt.id)
		).toBe(false);
		await markScoreFailed(test.db, due!.id, {
			error: 'HTTP 500',
			nextTryAt: new Date(Date.now() - 1)
		});
		const [retry] = (await listDueScoreSends(test.db, 50)).filter(
			(row) => row.attempt_id === attempt.id
		);
		expect(retry).toMatchObject({ tries: 1, last_error: 'HTTP 500' });
		await markScoreSent(test.db, retry!.id);
		expect(
			(await listDueScoreSends(test.db, 50)).some((row) => row.attempt_id === attempt.id)
		).toBe(false);
	});

	it('uses a login state and its nonce once, whoever races for it', async () => {
		await insertLoginState(test.db, {
			state: 'state-1',
			nonce: 'nonce-1',
			issuer: 'https://lms.example',
			client_id: 'c'
		});
		expect(await isNonceUsed(test.db, 'nonce-1')).toBe(false);
		const pools = [test.app, ...(await Promise.all([1, 2].map(() => test.another())))];
		const uses = await Promise.all(pools.map(({ db }) => useLoginState(db, 'state-1')));
		expect(uses.filter(Boolean)).toHaveLength(1);
		expect(await isNonceUsed(test.db, 'nonce-1')).toBe(true);
		expect((await findLoginState(test.db, 'state-1'))?.used_at).not.toBeNull();
	});

	it('redeems a ticket once and never after it expires', async () => {
		await insertTicket(test.db, {
			id: 'ticket-1',
			payload: '{}',
			expiresAt: new Date(Date.now() + 60_000)
		});
		await insertTicket(test.db, {
			id: 'ticket-2',
			payload: '{}',
			expiresAt: new Date(Date.now() - 1)
		});
		expect(await useTicket(test.db, 'ticket-1')).toEqual({ payload: '{}' });
		expect(await useTicket(test.db, 'ticket-1')).toBeUndefined();
		expect(await useTicket(test.db, 'ticket-2')).toBeUndefined();
	});

	it('keeps a rotated key published while a newer one signs', async () => {
		const key = (kid: string, createdAt: Date) => ({
			kid,
			private_jwk: '{}',
			public_jwk: '{}',
			created_at: toTimestamp(createdAt),
			retired_at: null
		});
		await insertToolKey(test.db, key('old', new Date(Date.now() - 1000)));
		await replaceToolKey(test.db, key('new', new Date()));
		expect((await findCurrentToolKey(test.db))?.kid).toBe('new');
		const published = await listPublishedToolKeys(test.db, new Date(Date.now() - 60_000));
		expect(published.map((row) => row.kid)).toEqual(['new', 'old']);
		const later = await listPublishedToolKeys(test.db, new Date(Date.now() + 1000));
		expect(later.map((row) => row.kid)).toEqual(['new']);
	});
});
