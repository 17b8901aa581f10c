import { figuresIn, numberClass } from '../check';
import type { Fact } from '../content';
import { foldText } from '../language/normalize';
import { QUIZ_PHRASES } from '../language/phrases';
import type { QuizModule } from '../module';
import { evidenceOf, questionId, shuffledChoices, type QuestionGenerator } from './generator';
import { personGender, gapGender } from './gender';
import { factQuality, hasWording } from './quality';
import { formatNumber, parseNumber } from '../language/number';
import { acceptedRange, isWithinRange } from '../score/number';
import {
	dateAsAsked,
	displayValue,
	distractorsOf,
	figureAsWritten,
	pickDistractors,
	readsWithAn
} from './values';

const DISTRACTORS = 3;

/**
 * Whether the options read right in the fact's wordings. A wording that quotes the sentence
 * around a gap wants the words of the gap: "W _____" takes "maju 2024", not the option
 * "maj 2024", and "_____ uczeń" no share at all. Options are base forms (names, dates) or
 * figures, so a gap is fine only for a figure the article writes in digits, or when the key
 * reads as the gap's own words.
 */
function optionsFitGap(module: QuizModule, fact: Fact): boolean {
	const gap = QUIZ_PHRASES[module.language].gap;
	if (!fact.questions.some((question) => question.includes(gap))) return true;
	if (!fact.cloze) return false;
	if (fact.kind === 'number') return /\d/.test(fact.cloze);
	if (fact.kind === 'proportion')
		return /\d/.test(fact.cloze) && /%|proc|percent/i.test(fact.cloze);
	return foldText(fact.cloze) === foldText(displayValue(module, fact));
}

/** Distractors drawn, of which the first three that agree with the gap's noun are shown. */
const DRAWN = 8;

/**
 * Whether a figure reads right before the Polish noun that follows the gap: "Oddział ma _____
 * łóżka" takes 24 or 32, never 31 or 240 ("łóżek"). A scale word takes the noun's form itself.
 */
function agreesWithGapNoun(module: QuizModule, fact: Fact, key: string, option: string): boolean {
	if (module.language !== 'pl' || fact.kind !== 'number') return true;
	const gap = QUIZ_PHRASES.pl.gap;
	const counted = fact.questions.some((question) =>
		new RegExp(`${gap}\\s+(?!(zł|złotych|euro|proc|procent|mln|mld|tys)\\b)\\p{L}{3,}`, 'u').test(
			question
		)
	);
	if (!counted) return true;
	const keyValue = parseNumber(key, 'pl');
	const value = parseNumber(option, 'pl');
	if (keyValue === null || value === null || /\p{L}/u.test(key) || /\p{L}/u.test(option))
		return true;
	return numberClass(value, 'pl') === numberClass(keyValue, 'pl');
}

/**
 * The option as it reads before the gap's noun: itself when it agrees, else the nearest larger
 * figure that does ("31" → "32" before "łóżka"), never one the key's tolerance accepts.
 */
function agreeingFigure(
	module: QuizModule,
	fact: Fact,
	key: string,
	option: string
): string | null {
	if (agreesWithGapNoun(module, fact, key, option)) return option;
	const value = parseNumber(option, 'pl');
	if (value === null || (fact.kind !== 'number' && fact.kind !== 'proportion')) return null;
	const range = acceptedRange(fact);
	for (let step = 1; step <= 12; step++) {
		const text = formatNumber(value + step, 'pl');
		if (!isWithinRange(value + step, range) && agreesWithGapNoun(module, fact, key, text))
			return text;
	}
	return null;
}

/**
 * Whether a person's name reads as the key's gender: "_____ zapowiedziała" or "Mrs _____" with
 * men among the options gives the woman away. Other facts and names that do not tell agree.
 */
function sameGender(module: QuizModule, fact: Fact, key: string, option: string): boolean {
	if (fact.kind !== 'entity') return true;
	const isPerson = (name: string) =>
		module.entities.some(
			(entity) => entity.type === 'person' && foldText(entity.name) === foldText(name)
		);
	if (!isPerson(key) || !isPerson(option)) return true;
	// "Museum manager Mrs _____": the title tells the key's gender where nothing else does.
	const keyGender =
		personGender(module, key) ??
		factQuality(module, fact)
			.wordings.map((wording) => gapGender(module, wording))
			.find((gender) => gender !== undefined);
	const gender = personGender(module, option);
	return keyGender === undefined || gender === undefined || gender === keyGender;
}

/**
 * Whether a wording tells a woman from a man: a Polish gap, whose verb agrees with whoever
 * fills it, a title before the gap ("Mrs _____", "radna _____") or a pronoun after it ("_____
 * said she waited"). "Kto…?" and "Who…?" do not.
 */
function tellsGender(module: QuizModule, wording: string): boolean {
	if (!wording.includes(QUIZ_PHRASES[module.language].gap)) return false;
	return module.language === 'pl' || gapGender(module, wording) !== undefined;
}

