import type { Fact } from '../content';
import type { QuizModule } from '../module';
import { QUESTION_TYPES, type QuestionType, type QuestionWithKey } from '../question';
import { createRandom, deriveRandom } from '../random';
import { clozeGenerator } from './cloze';
import type { QuestionGenerator } from './generator';
import { matchingGenerator } from './matching';
import { multipleResponseGenerator } from './multiple-response';
import { numericGenerator } from './numeric';
import { orderingGenerator } from './ordering';
import { shortAnswerGenerator } from './short-answer';
import { singleChoiceGenerator } from './single-choice';
import { trueFalseGenerator } from './true-false';

/** Question type → generator. A new question type adds its file and one line here. */
export const generators: { [T in QuestionType]: QuestionGenerator<T> } = {
	numeric: numericGenerator,
	'single-choice': singleChoiceGenerator,
	'multiple-response': multipleResponseGenerator,
	'true-false': trueFalseGenerator,
	cloze: clozeGenerator,
	ordering: orderingGenerator,
	matching: matchingGenerator,
	'short-answer': shortAnswerGenerator
};

export interface QuizOptions {
	/** How many questions; fewer when the module cannot make that many distinct ones. */
	count: number;
	/** Allowed question types; all when absent. */
	types?: readonly QuestionType[];
	/** Facts to test; all when absent. A multi-fact question needs all its facts allowed. */
	facts?: readonly string[];
}

export interface Quiz {
	moduleId: string;
	seed: number | string;
	questions: QuestionWithKey[];
}

interface Item {
	type: QuestionType;
	factIds: string[];
}

const itemCache = new WeakMap<QuizModule, Map<QuestionType, Item[]>>();

function itemsOf(module: QuizModule, type: QuestionType): Item[] {
	let byType = itemCache.get(module);
	if (!byType) {
		byType = new Map();
		itemCache.set(module, byType);
	}
	let items = byType.get(type);
	if (!items) {
		items = generators[type].items(module).map((factIds) => ({ type, factIds }));
		byType.set(type, items);
	}
	return items;
}

/**
 * Picks items round-robin over the (shuffled) types, each time the item whose facts have
 * been tested least, so a quiz spreads over both types and facts.
 */
function chooseItems(module: QuizModule, options: QuizOptions, seed: number | string): Item[] {
	const random = createRandom(seed);
	const allowedFacts = options.facts ? new Set(options.facts) : null;
	const types = random.shuffle(
		options.types?.length ? [...new Set(options.types)] : QUESTION_TYPES
	);
	const queues = types
		.map((type) => {
			const items = itemsOf(module, type);
			return random.shuffle(
				allowedFacts
					? items.filter((item) => item.factIds.every((id) => allowedFacts.has(id)))
					: items
			);
		})
		.filter((queue) => queue.length > 0);
	const uses = new Map<string, number>();
	const chosen: Item[] = [];
	const count = Math.max(0, Math.floor(options.count));
	while (chosen.length < count && queues.length > 0) {
		for (let index = 0; index < queues.length && chosen.length < count;) {
			const queue = queues[index] as Item[];
			let best = 0;
			let bestUse = Infinity;
			// Plain loops: this runs for every item of every queue at every pick.
			for (let position = 0; position < queue.length; position++) {
				let use = -Infinity;
				for (const id of (queue[position] as Item).factIds) use = Math.max(use, uses.get(id) ?? 0);
				if (use < bestUse) {
					bestUse = use;
					best = position;
				}
			}
			const [item] = queue.splice(best, 1);
			if (item) {
				chosen.push(item);
				for (const id of item.factIds) uses.set(id, (uses.get(id) ?? 0) + 1);
			}
			if (queue.length === 0) queues.splice(index, 1);
			else index++;
		}
	}
	return chosen;
}

/**
 * A quiz is a pure function of (module, options, seed): the same inputs give the same
 * questions, in the same order, with the same option order, in every process.
 */
export function generateQuiz(
	module: QuizModule,
	options: QuizOptions,
	seed: number | string
): Quiz {
	const factsById = new Map(module.facts.map((fact) => [fact.id, fact]));
	const questions = chooseItems(module, options, seed).map((item) => {
		const facts = item.factIds
			.map((id) => factsById.get(id))
			.filter((fact): fact is Fact => !!fact);
		const random = deriveRandom(seed, `${item.type}:${item.factIds.join(',')}`);
		return generators[item.type].generate(module, facts, random) as QuestionWithKey;
	});
	return { moduleId: module.id, seed, questions };
}

/** How many distinct questions the module can make, per type (for option validation and UIs). */
export function availableItems(module: QuizModule): Record<QuestionType, number> {
	return Object.fromEntries(
		QUESTION_TYPES.map((type) => [type, itemsOf(module, type).length])
	) as Record<QuestionType, number>;
}
