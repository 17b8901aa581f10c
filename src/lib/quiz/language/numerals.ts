/**
 * The engine that reads a number out of a learner's answer: a linear scanner into tokens,
 * then a small grammar of numeral words fed by a per-language lexicon (`numbers-pl.ts`,
 * `numbers-en.ts`). Exact word forms only, never fuzzy: a typo must not turn one number
 * into another ("dwudziestu" is 20, "dwudzestu" is nothing, never 2).
 */

export type Numeral =
	| { role: 'unit' | 'teen' | 'ten' | 'hundred'; value: number }
	/** English "hundred": multiplies what comes before it. */
	| { role: 'hundred-multiplier' }
	/**
	 * tysiąc, million, k. `alone`: the word is a count by itself ("tysiąc" is 1000, but
	 * "tysięcy" or "thousand" need a number before them, so a mistyped count never leaves
	 * a bare scale behind as another number). `afterDigitsOnly`: "11k", never "k".
	 * `attachedOnly`: written against the digits, "150m", as a "150 m" apart is metres.
	 */
	| {
			role: 'scale';
			value: number;
			afterDigitsOnly?: boolean;
			attachedOnly?: boolean;
			alone?: boolean;
	  }
	/** pół, półtora, ćwierć: alone, or before a scale ("pół miliona"). */
	| { role: 'fraction-prefix'; value: number }
	/** połowa: a proportion on its own only. */
	| { role: 'whole'; value: number }
	/** trzecia, quarter: after a numerator ("dwie trzecie"); some stand alone ("half"). */
	| { role: 'denominator'; value: number; alone?: number }
	| { role: 'percent' }
	| { role: 'minus' }
	/** English "a"/"an": one, but only before a scale, hundred or fraction ("a thousand"). */
	| { role: 'article' };

export interface NumeralLexicon {
	words: ReadonlyMap<string, Numeral>;
	/** Words that may join parts of one number: "and" in "one hundred and five", "i" in "dwa i pół". */
	connectors: ReadonlySet<string>;
	/** A number after one of these is negated by the learner ("nie 11 tysięcy"): no reading. */
	negations: ReadonlySet<string>;
	/** Polish "1,5" is one and a half; English "1,500" is fifteen hundred. */
	decimalComma: boolean;
	/** The decimal separator said as a word: "dziesięć przecinek zero dwa", "three point five". */
	decimalPoints: ReadonlySet<string>;
}

type Token =
	| { kind: 'number'; value: number }
	/** `attached`: right after a digit, "150m". */
	| { kind: 'word'; text: string; attached: boolean }
	| { kind: 'symbol'; char: '%' | '/' | '-' };

/** Longest text read at all: answers are short; anything longer is refused before parsing. */
export const MAX_NUMBER_TEXT = 200;

const FOLD: Record<string, string> = {
	ą: 'a',
	ć: 'c',
	ę: 'e',
	ł: 'l',
	ń: 'n',
	ó: 'o',
	ś: 's',
	ź: 'z',
	ż: 'z'
};

const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 10_000;

function foldChars(word: string): string {
	let folded = '';
	for (let index = 0; index < word.length; index++) {
		const char = word[index] as string;
		folded += FOLD[char] ?? char;
	}
	return folded;
}

