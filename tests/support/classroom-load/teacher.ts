import { randomBytes } from 'node:crypto';
import { AppTargets, Transport, Visitor } from './http';

export interface ClassAssignmentOptions {
	/** Questions per quiz. */
	count: number;
	/** Allowed question types; all when absent. */
	types?: readonly string[];
	seedMode?: 'shared' | 'per-student';
}

/** Only these take a free text `answer` field, so a load that types answers restricts to them. */
export const TYPED_QUESTION_TYPES = ['numeric', 'cloze', 'short-answer'] as const;

export interface OpenedClass {
	teacher: Visitor;
	assignmentId: string;
	code: string;
	/** Closes the teacher's connections. */
	close(): void;
}

/** A new teacher signs up and assigns the Kursk module; returns the assignment and its code. */
export async function openClass(
	url: string,
	options: ClassAssignmentOptions
): Promise<OpenedClass> {
	const transport = new Transport(30_000);
	try {
		return await assign(new Visitor(transport, new AppTargets([url])), options, () =>
			transport.close()
		);
	} catch (error) {
		transport.close();
		throw error;
	}
}

async function assign(
	teacher: Visitor,
	options: ClassAssignmentOptions,
	close: () => void
): Promise<OpenedClass> {
	const signedUp = await teacher.post('/teacher/sign-up', {
		displayName: 'Anna Nowak',
		email: `anna-${randomBytes(4).toString('hex')}@school.pl`,
		password: 'correct horse battery'
	});
	if (signedUp.status !== 303) throw new Error(`teacher sign-up answered ${signedUp.status}`);
	const fields: [string, string][] = [
		['title', 'Kursk 3b'],
		['count', String(options.count)],
		['maxAttempts', '1'],
		['feedback', 'after-submit'],
		['seedMode', options.seedMode ?? 'per-student'],
		...(options.types ?? []).map((type): [string, string] => ['types', type])
	];
	const created = await teacher.post('/teacher/assignments/new?module=kursk', fields);
	const assignmentId = /\/teacher\/assignments\/(as_[\w-]+)$/.exec(created.location)?.[1];
	if (created.status !== 303 || !assignmentId) {
		throw new Error(`creating the assignment answered ${created.status} ${created.location}`);
	}
	const page = await teacher.get(`/teacher/assignments/${assignmentId}`);
	const code = /class="join-code"[^>]*>\s*([A-Z0-9]{6})\s*</.exec(page.body)?.[1];
	if (!code) throw new Error('no join code on the assignment page');
	return { teacher, assignmentId, code, close };
}
