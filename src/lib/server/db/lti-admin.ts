import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/** Teacher accounts an LMS course got: an address no one can receive mail at, no password. */
export const LTI_TEACHER_EMAIL_DOMAIN = 'lti.invalid';

/** The first teacher who signed up (accounts made for LMS courses do not count). */
export async function findFirstTeacherId(db: Kysely<Schema>): Promise<string | undefined> {
	const row = await db
		.selectFrom('teachers')
		.select('id')
		.where('email', 'not like', `%@${LTI_TEACHER_EMAIL_DOMAIN}`)
		.orderBy('created_at')
		.orderBy('id')
		.executeTakeFirst();
	return row?.id;
}

export async function findTeacherIdByEmail(
	db: Kysely<Schema>,
	email: string
): Promise<string | undefined> {
	const row = await db
		.selectFrom('teachers')
		.select('id')
		.where('email', '=', email)
		.executeTakeFirst();
	return row?.id;
}
