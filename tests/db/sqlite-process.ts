/**
 * A second process on the same SQLite file, as the app and the CLI would be (run with
 * `node --import tsx`). Modes:
 *   save <url> <attemptId> <questionId>   saves answers forever, printing each acknowledged revision
 *   submit <url> <attemptId>              prints "ready", submits on a line on stdin, prints the outcome
 */
import { createInterface } from 'node:readline';
import { submitAttempt } from '../../src/lib/server/db/attempts';
import { saveAnswer } from '../../src/lib/server/db/answer-saves';
import { openDatabase } from '../../src/lib/server/db/database';

const [mode, url, attemptId, questionId] = process.argv.slice(2);
if (!url || !attemptId) throw new Error('usage: save|submit <url> <attemptId> [questionId]');
const { db } = await openDatabase({ url });

if (mode === 'save') {
	for (let index = 1; ; index++) {
		const answer = await saveAnswer(db, {
			attemptId,
			questionId: questionId ?? 'q',
			response: `response ${index}`
		});
		process.stdout.write(`${answer.revision}\n`);
	}
} else if (mode === 'submit') {
	process.stdout.write('ready\n');
	const lines = createInterface({ input: process.stdin });
	await new Promise((resolve) => lines.once('line', resolve));
	lines.close();
	let scored = 0;
	const outcome = await submitAttempt(db, attemptId, (answers, attempt) => {
		scored++;
		return {
			results: [],
			credit: answers.length,
			maxCredit: attempt.questions.length
		};
	});
	process.stdout.write(
		`${JSON.stringify({ alreadySubmitted: outcome.alreadySubmitted, scored, credit: outcome.attempt.credit })}\n`
	);
	process.exit(0);
} else {
	throw new Error(`unknown mode ${mode}`);
}
