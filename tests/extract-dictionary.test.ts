import { describe, expect, it } from 'vitest';
import { entityFactSchema, entitySchema } from '../src/lib/quiz/content';
import { extractFacts } from '../src/lib/quiz/extract';
import { scoreEntityAnswer } from '../src/lib/quiz/score/entity';
import { loadMorphology } from '../src/lib/server/morphology';

/**
 * Base forms that need the Polish dictionary the server loads (dictionary-pl): the rules
 * alone do not know these words. Sentences written here, in the style of the corpus.
 */

const morphology = loadMorphology('pl');

function names(text: string): string[] {
	return extractFacts(text, { language: 'pl', morphology }).entities.map((entity) => entity.name);
}

describe('Polish names read with the dictionary', () => {
	it('loads the dictionary', () => {
		expect(morphology).toBeDefined();
	});

	it.each([
		['Oba gole zdobył Szwed Karl Bergström. Bergström strzelił też w pucharze.', 'Karl Bergström'],
		[
			'W klasyfikacji prowadzi Hiszpan Diego Alcántara z 9 golami. Alcántara gra w Gdańsku.',
			'Diego Alcántara'
		],
		['Ranny został Ukrainiec Taras Bojko. Bojko trafił do szpitala.', 'Taras Bojko']
	])('a nationality before a name is no part of it: %j', (text, name) => {
		const found = names(text);
		expect(found).toContain(name);
		expect(found.some((found) => /Szwed|Hiszpan|Ukrainiec/u.test(found))).toBe(false);
	});
});

describe('a foreign name the dictionary lacks', () => {
	it('is read back to its base form by the names that decline alike', () => {
		expect(names('Sędzia podyktował rzut karny po faulu na Marco Pereirze.')).toContain(
			'Marco Pereira'
		);
	});

	it('stays as written in its base form', () => {
		expect(names('Bramkę zdobył Daniel Otieno po podaniu z lewej strony.')).toContain(
			'Daniel Otieno'
		);
	});
});

describe('names told apart by the dictionary', () => {
	it('a declined name glued before a person in the base form is another name', () => {
		const found = names(
			'Po przerwie trener Lecha Henrik Sørgaard wpuścił dwóch zawodników. Sørgaard był zadowolony.'
		);
		expect(found).toContain('Henrik Sørgaard');
		expect(found.some((name) => name.startsWith('Lecha'))).toBe(false);
	});

	it('a woman whose surname does not decline keeps it', () => {
		expect(names('Wyrok dla Anny Kowalczyk zapadł w piątek. Kowalczyk nie przyszła.')).toEqual([
			expect.stringContaining('Kowalczyk')
		]);
	});

	it('names whose stems agree but whose dictionary names differ stay apart', () => {
		const found = names('Lech zagra w Gdańsku z Lechią. Lech prowadzi w tabeli.');
		expect(found).toContain('Lech');
		expect(found).toContain('Lechia Gdańsk');
	});
});

describe('sports clubs named with their city', () => {
	const text =
		'Piłkarze Legii Warszawa pokonali Pogoń Szczecin 3:1. Trener Pogoni Szwed Olof Bergström nie krył złości. ' +
		'Legia traci dwa punkty do Lecha Poznań. Trzeci jest Raków Częstochowa z 29 punktami. ' +
		'W następnej kolejce Legia zagra w Białymstoku z Jagiellonią, a Pogoń podejmie Cracovię.';
	const found = extractFacts(text, { language: 'pl', morphology }).entities;

	it('keeps the club whole, in its base form, as an organisation of kind club', () => {
		for (const club of ['Legia Warszawa', 'Pogoń Szczecin', 'Lech Poznań', 'Raków Częstochowa']) {
			expect(found.find((entity) => entity.name === club)).toMatchObject({
				type: 'organisation',
				kind: 'club'
			});
		}
		expect(found.find((entity) => entity.name === 'Legia Warszawa')?.aliases).toEqual(
			expect.arrayContaining(['Legii Warszawa', 'Legia'])
		);
	});

	it('reads no city out of a club and no club as a person or a town', () => {
		const names = found.map((entity) => entity.name);
		for (const city of ['Warszawa', 'Szczecin', 'Poznań', 'Częstochowa', 'Legii', 'Lech'])
			expect(names).not.toContain(city);
		expect(names).toContain('Białystok');
		expect(found.find((entity) => entity.name === 'Jagiellonia Białystok')).toMatchObject({
			type: 'organisation',
			kind: 'club'
		});
	});

	it('leaves a nationality inside a run of names out of the person', () => {
		expect(found.map((entity) => entity.name)).toContain('Olof Bergström');
	});

	it('credits the club by its name alone, never by its city', () => {
		const entities = found.map((entity) =>
			entitySchema.parse({
				id: entity.id,
				name: entity.name,
				type: entity.type,
				aliases: entity.aliases
			})
		);
		const club = found.find((entity) => entity.name === 'Legia Warszawa');
		const fact = entityFactSchema.parse({
			id: 'asked',
			kind: 'entity',
			label: 'Legia',
			questions: ['?'],
			evidence: 'Legia traci dwa punkty do Lecha Poznań.',
			value: club?.id
		});
		const credit = (answer: string) => scoreEntityAnswer(fact, entities, answer, 'pl').credit;
		expect(['Legia', 'Legii', 'Legia Warszawa', 'legia warszawa'].map(credit)).toEqual([
			1, 1, 1, 1
		]);
		expect(['Warszawa', 'Lech Poznań', 'Pogoń'].map(credit)).toEqual([0, 0, 0]);
	});
});

describe('organisations named in full', () => {
	it.each([
		[
			'Niemiecki koncern Kessler Antriebstechnik otworzył fabrykę w Świdnicy.',
			'Kessler Antriebstechnik'
		],
		[
			'Hala stanęła na terenie Wałbrzyskiej Specjalnej Strefy Ekonomicznej (WSSE) przy ul. Strzegomskiej.',
			'Wałbrzyska Specjalna Strefa Ekonomiczna'
		],
		[
			'Rządowe Centrum Bezpieczeństwa (RCB) rozesłało alerty do mieszkańców.',
			'Rządowe Centrum Bezpieczeństwa'
		],
		[
			'Polski Związek Piłki Nożnej (PZPN) ukarał klub grzywną w wysokości 40 tys. zł.',
			'Polski Związek Piłki Nożnej'
		],
		[
			'Polskie Sieci Elektroenergetyczne (PSE) podały, że zapotrzebowanie na moc osiągnęło 28,4 GW.',
			'Polskie Sieci Elektroenergetyczne'
		]
	])('%s', (text, name) => {
		const found = extractFacts(text, { language: 'pl', morphology }).entities;
		expect(found.find((entity) => entity.name === name)).toMatchObject({ type: 'organisation' });
		expect(found.map((entity) => entity.name)).not.toContain('GW');
		expect(found.map((entity) => entity.name)).not.toContain('Polska');
	});
});
