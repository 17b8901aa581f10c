import ExcelJS from 'exceljs';
import { wallClockDate, type ExportTable } from './results-csv';

/**
 * The results as an .xlsx workbook, one sheet per table: numbers as numbers, dates as dates in
 * the school's zone (a spreadsheet has no zones: it shows the wall-clock time it is given), and
 * headers in the UI's words.
 */

export interface WorkbookSheet {
	name: string;
	table: ExportTable;
	headers: Readonly<Record<string, string>>;
}

export async function resultsWorkbook(
	sheets: readonly WorkbookSheet[],
	timeZone: string
): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'factquiz';
	for (const { name, table, headers } of sheets) {
		const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
		sheet.columns = table.columns.map((column) => ({
			header: headers[column.key] ?? column.key,
			key: column.key,
			width: column.kind === 'date' ? 18 : column.kind === 'number' ? 10 : 24,
			...(column.kind === 'date' ? { style: { numFmt: 'yyyy-mm-dd hh:mm' } } : {})
		}));
		sheet.getRow(1).font = { bold: true };
		for (const row of table.rows) {
			sheet.addRow(
				row.map((cell, index) =>
					table.columns[index]?.kind === 'date' && typeof cell === 'string'
						? wallClockDate(cell, timeZone)
						: cell
				)
			);
		}
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
