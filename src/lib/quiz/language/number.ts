import type { Language } from '../content';
import { ENGLISH_NUMERALS } from './numbers-en';
import { POLISH_NUMERALS } from './numbers-pl';
import { readNumber, type NumeralLexicon } from './numerals';

/**
 * A learner may mix languages ("11k" in Polish, "11 tys." in English), so each language
 * reads the other's numeral words too; its own words, decimal separator and negations win.
 */
function withBorrowedWords(own: NumeralLexicon, other: NumeralLexicon): NumeralLexicon {
	// English "150m" is millions, a Polish "150m" metres: words written against digits stay home.
	const borrowed = [...other.words].filter(
		([, numeral]) => numeral.role !== 'scale' || !numeral.attachedOnly
	);
	return {
		words: new Map([...borrowed, ...own.words]),
		connectors: new Set([...own.connectors, ...other.connectors]),
		negations: own.negations,
		decimalComma: own.decimalComma,
		decimalPoints: own.decimalPoints
	};
}

const LEXICONS: Record<Language, NumeralLexicon> = {
	pl: withBorrowedWords(POLISH_NUMERALS, ENGLISH_NUMERALS),
	en: withBorrowedWords(ENGLISH_NUMERALS, POLISH_NUMERALS)
};

const DIGITS_ONLY = /^\d{1,15}$/;

/**
 * The number a learner's answer states, in the conventions of `language`; null when the
 * text states no number or more than one.
 */
export function parseNumber(text: string, language: Language): number | null {
	if (DIGITS_ONLY.test(text)) return Number(text);
	return readNumber(text, LEXICONS[language]);
}

function groupThousands(digits: string, separator: string): string {
	let grouped = '';
	for (let index = 0; index < digits.length; index++) {
		if (index > 0 && (digits.length - index) % 3 === 0) grouped += separator;
		grouped += digits[index];
	}
	return grouped;
}

/**
 * A number as the article and a learner would write it: Polish "11 000" (no grouping below
 * 10 000, as Polish typography has it: "4000") and "1,5"; English "11,000" and "1.5".
 */
export function formatNumber(value: number, language: Language): string {
	const sign = value < 0 ? '-' : '';
	const rounded = Math.round(Math.abs(value) * 1000) / 1000;
	const [integer = '0', fraction] = String(rounded).split('.');
	const grouped =
		language === 'pl'
			? integer.length > 4
				? groupThousands(integer, ' ')
				: integer
			: groupThousands(integer, ',');
	const decimal = fraction ? (language === 'pl' ? ',' : '.') + fraction : '';
	return sign + grouped + decimal;
}
