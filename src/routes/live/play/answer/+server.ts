import { json, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { readAnswerForm } from '$lib/answer-form';
import { requirePlayer } from '$lib/server/live/guards';
import type { RequestHandler } from './$types';

const indexField = z.coerce.number().int().min(0).max(1000);

/**
 * A phone's answer, as a plain form POST: the server's clock at arrival decides whether it is in
 * time. JSON for the page's script; without script, back to the phone's page.
 */
export const POST: RequestHandler = async ({ request, cookies }) => {
	const receivedAt = Date.now();
	const { live, player } = await requirePlayer(cookies);
	const form = await request.formData();
	const wantsJson = /application\/json/.test(request.headers.get('accept') ?? '');
	const reply = (body: { ok: true } | { ok: false; reason: string }, status: number) => {
		if (wantsJson) return json(body, { status });
		redirect(303, body.ok ? '/live/play' : `/live/play?refused=${body.reason}`);
	};
	const index = indexField.safeParse(form.get('index'));
	if (!index.success) return reply({ ok: false, reason: 'invalid' }, 400);
	const question = await live.publicQuestionOf(player, index.data);
	if (!question) return reply({ ok: false, reason: 'not-current' }, 409);
	const reading = readAnswerForm(question, form);
	if (!reading.ok) return reply({ ok: false, reason: 'invalid' }, 400);
	const taken = await live.answer(player, index.data, reading.response, receivedAt);
	return taken.ok ? reply(taken, 200) : reply(taken, 409);
};
