import { randomBytes } from 'node:crypto';
import type { QuizModule } from '$lib/quiz/module';
import type { AssignmentSettings } from '../assignments';
import { createClassAssignment } from '../assignments';
import { getDatabase } from '../db';
import { insertLink } from '../db/lti-courses';
import { DEEP_LINKING, LTI } from './claims';
import { signWithToolKey } from './keys';
import { toolUrls } from './launch';
import { issueTicket, peekTicket, redeemTicket, type Ticket } from './tickets';

/**
 * Deep Linking 2.0: the instructor picks a module and the settings, factquiz makes the assignment
 * (owned by the LMS course's teacher account) and answers the LMS with a signed
 * LtiDeepLinkingResponse holding one ltiResourceLink with a lineItem.
 */

export type DeepLinkTicket = Extract<Ticket, { kind: 'deep-link' }>;

export async function findDeepLinkRequest(token: string): Promise<DeepLinkTicket | null> {
	const ticket = await peekTicket(token);
	return ticket?.kind === 'deep-link' ? ticket : null;
}

/** The response's JWT: what the LMS checks against the tool's JWKS. */
export async function deepLinkingResponse(
	request: DeepLinkTicket,
	item: { assignmentId: string; title: string; scoreMaximum: number; origin: string }
): Promise<string> {
	return signWithToolKey(
		{
			iss: request.clientId,
			aud: request.issuer,
			nonce: randomBytes(16).toString('base64url'),
			[`${LTI}message_type`]: 'LtiDeepLinkingResponse',
			[`${LTI}version`]: '1.3.0',
			[`${LTI}deployment_id`]: request.deploymentId,
			...(request.data !== undefined ? { [`${DEEP_LINKING}data`]: request.data } : {}),
			[`${DEEP_LINKING}content_items`]: [
				{
					type: 'ltiResourceLink',
					title: item.title,
					url: toolUrls(item.origin).launch,
					custom: { assignment: item.assignmentId },
					lineItem: {
						scoreMaximum: item.scoreMaximum,
						label: item.title,
						resourceId: item.assignmentId
					}
				}
			]
		},
		'5m'
	);
}

/**
 * Makes the assignment the instructor chose, linked to the course, and the one-time ticket of the
 * page that posts the response back to the LMS. Null when the picker's ticket was used meanwhile.
 */
export async function completeDeepLinking(
	token: string,
	choice: {
		served: { module: QuizModule; versionId: string | null };
		title: string;
		settings: AssignmentSettings;
		origin: string;
	}
): Promise<string | null> {
	const request = await redeemTicket(token);
	if (request?.kind !== 'deep-link') return null;
	const assignment = await createClassAssignment(
		request.teacherId,
		choice.served,
		choice.title,
		choice.settings
	);
	const { db } = await getDatabase();
	await insertLink(db, {
		assignmentId: assignment.id,
		contextRef: request.contextRef,
		deploymentId: request.deploymentId
	});
	const jwt = await deepLinkingResponse(request, {
		assignmentId: assignment.id,
		title: assignment.title,
		// Each question is worth one point: the gradebook's maximum is the quiz's length.
		scoreMaximum: assignment.settings.count,
		origin: choice.origin
	});
	return issueTicket(
		{ kind: 'deep-link-return', returnUrl: request.returnUrl, jwt },
		10 * 60 * 1000
	);
}

/** The response to post back to the LMS, once. */
export async function takeDeepLinkingReturn(token: string) {
	const ticket = await redeemTicket(token);
	return ticket?.kind === 'deep-link-return' ? ticket : null;
}
