/**
 * The teacher's results page under a big class: an assignment seeded with submitted attempts
 * straight through the query builder (rows as the app stores them: questions generated from the
 * assignment's seed per student, answers scored by the domain's scorers), and the page's
 * server-side work timed in this process, step by step.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { generateQuiz } from '../src/lib/quiz/generate';
import type { QuizModule } from '../src/lib/quiz/module';
import type { QuestionType, QuestionWithKey, Response } from '../src/lib/quiz/question';
import { createRandom } from '../src/lib/quiz/random';
import { scoreQuestion } from '../src/lib/quiz/score';
import type { ScoreResult } from '../src/lib/quiz/score/result';
import { hasResponse } from '../src/lib/quiz/score/attempt';
import { loadAssignmentOverview, ResultsCache } from '../src/lib/server/results';
import { findAssignment } from '../src/lib/server/db/assignments';
import { toTimestamp } from '../src/lib/server/db/codec';
import type { AnswersTable, AttemptsTable, Schema } from '../src/lib/server/db/schema';

/** The parts of src/lib/server/classroom.ts AssignmentSettings that make the questions. */
interface Settings {
	count: number;
	types: QuestionType[] | null;
	facts: string[] | null;
	seedMode: 'shared' | 'per-student';
	seed: number;
	shuffle: boolean;
	openBook: boolean;
}

const id = (prefix: string) => `${prefix}_${randomBytes(16).toString('base64url')}`;

const WRONG_TEXTS = ['1000', '5000', 'nie wiem', 'Rosja', 'Ukraina', 'Moskwa', 'dwa tysiące'];

/** A response to the question: right with probability `ability`, else a common wrong one. */
function respond(
	question: QuestionWithKey,
	ability: number,
	random: ReturnType<typeof createRandom>
): Response | null {
	if (random.next() < 0.05) return null;
	const right = random.next() < ability;
	switch (question.type) {
		case 'numeric':
			return right ? String(question.key.value) : random.pick(WRONG_TEXTS);
		case 'cloze':
		case 'short-answer':
			return right ? question.key.value : random.pick(WRONG_TEXTS);
		case 'single-choice':
		case 'true-false': {
			const wrong = question.choices.filter(
				(choice) => !question.key.choiceIds.includes(choice.id)
			);
			return right || wrong.length === 0
				? (question.key.choiceIds[0] ?? null)
				: random.pick(wrong).id;
		}
		case 'multiple-response':
			return right ? question.key.choiceIds : [question.choices[0]?.id ?? 'c1'];
		case 'ordering':
			return right ? question.key.order : [...question.key.order].reverse();
		case 'matching': {
			if (right) return question.key.pairs;
			const items = Object.keys(question.key.pairs);
			const values = Object.values(question.key.pairs);
			return Object.fromEntries(
				items.map((item, index) => [item, values[(index + 1) % values.length] ?? ''])
			);
		}
	}
}

const EMPTY: ScoreResult = {
	credit: 0,
	verdict: 'invalid',
	reason: { code: 'empty' },
	normalized: null
};

function chunksOf<T>(rows: readonly T[], size: number): T[][] {
	const chunks: T[][] = [];
	for (let at = 0; at < rows.length; at += size) chunks.push(rows.slice(at, at + size));
	return chunks;
}

/**
 * Adds `students` students, each with one submitted attempt at the assignment, as the app would
 * have stored them after each student answered and submitted. Returns the answers stored.
 */
