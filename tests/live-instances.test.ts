import { afterAll, describe, expect, it } from 'vitest';
import { findAssignment } from '$lib/server/db/assignments';
import type { AppDatabase } from '$lib/server/db/database';
import { DEFAULT_LIVE_SETTINGS } from '$lib/server/db/live-sessions';
import { createTeacher } from '$lib/server/db/teachers';
import type { LiveChannel, LiveMessage } from '$lib/server/live/channel';
import { openLiveChannel } from '$lib/server/live/open';
import { LiveService } from '$lib/server/live/service';
import { liveEventStream } from '$lib/server/live/sse';
import { seedModule } from '$lib/testing/seed-module';
import { testEngines, useTestDatabase } from './db/engines';

const postgres = (await testEngines()).filter((engine) => engine.name === 'postgres');

/** Two app instances on one PostgreSQL database: each its own pool and listening connection. */
describe.each(postgres)('live mode across two instances on $name', (engine) => {
	const test = useTestDatabase(engine);
	const opened: { service: LiveService; channel: LiveChannel }[] = [];

	afterAll(async () => {
		for (const { service, channel } of opened) {
			service.dispose();
			await channel.close();
		}
	});

	async function instance(database: AppDatabase): Promise<LiveService> {
		const channel = await openLiveChannel(database, test.database.url);
		const service = new LiveService({
			database,
			channel,
			loadModule: () => Promise.resolve(seedModule()),
			findAssignment: (id) => findAssignment(database.db, id)
		});
		opened.push({ service, channel });
		return service;
	}

	async function readEvents(response: Response, count: number): Promise<string[]> {
		const reader = response.body?.getReader();
		if (!reader) throw new Error('no body');
		const decoder = new TextDecoder();
		let text = '';
		const blocks = () => text.split('\n\n').filter((block) => block.includes('event: '));
		while (blocks().length < count) {
			const { value, done } = await reader.read();
			if (done) break;
			text += decoder.decode(value);
		}
		await reader.cancel();
		return blocks();
	}

	it('an event made on instance A reaches a client of instance B, and B replays what was missed', async () => {
		const a = await instance(test.app);
		const b = await instance(await test.another());
		const teacher = await createTeacher(test.db, {
			email: `t${Math.random()}@school.pl`,
			displayName: 'Anna Nowak',
			passwordHash: 'hash'
		});
		if (!teacher) throw new Error('teacher not created');
		const made = await a.createSessionFromModule({
			teacherId: teacher.id,
			served: { module: seedModule(), versionId: null },
			title: 'Kursk',
			count: 3,
			settings: DEFAULT_LIVE_SETTINGS
		});
		if (!made.ok) throw new Error(made.reason);
		const sessionId = made.session.id;

		const onB: LiveMessage[] = [];
		const stop = b.subscribe(sessionId, (message) => onB.push(message));
		// A phone joins through B; the teacher presses "next" on A.
		const joined = await b.join(made.session.joinCode, 'Ola', '192.0.2.1');
		if (!joined.ok) throw new Error(joined.reason);
		await a.next(sessionId);
		const deadline = Date.now() + 5000;
		while (!onB.some((message) => message.kind === 'question') && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		stop();
		const question = onB.find((message) => message.kind === 'question');
		expect(question?.seq).toBe(2);
		expect(onB.map((message) => message.kind)).toEqual(['joined', 'question']);

		// A phone of B answers; A sees the answer close the question (Ola is the only player).
		const answered = await b.answer(joined.player, 0, 'zupełnie nie to');
		expect(answered).toEqual({ ok: true });
		expect((await a.staffView(sessionId))?.session.phase).toBe('reveal');

		// A phone reconnecting to B with Last-Event-ID 1 is replayed the question and the reveal,
		// not the staff's join event.
		const replayed = await readEvents(
			liveEventStream(b, { sessionId, afterSeq: 1, audience: 'all' }),
			2
		);
		expect(replayed.map((block) => /event: (\w+)/.exec(block)?.[1])).toEqual([
			'question',
			'reveal'
		]);
		expect(replayed[0]).toContain('id: 2\n');
		expect(replayed[0]).not.toMatch(/"key"|"evidence"/);

		// And one listening on B while A moves on gets the leaderboard live, after the replay.
		const following = liveEventStream(b, { sessionId, afterSeq: 3, audience: 'all' });
		const reading = readEvents(following, 1);
		await new Promise((resolve) => setTimeout(resolve, 100));
		await a.next(sessionId);
		const [live] = await reading;
		expect(live).toMatch(/^id: 4\nevent: leaderboard\n/);
	});
});
