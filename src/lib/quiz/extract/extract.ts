import type { Language } from '../content';
import { foldText } from '../language/normalize';
import { stem } from '../language/stem';
import { clutterLines, clutterSentences, headingLines } from './clutter';
import { findDates } from './dates';
import { findMentions, mergeMentions, type EntityMention } from './entities';
import { addRoleAliases } from './roles';
import { checkArticleText, ExtractionError, requireLanguage } from './input';
import { EXTRACTION_LEXICONS, askedKind } from './lexicon';
import type { Morphology } from './morphology';
import { figureLabel, type WholeFigure } from './labels';
import { findQuantities, type FoundQuantity } from './numbers';
import { splitSentences } from './sentences';
import { IdAllocator, slugOf } from './slug';
import { findStatements } from './statements';
import {
	dateQuestion,
	gapped,
	quantityQuestion,
	statementQuestion,
	entityQuestion,
	distractorSuggester,
	type Wording
} from './suggest';
import { tokenize, type Token } from './tokens';
import type {
	Candidate,
	ExtractedDate,
	Extraction,
	ReadingContext,
	SentenceContext
} from './types';

export interface ExtractOptions {
	/** The article's language; detected (Polish or English) when left out. */
	language?: Language;
	/**
	 * The language's morphology from a dictionary (the server and the CLI load Polish Hunspell),
	 * for names' base forms; without it, rules for the endings names take in news.
	 */
	morphology?: Morphology;
}

/** A candidate before its id is made unique and its distractors drawn, kind by kind. */
type Draft<T extends Candidate> = T extends Candidate
	? Omit<T, 'id' | 'distractors'> & { idBase: string }
	: never;
type AnyDraft = Draft<Candidate>;

function tokenOf(context: SentenceContext, index: number): Token {
	return context.tokens[index] as Token;
}

function span(reading: ReadingContext, context: SentenceContext, first: number, last: number) {
	const start = tokenOf(context, first).start;
	const end = tokenOf(context, last).end;
	return { surface: reading.text.slice(start, end), start, end };
}

/** "date-2024-autumn", "date-2025-03", "date-month-01". */
function dateIdBase(value: ExtractedDate): string {
	const month = value.month === undefined ? undefined : String(value.month).padStart(2, '0');
	const parts = ['date', value.year ?? (month ? 'month' : undefined), value.season ?? month];
	return slugOf(parts.filter((part) => part !== undefined).join(' '), 'date');
}

/** Nouns of a measure whose figure follows them in the genitive (folded). */
const POLISH_MEASURE_NOUNS = new Set([
	...['powierzchni', 'dlugosci', 'wysokosci', 'szerokosci', 'glebokosci', 'pojemnosci'],
	...['mocy', 'wartosci', 'kwocie', 'wadze', 'srednicy', 'predkosci', 'kubaturze']
]);

/**
 * "przyjęła uchwałę 17 głosami", "przyznała stypendia 45 uczniom": a figure whose noun the verb
 * put in the instrumental or dative asks "Iloma głosami", "Ilu uczniom" ("Ile głosami" is wrong).
 */
function obliqueHowMany(nounSurface: string | undefined, language: string): string | undefined {
	if (language !== 'pl' || nounSurface === undefined || !/^\p{Ll}{3,}$/u.test(nounSurface))
		return undefined;
	if (/(?:ami|[ćńśź]mi)$/u.test(nounSurface)) return 'Iloma';
	if (/\p{L}{2}om$/u.test(nounSurface)) return 'Ilu';
	return undefined;
}

