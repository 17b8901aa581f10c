import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../question';
import { scormRuntimeScript } from '../../server/scorm-runtime';
import { seedModule } from '../../testing/seed-module';
import {
	buildQuestionBank,
	EXPORT_FORMATS,
	exportBank,
	isExportFormat,
	type ExportFormat
} from '.';

const formats = Object.keys(EXPORT_FORMATS) as ExportFormat[];

describe('the export registry', () => {
	it('knows its formats by the names --format takes', () => {
		for (const format of formats) expect(isExportFormat(format)).toBe(true);
		expect(isExportFormat('docx')).toBe(false);
		expect(isExportFormat('toString')).toBe(false);
	});

	it.each(formats)('%s says what it holds and where it goes, in both UI languages', (format) => {
		const exporter = EXPORT_FORMATS[format];
		expect(exporter.supportedTypes.length).toBeGreaterThan(0);
		for (const type of exporter.supportedTypes) expect(QUESTION_TYPES).toContain(type);
		expect(exporter.destination.pl).not.toBe(exporter.destination.en);
		expect(exporter.destination.pl.length).toBeGreaterThan(10);
	});

	it.each(formats)(
		'%s: every question of the bank is either in the file or reported left out',
		async (format) => {
			const module = seedModule();
			const bank = buildQuestionBank(module);
			const result = await exportBank(format, bank, {
				module,
				scormRuntime: scormRuntimeScript
			});
			expect(result.included + result.omitted.length).toBe(bank.questions.length);
			expect(result.fileName).toBe(`kursk.${result.file.extension}`);
			const supported: readonly string[] = EXPORT_FORMATS[format].supportedTypes;
			for (const omission of result.omitted) {
				if (!supported.includes(omission.type))
					expect(omission.reason).toEqual({ code: 'type-not-supported' });
			}
		}
	);

	it('exports only the types and facts asked for', async () => {
		const bank = buildQuestionBank(seedModule(), { types: ['numeric'], facts: ['troops-sent'] });
		const result = await exportBank('gift', bank);
		expect(result.included).toBe(1);
		expect(result.file.kind === 'text' && result.file.text).toContain('{\n\t#11000:1100\n');
	});
});
