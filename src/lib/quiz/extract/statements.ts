import { stemPolish } from '../language/stem-pl';
import { OPENING_KIND_WORDS, type EntityMention } from './entities';
import type { ExtractionLexicon } from './lexicon';
import type { Token } from './tokens';
import type { SentenceContext } from './types';

/**
 * Who did what: a statement verb ("zaprzeczyły", "accused", "wyszedł z propozycją") and the
 * entities named right before it, joined by "i", "oraz", "jak i", "and" or commas:
 * "Zarówno Moskwa, jak i Pjongjang zaprzeczyły" gives Moskwa and Pjongjang.
 */

export interface FoundStatement {
	subjects: EntityMention[];
	/** The subject's tokens in this sentence: the names, or "The observatory" for an earlier one. */
	subjectFirst: number;
	subjectLast: number;
	/** First token of the verb phrase: "nie" of "nie przyznał", "did" of "did not deny". */
	predicateFirst: number;
	verbFirst: number;
	verbLength: number;
	lemma: string;
	/** Last token of the predicate: the end of the verb's clause. */
	predicateLast: number;
	object?: EntityMention;
}

/** Words between the subject and its verb that may be skipped: "Putin szybko poparł". */
const MAX_SKIPPED = 2;

/** A predicate is read up to its clause's end, or this many tokens. */
const MAX_PREDICATE_TOKENS = 24;
/** Words that open reported speech after a comma: "oświadczył, że…", "zaproponował, by…". */
const REPORTED = new Set(['ze', 'iz', 'by', 'aby', 'zeby', 'that']);
const CLAUSE_ENDS = new Set([',', ';', ':', '(', ')', '—', '–', '.', '!', '?', '…']);
/** Words that make a common noun point back: "The observatory denied", "Ta spółka zaprzeczyła". */
const DEFINITE = new Set(['the', 'this', 'ta', 'ten', 'to']);

/**
 * Words that negate the verb after them ("nie", "not", "never", "no longer", "didn't"): a
 * question that drops them states the opposite of the article.
 */
