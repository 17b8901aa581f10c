import { loadModule } from '../server/content';
import type { QuizModule } from '../quiz/module';

let seed: QuizModule | null = null;

/** The Kursk module as committed under questions/, loaded once per test file. */
export function seedModule(): QuizModule {
	if (!seed) {
		const result = loadModule('questions', 'kursk');
		if (!result.ok) throw new Error(`the seed module is invalid: ${JSON.stringify(result.errors)}`);
		seed = result.module;
	}
	return seed;
}
