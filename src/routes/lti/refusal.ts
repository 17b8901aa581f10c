import type { Language } from '$lib/quiz/content';
import { LTI_WORDS } from '$lib/i18n/lti';
import { LaunchUnserved } from '$lib/server/lti/launch';
import { escapeHtml, ltiPage } from '$lib/server/lti/page';
import { LaunchRefused } from '$lib/server/lti/validate';

/** A refused launch: a page saying which check failed, and a log line. Other errors go on up. */
export function refusalPage(failure: unknown, lang: Language): Response {
	if (!(failure instanceof LaunchRefused || failure instanceof LaunchUnserved)) throw failure;
	console.warn(failure.message);
	const t = LTI_WORDS[lang];
	const message = t.refusals[failure.code] ?? failure.code;
	return ltiPage({
		lang,
		title: t.refusedTitle,
		status: failure instanceof LaunchRefused ? 401 : 403,
		body: `<p data-refusal="${failure.code}">${escapeHtml(message)}</p><p>${escapeHtml(t.technicalDetail)}: <code>${escapeHtml(failure.code)}</code>: ${escapeHtml(failure.detail)}</p>`
	});
}
