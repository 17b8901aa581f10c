import { articleTexts } from '../article';
import type { Fact } from '../content';
import { parseNumber } from '../language/number';
import { foldText } from '../language/normalize';
import type { QuizModule } from '../module';
import type { QuestionWithKey } from '../question';
import { acceptedRange, isWithinRange } from '../score/number';
import { displayValue } from './values';

/**
 * Whether one question of a quiz shows the answer to another: a cloze quoting the sentence
 * that names the figure the next question asks for, a matching question showing figures
 * beside what they count, a true/false statement naming the person a short answer wants.
 * Texts are compared folded, word for word, so "11 tysięcy" in a prompt gives away a fact
 * whose evidence says "11 tysięcy" however it was cased or punctuated.
 */

interface AnswerForm {
	/** Folded and padded with spaces: " 11 tysiecy ". */
	padded: string;
	words: string[];
}

interface ShownText {
	/** Folded and padded with spaces. */
	padded: string;
	/** Its words, each once. */
	words: string[];
	/** The last words before each "…" that cuts a quoted sentence: "a us fund calder". */
	cutEnds: string[][];
}

/** How many words before a cut are compared with the start of a name. */
const CUT_WORDS = 4;

/**
 * Whether a quote cut short ends on the start of a name of several words ("…a US fund,
 * Calder…" for "Calder Bio Partners"): the learner reads the name's start, which gives it away.
 */
function cutShows(cutEnds: readonly string[][], form: AnswerForm): boolean {
	if (form.words.length < 2 || (form.words[0]?.length ?? 0) < 3) return false;
	return cutEnds.some((end) => {
		for (let length = 1; length < form.words.length && length <= end.length; length++) {
			const tail = end.slice(end.length - length);
			if (tail.every((word, at) => word === form.words[at])) return true;
		}
		return false;
	});
}

function cutEndsOf(raw: string): string[][] {
	const ends: string[][] = [];
	for (const match of raw.matchAll(/([^…\n]*)…/gu)) {
		const words = foldText(match[1] ?? '')
			.split(' ')
			.filter(Boolean);
		if (words.length > 0) ends.push(words.slice(-CUT_WORDS));
	}
	return ends;
}

interface AnswerIndex {
	facts: Map<string, Fact>;
	/** Fact id → the forms that answer it. */
	forms: Map<string, AnswerForm[]>;
	/**
	 * What questions show, folded, by their raw text: a fact's questions are worded from a
	 * few sentences and options, so the same texts come back in quiz after quiz.
	 */
	shown: Map<string, ShownText>;
	entities: Map<string, string[]>;
}

const indexes = new WeakMap<QuizModule, AnswerIndex>();

function indexOf(module: QuizModule): AnswerIndex {
	let index = indexes.get(module);
	if (!index) {
		index = {
			facts: new Map(module.facts.map((fact) => [fact.id, fact])),
			forms: new Map(),
			shown: new Map(),
			entities: new Map(
				module.entities.map((entity) => [entity.id, [entity.name, ...entity.aliases]])
			)
		};
		indexes.set(module, index);
	}
	return index;
}

/**
 * Whether two figures are one answer: "almost 1.1 million passengers" and "1,086,400
 * passengers" count the same thing, and one states the other within its tolerance, so a
 * learner who reads either knows the other. Figures of different units never are.
 */
export function sameFigureAnswer(one: Fact, other: Fact): boolean {
	if (one.id === other.id) return true;
	const figures = (one.kind === 'number' || one.kind === 'proportion') && one.kind === other.kind;
	if (!figures || foldText(one.unit) !== foldText(other.unit)) return false;
	return (
		(one.approximate && isWithinRange(other.value, acceptedRange(one))) ||
		(other.approximate && isWithinRange(one.value, acceptedRange(other)))
	);
}

