import type { Language } from '../content';
import { foldText } from '../language/normalize';
import { stem } from '../language/stem';
import type { ExtractionLexicon } from './lexicon';
import type { ExtractedEntity } from './types';

/**
 * A person's role as the article states it beside the name is a form readers use for the
 * person: "burmistrz Gniewu" of "Burmistrz Gniewu Adam Nowak", "rzeczniczka wojewody" of
 * "Anna Lis, rzeczniczka wojewody", "the mayor of Ludlow" of "Jo Bell, the mayor of Ludlow".
 * A role two people of the article hold ("radny") names neither.
 */

/** Titles that address a person rather than say what they do. */
const HONORIFICS: ReadonlySet<string> = new Set([
	'pani',
	'pan',
	'dr',
	'prof',
	'profesor',
	'ks',
	'ksiadz',
	'mec',
	'mecenas',
	'gen',
	'plk',
	'prok',
	'sir',
	'dame',
	'lord',
	'lady',
	'mr',
	'mrs',
	'ms',
	'miss',
	'cllr',
	'col',
	'capt',
	'sgt',
	'lt',
	'sen',
	'rep',
	'gov',
	'professor'
]);

/** At most this many words before a name, title included: "starosta powiatu kieleckiego". */
const MAX_BEFORE = 3;
/** At most this many words in an apposition after a name: "rzeczniczka wojewody …". */
const MAX_AFTER = 5;
/** How many words before a name a title is still the person's. */
const NEAR_TITLE = 6;
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

function isTitle(word: string, lexicon: ExtractionLexicon, language: Language): boolean {
	const folded = foldText(word);
	if (HONORIFICS.has(folded)) return false;
	return lexicon.personTitles.has(folded) || lexicon.personTitles.has(stem(folded, language));
}

/** The role written right before a name ("Burmistrz Gniewu "), or null. */
function roleBefore(before: string, lexicon: ExtractionLexicon, language: Language): string | null {
	// Only words and spaces between the role and the name: no comma, no full stop.
	const tail = /(?:[\p{L}\p{N}]+[ \u00a0]+){1,3}$/u.exec(before)?.[0];
	if (tail === undefined) return null;
	const tokens = tail.match(WORD) ?? [];
	const window = tokens.slice(-MAX_BEFORE);
	const first = window.findIndex((word) => isTitle(word, lexicon, language));
	if (first < 0) return null;
	return window.slice(first).join(' ');
}

/** The role in an apposition after a name (", the mayor of Ludlow,"), or null. */
function roleAfter(after: string, lexicon: ExtractionLexicon, language: Language): string | null {
	const apposition = /^\s*,\s*([^,.;:()"„”]+?)\s*[,.;]/u.exec(after)?.[1];
	if (apposition === undefined) return null;
	const tokens = apposition.match(WORD) ?? [];
	const start = language === 'en' && /^(?:the|a|an)$/iu.test(tokens[0] ?? '') ? 1 : 0;
	const role = tokens.slice(start);
	if (role.length === 0 || role.length > MAX_AFTER) return null;
	if (!isTitle(role[0] as string, lexicon, language)) return null;
	return role.join(' ');
}

/** The stems of a role's words, which are one role in every case. */
function roleKey(role: string, language: Language): string {
	return foldText(role)
		.split(/\s+/u)
		.map((word) => stem(word, language))
		.join(' ');
}

/**
 * Adds to each person of the extraction the roles the article states beside their name,
 * and the title alone in Polish ("starosta"), where no other person holds that role.
 */
export function addRoleAliases(
	entities: ExtractedEntity[],
	text: string,
	lexicon: ExtractionLexicon,
	language: Language
): void {
	const rolesOf = new Map<ExtractedEntity, Map<string, string>>();
	const holders = new Map<string, Set<string>>();
	const hold = (person: ExtractedEntity, role: string, named = true) => {
		const key = roleKey(role, language);
		if (key === '') return;
		if (named) {
			const roles = rolesOf.get(person) ?? new Map<string, string>();
			if (!roles.has(key)) roles.set(key, role);
			rolesOf.set(person, roles);
		}
		const ids = holders.get(key) ?? new Set<string>();
		ids.add(person.id);
		holders.set(key, ids);
	};
	for (const person of entities) {
		if (person.type !== 'person') continue;
		for (const mention of person.mentions) {
			const before = text.slice(Math.max(0, mention.start - 80), mention.start);
			// "Prezes Zakładów „Orion” Anna Lis": a title a few words before the name, past
			// marks that end the role read here, still makes the title hers too.
			for (const word of (before.match(WORD) ?? []).slice(-NEAR_TITLE)) {
				if (isTitle(word, lexicon, language)) hold(person, word, false);
			}
			const roles = [
				roleBefore(before, lexicon, language),
				roleAfter(text.slice(mention.end, mention.end + 120), lexicon, language)
			];
			for (const role of roles) {
				if (role === null) continue;
				hold(person, role);
				const [title] = role.split(' ');
				if (language === 'pl' && title !== undefined && title !== role) hold(person, title);
			}
		}
	}
	for (const [person, roles] of rolesOf) {
		const names = new Set([person.name, ...person.aliases].map(foldText));
		for (const [key, role] of roles) {
			if (holders.get(key)?.size !== 1 || names.has(foldText(role))) continue;
			person.aliases.push(role);
			names.add(foldText(role));
		}
	}
}
