import { json } from '@sveltejs/kit';
import { toolJwks } from '$lib/server/lti/keys';
import type { RequestHandler } from './$types';

/** The tool's public keys: platforms check deep-linking responses and token requests with them. */
export const GET: RequestHandler = async () =>
	json(await toolJwks(), { headers: { 'cache-control': 'public, max-age=300' } });
