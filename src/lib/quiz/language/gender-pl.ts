/**
 * The grammatical gender a Polish person's name gives the verb of its sentence
 * ("Barbara Ostaszewska zapowiedziała", "Jan Rybicki zapowiedział"), read from the name alone:
 * a surname in "-ska", "-cka", "-dzka" or a first name in "-a" is a woman's, one in "-ski" or a
 * first name ending in a consonant a man's. Undefined when the name does not tell.
 */
export type Gender = 'feminine' | 'masculine';

/** Men's first names that end in "-a". */
const MEN_IN_A: ReadonlySet<string> = new Set(['kuba', 'barnaba', 'kosma', 'bonawentura']);

export function polishNameGender(name: string): Gender | undefined {
	const words = name
		.trim()
		.split(/\s+/u)
		.filter((word) => /^\p{Lu}/u.test(word));
	if (words.length === 0) return undefined;
	const last = (words[words.length - 1] as string).toLowerCase();
	if (/(?:sk|ck|dzk)a$/u.test(last)) return 'feminine';
	if (/(?:sk|ck|dzk)i$/u.test(last)) return 'masculine';
	if (words.length < 2) return undefined;
	const first = (words[0] as string).toLowerCase();
	if (/a$/u.test(first)) return MEN_IN_A.has(first) ? 'masculine' : 'feminine';
	return /[bcćdfghjklłmnńprsśtwzźż]$/u.test(first) ? 'masculine' : undefined;
}

/**
 * The gender a Polish past verb gives its subject: "zapowiedziała" a woman, "zapowiedział" a
 * man; none for a plural or a neuter ("zapowiedzieli", "zapowiedziało").
 */
export function polishPastGender(word: string): Gender | undefined {
	const lower = word.toLowerCase().replace(/[,.;:!?"„”()]+$/u, '');
	if (lower.length < 4) return undefined;
	if (/ła$/u.test(lower)) return 'feminine';
	if (/[aeiouyąę]ł$|[^aeiouyąęl]ł$/u.test(lower)) return 'masculine';
	return undefined;
}

/**
 * The gender the verb right after a gap gives whoever fills it ("_____ zapowiedziała, że…"),
 * looking at most `reach` words on.
 */
export function genderAfterGap(sentence: string, gap: RegExp, reach = 3): Gender | undefined {
	const at = sentence.search(gap);
	if (at < 0) return undefined;
	const words = sentence.slice(at).replace(gap, ' ').split(/\s+/u).filter(Boolean).slice(0, reach);
	for (const word of words) {
		if (/[,.;:!?]$/u.test(word)) return polishPastGender(word);
		const gender = polishPastGender(word);
		if (gender) return gender;
	}
	return undefined;
}
