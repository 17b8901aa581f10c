import type { KyselyPlugin } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { QuestionWithKey, Response } from '$lib/quiz/question';
import { listAssignmentAttempts } from '$lib/server/db/assignment-attempts';
import { findAssignment } from '$lib/server/db/assignments';
import { DEFAULT_LIVE_SETTINGS, findLiveSession } from '$lib/server/db/live-sessions';
import { liveTables } from '$lib/server/db/live-tables';
import { listParticipants } from '$lib/server/db/participants';
import { createTeacher } from '$lib/server/db/teachers';
import { createInProcessChannel } from '$lib/server/live/channel';
import { LiveService, type LiveContext } from '$lib/server/live/service';
import { seedModule } from '$lib/testing/seed-module';
import { testEngines, useTestDatabase } from './db/engines';

/** A response the scorers take as fully right: the key itself. */
function rightResponse(question: QuestionWithKey): Response {
	switch (question.type) {
		case 'single-choice':
		case 'true-false':
			return question.key.choiceIds[0] ?? '';
		case 'multiple-response':
			return question.key.choiceIds;
		case 'numeric':
			return String(question.key.value);
		case 'cloze':
		case 'short-answer':
			return question.key.value;
		case 'ordering':
			return question.key.order;
		case 'matching':
			return question.key.pairs;
	}
}

function wrongResponse(question: QuestionWithKey): Response {
	if ('choices' in question && question.type !== 'ordering' && question.type !== 'matching') {
		return (
			question.choices.find((choice) => !question.key.choiceIds.includes(choice.id))?.id ?? 'z'
		);
	}
	return question.type === 'numeric' ? String(question.key.value * 7 + 13) : 'zupełnie nie to';
}

const ADDRESS = '192.0.2.1';

