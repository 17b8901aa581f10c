import { randomInt } from 'node:crypto';
import type { QuizModule } from '$lib/quiz/module';
import { QUESTION_TYPES, type QuestionType } from '$lib/quiz/question';
import { toTimestamp } from './db/codec';
import {
	assignmentSettingsSchema,
	FEEDBACK_TIMINGS,
	type AssignmentSettings
} from './db/assignments';

export const TITLE_MAX_LENGTH = 120;

export type AssignmentField =
	'title' | 'count' | 'types' | 'facts' | 'timeLimitMinutes' | 'maxAttempts' | 'opensAt' | 'dueAt';
type WholeField = 'count' | 'timeLimitMinutes' | 'maxAttempts';

/** A whole-number setting's bounds, read off the settings schema (one source of truth). */
function rangeOf(name: WholeField): { min: number; max: number } {
	const shape = assignmentSettingsSchema.shape[name];
	const number = 'unwrap' in shape ? shape.unwrap() : shape;
	return { min: number.minValue ?? 0, max: number.maxValue ?? Number.MAX_SAFE_INTEGER };
}

export type AssignmentFormError = { field: AssignmentField; code: string };

/**
 * Reads the new-assignment form. Dates come from `datetime-local` fields, read in the given
 * UTC offset (the teacher's browser sends it; the server's own zone is no one's classroom).
 */
export function readAssignmentForm(
	form: FormData,
	module: QuizModule
):
	| { ok: true; title: string; settings: AssignmentSettings }
	| { ok: false; errors: AssignmentFormError[] } {
	const errors: AssignmentFormError[] = [];
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value.trim() : '';
	};
	const title = text('title') || module.title;
	if (title.length > TITLE_MAX_LENGTH) errors.push({ field: 'title', code: 'too-long' });

	const whole = (name: WholeField, fallback: number | null) => {
		const { min, max } = rangeOf(name);
		const raw = text(name);
		if (raw === '') return fallback;
		const value = Number(raw);
		if (!Number.isInteger(value) || value < min || value > max) {
			errors.push({ field: name, code: `range:${min}-${max}` });
			return fallback;
		}
		return value;
	};
	const count = whole('count', 10) ?? 10;
	const timeLimitMinutes = whole('timeLimitMinutes', null);
	const maxAttempts = whole('maxAttempts', 1) ?? 1;

	const chosenTypes = form.getAll('types').map(String);
	const types = chosenTypes.filter((type): type is QuestionType =>
		(QUESTION_TYPES as readonly string[]).includes(type)
	);
	if (types.length !== chosenTypes.length) errors.push({ field: 'types', code: 'unknown' });
	const chosenFacts = form.getAll('facts').map(String);
	const knownFacts = new Set(module.facts.map((fact) => fact.id));
	if (chosenFacts.some((fact) => !knownFacts.has(fact))) {
		errors.push({ field: 'facts', code: 'unknown' });
	}

	const offsetMinutes = Number(text('timezoneOffset') || '0');
	const date = (name: 'opensAt' | 'dueAt') => {
		const raw = text(name);
		if (raw === '') return null;
		const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(raw);
		const local = match
			? Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!, +match[4]!, +match[5]!)
			: NaN;
		const offset =
			Number.isFinite(offsetMinutes) && Math.abs(offsetMinutes) <= 14 * 60 ? offsetMinutes : 0;
		if (!Number.isFinite(local)) {
			errors.push({ field: name, code: 'invalid-date' });
			return null;
		}
		// getTimezoneOffset() is UTC minus local time, in minutes.
		return toTimestamp(new Date(local + offset * 60_000));
	};
	const opensAt = date('opensAt');
	const dueAt = date('dueAt');
	if (opensAt && dueAt && dueAt <= opensAt) errors.push({ field: 'dueAt', code: 'before-open' });

	if (errors.length > 0) return { ok: false, errors };
	const feedback = text('feedback');
	const settings = assignmentSettingsSchema.safeParse({
		count,
		types: types.length > 0 && types.length < QUESTION_TYPES.length ? types : null,
		facts: chosenFacts.length > 0 && chosenFacts.length < knownFacts.size ? chosenFacts : null,
		timeLimitMinutes,
		maxAttempts,
		opensAt,
		dueAt,
		openBook: form.get('openBook') === 'on',
		feedback: FEEDBACK_TIMINGS.find((timing) => timing === feedback) ?? 'after-submit',
		shuffle: form.get('shuffle') === 'on',
		seedMode: text('seedMode') === 'shared' ? 'shared' : 'per-student',
		seed: randomInt(1, 2 ** 31 - 1)
	});
	if (!settings.success) {
		// The reading above keeps every value in range; a schema that grew stricter is named here.
		const field = settings.error.issues[0]?.path[0];
		throw new Error(`assignment form: settings.${String(field)} does not fit the schema`);
	}
	return { ok: true, title, settings: settings.data };
}

/** How much of one typed value a refused form sends back to be drawn again. */
const ECHO_MAX_LENGTH = 200;

/**
 * What a refused assignment form sent, to draw it again as the teacher left it: each field's
 * value, and for boxes ticked under one name (types, facts) every ticked value, which a plain
 * object of entries would cut to the last one.
 */
export function echoAssignmentForm(form: FormData): {
	values: Record<string, string>;
	ticked: Record<string, string[]>;
} {
	const values: Record<string, string> = {};
	const ticked: Record<string, string[]> = {};
	for (const [name, value] of form.entries()) {
		if (typeof value !== 'string') continue;
		const text = value.slice(0, ECHO_MAX_LENGTH);
		values[name] = text;
		(ticked[name] ??= []).push(text);
	}
	return { values, ticked };
}
