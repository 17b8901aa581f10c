import { describe, expect, it } from 'vitest';
import { toCsv, type CsvCell } from './csv';

const BOM = '\ufeff';

/** The CSV of one data row under a one-cell header, without the BOM and the header. */
function rowOf(...cells: CsvCell[]): string {
	const header = cells.map((_, index) => `c${index}`);
	const csv = toCsv(header, [cells]);
	const headerLine = `${BOM}${header.join(',')}\r\n`;
	expect(csv.startsWith(headerLine)).toBe(true);
	return csv.slice(headerLine.length);
}

describe('toCsv', () => {
	it('starts with a BOM, ends every record with CRLF', () => {
		expect(
			toCsv(
				['student', 'percentage'],
				[
					['Ala', 100],
					['Bartek', 50]
				]
			)
		).toBe('\ufeffstudent,percentage\r\nAla,100\r\nBartek,50\r\n');
	});

	it('writes only the header when there are no rows', () => {
		expect(toCsv(['student', 'percentage'], [])).toBe('\ufeffstudent,percentage\r\n');
	});

	it.each<[string, CsvCell, string]>([
		[
			'a hyperlink formula',
			'=HYPERLINK("http://evil.example","klik")',
			`"'=HYPERLINK(""http://evil.example"",""klik"")"`
		],
		['a plus', '+1', "'+1"],
		['a minus', '-1+1', "'-1+1"],
		['a lone minus', '-', "'-"],
		['an at sign', '@SUM(1)', "'@SUM(1)"],
		['a tab before a formula', '\t=1', "'\t=1"],
		['a carriage return before a formula', '\r=1', `"'\r=1"`],
		['a full-width equals sign', '\uff1d1+1', "'\uff1d1+1"],
		['a formula sign later in the text', 'Ala = 1', 'Ala = 1'],
		['a name with quotes', 'Jan "Kowal" Kowalski', '"Jan ""Kowal"" Kowalski"'],
		['a name with a comma', 'Kowalski, Jan', '"Kowalski, Jan"'],
		['an answer over two lines (LF)', 'jesienią\n2024', '"jesienią\n2024"'],
		['an answer over two lines (CRLF)', 'jesienią\r\n2024', '"jesienią\r\n2024"'],
		['Polish letters', 'Zażółć gęślą jaźń ŁÓDŹ', 'Zażółć gęślą jaźń ŁÓDŹ'],
		['a positive number', 11000, '11000'],
		['a fraction', 0.625, '0.625'],
		['zero', 0, '0'],
		['a negative number', -3, '-3'],
		['a negative fraction', -0.5, '-0.5'],
		['a number typed as text', '-3', "'-3"],
		['null', null, ''],
		['an empty string', '', '']
	])('%s', (_, cell, expected) => {
		expect(rowOf(cell)).toBe(`${expected}\r\n`);
	});

	it('keeps null cells in their column', () => {
		expect(rowOf('Ala', null, 1, null)).toBe('Ala,,1,\r\n');
	});

	it('escapes header cells like any other', () => {
		expect(toCsv(['=fact', 'student'], [])).toBe("\ufeff'=fact,student\r\n");
	});

	it('refuses a row whose length differs from the header', () => {
		expect(() => toCsv(['student', 'percentage'], [['Ala', 100], ['Bartek']])).toThrow(
			'toCsv: rows[1] has 1 cells, the header has 2'
		);
	});
});
