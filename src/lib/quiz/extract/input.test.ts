import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract';
import {
	checkArticleText,
	detectLanguage,
	ExtractionError,
	MAX_ARTICLE_LENGTH,
	MAX_SOURCE_LENGTH,
	type ExtractionErrorCode
} from './input';
import { prepareArticle } from './source';

const POLISH =
	'Według zachodnich źródeł do połowy stycznia wojska Korei Północnej w obwodzie kurskim ' +
	'straciły około czterech tysięcy żołnierzy. To zarówno zabici, jak i ranni, którzy nie ' +
	'wrócili już do walki.';
const ENGLISH =
	'Dock workers at the port of Rotterdam returned to work on Thursday after a strike that ' +
	'left more than 200 ships waiting at anchor. The union said the deal was the best in years.';

function refusal(run: () => unknown): { code: ExtractionErrorCode; message: string } {
	try {
		run();
	} catch (error) {
		if (error instanceof ExtractionError) return { code: error.code, message: error.message };
		throw error;
	}
	throw new Error('expected an ExtractionError');
}

describe('detectLanguage', () => {
	it.each([
		['pl', POLISH],
		['en', ENGLISH],
		[
			null,
			'Die Hafenarbeiter in Rotterdam sind am Donnerstag nach einem Streik von neun Tagen an ihre Arbeit zurückgekehrt, der mehr als zweihundert Schiffe vor der Küste warten ließ.'
		],
		[
			null,
			'Podle západních zdrojů ztratila vojska Severní Koreje v Kurské oblasti do poloviny ledna přibližně čtyři tisíce vojáků, kteří se už nevrátili do boje.'
		],
		[
			null,
			'Los trabajadores del puerto de Róterdam volvieron al trabajo el jueves después de una huelga que dejó más de doscientos barcos esperando frente a la costa.'
		],
		[
			null,
			'Северная Корея отправила в Россию около одиннадцати тысяч солдат, сообщили западные источники в среду вечером.'
		],
		[null, 'Krótko.']
	] as const)('reads %s', (language, text) => {
		expect(detectLanguage(text).language).toBe(language);
	});
});

describe('refusals', () => {
	it.each([
		['empty', ''],
		['empty', ' \n\t '],
		['binary', 'PK\u0003\u0004\u0000\u0000 binary zip header ' + POLISH],
		['binary', POLISH + '\ufffd\ufffd\ufffd\u0001\u0002\u0003'.repeat(10)],
		['too-large', 'a'.repeat(MAX_ARTICLE_LENGTH + 1)]
	] as const)('%s', (code, text) => {
		expect(refusal(() => checkArticleText(text)).code).toBe(code);
		expect(refusal(() => extractFacts(text)).code).toBe(code);
	});

	it('accepts an article exactly at the size limit', () => {
		const article = (POLISH + ' ').repeat(Math.ceil(MAX_ARTICLE_LENGTH / (POLISH.length + 1)));
		expect(() => checkArticleText(article.slice(0, MAX_ARTICLE_LENGTH))).not.toThrow();
	});

	it('says the limit and the length of a text that is too long', () => {
		const { message } = refusal(() => checkArticleText('x'.repeat(MAX_ARTICLE_LENGTH + 5)));
		expect(message).toContain('100,005');
		expect(message).toContain('100,000');
	});

	it('refuses a language other than Polish or English, and says which it reads', () => {
		const german =
			'Die Hafenarbeiter in Rotterdam sind am Donnerstag nach einem Streik von neun Tagen an ihre Arbeit zurückgekehrt.';
		const { code, message } = refusal(() => extractFacts(german));
		expect(code).toBe('unsupported-language');
		expect(message).toMatch(/Polish or English/);
	});

	it('asks for the language of a text too short to tell', () => {
		const { code, message } = refusal(() => extractFacts('Moskwa zaprzeczyła.'));
		expect(code).toBe('unsupported-language');
		expect(message).toMatch(/too short/);
		expect(extractFacts('Moskwa zaprzeczyła.', { language: 'pl' }).candidates).not.toHaveLength(0);
	});

	it('refuses an article with nothing to ask about', () => {
		const bland =
			'To był spokojny dzień i nic się nie wydarzyło. Wszyscy siedzieli w domach, a pogoda ' +
			'była taka jak zwykle o tej porze roku. Nikt nie miał nic do powiedzenia.';
		expect(refusal(() => extractFacts(bland)).code).toBe('no-facts');
	});

	it('refuses an oversized or binary source before stripping its tags', () => {
		expect(
			refusal(() => prepareArticle('<p>' + 'a'.repeat(MAX_SOURCE_LENGTH) + '</p>', 'html')).code
		).toBe('too-large');
		expect(refusal(() => prepareArticle('\u0000\u0001\u0002', 'text')).code).toBe('binary');
		expect(refusal(() => prepareArticle('<script>alert(1)</script>', 'html')).code).toBe('empty');
	});
});
