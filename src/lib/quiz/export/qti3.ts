// fflate's Node build declares `createRequire` at the top of a module, which clashes in the
// CLI's bundle; the zip functions used here are the same in its plain build.
import { strToU8, zipSync } from 'fflate/browser';
import { QUESTION_TYPES } from '../question';
import type { QuestionBank } from './bank';
import type { Exporter } from './format';
import {
	assessmentItem,
	element,
	itemIdentifier,
	serializeXml,
	type XmlElement
} from './qti3-items';

/** Every type factquiz makes has a QTI interaction: choice, text entry, order or match. */
export const QTI_TYPES = QUESTION_TYPES;

/** What differs between the QTI versions a package is written in. */
export interface QtiDialect {
	itemNamespace: string;
	itemSchemaLocation: string;
	manifestNamespace: string;
	manifestSchemaLocation: string;
	schemaVersion: string;
	itemResourceType: string;
	testResourceType: string;
	/** Turns a tree in QTI 3.0's vocabulary into the dialect's. */
	rename(root: XmlElement): XmlElement;
}

export const QTI3: QtiDialect = {
	itemNamespace: 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0',
	itemSchemaLocation: 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd',
	manifestNamespace: 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1',
	manifestSchemaLocation:
		'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd',
	schemaVersion: '3.0.0',
	itemResourceType: 'imsqti_item_xmlv3p0',
	testResourceType: 'imsqti_test_xmlv3p0',
	rename: (root) => root
};

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
/** Zip entries carry a date: a fixed one keeps the same bank the same bytes. */
const ENTRY_DATE = new Date('2000-01-01T00:00:00Z');

export const itemPath = (position: number) => `items/${itemIdentifier(position)}.xml`;
export const TEST_PATH = 'test.xml';

function withNamespace(root: XmlElement, namespace: string, schemaLocation: string): XmlElement {
	return {
		...root,
		attributes: {
			xmlns: namespace,
			'xmlns:xsi': XSI,
			'xsi:schemaLocation': `${namespace} ${schemaLocation}`,
			...root.attributes
		}
	};
}

/** One section holding every item, so an LMS imports the bank as one quiz or one pool. */
function assessmentTest(bank: QuestionBank): XmlElement {
	return element('qti-assessment-test', { identifier: 'TEST', title: bank.title }, [
		element(
			'qti-test-part',
			{ identifier: 'PART', 'navigation-mode': 'nonlinear', 'submission-mode': 'individual' },
			[
				element(
					'qti-assessment-section',
					{ identifier: 'SECTION', title: bank.title, visible: 'true' },
					bank.questions.map((_, position) =>
						element('qti-assessment-item-ref', {
							identifier: itemIdentifier(position),
							href: itemPath(position)
						})
					)
				)
			]
		)
	]);
}

function manifest(bank: QuestionBank, dialect: QtiDialect): XmlElement {
	const file = (href: string) => element('file', { href });
	const items = bank.questions.map((_, position) =>
		element(
			'resource',
			{
				identifier: itemIdentifier(position),
				type: dialect.itemResourceType,
				href: itemPath(position)
			},
			[file(itemPath(position))]
		)
	);
	const test = element(
		'resource',
		{ identifier: 'TEST', type: dialect.testResourceType, href: TEST_PATH },
		[
			file(TEST_PATH),
			...bank.questions.map((_, position) =>
				element('dependency', { identifierref: itemIdentifier(position) })
			)
		]
	);
	return withNamespace(
		element('manifest', { identifier: `MANIFEST-${bank.moduleId}` }, [
			element('metadata', {}, [
				element('schema', {}, ['QTI Package']),
				element('schemaversion', {}, [dialect.schemaVersion])
			]),
			element('organizations'),
			element('resources', {}, [test, ...items])
		]),
		dialect.manifestNamespace,
		dialect.manifestSchemaLocation
	);
}

/** The files of a QTI content package, by path: the manifest, the test and one file per item. */
export function qtiPackageFiles(bank: QuestionBank, dialect: QtiDialect): Record<string, string> {
	const inDialect = (root: XmlElement) =>
		serializeXml(
			withNamespace(dialect.rename(root), dialect.itemNamespace, dialect.itemSchemaLocation)
		);
	const files: Record<string, string> = {
		'imsmanifest.xml': serializeXml(manifest(bank, dialect)),
		[TEST_PATH]: inDialect(assessmentTest(bank))
	};
	bank.questions.forEach((entry, position) => {
		files[itemPath(position)] = inDialect(assessmentItem(entry, position, bank));
	});
	return files;
}

export function zipFiles(files: Record<string, string>): Uint8Array<ArrayBuffer> {
	// A copy on a plain ArrayBuffer: what a Response body or a Blob part takes.
	return new Uint8Array(
		zipSync(
			Object.fromEntries(
				Object.entries(files).map(([path, text]) => [path, [strToU8(text), { mtime: ENTRY_DATE }]])
			)
		)
	);
}

export const qti3Exporter: Exporter = {
	title: 'QTI 3.0',
	supportedTypes: QTI_TYPES,
	destination: {
		pl: 'QTI 3.0: platforma zgodna z QTI 3 → Import pakietu treści (plik .zip)',
		en: 'QTI 3.0: a QTI 3 platform → Import content package (the .zip file)'
	},
	serialize: (bank) => ({
		kind: 'binary',
		bytes: zipFiles(qtiPackageFiles(bank, QTI3)),
		mediaType: 'application/zip',
		extension: 'qti3.zip'
	})
};
