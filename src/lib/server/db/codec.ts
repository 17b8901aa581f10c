import { randomBytes } from 'node:crypto';
import type { z } from 'zod';

/**
 * How values are stored the same way on both engines: timestamps as ISO-8601 UTC text of fixed
 * width (text order is time order), JSON as text.
 */

/**
 * `value` (a Date, or text `Date` reads) as stored; now when absent. Throws on an invalid date, and
 * on a year outside 0000–9999, whose text (`+275760-…`) would not sort in time order.
 */
export function toTimestamp(value: Date | string = new Date()): string {
	const date = typeof value === 'string' ? new Date(value) : value;
	if (Number.isNaN(date.getTime())) throw new RangeError(`not a valid timestamp: ${String(value)}`);
	const text = date.toISOString();
	if (text.length !== 24) {
		throw new RangeError(`timestamp ${text} is outside the years 0000–9999 that can be stored`);
	}
	return text;
}

/** Parses a stored JSON column; `place` names it in the error ("attempts.questions of a_…"). */
export function parseJson<T>(text: string, place: string): T {
	try {
		return JSON.parse(text) as T;
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(`${place}: stored JSON cannot be read: ${reason}`, { cause: error });
	}
}

/** Parses a stored JSON column by its schema, so a row that does not fit fails where it is read. */
export function parseJsonWith<T>(schema: z.ZodType<T>, text: string, place: string): T {
	const parsed = schema.safeParse(parseJson<unknown>(text, place));
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	const path = issue?.path.length ? `.${issue.path.join('.')}` : '';
	throw new Error(`${place}${path}: stored value does not fit: ${issue?.message ?? 'invalid'}`);
}

/** A new row id: the table's prefix and 128 random bits ("as_…", "p_…"). */
export function randomId(prefix: string): string {
	return `${prefix}_${randomBytes(16).toString('base64url')}`;
}