function quantityDraft(
	reading: ReadingContext,
	wording: Wording,
	found: FoundQuantity,
	morphology: Morphology | undefined,
	whole?: WholeFigure
): Draft<Extract<Candidate, { kind: 'number' | 'proportion' }>> {
	const { context } = wording;
	const { lexicon, language } = reading;
	const phraseLast = found.unitLast ?? found.last;
	const phrase = span(reading, context, found.phraseFirst, phraseLast);
	const figure = span(reading, context, found.first, found.last).surface;
	const nounToken = found.noun === undefined ? undefined : tokenOf(context, found.noun);
	const nounSurface = nounToken?.text ?? found.nounText;
	const noun = nounSurface ? lexicon.nounLemma(nounSurface, found.kind === 'number') : undefined;
	// "dwie godziny": after 2–4 a Polish noun keeps its base form, and "Ile godziny" is wrong.
	const integer = Math.abs(Math.round(found.value));
	const baseFormAfterFew =
		language === 'pl' &&
		nounSurface !== undefined &&
		nounSurface.toLowerCase() === noun?.toLowerCase() &&
		[2, 3, 4].includes(integer % 10) &&
		![12, 13, 14].includes(integer % 100);
	// "w ponad 300 szkołach": a preposition chose the noun's case, and "Ile szkołach" is wrong.
	const before = context.tokens[found.phraseFirst - 1];
	// "o powierzchni 620 m kw.", "o długości 7 km": a measure's noun governs the figure, and
	// "Ile m kw. … o powierzchni?" leaves it hanging.
	// "zgodził się na wycinkę 40 drzew": the figure counts for a noun of an action after a
	// preposition, and "Ile drzew park zgodził się na wycinkę?" strands that noun ("wpuścił na
	// boisko 5 zawodników" counts for the verb).
	const twoBefore = context.tokens[found.phraseFirst - 2];
	const governed =
		language === 'pl' &&
		before?.kind === 'word' &&
		(lexicon.prepositions.has(before.key) ||
			POLISH_MEASURE_NOUNS.has(before.key) ||
			// (A sum is the verb's: "przeznaczył na odbudowę 5 mld zł".)
			(!found.currency &&
				nounSurface !== undefined &&
				/^\p{Ll}{3,}$/u.test(nounSurface) &&
				twoBefore?.kind === 'word' &&
				lexicon.prepositions.has(twoBefore.key) &&
				ACTION_NOUN.test(before.text)));
	// "11,1 dnia", "2,5 roku": a decimal takes the genitive singular, and "Ile dnia" is wrong.
	// (A unit's abbreviation does not inflect: "Ile t waży dzwon?" for "1,2 t".)
	const decimal =
		language === 'pl' &&
		!Number.isInteger(found.value) &&
		nounSurface !== undefined &&
		/^\p{Ll}{3,}$/u.test(nounSurface);
	const unit =
		found.unitFirst !== undefined &&
		found.unitLast !== undefined &&
		!baseFormAfterFew &&
		!governed &&
		!decimal &&
		!found.area
			? { first: found.unitFirst, last: found.unitLast }
			: undefined;
	const lead =
		found.kind === 'proportion'
			? lexicon.questions.whatShare
			: (obliqueHowMany(nounSurface, language) ?? lexicon.questions.howMany(noun));
	const figureFirst = found.currency ? found.first - 1 : found.first;
	const question = quantityQuestion(
		wording,
		{ first: found.phraseFirst, last: phraseLast, figureFirst, figureLast: found.last },
		unit,
		lead,
		language
	);
	const unitText =
		found.unitFirst !== undefined && found.unitLast !== undefined
			? span(reading, context, found.unitFirst, found.unitLast).surface
			: (nounSurface ?? found.currency);
	const fallbackNoun = language === 'pl' ? 'liczba' : 'number';
	const label = figureLabel({
		tokens: context.tokens,
		found,
		...(noun ? { noun } : {}),
		isPersonal: (plural) => lexicon.questions.howMany(plural) === 'Ilu',
		pluralOf: (surface) => lexicon.nounLemma(surface, true),
		...(whole ? { whole } : {}),
		language,
		...(morphology ? { morphology } : {}),
		nameTokens: wording.nameTokens
	});
	return {
		kind: found.kind,
		// The noun's slug is remembered; the figure is appended, so ids cost no folding each.
		idBase:
			found.kind === 'proportion'
				? `${slugOf(noun ?? '', 'share')}-share`
				: `${slugOf(noun ?? fallbackNoun, fallbackNoun)}-${slugOf(String(found.value), '0')}`,
		...phrase,
		evidence: context.sentence.text,
		sentence: context.index,
		question,
		value: found.value,
		approximate: found.approximate,
		figure,
		...(noun ? { noun } : {}),
		...(unitText ? { unit: unitText } : {}),
		...(label ? { label } : {}),
		...(found.rangeEnd ? { range: true } : {})
	};
}

