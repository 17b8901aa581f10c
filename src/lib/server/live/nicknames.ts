/**
 * Nicknames a class would rather not see on the projector. A word is refused when a nickname,
 * read as a pupil would disguise it (case, diacritics, digits for letters, dots between letters),
 * holds it as a word or at a word's start; words of five letters and more also inside a word.
 * The teacher adds words per session.
 */
const OFFENSIVE_WORDS = [
	// Polish
	'kurwa',
	'kurwy',
	'chuj',
	'huj',
	'chuja',
	'kutas',
	'pizda',
	'pizdy',
	'jebac',
	'jebany',
	'jebana',
	'pierdol',
	'spierdalaj',
	'skurwysyn',
	'cipa',
	'cwel',
	'pedal',
	'ciota',
	'dziwka',
	'szmata',
	'zjeb',
	'debil',
	'kretyn',
	'idiota',
	'frajer',
	'dupek',
	'dupa',
	'gowno',
	'suka',
	'pojeb',
	'ruchac',
	'murzyn',
	'zyd',
	'hitler',
	'nazi',
	// English
	'fuck',
	'shit',
	'bitch',
	'cunt',
	'dick',
	'cock',
	'pussy',
	'asshole',
	'bastard',
	'whore',
	'slut',
	'fag',
	'faggot',
	'nigger',
	'nigga',
	'retard',
	'penis',
	'vagina',
	'porn',
	'sex',
	'rape',
	'wank',
	'twat',
	'nazi'
];

const LOOKALIKES: Record<string, string> = {
	'0': 'o',
	'1': 'i',
	'3': 'e',
	'4': 'a',
	'5': 's',
	'7': 't',
	'8': 'b',
	'@': 'a',
	$: 's',
	'!': 'i'
};

/** The nickname's words as compared: lower case, no diacritics, look-alike digits read as letters. */
export function comparableWords(text: string): string[] {
	const plain = text
		.toLocaleLowerCase('pl')
		.replace(/ł/g, 'l')
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[0-9@$!]/g, (character) => LOOKALIKES[character] ?? character);
	// "k.u.r.w.a" and "k u r w a": letters alone in a row are one word.
	const joined = plain.replace(/\b(\p{L})(?:[\s._-]+(?=\p{L}\b))/gu, '$1');
	return joined.split(/[^\p{L}]+/u).filter(Boolean);
}

/** The offending word, or null when the nickname may be shown. */
export function offensiveWordIn(nickname: string, extraWords: readonly string[]): string | null {
	const words = comparableWords(nickname);
	const squeezed = words.join('');
	const listed = [
		...OFFENSIVE_WORDS,
		...extraWords.flatMap((word) => comparableWords(word).join('') || [])
	];
	for (const bad of listed) {
		if (words.some((word) => word.startsWith(bad))) return bad;
		if (bad.length >= 5 && squeezed.includes(bad)) return bad;
	}
	return null;
}
