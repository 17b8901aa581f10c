/**
 * How much JavaScript a page makes the browser load: the scripts its HTML starts and preloads,
 * and everything they import statically, gzipped one by one as a server would send them.
 */
import { gzipSync } from 'node:zlib';

export interface JavaScriptSize {
	files: number;
	bytes: number;
	gzipBytes: number;
}

export interface PageJavaScript extends JavaScriptSize {
	/** The framework's share: SvelteKit's client entry (entry/start) and what it imports. */
	runtime: JavaScriptSize;
}

interface Script {
	bytes: number;
	gzipBytes: number;
	imports: string[];
}

/**
 * Script URLs of a page: its modulepreload links (SvelteKit sends them in the Link header, or in
 * the head when it cannot), script elements and the inline bootstrap's import("…") calls. The
 * page's own nodes are only import()ed dynamically by app.js, so the preloads are what names them.
 */
function scriptsOf(html: string, linkHeader: string, pageUrl: string): string[] {
	const found: string[] = [];
	for (const [, href, params] of linkHeader.matchAll(/<([^>]+)>([^,]*)/g)) {
		if (href && /\brel="?modulepreload"?/.test(params ?? '')) found.push(href);
	}
	for (const [link] of html.matchAll(/<link\b[^>]*>/g)) {
		const href = /\bhref="([^"]+)"/.exec(link)?.[1];
		if (href && /\brel="modulepreload"/.test(link)) found.push(href);
	}
	for (const script of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
		const src = /\bsrc="([^"]+)"/.exec(script[0])?.[1];
		if (src) found.push(src);
		for (const call of (script[1] ?? '').matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)) {
			if (call[1]) found.push(call[1]);
		}
	}
	return found.map((href) => new URL(href, pageUrl).toString());
}

/**
 * Static imports of a built (minified) module: `import … from"./x.js"`, `export … from"./x.js"`
 * and `import"./x.js"`. Dynamic import() is left out: it loads only when the page asks.
 */
function staticImportsOf(code: string, moduleUrl: string): string[] {
	const found: string[] = [];
	for (const match of code.matchAll(/\b(?:from|import)\s*"([^"]+\.js)"/g)) {
		if (match[1]) found.push(new URL(match[1], moduleUrl).toString());
	}
	return found;
}

/** The scripts reachable from `roots` through static imports, fetched once each. */
async function closure(roots: string[], fetched: Map<string, Script>): Promise<Set<string>> {
	const queue = roots.slice();
	const seen = new Set<string>();
	while (queue.length > 0) {
		const url = queue.shift() ?? '';
		if (seen.has(url)) continue;
		seen.add(url);
		let script = fetched.get(url);
		if (!script) {
			const response = await fetch(url);
			if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
			const code = Buffer.from(await response.arrayBuffer());
			script = {
				bytes: code.length,
				gzipBytes: gzipSync(code).length,
				imports: staticImportsOf(code.toString('utf8'), url)
			};
			fetched.set(url, script);
		}
		queue.push(...script.imports);
	}
	return seen;
}

function sizeOf(urls: Set<string>, fetched: Map<string, Script>): JavaScriptSize {
	const size: JavaScriptSize = { files: urls.size, bytes: 0, gzipBytes: 0 };
	for (const url of urls) {
		size.bytes += fetched.get(url)?.bytes ?? 0;
		size.gzipBytes += fetched.get(url)?.gzipBytes ?? 0;
	}
	return size;
}

export async function measurePageJavaScript(
	pageUrl: string,
	headers: Record<string, string>
): Promise<PageJavaScript> {
	const page = await fetch(pageUrl, { headers });
	if (page.status !== 200) throw new Error(`GET ${pageUrl} answered ${page.status}`);
	const roots = scriptsOf(await page.text(), page.headers.get('link') ?? '', pageUrl);
	const fetched = new Map<string, Script>();
	const all = await closure(roots, fetched);
	const runtime = await closure(
		roots.filter((url) => /\/entry\/start\.[^/]*\.js$/.test(url)),
		fetched
	);
	return { ...sizeOf(all, fetched), runtime: sizeOf(runtime, fetched) };
}
