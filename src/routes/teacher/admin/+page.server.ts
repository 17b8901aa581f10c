import { error, fail } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { LTI_WORDS } from '$lib/i18n/lti';
import { requireTeacher } from '$lib/server/guards';
import { isAdministrator } from '$lib/server/lti/admin';
import { rotateToolKey } from '$lib/server/lti/keys';
import { toolUrls } from '$lib/server/lti/launch';
import { listPlatforms, registerPlatform, removePlatform } from '$lib/server/lti/platforms';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = [
	'name',
	'issuer',
	'clientId',
	'deploymentIds',
	'authLoginUrl',
	'authTokenUrl',
	'keysetUrl'
] as const;

async function requireAdministrator(locals: App.Locals, url: URL) {
	const teacher = requireTeacher(locals, url);
	if (!(await isAdministrator(teacher, env))) error(403, LTI_WORDS[locals.locale].adminOnly);
	return teacher;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	await requireAdministrator(locals, url);
	const { file, stored } = await listPlatforms();
	return { toolUrls: toolUrls(url.origin), filePlatforms: file, storedPlatforms: stored };
};

export const actions: Actions = {
	register: async ({ locals, url, request }) => {
		await requireAdministrator(locals, url);
		const form = await request.formData();
		const values = Object.fromEntries(
			FIELDS.map((field) => {
				const value = form.get(field);
				return [field, typeof value === 'string' ? value.slice(0, 2000) : ''];
			})
		);
		const result = await registerPlatform(values);
		const t = LTI_WORDS[locals.locale];
		if (!result.ok) {
			const message =
				result.code === 'taken'
					? t.taken
					: t.invalidField(
							t.fields[result.field as keyof typeof t.fields] ?? result.field,
							result.message
						);
			return fail(400, { field: result.field, message, values });
		}
		return { registered: result.platform.name };
	},
	remove: async ({ locals, url, request }) => {
		await requireAdministrator(locals, url);
		const id = (await request.formData()).get('id');
		if (typeof id === 'string') await removePlatform(id);
		return {};
	},
	rotate: async ({ locals, url }) => {
		await requireAdministrator(locals, url);
		await rotateToolKey();
		return { rotated: true };
	}
};
