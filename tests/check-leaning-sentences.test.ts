import { describe, expect, it } from 'vitest';
import { promptProblems, statementProblems, wordingProblems } from '../src/lib/quiz/check';

/**
 * Sentences that lean on the one before them without showing it (a strict teacher's blind
 * reading): an object pronoun, a part of a breakdown, a time anchor, a Polish verb of saying
 * with its subject dropped. Each is refused as a quoted gap (the pointing-back predicate) and
 * as a true/false statement; the sentences are written here.
 */

const gapPl = (sentence: string) => `Jaka liczba pasuje do luki: „${sentence}”?`;
const gapEn = (sentence: string) => `Which number fills the gap: "${sentence}"?`;

function refusedPl(sentence: string, gapped: string) {
	expect(statementProblems(sentence, 'pl'), sentence).toContain('prompt-fragment');
	expect(promptProblems(gapPl(gapped), 'pl'), gapped).toContain('prompt-fragment');
}

function passesPl(sentence: string, gapped: string) {
	expect(statementProblems(sentence, 'pl'), sentence).toEqual([]);
	expect(promptProblems(gapPl(gapped), 'pl'), gapped).toEqual([]);
}

function refusedEn(sentence: string, gapped: string) {
	expect(statementProblems(sentence, 'en'), sentence).toContain('prompt-fragment');
	expect(promptProblems(gapEn(gapped), 'en'), gapped).toContain('prompt-fragment');
}

function passesEn(sentence: string, gapped: string) {
	expect(statementProblems(sentence, 'en'), sentence).toEqual([]);
	expect(promptProblems(gapEn(gapped), 'en'), gapped).toEqual([]);
}

describe('a Polish object pronoun standing for what the sentence before named', () => {
	it('refuses "je" after a verb that carries an infinitive, and "ją" after a named subject', () => {
		refusedPl(
			'Starostwo chce je wyremontować za ok. 4 mln zł.',
			'Starostwo chce je wyremontować za ok. _____ zł.'
		);
		refusedPl(
			'Wojewoda Tomasz Brzeziński podpisał ją 14 marca.',
			'Wojewoda Tomasz Brzeziński podpisał ją _____ marca.'
		);
		refusedPl(
			'Nadleśnictwo sprzedało go za 310 tys. zł.',
			'Nadleśnictwo sprzedało go za _____ zł.'
		);
		refusedPl(
			'Dyrektor Ewa Sobczak kieruje nią od 2018 r.',
			'Dyrektor Ewa Sobczak kieruje nią od _____ r.'
		);
		refusedPl(
			'Strażacy z Kętrzyna ewakuowali ich w 40 minut.',
			'Strażacy z Kętrzyna ewakuowali ich w _____ minut.'
		);
		passesPl(
			'Spółdzielnia kupiła kamienicę i odnowi ją za 6 mln zł.',
			'Spółdzielnia kupiła kamienicę i odnowi ją za _____ zł.'
		);
		passesPl(
			'Szpital nie zamyka oddziału, tylko przenosi go 12 km dalej.',
			'Szpital nie zamyka oddziału, tylko przenosi go _____ km dalej.'
		);
		// (A statement refuses any "nią" already.)
		expect(
			promptProblems(
				gapPl(
					'Prezes muzeum liczy, że po przebudowie przyjdzie _____ proc. gości więcej niż przed nią.'
				),
				'pl'
			)
		).toEqual([]);
		passesPl(
			'Każde dziecko je w przedszkolu 4 posiłki dziennie.',
			'Każde dziecko je w przedszkolu _____ posiłki dziennie.'
		);
	});

	it('refuses a question that keeps the pronoun', () => {
		const evidence = 'Wojewoda Tomasz Brzeziński podpisał ją 14 marca 2026 r.';
		expect(
			wordingProblems('Kiedy wojewoda Tomasz Brzeziński podpisał ją?', evidence, 'pl')
		).toContain('prompt-fragment');
	});
});

