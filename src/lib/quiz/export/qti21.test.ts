import { describe, expect, it } from 'vitest';
import { seedModule } from '../../testing/seed-module';
import { buildQuestionBank, exportBank } from '.';
import { QTI21 } from './qti21';
import { itemPath, qtiPackageFiles, QTI3 } from './qti3';
import { element } from './qti3-items';

describe('QTI 2.1 as the QTI 3 tree renamed', () => {
	it('drops the qti- prefix and camelCases QTI names, leaving HTML, xml: and data- alone', () => {
		const renamed = QTI21.rename(
			element('qti-assessment-item', { 'time-dependent': 'false', 'xml:lang': 'pl' }, [
				element('p', { class: 'x', 'data-role': 'y' }, [
					element('qti-text-entry-interaction', { 'response-identifier': 'RESPONSE' })
				]),
				element('qti-modal-feedback', { 'show-hide': 'show' }, [
					element('qti-content-body', {}, [element('p', {}, ['zdanie'])])
				])
			])
		);
		expect(renamed).toEqual(
			element('assessmentItem', { timeDependent: 'false', 'xml:lang': 'pl' }, [
				element('p', { class: 'x', 'data-role': 'y' }, [
					element('textEntryInteraction', { responseIdentifier: 'RESPONSE' })
				]),
				// QTI 2.1's modal feedback holds its content directly.
				element('modalFeedback', { showHide: 'show' }, [element('p', {}, ['zdanie'])])
			])
		);
	});

	it('writes the same item in both versions, element for element', () => {
		const bank = buildQuestionBank(seedModule(), { types: ['matching'] });
		const qti3 = qtiPackageFiles(bank, QTI3)[itemPath(0)] ?? '';
		const qti21 = qtiPackageFiles(bank, QTI21)[itemPath(0)] ?? '';
		const names = (xml: string) =>
			[...xml.matchAll(/<([a-zA-Z-]+)[\s/>]/g)].map(([, name]) =>
				(name ?? '').replace(/^qti-/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
			);
		expect(names(qti21)).toEqual(names(qti3).filter((name) => name !== 'contentBody'));
	});
});

describe('QTI packages', () => {
	it('are the same bytes for the same bank', async () => {
		const bank = buildQuestionBank(seedModule());
		for (const format of ['qti3', 'qti21'] as const) {
			const first = await exportBank(format, bank);
			const second = await exportBank(format, bank);
			expect(first.file).toEqual(second.file);
			expect(first.fileName).toBe(`kursk.${format}.zip`);
		}
	});
});

describe('SCORM packages', () => {
	it('say what they need when made without the module and the runtime', async () => {
		await expect(exportBank('scorm12', buildQuestionBank(seedModule()))).rejects.toThrow(
			/needs the module and its runtime script/
		);
	});
});
