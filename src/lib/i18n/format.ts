import type { Language } from '$lib/quiz/content';

/** A date and time in the UI's language, in the server's zone unless given. */
export function formatWhen(iso: string, locale: Language, timeZone?: string): string {
	return new Intl.DateTimeFormat(locale === 'pl' ? 'pl-PL' : 'en-GB', {
		dateStyle: 'medium',
		timeStyle: 'short',
		...(timeZone ? { timeZone } : {})
	}).format(new Date(iso));
}
