import type { Exporter } from './format';
import { QTI_TYPES, qtiPackageFiles, zipFiles, type QtiDialect } from './qti3';
import type { XmlElement, XmlNode } from './qti3-items';

/**
 * QTI 2.1, what Canvas and most LMSs import: the QTI 3.0 tree with its names in 2.1's
 * camelCase (`qti-choice-interaction` → `choiceInteraction`, `max-choices` → `maxChoices`),
 * the reverse of 1EdTech's own 2.x → 3.0 upgrader. Two elements QTI 3 added are undone:
 * a modal feedback holds its content directly, and `xml:lang` stays as it is.
 */

const camelCase = (name: string) =>
	name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

function renameElement(node: XmlElement): XmlElement {
	const qti = node.name.startsWith('qti-');
	const attributes: Record<string, string> = {};
	for (const [key, value] of Object.entries(node.attributes)) {
		const kept = !qti || key.includes(':') || key.startsWith('data-') || key.startsWith('aria-');
		attributes[kept ? key : camelCase(key)] = value;
	}
	const children = node.children.flatMap((child): XmlNode[] => {
		if (typeof child === 'string') return [child];
		if (child.name === 'qti-content-body') return child.children.map(renameNode);
		return [renameElement(child)];
	});
	return { name: qti ? camelCase(node.name.slice(4)) : node.name, attributes, children };
}

function renameNode(node: XmlNode): XmlNode {
	return typeof node === 'string' ? node : renameElement(node);
}

export const QTI21: QtiDialect = {
	itemNamespace: 'http://www.imsglobal.org/xsd/imsqti_v2p1',
	itemSchemaLocation: 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p1.xsd',
	manifestNamespace: 'http://www.imsglobal.org/xsd/imscp_v1p1',
	manifestSchemaLocation: 'http://www.imsglobal.org/xsd/imscp_v1p1.xsd',
	schemaVersion: '2.1',
	itemResourceType: 'imsqti_item_xmlv2p1',
	testResourceType: 'imsqti_test_xmlv2p1',
	rename: renameElement
};

export const qti21Exporter: Exporter = {
	title: 'QTI 2.1',
	supportedTypes: QTI_TYPES,
	destination: {
		pl: 'Canvas: Ustawienia kursu → Importuj zawartość kursu → Pakiet QTI (.zip)',
		en: 'Canvas: Course Settings → Import Course Content → QTI .zip file'
	},
	serialize: (bank) => ({
		kind: 'binary',
		bytes: zipFiles(qtiPackageFiles(bank, QTI21)),
		mediaType: 'application/zip',
		extension: 'qti21.zip'
	})
};
