import { describe, expect, it } from 'vitest';
import { DEFAULT_LIVE_SETTINGS } from '$lib/server/db/live-sessions';
import { offensiveWordIn } from '$lib/server/live/nicknames';
import { MAX_STREAK_STEPS, pointsFor } from '$lib/server/live/points';

describe('live points', () => {
	const settings = DEFAULT_LIVE_SETTINGS;
	const at = (credit: number, elapsedMs: number, streakBefore = 0) =>
		pointsFor({ settings, credit, elapsedMs, durationMs: 20_000, streakBefore });

	it('gives the base and the whole speed bonus for an instant right answer, the base alone at the close', () => {
		expect(at(1, 0)).toEqual({ points: 1500, streak: 1 });
		expect(at(1, 20_000)).toEqual({ points: 1000, streak: 1 });
		expect(at(1, 10_000).points).toBe(1250);
	});

	it('counts partial credit as its share and ends the streak', () => {
		expect(at(0.5, 0, 3)).toEqual({ points: 750, streak: 0 });
		expect(at(0, 0, 3)).toEqual({ points: 0, streak: 0 });
	});

	it('adds the streak bonus from the second right answer in a row, up to a cap', () => {
		expect(at(1, 20_000, 1)).toEqual({ points: 1100, streak: 2 });
		expect(at(1, 20_000, 20).points).toBe(1000 + MAX_STREAK_STEPS * 100);
	});

	it('gives nothing in no-points mode but still counts the streak', () => {
		expect(
			pointsFor({
				settings: { ...settings, points: false },
				credit: 1,
				elapsedMs: 0,
				durationMs: 20_000,
				streakBefore: 2
			})
		).toEqual({ points: 0, streak: 3 });
	});
});

describe('live nicknames', () => {
	it('refuses offensive words however they are disguised', () => {
		for (const nickname of [
			'kurwa',
			'KuRwA 2000',
			'k.u.r.w.a',
			'kurw4',
			'Chujek',
			'f u c k',
			'xxkurwaxx'
		]) {
			expect(offensiveWordIn(nickname, []), nickname).not.toBeNull();
		}
	});

	it('lets ordinary names through, Polish letters and all', () => {
		for (const nickname of [
			'Łucja',
			'Grzegorz Brzęczyszczykiewicz',
			'Ola 3b',
			'Scunthorpe',
			'Zuzia'
		]) {
			expect(offensiveWordIn(nickname, []), nickname).toBeNull();
		}
	});

	it('refuses the words the teacher added, compared the same way', () => {
		expect(offensiveWordIn('Pan Banan', ['banan'])).toBe('banan');
		expect(offensiveWordIn('B@NAN', ['Banan'])).toBe('banan');
		expect(offensiveWordIn('Pan Banan', [])).toBeNull();
	});
});
