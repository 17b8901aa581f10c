import type { Kysely } from 'kysely';
import {
	analyseAttempts,
	itemKeyOf,
	type AnalysedAnswer,
	type AssignmentAnalysis
} from '../quiz/analysis';
import { describeResponse } from '../quiz/describe';
import type { QuestionType, QuestionWithKey } from '../quiz/question';
import { hasResponse, roundCredit } from '../quiz/score/attempt';
import type { Attempt } from './db/attempts';
import {
	listAnswerDigests,
	listAttemptHeaders,
	questionsOfAttempts,
	type AnswerDigest,
	type AssignmentAttempt,
	type AttemptHeader,
	type QuestionsCache
} from './db/assignment-attempts';
import { listParticipants, type Participant } from './db/participants';
import type { Schema } from './db/schema';

/**
 * What the teacher sees of an assignment, worked out from its rows. Kept apart from
 * ./classroom (which reaches the database through $env) so that the classroom bench, run by tsx
 * outside SvelteKit, times this very code: relative imports only, for the same reason.
 */

export interface StudentProgress {
	participant: Participant;
	attempts: {
		id: string;
		status: Attempt['status'];
		answered: number;
		total: number;
		credit: number | null;
		max: number | null;
		createdAt: string;
		submittedAt: string | null;
	}[];
}

/** How one answer went, as the student × question grid shows it. */
export type AnswerState = 'right' | 'partly' | 'wrong' | 'unanswered';

/** One answer given to an item, and how many students gave it. */
export interface GivenAnswer {
	/** The answer as the student's quiz showed it (a choice's text); null when unanswered. */
	value: string | null;
	state: AnswerState;
	count: number;
}

/** Answers shown per item: the rest are counted together. */
export const GIVEN_ANSWERS_SHOWN = 8;

/** What the teacher's results page shows: progress, item analysis and what each item asked. */
export interface AssignmentOverview {
	students: StudentProgress[];
	analysis: AssignmentAnalysis;
	/** Item key → a prompt that stands for it (the first student's wording). */
	items: Map<string, { prompt: string; type: QuestionType; factIds: string[] }>;
	/** Item key → the answers given (each student's best attempt), most common first. */
	givenAnswers: Map<string, { shown: GivenAnswer[]; others: number }>;
	/** Each student's best submitted attempt, item key → how it went (absent: not in their quiz). */
	grid: { studentLabel: string; cells: Map<string, AnswerState> }[];
}

function answerStateOf(credit: number, response: unknown): AnswerState {
	if (!hasResponse(response)) return 'unanswered';
	if (credit >= 1 - 1e-9) return 'right';
	return credit > 1e-9 ? 'partly' : 'wrong';
}

/** The overview with every attempt's answers, for exports and a student's own page. */
export interface AssignmentResults extends AssignmentOverview {
	attempts: AssignmentAttempt[];
	/** The teacher's credits by `attemptId questionId`: exports mark them. */
	overrides: ReadonlyMap<string, { credit: number; comment: string | null }>;
	/** Whether a question counts towards the grade (the teacher's exclusions). */
	counts: (question: QuestionWithKey) => boolean;
}

/** The part of an assignment's settings its results depend on. */
export interface ResultsAssignment {
	settings: { seedMode: 'shared' | 'per-student' };
}

/** Items match across students by type and facts when seeds differ; by id when shared. */
export function itemKey(assignment: ResultsAssignment, question: QuestionWithKey): string {
	return assignment.settings.seedMode === 'shared' ? question.id : itemKeyOf(question);
}

/**
 * What the results keep of one attempt: its progress and, question by question in quiz order,
 * what item analysis reads. Worked out once per revision of the attempt.
 */
interface AttemptDigest {
	answered: number;
	questions: readonly QuestionWithKey[];
	answers: AnalysedAnswer[];
}

function digestAttempt(
	assignment: ResultsAssignment,
	questions: readonly QuestionWithKey[],
	answers: readonly AnswerDigest[]
): AttemptDigest {
	const byQuestion = new Map<string, AnswerDigest>();
	let answered = 0;
	for (const answer of answers) {
		byQuestion.set(answer.questionId, answer);
		if (hasResponse(answer.response)) answered += 1;
	}
	return {
		answered,
		questions,
		answers: questions.map((question) => {
			const answer = byQuestion.get(question.id);
			return {
				questionKey: itemKey(assignment, question),
				credit: answer?.credit ?? 0,
				normalized: answer?.normalized ?? null,
				response: answer?.response ?? null
			};
		})
	};
}

interface DigestedAttempt {
	header: AttemptHeader;
	digest: AttemptDigest;
}

