import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XmlDocument, XmlValidateError, XsdValidator } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

/**
 * XML Schema validation by libxml2 (compiled to WebAssembly): the schema's imports are read
 * from disk, beside the schema file.
 */
let registered = false;

export class SchemaValidator {
	private constructor(private readonly validator: XsdValidator) {}

	static load(path: string): SchemaValidator {
		if (!registered) registered = xmlRegisterFsInputProviders();
		const absolute = resolve(path);
		const schema = XmlDocument.fromBuffer(readFileSync(absolute), {
			url: pathToFileURL(absolute).href
		});
		return new SchemaValidator(XsdValidator.fromDoc(schema));
	}

	/** The schema's complaints about `xml`, one line each; empty when it is valid. */
	errors(xml: string): string[] {
		const document = XmlDocument.fromString(xml);
		try {
			this.validator.validate(document);
			return [];
		} catch (error) {
			if (error instanceof XmlValidateError)
				return error.details.map((detail) => `${detail.line}: ${detail.message.trim()}`);
			throw error;
		} finally {
			document.dispose();
		}
	}
}
