import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { getDatabase } from '../db';
import {
	deletePlatform,
	insertPlatform,
	listStoredPlatforms,
	type LtiPlatform
} from '../db/lti-platforms';

export type { LtiPlatform } from '../db/lti-platforms';

/**
 * The LMS platforms factquiz trusts: those of the JSON file named by FACTQUIZ_LTI_PLATFORMS (for
 * scripted deployments) and those an administrator registered from the admin page.
 */

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const platformSchema = z.strictObject({
	name: z.string().trim().min(1, 'must not be empty').max(200),
	issuer: httpUrl,
	clientId: z.string().trim().min(1, 'must not be empty').max(500),
	deploymentIds: z
		.array(z.string().trim().min(1, 'must not be empty').max(500))
		.min(1, 'needs at least one deployment id'),
	authLoginUrl: httpUrl,
	authTokenUrl: httpUrl,
	keysetUrl: httpUrl
});

const platformsFileSchema = z.array(platformSchema);

/** Where a zod issue is: `[1].keysetUrl`. */
export function issuePath(path: readonly PropertyKey[]): string {
	return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
}

/** Reads and checks the platforms file; the error names the file, the entry and the field. */
export function readPlatformsFile(path: string): LtiPlatform[] {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (failure) {
		const reason = failure instanceof Error ? failure.message : String(failure);
		throw new Error(`FACTQUIZ_LTI_PLATFORMS ${path}: cannot be read: ${reason}`, {
			cause: failure
		});
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (failure) {
		const reason = failure instanceof Error ? failure.message : String(failure);
		throw new Error(`FACTQUIZ_LTI_PLATFORMS ${path}: not JSON: ${reason}`, { cause: failure });
	}
	const parsed = platformsFileSchema.safeParse(json);
	if (!parsed.success) {
		const problems = parsed.error.issues.map(
			(issue) => `${path}${issuePath(issue.path)}: ${issue.message}`
		);
		throw new Error(`FACTQUIZ_LTI_PLATFORMS: ${problems.join('; ')}`);
	}
	const seen = new Set<string>();
	return parsed.data.map((platform, index) => {
		const key = `${platform.issuer}\n${platform.clientId}`;
		if (seen.has(key)) {
			throw new Error(
				`FACTQUIZ_LTI_PLATFORMS: ${path}[${index}]: issuer ${platform.issuer} with client id ${platform.clientId} is listed twice`
			);
		}
		seen.add(key);
		return { id: `file:${index}`, ...platform };
	});
}

let filePlatforms: LtiPlatform[] = [];

/** Loads FACTQUIZ_LTI_PLATFORMS (at start, so that a broken file stops the start with its error). */
export function loadPlatformsFile(path: string | undefined): void {
	filePlatforms = path ? readPlatformsFile(path) : [];
}

export async function listPlatforms(): Promise<{ file: LtiPlatform[]; stored: LtiPlatform[] }> {
	const { db } = await getDatabase();
	return { file: filePlatforms, stored: await listStoredPlatforms(db) };
}

/**
 * The platform of an issuer (and client id, when the LMS says it): the file's first. Null when
 * unknown, or when the issuer has several client ids and none was given.
 */
export async function findPlatform(issuer: string, clientId?: string): Promise<LtiPlatform | null> {
	const { file, stored } = await listPlatforms();
	const matching = [...file, ...stored].filter(
		(platform) =>
			platform.issuer === issuer && (clientId === undefined || platform.clientId === clientId)
	);
	if (clientId === undefined && new Set(matching.map((platform) => platform.clientId)).size > 1) {
		return null;
	}
	return matching[0] ?? null;
}

export type PlatformRegistration =
	| { ok: true; platform: LtiPlatform }
	| { ok: false; field: string; code: 'invalid'; message: string }
	| { ok: false; field: 'clientId'; code: 'taken' };

/** Registers a platform from the admin page's fields (deployment ids one per line or comma). */
export async function registerPlatform(
	fields: Record<string, string>
): Promise<PlatformRegistration> {
	const parsed = platformSchema.safeParse({
		...fields,
		deploymentIds: (fields.deploymentIds ?? '')
			.split(/[\n,]/)
			.map((id) => id.trim())
			.filter((id) => id !== '')
	});
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return {
			ok: false,
			code: 'invalid',
			field: String(issue?.path[0] ?? 'form'),
			message: issue?.message ?? 'invalid'
		};
	}
	if (await findPlatform(parsed.data.issuer, parsed.data.clientId)) {
		return { ok: false, field: 'clientId', code: 'taken' };
	}
	const { db } = await getDatabase();
	const platform = await insertPlatform(db, parsed.data);
	return platform ? { ok: true, platform } : { ok: false, field: 'clientId', code: 'taken' };
}

export async function removePlatform(id: string): Promise<void> {
	const { db } = await getDatabase();
	await deletePlatform(db, id);
}
