import { roundCredit } from '$lib/quiz/score/attempt';
import { getDatabase } from './db';
import { listPastQuizzes, listPracticeDays } from './db/learner-history';
import { getLibrary } from './library';

/** What /me lists of a learner: their submitted quizzes and their practice by day, newest first. */
export async function learnerHistory(learnerId: string) {
	const { db } = await getDatabase();
	const [quizzes, practice] = await Promise.all([
		listPastQuizzes(db, learnerId),
		listPracticeDays(db, learnerId)
	]);
	const titles = new Map(getLibrary().modules.map((module) => [module.id, module.title]));
	const titleOf = (moduleId: string) => titles.get(moduleId) ?? moduleId;
	return {
		quizzes: quizzes.map((quiz) => ({
			attemptId: quiz.attemptId,
			moduleTitle: titleOf(quiz.moduleId),
			inClass: quiz.assignmentId !== null,
			submittedAt: quiz.submittedAt,
			credit: roundCredit(quiz.credit),
			max: quiz.maxCredit,
			percent: quiz.maxCredit > 0 ? Math.round((quiz.credit / quiz.maxCredit) * 100) : 0
		})),
		practice: practice.map((day) => ({
			moduleId: day.moduleId,
			moduleTitle: titleOf(day.moduleId),
			day: day.day,
			lastAt: day.lastAt,
			reviews: day.reviews,
			right: day.right
		}))
	};
}
