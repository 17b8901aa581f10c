import { env } from '$env/dynamic/private';
import { openDatabase, type AppDatabase } from './database';

let opening: Promise<AppDatabase> | null = null;

/**
 * The app's database: SQLite under data/ by default, PostgreSQL when DATABASE_URL is a
 * postgres:// URL. Opened (and migrated) once per process.
 */
export function getDatabase(): Promise<AppDatabase> {
	opening ??= openDatabase({ url: env.DATABASE_URL });
	return opening;
}
