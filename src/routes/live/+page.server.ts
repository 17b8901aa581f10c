import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { LIVE } from '$lib/i18n/live';
import { normalizeJoinCode } from '$lib/server/assignments';
import { getLive } from '$lib/server/live';
import { setPlayerCookie } from '$lib/server/live/guards';
import { NICKNAME_MAX_LENGTH } from '$lib/server/live/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({
	code: normalizeJoinCode(url.searchParams.get('code') ?? ''),
	nicknameMaxLength: NICKNAME_MAX_LENGTH
});

const joinForm = z.object({
	code: z.string().max(32).catch(''),
	nickname: z.string().max(200).catch('')
});

export const actions: Actions = {
	default: async ({ request, cookies, locals, getClientAddress }) => {
		const t = LIVE[locals.locale];
		const { code, nickname } = joinForm.parse(Object.fromEntries(await request.formData()));
		const live = await getLive();
		const joined = await live.join(code, nickname, getClientAddress());
		if (!joined.ok) {
			const field = joined.reason.startsWith('name') ? 'nickname' : 'code';
			return fail(joined.reason === 'rate-limited' ? 429 : 400, {
				code,
				nickname: nickname.slice(0, NICKNAME_MAX_LENGTH * 2),
				field,
				message: t.joinErrors[joined.reason] ?? joined.reason
			});
		}
		setPlayerCookie(cookies, joined.token, locals.secureCookies);
		redirect(303, '/live/play');
	}
};
