import type { Language } from '../content';
import { articleTexts } from '../article';
import { polishNameGender, type Gender } from '../language/gender-pl';
import { escapeRegExp } from '../language/normalize';
import { QUIZ_PHRASES } from '../language/phrases';
import type { QuizModule } from '../module';

/**
 * The gender a person's name has in an article, for options that must not give a key away:
 * "Mrs _____" among two men's names, "_____ zapowiedziała" among men. Read from a title the
 * article gives the name ("Mrs Judith Hallam", "pani Ingrid Larsen"), else from the name
 * (Polish) or the pronoun that follows it (English: "…, he said"). Undefined when nothing tells.
 */

const TITLES: Record<Language, { feminine: RegExp; masculine: RegExp }> = {
	en: { feminine: /^(?:Mrs|Ms|Miss|Dame|Lady)\.?$/u, masculine: /^(?:Mr|Sir|Lord)\.?$/u },
	// "burmistrz", "wójt", "prezes" name women too ("wójt Barbara Ryczek"): no masculine office.
	pl: {
		feminine:
			/^(?:pani|dyrektorka|prezeska|radna|burmistrzyni|posłanka|kierowniczka|przewodnicząca|rzeczniczka|komendantka|prokuratorka|sołtyska|wójtka|ministra|senatorka|starościna)$/iu,
		masculine: /^(?:pan|radny|przewodniczący|poseł|rzecznik|kierownik|senator)$/iu
	}
};

function titleGender(word: string, language: Language): Gender | undefined {
	const titles = TITLES[language];
	if (titles.feminine.test(word)) return 'feminine';
	if (titles.masculine.test(word)) return 'masculine';
	return undefined;
}

/** The gender a title right before a wording's gap gives ("Mrs _____", "radna _____"). */
export function gapTitleGender(wording: string, language: Language): Gender | undefined {
	const gap = QUIZ_PHRASES[language].gap;
	const at = wording.indexOf(gap);
	if (at < 0) return undefined;
	const before = wording.slice(0, at).trimEnd().split(/\s+/u).pop() ?? '';
	return titleGender(before.replace(/^["„“(]+/u, ''), language);
}

/** A subject or possessive pronoun; "him" and "her" are as often someone else the gap acts on. */
const GAP_PRONOUN = /\b(he|his|she)\b/iu;

/**
 * The gender an English wording shows for its gap: a title before it ("Mrs _____") or the first
 * pronoun after it ("_____, 81, said she waited"), unless a quotation opens or another person of
 * the article is named between (the pronoun is then theirs).
 */
export function gapGender(module: QuizModule, wording: string): Gender | undefined {
	const { language } = module;
	const titled = gapTitleGender(wording, language);
	if (titled || language !== 'en') return titled;
	const gap = QUIZ_PHRASES[language].gap;
	const at = wording.indexOf(gap);
	if (at < 0) return undefined;
	const after = wording.slice(at + gap.length);
	const pronoun = GAP_PRONOUN.exec(after);
	if (!pronoun) return undefined;
	const between = after.slice(0, pronoun.index);
	if (/["“”‘]/u.test(between)) return undefined;
	const surnames = module.entities
		.filter((entity) => entity.type === 'person')
		.map((entity) => entity.name.trim().split(/\s+/u).pop() ?? '')
		.filter((word) => word.length > 1);
	if (surnames.some((surname) => between.includes(surname))) return undefined;
	return (pronoun[1] as string).toLowerCase() === 'she' ? 'feminine' : 'masculine';
}

/**
 * The gender of a title before a name's first names: "Museum manager Mrs Alison" before
 * "Tremlett", "radna Dominique" before "Lefebvre". Up to two first names are passed over.
 */
function titleBefore(before: string, language: Language): Gender | undefined {
	const words = before.trimEnd().split(/\s+/u).slice(-3).reverse();
	for (const [index, word] of words.entries()) {
		const gender = titleGender(word.replace(/^["„“(]+/u, ''), language);
		if (gender) return gender;
		if (index === 2 || !/^\p{Lu}[\p{L}-]*$/u.test(word)) return undefined;
	}
	return undefined;
}

const PRONOUNS = /\b(he|him|his|she|her|hers)\b/iu;
/** How far after a name its pronoun is looked for: the rest of a reported sentence. */
const PRONOUN_REACH = 300;

const cache = new WeakMap<QuizModule, Map<string, Gender | undefined>>();

export function personGender(module: QuizModule, name: string): Gender | undefined {
	let byName = cache.get(module);
	if (!byName) {
		byName = new Map();
		cache.set(module, byName);
	}
	if (byName.has(name)) return byName.get(name);
	const gender = readGender(module, name);
	byName.set(name, gender);
	return gender;
}

function readGender(module: QuizModule, name: string): Gender | undefined {
	const { language } = module;
	const fromName = language === 'pl' ? polishNameGender(name) : undefined;
	const surname = name.trim().split(/\s+/u).pop();
	if (!surname || !/^\p{Lu}/u.test(surname)) return fromName;
	const texts = articleTexts(module.article);
	const mention = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'gu');
	for (const text of texts)
		for (const match of text.matchAll(mention)) {
			const gender = titleBefore(text.slice(0, match.index ?? 0), language);
			if (gender) return gender;
		}
	// A title the article gives outweighs the ending of a foreign name ("pani Ingrid Larsen").
	if (language !== 'en') return fromName;
	// "Cllr Peter Drury … said …," he said.": the first pronoun after the name, unless another
	// person's name comes between.
	const others = module.entities
		.filter((entity) => entity.type === 'person' && !entity.name.endsWith(surname))
		.map((entity) => entity.name.trim().split(/\s+/u).pop() ?? '')
		.filter((word) => word.length > 1);
	const votes = { feminine: 0, masculine: 0 };
	for (const text of texts)
		for (const match of text.matchAll(mention)) {
			let after = text.slice((match.index ?? 0) + surname.length).slice(0, PRONOUN_REACH);
			const pronoun = PRONOUNS.exec(after);
			if (!pronoun) continue;
			after = after.slice(0, pronoun.index);
			if (others.some((other) => after.includes(other))) continue;
			const word = (pronoun[1] as string).toLowerCase();
			votes[word.startsWith('h') && word !== 'her' && word !== 'hers' ? 'masculine' : 'feminine']++;
		}
	if (votes.feminine === votes.masculine) return undefined;
	return votes.feminine > votes.masculine ? 'feminine' : 'masculine';
}
