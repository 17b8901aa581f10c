import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';
import { growthOf, linearGrowthLimit } from '$lib/testing/growth';

const texts = (text: string, language: 'pl' | 'en') =>
	splitSentences(text, language).map((sentence) => sentence.text);

describe('splitSentences', () => {
	it.each([
		[
			'pl',
			'Trafiło tam ok. 11 tys. żołnierzy. Zginęło ok. tysiąca.',
			['Trafiło tam ok. 11 tys. żołnierzy.', 'Zginęło ok. tysiąca.']
		],
		// "PKB." alone is no sentence: the acronym completes "proc." (issue 17, "Kiedy … 6 proc?").
		[
			'pl',
			'Dług sięgnie 58 proc. PKB. Deficyt spadnie do 5,5 proc. PKB, jak podaje resort. NBP milczy.',
			[
				'Dług sięgnie 58 proc. PKB.',
				'Deficyt spadnie do 5,5 proc. PKB, jak podaje resort.',
				'NBP milczy.'
			]
		],
		[
			'pl',
			'Inflacja wyniosła 4,1 proc. GUS poda dane w piątek.',
			['Inflacja wyniosła 4,1 proc.', 'GUS poda dane w piątek.']
		],
		// "W 2024 r." alone is no sentence: a date opening one (blind reading, 2026-12-07).
		['pl', 'W 2024 r. Rosja zaprzeczyła. Tak było.', ['W 2024 r. Rosja zaprzeczyła.', 'Tak było.']],
		[
			'pl',
			'Do końca 2029 r. Gdańsk wyremontuje 40 kamienic. Koszt to 90 mln zł.',
			['Do końca 2029 r. Gdańsk wyremontuje 40 kamienic.', 'Koszt to 90 mln zł.']
		],
		[
			'pl',
			'Kontrolę zakończono w 2024 r. Raport opublikowano w maju.',
			['Kontrolę zakończono w 2024 r.', 'Raport opublikowano w maju.']
		],
		[
			'pl',
			'Zatrzymano też 41-letniego Marka K. Policja nie podaje szczegółów.',
			['Zatrzymano też 41-letniego Marka K.', 'Policja nie podaje szczegółów.']
		],
		['pl', 'Było ich ok. 11 tys. Potem mniej.', ['Było ich ok. 11 tys.', 'Potem mniej.']],
		[
			'pl',
			'Zginęło 11 tys. żołnierzy w 2024 r. na froncie.',
			['Zginęło 11 tys. żołnierzy w 2024 r. na froncie.']
		],
		['pl', 'Mówił o tym dr Nowak. Potem prof. Lis.', ['Mówił o tym dr Nowak.', 'Potem prof. Lis.']],
		['pl', 'Przyszło np. 5 osób, m.in. Jan.', ['Przyszło np. 5 osób, m.in. Jan.']],
		['pl', 'Koszt: 2 mln zł. Zapłaci gmina.', ['Koszt: 2 mln zł.', 'Zapłaci gmina.']],
		// A bracket converting or explaining a unit goes on with the sentence (blind reading of
		// unseen9, 2026-12-07); a capital after the unit still opens the next one.
		[
			'pl',
			'Nowy magazyn ma 2,4 tys. m kw. (0,24 ha) i stoi przy ul. Lipowej, którą w 1988 r. wytyczono.',
			[
				'Nowy magazyn ma 2,4 tys. m kw. (0,24 ha) i stoi przy ul. Lipowej, którą w 1988 r. wytyczono.'
			]
		],
		[
			'pl',
			'Gmina Brzeźnica zajmuje ok. 118 km kw. (dane GUS) i liczy 9 tys. osób.',
			['Gmina Brzeźnica zajmuje ok. 118 km kw. (dane GUS) i liczy 9 tys. osób.']
		],
		[
			'pl',
			'Parking ma 1,6 tys. m kw. Z tej liczby połowę zajmą miejsca dla aut.',
			['Parking ma 1,6 tys. m kw.', 'Z tej liczby połowę zajmą miejsca dla aut.']
		],
		[
			'pl',
			'Gmina dopłaci 1,2 mln zł. (Wcześniej mówiono o połowie.) Prace ruszą w lipcu.',
			['Gmina dopłaci 1,2 mln zł.', '(Wcześniej mówiono o połowie.)', 'Prace ruszą w lipcu.']
		],
		[
			'en',
			'The depot covers 12,000 sq. ft. (1,100 sq m) and employs 40 people.',
			['The depot covers 12,000 sq. ft. (1,100 sq m) and employs 40 people.']
		],
		[
			'pl',
			'Zaczną o godz. 8.30. Wiceminister to potwierdziła.',
			['Zaczną o godz. 8.30.', 'Wiceminister to potwierdziła.']
		],
		['pl', 'Był tam Kim J. Un. Nikt więcej.', ['Był tam Kim J. Un.', 'Nikt więcej.']],
		['pl', 'Tytuł bez kropki\n\nPierwsze zdanie.', ['Tytuł bez kropki', 'Pierwsze zdanie.']],
		['pl', 'Linia łamana\nw środku zdania. Koniec.', ['Linia łamana\nw środku zdania.', 'Koniec.']],
		[
			'pl',
			'Anna Nowicka\nŚroda, 8 października 2025 r.',
			['Anna Nowicka', 'Środa, 8 października 2025 r.']
		],
		[
			'pl',
			'Obrońca mec. Piotr Zawadzki i prok. Jarosław Mazur mówili. Sędzia SO Anna Lis też.',
			['Obrońca mec. Piotr Zawadzki i prok. Jarosław Mazur mówili.', 'Sędzia SO Anna Lis też.']
		],
		[
			'pl',
			'– Było spokojnie – mówi asp. sztab. Ewa Lis z KPP w Opatowie. Patrol wiódł mł. asp. Jan Kos.',
			[
				'– Było spokojnie – mówi asp. sztab. Ewa Lis z KPP w Opatowie.',
				'Patrol wiódł mł. asp. Jan Kos.'
			]
		],
		[
			'en',
			'Opozycja krytykuje koszty\nThe U.S. State Department said so. Mr Aydın agreed.',
			['Opozycja krytykuje koszty', 'The U.S. State Department said so.', 'Mr Aydın agreed.']
		],
		[
			'pl',
			'„Świat musi się dowiedzieć”. Co zeznali żołnierze?',
			['„Świat musi się dowiedzieć”.', 'Co zeznali żołnierze?']
		],
		['pl', 'Naprawdę?! Tak… Dobrze.', ['Naprawdę?!', 'Tak…', 'Dobrze.']],
		['en', 'The U.S. Army said so. Then it left.', ['The U.S. Army said so.', 'Then it left.']],
		['en', 'Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
		['en', 'It opened on Jan. 5 in Paris. Fine.', ['It opened on Jan. 5 in Paris.', 'Fine.']],
		['en', 'He works for Acme Inc. The firm grew.', ['He works for Acme Inc.', 'The firm grew.']],
		[
			'en',
			'J. Bakker agreed. So did e.g. the mayor.',
			['J. Bakker agreed.', 'So did e.g. the mayor.']
		],
		[
			'en',
			'Prices rose 3.5 percent. Wages did not.',
			['Prices rose 3.5 percent.', 'Wages did not.']
		],
		['en', 'He said "yes." She left.', ['He said "yes."', 'She left.']]
	] as const)('%s: %j', (language, text, expected) => {
		expect(texts(text, language)).toEqual(expected);
	});

	it('gives offsets that cut the very text of each sentence out of the article', () => {
		const text = '  Pierwsze zdanie.  Drugie, ok. 5 tys.\n\n\nTrzecie?  ';
		const sentences = splitSentences(text, 'pl');
		expect(sentences).toHaveLength(3);
		for (const sentence of sentences) {
			expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
			expect(sentence.text).toBe(sentence.text.trim());
		}
	});

	it('gives nothing for whitespace only', () => {
		expect(splitSentences(' \n\t\n ', 'en')).toEqual([]);
	});

	it('stays linear on long runs of full stops, spaces and abbreviations', () => {
		const hostile = (scale: number) =>
			'.'.repeat(12_500 * scale) + ' ok.'.repeat(2_500 * scale) + '\n '.repeat(6_250 * scale) + 'A';
		expect(growthOf(hostile, (text) => splitSentences(text, 'pl'))).toBeLessThan(
			linearGrowthLimit()
		);
	});
});
