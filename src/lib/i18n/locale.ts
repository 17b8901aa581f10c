import { LANGUAGES, type Language } from '$lib/quiz/content';

export const DEFAULT_LOCALE: Language = 'pl';
export const LOCALE_COOKIE = 'lang';

export function isLocale(value: unknown): value is Language {
	return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The UI language: an explicit choice (cookie) first, then the browser's preference, then Polish. */
export function chooseLocale(cookie: string | undefined, acceptLanguage: string | null): Language {
	if (isLocale(cookie)) return cookie;
	for (const part of (acceptLanguage ?? '').split(',')) {
		const tag = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
		if (isLocale(tag)) return tag;
	}
	return DEFAULT_LOCALE;
}
