import type { Language } from '$lib/quiz/content';

/**
 * A module's publication date (front matter `date`: 2025, 2025-01 or 2025-01-14) as a reader
 * expects it in the UI's language: "styczeń 2025", "14 stycznia 2025", "January 2025". Anything
 * else is shown as written.
 */
export function formatPublicationDate(date: string, locale: Language): string {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
	if (!match) return date;
	const [, year, month, day] = match;
	if (!month) return year ?? date;
	const at = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? '1')));
	// Date.UTC rolls 2025-13 over into 2026: a date that does not come back as written is not one.
	if (at.getUTCMonth() + 1 !== Number(month) || (day && at.getUTCDate() !== Number(day)))
		return date;
	return new Intl.DateTimeFormat(locale === 'pl' ? 'pl-PL' : 'en-GB', {
		timeZone: 'UTC',
		year: 'numeric',
		month: 'long',
		...(day ? { day: 'numeric' } : {})
	}).format(at);
}