/** Nouns of an action, which take what they act on in the genitive: "wycinkę", "zakup". */
const ACTION_NOUN =
	/^(?:\p{Ll}+(?:ę|nie|cie)|zakup|remont|wykup|skup|przegląd|odbiór|transport|zwrot)$/u;

/**
 * Reads the candidate facts of an article: numbers and proportions, dates and periods,
 * named entities, and who-did-what statements, each with its evidence sentence, a
 * suggested question and distractors from the same article. Offsets index `text` as given.
 *
 * Throws an `ExtractionError` for empty, binary or oversized text, a language other than
 * Polish or English, and an article with no candidate at all.
 */
export function extractFacts(text: string, options: ExtractOptions = {}): Extraction {
	checkArticleText(text);
	const language = options.language ?? requireLanguage(text);
	const lexicon = EXTRACTION_LEXICONS[language];
	const sentences = splitSentences(text, language);
	const clutter = clutterSentences(clutterLines(text), sentences);
	const headings = clutterSentences(headingLines(text), sentences);
	const reading: ReadingContext = {
		text,
		language,
		lexicon,
		sentences: sentences.map((sentence, index) => {
			// A cross-link, a credit or a byline is read as a sentence with no words; so is a
			// subheading that its abbreviation's full stop made look like one.
			const tokens =
				clutter[index] || headings[index] ? [] : tokenize(text, sentence.start, sentence.end);
			return { index, sentence, tokens, used: tokens.map(() => false) };
		})
	};

	const drafts: AnyDraft[] = [];
	const dates = reading.sentences.map((context) =>
		findDates(context, lexicon, language, options.morphology)
	);
	const quantities = reading.sentences.map((context) =>
		findQuantities(context, text, lexicon, language)
	);
	const mentions = findMentions(reading, lexicon, language, options.morphology);
	const mentionsBySentence = new Map<number, EntityMention[]>();
	for (const mention of mentions) {
		const list = mentionsBySentence.get(mention.sentence) ?? [];
		list.push(mention);
		mentionsBySentence.set(mention.sentence, list);
	}
	// "The observatory denied": an organisation of the sentences before, by a word of its name.
	// Where several fit, the one the article names most, then the one it named first: a
	// news report's common nouns point back at its subject.
	const timesNamed = new Map<string, number>();
	for (const mention of mentions) {
		const key = mention.stems.join(' ');
		timesNamed.set(key, (timesNamed.get(key) ?? 0) + 1);
	}
	const organisationsBefore = (sentence: number) => (word: Token) => {
		if (word.words.length !== 1) return undefined;
		const wordStem = stem(word.words[0] as string, language);
		let chosen: EntityMention | undefined;
		let chosenCount = 0;
		for (const mention of mentions) {
			if (mention.sentence >= sentence) break;
			if (mention.type !== 'organisation' || !mention.stems.includes(wordStem)) continue;
			const count = timesNamed.get(mention.stems.join(' ')) ?? 0;
			if (count > chosenCount) {
				chosen = mention;
				chosenCount = count;
			}
		}
		return chosen;
	};
	const statements = reading.sentences.map((context) =>
		findStatements(
			context,
			mentionsBySentence.get(context.index) ?? [],
			lexicon,
			organisationsBefore(context.index)
		)
	);
	const subjects = new Set(statements.flat().flatMap((statement) => statement.subjects));
	const entities = mergeMentions(mentions, language, lexicon, subjects, options.morphology);
	addRoleAliases(entities, text, lexicon, language);
	const entityNames = new Map(entities.map((entity) => [entity.id, entity.name]));
	const entityTypes = new Map(entities.map((entity) => [entity.id, entity.type as string]));

	for (const context of reading.sentences) {
		const sentenceMentions = mentionsBySentence.get(context.index) ?? [];
		const nameTokens = nameTokensOf(sentenceMentions);
		const wording: Wording = {
			context,
			text,
			language,
			lexicon,
			nameTokens,
			...(options.morphology ? { morphology: options.morphology } : {})
		};

		for (const found of dates[context.index] ?? []) {
			drafts.push({
				kind: 'date',
				idBase: dateIdBase(found.value),
				...span(reading, context, found.first, found.last),
				evidence: context.sentence.text,
				sentence: context.index,
				question: dateQuestion(wording, found, language),
				value: found.value
			});
		}
		// "142 pracowników, w tym 88 kierowców": a part is labelled like the whole before it.
		let whole: WholeFigure | undefined;
		for (const found of quantities[context.index] ?? []) {
			const draft = quantityDraft(reading, wording, found, options.morphology, whole);
			drafts.push(draft);
			whole = draft.label === undefined ? undefined : { found, label: draft.label };
		}
		for (const found of statements[context.index] ?? []) {
			// A subject that merging dropped (a lone unknown word) leaves no statement.
			if (found.subjects.some((mention) => mention.entityId === undefined)) continue;
			const subjectIds = [...new Set(found.subjects.map((mention) => mention.entityId as string))];
			const names = subjectIds.map((id) => entityNames.get(id) ?? id);
			drafts.push({
				kind: 'statement',
				idBase: slugOf(found.lemma, 'statement'),
				...span(reading, context, found.subjectFirst, found.subjectLast),
				evidence: context.sentence.text,
				sentence: context.index,
				question: statementQuestion(
					wording,
					found.verbFirst,
					found.predicateLast,
					{
						first: found.subjectFirst,
						last: found.subjectLast,
						// The entity's type, settled over the whole article: a mention's own is
						// a first guess ("Kendal and Penrith" are places, not persons).
						type: entityTypes.get(subjectIds[0] as string) ?? found.subjects[0]?.type ?? 'person'
					},
					found.predicateFirst
				),
				value: subjectIds,
				subjects: names,
				verb: found.lemma,
				predicate: span(reading, context, found.predicateFirst, found.predicateLast).surface,
				...(found.object?.entityId ? { object: found.object.entityId } : {})
			});
		}
	}

	// "Fundusz … w Toruniu", "Komenda Powiatowa PSP w Rypinie": a gap on a seat inside another
	// name cuts that name, and asks the student to finish it, not the article's fact.
	const insideAnother = (mention: EntityMention) =>
		mentions.some(
			(other) =>
				other.entityId !== undefined &&
				other.entityId !== mention.entityId &&
				other.sentence === mention.sentence &&
				other.start <= mention.start &&
				other.end >= mention.end &&
				other.end - other.start > mention.end - mention.start
		);
	const firstMentions = new Map<string, EntityMention>();
	for (const mention of mentions) {
		if (
			mention.entityId !== undefined &&
			!firstMentions.has(mention.entityId) &&
			!insideAnother(mention)
		)
			firstMentions.set(mention.entityId, mention);
	}
	for (const entity of entities) {
		const mention = firstMentions.get(entity.id);
		// A street is where something stands, a detail no teacher asks ("przy ul. Szkolnej").
		if (mention === undefined || entity.kind === 'street') continue;
		const context = reading.sentences[mention.sentence] as SentenceContext;
		const wording: Wording = {
			context,
			text,
			language,
			lexicon,
			nameTokens: new Set(),
			...(options.morphology ? { morphology: options.morphology } : {})
		};
		const last = acronymAfter(context.tokens, mention.last, entity.aliases) ?? mention.last;
		const end = tokenOf(context, last).end;
		const asked = entityQuestion(
			{
				...wording,
				// Only names merging kept: "Nowy program chwali …" opens on no name.
				nameTokens: nameTokensOf(
					(mentionsBySentence.get(context.index) ?? []).filter(
						(found) => found.entityId !== undefined
					)
				)
			},
			mention,
			last,
			entity
		);
		// The statement of the same sentence asks it already: the entity's own is its gap.
		const repeated = drafts.some(
			(draft) =>
				draft.kind === 'statement' && draft.sentence === context.index && draft.question === asked
		);
		const sentence = gapped(wording, mention.first, last);
		drafts.push({
			kind: 'entity',
			idBase: entity.id,
			surface: text.slice(mention.start, end),
			start: mention.start,
			end,
			evidence: context.sentence.text,
			sentence: context.index,
			question: repeated
				? lexicon.questions.whichEntity(askedKind(entity.type, entity.name, sentence), sentence)
				: asked,
			value: entity.id,
			entityType: entity.type,
			name: entity.name
		});
	}

	if (drafts.length === 0) {
		throw new ExtractionError(
			'no-facts',
			'no facts found: the article names no figures, dates, people, places or organisations that could be asked about'
		);
	}

	drafts.sort((a, b) => a.start - b.start || a.end - b.end);
	const ids = new IdAllocator();
	const candidates = drafts.map((draft) => {
		const { idBase, ...rest } = draft;
		return { ...rest, id: ids.allocate(idBase), distractors: [] as string[] } as Candidate;
	});
	const nounKeys = new Map<string, string>();
	const nounKey = (noun: string | undefined) => {
		if (noun === undefined) return '';
		let key = nounKeys.get(noun);
		if (key === undefined) {
			key = foldText(noun)
				.split(' ')
				.map((word) => stem(word, language))
				.join(' ');
			nounKeys.set(noun, key);
		}
		return key;
	};
	dropSharedLabels(candidates);
	const suggest = distractorSuggester(candidates, entities, language, nounKey);
	for (const candidate of candidates) candidate.distractors = suggest(candidate);
	return { language, sentences, entities, candidates };
}