describe('an English "it" or "them" standing for what the sentence before named', () => {
	it('refuses "of them", "any of them", "part of it" and an object after a named subject', () => {
		refusedEn(
			'The oldest of them, the 1912 steam crane, lifted 40 tonnes.',
			'The oldest of them, the 1912 steam crane, lifted _____ tonnes.'
		);
		refusedEn(
			'Harbour Ferries has yet to say whether it will keep any of them after 2028.',
			'Harbour Ferries has yet to say whether it will keep any of them after _____.'
		);
		refusedEn(
			'The Kelso Arts Trust hopes to claim part of it before 2027.',
			'The Kelso Arts Trust hopes to claim part of it before _____.'
		);
		refusedEn(
			'Scottish Water will close it for 14 weeks.',
			'Scottish Water will close it for _____ weeks.'
		);
		passesEn(
			'It took four years to restore the 19 carriages.',
			'It took four years to restore the _____ carriages.'
		);
		passesEn(
			'The trust bought the old granary and will lease it for £90,000 a year.',
			'The trust bought the old granary and will lease it for £_____ a year.'
		);
		// A statement refuses any "them" already; the gap keeps one the sentence names.
		expect(
			promptProblems(gapEn('The operator bought 14 trams and will refit them by _____.'), 'en')
		).toEqual([]);
	});
});

describe('a part of a breakdown whose whole the sentence does not show', () => {
	it('refuses "Kolejne", "resztę", "Pozostałe" in Polish', () => {
		refusedPl(
			'Kolejne 2,5 mln zł przekaże urząd marszałkowski.',
			'Kolejne _____ zł przekaże urząd marszałkowski.'
		);
		refusedPl(
			'Urząd marszałkowski pokryje resztę, czyli 700 tys. zł.',
			'Urząd marszałkowski pokryje resztę, czyli _____ zł.'
		);
		refusedPl(
			'Pozostałe przedszkola dostaną po 80 tys. zł.',
			'Pozostałe przedszkola dostaną po _____ zł.'
		);
	});

	it('refuses "a further", "another", "the rest", "the remaining" in English', () => {
		refusedEn(
			'A further £640,000 will come from the heritage fund.',
			'A further £_____ will come from the heritage fund.'
		);
		refusedEn(
			'The county council will cover the rest, about £2m.',
			'The county council will cover the rest, about £_____.'
		);
		refusedEn(
			'The remaining 35 staff will move to Carlisle.',
			'The remaining _____ staff will move to Carlisle.'
		);
		passesEn(
			'Of the £9.4m, £7.1m comes from the government and the remaining £2.3m from the city.',
			'Of the £9.4m, £7.1m comes from the government and the remaining £_____ from the city.'
		);
		passesPl(
			'Na boisko gmina wyda 3 mln zł, a kolejne 2 mln zł na halę.',
			'Na boisko gmina wyda 3 mln zł, a kolejne _____ zł na halę.'
		);
		passesPl(
			'W kolejnych latach gmina wyda na drogi 12 mln zł.',
			'W kolejnych latach gmina wyda na drogi _____ zł.'
		);
	});
});

describe('a time only the sentence before gave', () => {
	it('refuses "until then", "that year", "od tego czasu", "dwa lata później"', () => {
		refusedEn(
			'Until then, the 11 wards will stay open at night.',
			'Until then, the _____ wards will stay open at night.'
		);
		refusedEn(
			'That year the museum had 48,000 visitors.',
			'That year the museum had _____ visitors.'
		);
		refusedPl(
			'Od tego czasu schronisko przyjęło 230 psów.',
			'Od tego czasu schronisko przyjęło _____ psów.'
		);
		refusedPl(
			'Trzy lata później fabryka zatrudniała 900 osób.',
			'Trzy lata później fabryka zatrudniała _____ osób.'
		);
		// "rok później niż planowano": later than a time the sentence gives.
		passesPl(
			'Obwodnica będzie gotowa rok później niż planowano, w 2029 r.',
			'Obwodnica będzie gotowa rok później niż planowano, w _____ r.'
		);
	});

	it('refuses a question that keeps the anchor', () => {
		const evidence = 'Od tamtej pory schronisko przyjęło 230 psów.';
		expect(
			wordingProblems('Ile psów przyjęło schronisko od tamtej pory?', evidence, 'pl')
		).toContain('prompt-fragment');
		const visitors = 'That year the museum had 48,000 visitors.';
		expect(
			wordingProblems('How many visitors did the museum have that year?', visitors, 'en')
		).toContain('prompt-fragment');
		passesEn(
			'By 2028 the museum expects 60,000 visitors.',
			'By 2028 the museum expects _____ visitors.'
		);
	});
});

