/** The most questions a quiz has is far below this; longer numbers are not routes either. */
const MAX_DIGITS = 6;

/**
 * A question number as it appears in a route (`/quiz/<attempt>/<n>`) or a form's `go` button:
 * a positive integer written canonically, "1", "12". Anything `Number()` would also read as one
 * ("1e1", "0x1", " 1", "1.0", "01", "+1") is no question, so that every question has exactly one
 * address; "NaN" and "Infinity" are none either. Returns the question's index (from 0), or null.
 */
export function questionIndexOf(text: string): number | null {
	if (text.length > MAX_DIGITS || !/^[1-9][0-9]*$/.test(text)) return null;
	return Number(text) - 1;
}
