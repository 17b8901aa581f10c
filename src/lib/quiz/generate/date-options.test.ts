import { describe, expect, it } from 'vitest';
import type { Fact } from '../content';
import type { QuizModule } from '../module';
import { createRandom } from '../random';
import { seedModule } from '../../testing/seed-module';
import { trueFalseGenerator } from './true-false';
import { distractorsOf } from './values';

const POLISH_MONTHS = [
	'stycznia',
	'lutego',
	'marca',
	'kwietnia',
	'maja',
	'czerwca',
	'lipca',
	'sierpnia',
	'września',
	'października',
	'listopada',
	'grudnia'
];

/** Whether "31 kwietnia 2027" names a day the calendar has; a day without a year, of any year. */
function isOnCalendar(text: string): boolean {
	const [day, month, year = '2028'] = text.split(' ');
	const index = POLISH_MONTHS.indexOf(month ?? '');
	const date = new Date(Date.UTC(Number(year), index, Number(day)));
	return index >= 0 && date.getUTCMonth() === index && date.getUTCDate() === Number(day);
}

function moduleWith(fact: Fact): QuizModule {
	return {
		...seedModule(),
		id: 'calendar',
		language: 'pl',
		article: { blocks: [{ type: 'paragraph', text: fact.evidence }] },
		facts: [fact],
		entities: []
	};
}

function endOfMonthFact(id: string, day: number, month: number, year: number): Fact {
	const evidence = `Zakład zamknie linię montażową ${day} ${POLISH_MONTHS[month - 1]} ${year} r.`;
	return {
		id,
		kind: 'date',
		value: { year, month, day },
		questions: ['Kiedy zakład zamknie linię montażową?'],
		statement: 'Zakład zamknie linię montażową {value} r.',
		evidence,
		aliases: []
	};
}

/** A blind reading found "31 kwietnia 2027" and "31 lutego 2027" among a date's options. */
describe('options of a date at the end of a month', () => {
	const cases = [
		endOfMonthFact('close-march', 31, 3, 2027),
		endOfMonthFact('close-january', 31, 1, 2027),
		endOfMonthFact('close-leap-day', 29, 2, 2028)
	];

	it.each(cases.map((fact) => [fact.id, fact] as const))(
		'%s: every option is a real date',
		(_, fact) => {
			const options = distractorsOf(moduleWith(fact), fact);
			expect(options.length).toBeGreaterThanOrEqual(3);
			for (const option of options) expect(isOnCalendar(option), option).toBe(true);
		}
	);

	it('moves the day back to the month’s last, not out of the calendar', () => {
		const [march] = cases;
		if (!march) throw new Error('no case');
		const options = distractorsOf(moduleWith(march), march);
		expect(options).toContain('30 kwietnia 2027');
		expect(options).toContain('28 lutego 2027');
		expect(options).not.toContain('31 kwietnia 2027');
	});

	it('gives false statements real dates too', () => {
		const fact = endOfMonthFact('close-march', 31, 3, 2027);
		const module = moduleWith(fact);
		for (let seed = 0; seed < 40; seed++) {
			const question = trueFalseGenerator.generate(module, [fact], createRandom(seed));
			const shown = /(\d{1,2} \p{L}+ \d{4})/u.exec(question.prompt)?.[1] ?? '';
			expect(isOnCalendar(shown), question.prompt).toBe(true);
		}
	});
});
