import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { LIVE } from '$lib/i18n/live';
import { requireOwnLiveSession } from '$lib/server/live/guards';
import type { Actions, PageServerLoad } from './$types';

/** Live views follow the game's events (EventSource) and update without a reload. */
export const csr = true;

export const load: PageServerLoad = async ({ locals, url, params, depends }) => {
	depends('live:staff');
	const { live, session } = await requireOwnLiveSession(locals, url, params.id);
	const view = await live.staffView(session.id);
	if (!view) error(404, LIVE[locals.locale].sessionMissing);
	return { view, joinUrl: `${url.origin}/live?code=${session.joinCode}` };
};

const wordsField = z.string().max(2000);

export const actions: Actions = {
	next: async ({ locals, url, params }) => {
		const { live, session } = await requireOwnLiveSession(locals, url, params.id);
		await live.next(session.id);
	},
	pause: async ({ locals, url, params }) => {
		const { live, session } = await requireOwnLiveSession(locals, url, params.id);
		await live.pause(session.id);
	},
	resume: async ({ locals, url, params }) => {
		const { live, session } = await requireOwnLiveSession(locals, url, params.id);
		await live.resume(session.id);
	},
	end: async ({ locals, url, params }) => {
		const { live, session } = await requireOwnLiveSession(locals, url, params.id);
		await live.end(session.id);
	},
	kick: async ({ locals, url, params, request }) => {
		const { live, session } = await requireOwnLiveSession(locals, url, params.id);
		const playerId = String((await request.formData()).get('player') ?? '');
		await live.kick(session, playerId);
	},
	block: async ({ locals, url, params, request }) => {
		const { live, session } = await requireOwnLiveSession(locals, url, params.id);
		const parsed = wordsField.safeParse((await request.formData()).get('words') ?? '');
		const words = parsed.success
			? parsed.data
					.split(',')
					.map((word) => word.trim())
					.filter((word) => word.length > 0 && word.length <= 40)
			: [];
		if (words.length === 0) {
			return fail(400, {
				field: 'words',
				message: LIVE[locals.locale].blockWords,
				words: parsed.success ? parsed.data : ''
			});
		}
		await live.blockWords(session, words);
	}
};
