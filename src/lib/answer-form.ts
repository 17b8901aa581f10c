import type { PublicQuestion, Response } from '$lib/quiz/question';
import type { Messages } from '$lib/i18n/messages';
import { MAX_ANSWER_LENGTH } from '$lib/quiz/score/result';

/**
 * How each question type's answer travels in a plain HTML form (so the quiz works without
 * JavaScript), and back into the response shape the scorers take.
 */

export type FormRefusal = 'too-long' | 'duplicate-position' | 'unknown-choice';

export type FormReading =
	{ ok: true; response: Response | null } | { ok: false; field: string; code: FormRefusal };

/** A submitted form's fields, as FormData (multipart) or URLSearchParams (urlencoded) hold them. */
export interface FormFields {
	get(name: string): FormDataEntryValue | null;
	getAll(name: string): FormDataEntryValue[];
}

/** Reads a question's answer from submitted form data; null when nothing was answered. */
export function readAnswerForm(question: PublicQuestion, form: FormFields): FormReading {
	switch (question.type) {
		case 'numeric':
		case 'cloze':
		case 'short-answer': {
			const text = String(form.get('answer') ?? '');
			if (text.length > MAX_ANSWER_LENGTH) return { ok: false, field: 'answer', code: 'too-long' };
			return { ok: true, response: text.trim() === '' ? null : text };
		}
		case 'single-choice':
		case 'true-false': {
			const choice = form.get('answer');
			if (choice === null || choice === '') return { ok: true, response: null };
			if (!question.choices.some((option) => option.id === choice)) {
				return { ok: false, field: 'answer', code: 'unknown-choice' };
			}
			return { ok: true, response: String(choice) };
		}
		case 'multiple-response': {
			const chosen = form.getAll('answer').map(String);
			if (!chosen.every((id) => question.choices.some((option) => option.id === id))) {
				return { ok: false, field: 'answer', code: 'unknown-choice' };
			}
			return { ok: true, response: chosen.length ? [...new Set(chosen)] : null };
		}
		case 'ordering': {
			const positions = question.choices.map((choice) => ({
				id: choice.id,
				position: Number(form.get(`answer.${choice.id}`) ?? '')
			}));
			if (positions.every(({ position }) => !position)) return { ok: true, response: null };
			for (const { id, position } of positions) {
				const valid = Number.isInteger(position) && position >= 1 && position <= positions.length;
				const taken = positions.filter((other) => other.position === position).length > 1;
				if (!valid || taken)
					return { ok: false, field: `answer.${id}`, code: 'duplicate-position' };
			}
			return {
				ok: true,
				response: positions.sort((a, b) => a.position - b.position).map(({ id }) => id)
			};
		}
		case 'matching': {
			const pairs: Record<string, string> = {};
			for (const item of question.items) {
				const choice = String(form.get(`answer.${item.id}`) ?? '');
				if (choice === '') continue;
				if (!question.choices.some((option) => option.id === choice)) {
					return { ok: false, field: `answer.${item.id}`, code: 'unknown-choice' };
				}
				pairs[item.id] = choice;
			}
			return { ok: true, response: Object.keys(pairs).length ? pairs : null };
		}
	}
}

/** What a learner is told about an answer the form refused, in the UI language. */
export function refusalMessage(t: Messages, reason: FormRefusal): string {
	return reason === 'too-long'
		? t.answerTooLong
		: reason === 'duplicate-position'
			? t.duplicatePosition
			: t.unknownChoice;
}