describe('a Polish sentence opening on a verb of saying, its subject dropped', () => {
	it('refuses "Zapewnia też, że…", "Dodaje, że…", "Obawia się, że…"', () => {
		refusedPl(
			'Zapewnia też, że szpital kupi 3 karetki.',
			'Zapewnia też, że szpital kupi _____ karetki.'
		);
		refusedPl('Dodaje, że remont potrwa 8 miesięcy.', 'Dodaje, że remont potrwa _____ miesięcy.');
		refusedPl('Obawia się, że zabraknie 400 tys. zł.', 'Obawia się, że zabraknie _____ zł.');
		passesPl(
			'Szacuje się, że w gminie brakuje 120 mieszkań.',
			'Szacuje się, że w gminie brakuje _____ mieszkań.'
		);
		passesPl(
			'Zapewnia też dyrektor szpitala, że placówka kupi 3 karetki.',
			'Zapewnia też dyrektor szpitala, że placówka kupi _____ karetki.'
		);
		const evidence = 'Zapewnia też, że wykonawca ma do 30 czerwca wymienić oświetlenie.';
		expect(
			wordingProblems('Do kiedy wykonawca ma też wymienić oświetlenie?', evidence, 'pl')
		).toEqual([]);
	});
});

describe('a question whose lead took an indirect question or an elided noun with it', () => {
	it.each([
		['pl', 'Kiedy ile gmina dołoży do jarmarku w budżecie?'],
		['en', 'When were 214 evacuated?'],
		['en', 'When were about 1,200 damaged?']
	] as const)('%s: %s is refused', (language, prompt) => {
		expect(promptProblems(prompt, language)).toContain('prompt-fragment');
	});

	it.each([
		['en', 'When were 214 homes evacuated?'],
		['pl', 'Kiedy gmina dołoży 2 mln zł do jarmarku?']
	] as const)('%s: %s passes', (language, prompt) => {
		expect(promptProblems(prompt, language)).not.toContain('prompt-fragment');
	});
});

describe('a gap or a changed figure beside its restatement in other units', () => {
	it.each([
		['pl', 'Jaka liczba pasuje do luki: „Parking ma pow. _____ m kw. (0,32 ha) i 90 miejsc.”?'],
		['en', 'Which number fills the gap: "The hall covers _____ sq m (9,700 sq ft) on one floor."?']
	] as const)('%s: the gap is refused: %s', (language, prompt) => {
		expect(promptProblems(prompt, language)).toContain('prompt-fragment');
	});
});

describe('a date asked across a clause of its own', () => {
	it.each([
		[
			'en',
			'Until when has the group gathered 900 signatures on a petition asking the council to keep the pool open?',
			'The group has gathered 900 signatures on a petition asking the council to keep the pool open until March 2028.'
		],
		[
			'pl',
			'Do kiedy mieszkańcy zebrali 900 podpisów, by gmina utrzymała basen?',
			'Mieszkańcy zebrali 900 podpisów, by gmina utrzymała basen do marca 2028 r.'
		]
	] as const)('%s: is refused', (language, question, evidence) => {
		expect(wordingProblems(question, evidence, language)).toContain('prompt-fragment');
	});

	it.each([
		[
			'When will the council open the new pool?',
			'The council will open the new pool in March 2028.'
		],
		['When is the pool due to reopen?', 'The pool is due to reopen in March 2028.']
	])('leaves a date of the main verb: %s', (question, evidence) => {
		expect(wordingProblems(question, evidence, 'en')).not.toContain('prompt-fragment');
	});
});
