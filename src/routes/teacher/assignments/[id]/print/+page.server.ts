import { error } from '@sveltejs/kit';
import { CLASSROOM } from '$lib/i18n/classroom';
import { describeKey, keyFigureFormat } from '$lib/quiz/describe';
import { assignmentModule, paperQuiz } from '$lib/server/assignments';
import { requireOwnAssignment } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

/** The assignment's quiz on paper: blank for the students, or with the key for the teacher. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const assignment = await requireOwnAssignment(locals, url, params.id);
	const module = await assignmentModule(assignment);
	if (!module) error(409, CLASSROOM[locals.locale].assignmentNotFound);
	const withKey = url.searchParams.get('key') === 'yes';
	return {
		assignment: { id: assignment.id, title: assignment.title },
		moduleTitle: module.title,
		contentLanguage: module.language,
		withKey,
		questions: paperQuiz(module, assignment).map((question, index) => ({
			number: index + 1,
			type: question.type,
			prompt: question.prompt,
			unit: question.type === 'numeric' ? (question.unit ?? null) : null,
			choices: 'choices' in question ? question.choices.map((choice) => choice.text) : [],
			items: question.type === 'matching' ? question.items.map((item) => item.text) : [],
			key: withKey ? describeKey(question, keyFigureFormat(module, question)) : null
		}))
	};
};
