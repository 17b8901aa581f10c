import { articleTexts } from '../article';
import {
	closesOnBareVerb,
	POLISH_QUOTE_VERB,
	quotedGap,
	quoteParagraphOf,
	quotesUnnamedSpeaker,
	speakerUnnamed,
	type CheckContext
} from '../check';
import { splitSentences } from '../extract/sentences';
import type { QuizModule } from '../module';

/**
 * Who said a sentence of direct speech the article does not attribute in that sentence: the
 * attribution closing its quotation ("– Ojciec zaczynał… Dziś… – mówi Marek Sowiński."), or
 * the one person the sentence before the quotation names as its subject ("Organista Stanisław
 * Knut … ma nadzieję… – Na razie gram… – mówi."). A question shows the sentence with that
 * name, so a learner reading it alone knows whose words they complete; when the article leaves
 * any doubt there is no name, and the check refuses the question.
 */

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A capitalised word of a name: "Sowiński", "Kowalska-Nowak", "Gaj". */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** An opening dash of a quotation inside a paragraph: "…maszynowych. – Woda…". */
const QUOTE_OPENING = /(?:^|[.!?…]\s+)[-–—]\s+(?=[\p{Lu}„"«])/gu;

/** "– mówi wójt Teresa Głąb, …": the words after the verb up to a comma, when they hold a name. */
function attributedName(words: string): string | undefined {
	const phrase = words.split(/[,;.!?…]/u)[0]?.trim() ?? '';
	const parts = phrase.split(' ').filter(Boolean);
	if (parts.length === 0 || parts.length > 4) return undefined;
	const first = parts.findIndex((part) => NAME_WORD.test(part));
	if (first < 0 || !parts.slice(first).every((part) => NAME_WORD.test(part))) return undefined;
	return parts.slice(first).join(' ');
}

/** The first attribution closing a quotation at or after `from`: its name, if it gives one. */
function closingSpeaker(paragraph: string, from: number): string | null | undefined {
	for (const match of paragraph.slice(from).matchAll(/\s[-–—]\s+(\p{Ll}+)\s*([^–—]*)/gu)) {
		if (!POLISH_QUOTE_VERB.test(match[1] as string)) continue;
		// A bare verb ("– dodaje.") names no one: the speaker is to be found before the quotation.
		return attributedName(match[2] ?? '') ?? null;
	}
	return undefined;
}

/** The one person the sentence before the quotation names among its first words. */
function subjectBefore(
	paragraph: string,
	quoteStart: number,
	module: QuizModule
): string | undefined {
	const before = paragraph.slice(0, quoteStart).trim();
	if (before === '') return undefined;
	const sentences = splitSentences(before, module.language).map((sentence) => sentence.text);
	const sentence = sentences[sentences.length - 1] ?? '';
	// A second person of the module named in it leaves who speaks in doubt.
	const people = module.entities.filter((entity) => entity.type === 'person');
	const named = people.filter((person) =>
		[person.name, ...person.aliases].some((form) => sentence.includes(form))
	);
	if (named.length !== 1) return undefined;
	const person = named[0];
	if (person === undefined) return undefined;
	const at = Math.min(
		...[person.name, ...person.aliases]
			.map((form) => sentence.indexOf(form))
			.filter((index) => index >= 0)
	);
	// The subject: within the first words ("Radna powiatowa Halina Gaj z Secemina uważa…").
	if (sentence.slice(0, at).split(' ').filter(Boolean).length > 3) return undefined;
	return person.name;
}

/** '"…," he said.': the English quotation whose speaker is a pronoun. */
const ENGLISH_PRONOUN_SPEAKER = /([,.!?…]['"”’]\s+)(?:he|she)(\s+\p{Ll}+[.!?]?['"”’]?)$/u;

/**
 * Who said an English quotation attributed to "he" or "she": the one person the sentence before
 * names as its subject, in the same paragraph or, for a quotation opening its own, at the end
 * of the one before.
 */
function englishSpeakerOf(module: QuizModule, sentence: string): string | undefined {
	const paragraphs = articleTexts(module.article).map(collapse);
	const index = paragraphs.findIndex((text) => text.includes(sentence));
	const paragraph = paragraphs[index];
	if (paragraph === undefined) return undefined;
	const at = paragraph.indexOf(sentence);
	const before = at > 0 ? paragraph.slice(0, at) : (paragraphs[index - 1] ?? '');
	return subjectBefore(before, before.length, module);
}

/** Who said the evidence, when it is direct speech its sentence does not attribute. */
export function speakerOf(module: QuizModule, evidence: string): string | undefined {
	const sentence = collapse(evidence);
	if (module.language === 'en')
		return quotesUnnamedSpeaker(sentence) ? englishSpeakerOf(module, sentence) : undefined;
	const paragraph = articleTexts(module.article)
		.map(collapse)
		.find((text) => text.includes(sentence));
	if (paragraph === undefined) return undefined;
	const at = paragraph.indexOf(sentence);
	const context: CheckContext = { language: module.language, article: paragraph };
	if (!speakerUnnamed(sentence, sentence, context)) return undefined;
	// The quotation holding the evidence starts at the last opening dash before it.
	const openings = [...paragraph.matchAll(QUOTE_OPENING)]
		.map((match) => (match.index ?? 0) + match[0].search(/[-–—]/u))
		.filter((index) => index <= at);
	const quoteStart = openings[openings.length - 1];
	if (quoteStart === undefined) return undefined;
	const closing = closingSpeaker(paragraph, at);
	if (typeof closing === 'string') return closing;
	// No attribution before the paragraph ends, yet not the paragraph's own quotation.
	if (closing === undefined && quoteParagraphOf(sentence, paragraph) === undefined)
		return undefined;
	return subjectBefore(paragraph, quoteStart, module);
}

/**
 * The sentence with its speaker named: "…manuałów – mówi." → "…manuałów – mówi Stanisław
 * Knut.", "…pracowników." → "…pracowników – mówi Marek Sowiński.".
 */
export function withSpeaker(sentence: string, speaker: string): string {
	const text = sentence.trim();
	if (closesOnBareVerb(text)) {
		const verbs = [...text.matchAll(/\s[-–—]\s+\p{Ll}+(?:\s+się(?=[\s.!?…]))?/gu)];
		const last = verbs[verbs.length - 1];
		if (last === undefined) return text;
		const after = (last.index ?? 0) + last[0].length;
		return `${text.slice(0, after)} ${speaker}${text.slice(after)}`;
	}
	const end = /([.!?…]*)([”"»]*)$/u.exec(text);
	const stop = end?.[1] ?? '';
	const body = text.slice(0, text.length - (end?.[0].length ?? 0));
	const mark = stop === '.' || stop === '' ? '' : stop;
	return `${body}${mark} – mówi ${speaker}.${end?.[2] ?? ''}`;
}

/**
 * The shown sentence of a gap question with its speaker named when the article says who it is
 * and the sentence does not; as it was otherwise (the check then refuses what stays unnamed).
 */
export function namingSpeaker(module: QuizModule, shown: string, evidence: string): string {
	if (module.language === 'en') {
		if (!ENGLISH_PRONOUN_SPEAKER.test(shown)) return shown;
		const speaker = speakerOf(module, evidence);
		return speaker === undefined
			? shown
			: shown.replace(
					ENGLISH_PRONOUN_SPEAKER,
					(_, quote: string, verb: string) => `${quote}${speaker}${verb}`
				);
	}
	const article = articleTexts(module.article).join('\n');
	if (!speakerUnnamed(shown, evidence, { language: 'pl', article })) return shown;
	const speaker = speakerOf(module, evidence);
	return speaker === undefined ? shown : withSpeaker(shown, speaker);
}

/** A gap question's wording with the speaker of its quoted sentence named (see `namingSpeaker`). */
export function wordingNamingSpeaker(
	module: QuizModule,
	wording: string,
	evidence: string
): string {
	const gapped = quotedGap(wording);
	if (gapped === undefined) return wording;
	const named = namingSpeaker(module, gapped, evidence);
	return named === gapped ? wording : wording.replace(gapped, () => named);
}
