import type { LiveSettings } from '../db/live-sessions';

/**
 * Points for one answer: the base times the credit (partial credit earns its share), a speed
 * bonus falling from its most for an instant answer to nothing at the close (also times the
 * credit), and a streak bonus for each fully right answer in a row after the first. Nothing at
 * all in no-points mode. Elapsed time is the server's: from the question's opening to the
 * answer's arrival.
 */
export function pointsFor(input: {
	settings: LiveSettings;
	credit: number;
	elapsedMs: number;
	durationMs: number;
	/** The fully right answers in a row before this one (0 when the last was not). */
	streakBefore: number;
}): { points: number; streak: number } {
	const { settings, credit } = input;
	const streak = credit >= 1 ? input.streakBefore + 1 : 0;
	if (!settings.points) return { points: 0, streak };
	const remaining = Math.min(1, Math.max(0, 1 - input.elapsedMs / input.durationMs));
	const base = settings.basePoints * credit;
	const speed = settings.speedBonus * credit * remaining;
	const streakBonus =
		streak > 1 ? settings.streakBonus * Math.min(streak - 1, MAX_STREAK_STEPS) : 0;
	return { points: Math.round(base + speed + streakBonus), streak };
}

/** A long streak stops adding more: one lucky run must not decide the game. */
export const MAX_STREAK_STEPS = 5;
