import { describe, expect, it } from 'vitest';
import type { Fact, Language } from '../content';
import { parseNumber } from '../language/number';
import type { QuizModule } from '../module';
import { seedModule, gappedFigureFact } from '../../testing/seed-module';
import { distractorsOf } from './values';

/**
 * Options the key's own sentence rules out: a part that leaves no room for the other parts
 * within the whole, a whole smaller than its parts.
 */

function moduleOf(language: Language, text: string, facts: Fact[]): QuizModule {
	return {
		...seedModule(),
		id: 'bounds',
		language,
		article: { blocks: [{ type: 'paragraph' as const, text }] },
		facts,
		entities: []
	};
}

function options(module: QuizModule, id: string): number[] {
	const fact = module.facts.find((candidate) => candidate.id === id) as Fact;
	return distractorsOf(module, fact).map((text) => parseNumber(text, module.language) as number);
}

describe('a part, its sibling parts and their whole in one sentence', () => {
	const english = 'Of the 60 tenants asked, 38 wanted a new lift and 17 did not.';
	const en = moduleOf('en', english, [
		gappedFigureFact('tenants', 60, english, '60', 'tenants'),
		gappedFigureFact('wanted', 38, english, '38', 'wanted')
	]);

	it('leaves room for the other parts within the whole', () => {
		const offered = options(en, 'wanted');
		expect(offered.length).toBeGreaterThan(0);
		for (const option of offered) expect(option + 17).toBeLessThanOrEqual(60);
	});

	it('keeps the whole at least the sum of its parts', () => {
		const offered = options(en, 'tenants');
		expect(offered.length).toBeGreaterThan(0);
		for (const option of offered) expect(option).toBeGreaterThanOrEqual(38 + 17);
	});

	it('reads the whole after a possessive: "20 of the fleet\'s _____ buses"', () => {
		const sentence = "Engineers said 20 of the fleet's 24 buses needed new brakes.";
		const module = moduleOf('en', sentence, [
			gappedFigureFact('buses', 24, sentence, '24', 'buses')
		]);
		const offered = options(module, 'buses');
		expect(offered.length).toBeGreaterThan(0);
		for (const option of offered) expect(option).toBeGreaterThan(20);
	});

	it('does the same in Polish, the whole first: "Z 60 wniosków 38 … a 17 …"', () => {
		const polish = 'Z 60 złożonych wniosków 38 rozpatrzono pozytywnie, a 17 odrzucono.';
		const pl = moduleOf('pl', polish, [
			gappedFigureFact('wnioski', 60, polish, '60', 'złożonych wniosków'),
			gappedFigureFact('rozpatrzono', 38, polish, '38', 'rozpatrzono')
		]);
		const parts = options(pl, 'rozpatrzono');
		expect(parts.length).toBeGreaterThan(0);
		for (const option of parts) expect(option + 17).toBeLessThanOrEqual(60);
		const wholes = options(pl, 'wnioski');
		expect(wholes.length).toBeGreaterThan(0);
		for (const option of wholes) expect(option).toBeGreaterThanOrEqual(55);
	});
});

function dateFact(
	id: string,
	value: { year: number; month?: number; day?: number },
	evidence: string,
	cloze: string
): Fact {
	return {
		id,
		kind: 'date',
		value,
		questions: [`When? Fill the gap: "${evidence.replace(cloze, '_____')}"`],
		evidence,
		cloze,
		aliases: []
	};
}

describe('a date and the other date of its sentence', () => {
	it('keeps a start before the end the sentence gives', () => {
		const sentence =
			'Repairs will begin on 3 July 2026 and must be complete by the end of August 2026.';
		const module = moduleOf('en', sentence, [
			dateFact('start', { year: 2026, month: 7, day: 3 }, sentence, '3 July 2026')
		]);
		const offered = distractorsOf(module, module.facts[0] as Fact);
		expect(offered.length).toBeGreaterThan(1);
		for (const option of offered) expect(option).not.toMatch(/September 2026|October 2026|2027/u);
	});

	it('keeps an end after the start, in Polish too', () => {
		const sentence = 'Budowa ruszyła w maju 2025 r., a zakończy się w lutym 2026 r.';
		const module = moduleOf('pl', sentence, [
			dateFact('end', { year: 2026, month: 2 }, sentence, 'lutym 2026 r.')
		]);
		const offered = distractorsOf(module, module.facts[0] as Fact);
		expect(offered.length).toBeGreaterThan(1);
		for (const option of offered)
			expect(option).not.toMatch(/(luty|lutego|kwiecień|kwietnia|marzec|marca) 2025/u);
		expect(offered.join(' ')).not.toMatch(/\b2024\b/u);
	});

	it('gives a month before January the year before', () => {
		const sentence = 'The bridge reopened on 20 January 2026 after a year of work.';
		const module = moduleOf('en', sentence, [
			dateFact('reopened', { year: 2026, month: 1, day: 20 }, sentence, '20 January 2026')
		]);
		const offered = distractorsOf(module, module.facts[0] as Fact);
		expect(offered).not.toContain('20 December 2026');
		expect(offered).not.toContain('20 December');
	});
});

describe('a sum of money split into parts the sentence shows', () => {
	it('keeps a part within "Z kwoty X zł Y zł to …, a _____ zł …"', () => {
		const sentence =
			'Z kwoty 27,4 mln zł 6,2 mln zł to dotacja wojewódzka na halę, a 13 mln zł pożyczka w Funduszu Ochrony Środowiska.';
		const module = moduleOf('pl', sentence, [
			gappedFigureFact('pozyczka', 13_000_000, sentence, '13 mln', 'zł')
		]);
		const offered = options(module, 'pozyczka');
		expect(offered.length).toBeGreaterThan(0);
		for (const option of offered) expect(option + 6_200_000).toBeLessThanOrEqual(27_400_000);
	});

	it('keeps a part within "Ze 27,4 mln zł …" and "Spośród 96 …" too', () => {
		const money = 'Ze 27,4 mln zł gmina dała 6,2 mln zł, a 13 mln zł pochodzi z pożyczki.';
		const people = 'Spośród 96 ankietowanych rodziców 41 chce dłuższych zajęć, a 37 nie.';
		const module = moduleOf('pl', `${money} ${people}`, [
			gappedFigureFact('pozyczka', 13_000_000, money, '13 mln', 'zł'),
			gappedFigureFact('chce', 41, people, '41', 'rodziców')
		]);
		for (const option of options(module, 'pozyczka'))
			expect(option + 6_200_000).toBeLessThanOrEqual(27_400_000);
		for (const option of options(module, 'chce')) expect(option + 37).toBeLessThanOrEqual(96);
	});

	it('keeps "the remaining £_____" within the whole, ten times the key none', () => {
		const sentence =
			'Of the £21.8m, £5.3m came from the lottery fund and the remaining £9m from a council loan.';
		const module = moduleOf('en', sentence, [
			gappedFigureFact('loan', 9_000_000, sentence, '9m', '£')
		]);
		const offered = options(module, 'loan');
		expect(offered.length).toBeGreaterThan(0);
		expect(offered).not.toContain(90_000_000);
		for (const option of offered) expect(option + 5_300_000).toBeLessThanOrEqual(21_800_000);
	});
});
