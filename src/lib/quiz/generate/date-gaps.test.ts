import { describe, expect, it } from 'vitest';
import type { Fact, Language } from '../content';
import { extractFacts } from '../extract';
import { moduleOfParagraphs } from '../../testing/seed-module';
import { clozeGenerator } from './cloze';
import { shortAnswerGenerator } from './short-answer';
import { singleChoiceGenerator } from './single-choice';
import { scoreFactAnswer } from '../score/fact';
import { createRandom } from '../random';
import { formatDateAfter } from '../score/date';

/**
 * "could open _____ at the earliest" keyed "by 2031": a date's gap that swallows its
 * preposition asks for words the key does not give. The preposition stays in the sentence.
 */
function dateFact(id: string, year: number, evidence: string, cloze: string): Fact {
	return {
		id,
		kind: 'date',
		value: { year },
		questions: [`When? Fill the gap: "${evidence.replace(cloze, '_____')}"`],
		evidence,
		cloze,
		aliases: []
	};
}

const CASES: [Language, string, string, string][] = [
	['en', 'The new depot could be running by 2034 at the latest.', 'by 2034', 'by _____'],
	['en', 'Tolls will be charged from 2029, the trust said.', 'from 2029', 'from _____'],
	['en', 'The old pier stays shut until 2030 for repairs.', 'until 2030', 'until _____'],
	['pl', 'Nowy most ma powstać do 2031 roku, podała gmina.', 'do 2031 roku', 'do _____'],
	['pl', 'Opłaty będą pobierane od 2026 r. w całym mieście.', 'od 2026 r.', 'od _____']
];

describe('a date gap', () => {
	it.each(CASES)('%s: leaves the preposition of "%s" outside', (language, sentence, cloze, gap) => {
		const year = Number(/\d{4}/u.exec(cloze)?.[0]);
		const fact = dateFact('date', year, sentence, cloze);
		const module = moduleOfParagraphs('gaps', language, [sentence], [fact], []);
		const question = clozeGenerator.generate(module, [fact], createRandom(1));
		expect(question.prompt).toContain(gap);
		expect(question.key.value).not.toMatch(/^(by|from|until|do|od)\s/u);
		expect(question.key.value).toContain(String(year));
	});

	it('in a drafted wording keeps "by" and "the end of" in the sentence', () => {
		const text =
			'Harlow Road Bridge\n\nThe county says the bridge will be rebuilt by the end of March 2028, after years of delay.';
		const extraction = extractFacts(text, { language: 'en' });
		const date = extraction.candidates.find((candidate) => candidate.kind === 'date');
		expect(date?.question).toMatch(/by the end of _____/u);
	});
});

describe('a Polish month date asked by a gap after its preposition', () => {
	it('says the month in the genitive after "do" and "od", the nominative with no preposition', () => {
		expect(formatDateAfter({ year: 2027, month: 6 }, 'do', 'pl')).toBe('czerwca 2027');
		expect(formatDateAfter({ year: 2027, month: 6 }, 'Od', 'pl')).toBe('czerwca 2027');
		expect(formatDateAfter({ year: 2027, month: 6 }, 'zakończy', 'pl')).toBe('czerwiec 2027');
		expect(formatDateAfter({ year: 2027, month: 6, day: 3 }, 'w', 'pl')).toBe('3 czerwca 2027');
	});

	it.each([
		['Już w marcu 2025 r. pracownicy pisali do zarządu.', 'marcu 2025 r.', 'w', 'marcu 2025'],
		['We wrześniu 2026 r. ruszył nabór do szkoły.', 'wrześniu 2026 r.', 'We', 'wrześniu 2026']
	])('"%s": the key reads in the gap\'s case', (sentence, cloze, preposition, key) => {
		const month = key.startsWith('marcu') ? 3 : 9;
		const fact: Fact = {
			id: 'date',
			kind: 'date',
			value: { year: Number(/\d{4}/u.exec(cloze)?.[0]), month },
			questions: [`Kiedy? Uzupełnij lukę: „${sentence.replace(cloze, '_____')}”`],
			evidence: sentence,
			cloze,
			aliases: []
		};
		const module = moduleOfParagraphs('gaps', 'pl', [sentence], [fact], []);
		const question = shortAnswerGenerator.generate(module, [fact], createRandom(1));
		expect(question.prompt).toContain(`${preposition} _____`);
		expect(question.key.value).toBe(key);
	});
});

describe('a date asked "Do kiedy …?"', () => {
	const sentence =
		'Burmistrz Nowak obiecuje, że miasto wyremontuje basen przy ul. Leśnej do końca listopada 2026 r., a korty otworzy wiosną.';
	const other = 'Prace przy szkole na Zaciszu ruszą we wrześniu 2026 r. i potrwają rok.';
	const until: Fact = {
		id: 'until',
		kind: 'date',
		value: { year: 2026, month: 11 },
		questions: ['Kiedy miasto wyremontuje basen przy ul. Leśnej?'],
		evidence: sentence,
		cloze: 'do końca listopada 2026 r.',
		aliases: []
	};
	const start: Fact = {
		id: 'start',
		kind: 'date',
		value: { year: 2026, month: 9 },
		questions: ['Kiedy ruszą prace przy szkole na Zaciszu?'],
		evidence: other,
		cloze: 'we wrześniu 2026 r.',
		aliases: []
	};
	const module = moduleOfParagraphs('until', 'pl', [sentence, other], [until, start], []);

	it('is keyed in the words the sentence gives after its preposition', () => {
		const question = shortAnswerGenerator.generate(module, [until], createRandom(1));
		expect(question.prompt).toMatch(/^Do kiedy /u);
		expect(question.key.value).toBe('do końca listopada 2026');
	});

	it('offers options in that form too', () => {
		const question = singleChoiceGenerator.generate(module, [until], createRandom(2));
		expect(question.prompt).toMatch(/^Do kiedy /u);
		expect(question.choices.length).toBeGreaterThan(2);
		for (const choice of question.choices) expect(choice.text).toMatch(/^do końca \p{L}+ \d{4}$/u);
		expect(question.choices.map((choice) => choice.text)).toContain('do końca listopada 2026');
	});

	it('still scores what a student types in any form', () => {
		for (const typed of ['listopad 2026', 'do końca listopada 2026', '11.2026'])
			expect(scoreFactAnswer(module, until, typed).verdict).toBe('correct');
	});
});
