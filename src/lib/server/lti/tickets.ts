import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { getDatabase } from '../db';
import { findLiveTicket, insertTicket, useTicket } from '../db/lti-launches';

/**
 * One-time tickets: a validated launch is carried by a random token in a URL rather than a
 * cookie, which an LMS's iframe may not get. The database keeps only the token's SHA-256.
 */

const ticketSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('learner'), assignmentId: z.string(), participantId: z.string() }),
	z.object({ kind: z.literal('instructor'), assignmentId: z.string(), teacherId: z.string() }),
	z.object({
		kind: z.literal('deep-link'),
		teacherId: z.string(),
		contextRef: z.string(),
		deploymentId: z.string(),
		issuer: z.string(),
		clientId: z.string(),
		returnUrl: z.url(),
		data: z.string().optional()
	}),
	z.object({ kind: z.literal('deep-link-return'), returnUrl: z.url(), jwt: z.string() })
]);
export type Ticket = z.infer<typeof ticketSchema>;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function idOf(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export async function issueTicket(ticket: Ticket, lifetimeMs: number): Promise<string> {
	const token = randomBytes(32).toString('base64url');
	const { db } = await getDatabase();
	await insertTicket(db, {
		id: idOf(token),
		payload: JSON.stringify(ticket),
		expiresAt: new Date(Date.now() + lifetimeMs)
	});
	return token;
}

function parseTicket(payload: string): Ticket {
	return ticketSchema.parse(JSON.parse(payload));
}

/** The ticket without using it (a page that shows a form first), or null. */
export async function peekTicket(token: string): Promise<Ticket | null> {
	if (!TOKEN.test(token)) return null;
	const { db } = await getDatabase();
	const row = await findLiveTicket(db, idOf(token));
	return row ? parseTicket(row.payload) : null;
}

/** Uses the ticket: it works once, before it expires. */
export async function redeemTicket(token: string): Promise<Ticket | null> {
	if (!TOKEN.test(token)) return null;
	const { db } = await getDatabase();
	const row = await useTicket(db, idOf(token));
	return row ? parseTicket(row.payload) : null;
}
