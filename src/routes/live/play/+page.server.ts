import { error } from '@sveltejs/kit';
import { LIVE } from '$lib/i18n/live';
import { requirePlayer } from '$lib/server/live/guards';
import type { PageServerLoad } from './$types';

/** Live views follow the game's events (EventSource) and update without a reload. */
export const csr = true;

export const load: PageServerLoad = async ({ cookies, locals, url, depends }) => {
	depends('live:phone');
	const { live, player } = await requirePlayer(cookies);
	const view = await live.phoneView(player);
	if (!view) error(404, LIVE[locals.locale].sessionMissing);
	const refused = url.searchParams.get('refused');
	return { view, refused: refused && /^[a-z-]{1,20}$/.test(refused) ? refused : null };
};