export async function seedSubmittedClass(
	db: Kysely<Schema>,
	module: QuizModule,
	assignmentId: string,
	students: number
): Promise<{ attempts: number; answers: number }> {
	const assignment = await findAssignment(db, assignmentId);
	if (!assignment) throw new Error(`no assignment ${assignmentId}`);
	const settings = assignment.settings as Settings;
	const quizOptions = {
		count: settings.count,
		...(settings.types ? { types: settings.types } : {}),
		...(settings.facts ? { facts: settings.facts } : {})
	};
	const start = Date.now() - students * 60_000;
	const learners: Schema['learners'][] = [];
	const participants: Schema['participants'][] = [];
	const attempts: AttemptsTable[] = [];
	const answers: AnswersTable[] = [];
	for (let index = 0; index < students; index++) {
		const participantId = id('p');
		const learnerId = id('l');
		const random = createRandom(`bench:${index}`);
		const ability = 0.2 + 0.75 * random.next();
		// As src/lib/server/classroom.ts assignmentQuestions makes them for attempt 1.
		const seed =
			settings.seedMode === 'shared' ? settings.seed : `${settings.seed}:${participantId}:1`;
		const generated = generateQuiz(module, quizOptions, seed).questions;
		const questions = settings.shuffle
			? createRandom(`${participantId}:1`).shuffle(generated)
			: generated;
		const joined = toTimestamp(new Date(start + index * 60_000));
		const submitted = toTimestamp(new Date(start + index * 60_000 + 45_000));
		const attemptId = id('a');
		let credit = 0;
		for (const question of questions) {
			const response = respond(question, ability, random);
			const result = hasResponse(response) ? scoreQuestion(module, question, response) : EMPTY;
			credit += result.credit;
			answers.push({
				attempt_id: attemptId,
				question_id: question.id,
				response: JSON.stringify(response),
				saved_at: submitted,
				revision: response === null ? 0 : 1,
				credit: result.credit,
				result: JSON.stringify(result),
				checked_at: null
			});
		}
		learners.push({ id: learnerId, created_at: joined });
		participants.push({
			id: participantId,
			assignment_id: assignmentId,
			learner_id: learnerId,
			display_name: `Uczeń ${index + 1}`,
			resume_hash: randomBytes(32).toString('hex'),
			extra_minutes: 0,
			extra_attempts: 0,
			joined_at: joined,
			name_key: `uczeń ${index + 1}`,
			joined_from: null,
			resume_token: null,
			rejoin_allowed: 0
		});
		attempts.push({
			id: attemptId,
			learner_id: learnerId,
			module_id: module.id,
			seed: String(seed),
			options: JSON.stringify({ count: questions.length, openBook: settings.openBook }),
			questions: JSON.stringify(questions),
			status: 'submitted',
			created_at: joined,
			updated_at: submitted,
			submitted_at: submitted,
			credit,
			max_credit: questions.length,
			assignment_id: assignmentId,
			deadline_at: null,
			revision: 2 * questions.length + 1
		});
	}
	// In chunks: one statement may bind at most 65,535 values on PostgreSQL, 32,766 on SQLite.
	await db.transaction().execute(async (trx) => {
		for (const chunk of chunksOf(learners, 1000)) {
			await trx.insertInto('learners').values(chunk).execute();
		}
		for (const chunk of chunksOf(participants, 500)) {
			await trx.insertInto('participants').values(chunk).execute();
		}
		for (const chunk of chunksOf(attempts, 200)) {
			await trx.insertInto('attempts').values(chunk).execute();
		}
		for (const chunk of chunksOf(answers, 1000)) {
			await trx.insertInto('answers').values(chunk).execute();
		}
	});
	return { attempts: attempts.length, answers: answers.length };
}

export interface ResultsTiming {
	/** Nothing kept yet: every attempt read and digested (the first look after a restart). */
	coldMs: number;
	/** Nothing changed since the last look: the participants and the revisions only. */
	unchangedMs: number;
	/** One attempt changed (a student saved an answer): the live refresh during a class. */
	oneChangedMs: number;
	attempts: number;
}

/**
 * The results page's overview (assignmentOverview in src/lib/server/classroom.ts, which reads
 * the app's environment) through the same loadAssignmentOverview, in this process: after a
 * restart, with nothing changed, and with one attempt changed.
 */
export async function timeAssignmentResults(
	db: Kysely<Schema>,
	assignmentId: string
): Promise<ResultsTiming> {
	const assignment = await findAssignment(db, assignmentId);
	if (!assignment) throw new Error(`no assignment ${assignmentId}`);
	const settings = assignment.settings as Settings;
	const questions = new Map<string, QuestionWithKey[]>();
	const cache = new ResultsCache({
		get: (id) => questions.get(id),
		remember: (id, kept) => void questions.set(id, kept)
	});
	const look = async () => {
		const started = performance.now();
		const overview = await loadAssignmentOverview(db, { id: assignmentId, settings }, cache);
		const took = performance.now() - started;
		if (overview.analysis.students.length === 0) throw new Error('the results came out empty');
		return { took, overview };
	};
	const cold = await look();
	const unchanged = await look();
	const [first] = cold.overview.analysis.students;
	if (!first) throw new Error('no attempt to change');
	await db
		.updateTable('attempts')
		.set((eb) => ({ revision: eb('revision', '+', 1) }))
		.where('id', '=', first.attemptId)
		.execute();
	const oneChanged = await look();
	return {
		coldMs: cold.took,
		unchangedMs: unchanged.took,
		oneChangedMs: oneChanged.took,
		attempts: cold.overview.students.length
	};
}
