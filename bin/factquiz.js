#!/usr/bin/env node
// `npx factquiz` right after `npm ci`, with no build step: the bundle npm ci made (see
// scripts/cli-bundle.mjs), rebuilt here when a source changed since; else the TypeScript
// sources through tsx. FACTQUIZ_CLI_FROM_SOURCE=1 always runs the sources.
import { pathToFileURL } from 'node:url';
import { buildBundle, bundleIsFresh, BUNDLE } from '../scripts/cli-bundle.mjs';

async function loadMain() {
	if (process.env.FACTQUIZ_CLI_FROM_SOURCE !== '1') {
		try {
			if (!bundleIsFresh()) await buildBundle();
			return (await import(pathToFileURL(BUNDLE).href)).main;
		} catch (error) {
			// A read-only folder or a broken install: the sources still run, only slower.
			console.warn(`factquiz: running from the sources (${String(error).split('\n')[0]})`);
		}
	}
	const { register } = await import('tsx/esm/api');
	register();
	return (await import('../src/bin/factquiz.ts')).main;
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