/** The tokens of a sentence inside names, whose capitals a question keeps. */
function nameTokensOf(mentions: readonly EntityMention[]): Set<number> {
	const tokens = new Set<number>();
	for (const mention of mentions) {
		for (let index = mention.first; index <= mention.last; index++) tokens.add(index);
	}
	return tokens;
}

/**
 * "The Marine Management Organisation (MMO) granted": the acronym in brackets right after a
 * name spells the answer out, so a gap over the name takes it too; the index of the ")".
 */
function acronymAfter(
	tokens: readonly Token[],
	last: number,
	aliases: readonly string[]
): number | undefined {
	const [open, acronym, close] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
	if (open?.text !== '(' || close?.text !== ')' || acronym?.kind !== 'word') return undefined;
	const folded = foldText(acronym.text);
	return aliases.some((alias) => foldText(alias) === folded) ? last + 3 : undefined;
}

/**
 * Two figures labelled alike cannot be told apart in a matching row ("vehicles sold" of two
 * companies in one sentence): neither keeps its label. One figure stated twice (the title
 * and the lead) keeps it on both, whichever of them the author accepts.
 */
function dropSharedLabels(candidates: Candidate[]): void {
	const valuesByLabel = new Map<string, Set<number>>();
	for (const candidate of candidates) {
		if ((candidate.kind !== 'number' && candidate.kind !== 'proportion') || !candidate.label)
			continue;
		const key = foldText(candidate.label);
		valuesByLabel.set(key, (valuesByLabel.get(key) ?? new Set()).add(candidate.value));
	}
	for (const candidate of candidates) {
		if ((candidate.kind !== 'number' && candidate.kind !== 'proportion') || !candidate.label)
			continue;
		if ((valuesByLabel.get(foldText(candidate.label))?.size ?? 0) > 1) delete candidate.label;
	}
}
