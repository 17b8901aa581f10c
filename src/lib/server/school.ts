import { env } from '$env/dynamic/private';

export const DEFAULT_SCHOOL_TIME_ZONE = 'Europe/Warsaw';

/**
 * The school's time zone (`FACTQUIZ_TIME_ZONE`, an IANA name), in which exports show dates: the
 * server's own zone is no one's classroom. An unknown name is refused at first use, by name.
 */
export function schoolTimeZone(): string {
	const zone = env.FACTQUIZ_TIME_ZONE || DEFAULT_SCHOOL_TIME_ZONE;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
	} catch {
		throw new Error(`FACTQUIZ_TIME_ZONE: "${zone}" is not a time zone name (e.g. Europe/Warsaw)`);
	}
	return zone;
}
