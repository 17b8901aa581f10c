import type { QuizModule } from '../quiz/module';
import { authoredModule } from './authored-module';
import { seedModule } from './seed-module';

/**
 * Every character some export format treats as syntax (GIFT, Moodle's cloze, XML, shortanswer)
 * and can escape. GIFT cannot escape "->" in an answer: see gift.test.ts.
 */
export const SYNTAX_CHARACTERS = '{~=#:} <&> "*" \\ / ]]';

/**
 * The seed module with the format's syntax in its title, its questions' wording, its names
 * and its aliases: an export that escapes too little (or twice) reads back different.
 */
export function syntaxModule(): QuizModule {
	const module = structuredClone(seedModule());
	module.id = 'syntax';
	module.title = `Tytuł: a/b ${SYNTAX_CHARACTERS}`;
	module.entities = module.entities.map((entity) => ({
		...entity,
		name: `${entity.name} ${SYNTAX_CHARACTERS}`,
		aliases: [...entity.aliases, `${entity.id} ${SYNTAX_CHARACTERS}`]
	}));
	module.facts = module.facts.map((fact) => ({
		...fact,
		questions: fact.questions.map((question) => withinQuestion(question, ` ${SYNTAX_CHARACTERS}`)),
		aliases: [...fact.aliases, `${fact.id} ${SYNTAX_CHARACTERS}`]
	}));
	return module;
}

/**
 * The text put inside a question, before its question mark: generation offers only wordings that
 * read as questions, so text after the mark would leave the question out of every export.
 */
export function withinQuestion(question: string, text: string): string {
	return question.replace(/\?$/, `${text}?`);
}

/** The modules every export is checked on: the seed, one authored from an article, the syntax one. */
export function exportTestModules(): [name: string, module: QuizModule][] {
	return [
		['the seed module', seedModule()],
		['a module authored from an article', authoredModule('en-telescope')],
		['a module full of format syntax', syntaxModule()]
	];
}
