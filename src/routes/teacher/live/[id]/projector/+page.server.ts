import { error } from '@sveltejs/kit';
import { LIVE } from '$lib/i18n/live';
import { requireOwnLiveSession } from '$lib/server/live/guards';
import { qrSvgOf } from '$lib/server/qr';
import type { PageServerLoad } from './$types';

/** Live views follow the game's events (EventSource) and update without a reload. */
export const csr = true;

export const load: PageServerLoad = async ({ locals, url, params, depends }) => {
	depends('live:staff');
	const { live, session } = await requireOwnLiveSession(locals, url, params.id);
	const view = await live.staffView(session.id);
	if (!view) error(404, LIVE[locals.locale].sessionMissing);
	const joinUrl = `${url.origin}/live?code=${session.joinCode}`;
	return { view, joinUrl, joinPage: `${url.host}/live`, qrSvg: await qrSvgOf(joinUrl) };
};