const NEGATIONS = new Set(['nie', 'not', 'never', 'longer']);
/** Prepositions of where a doer is: "we Wrocławiu", "in Leeds". */
const LOCATIVE = new Set(['w', 'we', 'in']);
/** "has not", "did not": the auxiliary goes with the negation after it. */
const AUXILIARIES = new Set([
	'do',
	'does',
	'did',
	'has',
	'have',
	'had',
	'is',
	'are',
	'was',
	'were'
]);
const isNegation = (token: Token | undefined) =>
	token?.kind === 'word' && (NEGATIONS.has(token.key) || /n['’]t$/iu.test(token.text));

/** The organisation an earlier sentence named with this word ("the observatory"), if any. */
export type Antecedents = (word: Token) => EntityMention | undefined;

/**
 * "The observatory denied": a common noun right before the verb, opening the sentence or after
 * "the", that names an organisation of an earlier sentence by its head word.
 */
function referenceBefore(
	tokens: readonly Token[],
	verbIndex: number,
	antecedents: Antecedents
): { mention: EntityMention; first: number } | null {
	const noun = tokens[verbIndex - 1];
	if (noun?.kind !== 'word') return null;
	const before = tokens[verbIndex - 2];
	const opensSentence = verbIndex - 1 === 0;
	const definite = before?.kind === 'word' && DEFINITE.has(before.key);
	if (!opensSentence && !definite) return null;
	const mention = antecedents(noun);
	if (!mention) return null;
	return { mention, first: definite ? verbIndex - 2 : verbIndex - 1 };
}

/** Where the verb's clause ends and the entity it names, if any: "denied the claim". */
export function readPredicate(
	tokens: readonly Token[],
	index: number,
	verbLength: number,
	mentions: readonly EntityMention[],
	lexicon: ExtractionLexicon
): { predicateLast: number; object?: EntityMention } {
	let predicateLast = index + verbLength - 1;
	for (let next = predicateLast + 1; next < tokens.length; next++) {
		if (next - index >= MAX_PREDICATE_TOKENS) break;
		const token = tokens[next] as Token;
		// "poinformowały, że śledczy…": what was said is the predicate.
		const reported =
			token.text === ',' && next === predicateLast + 1 && REPORTED.has(tokens[next + 1]?.key ?? '');
		if (reported) {
			predicateLast = next + 1;
			next++;
			continue;
		}
		// The full stop of "2024 r." inside a sentence ends nothing.
		const abbreviationDot = token.text === '.' && next < tokens.length - 1;
		// "o godz. 15:00", "in 2:03:51": the colon of a time ends nothing.
		const timeColon =
			token.text === ':' &&
			tokens[next - 1]?.kind === 'number' &&
			tokens[next + 1]?.kind === 'number' &&
			!tokens[next + 1]?.spaceBefore;
		if (CLAUSE_ENDS.has(token.text) && !abbreviationDot && !timeColon && !listGoesOn(tokens, next))
			break;
		if (token.kind === 'word' && lexicon.clauseOpeners.has(token.key)) break;
		// "zaprzeczyły tym zarzutom i przypomniały": a second verb starts another predicate.
		const following = tokens[next + 1];
		if (
			token.kind === 'word' &&
			lexicon.subjectJoiners.has(token.key) &&
			following?.kind === 'word' &&
			lexicon.isPastVerb(following.key)
		)
			break;
		predicateLast = next;
	}
	const object = mentions.find(
		(mention) => mention.first >= index + verbLength && mention.last <= predicateLast
	);
	return object ? { predicateLast, object } : { predicateLast };
}

/**
 * "w Czersku, Łęgu i Rytlu": a comma inside a list of names that "i"/"and" closes before the
 * next punctuation, which the predicate goes on over.
 */
function listGoesOn(tokens: readonly Token[], comma: number): boolean {
	if (tokens[comma]?.text !== ',' || !tokens[comma + 1]?.capitalised) return false;
	for (let at = comma + 2; at < tokens.length && at <= comma + 8; at++) {
		const token = tokens[at] as Token;
		if (token.kind === 'punct') return false;
		if (/^(?:i|oraz|and)$/u.test(token.key)) return tokens[at + 1]?.capitalised === true;
	}
	return false;
}

/**
 * When a name closes an apposition ("Dr Anna Cole, an economist at Leeds University,"), the
 * index of the last token of the name it describes; null when words in lower case lead to the
 * name but no name stands before their comma; undefined when the name is no apposition's end.
 */
function appositionOwner(
	tokens: readonly Token[],
	mention: EntityMention
): number | null | undefined {
	let at = mention.first - 1;
	let words = 0;
	while (at >= 0 && tokens[at]?.kind === 'word' && !(tokens[at] as Token).capitalised) {
		words++;
		at--;
	}
	if (words === 0) return undefined;
	if (tokens[at]?.text !== ',') return at < 0 ? undefined : null;
	return tokens[at - 1]?.kind === 'word' ? at - 1 : null;
}

function isJoinerWord(
	tokens: readonly Token[],
	index: number,
	lexicon: ExtractionLexicon
): boolean {
	const token = tokens[index];
	if (token?.kind !== 'word') return false;
	if (lexicon.subjectJoiners.has(token.key)) return true;
	// Polish "a" is "while" on its own but "and" in "a także".
	const next = tokens[index + 1]?.key;
	return token.key === 'a' && (next === 'takze' || next === 'rowniez');
}

export function findStatements(
	context: SentenceContext,
	mentions: readonly EntityMention[],
	lexicon: ExtractionLexicon,
	antecedents: Antecedents = () => undefined
): FoundStatement[] {
	const tokens = context.tokens;
	const words = tokens.map((token) => (token.kind === 'word' ? token.key : ''));
	const endingAt = new Map<number, EntityMention>();
	const inside = new Set<number>();
	for (const mention of mentions) {
		// "Sąd Rejonowy w Opolu ogłosił": the court, not the town that ends its name, is who.
		const known = endingAt.get(mention.last);
		if (!known || mention.first < known.first) endingAt.set(mention.last, mention);
		for (let index = mention.first; index <= mention.last; index++) inside.add(index);
	}

	const found: FoundStatement[] = [];
	for (let index = 0; index < tokens.length; index++) {
		if (inside.has(index)) continue;
		const verb = lexicon.statementVerb(words, index);
		if (!verb) continue;

		let position = index - 1;
		let skipped = 0;
		// "The employers' association, Deltalinqs, accused": an apposition's comma.
		if (tokens[position]?.text === ',' && endingAt.has(position - 1)) {
			position--;
			// "Dr Anna Cole, an economist at Leeds University, warned": the name ends an
			// apposition of the one before it, who is the subject.
			const inApposition = appositionOwner(tokens, endingAt.get(position) as EntityMention);
			if (inApposition === null) continue;
			if (inApposition !== undefined) position = inApposition;
		}
		while (position >= 0 && !endingAt.has(position)) {
			const token = tokens[position] as Token;
			const skippable =
				token.kind === 'word' &&
				!token.capitalised &&
				// "The carmaker's Ohio plant sold": an English noun after a name is the subject,
				// the name its modifier; only adverbs stand between a subject and its verb.
				(lexicon.betweenSubjectAndVerb?.test(token.key) ?? true) &&
				!isJoinerWord(tokens, position, lexicon) &&
				!lexicon.clauseOpeners.has(token.key);
			if (!skippable || skipped >= MAX_SKIPPED) break;
			skipped++;
			position--;
		}
		const nearest = endingAt.get(position);
		if (!nearest) {
			const reference = referenceBefore(tokens, index, antecedents);
			if (reference) {
				found.push({
					subjects: [reference.mention],
					subjectFirst: reference.first,
					subjectLast: index - 1,
					predicateFirst: index,
					verbFirst: index,
					verbLength: verb.length,
					lemma: verb.lemma,
					...readPredicate(tokens, index, verb.length, mentions, lexicon)
				});
				index += verb.length - 1;
			}
			continue;
		}

		const subjects = [nearest];
		let joinedByWord = false;
		let cursor = nearest.first - 1;
		for (;;) {
			let scan = cursor;
			let joinerWord = false;
			while (scan >= 0) {
				const token = tokens[scan] as Token;
				if (token.text === ',') scan--;
				else if (isJoinerWord(tokens, scan, lexicon)) {
					joinerWord = true;
					scan--;
				} else break;
			}
			if (scan === cursor) break;
			// A comma alone joins only a list that ends with "i"/"and": "Rosja, Chiny i Iran".
			if (!joinerWord && !joinedByWord) break;
			const previous = endingAt.get(scan);
			if (!previous) break;
			joinedByWord ||= joinerWord;
			subjects.unshift(previous);
			cursor = previous.first - 1;
		}

		// Words between a place and the verb make the place an adverbial, not the subject:
		// "w Krakowie i Gdańsku połowa pytanych poparła", "in northern Chile have captured".
		const first = (subjects[0] as EntityMention).first;
		const introduced = [tokens[first - 1], tokens[first - 2]].some(
			(token) => token?.kind === 'word' && lexicon.placePrepositions.has(token.key)
		);
		if (skipped > 0 && introduced) continue;
		// "Inspektorat we Wrocławiu wysłał", "Police in Leeds denied": a town right after "w",
		// "in" is where the doer is, never the doer; the organisation before it is the doer.
		const where = tokens[first - 1];
		const placed = subjects.every((mention) => !['person', 'organisation'].includes(mention.type));
		if (placed && where?.kind === 'word' && LOCATIVE.has(where.key)) {
			// The organisation's name may hold the town ("Inspektorat … we Wrocławiu").
			const owner =
				mentions.find((mention) => mention.last === first && mention.first < first) ??
				endingAt.get(first - 2);
			if (owner?.type !== 'organisation') continue;
			subjects.splice(0, subjects.length, owner);
		}
		// "Zakłady w Poznaniu dostarczyły": a place where something is, is not who did it.
		// Where they come from may be ("Politycy z Korei Południowej i Ukrainy oskarżyli").
		const located = [tokens[first - 1], tokens[first - 2]].some(
			(token) =>
				token?.kind === 'word' &&
				token.key !== 'z' &&
				token.key !== 'ze' &&
				lexicon.placePrepositions.has(token.key)
		);
		if (located && subjects[0]?.first === first) continue;
		// "Nową taryfę spółki Wodociągi X zatwierdził w poniedziałek Regionalny Zarząd…": a Polish
		// sentence may open on its object; a name after a common noun ("spółki") before the verb,
		// with a body or a person named right after the verb, is no subject.
		const leading = tokens[first - 1];
		const afterVerb = mentions.find(
			(mention) =>
				mention.first >= index + verb.length &&
				mention.first <= index + verb.length + MAX_SKIPPED + 1 &&
				(mention.type === 'organisation' || mention.type === 'person') &&
				!lexicon.placePrepositions.has(tokens[mention.first - 1]?.key ?? '')
		);
		if (
			lexicon.objectMayOpen === true &&
			afterVerb !== undefined &&
			leading?.kind === 'word' &&
			!leading.capitalised &&
			!lexicon.personTitles.has(leading.key) &&
			!lexicon.personTitles.has(stemPolish(leading.key))
		)
			continue;

		// "Miasto Mrągowo oraz gminy…": the kind opening the sentence goes with its name into the gap.
		const named = (subjects[0] as EntityMention).first;
		const subjectFirst = named === 1 && OPENING_KIND_WORDS.has(tokens[0]?.key ?? '') ? 0 : named;
		const predicate = readPredicate(tokens, index, verb.length, mentions, lexicon);
		// "Jan W. nie przyznał się", "has not denied": a negation goes with the verb.
		let predicateFirst = index;
		for (let at = index - skipped; at < index; at++) {
			if (!isNegation(tokens[at])) continue;
			const joined = tokens[at]?.key === 'longer' || AUXILIARIES.has(tokens[at - 1]?.key ?? '');
			predicateFirst = at > index - skipped && joined ? at - 1 : at;
			break;
		}
		found.push({
			subjects,
			subjectFirst,
			subjectLast: (subjects[subjects.length - 1] as EntityMention).last,
			predicateFirst,
			verbFirst: index,
			verbLength: verb.length,
			lemma: verb.lemma,
			...predicate
		});
		index += verb.length - 1;
	}
	return found;
}