/** Polish letters to plain ones; learners' words repeat, so foldings are remembered (bounded). */
export function foldNumeralWord(word: string): string {
	let folded = foldCache.get(word);
	if (folded === undefined) {
		folded = foldChars(word);
		if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
		foldCache.set(word, folded);
	}
	return folded;
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

function isLetterCode(text: string, index: number, code: number): boolean {
	if (code >= 97 && code <= 122) return true;
	if (code < 0xc0) return false;
	const char = text[index] as string;
	return char.toLowerCase() !== char.toUpperCase();
}

function isSpace(code: number): boolean {
	return code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 9;
}

/** Reads "11 000", "11.000" (Polish grouping), "1,5", "11,000" (English grouping) as one number. */
function readDigits(
	text: string,
	start: number,
	decimalComma: boolean
): { value: number; end: number } {
	let index = start;
	while (index < text.length && isDigit(text.charCodeAt(index))) index++;
	let integer = text.slice(start, index);
	let fraction = '';
	const groupsAllowed = integer.length <= 3;
	for (;;) {
		const separator = text.charCodeAt(index);
		const digitsStart = index + 1;
		let digitsEnd = digitsStart;
		while (digitsEnd < text.length && isDigit(text.charCodeAt(digitsEnd))) digitsEnd++;
		const digitCount = digitsEnd - digitsStart;
		if (digitCount === 0) break;
		const isGroupSeparator =
			isSpace(separator) ||
			(decimalComma && separator === 46) ||
			(!decimalComma && separator === 44);
		const isDecimalSeparator =
			separator === (decimalComma ? 44 : 46) || (decimalComma && separator === 46);
		if (isGroupSeparator && groupsAllowed && digitCount === 3 && fraction === '') {
			integer += text.slice(digitsStart, digitsEnd);
			index = digitsEnd;
			continue;
		}
		// "6,7" in English: a comma before one or two digits is a decimal comma, not grouping.
		const commaDecimal =
			!decimalComma && separator === 44 && digitCount <= 2 && integer.length <= 3;
		if ((isDecimalSeparator || commaDecimal) && !isSpace(separator) && fraction === '') {
			fraction = text.slice(digitsStart, digitsEnd);
			index = digitsEnd;
		}
		break;
	}
	const value = Number(fraction ? `${integer}.${fraction}` : integer);
	return { value, end: index };
}

function tokenize(source: string, decimalComma: boolean): Token[] {
	const text = source.toLowerCase();
	const tokens: Token[] = [];
	let index = 0;
	while (index < text.length) {
		const code = text.charCodeAt(index);
		if (isDigit(code)) {
			const { value, end } = readDigits(text, index, decimalComma);
			tokens.push({ kind: 'number', value });
			index = end;
		} else if (isLetterCode(text, index, code)) {
			let end = index + 1;
			let ascii = code < 128;
			for (; end < text.length; end++) {
				const next = text.charCodeAt(end);
				if (!isLetterCode(text, end, next)) break;
				if (next >= 128) ascii = false;
			}
			const word = text.slice(index, end);
			tokens.push({
				kind: 'word',
				text: ascii ? word : foldNumeralWord(word),
				attached: index > 0 && isDigit(text.charCodeAt(index - 1))
			});
			index = end;
		} else {
			if (code === 37) tokens.push({ kind: 'symbol', char: '%' });
			else if (code === 47) tokens.push({ kind: 'symbol', char: '/' });
			else if ((code === 45 || code === 0x2212) && isDigit(text.charCodeAt(index + 1))) {
				tokens.push({ kind: 'symbol', char: '-' });
			}
			index++;
		}
	}
	return tokens;
}

interface Expression {
	value: number;
	end: number;
}

function numeralAt(
	tokens: readonly Token[],
	index: number,
	lexicon: NumeralLexicon
): Numeral | undefined {
	const token = tokens[index];
	return token?.kind === 'word' ? lexicon.words.get(token.text) : undefined;
}

function signed(negative: boolean, value: number, end: number): Expression {
	return { value: negative ? -value : value, end };
}

/**
 * A decimal times a scale as the learner wrote it: 2.14 × 10⁹ in binary floating point is
 * 2140000000.0000002, which would be a figure no one typed (and a fact id with it).
 */
function scaled(count: number, scale: number): number {
	return Number((count * scale).toPrecision(15));
}

/** Reads one number starting at `start`, or null when no number starts there. */
function readExpression(
	tokens: readonly Token[],
	start: number,
	lexicon: NumeralLexicon
): Expression | null {
	let total = 0;
	let group = 0;
	let groupUsed = false;
	let digitGroup = false;
	let hasHundred = false;
	let hasTen = false;
	let hasUnit = false;
	let hasTeen = false;
	let hasFraction = false;
	let lastScale = Infinity;
	let negative = false;
	let consumed = false;
	let index = start;
	let end = start;
	let afterConnector = false;

	while (index < tokens.length) {
		const token = tokens[index] as Token;
		if (token.kind === 'number') {
			if (groupUsed || afterConnector || token.value >= lastScale) break;
			group = token.value;
			groupUsed = digitGroup = consumed = true;
			end = ++index;
			continue;
		}
		if (token.kind === 'symbol') {
			if (token.char === '-' && !consumed) {
				negative = true;
				index++;
				continue;
			}
			if (token.char === '/' && digitGroup && total === 0 && tokens[index + 1]?.kind === 'number') {
				const denominator = (tokens[index + 1] as { value: number }).value;
				// 1/0 is no number, and must not leave "0" to be read on its own either.
				if (denominator === 0) return signed(negative, NaN, index + 2);
				return signed(negative, group / denominator, index + 2);
			}
			break;
		}
		const numeral = lexicon.words.get(token.text);
		if (!numeral) {
			// "one and a half thousand": the half joins the group before the scale.
			if (
				lexicon.connectors.has(token.text) &&
				groupUsed &&
				!hasFraction &&
				numeralAt(tokens, index + 1, lexicon)?.role === 'article' &&
				isHalf(numeralAt(tokens, index + 2, lexicon))
			) {
				group += 0.5;
				hasFraction = true;
				end = index += 3;
				continue;
			}
			if (
				lexicon.connectors.has(token.text) &&
				consumed &&
				!afterConnector &&
				numeralAt(tokens, index + 1, lexicon) !== undefined
			) {
				afterConnector = true;
				index++;
				continue;
			}
			break;
		}
		const joined = afterConnector;
		afterConnector = false;
		const wordsBlocked = digitGroup || hasFraction;
		switch (numeral.role) {
			case 'unit':
				if (wordsBlocked || hasUnit || hasTeen)
					return consumed ? signed(negative, total + group, end) : null;
				group += numeral.value;
				hasUnit = groupUsed = true;
				break;
			case 'teen':
				if (wordsBlocked || hasUnit || hasTeen || hasTen)
					return consumed ? signed(negative, total + group, end) : null;
				group += numeral.value;
				hasTeen = groupUsed = true;
				break;
			case 'ten':
				if (wordsBlocked || hasUnit || hasTeen || hasTen)
					return consumed ? signed(negative, total + group, end) : null;
				group += numeral.value;
				hasTen = groupUsed = true;
				break;
			case 'hundred':
				if (wordsBlocked || hasHundred || hasTen || hasUnit || hasTeen) {
					return consumed ? signed(negative, total + group, end) : null;
				}
				group += numeral.value;
				hasHundred = groupUsed = true;
				break;
			case 'hundred-multiplier':
				if (hasHundred || digitGroup || hasFraction || group >= 100) {
					return consumed ? signed(negative, total + group, end) : null;
				}
				group = (groupUsed ? group : 1) * 100;
				hasHundred = groupUsed = true;
				hasUnit = hasTeen = hasTen = false;
				break;
			case 'scale':
				if (
					numeral.value >= lastScale ||
					(!groupUsed && !numeral.alone) ||
					(numeral.afterDigitsOnly && !digitGroup) ||
					(numeral.attachedOnly && !token.attached)
				) {
					return consumed ? signed(negative, total + group, end) : null;
				}
				total += scaled(groupUsed ? group : 1, numeral.value);
				lastScale = numeral.value;
				group = 0;
				groupUsed = digitGroup = hasHundred = hasTen = hasUnit = hasTeen = hasFraction = false;
				break;
			case 'fraction-prefix':
				if (!groupUsed && total === 0 && !consumed) {
					group = numeral.value;
				} else if (joined && groupUsed && !hasFraction && numeral.value === 0.5) {
					group += 0.5;
				} else {
					return consumed ? signed(negative, total + group, end) : null;
				}
				hasFraction = groupUsed = true;
				break;
			case 'whole':
				if (consumed) return signed(negative, total + group, end);
				return signed(negative, numeral.value, index + 1);
			case 'denominator': {
				let fraction: number | null = null;
				if (groupUsed && total === 0 && !digitGroup && !hasFraction && group > 0)
					fraction = group / numeral.value;
				else if (!consumed && numeral.alone !== undefined) fraction = numeral.alone;
				if (fraction === null) return consumed ? signed(negative, total + group, end) : null;
				const scale = scaleOfFraction(tokens, index + 1, lexicon);
				if (scale) return signed(negative, fraction * scale.value, scale.end);
				return signed(negative, fraction, index + 1);
			}
			case 'article': {
				const next = numeralAt(tokens, index + 1, lexicon);
				const startsCount =
					next !== undefined &&
					(next.role === 'scale' ||
						next.role === 'hundred-multiplier' ||
						next.role === 'denominator' ||
						next.role === 'fraction-prefix');
				if (consumed || !startsCount) return consumed ? signed(negative, total + group, end) : null;
				group = 1;
				groupUsed = hasUnit = true;
				break;
			}
			case 'minus':
				if (consumed) return signed(negative, total + group, end);
				negative = true;
				index++;
				continue;
			case 'percent':
				return consumed ? signed(negative, total + group, end) : null;
		}
		consumed = true;
		end = ++index;
	}
	return consumed ? signed(negative, total + group, end) : null;
}

/**
 * "half a million", "a quarter of a million", "three quarters of a billion": the scale a
 * fraction is of, with the "of" and the article between them.
 */
function scaleOfFraction(
	tokens: readonly Token[],
	start: number,
	lexicon: NumeralLexicon
): { value: number; end: number } | null {
	let index = start;
	const of = tokens[index];
	if (of?.kind === 'word' && of.text.toLowerCase() === 'of') index++;
	if (numeralAt(tokens, index, lexicon)?.role === 'article') index++;
	if (index === start) return null;
	const scale = numeralAt(tokens, index, lexicon);
	if (scale?.role !== 'scale' || scale.value < 1000 || scale.afterDigitsOnly) return null;
	return { value: scale.value, end: index + 1 };
}

function isHalf(numeral: Numeral | undefined): boolean {
	return numeral?.role === 'denominator' && numeral.value === 2;
}

/** Numeral words that may be a digit group after a spoken decimal point: not scales, not fractions. */
function isDigitWord(token: Token | undefined, lexicon: NumeralLexicon): boolean {
	if (token?.kind === 'number') return Number.isInteger(token.value);
	if (token?.kind !== 'word') return false;
	const role = lexicon.words.get(token.text)?.role;
	return role === 'unit' || role === 'teen' || role === 'ten' || role === 'hundred';
}

/**
 * The decimals after a spoken decimal point, "zero dwa" → "02", "dwadzieścia pięć" → "25",
 * and a scale after them ("przecinek pięć miliona"); null when no digit follows the point.
 */
function readSpokenDecimals(
	tokens: readonly Token[],
	start: number,
	lexicon: NumeralLexicon
): { digits: string; scale: number; end: number } | null {
	let stop = start;
	while (isDigitWord(tokens[stop], lexicon)) stop++;
	if (stop === start) return null;
	const group = tokens.slice(start, stop);
	let digits = '';
	for (let index = 0; index < group.length;) {
		const expression = readExpression(group, index, lexicon);
		if (!expression || !Number.isInteger(expression.value) || expression.value < 0) return null;
		digits += String(expression.value);
		index = expression.end;
	}
	const after = numeralAt(tokens, stop, lexicon);
	if (after?.role === 'scale' && !after.afterDigitsOnly)
		return { digits, scale: after.value, end: stop + 1 };
	return { digits, scale: 1, end: stop };
}

function isPercentAt(tokens: readonly Token[], index: number, lexicon: NumeralLexicon): number {
	const token = tokens[index];
	if (!token) return 0;
	if (token.kind === 'symbol' && token.char === '%') return 1;
	if (numeralAt(tokens, index, lexicon)?.role === 'percent') return 1;
	const next = tokens[index + 1];
	if (
		token.kind === 'word' &&
		token.text === 'per' &&
		next?.kind === 'word' &&
		next.text === 'cent'
	)
		return 2;
	return 0;
}

/**
 * The one number a text states, or null when it states none or more than one ("2 lub 3").
 * Words around it are ignored ("ok. 11 tys. żołnierzy"); percentages become proportions.
 */
export function readNumber(text: string, lexicon: NumeralLexicon): number | null {
	if (text.length > MAX_NUMBER_TEXT) return null;
	const tokens = tokenize(text, lexicon.decimalComma);
	let found: number | null = null;
	let negated = false;
	let index = 0;
	while (index < tokens.length) {
		const token = tokens[index] as Token;
		if (token.kind === 'word' && found === null && lexicon.negations.has(token.text))
			negated = true;
		const expression = readExpression(tokens, index, lexicon);
		if (!expression) {
			index++;
			continue;
		}
		if (found !== null) return null;
		let value = expression.value;
		index = expression.end;
		const point = tokens[index];
		if (
			point?.kind === 'word' &&
			lexicon.decimalPoints.has(point.text) &&
			Number.isInteger(value) &&
			value >= 0
		) {
			const decimals = readSpokenDecimals(tokens, index + 1, lexicon);
			if (decimals) {
				value = Number(`${value}.${decimals.digits}`) * decimals.scale;
				index = decimals.end;
			}
		}
		const percent = isPercentAt(tokens, index, lexicon);
		if (percent) {
			value /= 100;
			index += percent;
		}
		found = value;
	}
	if (negated || found === null || !Number.isFinite(found)) return null;
	return found;
}