/** Each student's progress and the item analysis, from the attempts' digests. */
function overviewOf(
	participants: readonly Participant[],
	attempts: readonly DigestedAttempt[]
): AssignmentOverview {
	const byLearner = new Map<string, DigestedAttempt[]>();
	for (const entry of attempts) {
		const list = byLearner.get(entry.header.learnerId);
		if (list) list.push(entry);
		else byLearner.set(entry.header.learnerId, [entry]);
	}
	const students = participants.map((participant): StudentProgress => ({
		participant,
		attempts: (byLearner.get(participant.learnerId) ?? []).map(({ header, digest }) => ({
			id: header.id,
			status: header.status,
			answered: digest.answered,
			total: digest.questions.length,
			credit: header.credit,
			max: header.maxCredit,
			createdAt: header.createdAt,
			submittedAt: header.submittedAt
		}))
	}));

	const names = new Map(
		participants.map((participant) => [participant.learnerId, participant.displayName])
	);
	// Each student's best submitted attempt speaks for them in the item analysis.
	const best = new Map<string, DigestedAttempt>();
	for (const entry of attempts) {
		if (entry.header.status !== 'submitted') continue;
		const current = best.get(entry.header.learnerId);
		if (!current || (entry.header.credit ?? 0) > (current.header.credit ?? 0)) {
			best.set(entry.header.learnerId, entry);
		}
	}
	const items: AssignmentOverview['items'] = new Map();
	for (const { digest } of best.values()) {
		digest.questions.forEach((question, index) => {
			const key = digest.answers[index]?.questionKey;
			if (key === undefined || items.has(key)) return;
			items.set(key, { prompt: question.prompt, type: question.type, factIds: question.factIds });
		});
	}
	const givenCounts = new Map<string, Map<string, GivenAnswer>>();
	const grid: AssignmentOverview['grid'] = [];
	for (const { header, digest } of best.values()) {
		const cells = new Map<string, AnswerState>();
		digest.questions.forEach((question, index) => {
			const answer = digest.answers[index];
			if (!answer) return;
			const state = answerStateOf(answer.credit, answer.response);
			cells.set(answer.questionKey, state);
			const value =
				state === 'unanswered'
					? null
					: (describeResponse(question, answer.response)?.join('; ') ?? answer.normalized);
			const counts = givenCounts.get(answer.questionKey) ?? new Map<string, GivenAnswer>();
			givenCounts.set(answer.questionKey, counts);
			const id = `${state}\n${value ?? ''}`;
			const given = counts.get(id) ?? { value, state, count: 0 };
			given.count += 1;
			counts.set(id, given);
		});
		grid.push({ studentLabel: names.get(header.learnerId) ?? header.learnerId, cells });
	}
	const givenAnswers: AssignmentOverview['givenAnswers'] = new Map(
		[...givenCounts].map(([key, counts]) => {
			const sorted = [...counts.values()].sort(
				(a, b) => b.count - a.count || (a.value ?? '\uffff').localeCompare(b.value ?? '\uffff')
			);
			const shown = sorted.slice(0, GIVEN_ANSWERS_SHOWN);
			const others = sorted.slice(GIVEN_ANSWERS_SHOWN).reduce((sum, given) => sum + given.count, 0);
			return [key, { shown, others }];
		})
	);
	const analysis = analyseAttempts(
		[...best.values()].map(({ header, digest }) => ({
			attemptId: header.id,
			studentLabel: names.get(header.learnerId) ?? header.learnerId,
			answers: digest.answers
		}))
	);
	return { students, analysis, items, givenAnswers, grid };
}

/** Each student's progress and the item analysis, from the assignment's participants and attempts. */
export function computeAssignmentResults(
	assignment: ResultsAssignment,
	participants: readonly Participant[],
	attempts: AssignmentAttempt[],
	graded: Pick<AssignmentResults, 'overrides' | 'counts'> = {
		overrides: new Map(),
		counts: () => true
	}
): AssignmentResults {
	const digested = attempts.map(({ attempt, answers }) => ({
		header: attempt,
		digest: digestAttempt(
			assignment,
			attempt.questions,
			answers.map((answer) => ({
				questionId: answer.questionId,
				credit: answer.credit,
				response: answer.response,
				normalized: answer.result?.normalized ?? null
			}))
		)
	}));
	return { ...overviewOf(participants, digested), attempts, ...graded };
}

/**
 * What the results page worked out before, in this process: each attempt's digest by revision,
 * and each assignment's overview by the revisions it came from. Every request still reads the
 * participants and the attempts' revisions, so another process's writes are never missed; only
 * attempts that changed are read in full. Bounded, oldest out first.
 */
export class ResultsCache {
	readonly #digests = new Map<string, { revision: number; digest: AttemptDigest }>();
	readonly #overviews = new Map<string, { version: string; overview: AssignmentOverview }>();

	constructor(
		readonly questions: QuestionsCache,
		private readonly capacity = { attempts: 20_000, assignments: 50 }
	) {}

