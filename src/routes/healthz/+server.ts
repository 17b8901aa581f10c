import type { RequestHandler } from './$types';

/**
 * Liveness for load balancers and orchestrators: answers as soon as the server can serve a
 * request, without touching the database or the modules, so a slow query never gets a healthy
 * process restarted.
 */
export const GET: RequestHandler = () =>
	new Response('ok', {
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
	});
