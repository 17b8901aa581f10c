import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { QuestionWithKey } from '$lib/quiz/question';
import { refused, scored } from '$lib/quiz/score/result';
import {
	createAttempt,
	type Answer,
	type Attempt,
	type AttemptScores,
	type NewAttempt
} from '$lib/server/db/attempts';
import { createAssignment, type AssignmentSettings } from '$lib/server/db/assignments';
import type { AppDatabase } from '$lib/server/db/database';
import { createTeacher } from '$lib/server/db/teachers';
import type { Schema } from '$lib/server/db/schema';

export function newLearnerId(): string {
	return `l_${randomBytes(16).toString('base64url')}`;
}

/** Three questions of different shapes, with text that must survive the JSON round trip. */
export function makeQuestions(): QuestionWithKey[] {
	return [
		{
			id: 'numeric.soldiers',
			type: 'numeric',
			factIds: ['soldiers'],
			prompt: 'Ilu żołnierzy wysłała Korea Północna? „cudzysłów” i \\ ukośnik',
			evidence: ['Korea Północna wysłała około 11 tys. żołnierzy.'],
			unit: 'żołnierzy',
			key: { value: 11000, min: 10000, max: 12000 }
		},
		{
			id: 'single-choice.country',
			type: 'single-choice',
			factIds: ['country'],
			prompt: 'Który kraj? 🇰🇵',
			evidence: ['Żołnierze z Korei Północnej walczyli w obwodzie kurskim.'],
			choices: [
				{ id: 'a', text: 'Korea Północna' },
				{ id: 'b', text: 'Chiny' }
			],
			key: { choiceIds: ['a'] }
		},
		{
			id: 'matching.figures',
			type: 'matching',
			factIds: ['soldiers', 'shells'],
			prompt: 'Dopasuj liczby',
			evidence: ['Zdanie.'],
			items: [
				{ id: 'soldiers', text: 'żołnierze' },
				{ id: 'shells', text: 'pociski' }
			],
			choices: [
				{ id: 'a', text: '11 tys.' },
				{ id: 'b', text: 'milion' }
			],
			key: { pairs: { soldiers: 'a', shells: 'b' } }
		}
	];
}

export function startAttempt(
	db: Kysely<Schema>,
	overrides: Partial<NewAttempt> = {}
): Promise<Attempt> {
	return createAttempt(db, {
		learnerId: newLearnerId(),
		moduleId: 'kursk',
		seed: '42',
		options: { count: 3, openBook: false },
		questions: makeQuestions(),
		...overrides
	});
}

/**
 * A stand-in scorer, so these tests depend on the database only: the response 'right' earns 1,
 * 'half' 0.5, anything else 0; every question of the attempt gets a result.
 */
export function scoreByWord(answers: Answer[], attempt: Attempt): AttemptScores {
	const responses = new Map(answers.map((answer) => [answer.questionId, answer.response]));
	const results = attempt.questions.map((question) => {
		const response = responses.get(question.id) ?? null;
		const result =
			response === null
				? refused({ code: 'empty' })
				: scored(response === 'right' ? 1 : response === 'half' ? 0.5 : 0, { code: 'exact' }, null);
		return { questionId: question.id, credit: result.credit, result };
	});
	return {
		results,
		credit: results.reduce((total, { credit }) => total + credit, 0),
		maxCredit: attempt.questions.length
	};
}

/** Settings as the new-assignment form makes them by default, with the given changes. */
export function assignmentSettings(changes: Partial<AssignmentSettings> = {}): AssignmentSettings {
	return {
		count: 10,
		types: null,
		facts: null,
		timeLimitMinutes: null,
		maxAttempts: 1,
		opensAt: null,
		dueAt: null,
		openBook: false,
		feedback: 'after-submit',
		shuffle: false,
		seedMode: 'per-student',
		seed: 1,
		...changes
	};
}

/** A teacher of one's own and an assignment of the seed module with default settings. */
export async function createClassAssignment(db: AppDatabase['db']) {
	const teacher = await createTeacher(db, {
		email: `t${Math.random()}@school.pl`,
		displayName: 'Anna',
		passwordHash: 'h'
	});
	if (!teacher) throw new Error('no teacher');
	return createAssignment(db, {
		teacherId: teacher.id,
		moduleId: 'kursk',
		title: 'Kursk',
		settings: assignmentSettings(),
		makeJoinCode: () => `C${Math.random()}`
	});
}