/** Nouns of an event a date stands for: "the 2023 flood", "pożar w lipcu 2024 r.". */
const EVENT_NOUN =
	/(?<![\p{L}])(flood|floods|flooding|fire|blaze|storm|crash|collision|explosion|outage|burst|earthquake|landslide|tornado|hurricane|strike|powód\p{L}*|powodz\p{L}*|pożar\p{L}*|burz[aąyęe]|wypad(?:ek|ku|kiem)|katastrof\p{L}*|wybuch\p{L}*|awari\p{L}*|zderzen\p{L}*|nawałnic\p{L}*|wichur\p{L}*|ulew\p{L}*|podtopie\p{L}*|strajk\p{L}*)(?![\p{L}])/giu;

function eventNouns(evidence: string): Set<string> {
	return new Set(
		[...evidence.matchAll(EVENT_NOUN)].map((match) =>
			(match[1] as string).toLowerCase().slice(0, 5)
		)
	);
}

/**
 * Whether two dates are one answer for a quiz: "W czerwcu 2023 r. rzeka wystąpiła z brzegów",
 * "mosty, które w 2023 r. zatrzymywały gałęzie" and "ulewa jak w 2023 r." ask the one flood
 * three times. A bare year recurs as one answer whatever each sentence tells of it; two dates
 * as precise as a month are one when they name one event ("the June 2024 storm").
 */
export function sameDateAnswer(one: Fact, other: Fact): boolean {
	if (one.id === other.id) return true;
	if (one.kind !== 'date' || other.kind !== 'date') return false;
	const [a, b] = [one.value, other.value];
	if (a.year !== b.year) return false;
	const agree = (x: number | undefined, y: number | undefined) =>
		x === undefined || y === undefined || x === y;
	if (!agree(a.month, b.month) || !agree(a.day, b.day)) return false;
	if (a.month === undefined || b.month === undefined) return true;
	const shared = eventNouns(other.evidence);
	return [...eventNouns(one.evidence)].some((noun) => shared.has(noun));
}

/** The facts of the module whose figure is the same answer as this one's, itself left out. */
function nearFigures(module: QuizModule, fact: Fact): Fact[] {
	if (fact.kind !== 'number' && fact.kind !== 'proportion') return [];
	return module.facts.filter((other) => other.id !== fact.id && sameFigureAnswer(fact, other));
}

/** A figure in digits as an article prints it, with its currency sign and the word after it. */
const PRINTED_FIGURE =
	/(?<![\d.,])([£$€]\s?)?(\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?)(\s?(?:million|billion|mln|mld|bn|m)\b\.?)?(?:\s+(\p{L}+))?/gu;
const CURRENCY_UNIT = /^(£|\$|€|zł|złotych|euro|eur|pln|pounds?|dollars?)$/iu;
const CURRENCY_WORD = /^(zł|złotych|euro|pounds?|dollars?)$/iu;

/**
 * The article's figures that state an approximate fact's figure another way: "The total of
 * 1,086,400" for "almost 1.1 million passengers". A figure is one when the fact's tolerance
 * takes it, both are sums or neither is, and the word after it is no unit another figure of
 * the module counts ("1,050,000 tonnes"); a figure under a thousand must be followed by the
 * fact's own unit, since small figures recur by chance.
 */
function restatedFigures(module: QuizModule, fact: Fact): string[] {
	if (fact.kind !== 'number' || !fact.approximate) return [];
	const range = acceptedRange(fact);
	const unit = foldText(fact.unit);
	const currency = CURRENCY_UNIT.test(fact.unit.trim());
	const otherUnits = new Set(
		module.facts
			.filter((other) => other.kind === 'number' && foldText(other.unit) !== unit)
			.map((other) => foldText((other as { unit: string }).unit))
	);
	const found: string[] = [];
	for (const text of articleTexts(module.article)) {
		for (const match of text.matchAll(PRINTED_FIGURE)) {
			const [, sign, digits = '', scale = '', next = ''] = match;
			const value = parseNumber(`${digits}${scale}`.trim(), module.language);
			if (value === null || !isWithinRange(value, range)) continue;
			if (Boolean(sign) || CURRENCY_WORD.test(next)) {
				if (!currency) continue;
			} else if (currency) continue;
			const word = foldText(next);
			if (otherUnits.has(word)) continue;
			if (Math.abs(value) < 1000 && !(unit !== '' && word.startsWith(unit.slice(0, 4)))) continue;
			found.push(`${digits}${scale}`.trim());
		}
	}
	return found;
}