/**
 * Whether some wording is fair to the options: two of the key's gender among the distractors,
 * or a wording that does not tell a woman from a man.
 */
function gendersFit(module: QuizModule, fact: Fact): boolean {
	const key = displayValue(module, fact);
	const all = distractorsOf(module, fact);
	const fitting = all.filter((text) => sameGender(module, fact, key, text));
	if (fitting.length >= 2 || fitting.length === all.length) return true;
	return factQuality(module, fact).wordings.some((wording) => !tellsGender(module, wording));
}

/** Whether an English wording has "a" or "an" right before its gap ("an £_____ extension"). */
function articleBeforeGap(module: QuizModule, wording: string): boolean {
	if (module.language !== 'en') return false;
	const gap = QUIZ_PHRASES.en.gap;
	return new RegExp(`\\ban?\\s+[£$€]?${gap}`, 'iu').test(wording);
}

/**
 * Whether an option is a figure the question itself shows: "from £9 to £_____" offering 9, or
 * "40 more than in _____" offering 40, is ruled out (or given away) by reading the prompt.
 */
function shownInPrompt(module: QuizModule, fact: Fact, option: string): boolean {
	if (fact.kind !== 'number' && fact.kind !== 'date') return false;
	const value =
		fact.kind === 'number'
			? parseNumber(option, module.language)
			: /^\d{4}$/u.test(option.trim())
				? Number(option)
				: null;
	if (value === null) return false;
	return factQuality(module, fact).wordings.some((wording) =>
		figuresIn(wording, module.language).some((figure) => Math.abs(figure - value) < 1e-9)
	);
}

/** The distractors a prompt of the fact does not rule out by showing them. */
function offeredDistractors(module: QuizModule, fact: Fact): string[] {
	return distractorsOf(module, fact).filter((text) => !shownInPrompt(module, fact, text));
}

/** Single choice: the key among up to three distractors that are never right. */
export const singleChoiceGenerator: QuestionGenerator<'single-choice'> = {
	type: 'single-choice',
	items: (module) =>
		module.facts
			.filter(
				(fact) =>
					fact.kind !== 'entity-set' &&
					hasWording(module, fact) &&
					offeredDistractors(module, fact).length >= 2 &&
					optionsFitGap(module, fact) &&
					gendersFit(module, fact)
			)
			.map((fact) => [fact.id]),
	generate(module, facts, random, avoid = () => false) {
		const fact = facts[0];
		if (!fact) throw new TypeError('single-choice questions need a fact');
		const asWritten = (text: string) => {
			const figure = fact.kind === 'number' ? parseNumber(text, module.language) : null;
			return figure === null ? text : figureAsWritten(module, fact, figure);
		};
		const key = asWritten(displayValue(module, fact));
		const all = pickDistractors(module, fact, random, DRAWN)
			.map(asWritten)
			.filter((text) => !avoid(text) && !shownInPrompt(module, fact, text));
		const fitting = all.filter((text) => sameGender(module, fact, key, text));
		// A gap's verb tells a woman from a man ("_____ zapowiedziała"), "Kto zapowiedział…?"
		// does not: with options of both, only a wording with no gap is asked; with a gap only,
		// the options are of the key's gender.
		const every = factQuality(module, fact).wordings;
		const plain = every.filter((wording) => !tellsGender(module, wording));
		const mixed = fitting.length < all.length;
		const wordings = mixed && plain.length > 0 ? plain : every;
		const drawn =
			!mixed || plain.length > 0
				? all
				: offeredDistractors(module, fact).filter(
						(text) => sameGender(module, fact, key, text) && !avoid(text)
					);
		const agreeing = drawn
			.map((text) => agreeingFigure(module, fact, key, text))
			.filter((text, index, all): text is string => text !== null && all.indexOf(text) === index);
		let options = agreeing.length >= 2 ? agreeing : drawn;
		let asked = wordings;
		// "approved an £_____ extension": "an" tells 8.7m and 11m from 5.9m, so the options are
		// those spoken with the key's article, or the wordings without an article before the gap.
		const articled = asked.filter((wording) => articleBeforeGap(module, wording));
		if (articled.length > 0) {
			const fitting = options.filter((text) => readsWithAn(text) === readsWithAn(key));
			const bare = asked.filter((wording) => !articleBeforeGap(module, wording));
			if (fitting.length >= 2) options = fitting;
			else if (bare.length > 0) asked = bare;
			else options = fitting;
		}
		const { choices, keyId } = shuffledChoices(random, key, options.slice(0, DISTRACTORS));
		const wording = random.pick(asked);
		return {
			id: questionId('single-choice', [fact.id]),
			type: 'single-choice',
			factIds: [fact.id],
			prompt: `${wording} ${QUIZ_PHRASES[module.language].chooseOne}`,
			// "Do kiedy …?" is answered "do końca kwietnia 2027", and so are its options.
			choices: choices.map((choice) => ({
				...choice,
				text: dateAsAsked(module, fact, wording, choice.text)
			})),
			evidence: evidenceOf(facts),
			key: { choiceIds: [keyId] }
		};
	}
};
