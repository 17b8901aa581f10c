/** The marks the grid and its table share: a state is told by its symbol, not by colour alone. */
export const STATE_SYMBOLS = {
	right: '✓',
	partly: '½',
	wrong: '✗',
	unanswered: '–'
} as const;
