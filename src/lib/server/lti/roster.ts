import { z } from 'zod';
import { getDatabase } from '../db';
import { findLink, listLearnerUserIds } from '../db/lti-courses';
import { listPendingScoreSends } from '../db/lti-scores';
import { isLearner, NRPS_SCOPE } from './claims';
import { findPlatform } from './platforms';
import { accessToken } from './tokens';

/**
 * What the assignment page shows of an assignment linked to an LMS course: the course's learners
 * from the Names and Roles Provisioning Service (who has not started yet) and the scores not yet
 * acknowledged by the gradebook.
 */

const membershipsSchema = z.looseObject({
	members: z.array(
		z.looseObject({
			user_id: z.string(),
			name: z.string().optional(),
			given_name: z.string().optional(),
			family_name: z.string().optional(),
			roles: z.array(z.string()).default([]),
			status: z.string().optional()
		})
	)
});

/** The roster is asked for at most once a minute per assignment (the page refreshes live). */
const ROSTER_KEPT_MS = 60 * 1000;
const rosters = new Map<string, { at: number; members: RosterMember[] }>();

interface RosterMember {
	userId: string;
	name: string;
}

async function courseLearners(
	issuer: string,
	clientId: string,
	membershipsUrl: string
): Promise<RosterMember[]> {
	const platform = await findPlatform(issuer, clientId);
	if (!platform) throw new Error(`platform ${issuer} is not registered`);
	const token = await accessToken(platform, NRPS_SCOPE);
	const response = await fetch(membershipsUrl, {
		headers: {
			authorization: `Bearer ${token}`,
			accept: 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json'
		},
		signal: AbortSignal.timeout(10_000)
	});
	if (!response.ok) throw new Error(`${membershipsUrl}: HTTP ${response.status}`);
	const parsed = membershipsSchema.safeParse(await response.json());
	if (!parsed.success) throw new Error(`${membershipsUrl}: not a membership container`);
	return parsed.data.members
		.filter((member) => isLearner(member.roles) && (member.status ?? 'Active') === 'Active')
		.map((member) => ({
			userId: member.user_id,
			name:
				member.name ??
				([member.given_name, member.family_name].filter(Boolean).join(' ') || member.user_id)
		}));
}

export interface LtiAssignmentPanel {
	courseTitle: string;
	/** Course learners without a seat yet; null when the LMS offers no roster or it failed. */
	notStarted: string[] | null;
	rosterSize: number | null;
	rosterError: boolean;
	pendingScores: {
		name: string;
		scoreGiven: number;
		scoreMaximum: number;
		tries: number;
		nextTryAt: string;
		lastError: string | null;
	}[];
}

export async function ltiAssignmentPanel(assignmentId: string): Promise<LtiAssignmentPanel | null> {
	const { db } = await getDatabase();
	const link = await findLink(db, assignmentId);
	if (!link) return null;
	const pending = await listPendingScoreSends(db, assignmentId);
	let members: RosterMember[] | null = null;
	let rosterError = false;
	if (link.membershipsUrl) {
		const kept = rosters.get(assignmentId);
		if (kept && Date.now() - kept.at < ROSTER_KEPT_MS) {
			members = kept.members;
		} else {
			try {
				members = await courseLearners(
					link.context.issuer,
					link.context.clientId,
					link.membershipsUrl
				);
				rosters.set(assignmentId, { at: Date.now(), members });
			} catch (failure) {
				console.warn('LTI: roster not available:', failure);
				rosterError = true;
			}
		}
	}
	const seated = new Set(await listLearnerUserIds(db, assignmentId));
	return {
		courseTitle: link.context.title,
		notStarted: members
			? members.filter((member) => !seated.has(member.userId)).map((member) => member.name)
			: null,
		rosterSize: members?.length ?? null,
		rosterError,
		pendingScores: pending.map((send) => ({
			name: send.display_name ?? '?',
			scoreGiven: send.score_given,
			scoreMaximum: send.score_maximum,
			tries: send.tries,
			nextTryAt: send.next_try_at,
			lastError: send.last_error
		}))
	};
}