	digest(header: AttemptHeader): AttemptDigest | undefined {
		const kept = this.#digests.get(header.id);
		return kept?.revision === header.revision ? kept.digest : undefined;
	}

	keepDigest(header: AttemptHeader, digest: AttemptDigest): void {
		this.#digests.delete(header.id);
		evictOldest(this.#digests, this.capacity.attempts);
		this.#digests.set(header.id, { revision: header.revision, digest });
	}

	overview(assignmentId: string, version: string): AssignmentOverview | undefined {
		const kept = this.#overviews.get(assignmentId);
		return kept?.version === version ? kept.overview : undefined;
	}

	keepOverview(assignmentId: string, version: string, overview: AssignmentOverview): void {
		this.#overviews.delete(assignmentId);
		evictOldest(this.#overviews, this.capacity.assignments);
		this.#overviews.set(assignmentId, { version, overview });
	}
}

function evictOldest(map: Map<string, unknown>, capacity: number): void {
	while (map.size >= capacity) {
		const oldest = map.keys().next().value;
		if (oldest === undefined) return;
		map.delete(oldest);
	}
}

/** Everything an overview depends on, as one string: equal strings, equal overviews. */
function versionOf(
	assignment: ResultsAssignment,
	participants: readonly Participant[],
	headers: readonly AttemptHeader[]
): string {
	const parts: string[] = [assignment.settings.seedMode];
	for (const participant of participants) {
		parts.push(
			`p${participant.id}:${participant.extraMinutes}:${participant.extraAttempts}:${participant.displayName}`
		);
	}
	for (const header of headers) parts.push(`a${header.id}:${header.revision}`);
	return parts.join('\n');
}

/**
 * The results page's overview of an assignment: two small queries when nothing changed since the
 * last look, and the answers of the changed attempts only when something did.
 */
export async function loadAssignmentOverview(
	db: Kysely<Schema>,
	assignment: ResultsAssignment & { id: string },
	cache: ResultsCache
): Promise<AssignmentOverview> {
	const [participants, headers] = await Promise.all([
		listParticipants(db, assignment.id),
		listAttemptHeaders(db, assignment.id)
	]);
	const version = versionOf(assignment, participants, headers);
	const kept = cache.overview(assignment.id, version);
	if (kept) return kept;
	const changed = headers.filter((header) => !cache.digest(header)).map((header) => header.id);
	// Read after the revisions: an answer saved in between is newer than the revision it is kept
	// under, so the next look sees a newer revision and reads it again.
	const [questions, answers] = await Promise.all([
		questionsOfAttempts(db, changed, cache.questions),
		listAnswerDigests(db, changed)
	]);
	const digested = headers.map((header): DigestedAttempt => {
		let digest = cache.digest(header);
		if (!digest) {
			digest = digestAttempt(
				assignment,
				questions.get(header.id) ?? [],
				answers.get(header.id) ?? []
			);
			cache.keepDigest(header, digest);
		}
		return { header, digest };
	});
	const overview = overviewOf(participants, digested);
	cache.keepOverview(assignment.id, version, overview);
	return overview;
}

/** Students per page of the list: a class fits on one; a whole year group is paged. */
const STUDENTS_PER_PAGE = 100;

/** The students of the requested page, ready to show, and how many are where. */
export function studentPage(students: StudentProgress[], requestedPage: string | null) {
	const counts = { joined: students.length, working: 0, submitted: 0 };
	const rows = students.map(({ participant, attempts }) => {
		const last = attempts.at(-1);
		const status = !last ? 'not-started' : last.status === 'submitted' ? 'submitted' : 'open';
		if (status === 'open') counts.working += 1;
		// Anyone who has handed in once counts as submitted, even while on a further attempt.
		const submitted = attempts.filter((attempt) => attempt.status === 'submitted');
		if (submitted.length > 0) counts.submitted += 1;
		const best = submitted.reduce<(typeof submitted)[number] | null>(
			(found, attempt) => (!found || (attempt.credit ?? 0) > (found.credit ?? 0) ? attempt : found),
			null
		);
		return {
			id: participant.id,
			name: participant.displayName,
			status,
			progress: last ? { answered: last.answered, total: last.total } : null,
			best: best ? { credit: roundCredit(best.credit ?? 0), max: best.max ?? 0 } : null
		} as const;
	});
	const pages = Math.max(1, Math.ceil(rows.length / STUDENTS_PER_PAGE));
	const requested = Number(requestedPage ?? '1');
	const page = Number.isInteger(requested) ? Math.min(Math.max(requested, 1), pages) : 1;
	return {
		studentCounts: counts,
		studentPages: { page, pages },
		students: rows.slice((page - 1) * STUDENTS_PER_PAGE, page * STUDENTS_PER_PAGE)
	};
}
