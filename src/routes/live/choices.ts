/**
 * How a choice is told apart on a phone and the projector: by shape and letter as well as by
 * colour, so that no one needs to see colours. White text on each colour passes WCAG AA.
 */
const MARKS = [
	{ shape: '▲', colour: '#b3261e' },
	{ shape: '◆', colour: '#1a56a8' },
	{ shape: '●', colour: '#7a4f00' },
	{ shape: '■', colour: '#1e6b32' },
	{ shape: '★', colour: '#5b2a86' },
	{ shape: '⬟', colour: '#0b5563' }
] as const;

export function choiceMark(position: number): { shape: string; colour: string; letter: string } {
	const mark = MARKS[position % MARKS.length] ?? MARKS[0];
	return { ...mark, letter: String.fromCharCode(65 + position) };
}

/** The whole seconds left until `closesAt` by the server's clock (`offsetMs`: server minus here). */
export function secondsLeft(
	closesAt: string | null,
	pausedRemainingMs: number | null,
	nowMs: number
): number {
	if (pausedRemainingMs !== null) return Math.ceil(pausedRemainingMs / 1000);
	if (closesAt === null) return 0;
	return Math.max(0, Math.ceil((Date.parse(closesAt) - nowMs) / 1000));
}

/** Event names the live streams send. */
export const LIVE_EVENT_KINDS = [
	'joined',
	'kicked',
	'settings',
	'question',
	'paused',
	'resumed',
	'reveal',
	'leaderboard',
	'ended'
] as const;
