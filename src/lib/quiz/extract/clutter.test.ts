import { describe, expect, it } from 'vitest';
import { clutterLines, headingLines } from './clutter';
import { extractFacts } from './extract';

const lines = (text: string) => clutterLines(text).map(({ start, end }) => text.slice(start, end));

describe('clutterLines', () => {
	it('finds cross-links, credits, captions, bylines and agency tags in either language', () => {
		const text = [
			'Nowy most otwarty',
			'',
			'Gorzów Wielkopolski / oprac. Katarzyna Wilk',
			'Opublikowano: 03.10.2025, 18:40',
			'',
			'Most ma 412 metrów długości.',
			'',
			'ZOBACZ TEŻ: Korki na Trasie Nadwarciańskiej. Kiedy koniec remontu?',
			'Fot. Marek Lis / PAP',
			'Tomasz Wróblewski na sali rozpraw',
			'',
			'Czytaj także: Gorzów. Tramwaje wracają',
			'Business | By Thomas Whitfield and Priya Natarajan',
			'Photograph: Cellsmith/PA',
			'Cellsmith’s pilot plant in Coventry can produce 2 GWh of cells a year',
			'',
			'Read more: How to donate',
			'See also: Why Turkey keeps being hit',
			'Anna Nowicka (PAP)',
			'(PAP Biznes)',
			'Środa, 8 października 2025 r., godz. 15:20',
			'Fri 13 Mar 2026 17.42 GMT',
			'Reuters',
			'[KALKULATOR]',
			'Additional reporting by Reuters',
			'oprac. kmp'
		].join('\n');
		expect(lines(text)).toEqual([
			'Gorzów Wielkopolski / oprac. Katarzyna Wilk',
			'Opublikowano: 03.10.2025, 18:40',
			'ZOBACZ TEŻ: Korki na Trasie Nadwarciańskiej. Kiedy koniec remontu?',
			'Fot. Marek Lis / PAP',
			'Tomasz Wróblewski na sali rozpraw',
			'Czytaj także: Gorzów. Tramwaje wracają',
			'Business | By Thomas Whitfield and Priya Natarajan',
			'Photograph: Cellsmith/PA',
			'Cellsmith’s pilot plant in Coventry can produce 2 GWh of cells a year',
			'Read more: How to donate',
			'See also: Why Turkey keeps being hit',
			'Anna Nowicka (PAP)',
			'(PAP Biznes)',
			'Środa, 8 października 2025 r., godz. 15:20',
			'Fri 13 Mar 2026 17.42 GMT',
			'Reuters',
			'[KALKULATOR]',
			'Additional reporting by Reuters',
			'oprac. kmp'
		]);
	});

	it('finds a section with a byline and a role, and a long posting line, as bylines', () => {
		const text = [
			'Environment / By Gareth Pryce, Wales environment and energy correspondent',
			'Tuesday 9 March 2027, 07.15 GMT | Last modified on Tuesday 9 March 2027, 12.40 GMT',
			'Kraj / Autor: Magdalena Sowińska, reporterka działu regionalnego w Lublinie',
			'',
			'The council will spend £4.2m on flood defences in 2027, Gareth Pryce reports.'
		].join('\n');
		expect(lines(text)).toEqual([
			'Environment / By Gareth Pryce, Wales environment and energy correspondent',
			'Tuesday 9 March 2027, 07.15 GMT | Last modified on Tuesday 9 March 2027, 12.40 GMT',
			'Kraj / Autor: Magdalena Sowińska, reporterka działu regionalnego w Lublinie'
		]);
	});

	it('finds a date line, an author with a role, an agency and page furniture', () => {
		const text = [
			'Thursday 10 June 2027',
			'Czwartek, 10 czerwca 2027 r.',
			'June 10, 2027',
			'Helen Marsh, Transport Correspondent',
			'Piotr Zając, korespondent w Brukseli',
			'PA Media',
			'Share this article',
			'Reklama',
			'Komentarze (8)',
			'Image caption, Volunteers clear the river bank at Hexham',
			'',
			'Powódź zalała 120 domów w czerwcu 2027 r.',
			'Helen Marsh said the line would reopen on 10 June 2027.',
			'Reklama w lokalnej prasie kosztuje gminę 40 tys. zł rocznie.'
		].join('\n');
		expect(lines(text)).toEqual([
			'Thursday 10 June 2027',
			'Czwartek, 10 czerwca 2027 r.',
			'June 10, 2027',
			'Helen Marsh, Transport Correspondent',
			'Piotr Zając, korespondent w Brukseli',
			'PA Media',
			'Share this article',
			'Reklama',
			'Komentarze (8)',
			'Image caption, Volunteers clear the river bank at Hexham'
		]);
	});

	it('leaves headings, quotes and sentences naming an agency', () => {
		const text = [
			'Opozycja krytykuje koszty',
			'ANKARA, Feb 9 (Reuters) - A powerful earthquake struck eastern Turkey, killing 212.',
			'- To największa inwestycja w historii miasta - mówił prezydent.',
			'Agencja PAP podała, że zginęło 5 osób.'
		].join('\n');
		expect(lines(text)).toEqual([]);
	});
});

