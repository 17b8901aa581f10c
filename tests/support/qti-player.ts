import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from '@playwright/test';

/**
 * A real QTI 3 player in Chromium: Cito's `@citolab/qti-components` web components, served
 * from node_modules by request interception on a loopback origin (nothing leaves the
 * machine). An item is transformed and rendered by the player, answered, and scored by the
 * player's own response processing.
 */

const require = createRequire(import.meta.url);
const PLAYER_SCRIPT = readFileSync(require.resolve('@citolab/qti-components/cdn/index.js'), 'utf8');
const ORIGIN = 'http://127.0.0.1:9';
const PAGE = `<!doctype html><html lang="en"><head><title>QTI player</title></head><body><main id="host"></main>
<script type="module">import * as qti from "/qti-components.js"; window.qti = qti; window.playerReady = true;</script></body></html>`;

export const CHROMIUM_OPTIONS = existsSync('/usr/bin/chromium')
	? {
			executablePath: '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
		}
	: {};

export class QtiPlayer {
	private constructor(
		private readonly browser: Browser,
		readonly page: Page
	) {}

	static async launch(): Promise<QtiPlayer> {
		const browser = await chromium.launch(CHROMIUM_OPTIONS);
		const page = await (await browser.newContext()).newPage();
		await page.route(`${ORIGIN}/**`, (route) => {
			const path = new URL(route.request().url()).pathname;
			if (path === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
			if (path === '/qti-components.js')
				return route.fulfill({ contentType: 'text/javascript', body: PLAYER_SCRIPT });
			return route.abort();
		});
		await page.goto(`${ORIGIN}/`);
		await page.waitForFunction(() => 'playerReady' in window);
		return new QtiPlayer(browser, page);
	}

	/** Renders an item's XML as the player does with a file it loads. */
	async render(xml: string): Promise<void> {
		await this.page.evaluate((itemXml) => {
			const host = document.getElementById('host') as HTMLElement;
			const qti = (
				window as unknown as {
					qti: { qtiTransformItem(): { parse(x: string): { html(): string } } };
				}
			).qti;
			host.innerHTML = qti.qtiTransformItem().parse(itemXml).html();
		}, xml);
		await this.page.locator('qti-assessment-item').waitFor();
		await this.page.waitForFunction(() => {
			const item = document.querySelector('qti-assessment-item') as unknown as {
				variables?: unknown[];
			};
			return Array.isArray(item?.variables) && item.variables.length > 0;
		});
	}

	/** Sets the response as the interaction would report it, for drag-and-drop interactions. */
	async setResponse(value: string | string[]): Promise<void> {
		await this.page.evaluate((response) => {
			const item = document.querySelector('qti-assessment-item') as unknown as {
				updateResponseVariable(id: string, value: string | string[]): void;
			};
			item.updateResponseVariable('RESPONSE', response);
		}, value);
	}

	/** Runs the item's response processing in the player and returns its SCORE. */
	async score(): Promise<number> {
		const score = await this.page.evaluate(() => {
			const item = document.querySelector('qti-assessment-item') as unknown as {
				processResponse(): boolean;
				getOutcome(id: string): { value: unknown } | undefined;
			};
			item.processResponse();
			return item.getOutcome('SCORE')?.value;
		});
		return Number(score);
	}

	async close(): Promise<void> {
		await this.browser.close();
	}
}
