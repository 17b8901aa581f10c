import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type FrameLocator, type Page } from '@playwright/test';
import { CHROMIUM_OPTIONS } from './qti-player';

/**
 * An LMS page in Chromium whose SCORM 1.2 API is `scorm-again` (a maintained runtime written
 * elsewhere): the package's SCO opens in a frame, finds `window.API` as any SCO does, and
 * every call it makes is recorded with the runtime's answer and error code. Files are served
 * by request interception on a loopback origin; nothing leaves the machine.
 */

const require = createRequire(import.meta.url);
const SCORM_AGAIN = readFileSync(require.resolve('scorm-again/scorm12/min'), 'utf8');
const ORIGIN = 'http://127.0.0.1:9';

export interface ApiCall {
	method: string;
	element: string;
	value: string;
	returned: string;
	error: string;
}

const lmsPage = (
	masteryScore: string | null
) => `<!doctype html><html lang="en"><head><title>LMS</title>
<script src="/scorm-again.js"></script>
<script>
const api = new Scorm12API({ autocommit: false, logLevel: 5 });
${masteryScore === null ? '' : `api.loadFromJSON({ student_data: { mastery_score: ${JSON.stringify(masteryScore)} } });`}
window.scormCalls = [];
for (const method of ['LMSInitialize', 'LMSSetValue', 'LMSGetValue', 'LMSCommit', 'LMSFinish']) {
	const original = api[method].bind(api);
	api[method] = (element, value) => {
		const returned = original(element, value);
		window.scormCalls.push({ method, element: String(element ?? ''), value: String(value ?? ''), returned: String(returned), error: String(api.LMSGetLastError()) });
		return returned;
	};
}
window.API = api;
</script></head><body><iframe title="SCO" src="/sco/index.html" style="width:100%;height:90vh"></iframe></body></html>`;

export class ScormLms {
	private constructor(
		private readonly browser: Browser,
		readonly page: Page
	) {}

	static async open(
		files: Record<string, string>,
		options: { masteryScore?: string } = {}
	): Promise<ScormLms> {
		const browser = await chromium.launch(CHROMIUM_OPTIONS);
		const page = await (await browser.newContext()).newPage();
		await page.route(`${ORIGIN}/**`, (route) => {
			const path = new URL(route.request().url()).pathname;
			if (path === '/lms.html')
				return route.fulfill({
					contentType: 'text/html',
					body: lmsPage(options.masteryScore ?? null)
				});
			if (path === '/scorm-again.js')
				return route.fulfill({ contentType: 'text/javascript', body: SCORM_AGAIN });
			const file = path.startsWith('/sco/') ? files[path.slice(5)] : undefined;
			if (file === undefined) return route.fulfill({ status: 404, body: '' });
			const type = path.endsWith('.html')
				? 'text/html'
				: path.endsWith('.js')
					? 'text/javascript'
					: 'application/xml';
			return route.fulfill({ contentType: `${type}; charset=utf-8`, body: file });
		});
		await page.goto(`${ORIGIN}/lms.html`);
		const lms = new ScormLms(browser, page);
		await page.frameLocator('iframe').locator('html[data-ready="true"]').waitFor();
		return lms;
	}

	get sco(): FrameLocator {
		return this.page.frameLocator('iframe');
	}

	async calls(): Promise<ApiCall[]> {
		return this.page.evaluate(() =>
			structuredClone((window as unknown as { scormCalls: ApiCall[] }).scormCalls)
		);
	}

	async close(): Promise<void> {
		await this.browser.close();
	}
}