describe('extraction skips clutter', () => {
	it('reads no fact, name or date from a cross-link, a credit, a caption or a byline', () => {
		const text = [
			'Inflacja spadła',
			'',
			'Biznes / PAP, oprac. Paweł Grabowski',
			'Środa, 8 października 2025 r., godz. 15:20',
			'',
			'Ceny wzrosły o 3,1 proc. - podał Główny Urząd Statystyczny.',
			'',
			'ZOBACZ: Kredyty hipoteczne. Ile zapłacisz po decyzji RPP? [KALKULATOR]',
			'',
			'Fot. Shutterstock',
			'Ceny w sklepach rosną wolniej niż przed 2024 rokiem',
			'',
			'Czytaj także: Płaca minimalna w 2026 roku. Rząd podał kwotę'
		].join('\n');
		const extraction = extractFacts(text, { language: 'pl' });
		const surfaces = extraction.candidates.map((candidate) => candidate.surface);
		expect(surfaces).not.toContain('Shutterstock');
		expect(surfaces.join(' ')).not.toMatch(
			/ZOBACZ|KALKULATOR|Grabowski|2026|2024|października|15|20/
		);
		expect(extraction.entities.map((entity) => entity.name)).not.toContain('ZOBACZ');
		expect(surfaces).toContain('3,1 proc.');
	});
});

// A subheading ending on a unit's abbreviation read as a sentence, and its figure was asked
// as a gap (blind reading of unseen9, 2026-12-07).
describe('headingLines', () => {
	const body =
		'Gmina Lesznowola zajmuje ok. 612 km kw. i mieszka w niej ok. 31 tys. osób, z czego większość w dwóch miastach.';

	it.each([
		'Trzy karetki na ponad 600 km kw.',
		'Remont za ponad 2 tys. zł.',
		'Otwarcie szpitala dopiero w 2028 r.'
	])('takes %j above a longer paragraph for a subheading', (heading) => {
		const text = `Szpital w Lesznowoli\n\n${heading}\n\n${body}\n`;
		const headings = headingLines(text).map(({ start, end }) => text.slice(start, end));
		expect(headings).toEqual([heading]);
	});

	it('reads no fact from a subheading', () => {
		const text = `Szpital w Lesznowoli\n\nTrzy karetki na ponad 600 km kw.\n\n${body}\n`;
		const extraction = extractFacts(text, { language: 'pl' });
		const evidence = extraction.candidates.map((candidate) => candidate.evidence);
		expect(evidence).not.toContain('Trzy karetki na ponad 600 km kw.');
		expect(extraction.candidates.map((candidate) => candidate.surface)).toContain('ok. 612 km kw.');
		// A long line, or a short paragraph with a full stop inside, is no heading.
		const sentences = `Karetki dojeżdżają szybciej. Jest ich 3 tys.\n\n${body}\n\nKosztowało to 3 mln zł.\n`;
		expect(headingLines(sentences)).toEqual([]);
	});
});
