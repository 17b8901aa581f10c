#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx compiles on the fly and caches), so `npx factquiz`
// works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/bin/factquiz.ts');
process.exitCode = await main(process.argv.slice(2));
