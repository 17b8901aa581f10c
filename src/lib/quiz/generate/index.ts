import type { Fact } from '../content';
import type { QuizModule } from '../module';
import { isTellingFigure } from '../check';
import { QUESTION_TYPES, type QuestionType, type QuestionWithKey } from '../question';
import { createRandom, deriveRandom } from '../random';
import { clozeGenerator } from './cloze';
import type { QuestionGenerator } from './generator';
import { matchingGenerator } from './matching';
import { multipleResponseGenerator } from './multiple-response';
import { numericGenerator } from './numeric';
import { orderingGenerator } from './ordering';
import {
	distractorTexts,
	offersAnswerOf,
	optionAnswers,
	quizExposure,
	sameDateAnswer,
	sameFigureAnswer,
	unitOf
} from './reveal';
import { shortAnswerGenerator } from './short-answer';
import { singleChoiceGenerator } from './single-choice';
import { trueFalseGenerator } from './true-false';
import { figuresFollow } from './values';

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
	/**
	 * How many questions; fewer when the module cannot make that many without asking a fact
	 * twice or showing one question's answer in another.
	 */
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
 * What a fact asks, for telling two facts that are one: an article gives its main figure in the
 * title, the lead and a quote ("Osiem lat więzienia…", "skazał na osiem lat", "Osiem lat to za
 * mało"), and a quiz asking two of them asks one fact twice. Names are left out: two facts
 * keyed by one person ask different things; dates of one year are joined in `answerKeys`. Two figures
 * of one value that are different facts ("żądała dziesięciu lat", "przez 10 lat nie będzie
 * mógł", "630 pupils" and "630 places") cost the quiz one question, not a repeat; a small
 * count or a year recurs by chance, and only the same unit makes it one answer.
 */
function answerKey(fact: Fact): string {
	switch (fact.kind) {
		case 'number':
			// "from 420 to 630 pupils" and "once all 630 places were filled": one figure of the
			// article, whatever noun each sentence counts it by.
			return isTellingFigure(fact.value)
				? `figure:${fact.value}`
				: `number:${fact.unit}:${fact.value}`;
		case 'proportion':
			return `proportion:${fact.value}`;
		default:
			return `fact:${fact.id}`;
	}
}

const answerKeyMaps = new WeakMap<QuizModule, Map<string, string>>();

/**
 * Each fact's answer key, a figure stated approximately sharing the key of the figure it
 * states ("almost 1.1 million" and "1,086,400" passengers), and dates of one year sharing
 * theirs (see `sameDateAnswer`): a quiz asks one of them.
 */
function answerKeys(module: QuizModule): Map<string, string> {
	let keys = answerKeyMaps.get(module);
	if (!keys) {
		const found = new Map(module.facts.map((fact) => [fact.id, answerKey(fact)]));
		for (const fact of module.facts) {
			const near = module.facts.find(
				(other) =>
					other.id !== fact.id && (sameFigureAnswer(fact, other) || sameDateAnswer(fact, other))
			);
			if (!near) continue;
			const merged = found.get(near.id) as string;
			const replaced = found.get(fact.id);
			for (const [id, key] of found) if (key === replaced) found.set(id, merged);
		}
		keys = found;
		answerKeyMaps.set(module, keys);
	}
	return keys;
}

const factMaps = new WeakMap<QuizModule, Map<string, Fact>>();

function factsById(module: QuizModule): Map<string, Fact> {
	let facts = factMaps.get(module);
	if (!facts) {
		facts = new Map(module.facts.map((fact) => [fact.id, fact]));
		factMaps.set(module, facts);
	}
	return facts;
}

/**
 * One item's question. Its randomness comes from the seed and the item alone, so the same
 * item is the same question whichever quiz it is drawn into.
 */
export function generateQuestion(
	module: QuizModule,
	type: QuestionType,
	factIds: readonly string[],
	seed: number | string,
	avoid?: (text: string) => boolean
): QuestionWithKey {
	const byId = factsById(module);
	const facts = factIds
		.map((id) => byId.get(id))
		.filter((fact): fact is Fact => fact !== undefined);
	const random = deriveRandom(seed, `${type}:${factIds.join(',')}`);
	return generators[type].generate(module, facts, random, avoid) as QuestionWithKey;
}

/** Fewest distractors a choice question keeps once the quiz's other keys are taken out. */
const FEWEST_DISTRACTORS = 2;

/**
 * The question again, offering none of these facts' answers among its distractors; null when
 * its generator has too few other options left.
 */
function withoutAnswersOf(
	module: QuizModule,
	question: QuestionWithKey,
	facts: readonly Fact[],
	seed: number | string
): QuestionWithKey | null {
	const unit = unitOf(module, question);
	const again = generateQuestion(module, question.type, question.factIds, seed, (text) =>
		facts.some((fact) => optionAnswers(module, text, unit, fact))
	);
	const left = distractorTexts(again).length;
	if (offersAnswerOf(module, again, facts)) return null;
	return left >= Math.min(FEWEST_DISTRACTORS, distractorTexts(question).length) ? again : null;
}

/**
 * Picks items round-robin over the (shuffled) types, each time the first item of the type's
 * queue that asks no fact already asked (nor the same figure again) and neither shows the answer of a question already
 * chosen nor has its own answer shown by one (see `quizExposure`). Fewer questions than asked
 * for is the price: a quiz that answers itself, or asks a fact twice, tests nothing more.
 */
function chooseQuestions(
	module: QuizModule,
	options: QuizOptions,
	seed: number | string,
	spareSentences: boolean
): QuestionWithKey[] {
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
	const keys = answerKeys(module);
	const answerKeyOf = (id: string) => keys.get(id) ?? `fact:${id}`;
	const asked = new Set<string>();
	const chosen: QuestionWithKey[] = [];
	const exposure = quizExposure(module);
	// "96 miejsc" and "osiem grup po 12 dzieci": a figure the quiz's other figures give by one
	// multiplication waits until nothing else is left (fair, but it tests less than another
	// fact would).
	const followLater: Item[] = [];
	let allowFollowing = false;
	const askedFacts: Fact[] = [];
	const byId = factsById(module);
	const followsFromAsked = (id: string) => {
		const fact = byId.get(id);
		return fact !== undefined && askedFacts.some((other) => figuresFollow(module, fact, other));
	};
	// "the _____ branch buildings" (2), "the _____ branches" (2), "the _____ buildings" (2): a
	// quiz asks one count of one to three, and more only when nothing else is left.
	const smallLater: Item[] = [];
	let allowSmallCounts = false;
	const smallCountAsked = () => askedFacts.some(isSmallCount);
	const asksSmallCount = (item: Item) =>
		item.factIds.length === 1 && isSmallCount(byId.get(item.factIds[0] as string));
	const count = Math.max(0, Math.floor(options.count));
	// Sparing sentences, two passes: first only questions that show no other fact's answer
	// ("Ile łóżek przygotowano?"), then the others (a gap or a statement quoting a sentence of
	// three figures), so that a sentence of several facts may cost the quiz fewer of them.
	const later: Item[][] = queues.map(() => []);
	const pick = (queue: Item[], deferred: Item[] | null): QuestionWithKey | null => {
		// Items dropped here can never be chosen later: what they clash with stays chosen.
		while (queue.length > 0) {
			const item = queue.shift() as Item;
			if (item.factIds.some((id) => asked.has(answerKeyOf(id))) || exposure.shows(item.factIds))
				continue;
			if (!allowFollowing && item.factIds.some((id) => followsFromAsked(id))) {
				followLater.push(item);
				continue;
			}
			if (!allowSmallCounts && asksSmallCount(item) && smallCountAsked()) {
				smallLater.push(item);
				continue;
			}
			let question = generateQuestion(module, item.type, item.factIds, seed);
			if (exposure.answersChosen(question)) continue;
			if (deferred && exposure.showsOthers(question)) {
				deferred.push(item);
				continue;
			}
			// "Radna powiatowa _____" offering "Joanna Mazur", the key of another question: no
			// question's distractors are keys of the others, either way round. Options are
			// drawn again without them, or the item gives way to another.
			if (offersAnswerOf(module, question, askedFacts)) {
				const again = withoutAnswersOf(module, question, askedFacts, seed);
				if (!again || exposure.answersChosen(again)) continue;
				question = again;
			}
			const facts = item.factIds.flatMap((id) => byId.get(id) ?? []);
			const redrawn = new Map<number, QuestionWithKey>();
			for (const [position, earlier] of chosen.entries()) {
				if (!offersAnswerOf(module, earlier, facts)) continue;
				const others = askedFacts.filter((fact) => !earlier.factIds.includes(fact.id));
				const again = withoutAnswersOf(module, earlier, [...others, ...facts], seed);
				// What the quiz shows of it so far is its prompt: a redrawn one must show the same.
				if (!again || again.prompt !== earlier.prompt) break;
				redrawn.set(position, again);
			}
			if (
				chosen.some(
					(earlier, position) => offersAnswerOf(module, earlier, facts) && !redrawn.has(position)
				)
			)
				continue;
			for (const [position, again] of redrawn) chosen[position] = again;
			exposure.add(question);
			return question;
		}
		return null;
	};
	const run = (pending: Item[][], deferred: Item[][] | null) => {
		const open = pending.map((queue, index) => ({ queue, deferred: deferred?.[index] ?? null }));
		while (chosen.length < count && open.length > 0) {
			for (let index = 0; index < open.length && chosen.length < count;) {
				const { queue, deferred: put } = open[index] as (typeof open)[number];
				const picked = pick(queue, put);
				if (picked) {
					chosen.push(picked);
					for (const id of picked.factIds) {
						asked.add(answerKeyOf(id));
						const fact = byId.get(id);
						if (fact) askedFacts.push(fact);
					}
				}
				if (queue.length === 0) open.splice(index, 1);
				else index++;
			}
		}
	};
	if (spareSentences) {
		run(queues, later);
		run(later, null);
	} else run(queues, null);
	allowFollowing = true;
	run([followLater], null);
	allowSmallCounts = true;
	run([smallLater], null);
	return chosen;
}

/** Largest count a reader takes for a detail of the article rather than a fact of it. */
const SMALL_COUNT_MAX = 3;

/** A figure of one to three things: "the 2 branches", "3 buildings". */
function isSmallCount(fact: Fact | undefined): boolean {
	return (
		fact?.kind === 'number' &&
		Number.isInteger(fact.value) &&
		fact.value >= 1 &&
		fact.value <= SMALL_COUNT_MAX
	);
}

/**
 * The quiz that asks more facts (then has more questions) of two greedy choices: round-robin
 * as drawn, and sparing sentences of several facts. Neither is always better: a question
 * that shows nothing else may still have its own figure quoted in the only sentence another
 * fact can be asked by. On a tie the quiz as drawn is kept.
 */
function chooseBestQuestions(
	module: QuizModule,
	options: QuizOptions,
	seed: number | string
): QuestionWithKey[] {
	const drawn = chooseQuestions(module, options, seed, false);
	const count = Math.max(0, Math.floor(options.count));
	if (drawn.length >= count) return drawn;
	const spared = chooseQuestions(module, options, seed, true);
	const factsOf = (questions: QuestionWithKey[]) =>
		new Set(questions.flatMap((question) => question.factIds)).size;
	const gain = factsOf(spared) - factsOf(drawn) || spared.length - drawn.length;
	return gain > 0 ? spared : drawn;
}

/**
 * A quiz is a pure function of (module, options, seed): the same inputs give the same
 * questions, in the same order, with the same option order, in every process. It never asks
 * a fact twice and no question shows another's answer, so it may be shorter than `count`.
 */
export function generateQuiz(
	module: QuizModule,
	options: QuizOptions,
	seed: number | string
): Quiz {
	return { moduleId: module.id, seed, questions: chooseBestQuestions(module, options, seed) };
}

/**
 * The most questions a quiz of these types and facts can have: one per fact that some
 * allowed type can ask. A quiz may still be shorter, when questions would answer each other.
 */
export function quizCapacity(module: QuizModule, options: Omit<QuizOptions, 'count'> = {}): number {
	const allowedFacts = options.facts ? new Set(options.facts) : null;
	const types = options.types?.length ? options.types : QUESTION_TYPES;
	const askable = new Set<string>();
	for (const type of types) {
		for (const item of itemsOf(module, type)) {
			if (item.factIds.length !== 1) continue;
			const [id] = item.factIds as [string];
			if (!allowedFacts || allowedFacts.has(id)) askable.add(id);
		}
	}
	// A matching or ordering question asks several facts at once: with no single-fact type
	// allowed, the quiz holds as many of them as have facts to spare.
	if (askable.size === 0) {
		const used = new Set<string>();
		let groups = 0;
		for (const type of types) {
			for (const item of itemsOf(module, type)) {
				if (allowedFacts && !item.factIds.every((id) => allowedFacts.has(id))) continue;
				if (item.factIds.some((id) => used.has(id))) continue;
				for (const id of item.factIds) used.add(id);
				groups++;
			}
		}
		return groups;
	}
	return askable.size;
}

/** How many distinct questions the module can make, per type (for option validation and UIs). */
export function availableItems(module: QuizModule): Record<QuestionType, number> {
	return Object.fromEntries(
		QUESTION_TYPES.map((type) => [type, itemsOf(module, type).length])
	) as Record<QuestionType, number>;
}
