import type { Fact } from '../content';
import type { QuizModule } from '../module';
import { scoreDateAnswer } from './date';
import { scoreEntityAnswer, scoreEntitySetAnswer } from './entity';
import { scoreNumberAnswer } from './number';
import { refused, type ScoreResult } from './result';
import { scoreTextAnswer } from './text';

/**
 * Scores a typed answer against a fact, whatever the fact's kind: what numeric entry, cloze
 * and short-answer questions (and `factquiz score`) use. Never throws.
 */
export function scoreFactAnswer(module: QuizModule, fact: Fact, answer: unknown): ScoreResult {
	if (typeof answer !== 'string') return refused({ code: 'empty' });
	try {
		switch (fact.kind) {
			case 'number':
			case 'proportion':
				return scoreNumberAnswer(fact, answer, module.language);
			case 'date':
				return scoreDateAnswer(fact, answer, module.language);
			case 'entity':
				return scoreEntityAnswer(fact, module.entities, answer, module.language);
			case 'entity-set':
				return scoreEntitySetAnswer(fact, module.entities, answer, module.language);
			case 'text':
				return scoreTextAnswer(fact, answer, module.language);
		}
	} catch {
		// The scorers are written and fuzzed not to throw; should one still do, a learner
		// gets "not recognised" rather than a lost request.
		return refused({ code: 'not-recognised' });
	}
}
