import { describe, expect, it } from 'vitest';
import { extractFacts } from '../quiz/extract/extract';
import { makeEntity, makeEntityFact } from '../testing/score-facts';
import { scoreEntityAnswer } from '../quiz/score/entity';
import { loadMorphology } from './morphology';

describe('loadMorphology', () => {
	const polish = loadMorphology('pl');

	it('reads the Polish Hunspell dictionary of dictionary-pl, and has none for English', () => {
		expect(polish).toBeDefined();
		expect(polish?.lemmas('Wojtaszka')).toContain('Wojtaszek');
		expect(polish?.lemmas('Sprawiedliwości')).toContain('sprawiedliwość');
		expect(polish?.lemmas('Gorzowie')).toContain('Gorzów');
		expect(loadMorphology('en')).toBeUndefined();
		expect(loadMorphology('pl')).toBe(polish);
	});

	it('gives names their base form where the rules of endings cannot', () => {
		const text =
			'Wyrok usłyszał Robert Surowiec. Sąd wysłuchał radnego Surowca i dyrektora Zespołu Szkół Budowlanych w 2024 r. Do Kazimierza Wojtaszka przyszło 5 osób.';
		const names = (morphology: typeof polish) =>
			extractFacts(text, { language: 'pl', ...(morphology ? { morphology } : {}) }).entities.map(
				(entity) => entity.name
			);
		expect(names(polish)).toEqual([
			'Robert Surowiec',
			'Zespół Szkół Budowlanych',
			'Kazimierz Wojtaszek'
		]);
		// The rules alone, as the browser and the tests that load no dictionary have them.
		expect(names(undefined)).toContain('Kazimierz Wojtaszk');
	});

	const entitiesOf = (text: string) =>
		extractFacts(text, { language: 'pl', ...(polish ? { morphology: polish } : {}) }).entities;

	it('names plural organisations, courts with their seat and quoted companies in the nominative', () => {
		const found = entitiesOf(
			'Sąd Okręgowy w Poznaniu nakazał Zakładom Taborowym „Pomorze” zapłacić Miejskiemu Przedsiębiorstwu Komunikacyjnemu w Poznaniu 12,4 mln zł. Umowę MPK podpisało w 2022 roku. Spółka dostarczyła 6 pociągów Kolejom Wielkopolskim i buduje cysterny dla „Orlenu”. Pomagali żołnierze Wojsk Obrony Terytorialnej.'
		);
		const byName = new Map(found.map((entity) => [entity.name, entity]));
		expect(byName.get('Sąd Okręgowy w Poznaniu')?.category).toBe('organisation');
		expect(byName.get('Zakłady Taborowe Pomorze')?.category).toBe('organisation');
		expect(byName.get('Miejskie Przedsiębiorstwo Komunikacyjne w Poznaniu')?.aliases).toContain(
			'MPK'
		);
		expect(byName.get('Koleje Wielkopolskie')?.category).toBe('organisation');
		expect(byName.get('Orlen')?.category).toBe('organisation');
		expect(byName.get('Wojska Obrony Terytorialnej')?.category).toBe('organisation');
		expect(byName.get('Poznań')?.category).toBe('place');
		expect([...byName.keys()]).not.toContain('Sąd Okręgowy');
	});

	it('leaves a sentence-opening common word out of the name after it', () => {
		const names = entitiesOf(
			'Jednocześnie Ministerstwo Spraw Wewnętrznych i Administracji przekazało 15 mln zł. Równolegle Prokuratura Okręgowa w Poznaniu bada sprawę. Most ma 146 metrów.'
		).map((entity) => entity.name);
		expect(names).toEqual([
			'Ministerstwo Spraw Wewnętrznych i Administracji',
			'Prokuratura Okręgowa w Poznaniu',
			'Poznań'
		]);
	});

	it('types places in another case as places, in their base form', () => {
		const found = entitiesOf(
			'Do szkół w Kłodzku i Bystrzycy Kłodzkiej nie przyszło 4 tys. uczniów. Woda zalała piwnice na Starym Mieście, a Wały wytrzymały. Prezes Towarzystwa Miłośników Ziemi Kłodzkiej Stanisław Gorczyca szacuje straty na 3 mln zł.'
		);
		const typed = found.map((entity) => `${entity.category}: ${entity.name}`);
		expect(typed).toEqual(
			expect.arrayContaining([
				'place: Bystrzyca Kłodzka',
				'place: Stare Miasto',
				'organisation: Towarzystwo Miłośników Ziemi Kłodzkiej',
				'person: Stanisław Gorczyca'
			])
		);
		expect(typed.join(' ')).not.toContain('Walia');
	});

	it('lets scoring refuse a real name the dictionary knows as a typo of another', () => {
		const entities = [
			makeEntity({ id: 'gorczyca', name: 'Stanisław Gorczyca', type: 'person' }),
			makeEntity({ id: 'kaleta', name: 'Bartosz Kaleta', type: 'person' })
		];
		const credit = (value: string, answer: string) =>
			scoreEntityAnswer(makeEntityFact({ value }), entities, answer, 'pl').credit;
		// Gorzyce is a village and Kalata a surname: another real name, not a typo.
		expect(credit('gorczyca', 'Gorzyce')).toBe(0);
		expect(credit('kaleta', 'Kalata')).toBe(0);
		// A typo that names nobody still gets the credit.
		expect(credit('gorczyca', 'Gorczyka')).toBe(1);
		expect(credit('gorczyca', 'Gorczycy')).toBe(1);
	});

	it('leaves a nationality before a person out of the name, but not out of an institution', () => {
		const names = entitiesOf(
			'W sądzie zeznawał Rosjanin Michaił Mirgorodski. Członkowie Spółdzielni Mieszkaniowej „Słoneczne Wzgórze” wpłacili 2 mln zł.'
		).map((entity) => entity.name);
		expect(names).toEqual(['Michaił Mirgorodski', 'Spółdzielnia Mieszkaniowa Słoneczne Wzgórze']);
	});

	it('names streets, squares and bridges with their kind, in the nominative', () => {
		const found = entitiesOf(
			'Pożar wybuchł przy ul. Przemysłowej w Lubinie. Wagony stały na moście Królowej Jadwigi nad Wartą.'
		);
		expect(found.map((entity) => `${entity.category}: ${entity.name}`)).toEqual([
			'place: ul. Przemysłowa',
			'place: Lubin',
			'place: most Królowej Jadwigi',
			'place: Warta'
		]);
		expect(found[0]?.aliases).toContain('Przemysłowa');
	});

	it('puts a plural name opening with its adjective in the nominative', () => {
		const found = entitiesOf(
			'Według Polskich Linii Lotniczych LOT lot trwał 2 godziny. Pieniądze z Funduszy Europejskich trafią do szkół.'
		);
		expect(found.map((entity) => `${entity.category}: ${entity.name}`)).toEqual([
			'organisation: Polskie Linie Lotnicze LOT',
			'organisation: Fundusze Europejskie'
		]);
		expect(found[0]?.aliases).toEqual(['Polskich Linii Lotniczych LOT']);
	});

	it("lists a place's forms whose stem alternates, so that scoring meets them", () => {
		const [warta] = entitiesOf('Bloki stanęły nad Wartą.');
		expect(warta?.name).toBe('Warta');
		expect(warta?.aliases).toContain('Warcie');
		const entity = makeEntity({
			id: 'warta',
			name: 'Warta',
			type: 'place',
			aliases: warta?.aliases
		});
		expect(
			scoreEntityAnswer(makeEntityFact({ value: 'warta' }), [entity], 'w Warcie', 'pl').credit
		).toBe(1);
	});
});