/** The words that, shown anywhere, answer the fact: its key as shown, its gap, its names. */
function answerForms(module: QuizModule, fact: Fact): AnswerForm[] {
	const index = indexOf(module);
	const cached = index.forms.get(fact.id);
	if (cached) return cached;
	const entityForms = (id: string) => index.entities.get(id) ?? [];
	const texts = [displayValue(module, fact), ...(fact.cloze ? [fact.cloze] : [])];
	// "1,086,400" shown elsewhere answers "almost 1.1 million" of the same count, and back.
	for (const near of nearFigures(module, fact))
		texts.push(displayValue(module, near), ...(near.cloze ? [near.cloze] : []));
	texts.push(...restatedFigures(module, fact));
	if (fact.kind === 'entity') texts.push(...entityForms(fact.value));
	if (fact.kind === 'entity-set') texts.push(...fact.value.flatMap(entityForms));
	if (fact.kind !== 'number' && fact.kind !== 'proportion') texts.push(...fact.aliases);
	// "w 2025 roku" shown elsewhere gives a date's year away, and the year alone earns credit.
	if (fact.kind === 'date') texts.push(...(texts[0]?.match(/\b\d{4}\b/g) ?? []));
	const folded = [
		...new Set(texts.map((text) => foldText(text)).filter((text) => text !== ''))
	].map((text) => ({ padded: ` ${text} `, words: text.split(' ') }));
	index.forms.set(fact.id, folded);
	return folded;
}

/**
 * What a learner reads in the question before answering, folded: the prompt, and the rows of
 * a matching or ordering question. Options of choice questions are left out: their
 * distractors are other figures and names of the article by design, and an option shows no
 * link to what it would answer elsewhere; the rows of a matching question do.
 */
function shownText(module: QuizModule, question: QuestionWithKey): ShownText {
	const parts = [question.prompt];
	if (question.type === 'matching') {
		parts.push(...question.items.map((item) => item.text));
		parts.push(...question.choices.map((choice) => choice.text));
	}
	if (question.type === 'ordering') parts.push(...question.choices.map((choice) => choice.text));
	const raw = parts.join(' \n ');
	const index = indexOf(module);
	let folded = index.shown.get(raw);
	if (folded === undefined) {
		const text = foldText(raw);
		folded = {
			padded: ` ${text} `,
			words: [...new Set(text.split(' '))],
			cutEnds: raw.includes('…') ? cutEndsOf(raw) : []
		};
		index.shown.set(raw, folded);
	}
	return folded;
}

/** Whether a text (a label, a prompt) shows the fact's answer. */
export function mentionsFact(module: QuizModule, text: string, fact: Fact): boolean {
	const shown = ` ${foldText(text)} `;
	return answerForms(module, fact).some((form) => shown.includes(form.padded));
}

/**
 * What the questions chosen for a quiz so far show and answer, indexed once per quiz, so that
 * a candidate is checked against all of them at once rather than question by question (a
 * 20-question quiz otherwise compares every candidate with every chosen question).
 */
export interface QuizExposure {
	/** Whether a question chosen so far shows the answer to one of these facts. */
	shows(factIds: readonly string[]): boolean;
	/** Whether this question shows the answer of a question chosen so far. */
	answersChosen(question: QuestionWithKey): boolean;
	/**
	 * Whether this question shows the answer of another fact of the module that no question
	 * chosen so far shows: choosing it would cost the quiz that fact.
	 */
	showsOthers(question: QuestionWithKey): boolean;
	add(question: QuestionWithKey): void;
}

