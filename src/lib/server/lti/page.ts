import type { Language } from '$lib/quiz/content';

/**
 * The small pages LTI endpoints answer with themselves (not kit pages): a refusal, the
 * new-window fallback, the form that posts a deep-linking response back to the LMS. Each has its
 * own Content-Security-Policy: the last one must be allowed to post to the LMS.
 */

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export function ltiPage(input: {
	lang: Language;
	title: string;
	body: string;
	status?: number;
	/** Where the page's form may post (the LMS's deep-link return URL), besides the site. */
	formAction?: string;
	script?: string;
}): Response {
	const policy = [
		"default-src 'none'",
		"style-src 'self' 'unsafe-inline'",
		`script-src ${input.script ? "'self'" : "'none'"}`,
		`form-action 'self'${input.formAction ? ` ${new URL(input.formAction).origin}` : ''}`,
		"base-uri 'none'",
		'frame-ancestors *'
	].join('; ');
	const script = input.script ? `<script src="${escapeHtml(input.script)}" defer></script>` : '';
	const html = `<!doctype html>
<html lang="${input.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(input.title)}</title>${script}
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}a,button{font:inherit}button{padding:.5rem 1rem}</style></head>
<body><main><h1>${escapeHtml(input.title)}</h1>${input.body}</main></body></html>`;
	return new Response(html, {
		status: input.status ?? 200,
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'content-security-policy': policy,
			'cache-control': 'no-store'
		}
	});
}
