import type { EngineFactory, TestDatabase } from '../db/engines';
import { startApp, type RunningApp } from './server';

export interface AppUnderTest {
	app: RunningApp;
	database: TestDatabase;
	/** Stops the app and starts it again on the same database, as a server restart would. */
	restart(): Promise<RunningApp>;
}

/**
 * Wraps a test so that it gets a new, empty database of the engine and the built app started on
 * it, both gone afterwards whatever the test did:
 *
 *   const withApp = appPerTest(engine, { CONTENT_DIR: contentDir });
 *   it('…', withApp(async ({ app }) => { … }));
 */
export function appPerTest(engine: EngineFactory, env: Record<string, string> = {}) {
	return (run: (context: AppUnderTest) => Promise<void>, testEnv: Record<string, string> = {}) =>
		async () => {
			const database = await engine.create();
			try {
				const start = () => startApp({ DATABASE_URL: database.url, ...env, ...testEnv });
				let app = await start();
				const restart = async () => {
					await app.stop();
					app = await start();
					return app;
				};
				try {
					await run({ app, database, restart });
				} finally {
					await app.stop();
				}
			} finally {
				await database.drop();
			}
		};
}