describe.each(await testEngines())('live sessions on $name', (engine) => {
	const test = useTestDatabase(engine);
	const services: LiveService[] = [];

	afterAll(() => services.forEach((service) => service.dispose()));

	function service(database = test.app): LiveService {
		const context: LiveContext = {
			database,
			channel: createInProcessChannel(),
			loadModule: () => Promise.resolve(seedModule()),
			findAssignment: (id) => findAssignment(test.db, id)
		};
		const made = new LiveService(context);
		services.push(made);
		return made;
	}

	async function newTeacher() {
		const teacher = await createTeacher(test.db, {
			email: `t${Math.random()}@school.pl`,
			displayName: 'Anna Nowak',
			passwordHash: 'hash'
		});
		if (!teacher) throw new Error('teacher not created');
		return teacher.id;
	}

	async function newGame(live: LiveService, settings = {}, teacherId?: string) {
		const made = await live.createSessionFromModule({
			teacherId: teacherId ?? (await newTeacher()),
			served: { module: seedModule(), versionId: null },
			title: 'Kursk na żywo',
			count: 3,
			settings: { ...DEFAULT_LIVE_SETTINGS, ...settings }
		});
		if (!made.ok) throw new Error(made.reason);
		const stored = await findLiveSession(liveTables(test.db), made.session.id);
		return {
			session: made.session,
			questions: stored?.questions ?? [],
			teacherId: made.session.teacherId
		};
	}

	async function join(live: LiveService, code: string, nickname: string) {
		const joined = await live.join(code, nickname, ADDRESS);
		if (!joined.ok) throw new Error(`${nickname}: ${joined.reason}`);
		return joined.player;
	}

	it('plays a whole game: answers scored by the server, points, reveal, podium, attempts stored', async () => {
		const live = service();
		const { session, questions } = await newGame(live);
		expect(questions.length).toBe(3);
		const ola = await join(live, session.joinCode, 'Ola');
		const bartek = await join(live, session.joinCode.toLowerCase(), 'Bartek');
		const celina = await join(live, session.joinCode, 'Celina');
		expect(await live.join(session.joinCode, 'ola ', ADDRESS)).toEqual({
			ok: false,
			reason: 'name-taken'
		});
		expect(await live.join(session.joinCode, 'K.U.R.W.A', ADDRESS)).toEqual({
			ok: false,
			reason: 'name-refused'
		});
		expect(await live.join('ZZZZZZ', 'Daria', ADDRESS)).toEqual({
			ok: false,
			reason: 'unknown-code'
		});

		for (let index = 0; index < questions.length; index++) {
			const question = questions[index];
			if (!question) throw new Error('no question');
			const opened = await live.next(session.id);
			expect(opened?.phase).toBe('question');
			expect(opened?.questionIndex).toBe(index);
			const openedAt = Date.parse(opened?.openedAt ?? '');
			expect(await live.answer(ola, index, rightResponse(question), openedAt + 500)).toEqual({
				ok: true
			});
			expect(await live.answer(ola, index, wrongResponse(question))).toEqual({
				ok: false,
				reason: 'answered'
			});
			// A phone that lost the reply sends its answer again: acknowledged, counted once.
			expect(await live.answer(ola, index, rightResponse(question), openedAt + 900)).toEqual({
				ok: true
			});
			expect(await live.answer(bartek, index, rightResponse(question), openedAt + 15_000)).toEqual({
				ok: true
			});
			// Celina never answers, so the question stays open until "next".
			const view = await live.staffView(session.id);
			expect(view?.question?.prompt).toBe(question.prompt);
			expect(JSON.stringify(view?.question)).not.toContain('"key"');
			expect(view?.reveal).toBeNull();
			const closed = await live.next(session.id);
			expect(closed?.phase).toBe('reveal');
			expect(await live.answer(celina, index, rightResponse(question))).toEqual({
				ok: false,
				reason: 'closed'
			});
			const reveal = (await live.staffView(session.id))?.reveal;
			expect(reveal?.answered).toBe(2);
			expect(reveal?.evidence).toEqual(question.evidence);
			expect(reveal?.key.length).toBeGreaterThan(0);
			const after = await live.next(session.id);
			expect(after?.phase).toBe(index === questions.length - 1 ? 'ended' : 'leaderboard');
		}

		const final = await live.staffView(session.id);
		const byName = new Map(final?.players.map((player) => [player.nickname, player.points]));
		// Faster and on a streak: Ola's points exceed Bartek's, who answered rightly but slowly.
		expect(byName.get('Ola')).toBeGreaterThan(byName.get('Bartek') ?? Infinity);
		expect(byName.get('Bartek')).toBeGreaterThanOrEqual(3 * DEFAULT_LIVE_SETTINGS.basePoints);
		expect(byName.get('Celina')).toBe(0);
		expect(final?.leaderboard.map((player) => player.nickname)).toEqual([
			'Ola',
			'Bartek',
			'Celina'
		]);

		const seats = await listParticipants(test.db, session.assignmentId);
		expect(seats.map((seat) => seat.displayName).sort()).toEqual(['Bartek', 'Celina', 'Ola']);
		const attempts = await listAssignmentAttempts(test.db, session.assignmentId);
		const credits = new Map(
			attempts.map(({ attempt }) => [
				seats.find((seat) => seat.learnerId === attempt.learnerId)?.displayName,
				[attempt.status, attempt.credit, attempt.maxCredit]
			])
		);
		expect(credits.get('Ola')).toEqual(['submitted', 3, 3]);
		expect(credits.get('Bartek')).toEqual(['submitted', 3, 3]);
		expect(credits.get('Celina')).toEqual(['submitted', 0, 3]);

		const phoneEvents = await live.eventsAfter(session.id, 0, 'all');
		const staffEvents = await live.eventsAfter(session.id, 0, 'staff');
		expect(phoneEvents.some((event) => event.kind === 'joined')).toBe(false);
		expect(staffEvents.filter((event) => event.kind === 'joined')).toHaveLength(3);
		expect(staffEvents.map((event) => event.seq)).toEqual(
			staffEvents.map((_, position) => position + 1)
		);
		const firstQuestion = phoneEvents.find((event) => event.kind === 'question');
		expect(JSON.stringify(firstQuestion?.data)).not.toMatch(/"key"|evidence|factIds/);
		expect(await live.join(session.joinCode, 'Spóźniony', ADDRESS)).toEqual({
			ok: false,
			reason: 'ended'
		});
	});

	it("stores the players' attempts in as many inserts for 40 players as for 4", async () => {
		let statements = 0;
		const counting: KyselyPlugin = {
			// Inserts only: a timer's progress notice may read the database meanwhile.
			transformQuery: ({ node }) => {
				if (node.kind === 'InsertQueryNode') statements++;
				return node;
			},
			transformResult: ({ result }) => Promise.resolve(result)
		};
		const live = service({ ...test.app, db: test.db.withPlugin(counting) });
		const statementsToEnd = async (players: number) => {
			const { session, questions } = await newGame(live);
			const joined = [];
			for (let n = 0; n < players; n++)
				joined.push(await join(live, session.joinCode, `Gracz ${n}`));
			const question = questions[0];
			if (!question) throw new Error('no question');
			await live.next(session.id);
			for (const player of joined.slice(1)) await live.answer(player, 0, rightResponse(question));
			await live.next(session.id);
			statements = 0;
			await live.end(session.id);
			const counted = statements;
			const attempts = await listAssignmentAttempts(test.db, session.assignmentId);
			expect(attempts).toHaveLength(players);
			expect(attempts.map(({ attempt }) => attempt.credit).sort()).toEqual([
				0,
				...Array.from({ length: players - 1 }, () => 1)
			]);
			return counted;
		};
		const few = await statementsToEnd(4);
		expect(await statementsToEnd(40)).toBe(few);
	});

	it('asks a matching question: a select per row, partial credit, pairs on the projector', async () => {
		const live = service();
		const { session } = await newGame(live);
		const assignment = await findAssignment(test.db, session.assignmentId);
		if (!assignment) throw new Error('no assignment');
		const made = await live.createSession({
			teacherId: session.teacherId,
			assignment: { ...assignment, settings: { ...assignment.settings, types: ['matching'] } },
			settings: DEFAULT_LIVE_SETTINGS
		});
		if (!made.ok) throw new Error(made.reason);
		const game = made.session;
		const question = (await findLiveSession(liveTables(test.db), game.id))?.questions[0];
		if (question?.type !== 'matching') throw new Error(`not matching: ${question?.type}`);
		const ola = await join(live, game.joinCode, 'Ola');
		const bartek = await join(live, game.joinCode, 'Bartek');
		await live.next(game.id);
		const [first, second] = question.items;
		if (!first || !second) throw new Error('too few items');
		// Bartek swaps the first two pairs: half of four right.
		const swapped = {
			...question.key.pairs,
			[first.id]: question.key.pairs[second.id] ?? '',
			[second.id]: question.key.pairs[first.id] ?? ''
		};
		expect(await live.answer(ola, 0, question.key.pairs)).toEqual({ ok: true });
		expect(await live.answer(bartek, 0, swapped)).toEqual({ ok: true });
		const reveal = (await live.staffView(game.id))?.reveal;
		expect(reveal?.distribution).toMatchObject({
			kind: 'typed',
			correct: 1,
			partial: 1,
			incorrect: 0
		});
		if (reveal?.distribution.kind !== 'typed') throw new Error('not typed');
		expect(reveal.distribution.common.map((common) => common.text)).toContain(
			question.items
				.map(
					(item) =>
						`${item.text}: ${question.choices.find((choice) => choice.id === question.key.pairs[item.id])?.text}`
				)
				.join('; ')
		);
		expect(reveal.key).toHaveLength(question.items.length);
		const partial = await live.phoneView(bartek);
		expect(partial?.outcome?.verdict).toBe('partial');
		expect(partial?.outcome?.credit).toBeCloseTo(0.5);
		expect(partial?.outcome?.points).toBeGreaterThan(0);
		expect(partial?.outcome?.points).toBeLessThan(
			(await live.phoneView(ola))?.outcome?.points ?? 0
		);
	});

	it('refuses every join from an address past 30 wrong codes, right code or not', async () => {
		const live = service();
		const { session } = await newGame(live);
		for (let tries = 0; tries <= 30; tries++) {
			expect((await live.join('WRONG1', 'Ola', '198.51.100.7')).ok).toBe(false);
		}
		expect(await live.join(session.joinCode, 'Ola', '198.51.100.7')).toEqual({
			ok: false,
			reason: 'rate-limited'
		});
		expect((await live.join(session.joinCode, 'Ola', '198.51.100.8')).ok).toBe(true);
	});

	it('refuses an answer received after the close by the server clock, and closes the question', async () => {
		const live = service();
		const { session, questions } = await newGame(live);
		const ola = await join(live, session.joinCode, 'Ola');
		await join(live, session.joinCode, 'Ala');
		const opened = await live.next(session.id);
		const question = questions[0];
		if (!opened?.closesAt || !question) throw new Error('not opened');
		const late = Date.parse(opened.closesAt) + 1;
		expect(await live.answer(ola, 0, rightResponse(question), late)).toEqual({
			ok: false,
			reason: 'closed'
		});
		expect((await live.staffView(session.id))?.session.phase).toBe('reveal');
	});

	it('closes as soon as every player has answered, and a kicked player is left out', async () => {
		const live = service();
		const { session, questions } = await newGame(live);
		const ola = await join(live, session.joinCode, 'Ola');
		const kuba = await join(live, session.joinCode, 'Kuba');
		const question = questions[0];
		if (!question) throw new Error('no question');
		await live.next(session.id);
		await live.answer(ola, 0, rightResponse(question));
		expect((await live.staffView(session.id))?.session.phase).toBe('question');
		expect(await live.kick(session, kuba.id)).toBe(true);
		expect((await live.staffView(session.id))?.session.phase).toBe('reveal');
		const stored = (await live.staffView(session.id))?.players.find(
			(player) => player.id === kuba.id
		);
		expect(stored?.kicked).toBe(true);
		expect(await live.answer({ ...kuba, kicked: true }, 0, rightResponse(question))).toEqual({
			ok: false,
			reason: 'kicked'
		});
		await live.end(session.id);
		const seats = await listParticipants(test.db, session.assignmentId);
		expect(seats.map((seat) => seat.displayName)).toEqual(['Ola']);
	});

	it('blocks words the teacher adds, and keeps a reloaded phone on its answer', async () => {
		const live = service();
		const { session, questions } = await newGame(live, { points: false });
		expect(await live.blockWords(session, ['Banan'])).toEqual(['Banan']);
		expect(await live.join(session.joinCode, 'b4nanowy', ADDRESS)).toEqual({
			ok: false,
			reason: 'name-refused'
		});
		expect((await live.staffView(session.id))?.blockedWords).toEqual(['Banan']);
		const ola = await join(live, session.joinCode, 'Ola');
		await join(live, session.joinCode, 'Ewa');
		const question = questions[0];
		if (!question) throw new Error('no question');
		await live.next(session.id);
		await live.answer(ola, 0, rightResponse(question));
		const phone = await live.phoneView(ola);
		expect(phone?.question?.prompt).toBe(question.prompt);
		expect(phone?.response).toEqual(rightResponse(question));
		expect(phone?.outcome).toBeNull();
		expect(phone?.reveal).toBeNull();
		await live.next(session.id);
		const revealed = await live.phoneView(ola);
		expect(revealed?.outcome).toMatchObject({ verdict: 'correct', credit: 1, points: 0 });
		expect(revealed?.reveal?.evidence).toEqual(question.evidence);
		// No points: after the reveal comes the next question, not a leaderboard.
		expect((await live.next(session.id))?.phase).toBe('question');
	});

	it("keeps the words a teacher blocks for the teacher's later games, not for others'", async () => {
		const live = service();
		const first = await newGame(live);
		await live.blockWords(first.session, ['Banan', 'gruszka']);
		await live.blockWords(first.session, ['banan', 'Śliwka']);
		const later = await newGame(live, {}, first.teacherId);
		expect(await live.join(later.session.joinCode, 'b4nanowy', ADDRESS)).toEqual({
			ok: false,
			reason: 'name-refused'
		});
		expect(await live.join(later.session.joinCode, 'SLIWKA', ADDRESS)).toEqual({
			ok: false,
			reason: 'name-refused'
		});
		expect((await live.staffView(later.session.id))?.blockedWords).toEqual([
			'Banan',
			'gruszka',
			'Śliwka'
		]);
		const others = await newGame(live);
		expect((await live.join(others.session.joinCode, 'b4nanowy', ADDRESS)).ok).toBe(true);
		expect((await live.staffView(others.session.id))?.blockedWords).toEqual([]);
	});

	it('pauses the countdown and leaves the pause out of the speed bonus', async () => {
		const live = service();
		const { session, questions } = await newGame(live);
		const ola = await join(live, session.joinCode, 'Ola');
		await join(live, session.joinCode, 'Ewa');
		await live.next(session.id);
		const paused = await live.pause(session.id);
		expect(paused?.closesAt).toBeNull();
		expect(paused?.pausedRemainingMs).toBeGreaterThan(19_000);
		const question = questions[0];
		if (!question) throw new Error('no question');
		const resumed = await live.resume(session.id);
		expect(resumed?.pausedRemainingMs).toBeNull();
		expect(Date.parse(resumed?.closesAt ?? '') - Date.now()).toBeGreaterThan(18_000);
		await live.answer(ola, 0, rightResponse(question));
		const points = (await live.staffView(session.id))?.players.find((p) => p.id === ola.id)?.points;
		expect(points).toBeGreaterThan(1400);
	});
});