export function quizExposure(module: QuizModule): QuizExposure {
	const index = indexOf(module);
	const formsOf = (factIds: readonly string[]): AnswerForm[] => {
		const forms: AnswerForm[] = [];
		for (const id of factIds) {
			const fact = index.facts.get(id);
			if (fact) forms.push(...answerForms(module, fact));
		}
		return forms;
	};
	// Answers of the chosen questions by their first word: a shown text is looked up word by
	// word, and only the forms starting with one of its words are searched for.
	const answeredByWord = new Map<string, AnswerForm[]>();
	const shownWords = new Set<string>();
	// Shown texts are padded with spaces and hold no newline once folded: a newline between
	// them keeps a form from matching across two questions.
	let shownSoFar = '';
	const cutSoFar: string[][] = [];
	const shows = (factIds: readonly string[]) =>
		formsOf(factIds).some(
			(form) =>
				(form.words.every((word) => shownWords.has(word)) && shownSoFar.includes(form.padded)) ||
				cutShows(cutSoFar, form)
		);
	return {
		shows,
		showsOthers(question) {
			const shown = shownText(module, question);
			for (const fact of index.facts.values()) {
				if (question.factIds.includes(fact.id)) continue;
				const forms = answerForms(module, fact);
				const showsFact = forms.some(
					(form) => shown.padded.includes(form.padded) || cutShows(shown.cutEnds, form)
				);
				if (!showsFact) continue;
				if (!shows([fact.id])) return true;
			}
			return false;
		},
		answersChosen(question) {
			const shown = shownText(module, question);
			for (const word of shown.words) {
				const forms = answeredByWord.get(word);
				if (forms?.some((form) => shown.padded.includes(form.padded))) return true;
			}
			for (const end of shown.cutEnds) {
				for (const word of end) {
					if (answeredByWord.get(word)?.some((form) => cutShows([end], form))) return true;
				}
			}
			return false;
		},
		add(question) {
			const shown = shownText(module, question);
			for (const form of formsOf(question.factIds)) {
				const [first = ''] = form.words;
				const forms = answeredByWord.get(first);
				if (forms) forms.push(form);
				else answeredByWord.set(first, [form]);
			}
			for (const word of shown.words) shownWords.add(word);
			cutSoFar.push(...shown.cutEnds);
			shownSoFar += `${shown.padded}\n`;
		}
	};
}

/**
 * Whether an option's text is the answer of a fact: its name, its date as shown, or for a
 * figure of the option's unit one the fact's tolerance takes ("Joanna Mazur" among the options
 * of one question when another is keyed "Joanna Mazur").
 */
export function optionAnswers(module: QuizModule, text: string, unit: string | null, fact: Fact) {
	const padded = ` ${foldText(text)} `;
	if (answerForms(module, fact).some((form) => form.padded === padded)) return true;
	if (fact.kind !== 'number' && fact.kind !== 'proportion') return false;
	if (unit === null || foldText(unit) !== foldText(fact.unit)) return false;
	const value = parseNumber(text, module.language);
	return value !== null && isWithinRange(value, acceptedRange(fact));
}

/** The options of a choice question that are not its key; none for other types. */
export function distractorTexts(question: QuestionWithKey): string[] {
	if (question.type !== 'single-choice' && question.type !== 'multiple-response') return [];
	const keyed = new Set(question.key.choiceIds);
	return question.choices.filter((choice) => !keyed.has(choice.id)).map((choice) => choice.text);
}

/**
 * Whether a choice question offers the answer of one of these facts among its distractors: a
 * learner who meets the key as an option of another question learns it there, and reads it
 * as a hint.
 */
export function offersAnswerOf(
	module: QuizModule,
	question: QuestionWithKey,
	facts: readonly Fact[]
): boolean {
	const distractors = distractorTexts(question);
	if (distractors.length === 0 || facts.length === 0) return false;
	const unit = unitOf(module, question);
	return distractors.some((text) => facts.some((fact) => optionAnswers(module, text, unit, fact)));
}

/** The unit of a question's figure, null when it asks no figure. */
export function unitOf(module: QuizModule, question: QuestionWithKey): string | null {
	const fact = indexOf(module).facts.get(question.factIds[0] ?? '');
	return fact && (fact.kind === 'number' || fact.kind === 'proportion') ? fact.unit : null;
}
