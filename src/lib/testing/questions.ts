import { generateQuestion, generators } from '../quiz/generate';
import type { QuizModule } from '../quiz/module';
import type { QuestionType, QuestionWithKey } from '../quiz/question';

/**
 * Every question of a type a module can make, each as a quiz with this seed would ask it. A
 * quiz itself never holds them all: it asks each fact once.
 */
export function everyQuestion(
	module: QuizModule,
	type: QuestionType,
	seed: number | string
): QuestionWithKey[] {
	return generators[type]
		.items(module)
		.map((factIds) => generateQuestion(module, type, factIds, seed));
}
