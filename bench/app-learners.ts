/**
 * Many learners, each with a quiz started the way a learner starts one, and the answer each of
 * their questions can be saved with: what the answer-save load sends.
 */
import { Learner } from '../tests/support/browserless';

export interface SaveTarget {
	attemptId: string;
	path: string;
	cookie: string;
	/** The answer, as the quiz page's autosave posts it (urlencoded here). */
	body: string;
}

/** Answers a learner might type; any text is saved (and only scored at submit). */
const TYPED_ANSWERS = ['11000', 'jedenaście tysięcy', 'ok. 11 tys.', 'dwóch', 'Kim Dzong Un'];

/**
 * The fields that answer the question shown in the quiz page's HTML: a typed answer, or the
 * first choice of a radio or checkbox question. Ordering and matching questions (selects named
 * answer.<id>) are left out: they would only add other valid field names.
 */
export function answerFields(html: string, variant: number): Record<string, string> | null {
	if (/name="answer" type="text"/.test(html)) {
		return { answer: TYPED_ANSWERS[variant % TYPED_ANSWERS.length] ?? '' };
	}
	const choice = /type="(?:radio|checkbox)" name="answer" value="([^"]+)"/.exec(html);
	return choice?.[1] ? { answer: choice[1] } : null;
}

async function inParallel<T>(count: number, limit: number, run: (index: number) => Promise<T>) {
	const results: T[] = new Array<T>(count);
	let next = 0;
	const worker = async () => {
		while (next < count) {
			const index = next++;
			results[index] = await run(index);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
	return results;
}

/**
 * Starts one quiz of up to `questions` questions for each of `learners` new learners, reads each
 * question's page and returns one save target per answerable question, interleaved (question 1
 * of every attempt, then question 2 …) so that the connections save to different attempts at
 * once, as a class of learners does, rather than queueing on one attempt's row.
 */
export async function prepareSaveTargets(
	base: string,
	learners: number,
	questions: number
): Promise<SaveTarget[]> {
	const perLearner = await inParallel(learners, 16, async (index) => {
		const learner = new Learner(base);
		const attemptId = await learner.startQuiz(questions);
		const targets: (SaveTarget | null)[] = [];
		for (let n = 1; n <= questions; n++) {
			const path = `/quiz/${attemptId}/${n}`;
			const page = await learner.get(path);
			// A quiz asks each fact once, so it may hold fewer questions than asked for.
			if (page.status === 404 && n > 1) break;
			if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}`);
			const fields = answerFields(await page.text(), index + n);
			targets.push(
				fields && {
					attemptId,
					path,
					cookie: learner.cookie,
					body: new URLSearchParams(fields).toString()
				}
			);
		}
		return targets;
	});
	const interleaved: SaveTarget[] = [];
	for (let n = 0; n < questions; n++) {
		for (const targets of perLearner) {
			const target = targets[n];
			if (target) interleaved.push(target);
		}
	}
	return interleaved;
}

/**
 * The request the quiz page's autosave makes: a POST to the question's autosave endpoint,
 * answered with a line of JSON, with the urlencoded fields the page's script sends.
 */
export function saveRequest(target: SaveTarget, origin: string) {
	return {
		method: 'POST' as const,
		path: `${target.path}/answer`,
		headers: {
			cookie: target.cookie,
			origin,
			accept: 'application/json',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: target.body
	};
}
