import { fail, redirect } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import {
	joinAssignment,
	normalizeJoinCode,
	STUDENT_NAME_MAX_LENGTH
} from '$lib/server/assignments';
import { currentSeat, takeSeat } from '$lib/server/seat';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({
	code: normalizeJoinCode(url.searchParams.get('code') ?? ''),
	nameMaxLength: STUDENT_NAME_MAX_LENGTH
});

export const actions: Actions = {
	default: async ({ request, cookies, locals, getClientAddress, setHeaders }) => {
		const t = CLASSROOM[locals.locale];
		const form = await request.formData();
		const code = String(form.get('code') ?? '').slice(0, 32);
		const name = String(form.get('name') ?? '');
		// A double click or a replayed form: the seat this browser already has is kept.
		const seat = await currentSeat(cookies);
		if (seat && seat.assignment.joinCode === normalizeJoinCode(code)) redirect(303, '/class');

		const result = await joinAssignment({
			code,
			displayName: name,
			browserLearnerId: locals.learnerId,
			clientAddress: getClientAddress()
		});
		if (!result.ok) {
			const values = { code, name: name.slice(0, STUDENT_NAME_MAX_LENGTH * 2) };
			switch (result.code) {
				case 'rate-limited':
					setHeaders({ 'retry-after': String(result.retryAfterSeconds) });
					return fail(429, {
						...values,
						field: 'code',
						message: t.rateLimited(result.retryAfterSeconds)
					});
				case 'unknown-code':
					return fail(400, { ...values, field: 'code', message: t.unknownCode });
				case 'name-taken':
					return fail(409, {
						...values,
						field: 'name',
						message: t.nameTaken(name.trim().replace(/\s+/g, ' '))
					});
				case 'name-missing':
					return fail(400, { ...values, field: 'name', message: t.nameMissing });
				case 'name-too-long':
					return fail(400, {
						...values,
						field: 'name',
						message: t.nameTooLong(STUDENT_NAME_MAX_LENGTH)
					});
			}
		}
		takeSeat(cookies, result.resumeToken, result.participant.learnerId, locals.secureCookies);
		redirect(303, '/class');
	}
};
