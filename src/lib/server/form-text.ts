/**
 * Form text is read here once for every form action and endpoint (the handle hook calls it), so
 * that no route can forget: a control character in a field (a NUL, which PostgreSQL refuses in
 * text; an escape sequence) is refused with a 400 naming the field before any route reads it.
 */

/** C0 controls except tab, line feed and carriage return (text has those), DEL and C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export type FormBodyType = 'urlencoded' | 'multipart';

/** The form type of a Content-Type header: exactly one of the two, parameters allowed after `;`. */
export function formBodyType(contentType: string | null): FormBodyType | null {
	const type = (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase();
	if (type === 'application/x-www-form-urlencoded') return 'urlencoded';
	if (type === 'multipart/form-data') return 'multipart';
	return null;
}

/** The same characters percent-encoded as a form encodes them (UTF-8, hex in either case). */
const ENCODED_CONTROL_CHARACTER = /%(?:0[0-8bcef]|1[0-9a-f]|7f|c2%[89][0-9a-f])/i;

export function hasControlCharacter(text: string): boolean {
	return CONTROL_CHARACTER.test(text);
}

/**
 * The first field of a form body whose name or text holds a control character, or null. Files
 * are left to what reads them (the importer and the article reader check their content); their
 * names are text and are checked. The request itself is untouched: its clone is read.
 */
export async function fieldWithControlCharacter(request: Request): Promise<string | null> {
	const type = formBodyType(request.headers.get('content-type'));
	if (!type || !request.body) return null;
	let fields: Iterable<[string, FormDataEntryValue]>;
	if (type === 'urlencoded') {
		const body = await request.clone().text();
		// Every form post passes here (a class autosaving is thousands a second): a clean body,
		// the usual case, is told by one scan; only a suspect one is parsed to name its field.
		if (!hasControlCharacter(body) && !ENCODED_CONTROL_CHARACTER.test(body)) return null;
		fields = new URLSearchParams(body);
	} else {
		fields = await request.clone().formData();
	}
	for (const [name, value] of fields) {
		const text = typeof value === 'string' ? value : value.name;
		if (hasControlCharacter(name)) return JSON.stringify(name).slice(1, -1);
		if (hasControlCharacter(text)) return name;
	}
	return null;
}
