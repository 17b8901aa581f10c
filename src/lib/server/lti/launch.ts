import { createHash, randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import {
	resumeHashOf,
	resumeTokenOf,
	startAssignmentAttempt,
	STUDENT_NAME_MAX_LENGTH
} from '../assignments';
import { getDatabase } from '../db';
import { findAssignment } from '../db/assignments';
import { findTeacherIdByEmail, LTI_TEACHER_EMAIL_DOMAIN } from '../db/lti-admin';
import {
	ensureContext,
	findContext,
	findLearnerSeat,
	findLink,
	insertLearnerSeat,
	updateLinkServices
} from '../db/lti-courses';
import { deleteLoginStatesBefore, insertLoginState } from '../db/lti-launches';
import {
	createParticipant,
	deleteParticipant,
	listParticipants,
	nameKeyOf
} from '../db/participants';
import { createTeacher } from '../db/teachers';
import { newLearnerId } from '../learner';
import { takeSeat } from '../seat';
import { startSession } from '../teachers';
import {
	AGS_ENDPOINT,
	DEEP_LINKING,
	displayNameOf,
	isInstructor,
	isLearner,
	LTI,
	NRPS,
	type LaunchClaims
} from './claims';
import { findPlatform, type LtiPlatform } from './platforms';
import { issueTicket, redeemTicket } from './tickets';
import { LaunchRefused, LOGIN_STATE_LIFETIME_MS, validateLaunch } from './validate';

/** The tool's endpoints, as an LMS is configured with them. */
export function toolUrls(origin: string) {
	return {
		login: `${origin}/lti/login`,
		launch: `${origin}/lti/launch`,
		deepLinking: `${origin}/lti/launch`,
		jwks: `${origin}/lti/jwks`
	};
}

/** Third-party initiated login (Security Framework §5.1.1): the redirect to the platform. */
export async function startLogin(params: URLSearchParams, origin: string): Promise<string> {
	const issuer = params.get('iss');
	const loginHint = params.get('login_hint');
	const target = params.get('target_link_uri');
	if (!issuer) throw new LaunchRefused('bad-login', 'login: iss is missing');
	if (!loginHint) throw new LaunchRefused('bad-login', 'login: login_hint is missing');
	if (!target) throw new LaunchRefused('bad-login', 'login: target_link_uri is missing');
	const clientId = params.get('client_id') ?? undefined;
	const platform = await findPlatform(issuer, clientId);
	if (!platform) {
		throw new LaunchRefused(
			'unknown-platform',
			`login: issuer ${issuer}${clientId ? ` with client id ${clientId}` : ''} is not registered`
		);
	}
	let targetOrigin: string | null = null;
	try {
		targetOrigin = new URL(target).origin;
	} catch {
		// compared below
	}
	if (targetOrigin !== origin) {
		throw new LaunchRefused('bad-login', `login: target_link_uri ${target} is not on ${origin}`);
	}
	const deployment = params.get('lti_deployment_id');
	if (deployment !== null && !platform.deploymentIds.includes(deployment)) {
		throw new LaunchRefused(
			'unknown-deployment',
			`login: deployment ${deployment} is not registered for ${platform.issuer}`
		);
	}
	const state = randomBytes(24).toString('base64url');
	const nonce = randomBytes(24).toString('base64url');
	const { db } = await getDatabase();
	await insertLoginState(db, {
		state,
		nonce,
		issuer: platform.issuer,
		client_id: platform.clientId
	});
	// Logins never answered are forgotten once their launch could no longer be accepted.
	await deleteLoginStatesBefore(db, new Date(Date.now() - 2 * LOGIN_STATE_LIFETIME_MS));
	const redirect = new URL(platform.authLoginUrl);
	const query = {
		scope: 'openid',
		response_type: 'id_token',
		response_mode: 'form_post',
		prompt: 'none',
		client_id: platform.clientId,
		redirect_uri: toolUrls(origin).launch,
		login_hint: loginHint,
		state,
		nonce
	};
	for (const [name, value] of Object.entries(query)) redirect.searchParams.set(name, value);
	const messageHint = params.get('lti_message_hint');
	if (messageHint !== null) redirect.searchParams.set('lti_message_hint', messageHint);
	return redirect.toString();
}

/** A launch that passed validation but cannot be served (no such activity, no role). */
export class LaunchUnserved extends Error {
	constructor(
		readonly code: 'unknown-activity' | 'no-role' | 'not-instructor' | 'no-context',
		readonly detail: string
	) {
		super(`LTI launch not served (${code}): ${detail}`);
	}
}

const TICKET_LIFETIME_MS = 5 * 60 * 1000;
const DEEP_LINK_LIFETIME_MS = 60 * 60 * 1000;

/** The teacher account an LMS course's instructors share: no password, an unreachable address. */
async function courseTeacher(platform: LtiPlatform, claims: LaunchClaims) {
	const context = claims[`${LTI}context`];
	if (!context) throw new LaunchUnserved('no-context', `claim ${LTI}context is missing`);
	const { db } = await getDatabase();
	const key = { issuer: platform.issuer, clientId: platform.clientId, contextId: context.id };
	const found = await findContext(db, key);
	if (found) return found;
	const title = (context.title ?? context.label ?? context.id).slice(0, 80);
	const digest = createHash('sha256')
		.update(`${platform.issuer}\n${platform.clientId}\n${context.id}`)
		.digest('hex')
		.slice(0, 32);
	const email = `course-${digest}@${LTI_TEACHER_EMAIL_DOMAIN}`;
	// '!' is no argon2 hash: no password ever signs in to this account.
	const teacher = await createTeacher(db, { email, displayName: title, passwordHash: '!' });
	// Another launch of the same course may have made the account a moment ago.
	const teacherId = teacher?.id ?? (await findTeacherIdByEmail(db, email));
	if (!teacherId) throw new Error(`LTI course account ${email} was neither made nor found`);
	return ensureContext(db, { ...key, title, teacherId });
}

/** The seat of the LMS user in the assignment, made on their first launch, named as the LMS names them. */
async function learnerSeat(assignmentId: string, claims: LaunchClaims): Promise<string> {
	const { db } = await getDatabase();
	const existing = await findLearnerSeat(db, assignmentId, claims.sub);
	if (existing) return existing;
	const name = (displayNameOf(claims) ?? claims.sub).slice(0, STUDENT_NAME_MAX_LENGTH - 8);
	const taken = new Set(
		(await listParticipants(db, assignmentId)).map((p) => nameKeyOf(p.displayName))
	);
	let displayName = name;
	for (let n = 2; taken.has(nameKeyOf(displayName)); n++) displayName = `${name} (${n})`;
	const resumeToken = randomBytes(18).toString('base64url');
	const participant = await createParticipant(db, {
		assignmentId,
		learnerId: newLearnerId(),
		displayName,
		resumeToken,
		resumeHash: resumeHashOf(resumeToken)
	});
	if (
		await insertLearnerSeat(db, { assignmentId, userId: claims.sub, participantId: participant.id })
	) {
		return participant.id;
	}
	// The same user launched twice at once: the other launch's seat is theirs.
	await deleteParticipant(db, assignmentId, participant.id);
	const raced = await findLearnerSeat(db, assignmentId, claims.sub);
	if (!raced) throw new Error(`LTI seat of ${claims.sub} in ${assignmentId} vanished`);
	return raced;
}

async function resourceLinkTicket(platform: LtiPlatform, claims: LaunchClaims) {
	const custom = claims[`${LTI}custom`] ?? {};
	const assignmentId = typeof custom.assignment === 'string' ? custom.assignment : '';
	const { db } = await getDatabase();
	const link = /^as_[A-Za-z0-9_-]{22}$/.test(assignmentId)
		? await findLink(db, assignmentId)
		: undefined;
	const context = claims[`${LTI}context`];
	if (
		!link ||
		link.context.issuer !== platform.issuer ||
		link.context.clientId !== platform.clientId ||
		link.context.contextId !== context?.id
	) {
		throw new LaunchUnserved(
			'unknown-activity',
			`custom assignment ${JSON.stringify(assignmentId)} is no factquiz assignment of this course`
		);
	}
	const ags = claims[AGS_ENDPOINT];
	await updateLinkServices(db, assignmentId, {
		lineItemUrl: ags?.lineitem ?? link.lineItemUrl,
		membershipsUrl: claims[NRPS]?.context_memberships_url ?? link.membershipsUrl
	});
	const roles = claims[`${LTI}roles`];
	if (isInstructor(roles)) {
		return issueTicket(
			{ kind: 'instructor', assignmentId, teacherId: link.context.teacherId },
			TICKET_LIFETIME_MS
		);
	}
	if (isLearner(roles)) {
		const participantId = await learnerSeat(assignmentId, claims);
		return issueTicket({ kind: 'learner', assignmentId, participantId }, TICKET_LIFETIME_MS);
	}
	throw new LaunchUnserved(
		'no-role',
		`roles ${JSON.stringify(roles)} are neither Instructor nor Learner`
	);
}

async function deepLinkingTicket(platform: LtiPlatform, claims: LaunchClaims) {
	if (!isInstructor(claims[`${LTI}roles`])) {
		throw new LaunchUnserved('not-instructor', 'deep linking needs an Instructor or Administrator');
	}
	const settings = claims[`${DEEP_LINKING}deep_linking_settings`];
	if (!settings) throw new Error('unreachable: validateLaunch checks deep_linking_settings');
	const context = await courseTeacher(platform, claims);
	return issueTicket(
		{
			kind: 'deep-link',
			teacherId: context.teacherId,
			contextRef: context.id,
			deploymentId: claims[`${LTI}deployment_id`],
			issuer: platform.issuer,
			clientId: platform.clientId,
			returnUrl: settings.deep_link_return_url,
			...(settings.data !== undefined ? { data: settings.data } : {})
		},
		DEEP_LINK_LIFETIME_MS
	);
}

/**
 * Validates the launch and turns it into a ticket: where the browser goes next (the learner's
 * attempt, the instructor's results, the deep-linking picker). Throws `LaunchRefused` or
 * `LaunchUnserved`.
 */
export async function acceptLaunch(form: {
	idToken: string | null;
	state: string | null;
}): Promise<{ kind: 'resource-link' | 'deep-link'; token: string }> {
	const { platform, claims } = await validateLaunch(form);
	if (claims[`${LTI}message_type`] === 'LtiDeepLinkingRequest') {
		return { kind: 'deep-link', token: await deepLinkingTicket(platform, claims) };
	}
	return { kind: 'resource-link', token: await resourceLinkTicket(platform, claims) };
}

/**
 * Uses a launch's ticket in a first-party window: the learner takes their seat and lands in their
 * attempt (a relaunch resumes it); the instructor gets a session and lands on the results.
 * Null when the ticket is unknown, used or expired.
 */
export async function continueLaunch(
	token: string,
	cookies: Cookies,
	secure: boolean
): Promise<string | null> {
	const ticket = await redeemTicket(token);
	if (!ticket) return null;
	const { db } = await getDatabase();
	if (ticket.kind === 'instructor') {
		await startSession(cookies, ticket.teacherId, secure);
		return `/teacher/assignments/${ticket.assignmentId}`;
	}
	if (ticket.kind !== 'learner') return null;
	const assignment = await findAssignment(db, ticket.assignmentId);
	const participant = (await listParticipants(db, ticket.assignmentId)).find(
		(candidate) => candidate.id === ticket.participantId
	);
	if (!assignment || !participant) return null;
	const resumeToken = await resumeTokenOf(assignment, participant.id);
	if (!resumeToken) return null;
	takeSeat(cookies, resumeToken, participant.learnerId, secure);
	const started = await startAssignmentAttempt(assignment, participant);
	return started.ok ? `/quiz/${started.attempt.id}/1` : '/class';
}
