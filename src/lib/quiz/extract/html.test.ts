import { describe, expect, it } from 'vitest';
import { stripHtml } from './html';
import { prepareArticle } from './source';
import { growthOf, linearGrowthLimit } from '$lib/testing/growth';

describe('stripHtml', () => {
	it.each([
		['<p>Jeden.</p><p>Dwa.</p>', 'Jeden.\n\nDwa.'],
		['<p>Przed<script>document.title = "x"; alert("</p>")</script>po.</p>', 'Przedpo.'],
		['<p>A</p><SCRIPT type="module">fetch("/steal")</SCRIPT ><p>B</p>', 'A\n\nB'],
		['<style>p { color: red }</style><p>Tekst</p>', 'Tekst'],
		['<p>Tekst</p><script>never closed', 'Tekst'],
		['<p onclick="alert(1)" title="a > b">Klik</p>', 'Klik'],
		['<p>Koreę&nbsp;Północną &amp; Rosję</p>', 'Koreę Północną & Rosję'],
		['<p>&bdquo;Cytat&rdquo; &#8211; &#x17c;o&lstrok;nierz</p>', '„Cytat” – żołnierz'],
		['<p>a &lt; b &unknown; &#0; &#xD800;</p>', 'a < b &unknown;'],
		['<p>2 < 3 i 5 > 4</p>', '2 < 3 i 5 > 4'],
		['<!-- <p>ukryte</p> --><p>widoczne</p>', 'widoczne'],
		['<p>linia<br>druga</p>', 'linia druga'],
		['<ul><li>jeden</li><li>dwa</li></ul>', 'jeden\n\ndwa'],
		['<p>  dużo   \n  spacji  </p>', 'dużo spacji'],
		['<iframe src="x"><p>w ramce</p></iframe><p>poza</p>', 'poza'],
		['<p>Tekst<b>pogrubiony</b> <i>dalej</i></p>', 'Tekstpogrubiony dalej']
	])('%j → %j', (html, text) => {
		expect(stripHtml(html).text).toBe(text);
	});

	it('takes the title from <title>, else from the first <h1>', () => {
		expect(stripHtml('<title>Tytuł &amp; podtytuł</title><h1>Nagłówek</h1>').title).toBe(
			'Tytuł & podtytuł'
		);
		expect(stripHtml('<h1>Nagłówek <em>ważny</em></h1><p>Tekst.</p>').title).toBe('Nagłówek ważny');
		expect(stripHtml('<p>Bez tytułu.</p>').title).toBeUndefined();
	});

	it('stays linear on hostile markup', () => {
		const hostile = [
			'<'.repeat(100_000),
			'<a '.repeat(50_000),
			'<h1></h1>'.repeat(20_000),
			'&'.repeat(100_000),
			'<script>'.repeat(20_000),
			'<p title="'.repeat(10_000)
		];
		for (const html of hostile) {
			const unit = html.slice(0, html.length / 4);
			expect(
				growthOf((scale) => unit.repeat(scale), stripHtml),
				html.slice(0, 12)
			).toBeLessThan(linearGrowthLimit());
		}
	});
});

describe('prepareArticle', () => {
	it('reads a module article: front matter, related boxes and headings, no markup', () => {
		const source = [
			'---',
			'title: Tytuł',
			'language: pl',
			'source: test',
			'date: 2025-01',
			'---',
			'',
			'Pierwszy akapit.',
			'',
			'::: related Kategoria',
			'### Tytuł ramki',
			'',
			'Tekst ramki.',
			':::',
			''
		].join('\n');
		const prepared = prepareArticle(source, 'markdown');
		expect(prepared).toMatchObject({
			title: 'Tytuł',
			language: 'pl',
			source: 'test',
			date: '2025-01'
		});
		expect(prepared.text).toBe('Pierwszy akapit.\n\nTytuł ramki\n\nTekst ramki.');
		expect(prepared.body).toContain('::: related Kategoria');
	});

	it('takes a plain Markdown "# heading" for the title', () => {
		const prepared = prepareArticle('# Powódź na Dolnym Śląsku\n\nWoda opadła.\n', 'markdown');
		expect(prepared.title).toBe('Powódź na Dolnym Śląsku');
		expect(prepared.text).toBe('Powódź na Dolnym Śląsku\n\nWoda opadła.');
	});

	it('keeps plain text as it is, line endings aside, so offsets point into the file', () => {
		expect(prepareArticle('\uFEFFJeden.\r\n\r\nDwa.', 'text').text).toBe('Jeden.\n\nDwa.');
	});
});
