import { getDatabase } from '../db';
import { findFirstTeacherId } from '../db/lti-admin';
import type { Teacher } from '../db/teachers';
import { normalizeEmail } from '../teachers';

/**
 * The instance's administrator, who registers LMS platforms: the teacher named by
 * FACTQUIZ_ADMIN_EMAIL, or else the first teacher who signed up.
 */
export async function isAdministrator(
	teacher: Teacher,
	env: Record<string, string | undefined>
): Promise<boolean> {
	const named = env.FACTQUIZ_ADMIN_EMAIL;
	if (named) return teacher.email === normalizeEmail(named);
	const { db } = await getDatabase();
	return (await findFirstTeacherId(db)) === teacher.id;
}
