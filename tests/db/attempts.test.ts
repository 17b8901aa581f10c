import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { generateQuiz } from '$lib/quiz/generate';
import { scoreQuestion } from '$lib/quiz/score';
import { scored } from '$lib/quiz/score/result';
import { rightResponse } from '$lib/testing/answers';
import { seedModule } from '$lib/testing/seed-module';
import {
	AttemptError,
	ensureLearner,
	findAttempt,
	listAnswers,
	listOpenAttempts,
	submitAttempt,
	type ScoreAll
} from '$lib/server/db/attempts';
import { saveAnswer } from '$lib/server/db/answer-saves';
import { testEngines, useTestDatabase } from './engines';
import { makeQuestions, newLearnerId, scoreByWord, startAttempt } from './factories';

describe.each(await testEngines())('attempts on $name', (engine) => {
	const test = useTestDatabase(engine);

	describe('creating and finding', () => {
		it('gives back the questions (keys included) and options exactly as stored', async () => {
			const learnerId = newLearnerId();
			const options = { count: 3, types: ['numeric', 'matching'] as const, openBook: true };
			const created = await startAttempt(test.db, { learnerId, options });

			const found = await findAttempt(test.db, created.id);
			expect(found).toEqual(created);
			expect(found).toMatchObject({
				learnerId,
				moduleId: 'kursk',
				seed: '42',
				status: 'open',
				submittedAt: null,
				credit: null,
				maxCredit: null,
				options: { count: 3, types: ['numeric', 'matching'], openBook: true },
				questions: makeQuestions()
			});
			expect(found?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
		});

		it('makes random, distinct attempt ids unless given one', async () => {
			const first = await startAttempt(test.db);
			const second = await startAttempt(test.db);
			expect(first.id).toMatch(/^a_[A-Za-z0-9_-]{22}$/);
			expect(second.id).not.toBe(first.id);

			const given = await startAttempt(test.db, { id: 'a_given-by-the-caller-0001' });
			expect(given.id).toBe('a_given-by-the-caller-0001');
		});

		it('finds nothing for an unknown id', async () => {
			expect(await findAttempt(test.db, 'a_unknown')).toBeUndefined();
		});

		it('records the learner once, however often it is ensured', async () => {
			const learnerId = newLearnerId();
			await ensureLearner(test.db, learnerId);
			await ensureLearner(test.db, learnerId);
			await startAttempt(test.db, { learnerId });
			const learners = await test.db
				.selectFrom('learners')
				.select('id')
				.where('id', '=', learnerId)
				.execute();
			expect(learners).toHaveLength(1);
		});

		it("lists the learner's open attempts, newest first, without submitted or others' ones", async () => {
			const learnerId = newLearnerId();
			const older = await startAttempt(test.db, { learnerId });
			const submitted = await startAttempt(test.db, { learnerId });
			await new Promise((resolve) => setTimeout(resolve, 5));
			const newer = await startAttempt(test.db, { learnerId });
			await startAttempt(test.db);
			await submitAttempt(test.db, submitted.id, scoreByWord);

			const open = await listOpenAttempts(test.db, learnerId);
			expect(open.map((attempt) => attempt.id)).toEqual([newer.id, older.id]);
		});
	});

	describe('saving answers', () => {
		it('bumps the revision on every save of the same question and keeps the last response', async () => {
			const attempt = await startAttempt(test.db);
			const save = (response: string) =>
				saveAnswer(test.db, { attemptId: attempt.id, questionId: 'numeric.soldiers', response });

			expect((await save('10 tys.')).revision).toBe(1);
			expect((await save('11 tys.')).revision).toBe(2);
			const third = await save('11 000');
			expect(third).toMatchObject({ revision: 3, response: '11 000', credit: null, result: null });

			const answers = await listAnswers(test.db, attempt.id);
			expect(answers).toEqual([third]);
		});

		it('round-trips every kind of response, and null for a cleared field', async () => {
			const attempt = await startAttempt(test.db);
			const responses = {
				'numeric.soldiers': 'około 11 tys. „żołnierzy”',
				'single-choice.country': ['a'],
				'matching.figures': { soldiers: 'a', shells: 'b' }
			};
			for (const [questionId, response] of Object.entries(responses)) {
				await saveAnswer(test.db, { attemptId: attempt.id, questionId, response });
			}
			const saved = await listAnswers(test.db, attempt.id);
			expect(
				Object.fromEntries(saved.map((answer) => [answer.questionId, answer.response]))
			).toEqual(responses);

			const cleared = await saveAnswer(test.db, {
				attemptId: attempt.id,
				questionId: 'numeric.soldiers',
				response: null
			});
			expect(cleared).toMatchObject({ response: null, revision: 2 });
		});

		it('round-trips any text among saves made at once, and a null for a cleared field', async () => {
			const texts = [
				'NULL',
				'',
				'a "quoted", {braced} \\ back\\slashed, comma',
				'{"a":1}',
				'line\nbreak\ttab',
				'około 11 tys. „żołnierzy” 🪖',
				"it's"
			];
			const attempts = await Promise.all(texts.map(() => startAttempt(test.db)));
			const check = scored(0.5, { code: 'exact' }, 'x');
			const saved = await Promise.all([
				...texts.map((response, index) =>
					saveAnswer(test.db, {
						attemptId: attempts[index]?.id ?? '',
						questionId: 'numeric.soldiers',
						response,
						...(index === 0 ? { check } : {})
					})
				),
				saveAnswer(test.db, {
					attemptId: attempts[1]?.id ?? '',
					questionId: 'matching.figures',
					response: null
				})
			]);
			expect(saved.map((answer) => answer.response)).toEqual([...texts, null]);
			expect(saved[0]).toMatchObject({ credit: 0.5, result: check });
			for (const [index, attempt] of attempts.entries()) {
				const stored = await listAnswers(test.db, attempt.id);
				expect(stored.find((answer) => answer.questionId === 'numeric.soldiers')?.response).toBe(
					texts[index]
				);
			}
			expect(
				(await listAnswers(test.db, attempts[1]?.id ?? '')).find(
					(answer) => answer.questionId === 'matching.figures'
				)
			).toMatchObject({ response: null, revision: 1 });
		});

		it('stores every one of many saves made at once, each acknowledged with its revision', async () => {
			const attempts = await Promise.all(Array.from({ length: 10 }, () => startAttempt(test.db)));
			const saved = await Promise.all(
				attempts.map((attempt) =>
					Promise.all(
						['11000', '11 000', '11 tys.'].map((response) =>
							saveAnswer(test.db, {
								attemptId: attempt.id,
								questionId: 'numeric.soldiers',
								response
							})
						)
					)
				)
			);
			for (const [index, attempt] of attempts.entries()) {
				const acknowledged = saved[index] ?? [];
				// Saves made at once may land in any order; each lands, and the last one stays.
				expect(acknowledged.map((answer) => answer.revision).sort()).toEqual([1, 2, 3]);
				const last = acknowledged.find((answer) => answer.revision === 3);
				expect(await listAnswers(test.db, attempt.id)).toEqual([last]);
			}
		});

		it('writes saves made at once together: on PostgreSQL one statement for all, however many', async () => {
			const attempts = await Promise.all(Array.from({ length: 5 }, () => startAttempt(test.db)));
			let statements = 0;
			const counting = test.db.withPlugin({
				transformQuery: ({ node }) => node,
				transformResult: async ({ result }) => {
					statements++;
					return result;
				}
			});
			const saved = await Promise.all(
				attempts.flatMap((attempt) =>
					['numeric.soldiers', 'single-choice.country'].map((questionId) =>
						saveAnswer(counting, { attemptId: attempt.id, questionId, response: attempt.id })
					)
				)
			);
			expect(saved.map((answer) => answer.response)).toEqual(
				attempts.flatMap((attempt) => [attempt.id, attempt.id])
			);
			// SQLite: the two statements of each save, in one transaction.
			expect(statements).toBe(engine.name === 'postgres' ? 1 : 20);
		});

		it('fails only the save that cannot be written among saves made at once', async () => {
			const attempt = await startAttempt(test.db);
			const other = await startAttempt(test.db);
			const [good, bad, alsoGood] = await Promise.allSettled([
				saveAnswer(test.db, {
					attemptId: attempt.id,
					questionId: 'numeric.soldiers',
					response: '1'
				}),
				// A response JSON cannot hold: writing it throws.
				saveAnswer(test.db, {
					attemptId: attempt.id,
					questionId: 'single-choice.country',
					response: 10n as never
				}),
				saveAnswer(test.db, { attemptId: other.id, questionId: 'numeric.soldiers', response: '2' })
			]);
			expect(good).toMatchObject({ status: 'fulfilled', value: { response: '1' } });
			expect(bad).toMatchObject({ status: 'rejected', reason: expect.any(TypeError) });
			expect(alsoGood).toMatchObject({ status: 'fulfilled', value: { response: '2' } });
			expect((await listAnswers(test.db, attempt.id)).map((answer) => answer.response)).toEqual([
				'1'
			]);
			expect((await listAnswers(test.db, other.id)).map((answer) => answer.response)).toEqual([
				'2'
			]);
		});

		it('among saves made at once, refuses each one that may not change and stores the rest', async () => {
			const open = await startAttempt(test.db);
			const submitted = await startAttempt(test.db);
			await submitAttempt(test.db, submitted.id, scoreByWord);
			const expired = await startAttempt(test.db, { deadlineAt: '2020-01-01T00:00:00.000Z' });
			const checked = await startAttempt(test.db);
			await saveAnswer(test.db, {
				attemptId: checked.id,
				questionId: 'numeric.soldiers',
				response: 'right',
				check: scored(1, { code: 'exact' }, null)
			});
			const save = (attemptId: string, questionId: string, response: string) =>
				saveAnswer(test.db, { attemptId, questionId, response });
			const outcomes = await Promise.allSettled([
				save(open.id, 'numeric.soldiers', 'right'),
				save(submitted.id, 'numeric.soldiers', 'late'),
				save(open.id, 'single-choice.country', 'c1'),
				save(expired.id, 'numeric.soldiers', 'late'),
				save(checked.id, 'numeric.soldiers', 'changed'),
				save(checked.id, 'single-choice.country', 'c2'),
				save('a_unknown', 'numeric.soldiers', 'x')
			]);
			expect(
				outcomes.map((outcome) =>
					outcome.status === 'fulfilled'
						? outcome.value.response
						: (outcome.reason as AttemptError).code
				)
			).toEqual(['right', 'submitted', 'c1', 'expired', 'checked', 'c2', 'not-found']);
			const responses = async (attemptId: string) =>
				(await listAnswers(test.db, attemptId)).map((answer) => answer.response).sort();
			expect(await responses(open.id)).toEqual(['c1', 'right']);
			expect(await responses(expired.id)).toEqual([]);
			expect(await responses(checked.id)).toEqual(['c2', 'right']);
			expect((await findAttempt(test.db, open.id))?.revision).toBeGreaterThan(open.revision);
		});

		it('refuses an answer to an unknown attempt with AttemptError not-found', async () => {
			const saving = saveAnswer(test.db, {
				attemptId: 'a_unknown',
				questionId: 'q',
				response: 'x'
			});
			await expect(saving).rejects.toBeInstanceOf(AttemptError);
			await expect(saving).rejects.toMatchObject({ code: 'not-found', attemptId: 'a_unknown' });
		});

		it('refuses an answer after submit with AttemptError submitted, leaving the answer as scored', async () => {
			const attempt = await startAttempt(test.db);
			await saveAnswer(test.db, {
				attemptId: attempt.id,
				questionId: 'numeric.soldiers',
				response: 'right'
			});
			await submitAttempt(test.db, attempt.id, scoreByWord);

			const late = saveAnswer(test.db, {
				attemptId: attempt.id,
				questionId: 'numeric.soldiers',
				response: 'changed my mind'
			});
			await expect(late).rejects.toMatchObject({ name: 'AttemptError', code: 'submitted' });
			const [answer] = await listAnswers(test.db, attempt.id).then((answers) =>
				answers.filter((candidate) => candidate.questionId === 'numeric.soldiers')
			);
			expect(answer).toMatchObject({ response: 'right', revision: 1, credit: 1 });
		});

		it('keeps acknowledged answers when the database is closed and opened again', async () => {
			const first = await test.database.open();
			const attempt = await startAttempt(first.db);
			await saveAnswer(first.db, {
				attemptId: attempt.id,
				questionId: 'numeric.soldiers',
				response: '11 tys.'
			});
			await first.close();

			const reopened = await test.database.open();
			expect(await listAnswers(reopened.db, attempt.id)).toMatchObject([
				{ questionId: 'numeric.soldiers', response: '11 tys.', revision: 1 }
			]);
			await reopened.close();
		});
	});

	describe('submitting', () => {
		it('scores once and stores each result, the sums, and a row for an unanswered question', async () => {
			const attempt = await startAttempt(test.db);
			await saveAnswer(test.db, {
				attemptId: attempt.id,
				questionId: 'numeric.soldiers',
				response: 'right'
			});
			await saveAnswer(test.db, {
				attemptId: attempt.id,
				questionId: 'single-choice.country',
				response: 'half'
			});
			const scoreAll = vi.fn<ScoreAll>(scoreByWord);

			const submitted = await submitAttempt(test.db, attempt.id, scoreAll);

			expect(scoreAll).toHaveBeenCalledTimes(1);
			const [answersSeen, attemptSeen] = scoreAll.mock.calls[0] ?? [];
			expect(answersSeen?.map((answer) => answer.response)).toEqual(['right', 'half']);
			expect(attemptSeen?.questions).toEqual(makeQuestions());
			expect(submitted.alreadySubmitted).toBe(false);
			expect(submitted.attempt).toMatchObject({ status: 'submitted', credit: 1.5, maxCredit: 3 });
			expect(submitted.attempt.submittedAt).not.toBeNull();
			expect(submitted.answers).toMatchObject([
				{ questionId: 'matching.figures', response: null, revision: 0, credit: 0 },
				{ questionId: 'numeric.soldiers', response: 'right', revision: 1, credit: 1 },
				{ questionId: 'single-choice.country', response: 'half', revision: 1, credit: 0.5 }
			]);
			expect(submitted.answers[0]?.result).toEqual({
				credit: 0,
				verdict: 'invalid',
				reason: { code: 'empty' },
				normalized: null
			});
			expect(await findAttempt(test.db, attempt.id)).toEqual(submitted.attempt);
			expect(await listAnswers(test.db, attempt.id)).toEqual(submitted.answers);
		});

		it('answers a second submit with the stored result, without scoring again', async () => {
			const attempt = await startAttempt(test.db);
			await saveAnswer(test.db, {
				attemptId: attempt.id,
				questionId: 'numeric.soldiers',
				response: 'right'
			});
			const scoreAll = vi.fn<ScoreAll>(scoreByWord);

			const first = await submitAttempt(test.db, attempt.id, scoreAll);
			const second = await submitAttempt(test.db, attempt.id, scoreAll);

			expect(scoreAll).toHaveBeenCalledTimes(1);
			expect(second.alreadySubmitted).toBe(true);
			expect(second.attempt).toEqual(first.attempt);
			expect(second.answers).toEqual(first.answers);
		});

		it('refuses to submit an unknown attempt', async () => {
			const scoreAll = vi.fn<ScoreAll>(scoreByWord);
			await expect(submitAttempt(test.db, 'a_unknown', scoreAll)).rejects.toMatchObject({
				code: 'not-found'
			});
			expect(scoreAll).not.toHaveBeenCalled();
		});

		it('leaves the attempt open and unscored when scoring throws, so it can be submitted again', async () => {
			const attempt = await startAttempt(test.db);
			await saveAnswer(test.db, {
				attemptId: attempt.id,
				questionId: 'numeric.soldiers',
				response: 'right'
			});
			const failing = submitAttempt(test.db, attempt.id, () => {
				throw new Error('scorer crashed');
			});
			await expect(failing).rejects.toThrow('scorer crashed');
			expect(await findAttempt(test.db, attempt.id)).toMatchObject({
				status: 'open',
				submittedAt: null,
				credit: null
			});
			expect(await listAnswers(test.db, attempt.id)).toMatchObject([
				{ credit: null, result: null }
			]);

			const retried = await submitAttempt(test.db, attempt.id, scoreByWord);
			expect(retried).toMatchObject({ alreadySubmitted: false, attempt: { credit: 1 } });
		});

		it('refuses scores for a question the attempt does not have, storing nothing', async () => {
			const attempt = await startAttempt(test.db);
			const submitting = submitAttempt(test.db, attempt.id, (answers, stored) => {
				const scores = scoreByWord(answers, stored);
				return {
					...scores,
					results: [...scores.results, { ...scores.results[0]!, questionId: 'x' }]
				};
			});
			await expect(submitting).rejects.toThrow(/a result for x, not a question of the attempt/);
			expect(await findAttempt(test.db, attempt.id)).toMatchObject({ status: 'open' });
		});

		it('lets exactly one of many concurrent submits score', async () => {
			const attempt = await startAttempt(test.db);
			await saveAnswer(test.db, {
				attemptId: attempt.id,
				questionId: 'numeric.soldiers',
				response: 'right'
			});
			const other = await test.another();
			const scoreAll = vi.fn<ScoreAll>(scoreByWord);

			const outcomes = await Promise.all(
				Array.from({ length: 8 }, (_, index) =>
					submitAttempt(index % 2 === 0 ? test.db : other.db, attempt.id, scoreAll)
				)
			);

			expect(scoreAll).toHaveBeenCalledTimes(1);
			expect(outcomes.filter((outcome) => !outcome.alreadySubmitted)).toHaveLength(1);
			for (const outcome of outcomes) {
				expect(outcome.attempt).toMatchObject({ status: 'submitted', credit: 1, maxCredit: 3 });
				expect(outcome.answers).toEqual(outcomes[0]?.answers);
			}
		});

		it('scores every save that was acknowledged when saves race a submit, and refuses the rest', async () => {
			const questions = Array.from({ length: 12 }, (_, index) => ({
				...makeQuestions()[0]!,
				id: `numeric.q${String(index).padStart(2, '0')}`
			}));
			const attempt = await startAttempt(test.db, { questions });
			const other = await test.another();
			const scoreAll = vi.fn<ScoreAll>(scoreByWord);

			const saves = questions.map((question, index) =>
				saveAnswer(index % 2 === 0 ? test.db : other.db, {
					attemptId: attempt.id,
					questionId: question.id,
					response: 'right'
				}).then(
					() => ({ questionId: question.id, saved: true }),
					(error: unknown) => {
						expect(error).toMatchObject({ code: 'submitted' });
						return { questionId: question.id, saved: false };
					}
				)
			);
			const submitting = submitAttempt(other.db, attempt.id, scoreAll);
			const outcomes = await Promise.all(saves);
			const submitted = await submitting;

			const acknowledged = outcomes
				.filter((outcome) => outcome.saved)
				.map((outcome) => outcome.questionId);
			const scoredRight = scoreAll.mock.calls[0]?.[0].map((answer) => answer.questionId);
			expect(scoredRight).toEqual(acknowledged);
			expect(submitted.attempt.credit).toBe(acknowledged.length);
		});
	});

	describe('deleting', () => {
		it("deletes an attempt's answers with it", async () => {
			const attempt = await startAttempt(test.db);
			await saveAnswer(test.db, {
				attemptId: attempt.id,
				questionId: 'numeric.soldiers',
				response: '1'
			});
			await test.db.deleteFrom('attempts').where('id', '=', attempt.id).execute();
			expect(await listAnswers(test.db, attempt.id)).toEqual([]);
		});

		it("deletes a learner's attempts and answers with the learner", async () => {
			const learnerId = newLearnerId();
			const attempt = await startAttempt(test.db, { learnerId });
			await saveAnswer(test.db, {
				attemptId: attempt.id,
				questionId: 'numeric.soldiers',
				response: '1'
			});
			await test.db.deleteFrom('learners').where('id', '=', learnerId).execute();
			expect(await findAttempt(test.db, attempt.id)).toBeUndefined();
			const orphans = await sql<{
				n: number;
			}>`select count(*) as n from answers where attempt_id = ${attempt.id}`.execute(test.db);
			expect(Number(orphans.rows[0]?.n)).toBe(0);
		});
	});

	it('walks through a real quiz: generated questions, saved right answers, real scorer', async () => {
		const module = seedModule();
		const quiz = generateQuiz(module, { count: 5 }, 7);
		const attempt = await startAttempt(test.db, {
			moduleId: module.id,
			seed: '7',
			options: { count: 5, openBook: false },
			questions: quiz.questions
		});
		const stored = await findAttempt(test.db, attempt.id);
		expect(stored?.questions).toEqual(quiz.questions);

		for (const question of quiz.questions) {
			await saveAnswer(test.db, {
				attemptId: attempt.id,
				questionId: question.id,
				response: rightResponse(question)
			});
		}
		const submitted = await submitAttempt(test.db, attempt.id, (answers, { questions }) => {
			const responses = new Map(answers.map((answer) => [answer.questionId, answer.response]));
			const results = questions.map((question) => {
				const result = scoreQuestion(module, question, responses.get(question.id) ?? null);
				return { questionId: question.id, credit: result.credit, result };
			});
			return {
				results,
				credit: results.reduce((total, { credit }) => total + credit, 0),
				maxCredit: questions.length
			};
		});
		expect(submitted.attempt).toMatchObject({
			credit: quiz.questions.length,
			maxCredit: quiz.questions.length
		});
		expect(submitted.answers.every((answer) => answer.result?.verdict === 'correct')).toBe(true);
	});
});
