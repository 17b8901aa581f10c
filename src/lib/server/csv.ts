import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null;

/**
 * A CSV file for spreadsheets: the header row, then the rows. Student names and answers are
 * typed by students, so a cell starting with =, +, -, @, a tab or a carriage return (and their
 * full-width forms, which Apple Numbers folds) gets a leading `'` and is shown as text instead
 * of run as a formula (OWASP CSV injection). Numbers stay numbers: -3 is not a formula.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	rows.forEach((row, index) => {
		if (row.length !== header.length)
			throw new Error(
				`toCsv: rows[${index}] has ${row.length} cells, the header has ${header.length}`
			);
	});
	return stringify([header, ...rows], {
		// Without the byte order mark Excel reads the file in the system's code page
		// (Windows-1250 in Polish schools) and mangles "Łukasz".
		bom: true,
		// RFC 4180 ends records with CRLF.
		record_delimiter: 'windows',
		// With an explicit record delimiter csv-stringify stops quoting a lone \n or \r, and
		// spreadsheets would break a multi-line answer into rows of its own.
		quote_record_delimiter: true,
		escape_formulas: true
	});
}
