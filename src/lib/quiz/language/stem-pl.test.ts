import { describe, expect, it } from 'vitest';
import { foldText } from './normalize';
import { POLISH_STOPWORDS, stemPolish } from './stem-pl';

const stemOf = (word: string) => stemPolish(foldText(word));

describe('stemPolish: inflected forms of one word meet', () => {
	it.each([
		['pomoc', 'pomocy pomocą'],
		['program', 'programie programu programem'],
		['rakietowy', 'rakietowym rakietowego rakietowej rakietowe rakietowych rakieta rakiety'],
		['prześladowania', 'prześladowań prześladowaniami prześladowaniach prześladowaniom'],
		['rodzina', 'rodziny rodzin rodzinie rodzinami rodziną rodzinę'],
		['obawa', 'obawy obaw obawą obawami'],
		['Korea', 'Korei Koreę Koreą'],
		['Północna', 'Północnej Północną'],
		['Południowa', 'Południowej Południową Płd Pd'],
		['Wielkopolski', 'Wielkopolskiego Wielkopolskim Wlkp'],
		['Nawrocki', 'Nawrockiego Nawrockiemu Nawrockim'],
		['Mirgorodski', 'Mirgorodskiego Mirgorodskiemu Mirgorodskim'],
		['Surowiec', 'Surowca Surowcem Surowcowi Surowcu'],
		['koniec', 'końca końcu końcem'],
		['Wojtaszek', 'Wojtaszka Wojtaszkiem Wojtaszkowi'],
		['Kruczek', 'Kruczka Kruczkiem'],
		['rynek', 'rynku rynkiem'],
		['człowiek', 'człowieka człowiekiem'],
		['Ukraina', 'Ukrainy Ukrainie Ukrainę Ukrainą'],
		['Rosja', 'Rosji Rosję Rosją'],
		['Moskwa', 'Moskwy Moskwie Moskwę Moskwą'],
		['Putin', 'Putina Putinem Putinowi'],
		['Un', 'Una Unem'],
		['Kim', 'Kimem'],
		['żołnierz', 'żołnierze żołnierzy żołnierzami żołnierzom żołnierzach'],
		['Kijów', 'Kijowa Kijowie Kijowem'],
		['Koreańczyk', 'Koreańczycy Koreańczyków Koreańczykami'],
		['bliscy', 'bliskich bliskim bliskimi'],
		['obwód', 'obwodu obwodzie obwodem'],
		['kurski', 'kurskim kurskiego kurskiej'],
		['wsparcie', 'wsparcia wsparciu wsparciem'],
		['jesień', 'jesienią jesieni'],
		['pocisk', 'pocisków pociski pociskami'],
		['represje', 'represji represjami'],
		['krewni', 'krewnych krewnymi'],
		['amunicja', 'amunicji amunicję'],
		['armia', 'armii armię armią'],
		['wysłanie', 'wysłania wysłaniu wysłaniem'],
		['Pjongjang', 'Pjongjangu'],
		['ostatni', 'ostatniego ostatniej ostatnią ostatnimi'],
		['bać', 'boję boi boją bojąc bała bały']
	])('%s ~ %s', (base, forms) => {
		const expected = stemOf(base);
		for (const form of forms.split(' ')) expect(stemOf(form), form).toBe(expected);
	});
});

describe('stemPolish: what it leaves alone', () => {
	it.each([
		['kim', 'kim'],
		['un', 'un'],
		['nowy', 'now'],
		['2024', '2024'],
		['11', '11'],
		['w', 'w']
	])('%s → %s', (word, stem) => {
		expect(stemPolish(word)).toBe(stem);
	});

	it('keeps different words apart', () => {
		expect(stemOf('Północna')).not.toBe(stemOf('Południowa'));
		expect(stemOf('Rosja')).not.toBe(stemOf('Rosjanie'));
	});
});

describe('POLISH_STOPWORDS', () => {
	it.each(['w', 'z', 'o', 'na', 'do', 'i', 'oraz', 'a', 'sie', 'ze', 'przed', 'od'])(
		'holds %s',
		(word) => {
			expect(POLISH_STOPWORDS.has(word)).toBe(true);
		}
	);

	it('keeps negation, which changes an answer', () => {
		expect(POLISH_STOPWORDS.has('nie')).toBe(false);
	});
});
