import { z } from 'zod';

/** The LTI 1.3 claims factquiz reads from a launch's id_token, and the roles it acts on. */

export const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
export const DEEP_LINKING = 'https://purl.imsglobal.org/spec/lti-dl/claim/';
export const AGS_ENDPOINT = 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint';
export const NRPS = 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice';
export const AGS_SCORE_SCOPE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';
export const NRPS_SCOPE =
	'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';

export const MESSAGE_TYPES = ['LtiResourceLinkRequest', 'LtiDeepLinkingRequest'] as const;

/** Claims every launch must carry, by name, checked one by one so that a refusal names it. */
export const REQUIRED_CLAIMS = [
	'sub',
	`${LTI}message_type`,
	`${LTI}version`,
	`${LTI}deployment_id`,
	`${LTI}roles`
] as const;

const contextSchema = z.looseObject({
	id: z.string().min(1),
	label: z.string().optional(),
	title: z.string().optional()
});

const agsSchema = z.looseObject({
	scope: z.array(z.string()).default([]),
	lineitem: z.url().optional(),
	lineitems: z.url().optional()
});

const nrpsSchema = z.looseObject({ context_memberships_url: z.url() });

const deepLinkingSettingsSchema = z.looseObject({
	deep_link_return_url: z.url(),
	accept_types: z.array(z.string()),
	data: z.string().optional()
});

export const launchClaimsSchema = z.looseObject({
	sub: z.string().min(1).max(255),
	name: z.string().optional(),
	given_name: z.string().optional(),
	family_name: z.string().optional(),
	[`${LTI}message_type`]: z.enum(MESSAGE_TYPES),
	[`${LTI}version`]: z.literal('1.3.0'),
	[`${LTI}deployment_id`]: z.string().min(1).max(255),
	[`${LTI}roles`]: z.array(z.string()),
	[`${LTI}target_link_uri`]: z.string().optional(),
	[`${LTI}context`]: contextSchema.optional(),
	[`${LTI}resource_link`]: z.looseObject({ id: z.string().min(1) }).optional(),
	[`${LTI}custom`]: z.record(z.string(), z.unknown()).optional(),
	[`${DEEP_LINKING}deep_linking_settings`]: deepLinkingSettingsSchema.optional(),
	[AGS_ENDPOINT]: agsSchema.optional(),
	[NRPS]: nrpsSchema.optional()
});

export type LaunchClaims = z.infer<typeof launchClaimsSchema>;

const ROLE_SUFFIXES = {
	instructor: ['#Instructor', '#Administrator', '#ContentDeveloper', '#TeachingAssistant'],
	learner: ['#Learner', '#Student']
};

/** Whether the roles make the user a teacher of the course (Instructor or Administrator). */
export function isInstructor(roles: readonly string[]): boolean {
	return roles.some(
		(role) =>
			ROLE_SUFFIXES.instructor.some((suffix) => role.endsWith(suffix)) ||
			['Instructor', 'Administrator'].includes(role)
	);
}

export function isLearner(roles: readonly string[]): boolean {
	return roles.some(
		(role) => ROLE_SUFFIXES.learner.some((suffix) => role.endsWith(suffix)) || role === 'Learner'
	);
}

/** The user's name as the LMS gives it: `name`, else given and family names, else null. */
export function displayNameOf(claims: LaunchClaims): string | null {
	const full = claims.name?.trim();
	if (full) return full;
	const parts = [claims.given_name, claims.family_name].map((part) => part?.trim()).filter(Boolean);
	return parts.length > 0 ? parts.join(' ') : null;
}
