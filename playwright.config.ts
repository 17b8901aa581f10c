import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * End-to-end tests against the production build, on a fresh SQLite database. Debian's
 * Chromium is used where present (Playwright cannot download its own browser on a closed
 * network); elsewhere, Playwright's own.
 */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
// E2E_PORT lets two checkouts (or two developers' runs) share a machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const E2E_DIR = `data/e2e-${PORT}`;
export const E2E_DATABASE = `${E2E_DIR}/factquiz.sqlite`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: process.env.CI ? 'list' : 'line',
	timeout: 60_000,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: existsSync(DEBIAN_CHROMIUM)
			? {
					executablePath: DEBIAN_CHROMIUM,
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync'
					]
				}
			: {}
	},
	webServer: {
		command: `node -e "require('fs').rmSync('${E2E_DIR}',{recursive:true,force:true})" && node build/index.js`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${PORT}`,
			DATABASE_URL: E2E_DATABASE,
			// Every spec signs its teachers up from 127.0.0.1: more than a real address makes an hour.
			FACTQUIZ_SIGN_UPS_PER_HOUR: '100'
		}
	}
});
